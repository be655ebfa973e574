/*
 * Escaping for the text forms the programs write: a table per form of
 * what each ASCII byte becomes, so that one loop serves them all.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#ifndef ITA_ESCAPE_H
#define ITA_ESCAPE_H

#include <stddef.h>
#include <stdio.h>

#include "buf.h"

/*
 * Writes s[0..n) to fp, each byte b below 0x80 with an escape esc[b] as
 * that escape, every other byte as it is.
 */
void	ita_put_escaped(FILE *fp, const char *s, size_t n,
	    const char *const esc[128]);
/*
 * The same for a string, added to b: stop holds every byte that esc
 * escapes, so that the runs between them go in one copy each (strcspn).
 * 0, or -1 on ENOMEM.
 */
int	ita_buf_escaped(struct ita_buf *b, const char *s, const char *stop,
	    const char *const esc[128]);

#endif

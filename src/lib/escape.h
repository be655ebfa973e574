/*
 * Escaping for the text forms the programs write: a table per form of
 * what each ASCII byte becomes, so that one loop serves them all.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#ifndef ITA_ESCAPE_H
#define ITA_ESCAPE_H

#include <stddef.h>
#include <stdio.h>

/*
 * Writes s[0..n) to fp, each byte b below 0x80 with an escape esc[b] as
 * that escape, every other byte as it is.
 */
void	ita_put_escaped(FILE *fp, const char *s, size_t n,
	    const char *const esc[128]);

#endif

/*
 * The replacement of chars.h applied to what a writer is given, with the
 * warning (output.char) that says where: a field of a record, a column
 * name or an option value.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#ifndef ITA_CLEAN_H
#define ITA_CLEAN_H

#include "buf.h"
#include "diag.h"
#include "record.h"

/*
 * Value v of field name as a writer may pass it on: v itself, or its
 * cleaned copy in b after a warning (output.char) at record r; with r
 * NULL, at the program, about option name ("--title"), or with name NULL
 * too, about column name v.  NULL on ENOMEM (reported).
 */
const char *ita_chars_value(struct ita_diag *, const struct ita_record *r,
	    const char *name, const char *v, struct ita_buf *b);
/*
 * Every value of r cleaned in place, each warned about, and r moved to a
 * header whose names are cleaned when its own are not clean (made and
 * warned about once per header, kept in the cache); 0 or -1 (ENOMEM).
 */
struct ita_chars_cache {
	struct ita_header *src, *clean;
};
int	ita_chars_record(struct ita_diag *, struct ita_record *r,
	    struct ita_chars_cache *);
void	ita_chars_cache_free(struct ita_chars_cache *);

#endif

/*
 * Rows of a CSV file as they are, for a reader that makes records of
 * its own (ita-import's sheets): the stream reader's CSV scanner
 * (read_csv.c, libcsv strict) without its header, records or UTF-8
 * check, so that every program reads CSV the same way (a lone CR ends a
 * row, a stray quote is reported).
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#ifndef ITA_ROWS_H
#define ITA_ROWS_H

#include <stddef.h>

#include "diag.h"

struct ita_input;
struct ita_lines;

/*
 * A line to UTF-8 (ita-import -e), before it is parsed: 0 with *line and
 * *len replaced, 1 when the line is dropped (the callback reported it),
 * -1 on a fatal error.
 */
typedef int (*ita_rows_conv)(void *ctx, unsigned long lineno,
    const char **line, size_t *len);

/* Takes over l, open and perhaps peeked at; conv may be NULL. */
struct ita_input *ita_rows_adopt(struct ita_lines *l, ita_rows_conv conv,
	    void *ctx, struct ita_diag *);
/*
 * The next row: its fields (NUL-terminated, lens their lengths), valid
 * until the next call, and the line it starts on.  A row with a NUL
 * byte or a stray quote is reported and skipped.  1, 0 at the end, -1
 * on a read error (reported).
 */
int	ita_rows_next(struct ita_input *, char ***fields, size_t **lens,
	    size_t *n, unsigned long *line);
/* The number of the last line read. */
unsigned long ita_rows_lineno(const struct ita_input *);
void	ita_rows_free(struct ita_input *);

#endif

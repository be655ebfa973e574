/*
 * Buffered input from a file or standard input, a line at a time, with
 * line numbers. Memory holds one line (and one read block).
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#ifndef ITA_LINES_H
#define ITA_LINES_H

#include <stddef.h>
#include <sys/types.h>

#include "diag.h"

struct ita_lines {
	int		 fd;
	const char	*name;		/* as given; "<stdin>" for - */
	char		*buf;
	size_t		 cap, start, end;
	size_t		 room;		/* free space a read wants */
	int		 eof;
	unsigned long	 lineno;	/* of the line last returned */
};

/* Opens path ("-": stdin). 0, or -1 reported (status 3). */
int	ita_lines_open(struct ita_lines *, const char *path, struct ita_diag *);
/*
 * The next line, with its '\n' when it has one. 1, 0 at the end, -1 on a
 * read error (reported). The line stays valid until the next call.
 */
int	ita_lines_next(struct ita_lines *, const char **, size_t *,
	    struct ita_diag *);
/* At least min bytes buffered unless the input is shorter; their count. */
ssize_t	ita_lines_peek(struct ita_lines *, size_t min, const char **,
	    struct ita_diag *);
/* Raw bytes, buffered ones first; 0 at the end, -1 on error. */
ssize_t	ita_lines_read(struct ita_lines *, char *, size_t, struct ita_diag *);
/*
 * The same bytes as ita_lines_read, in place: *p points into the buffer
 * until the next call, so that a parser is fed without a copy.
 */
ssize_t	ita_lines_take(struct ita_lines *, size_t, const char **,
	    struct ita_diag *);
void	ita_lines_close(struct ita_lines *);

#endif

/*
 * Safe output: stdout, or -o FILE written through a temporary file in the
 * same directory and rename(2), so FILE is either the old one or complete.
 * Write errors are sticky and reported once at close; a reader that went
 * away (EPIPE) ends the program quietly.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#ifndef ITA_OUTPUT_H
#define ITA_OUTPUT_H

#include <stdio.h>

#include "diag.h"

struct ita_out {
	FILE	*fp;
	char	*path;		/* -o FILE, or NULL for stdout */
	char	*tmp;		/* the temporary beside it */
	int	 epipe;		/* the reader went away */
};

/* Opens FILE (NULL or "-": stdout). 0, or -1 reported through diag. */
int	ita_out_open(struct ita_out *, const char *path, struct ita_diag *);
/*
 * Refuses to write onto one of the program's own inputs (files, "-" or
 * no file at all: standard input), whatever name reaches it: device and
 * inode are compared. path NULL or "-": standard output, when it is a
 * regular file. 0, or -1 reported as a usage error (status 2).
 */
int	ita_out_apart(const char *path, char *const *files, int nfiles,
	    struct ita_diag *);
/* 1 while writing can go on; 0 after a write error or a closed pipe. */
int	ita_out_ok(struct ita_out *);
/*
 * Flushes and closes; with commit the temporary replaces FILE, without it
 * (or after any error) the temporary is removed. 0 on success, -1 on a
 * write error (reported); a closed pipe is not an error.
 */
int	ita_out_close(struct ita_out *, int commit, struct ita_diag *);
/* Ignore SIGPIPE (so EPIPE reaches us) and clean up temporaries on signals. */
void	ita_out_signals(void);

#endif

/*
 * The originals (.docx, .odt, .fodt, HTML, .xlsx, .ods, ...): an input
 * held in memory whole, read by the reader of its format into the
 * document model (dm.h).  formats.c lists the formats; --from names one.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#ifndef ITA_IMPORT_ORIG_H
#define ITA_IMPORT_ORIG_H

#include <stddef.h>

#include "dm.h"
#include "import.h"

/* Bigger inputs are refused: no report is near it. */
#define ORIG_MAXLEN	((size_t)64 << 20)

struct orig {
	const char		*name;	/* for diagnostics: path or <stdin> */
	const char		*buf;	/* the whole input */
	size_t			 len;
	const struct imp_opts	*o;
	struct ita_diag		*d;
	struct dm		 dm;
	int			 quiet;	/* a pass that only counts: no
					   messages of the input's */
};

/* A reader: 0, or -1 when the input was refused or output failed. */
typedef int (*orig_reader)(struct orig *);

struct ifmt {
	const char	*name;		/* for --from; NULL ends the table */
	orig_reader	 read;		/* NULL: a reader of an open input: */
	int		 kind;		/* 't' text or TSV, 'c' CSV, 'x' the
					   stream, 'p' PDF, 'b' pdftotext
					   -bbox-layout (main.c) */
	int		 hidden;	/* not a --from value */
};

/* formats.c */
const struct ifmt *ifmt_find(const char *name);
/* The format of an input from its first bytes (and its name). */
const struct ifmt *ifmt_sniff(const char *path, const char *buf, size_t n);
/* "text, csv, ..." for messages and --help. */
const char *ifmt_list(void);

/* An error of the whole input at line 0 (the file), status 1. */
void	iorig_error(struct orig *, const char *rule, const char *fmt, ...)
	    __attribute__((format(printf, 3, 4)));

/* The readers. */
int	iread_docx(struct orig *);
int	iread_odt(struct orig *);	/* .odt and flat .fodt */
int	iread_html(struct orig *);
int	iread_xlsx(struct orig *);
int	iread_ods(struct orig *);	/* .ods and flat .fods */

#endif

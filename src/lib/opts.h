/*
 * Command-line options: one table per program, joined to the common
 * table, from which getopt_long(3)'s arrays and --help are both made (so a
 * test can check --help against the man page and the completions).
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#ifndef ITA_OPTS_H
#define ITA_OPTS_H

#include <stdio.h>

#include "diag.h"
#include "format.h"
#include "i18n.h"
#include "parse.h"

/* Values of the common options that have no short letter. */
enum {
	ITA_OPT_CRLF = 0x1000,
	ITA_OPT_BOM,
	ITA_OPT_MAX_ERRORS,
	ITA_OPT_FORMULA_GUARD,
	ITA_OPT_PROGRAM = 0x2000	/* programs number theirs from here */
};

struct ita_optdoc {
	const char	*name;		/* long name */
	int		 val;		/* short letter or an ITA_OPT_* value */
	/* "FILE", or NULL: the one place that says it takes an argument */
	const char	*argname;
	const char	*help;		/* one line */
};

struct ita_prog {
	const char		*name;		/* "ita-validate" */
	const char		*synopsis;	/* "[options] [file ...]" */
	const char		*purpose;	/* one line */
	const struct ita_optdoc	*opts;		/* ends with a NULL name */
};

struct ita_common {
	const char	*output;	/* -o FILE */
	enum ita_format	 format;
	int		 format_set;
	int		 crlf;
	int		 bom;
	int		 formula_guard;	/* CSV, TSV: ' before a formula */
	/* -q and -v are kept where they act, in the diag (quiet, verbose) */
};

extern const struct ita_optdoc ita_common_opts[];

/*
 * Parses argv. For each program option calls own(ctx, val, optarg), which
 * returns 0, or -1 after reporting a usage error. Handles the common
 * options; --help and --version print and exit 0. Returns optind, or -1
 * on a usage error (reported; status 2 in diag).
 */
int	ita_opts_parse(const struct ita_prog *, int argc, char *argv[],
	    struct ita_common *, struct ita_diag *,
	    int (*own)(void *, int, const char *), void *ctx);
void	ita_opts_help(const struct ita_prog *, FILE *);
int	ita_format_parse(const char *, enum ita_format *);
const char *ita_format_name(enum ita_format);

#endif

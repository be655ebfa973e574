/* SPDX-License-Identifier: ISC (see the file LICENSE) */
#include <getopt.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "opts.h"

const struct ita_optdoc ita_common_opts[] = {
	{ "output", 'o', "FILE",
	    N_("write to FILE (through a temporary file and rename)") },
	{ "format", 'f', "FMT",
	    N_("output stream format: csv (default), tsv, xml, jsonl") },
	{ "crlf", ITA_OPT_CRLF, NULL,
	    N_("end CSV lines with CR LF, for spreadsheets") },
	{ "bom", ITA_OPT_BOM, NULL,
	    N_("begin CSV output with a UTF-8 byte-order mark") },
	{ "formula-guard", ITA_OPT_FORMULA_GUARD, NULL,
	    N_("CSV, TSV: put ' before a cell a sheet would run (lossy)") },
	{ "quiet", 'q', NULL,
	    N_("no warnings, notes or summary") },
	{ "verbose", 'v', NULL,
	    N_("context under each diagnostic, and a summary") },
	{ "max-errors", ITA_OPT_MAX_ERRORS, "N",
	    N_("show N diagnostics of each rule, then a count (20; 0: all)") },
	{ "help", 'h', NULL, N_("show this help and exit") },
	{ "version", 'V', NULL,
	    N_("show the version and exit") },
	{ NULL, 0, NULL, NULL }
};

static const char *const format_names[] = { "csv", "tsv", "xml", "jsonl" };

int
ita_format_parse(const char *s, enum ita_format *f)
{
	size_t i;

	for (i = 0; i < sizeof(format_names) / sizeof(format_names[0]); i++)
		if (strcmp(s, format_names[i]) == 0) {
			*f = (enum ita_format)i;
			return 0;
		}
	return -1;
}

const char *
ita_format_name(enum ita_format f)
{
	return format_names[f];
}

static size_t
count_opts(const struct ita_optdoc *o)
{
	size_t n = 0;

	while (o != NULL && o[n].name != NULL)
		n++;
	return n;
}

static void
help_block(const struct ita_optdoc *o, FILE *fp)
{
	char left[64];

	for (; o->name != NULL; o++) {
		if (o->val > 0 && o->val < 128)
			snprintf(left, sizeof(left), "-%c, --%s%s%s", o->val,
			    o->name, o->argname ? "=" : "",
			    o->argname ? o->argname : "");
		else
			snprintf(left, sizeof(left), "    --%s%s%s", o->name,
			    o->argname ? "=" : "", o->argname ? o->argname : "");
		fprintf(fp, "  %-26s %s\n", left, ita_tr(o->help));
	}
}

void
ita_opts_help(const struct ita_prog *p, FILE *fp)
{
	fprintf(fp, ita_tr("usage: %s %s"), p->name, p->synopsis);
	fprintf(fp, "\n%s\n", ita_tr(p->purpose));
	if (count_opts(p->opts) > 0) {
		fprintf(fp, "\n%s\n", ita_tr("Options:"));
		help_block(p->opts, fp);
	}
	fprintf(fp, "\n%s\n", ita_tr("Common options:"));
	help_block(ita_common_opts, fp);
	fprintf(fp, "\n%s\n", ita_tr("With no file, or when file is -, read "
	    "standard input."));
	fprintf(fp, "%s\n", ita_tr("Exit status: 0 success, 1 data errors, "
	    "2 usage, 3 input/output, 4 internal."));
	fprintf(fp, ita_tr("See %s(1)."), p->name);
	fputc('\n', fp);
}

static int
build_tables(const struct ita_prog *p, struct option **lo, char **so)
{
	const struct ita_optdoc *tabs[2] = { p->opts, ita_common_opts };
	size_t n = count_opts(p->opts) + count_opts(ita_common_opts);
	size_t i, t, k = 0, s = 0;

	*lo = calloc(n + 1, sizeof(**lo));
	*so = calloc(3 * n + 2, 1);
	if (*lo == NULL || *so == NULL)
		return -1;
	(*so)[s++] = ':';
	for (t = 0; t < 2; t++)
		for (i = 0; tabs[t] != NULL && tabs[t][i].name != NULL; i++) {
			const struct ita_optdoc *o = &tabs[t][i];

			(*lo)[k].name = o->name;
			(*lo)[k].has_arg = o->argname != NULL ?
			    required_argument : no_argument;
			(*lo)[k].val = o->val;
			k++;
			if (o->val > 0 && o->val < 128) {
				(*so)[s++] = (char)o->val;
				if (o->argname != NULL)
					(*so)[s++] = ':';
			}
		}
	return 0;
}

static int
common_option(const struct ita_prog *p, struct ita_common *c,
    struct ita_diag *d, int val, const char *arg)
{
	long n;

	switch (val) {
	case 'o':
		c->output = arg;
		return 0;
	case 'f':
		if (ita_format_parse(arg, &c->format) == -1) {
			ita_diag_usage(d,
			    "unknown format '%s' (csv, tsv, xml, jsonl)", arg);
			return -1;
		}
		c->format_set = 1;
		return 0;
	case ITA_OPT_CRLF:
		c->crlf = 1;
		return 0;
	case ITA_OPT_BOM:
		c->bom = 1;
		return 0;
	case ITA_OPT_FORMULA_GUARD:
		c->formula_guard = 1;
		return 0;
	case ITA_OPT_MAX_ERRORS:
		if (ita_parse_long(arg, 0, LONG_MAX, &n) == -1) {
			ita_diag_usage(d, "--max-errors takes a number, "
			    "0 for all: '%s'", arg);
			return -1;
		}
		d->max_per_rule = (unsigned long long)n;
		return 0;
	case 'q':
		d->quiet = 1;
		return 0;
	case 'v':
		d->verbose = 1;
		return 0;
	case 'h':
		ita_opts_help(p, stdout);
		exit(fflush(stdout) == 0 && !ferror(stdout) ? 0 : ITA_EXIT_IO);
	case 'V':
		printf("%s (ita-tools) %s\n", p->name, ITA_VERSION);
		exit(fflush(stdout) == 0 && !ferror(stdout) ? 0 : ITA_EXIT_IO);
	}
	return 1;
}

/*
 * An argument given as the next word is that word whatever it is; one that
 * is a long option ("-o --quiet") means the argument was forgotten, and
 * taking the option as a file name could overwrite something.
 */
static int
swallows_option(char *argv[], const char *arg, struct ita_diag *d)
{
	const char *opt;

	if (arg == NULL || arg != argv[optind - 1] || strncmp(arg, "--", 2) != 0)
		return 0;
	opt = argv[optind - 2];
	ita_diag_usage(d, "option '%s' needs an argument (one that begins "
	    "with '--' is given as %s%sVALUE)", opt, opt,
	    strncmp(opt, "--", 2) == 0 ? "=" : "");
	return -1;
}

int
ita_opts_parse(const struct ita_prog *p, int argc, char *argv[],
    struct ita_common *c, struct ita_diag *d,
    int (*own)(void *, int, const char *), void *ctx)
{
	struct option *lo;
	char *so;
	int ch, r, seen, result = -1;

	memset(c, 0, sizeof(*c));
	if (build_tables(p, &lo, &so) == -1) {
		ita_diag_sys(d, "options");
		free(lo);
		free(so);
		return -1;
	}
	opterr = 0;
	optind = 1;
	while ((ch = getopt_long(argc, argv, so, lo, NULL)) != -1) {
		if (ch == '?') {
			if (optopt > 0 && optopt < 128)
				ita_diag_usage(d, "unknown option '-%c'", optopt);
			else
				ita_diag_usage(d, "unknown option '%s'",
				    argv[optind - 1]);
			goto out;
		}
		if (ch == ':') {
			ita_diag_usage(d, "option '%s' needs an argument",
			    argv[optind - 1]);
			goto out;
		}
		if (swallows_option(argv, optarg, d) == -1)
			goto out;
		r = common_option(p, c, d, ch, optarg);
		if (r == -1)
			goto out;
		seen = optind;
		if (r == 1 && (own == NULL || own(ctx, ch, optarg) == -1)) {
			if (own == NULL)
				ita_diag_usage(d, "unknown option");
			goto out;
		}
		if (optind != seen) {
			/* An option takes one word at most: its argument. */
			ita_diag_msg(d, ITA_EXIT_INTERNAL, "option '%s' took a "
			    "word of its own", argv[seen - 1]);
			goto out;
		}
	}
	result = optind;
out:
	free(lo);
	free(so);
	return result;
}

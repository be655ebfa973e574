/*
 * ita-stats: group records and write one row of statistics per group.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "clean.h"
#include "filter.h"
#include "num.h"
#include "stats.h"
#include "width.h"

enum {
	OPT_BY = ITA_OPT_PROGRAM,
	OPT_STATS,
	OPT_NUM,
	OPT_COUNT,
	OPT_SCORES,
	OPT_PASS,
	OPT_LOWEST,
	OPT_HIGHEST,
	OPT_COMPARE,
	OPT_SORT,
	OPT_PRETTY,
	OPT_LANG
};

static const struct ita_optdoc options[] = {
	{ "by", OPT_BY, "KEYS",
	    N_("group by these columns, comma-separated (may be repeated), "
	    "or computed_level") },
	{ "stats", OPT_STATS, "LIST",
	    N_("sections of the table: "
	    "kind,status,completion,oit (default all)") },
	{ "num", OPT_NUM, "COLS",
	    N_("count, sum, mean, min, quartiles, max of numeric columns") },
	{ "count", OPT_COUNT, "COLS",
	    N_("count and share of each value of these columns") },
	{ "scores", OPT_SCORES, NULL,
	    N_("statistics of the score records across offices") },
	{ "pass", OPT_PASS, "SCORE",
	    N_("pass mark for --scores and --compare (default: the year's)") },
	{ "lowest", OPT_LOWEST, "N",
	    N_("with --scores: list the N offices with the lowest scores") },
	{ "highest", OPT_HIGHEST, "N",
	    N_("with --scores: list the N offices with the highest scores") },
	{ "compare", OPT_COMPARE, "COL",
	    N_("change between consecutive values of COL (fiscal_year)") },
	{ "sort", OPT_SORT, "COL[:desc]",
	    N_("order the rows by an output column instead of the keys") },
	{ "pretty", OPT_PRETTY, NULL,
	    N_("an aligned table for a terminal instead of a stream") },
	{ "lang", OPT_LANG, "LANG",
	    N_("--pretty headings: th, or en (the column names)") },
	{ NULL, 0, NULL, NULL }
};

static const struct ita_prog prog = {
	"ita-stats", "[--by KEYS] [options] [file ...]",
	N_("Group ita records and write statistics, one row per group."),
	options
};

struct sopts {
	struct ita_diag	*diag;
	struct stats_cfg cfg;
	int		 scores, stats_set, status_off;
	char		*sortcol;
};

/* Appends the comma-separated names of arg to a list. */
static int
add_names(struct sopts *o, char ***list, size_t *n, const char *arg,
    const char *opt)
{
	const char *p = arg, *e;
	char **nl;

	do {
		e = strchr(p, ',');
		if (e == NULL)
			e = p + strlen(p);
		if (e == p) {
			ita_diag_usage(o->diag, "%s: empty column name in '%s'",
			    opt, arg);
			return -1;
		}
		if (*n >= STATS_MAX_KEYS) {
			ita_diag_usage(o->diag, "%s: more than %d columns",
			    opt, STATS_MAX_KEYS);
			return -1;
		}
		if ((nl = realloc(*list, (*n + 2) * sizeof(*nl))) == NULL ||
		    (nl[*n] = strndup(p, (size_t)(e - p))) == NULL) {
			if (nl != NULL)
				*list = nl;
			ita_diag_sys(o->diag, "options");
			return -1;
		}
		*list = nl;
		(*n)++;
		p = *e ? e + 1 : e;
	} while (*p != '\0' || (p > arg && p[-1] == ','));
	return 0;
}

static int
parse_sections(struct sopts *o, const char *arg)
{
	static const char *const names[] = { "kind", "status", "completion",
		"oit" };
	char **list = NULL;
	size_t n = 0, i, k;
	int rc = 0;

	o->cfg.sections = 0;
	o->stats_set = 1;
	if (add_names(o, &list, &n, arg, "--stats") == -1)
		rc = -1;
	for (i = 0; rc == 0 && i < n; i++) {
		for (k = 0; k < 4; k++)
			if (strcmp(list[i], names[k]) == 0)
				break;
		if (k == 4) {
			ita_diag_usage(o->diag, "--stats: unknown section '%s' "
			    "(kind, status, completion, oit)", list[i]);
			rc = -1;
		} else
			o->cfg.sections |= 1u << k;
	}
	ita_strv_free(list, n);
	return rc;
}

static int
parse_pass(struct sopts *o, const char *arg)
{
	if (snum_parse(arg, &o->cfg.pass) != NUM_OK || o->cfg.pass < 0 ||
	    o->cfg.pass > 100 * NUM_SCALE) {
		ita_diag_usage(o->diag, "--pass: '%s' is not a score from 0 to "
		    "100", arg);
		return -1;
	}
	o->cfg.pass_set = 1;
	return 0;
}

/* --lowest N, --highest N: they imply --scores. */
static int
parse_rank(struct sopts *o, int val, const char *arg)
{
	long n;

	if (ita_parse_long(arg, 1, 1000000, &n) == -1) {
		ita_diag_usage(o->diag, "--%s: '%s' is not a number from 1 to "
		    "1000000", val == OPT_LOWEST ? "lowest" : "highest", arg);
		return -1;
	}
	*(val == OPT_LOWEST ? &o->cfg.lowest : &o->cfg.highest) = n;
	o->scores = 1;
	return 0;
}

static int
parse_sort(struct sopts *o, const char *arg)
{
	free(o->sortcol);
	if ((o->sortcol = strdup(arg)) == NULL) {
		ita_diag_sys(o->diag, "options");
		return -1;
	}
	return 0;
}

static int
own_option(void *ctx, int val, const char *arg)
{
	struct sopts *o = ctx;
	enum ita_lang lang;

	switch (val) {
	case OPT_BY:
		return add_names(o, &o->cfg.by, &o->cfg.nby, arg, "--by");
	case OPT_STATS:
		return parse_sections(o, arg);
	case OPT_NUM:
		return add_names(o, &o->cfg.num, &o->cfg.nnum, arg, "--num");
	case OPT_COUNT:
		return add_names(o, &o->cfg.cnt, &o->cfg.ncnt, arg, "--count");
	case OPT_SCORES:
		o->scores = 1;
		return 0;
	case OPT_PASS:
		return parse_pass(o, arg);
	case OPT_LOWEST:
	case OPT_HIGHEST:
		return parse_rank(o, val, arg);
	case OPT_COMPARE:
		o->cfg.compare = arg;
		return 0;
	case OPT_SORT:
		return parse_sort(o, arg);
	case OPT_PRETTY:
		o->cfg.pretty = 1;
		return 0;
	case OPT_LANG:
		if (ita_lang_parse(arg, &lang) == -1) {
			ita_diag_usage(o->diag, "--lang: unknown language "
			    "'%s' (th, en)", arg);
			return -1;
		}
		o->cfg.lang = (int)lang;
		return 0;
	}
	ita_diag_usage(o->diag, "unknown option");
	return -1;
}

static void
free_list(char **list, size_t n)
{
	ita_strv_free(list, n);
}

static void
free_opts(struct sopts *o)
{
	free_list(o->cfg.by, o->cfg.nby);
	free_list(o->cfg.num, o->cfg.nnum);
	free_list(o->cfg.cnt, o->cfg.ncnt);
	free(o->sortcol);
}

/* The mode from the options, and the options that do not go together. */
static int
settle_mode(struct sopts *o, struct ita_filter *f)
{
	struct stats_cfg *c = &o->cfg;

	if (o->scores && c->compare != NULL) {
		ita_diag_usage(&f->diag, "--scores and --compare cannot be "
		    "used together");
		return -1;
	}
	if (c->pretty && f->common.format_set) {
		ita_diag_usage(&f->diag, "--pretty writes a table, not a "
		    "stream: leave out -f");
		return -1;
	}
	if (o->scores)
		c->mode = c->lowest || c->highest ? MODE_RANK : MODE_SCORES;
	else if (c->compare != NULL)
		c->mode = MODE_COMPARE;
	if ((c->mode != MODE_TABLE) && (o->stats_set || c->nnum || c->ncnt)) {
		ita_diag_usage(&f->diag, "--stats, --num and --count make the "
		    "default table; they do not go with --scores or "
		    "--compare");
		return -1;
	}
	return 0;
}

/* The keys: the mode's default, the compared column last, checked. */
static int
settle_keys(struct sopts *o, struct ita_filter *f)
{
	struct stats_cfg *c = &o->cfg;
	const char *dflt = NULL;
	size_t i, j;

	if (c->mode == MODE_SCORES || c->mode == MODE_RANK)
		dflt = "fiscal_year";
	if (c->mode == MODE_COMPARE)
		dflt = "office";
	if (c->nby == 0 && dflt != NULL &&
	    add_names(o, &c->by, &c->nby, dflt, "--by") == -1)
		return -1;
	if (c->mode == MODE_COMPARE &&
	    add_names(o, &c->by, &c->nby, c->compare, "--compare") == -1)
		return -1;
	for (i = 0; i < c->nby; i++) {
		if (strcmp(c->by[i], "count") == 0) {
			ita_diag_usage(&f->diag, "a key cannot be named "
			    "'count': that is the first statistic");
			return -1;
		}
		if (c->mode == MODE_RANK && (strcmp(c->by[i], "end") == 0 ||
		    strcmp(c->by[i], "rank") == 0)) {
			ita_diag_usage(&f->diag, "with --lowest or --highest a "
			    "key cannot be named '%s': that is a column of the "
			    "ranking", c->by[i]);
			return -1;
		}
		for (j = 0; j < i; j++)
			if (strcmp(c->by[i], c->by[j]) == 0) {
				ita_diag_usage(&f->diag, "column '%s' is "
				    "grouped on twice", c->by[i]);
				return -1;
			}
	}
	return 0;
}

/* A column counted twice (--count status with the status section) once. */
static void
drop_repeats(char **list, size_t *n)
{
	size_t i, j, k;

	for (i = 0; i < *n; i++)
		for (j = i + 1; j < *n; ) {
			if (strcmp(list[i], list[j]) != 0) {
				j++;
				continue;
			}
			free(list[j]);
			for (k = j; k + 1 < *n; k++)
				list[k] = list[k + 1];
			(*n)--;
		}
}

/* The status section: status, then state when ita-progress added it. */
static int
settle_status(struct sopts *o, struct ita_filter *f)
{
	struct stats_cfg *c = &o->cfg;
	char **nl;

	if (c->mode != MODE_TABLE || !(c->sections & SEC_STATUS))
		return 0;
	if ((nl = realloc(c->cnt, (c->ncnt + 3) * sizeof(*nl))) == NULL) {
		ita_diag_sys(&f->diag, "options");
		return -1;
	}
	c->cnt = nl;
	memmove(c->cnt + 2, c->cnt, c->ncnt * sizeof(*nl));
	c->cnt[0] = strdup("status");
	c->cnt[1] = strdup("state");
	c->ncnt += 2;
	c->cnt_auto = 1;
	if (c->cnt[0] == NULL || c->cnt[1] == NULL) {
		ita_diag_sys(&f->diag, "options");
		return -1;
	}
	drop_repeats(c->cnt, &c->ncnt);
	return 0;
}

/* --sort COL[:desc]. */
static void
settle_sort(struct sopts *o)
{
	size_t len;

	if (o->sortcol == NULL)
		return;
	len = strlen(o->sortcol);
	if (len > 5 && strcmp(o->sortcol + len - 5, ":desc") == 0) {
		o->sortcol[len - 5] = '\0';
		o->cfg.sort_desc = 1;
	}
	o->cfg.sort = o->sortcol;
}

/* Modes, their default keys, and the checks between options. */
static int
settle(struct sopts *o, struct ita_filter *f)
{
	if (settle_mode(o, f) == -1 || settle_keys(o, f) == -1 ||
	    settle_status(o, f) == -1)
		return -1;
	settle_sort(o);
	return 0;
}

/* The table as stream records, under one header. */
static int
write_stream(struct ita_filter *f, struct table *t)
{
	struct ita_header *h;
	struct ita_record *rec;
	size_t i, j;

	if ((h = ita_header_new(t->names, t->ncols)) == NULL) {
		ita_diag_sys(&f->diag, "output");
		return -1;
	}
	for (i = 0; i < t->nrows; i++) {
		if ((rec = ita_record_new(h)) == NULL) {
			ita_diag_sys(&f->diag, "output");
			ita_header_unref(h);
			return -1;
		}
		for (j = 0; j < t->ncols; j++) {
			rec->vals[j] = t->rows[i][j];
			t->rows[i][j] = NULL;
		}
		if (ita_filter_put(f, rec) == -1)
			break;
	}
	/* No group at all: the header still says what the columns are. */
	if (t->nrows == 0)
		(void)ita_filter_header(f, h);
	ita_header_unref(h);
	return 0;
}

/* The display width of each column: its heading or its widest cell. */
static int *
column_widths(const struct table *t, char **heads)
{
	size_t i, j;
	int *w, cw;

	if ((w = calloc(t->ncols + 1, sizeof(*w))) == NULL)
		return NULL;
	for (j = 0; j < t->ncols; j++) {
		w[j] = ita_width(heads[j], strlen(heads[j]));
		for (i = 0; i < t->nrows; i++) {
			cw = ita_width(t->rows[i][j], strlen(t->rows[i][j]));
			if (cw > w[j])
				w[j] = cw;
		}
	}
	return w;
}

/* One line: keys to the left, figures to the right, no trailing blank. */
static int
pretty_line(struct ita_buf *line, const struct table *t, char **cells,
    const int *w)
{
	size_t j;

	ita_buf_clear(line);
	for (j = 0; j < t->ncols; j++) {
		if (j > 0 && ita_buf_adds(line, "  ") == -1)
			return -1;
		if (ita_pad(line, cells[j], strlen(cells[j]), w[j],
		    j >= t->nkeys) == -1)
			return -1;
	}
	while (line->len > 0 && line->p[line->len - 1] == ' ')
		line->p[--line->len] = '\0';
	return 0;
}

static char **
heads_fill(char **heads, const struct table *t, enum ita_lang lang)
{
	size_t j;

	for (j = 0; j < t->ncols; j++)
		heads[j] = (char *)ita_heading(t->names[j], lang);
	return heads;
}

/* The table aligned for a terminal, by display width (ita_width). */
static int
write_pretty(struct ita_filter *f, struct table *t, enum ita_lang lang)
{
	struct ita_buf line = ITA_BUF_INIT;
	char **heads;
	int *w = NULL, rc = 0;
	size_t i;

	/* The headings in the language of --lang (static strings). */
	if ((heads = calloc(t->ncols + 1, sizeof(*heads))) == NULL ||
	    (w = column_widths(t, heads_fill(heads, t, lang))) == NULL) {
		ita_diag_sys(&f->diag, "output");
		free(heads);
		return -1;
	}
	for (i = 0; i <= t->nrows; i++) {
		if ((rc = pretty_line(&line, t, i == 0 ? heads :
		    t->rows[i - 1], w)) == -1)
			break;
		fwrite(ita_buf_str(&line), 1, line.len, f->out.fp);
		putc('\n', f->out.fp);
		if (!ita_out_ok(&f->out))
			break;
	}
	if (rc == -1)
		ita_diag_sys(&f->diag, "output");
	ita_buf_free(&line);
	free(heads);
	free(w);
	return rc;
}

/*
 * After a usage error: no output at all (ita_filter_end keeps -o FILE),
 * and the highest status seen: 3 when a file could not be read as well.
 */
static int
usage_end(struct ita_filter *f, struct sopts *o)
{
	int rc = ita_filter_end(f);

	free_opts(o);
	return rc;
}

/*
 * Every record into its group; 0, or -1 when the run stops.  --pretty
 * writes no stream, so its cells are cleaned here (chars.h), as the
 * stream writer cleans its own.
 */
static int
read_all(struct ita_filter *f, struct stats *st)
{
	struct ita_chars_cache names = { NULL, NULL };
	struct ita_record *rec;
	int ok = 1;

	while (ok && ita_filter_next(f, &rec)) {
		if ((st->cfg->pretty && ita_chars_record(&f->diag, rec,
		    &names) == -1) || stats_add(st, rec) == -1)
			ok = 0;
		ita_record_free(rec);
	}
	ita_chars_cache_free(&names);
	return ok && stats_finish(st) == 0 ? 0 : -1;
}

/* Builds, sorts and writes the table; -2 on a --sort usage error. */
static int
write_table(struct ita_filter *f, struct stats *st, const struct stats_cfg *c)
{
	struct table t;
	int rc;

	if (stats_table_build(&t, st) == -1) {
		ita_diag_sys(&f->diag, "building the table");
		stats_table_free(&t);
		return -1;
	}
	if (c->sort != NULL && (rc = stats_table_sort(&t, c->sort, c->sort_desc)) !=
	    0) {
		if (rc == -2)
			ita_diag_usage(&f->diag, "--sort: no column '%s' in "
			    "the output", c->sort);
		else
			ita_diag_sys(&f->diag, "sorting");
		stats_table_free(&t);
		return rc;
	}
	rc = c->pretty ? write_pretty(f, &t, (enum ita_lang)c->lang) :
	    write_stream(f, &t);
	stats_table_free(&t);
	return rc;
}

int
main(int argc, char *argv[])
{
	struct ita_filter f;
	struct sopts o;
	struct stats st;
	int rc, ok = 1;

	memset(&o, 0, sizeof(o));
	o.diag = &f.diag;
	o.cfg.sections = SEC_ALL;
	o.cfg.cnt_auto = (size_t)-1;
	o.cfg.lang = (int)ita_lang_default();
	if ((rc = ita_filter_init(&f, &prog, argc, argv, own_option, &o, 0)) !=
	    -1) {
		free_opts(&o);
		return rc;
	}
	if (settle(&o, &f) == -1)
		return usage_end(&f, &o);
	/* The table goes out as a stream unless it is --pretty. */
	ita_filter_set_stream(&f, !o.cfg.pretty);
	if (stats_init(&st, &o.cfg, &f.diag) == -1) {
		ita_diag_sys(&f.diag, "starting");
		ok = 0;
	}
	if (ok && read_all(&f, &st) == 0 &&
	    write_table(&f, &st, &o.cfg) == -2) {
		stats_free(&st);
		return usage_end(&f, &o);
	}
	stats_free(&st);
	free_opts(&o);
	return ita_filter_end(&f);
}

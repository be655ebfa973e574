/*
 * The statistics of the sorted groups as a table of strings: the key
 * columns under their own names, then count, then the other statistics
 * (their names are listed in ita-stats(1)).
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "num.h"
#include "schema.h"
#include "stats.h"

#define CELL 64

static const char *const tool_names[] = { "iit", "eit", "eit1", "eit2", "oit" };

/* A growing list of strings: column names, or one row's cells. */
struct strv {
	char	**v;
	size_t	 n, cap;
	int	 failed;
};

static void
sv_add(struct strv *s, const char *text)
{
	char **nv, *c;

	if (s->failed)
		return;
	if ((nv = ita_grow(s->v, s->n, &s->cap, sizeof(*nv), 16)) == NULL) {
		s->failed = 1;
		return;
	}
	s->v = nv;
	if ((c = strdup(text)) == NULL) {
		s->failed = 1;
		return;
	}
	s->v[s->n++] = c;
}

/* A name made of parts: "status" "_" "done" "_pct". */
static void
sv_addf(struct strv *s, const char *a, const char *b, const char *c)
{
	struct ita_buf buf = ITA_BUF_INIT;

	if (ita_buf_adds(&buf, a) == -1 || ita_buf_adds(&buf, b) == -1 ||
	    ita_buf_adds(&buf, c) == -1)
		s->failed = 1;
	else
		sv_add(s, ita_buf_str(&buf));
	ita_buf_free(&buf);
}

static void
sv_free(struct strv *s)
{
	ita_strv_free(s->v, s->n);
	s->v = NULL;
	s->n = s->cap = 0;
}

static void
sv_u64(struct strv *s, uint64_t v)
{
	char b[CELL];

	snprintf(b, sizeof(b), "%llu", (unsigned long long)v);
	sv_add(s, b);
}

static void
sv_pct(struct strv *s, uint64_t part, uint64_t whole)
{
	char b[CELL];

	if (whole == 0) {
		sv_add(s, "");
		return;
	}
	snum_format_pct(part, whole, b, sizeof(b));
	sv_add(s, b);
}

static void
sv_mean(struct strv *s, const struct numacc *a)
{
	char b[CELL];

	if (a->n == 0) {
		sv_add(s, "");
		return;
	}
	snum_format_mean(a->sum, a->n, b, sizeof(b));
	sv_add(s, b);
}

/* Is s one of the n strings of v? */
static int
in_list(char *const *v, size_t n, const char *s)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strcmp(v[i], s) == 0)
			return 1;
	return 0;
}

/* Insertion sort by code point: the lists are short. */
static void
sv_sort(struct strv *s)
{
	size_t i, j;
	char *t;

	for (i = 1; i < s->n; i++)
		for (j = i; j > 0 && strcmp(s->v[j - 1], s->v[j]) > 0; j--) {
			t = s->v[j];
			s->v[j] = s->v[j - 1];
			s->v[j - 1] = t;
		}
}

/* The counts of a group that value_set lists: kind, level or --count. */
static const struct counts *
counts_of(const struct group *g, size_t which)
{
	if (which == (size_t)-1)
		return &g->kind;
	if (which == (size_t)-2)
		return &g->level;
	return &g->cnt[which];
}

/* The values one --count column takes: its vocabulary, then the rest. */
static int
value_set(struct group **g, size_t ng, size_t which, const char *col,
    struct strv *vals)
{
	const char *const *vocab = NULL;
	struct strv extra = { NULL, 0, 0, 0 };
	const struct counts *c;
	size_t i, j;
	int id = ita_col_lookup(col), failed;

	if (id >= 0 && ita_cols[id].type == ITA_T_ENUM)
		vocab = ita_cols[id].vocab;
	for (i = 0; vocab != NULL && vocab[i] != NULL; i++)
		sv_add(vals, vocab[i]);
	for (i = 0; i < ng; i++) {
		c = counts_of(g[i], which);
		for (j = 0; j < c->n; j++)
			if (!in_list(vals->v, vals->n, c->v[j].value) &&
			    !in_list(extra.v, extra.n, c->v[j].value))
				sv_add(&extra, c->v[j].value);
	}
	/* Values outside the vocabulary in code point order. */
	sv_sort(&extra);
	for (i = 0; i < extra.n; i++)
		sv_add(vals, extra.v[i]);
	failed = extra.failed || vals->failed;
	sv_free(&extra);
	return failed ? -1 : 0;
}

static uint64_t
count_of(const struct counts *c, const char *value)
{
	size_t i;

	for (i = 0; i < c->n; i++)
		if (strcmp(c->v[i].value, value) == 0)
			return c->v[i].n;
	return 0;
}

static void
num_cells(struct strv *s, struct numacc *a)
{
	char b[CELL];
	int k;

	sv_u64(s, a->n);
	if (a->n == 0) {
		for (k = 0; k < 7; k++)
			sv_add(s, "");
		return;
	}
	snum_sort(a->v, (size_t)a->n);
	snum_format_exact(a->sum, b, sizeof(b));
	sv_add(s, b);
	sv_mean(s, a);
	snum_format_exact(a->min, b, sizeof(b));
	sv_add(s, b);
	for (k = 1; k <= 3; k++) {
		snum_format_quartile(a->v, (size_t)a->n, k, b, sizeof(b));
		sv_add(s, b);
	}
	snum_format_exact(a->max, b, sizeof(b));
	sv_add(s, b);
}

static const char *const num_suffix[] = { "_n", "_sum", "_mean", "_min",
	"_q1", "_median", "_q3", "_max" };

/* The row's cells go to the table; -1 (ENOMEM) with them freed. */
static int
add_row(struct table *t, struct strv *row)
{
	char ***nr;

	if (row->failed || (nr = ita_grow(t->rows, t->nrows, &t->cap,
	    sizeof(*nr), 16)) == NULL) {
		sv_free(row);
		return -1;
	}
	t->rows = nr;
	t->rows[t->nrows++] = row->v;
	row->v = NULL;
	row->n = row->cap = 0;
	return 0;
}

static void
key_cells(struct strv *row, const struct group *g, size_t nkeys)
{
	size_t i;

	for (i = 0; i < nkeys; i++)
		sv_add(row, g->keys[i]);
}

static int
any_value(struct group **g, size_t ng, size_t c)
{
	size_t i;

	for (i = 0; i < ng; i++)
		if (g[i]->cnt[c].total > 0)
			return 1;
	return 0;
}

/* The value columns of the kind and --count sections. */
struct default_cols {
	struct strv	 kinds;
	struct strv	*vals;		/* one per --count column */
	size_t		 nvals;
};

static void
default_cols_free(struct default_cols *dc)
{
	size_t c;

	sv_free(&dc->kinds);
	for (c = 0; c < dc->nvals; c++)
		sv_free(&dc->vals[c]);
	free(dc->vals);
}

/* Each value of each --count column: C_V and C_V_pct. */
static int
count_names(const struct stats_cfg *cfg, struct group **g, size_t ng,
    struct default_cols *dc, struct strv *names)
{
	size_t i, c;

	for (c = 0; c < cfg->ncnt; c++) {
		if (c == cfg->cnt_auto && !any_value(g, ng, c))
			continue;	/* no state: not an ita-progress stream */
		if (value_set(g, ng, c, cfg->cnt[c], &dc->vals[c]) == -1)
			return -1;
		for (i = 0; i < dc->vals[c].n; i++) {
			sv_addf(names, cfg->cnt[c], "_", dc->vals[c].v[i]);
			if (!names->failed)
				sv_addf(names, names->v[names->n - 1], "_pct",
				    "");
		}
	}
	return 0;
}

static int
default_names(const struct stats_cfg *cfg, struct group **g, size_t ng,
    struct default_cols *dc, struct strv *names)
{
	size_t i, c;

	sv_add(names, "count");
	if (cfg->sections & SEC_KIND) {
		if (value_set(g, ng, (size_t)-1, "kind", &dc->kinds) == -1)
			return -1;
		for (i = 0; i < dc->kinds.n; i++)
			sv_addf(names, "kind_", dc->kinds.v[i], "");
	}
	if (count_names(cfg, g, ng, dc, names) == -1)
		return -1;
	if (cfg->sections & SEC_COMPLETION) {
		sv_add(names, "measures");
		sv_add(names, "measures_done");
		sv_add(names, "completion_pct");
	}
	if (cfg->sections & SEC_OIT) {
		sv_add(names, "oit_reports");
		sv_add(names, "oit_listed");
		sv_add(names, "oit_done");
		sv_add(names, "oit_coverage_pct");
	}
	for (c = 0; c < cfg->nnum; c++)
		for (i = 0; i < 8; i++)
			sv_addf(names, cfg->num[c], num_suffix[i], "");
	return names->failed ? -1 : 0;
}

static void
count_cells(struct strv *row, const struct counts *c, const struct strv *vals)
{
	uint64_t n;
	size_t i;

	for (i = 0; i < vals->n; i++) {
		n = count_of(c, vals->v[i]);
		sv_u64(row, n);
		sv_pct(row, n, c->total);
	}
}

static void
default_row(struct strv *row, const struct stats_cfg *cfg,
    struct group *g, const struct default_cols *dc)
{
	size_t i, c;

	key_cells(row, g, cfg->nby);
	sv_u64(row, g->count);
	for (i = 0; i < dc->kinds.n; i++)
		sv_u64(row, count_of(&g->kind, dc->kinds.v[i]));
	for (c = 0; c < cfg->ncnt; c++)
		count_cells(row, &g->cnt[c], &dc->vals[c]);
	if (cfg->sections & SEC_COMPLETION) {
		sv_u64(row, g->measures);
		sv_u64(row, g->measures_done);
		sv_pct(row, g->measures_done, g->measures);
	}
	if (cfg->sections & SEC_OIT) {
		sv_u64(row, g->oit_reports);
		sv_u64(row, g->oit_listed);
		sv_u64(row, g->oit_done);
		sv_pct(row, g->oit_done, g->oit_listed);
	}
	for (c = 0; c < cfg->nnum; c++)
		num_cells(row, &g->num[c]);
}

static int
build_default(struct table *t, struct stats *st, struct group **g, size_t ng,
    struct strv *names)
{
	const struct stats_cfg *cfg = st->cfg;
	struct default_cols dc;
	struct strv row;
	size_t j;
	int rc = -1;

	memset(&dc, 0, sizeof(dc));
	if ((dc.vals = calloc(cfg->ncnt + 1, sizeof(*dc.vals))) == NULL)
		return -1;
	dc.nvals = cfg->ncnt;
	if (default_names(cfg, g, ng, &dc, names) == -1)
		goto out;
	for (j = 0; j < ng; j++) {
		memset(&row, 0, sizeof(row));
		default_row(&row, cfg, g[j], &dc);
		if (add_row(t, &row) == -1)
			goto out;
	}
	rc = 0;
out:
	default_cols_free(&dc);
	return rc;
}

static int
scores_names(struct group **g, size_t ng, struct strv *levels,
    struct strv *names)
{
	size_t i;

	sv_add(names, "count");
	sv_add(names, "offices");
	for (i = 2; i < 8; i++)
		sv_addf(names, "score", num_suffix[i], "");
	sv_add(names, "pass");
	sv_add(names, "pass_pct");
	for (i = 0; i < 5; i++)
		sv_addf(names, tool_names[i], "_mean", "");
	if (value_set(g, ng, (size_t)-2, "level", levels) == -1)
		return -1;
	for (i = 0; i < levels->n; i++) {
		sv_addf(names, "level_", levels->v[i], "");
		sv_addf(names, "level_", levels->v[i], "_pct");
	}
	return names->failed ? -1 : 0;
}

/* The overall scores' statistics: score_n is "offices", no sum. */
static void
overall_cells(struct strv *row, struct numacc *overall)
{
	struct strv tmp = { NULL, 0, 0, 0 };
	size_t i;

	num_cells(&tmp, overall);
	for (i = 0; i < tmp.n; i++)
		if (i != 1)
			sv_add(row, tmp.v[i]);
	if (tmp.failed)
		row->failed = 1;
	sv_free(&tmp);
}

static void
scores_row(struct strv *row, size_t nkeys, struct group *g,
    const struct strv *levels)
{
	uint64_t n;
	size_t i;

	key_cells(row, g, nkeys);
	sv_u64(row, g->count);
	overall_cells(row, &g->overall);
	sv_u64(row, g->pass);
	sv_pct(row, g->pass, g->overall.n);
	for (i = 0; i < 5; i++)
		sv_mean(row, &g->tool[i]);
	for (i = 0; i < levels->n; i++) {
		n = count_of(&g->level, levels->v[i]);
		sv_u64(row, n);
		sv_pct(row, n, g->overall.n);
	}
}

static int
build_scores(struct table *t, struct stats *st, struct group **g, size_t ng,
    struct strv *names)
{
	struct strv levels = { NULL, 0, 0, 0 }, row;
	size_t j;
	int rc = -1;

	if (scores_names(g, ng, &levels, names) == -1)
		goto out;
	for (j = 0; j < ng; j++) {
		memset(&row, 0, sizeof(row));
		scores_row(&row, st->cfg->nby, g[j], &levels);
		if (add_row(t, &row) == -1)
			goto out;
	}
	rc = 0;
out:
	sv_free(&levels);
	return rc;
}

/* Scores up, ties by office and province. */
static int
cmp_ranked(const void *pa, const void *pb, void *ctx)
{
	const struct ranked *a = pa, *b = pb;
	int c;

	(void)ctx;
	if (a->score != b->score)
		return a->score < b->score ? -1 : 1;
	if ((c = strcmp(a->office, b->office)) != 0)
		return c;
	if ((c = strcmp(a->province, b->province)) != 0)
		return c;
	return strcmp(a->level, b->level);
}

/* Merges the sorted runs v[lo..mid) and v[mid..hi) into tmp. */
static void
merge_runs(const unsigned char *v, unsigned char *tmp, size_t size,
    size_t lo, size_t mid, size_t hi,
    int (*cmp)(const void *, const void *, void *), void *ctx)
{
	size_t a = lo, b = mid, i;

	for (i = lo; i < hi; i++) {
		if (a < mid && (b >= hi || cmp(v + a * size, v + b * size,
		    ctx) <= 0))
			memcpy(tmp + i * size, v + a++ * size, size);
		else
			memcpy(tmp + i * size, v + b++ * size, size);
	}
}

/*
 * A stable merge sort with a context for the comparison (qsort is not
 * stable and qsort_r is not C11).  0, or -1 on ENOMEM.
 */
static int
stable_sort(void *base, size_t n, size_t size,
    int (*cmp)(const void *, const void *, void *), void *ctx)
{
	unsigned char *v = base, *tmp;
	size_t w, lo, mid, hi;

	if (n < 2)
		return 0;
	if ((tmp = malloc(n * size)) == NULL)
		return -1;
	for (w = 1; w < n; w *= 2) {
		for (lo = 0; lo < n; lo += 2 * w) {
			mid = lo + w < n ? lo + w : n;
			hi = lo + 2 * w < n ? lo + 2 * w : n;
			merge_runs(v, tmp, size, lo, mid, hi, cmp, ctx);
		}
		memcpy(v, tmp, n * size);
	}
	free(tmp);
	return 0;
}

/* Is name one of the group keys (then its column is already there)? */
static int
is_key(const struct stats_cfg *cfg, const char *name)
{
	return in_list(cfg->by, cfg->nby, name);
}

static void
ranked_row(struct strv *row, const struct group *g,
    const struct stats_cfg *cfg, const char *end, size_t rank,
    const struct ranked *r)
{
	char b[CELL];

	key_cells(row, g, cfg->nby);
	sv_add(row, end);
	sv_u64(row, rank);
	if (!is_key(cfg, "office"))
		sv_add(row, r->office);
	if (!is_key(cfg, "province"))
		sv_add(row, r->province);
	snum_format_exact(r->score, b, sizeof(b));
	if (!is_key(cfg, "score"))
		sv_add(row, b);
	if (!is_key(cfg, "level"))
		sv_add(row, r->level);
}

static int
build_rank(struct table *t, struct stats *st, struct group **g, size_t ng,
    struct strv *names)
{
	const struct stats_cfg *cfg = st->cfg;
	struct strv row;
	size_t i, j, n;

	sv_add(names, "end");
	sv_add(names, "rank");
	if (!is_key(cfg, "office"))
		sv_add(names, "office");
	if (!is_key(cfg, "province"))
		sv_add(names, "province");
	if (!is_key(cfg, "score"))
		sv_add(names, "score");
	if (!is_key(cfg, "level"))
		sv_add(names, "level");
	if (names->failed)
		return -1;
	for (j = 0; j < ng; j++) {
		if (stable_sort(g[j]->ranked, g[j]->nranked,
		    sizeof(*g[j]->ranked), cmp_ranked, NULL) == -1)
			return -1;
		n = g[j]->nranked;
		for (i = 0; i < (size_t)cfg->lowest && i < n; i++) {
			memset(&row, 0, sizeof(row));
			ranked_row(&row, g[j], cfg, "lowest", i + 1,
			    &g[j]->ranked[i]);
			if (add_row(t, &row) == -1)
				return -1;
		}
		for (i = 0; i < (size_t)cfg->highest && i < n; i++) {
			memset(&row, 0, sizeof(row));
			ranked_row(&row, g[j], cfg, "highest", i + 1,
			    &g[j]->ranked[n - 1 - i]);
			if (add_row(t, &row) == -1)
				return -1;
		}
	}
	return 0;
}

static int
same_entity(const struct group *a, const struct group *b, size_t nent)
{
	size_t i;

	for (i = 0; i < nent; i++)
		if (strcmp(a->keys[i], b->keys[i]) != 0)
			return 0;
	return 1;
}

static void
completion_cell(struct strv *row, const struct group *g)
{
	sv_pct(row, g->measures_done, g->measures);
}

static int
compare_names(const struct stats_cfg *cfg, struct strv *names)
{
	static const char *const fixed[] = { "score_from", "score_to",
		"score_change", "level_from", "level_to", "completion_from",
		"completion_to", "completion_change", "fell_below_pass" };
	size_t i;

	sv_addf(names, cfg->compare, "_from", "");
	sv_addf(names, cfg->compare, "_to", "");
	for (i = 0; i < sizeof(fixed) / sizeof(fixed[0]); i++)
		sv_add(names, fixed[i]);
	return names->failed ? -1 : 0;
}

/* The two overall scores and their difference; empty when not known. */
static void
score_cells(struct strv *row, const struct group *a, const struct group *b)
{
	char cell[CELL];

	if (a->has_score)
		snum_format_exact(a->score, cell, sizeof(cell));
	sv_add(row, a->has_score ? cell : "");
	if (b->has_score)
		snum_format_exact(b->score, cell, sizeof(cell));
	sv_add(row, b->has_score ? cell : "");
	if (a->has_score && b->has_score)
		snum_format_exact((__int128)b->score - a->score, cell,
		    sizeof(cell));
	sv_add(row, a->has_score && b->has_score ? cell : "");
}

/* (db/mb - da/ma) * 100 in points, one exact ratio. */
static void
completion_change_cell(struct strv *row, const struct group *a,
    const struct group *b)
{
	char cell[CELL];

	if (a->measures == 0 || b->measures == 0) {
		sv_add(row, "");
		return;
	}
	snum_format_ratio(((__int128)b->measures_done * a->measures -
	    (__int128)a->measures_done * b->measures) * 100,
	    (__int128)a->measures * b->measures, NUM_OUT_DECIMALS, cell,
	    sizeof(cell));
	sv_add(row, cell);
}

/* Each score against the pass mark of its own year. */
static const char *
fell_below(const struct group *a, const struct group *b)
{
	if (!a->has_score || !b->has_score)
		return "";
	return a->score >= a->score_pass && b->score < b->score_pass ?
	    "yes" : "no";
}

/* One office from one value of the compared column (a) to the next (b). */
static void
compare_row(struct strv *row, size_t nent, const struct group *a,
    const struct group *b)
{
	size_t i;

	for (i = 0; i < nent; i++)
		sv_add(row, b->keys[i]);
	sv_add(row, a->keys[nent]);
	sv_add(row, b->keys[nent]);
	score_cells(row, a, b);
	sv_add(row, a->score_level ? a->score_level : "");
	sv_add(row, b->score_level ? b->score_level : "");
	completion_cell(row, a);
	completion_cell(row, b);
	completion_change_cell(row, a, b);
	sv_add(row, fell_below(a, b));
}

static int
build_compare(struct table *t, struct stats *st, struct group **g, size_t ng,
    struct strv *names)
{
	size_t nent = st->cfg->nby - 1, j;
	struct strv row;

	if (compare_names(st->cfg, names) == -1)
		return -1;
	for (j = 1; j < ng; j++) {
		if (!same_entity(g[j - 1], g[j], nent))
			continue;
		memset(&row, 0, sizeof(row));
		compare_row(&row, nent, g[j - 1], g[j]);
		if (add_row(t, &row) == -1)
			return -1;
	}
	return 0;
}

int
stats_table_build(struct table *t, struct stats *st)
{
	const struct stats_cfg *cfg = st->cfg;
	struct strv names = { NULL, 0, 0, 0 };
	struct group **g;
	size_t i, nkeys;
	int rc;

	memset(t, 0, sizeof(*t));
	if ((g = stats_sorted(st)) == NULL)
		return -1;
	nkeys = cfg->mode == MODE_COMPARE ? cfg->nby - 1 : cfg->nby;
	for (i = 0; i < nkeys; i++)
		sv_add(&names, cfg->by[i]);
	switch (cfg->mode) {
	case MODE_SCORES:
		rc = build_scores(t, st, g, st->ngroups, &names);
		break;
	case MODE_RANK:
		rc = build_rank(t, st, g, st->ngroups, &names);
		break;
	case MODE_COMPARE:
		rc = build_compare(t, st, g, st->ngroups, &names);
		break;
	default:
		rc = build_default(t, st, g, st->ngroups, &names);
	}
	free(g);
	if (names.failed)
		rc = -1;
	t->names = names.v;
	t->ncols = names.n;
	t->nkeys = nkeys;
	return rc;
}

/* How --sort compares two rows. */
struct row_order {
	const struct table *t;
	size_t		 col;
	int		 desc;
};

static int
row_cmp(const void *a, const void *b, void *ctx)
{
	const struct row_order *o = ctx;
	char **const *ra = a, **const *rb = b;
	const char *x = (*ra)[o->col], *y = (*rb)[o->col];
	int c = o->col < o->t->nkeys ? strcmp(x, y) : snum_cmp_text(x, y);

	return o->desc ? -c : c;
}

int
stats_table_sort(struct table *t, const char *name, int desc)
{
	struct row_order o = { t, 0, desc };

	for (o.col = 0; o.col < t->ncols; o.col++)
		if (strcmp(t->names[o.col], name) == 0)
			break;
	if (o.col == t->ncols)
		return -2;
	return stable_sort(t->rows, t->nrows, sizeof(*t->rows), row_cmp, &o);
}

void
stats_table_free(struct table *t)
{
	size_t i, j;

	for (i = 0; i < t->nrows; i++) {
		for (j = 0; j < t->ncols; j++)
			free(t->rows[i][j]);
		free(t->rows[i]);
	}
	free(t->rows);
	ita_strv_free(t->names, t->ncols);
}

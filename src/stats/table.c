/*
 * The statistics of the sorted groups as a table of strings: the key
 * columns under their own names, then count, then the other statistics
 * (their names are listed in ita-stats(1)).
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
	size_t cap;

	if (s->failed)
		return;
	if (s->n == s->cap) {
		cap = s->cap ? s->cap * 2 : 16;
		if ((nv = realloc(s->v, cap * sizeof(*nv))) == NULL) {
			s->failed = 1;
			return;
		}
		s->v = nv;
		s->cap = cap;
	}
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
	size_t i;

	for (i = 0; i < s->n; i++)
		free(s->v[i]);
	free(s->v);
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
	num_format_pct(part, whole, b, sizeof(b));
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
	num_format_mean(a->sum, a->n, b, sizeof(b));
	sv_add(s, b);
}

/* The values one --count column takes: its vocabulary, then the rest. */
static int
value_set(struct group **g, size_t ng, size_t which, const char *col,
    struct strv *vals)
{
	const char *const *vocab = NULL;
	struct strv extra = { NULL, 0, 0, 0 };
	const struct counts *c;
	size_t i, j, k;
	int id = ita_col_lookup(col);

	if (id >= 0 && ita_cols[id].type == ITA_T_ENUM)
		vocab = ita_cols[id].vocab;
	for (i = 0; vocab != NULL && vocab[i] != NULL; i++)
		sv_add(vals, vocab[i]);
	for (i = 0; i < ng; i++) {
		c = which == (size_t)-1 ? &g[i]->kind :
		    which == (size_t)-2 ? &g[i]->level : &g[i]->cnt[which];
		for (j = 0; j < c->n; j++) {
			for (k = 0; k < vals->n; k++)
				if (strcmp(vals->v[k], c->v[j].value) == 0)
					break;
			if (k < vals->n)
				continue;
			for (k = 0; k < extra.n; k++)
				if (strcmp(extra.v[k], c->v[j].value) == 0)
					break;
			if (k == extra.n)
				sv_add(&extra, c->v[j].value);
		}
	}
	/* Values outside the vocabulary in code point order. */
	for (i = 1; i < extra.n; i++)
		for (j = i; j > 0 && strcmp(extra.v[j - 1], extra.v[j]) > 0;
		    j--) {
			char *t = extra.v[j];

			extra.v[j] = extra.v[j - 1];
			extra.v[j - 1] = t;
		}
	for (i = 0; i < extra.n; i++)
		sv_add(vals, extra.v[i]);
	k = extra.failed || vals->failed;
	sv_free(&extra);
	return k ? -1 : 0;
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
	num_sort(a->v, (size_t)a->n);
	num_format_exact(a->sum, b, sizeof(b));
	sv_add(s, b);
	sv_mean(s, a);
	num_format_exact(a->min, b, sizeof(b));
	sv_add(s, b);
	for (k = 1; k <= 3; k++) {
		num_format_quartile(a->v, (size_t)a->n, k, b, sizeof(b));
		sv_add(s, b);
	}
	num_format_exact(a->max, b, sizeof(b));
	sv_add(s, b);
}

static const char *const num_suffix[] = { "_n", "_sum", "_mean", "_min",
	"_q1", "_median", "_q3", "_max" };

static int
add_row(struct table *t, struct strv *row)
{
	char ***nr;
	size_t cap;

	if (row->failed)
		return -1;
	if (t->nrows == t->cap) {
		cap = t->cap ? t->cap * 2 : 16;
		if ((nr = realloc(t->rows, cap * sizeof(*nr))) == NULL)
			return -1;
		t->rows = nr;
		t->cap = cap;
	}
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

static int
build_default(struct table *t, struct stats *st, struct group **g, size_t ng,
    struct strv *names)
{
	const struct stats_cfg *cfg = st->cfg;
	struct strv kinds = { NULL, 0, 0, 0 }, *vals, row;
	size_t i, j, c;
	int rc = -1;

	if ((vals = calloc(cfg->ncnt + 1, sizeof(*vals))) == NULL)
		return -1;
	sv_add(names, "count");
	if (cfg->sections & SEC_KIND) {
		if (value_set(g, ng, (size_t)-1, "kind", &kinds) == -1)
			goto out;
		for (i = 0; i < kinds.n; i++)
			sv_addf(names, "kind_", kinds.v[i], "");
	}
	for (c = 0; c < cfg->ncnt; c++) {
		if (c == cfg->cnt_auto && !any_value(g, ng, c))
			continue;	/* no state: not an ita-progress stream */
		if (value_set(g, ng, c, cfg->cnt[c], &vals[c]) == -1)
			goto out;
		for (i = 0; i < vals[c].n; i++) {
			sv_addf(names, cfg->cnt[c], "_", vals[c].v[i]);
			if (!names->failed)
				sv_addf(names, names->v[names->n - 1], "_pct",
				    "");
		}
	}
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
	if (names->failed)
		goto out;
	for (j = 0; j < ng; j++) {
		memset(&row, 0, sizeof(row));
		key_cells(&row, g[j], cfg->nby);
		sv_u64(&row, g[j]->count);
		for (i = 0; i < kinds.n; i++)
			sv_u64(&row, count_of(&g[j]->kind, kinds.v[i]));
		for (c = 0; c < cfg->ncnt; c++)
			for (i = 0; i < vals[c].n; i++) {
				uint64_t n = count_of(&g[j]->cnt[c],
				    vals[c].v[i]);

				sv_u64(&row, n);
				sv_pct(&row, n, g[j]->cnt[c].total);
			}
		if (cfg->sections & SEC_COMPLETION) {
			sv_u64(&row, g[j]->measures);
			sv_u64(&row, g[j]->measures_done);
			sv_pct(&row, g[j]->measures_done, g[j]->measures);
		}
		if (cfg->sections & SEC_OIT) {
			sv_u64(&row, g[j]->oit_reports);
			sv_u64(&row, g[j]->oit_listed);
			sv_u64(&row, g[j]->oit_done);
			sv_pct(&row, g[j]->oit_done, g[j]->oit_listed);
		}
		for (c = 0; c < cfg->nnum; c++)
			num_cells(&row, &g[j]->num[c]);
		if (add_row(t, &row) == -1) {
			sv_free(&row);
			goto out;
		}
	}
	rc = 0;
out:
	sv_free(&kinds);
	for (c = 0; c < cfg->ncnt; c++)
		sv_free(&vals[c]);
	free(vals);
	return rc;
}

static int
build_scores(struct table *t, struct stats *st, struct group **g, size_t ng,
    struct strv *names)
{
	struct strv levels = { NULL, 0, 0, 0 }, row;
	size_t i, j;
	int rc = -1;

	sv_add(names, "count");
	sv_add(names, "offices");
	for (i = 2; i < 8; i++)
		sv_addf(names, "score", num_suffix[i], "");
	sv_add(names, "pass");
	sv_add(names, "pass_pct");
	for (i = 0; i < 5; i++)
		sv_addf(names, tool_names[i], "_mean", "");
	if (value_set(g, ng, (size_t)-2, "level", &levels) == -1)
		goto out;
	for (i = 0; i < levels.n; i++) {
		sv_addf(names, "level_", levels.v[i], "");
		sv_addf(names, "level_", levels.v[i], "_pct");
	}
	if (names->failed)
		goto out;
	for (j = 0; j < ng; j++) {
		struct strv tmp = { NULL, 0, 0, 0 };

		memset(&row, 0, sizeof(row));
		key_cells(&row, g[j], st->cfg->nby);
		sv_u64(&row, g[j]->count);
		/* score_n is "offices": the same figure, named for it. */
		num_cells(&tmp, &g[j]->overall);
		for (i = 0; i < tmp.n; i++)
			if (i != 1)	/* no sum of scores */
				sv_add(&row, tmp.v[i]);
		tmp.failed ? (void)(row.failed = 1) : (void)0;
		sv_free(&tmp);
		sv_u64(&row, g[j]->pass);
		sv_pct(&row, g[j]->pass, g[j]->overall.n);
		for (i = 0; i < 5; i++)
			sv_mean(&row, &g[j]->tool[i]);
		for (i = 0; i < levels.n; i++) {
			uint64_t n = count_of(&g[j]->level, levels.v[i]);

			sv_u64(&row, n);
			sv_pct(&row, n, g[j]->overall.n);
		}
		if (add_row(t, &row) == -1) {
			sv_free(&row);
			goto out;
		}
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

/*
 * A stable merge sort with a context for the comparison (qsort is not
 * stable and qsort_r is not C11).  0, or -1 on ENOMEM.
 */
static int
stable_sort(void *base, size_t n, size_t size,
    int (*cmp)(const void *, const void *, void *), void *ctx)
{
	unsigned char *v = base, *tmp;
	size_t w, i, lo, mid, hi, a, b;

	if (n < 2)
		return 0;
	if ((tmp = malloc(n * size)) == NULL)
		return -1;
	for (w = 1; w < n; w *= 2) {
		for (lo = 0; lo < n; lo += 2 * w) {
			mid = lo + w < n ? lo + w : n;
			hi = lo + 2 * w < n ? lo + 2 * w : n;
			for (a = lo, b = mid, i = lo; i < hi; i++)
				if (a < mid && (b >= hi || cmp(v + a * size,
				    v + b * size, ctx) <= 0))
					memcpy(tmp + i * size, v + a++ * size,
					    size);
				else
					memcpy(tmp + i * size, v + b++ * size,
					    size);
		}
		memcpy(v, tmp, n * size);
	}
	free(tmp);
	return 0;
}

static void
ranked_row(struct strv *row, const struct group *g, size_t nkeys,
    const char *end, size_t rank, const struct ranked *r)
{
	char b[CELL];

	key_cells(row, g, nkeys);
	sv_add(row, end);
	sv_u64(row, rank);
	sv_add(row, r->office);
	sv_add(row, r->province);
	num_format_exact(r->score, b, sizeof(b));
	sv_add(row, b);
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
	sv_add(names, "office");
	sv_add(names, "province");
	sv_add(names, "score");
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
			ranked_row(&row, g[j], cfg->nby, "lowest", i + 1,
			    &g[j]->ranked[i]);
			if (add_row(t, &row) == -1)
				goto fail;
		}
		for (i = 0; i < (size_t)cfg->highest && i < n; i++) {
			memset(&row, 0, sizeof(row));
			ranked_row(&row, g[j], cfg->nby, "highest", i + 1,
			    &g[j]->ranked[n - 1 - i]);
			if (add_row(t, &row) == -1)
				goto fail;
		}
	}
	return 0;
fail:
	sv_free(&row);
	return -1;
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
build_compare(struct table *t, struct stats *st, struct group **g, size_t ng,
    struct strv *names)
{
	const struct stats_cfg *cfg = st->cfg;
	size_t nent = cfg->nby - 1, i, j;
	const struct group *a, *b;
	struct strv row;
	char cell[CELL];

	sv_addf(names, cfg->compare, "_from", "");
	sv_addf(names, cfg->compare, "_to", "");
	sv_add(names, "score_from");
	sv_add(names, "score_to");
	sv_add(names, "score_change");
	sv_add(names, "level_from");
	sv_add(names, "level_to");
	sv_add(names, "completion_from");
	sv_add(names, "completion_to");
	sv_add(names, "completion_change");
	sv_add(names, "fell_below_pass");
	if (names->failed)
		return -1;
	for (j = 1; j < ng; j++) {
		a = g[j - 1];
		b = g[j];
		if (!same_entity(a, b, nent))
			continue;
		memset(&row, 0, sizeof(row));
		for (i = 0; i < nent + 1; i++)
			sv_add(&row, i < nent ? b->keys[i] : a->keys[i]);
		sv_add(&row, b->keys[nent]);
		for (i = 0; i < 2; i++) {
			const struct group *x = i ? b : a;

			if (x->has_score)
				num_format_exact(x->score, cell, sizeof(cell));
			sv_add(&row, x->has_score ? cell : "");
		}
		if (a->has_score && b->has_score)
			num_format_exact((__int128)b->score - a->score, cell,
			    sizeof(cell));
		sv_add(&row, a->has_score && b->has_score ? cell : "");
		sv_add(&row, a->score_level ? a->score_level : "");
		sv_add(&row, b->score_level ? b->score_level : "");
		completion_cell(&row, a);
		completion_cell(&row, b);
		if (a->measures && b->measures) {
			/* (db/mb - da/ma) * 100, one exact ratio. */
			num_format_ratio(((__int128)b->measures_done *
			    a->measures - (__int128)a->measures_done *
			    b->measures) * 100, (__int128)a->measures *
			    b->measures, NUM_OUT_DECIMALS, cell, sizeof(cell));
			sv_add(&row, cell);
		} else
			sv_add(&row, "");
		if (a->has_score && b->has_score)
			sv_add(&row, a->score >= a->score_pass &&
			    b->score < b->score_pass ? "yes" : "no");
		else
			sv_add(&row, "");
		if (add_row(t, &row) == -1) {
			sv_free(&row);
			return -1;
		}
	}
	return 0;
}

int
table_build(struct table *t, struct stats *st)
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
	int c = o->col < o->t->nkeys ? strcmp(x, y) : num_cmp_text(x, y);

	return o->desc ? -c : c;
}

int
table_sort(struct table *t, const char *name, int desc)
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
table_free(struct table *t)
{
	size_t i, j;

	for (i = 0; i < t->nrows; i++) {
		for (j = 0; j < t->ncols; j++)
			free(t->rows[i][j]);
		free(t->rows[i]);
	}
	free(t->rows);
	for (i = 0; i < t->ncols; i++)
		free(t->names[i]);
	free(t->names);
}

/*
 * Groups: a hash table from the tuple of key values to one accumulator.
 * Memory grows with the number of groups (and, for quantiles, with the
 * values of the numeric columns), never with the records.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "filter.h"
#include "num.h"
#include "stats.h"
#include "thdate.h"

static const char *const tool_names[] = { "iit", "eit", "eit1", "eit2", "oit" };

int
numacc_add(struct numacc *a, int64_t v)
{
	int64_t *nv;
	size_t cap;

	if (a->keep && a->n == a->cap) {
		cap = a->cap ? a->cap * 2 : 8;
		if ((nv = realloc(a->v, cap * sizeof(*nv))) == NULL)
			return -1;
		a->v = nv;
		a->cap = cap;
	}
	if (a->keep)
		a->v[a->n] = v;
	if (a->n == 0 || v < a->min)
		a->min = v;
	if (a->n == 0 || v > a->max)
		a->max = v;
	a->n++;
	a->sum += v;
	return 0;
}

void
numacc_free(struct numacc *a)
{
	free(a->v);
	a->v = NULL;
}

static int
counts_add(struct counts *c, const char *value)
{
	struct valcount *nv;
	size_t i, cap;

	if (*value == '\0')
		return 0;
	c->total++;
	for (i = 0; i < c->n; i++)
		if (strcmp(c->v[i].value, value) == 0) {
			c->v[i].n++;
			return 0;
		}
	if (c->n == c->cap) {
		cap = c->cap ? c->cap * 2 : 4;
		if ((nv = realloc(c->v, cap * sizeof(*nv))) == NULL)
			return -1;
		c->v = nv;
		c->cap = cap;
	}
	if ((c->v[c->n].value = strdup(value)) == NULL)
		return -1;
	c->v[c->n++].n = 1;
	return 0;
}

static void
counts_free(struct counts *c)
{
	size_t i;

	for (i = 0; i < c->n; i++)
		free(c->v[i].value);
	free(c->v);
}

static struct group *group_find(struct stats *, char *const *);

int
stats_init(struct stats *st, const struct stats_cfg *cfg, struct ita_diag *d)
{
	memset(st, 0, sizeof(*st));
	st->cfg = cfg;
	st->diag = d;
	st->nhash = 1024;
	if ((st->hash = calloc(st->nhash, sizeof(*st->hash))) == NULL)
		return -1;
	if (cfg->mode == MODE_TABLE && (cfg->sections & SEC_OIT) &&
	    (st->oit = oitlists_load(d)) == NULL)
		return -1;
	/* Without keys there is one group, even for no records. */
	if (cfg->nby == 0 && group_find(st, NULL) == NULL)
		return -1;
	return 0;
}

/*
 * The value of a key for a record: its column, or when the record lacks
 * it, end_quarter and end_fiscal_year computed from the planned end (as
 * ita-progress(1) writes them).
 */
static const char *
key_value(const struct ita_record *r, const char *name, int col, char *buf,
    size_t size)
{
	struct ita_date d;
	int q;

	if (col >= 0)
		return r->vals[col];
	q = strcmp(name, KEY_QUARTER) == 0;
	if (q || strcmp(name, KEY_END_FY) == 0) {
		if (ita_date_parse_iso(ita_get(r, ITA_COL_END), &d) == -1)
			return "";
		snprintf(buf, size, "%d", q ? ita_fiscal_quarter(d) :
		    ita_fiscal_year(d));
		return buf;
	}
	return "";
}

/*
 * The columns of the options in the record's header, looked up once per
 * header (a reference keeps the cached header alive, so its address is
 * never reused by another).
 */
static int
resolve_columns(struct stats *st, const struct ita_record *r)
{
	const struct stats_cfg *cfg = st->cfg;
	size_t i, n = cfg->nby + cfg->ncnt + cfg->nnum;
	int *idx;

	if (st->hdr == r->hdr)
		return 0;
	if (st->col == NULL && (st->col = calloc(n + 1, sizeof(int))) == NULL)
		return -1;
	idx = st->col;
	for (i = 0; i < cfg->nby; i++)
		idx[i] = ita_header_find(r->hdr, cfg->by[i]);
	for (i = 0; i < cfg->ncnt; i++)
		idx[cfg->nby + i] = ita_header_find(r->hdr, cfg->cnt[i]);
	for (i = 0; i < cfg->nnum; i++)
		idx[cfg->nby + cfg->ncnt + i] = ita_header_find(r->hdr,
		    cfg->num[i]);
	ita_header_unref(st->hdr);
	st->hdr = ita_header_ref(r->hdr);
	return 0;
}

static const char *
field(const struct ita_record *r, int i)
{
	return i >= 0 ? r->vals[i] : "";
}

static uint64_t
hash_keys(char *const *k, size_t n)
{
	uint64_t h = 1469598103934665603ULL;
	const unsigned char *p;
	size_t i;

	for (i = 0; i < n; i++) {
		for (p = (const unsigned char *)k[i]; *p; p++)
			h = (h ^ *p) * 1099511628211ULL;
		h = (h ^ 0xff) * 1099511628211ULL;	/* separator */
	}
	return h;
}

static void
group_free(struct group *g, const struct stats_cfg *cfg)
{
	size_t i;

	for (i = 0; i < g->nkeys; i++)
		free(g->keys[i]);
	free(g->keys);
	counts_free(&g->kind);
	for (i = 0; g->cnt != NULL && i < cfg->ncnt; i++)
		counts_free(&g->cnt[i]);
	free(g->cnt);
	free(g->oit_report);
	free(g->oit_seen);
	for (i = 0; g->num != NULL && i < cfg->nnum; i++)
		numacc_free(&g->num[i]);
	free(g->num);
	numacc_free(&g->overall);
	counts_free(&g->level);
	for (i = 0; i < g->nranked; i++) {
		free(g->ranked[i].office);
		free(g->ranked[i].province);
		free(g->ranked[i].level);
	}
	free(g->ranked);
	free(g->score_level);
	free(g);
}

static int
rehash(struct stats *st)
{
	struct group **nh, *g, *next;
	size_t i, n = st->nhash * 2;
	uint64_t h;

	if ((nh = calloc(n, sizeof(*nh))) == NULL)
		return -1;
	for (i = 0; i < st->nhash; i++)
		for (g = st->hash[i]; g != NULL; g = next) {
			next = g->next;
			h = hash_keys(g->keys, st->cfg->nby) & (n - 1);
			g->next = nh[h];
			nh[h] = g;
		}
	free(st->hash);
	st->hash = nh;
	st->nhash = n;
	return 0;
}

static struct group *
group_new(struct stats *st, char *const *keys)
{
	const struct stats_cfg *cfg = st->cfg;
	struct group *g;
	size_t i;

	if ((g = calloc(1, sizeof(*g))) == NULL)
		return NULL;
	if ((g->keys = calloc(cfg->nby + 1, sizeof(char *))) == NULL ||
	    (g->cnt = calloc(cfg->ncnt + 1, sizeof(*g->cnt))) == NULL ||
	    (g->num = calloc(cfg->nnum + 1, sizeof(*g->num))) == NULL)
		goto fail;
	for (i = 0; i < cfg->nby; i++) {
		if ((g->keys[i] = strdup(keys[i])) == NULL)
			goto fail;
		g->nkeys++;
	}
	for (i = 0; i < cfg->nnum; i++)
		g->num[i].keep = 1;
	g->overall.keep = 1;
	return g;
fail:
	group_free(g, cfg);
	return NULL;
}

static struct group *
group_find(struct stats *st, char *const *keys)
{
	struct group *g;
	uint64_t h = hash_keys(keys, st->cfg->nby);
	size_t i, slot = h & (st->nhash - 1);

	for (g = st->hash[slot]; g != NULL; g = g->next) {
		for (i = 0; i < st->cfg->nby; i++)
			if (strcmp(g->keys[i], keys[i]) != 0)
				break;
		if (i == st->cfg->nby)
			return g;
	}
	if ((g = group_new(st, keys)) == NULL)
		return NULL;
	g->next = st->hash[slot];
	st->hash[slot] = g;
	if (++st->ngroups > st->nhash && rehash(st) == -1)
		return NULL;
	return g;
}

/*
 * A numeric field: adds it, or says why not. Empty means not known and is
 * skipped; text is an error, never a zero.
 */
static int
add_number(struct stats *st, const struct ita_record *r, const char *col,
    const char *s, struct numacc *a)
{
	int64_t v;

	if (*s == '\0')
		return 0;
	switch (num_parse(s, &v)) {
	case NUM_OK:
		return numacc_add(a, v);
	case NUM_NOT_NUMBER:
		ita_diag_record(st->diag, r, col, ITA_SEV_ERROR, "stats.number",
		    "field '%s': '%.80s' is not a number; not counted", col, s);
		return 0;
	case NUM_TOO_PRECISE:
		ita_diag_record(st->diag, r, col, ITA_SEV_ERROR, "stats.range",
		    "field '%s': %.80s has more than %d decimals; not counted",
		    col, s, NUM_DECIMALS);
		return 0;
	case NUM_TOO_BIG:
		ita_diag_record(st->diag, r, col, ITA_SEV_ERROR, "stats.range",
		    "field '%s': %.80s is too large; not counted", col, s);
		return 0;
	}
	return 0;
}

/* The report a record belongs to: office, fiscal year and round. */
static int
report_key(const struct ita_record *r, struct ita_buf *b)
{
	ita_buf_clear(b);
	if (ita_buf_adds(b, ita_get(r, ITA_COL_OFFICE)) == -1 ||
	    ita_buf_addc(b, '\n') == -1 ||
	    ita_buf_adds(b, ita_get(r, ITA_COL_FISCAL_YEAR)) == -1 ||
	    ita_buf_addc(b, '\n') == -1 ||
	    ita_buf_adds(b, ita_get(r, ITA_COL_ROUND)) == -1)
		return -1;
	return 0;
}

/* Counts the items of the report just finished in the group. */
static void
oit_flush(struct group *g)
{
	size_t i;

	if (g->oit_report == NULL)
		return;
	for (i = 0; i < g->oit_nitems; i++)
		g->oit_done += g->oit_seen[i];
	g->oit_listed += g->oit_nitems;
	g->oit_reports++;
	free(g->oit_report);
	free(g->oit_seen);
	g->oit_report = NULL;
	g->oit_seen = NULL;
	g->oit_nitems = 0;
}

/* Years without a list are said once each. */
static int
warn_year_once(struct stats *st, const struct ita_record *r, const char *fy)
{
	struct ita_buf b = ITA_BUF_INIT;
	const char *w = st->warned_years ? st->warned_years : "", *p, *nl;
	size_t n = strlen(fy);

	/* One year a line; an empty year is a line of its own too. */
	for (p = w; *p != '\0'; p = nl + 1) {
		nl = strchr(p, '\n');
		if ((size_t)(nl - p) == n && memcmp(p, fy, n) == 0)
			return 0;
	}
	if (*fy == '\0')
		ita_diag_record(st->diag, r, "fiscal_year", ITA_SEV_WARNING,
		    "stats.oit-year", "OIT items without a fiscal year are "
		    "left out of the OIT coverage");
	else
		ita_diag_record(st->diag, r, "fiscal_year", ITA_SEV_WARNING,
		    "stats.oit-year", "no OIT list for fiscal year '%.20s'; "
		    "its reports are left out of the OIT coverage", fy);
	if (ita_buf_adds(&b, w) == -1 || ita_buf_adds(&b, fy) == -1 ||
	    ita_buf_addc(&b, '\n') == -1) {
		ita_buf_free(&b);
		return -1;
	}
	free(st->warned_years);
	st->warned_years = ita_buf_take(&b);
	return 0;
}

static int
add_oit_item(struct stats *st, struct group *g, const struct ita_record *r)
{
	struct ita_buf key = ITA_BUF_INIT;
	const char *fy = ita_get(r, ITA_COL_FISCAL_YEAR);
	const char *item = ita_get(r, ITA_COL_OIT_ITEM);
	size_t n;
	int idx, rc = 0;

	if (report_key(r, &key) == -1)
		goto fail;
	if (g->oit_report == NULL || strcmp(g->oit_report, key.p) != 0) {
		oit_flush(g);
		if ((n = oitlists_nitems(st->oit, fy)) == 0) {
			ita_buf_free(&key);
			return warn_year_once(st, r, fy);
		}
		g->oit_report = ita_buf_take(&key);
		if ((g->oit_seen = calloc(n, 1)) == NULL)
			goto fail;
		g->oit_nitems = n;
	}
	ita_buf_free(&key);
	if ((idx = oitlists_index(st->oit, fy, item)) < 0) {
		ita_diag_record(st->diag, r, "oit_item", ITA_SEV_WARNING,
		    "stats.oit-item", "OIT item '%.40s' is not in the list of "
		    "fiscal year %.20s; not counted", item, fy);
		return 0;
	}
	if (strcmp(ita_get(r, ITA_COL_STATUS), "done") == 0)
		g->oit_seen[idx] = 1;
	return rc;
fail:
	ita_buf_free(&key);
	return -1;
}

static int
add_score(struct stats *st, struct group *g, const struct ita_record *r)
{
	const char *tool = ita_get(r, ITA_COL_TOOL);
	const char *score = ita_get(r, ITA_COL_SCORE);
	struct numacc one;
	struct ranked *nr;
	size_t i, cap;

	memset(&one, 0, sizeof(one));
	if (add_number(st, r, "score", ita_get(r, ITA_COL_SCORE), &one) == -1)
		return -1;
	if (one.n == 0)
		return 0;
	if (strcmp(tool, "overall") != 0) {
		for (i = 0; i < 5; i++)
			if (strcmp(tool, tool_names[i]) == 0)
				return numacc_add(&g->tool[i], one.min);
		return 0;
	}
	if (numacc_add(&g->overall, one.min) == -1 ||
	    counts_add(&g->level, ita_get(r, ITA_COL_LEVEL)) == -1)
		return -1;
	if (one.min >= st->cfg->pass)
		g->pass++;
	(void)score;
	if (st->cfg->mode != MODE_RANK)
		return 0;
	if (g->nranked == g->capranked) {
		cap = g->capranked ? g->capranked * 2 : 8;
		if ((nr = realloc(g->ranked, cap * sizeof(*nr))) == NULL)
			return -1;
		g->ranked = nr;
		g->capranked = cap;
	}
	nr = &g->ranked[g->nranked];
	nr->score = one.min;
	nr->office = strdup(ita_get(r, ITA_COL_OFFICE));
	nr->province = strdup(ita_get(r, ITA_COL_PROVINCE));
	nr->level = strdup(ita_get(r, ITA_COL_LEVEL));
	g->nranked++;
	if (nr->office == NULL || nr->province == NULL || nr->level == NULL)
		return -1;
	return 0;
}

/* --compare: one overall score per office and year; the highest wins. */
static int
add_compare(struct stats *st, struct group *g, const struct ita_record *r)
{
	struct numacc one;
	char a[48], b[48];

	memset(&one, 0, sizeof(one));
	if (strcmp(ita_get(r, ITA_COL_TOOL), "overall") != 0)
		return 0;
	if (add_number(st, r, "score", ita_get(r, ITA_COL_SCORE), &one) == -1)
		return -1;
	if (one.n == 0)
		return 0;
	if (g->has_score && g->score != one.min) {
		num_format_exact(g->score, a, sizeof(a));
		num_format_exact(one.min, b, sizeof(b));
		ita_diag_record(st->diag, r, "score", ITA_SEV_WARNING,
		    "stats.score-twice", "a second overall score for the same "
		    "office and year (%s, then %s); the higher one is used",
		    a, b);
	}
	if (g->has_score && g->score >= one.min)
		return 0;
	g->has_score = 1;
	g->score = one.min;
	free(g->score_level);
	if ((g->score_level = strdup(ita_get(r, ITA_COL_LEVEL))) == NULL)
		return -1;
	return 0;
}

int
stats_add(struct stats *st, const struct ita_record *r)
{
	const struct stats_cfg *cfg = st->cfg;
	const char *kind = ita_get(r, ITA_COL_KIND);
	char *keys[STATS_MAX_KEYS], kbuf[STATS_MAX_KEYS][16];
	struct group *g;
	size_t i;

	if (cfg->mode == MODE_SCORES || cfg->mode == MODE_RANK) {
		if (strcmp(kind, "score") != 0)
			return 0;
	}
	if (resolve_columns(st, r) == -1)
		goto nomem;
	for (i = 0; i < cfg->nby; i++)
		keys[i] = (char *)key_value(r, cfg->by[i], st->col[i], kbuf[i],
		    sizeof(kbuf[i]));
	if ((g = group_find(st, keys)) == NULL)
		goto nomem;
	g->count++;
	if (cfg->mode == MODE_SCORES || cfg->mode == MODE_RANK) {
		if (add_score(st, g, r) == -1)
			goto nomem;
		return 0;
	}
	if (strcmp(kind, "measure") == 0) {
		g->measures++;
		if (strcmp(ita_get(r, ITA_COL_STATUS), "done") == 0)
			g->measures_done++;
	}
	if (cfg->mode == MODE_COMPARE) {
		if (strcmp(kind, "score") == 0 && add_compare(st, g, r) == -1)
			goto nomem;
		return 0;
	}
	if (counts_add(&g->kind, kind) == -1)
		goto nomem;
	for (i = 0; i < cfg->ncnt; i++)
		if (counts_add(&g->cnt[i], field(r, st->col[cfg->nby + i])) ==
		    -1)
			goto nomem;
	for (i = 0; i < cfg->nnum; i++)
		if (add_number(st, r, cfg->num[i], field(r,
		    st->col[cfg->nby + cfg->ncnt + i]), &g->num[i]) == -1)
			goto nomem;
	if ((cfg->sections & SEC_OIT) && strcmp(kind, "oit_item") == 0 &&
	    add_oit_item(st, g, r) == -1)
		goto nomem;
	return 0;
nomem:
	ita_diag_sys(st->diag, "grouping");
	return -1;
}

void
stats_finish(struct stats *st)
{
	struct group *g;
	size_t i;

	for (i = 0; i < st->nhash; i++)
		for (g = st->hash[i]; g != NULL; g = g->next)
			oit_flush(g);
}

static int
cmp_groups(const void *a, const void *b)
{
	const struct group *x = *(struct group *const *)a;
	const struct group *y = *(struct group *const *)b;
	size_t i;
	int c;

	for (i = 0; i < x->nkeys; i++)
		if ((c = strcmp(x->keys[i], y->keys[i])) != 0)
			return c;
	return 0;
}

struct group **
stats_sorted(struct stats *st)
{
	struct group **v, *g;
	size_t i, n = 0;

	if ((v = calloc(st->ngroups + 1, sizeof(*v))) == NULL)
		return NULL;
	for (i = 0; i < st->nhash; i++)
		for (g = st->hash[i]; g != NULL; g = g->next)
			v[n++] = g;
	qsort(v, n, sizeof(*v), cmp_groups);
	return v;
}

void
stats_free(struct stats *st)
{
	struct group *g, *next;
	size_t i;

	for (i = 0; st->hash != NULL && i < st->nhash; i++)
		for (g = st->hash[i]; g != NULL; g = next) {
			next = g->next;
			group_free(g, st->cfg);
		}
	free(st->hash);
	free(st->col);
	ita_header_unref(st->hdr);
	oitlists_free(st->oit);
	free(st->warned_years);
}

/*
 * Groups: a hash table from the tuple of key values to one accumulator.
 * Memory grows with the number of groups (and, for quantiles, with the
 * values of the numeric columns), never with the records.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "filter.h"
#include "num.h"
#include "report_id.h"
#include "buf.h"
#include "stats.h"
#include "thdate.h"
#include "yeardata.h"

static int
numacc_add(struct numacc *a, int64_t v)
{
	int64_t *nv;

	if (a->keep) {
		if ((nv = ita_grow(a->v, a->n, &a->cap, sizeof(*nv), 8)) ==
		    NULL)
			return -1;
		a->v = nv;
		a->v[a->n] = v;
	}
	if (a->n == 0 || v < a->min)
		a->min = v;
	if (a->n == 0 || v > a->max)
		a->max = v;
	a->n++;
	a->sum += v;
	return 0;
}

static void
numacc_free(struct numacc *a)
{
	free(a->v);
	a->v = NULL;
}

static int
counts_add(struct counts *c, const char *value)
{
	struct valcount *nv;
	size_t i;

	if (*value == '\0')
		return 0;
	c->total++;
	for (i = 0; i < c->n; i++)
		if (strcmp(c->v[i].value, value) == 0) {
			c->v[i].n++;
			return 0;
		}
	if ((nv = ita_grow(c->v, c->n, &c->cap, sizeof(*nv), 4)) == NULL)
		return -1;
	c->v = nv;
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

/* Whether year data is needed: OIT lists, levels, pass marks. */
static int
needs_years(const struct stats *st)
{
	const struct stats_cfg *cfg = st->cfg;

	if (cfg->mode == MODE_TABLE)
		return (cfg->sections & SEC_OIT) || st->hold_all;
	return 1;
}

int
stats_init(struct stats *st, const struct stats_cfg *cfg, struct ita_diag *d)
{
	size_t i;

	memset(st, 0, sizeof(*st));
	st->cfg = cfg;
	st->diag = d;
	st->nhash = 1024;
	for (i = 0; i < cfg->nby; i++)
		if (strcmp(cfg->by[i], KEY_LEVEL) == 0)
			st->hold_all = 1;
	/* --scores and --compare count a computed level where none is written. */
	st->levels = st->hold_all || cfg->mode != MODE_TABLE;
	if ((st->hash = calloc(st->nhash, sizeof(*st->hash))) == NULL)
		return -1;
	if (needs_years(st) && (st->years = ita_years_load(NULL, d)) == NULL)
		return -1;
	/* Without keys there is one group, even for no records. */
	if (cfg->nby == 0 && group_find(st, NULL) == NULL)
		return -1;
	return 0;
}

/*
 * The value of a key for a record: its column, or when the record lacks
 * it, end_quarter and end_fiscal_year computed from the planned end (as
 * ita-progress(1) writes them), or computed_level, the level of the
 * report being added.
 */
static const char *
key_value(const struct stats *st, const struct ita_record *r,
    const char *name, int col, char *buf, size_t size)
{
	struct ita_date d;
	int q;

	if (col >= 0)
		return r->vals[col];
	if (strcmp(name, KEY_LEVEL) == 0)
		return ita_buf_str(&st->level);
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
	uint64_t h = ITA_HASH_INIT;
	size_t i;

	for (i = 0; i < n; i++)
		h = ita_hash_str(ita_hash_str(h, k[i]), "\xff");	/* separator */
	return h;
}

static void
group_free(struct group *g, const struct stats_cfg *cfg)
{
	size_t i;

	ita_strv_free(g->keys, g->nkeys);
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
	switch (snum_parse(s, &v)) {
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

/*
 * Whether a year is in a list of years already spoken of (one a line; an
 * empty year is a line of its own too); adds it when not.  1 when it was,
 * 0 when added, -1 on ENOMEM.
 */
static int
said_once(char **list, const char *fy)
{
	struct ita_buf b = ITA_BUF_INIT;
	const char *w = *list ? *list : "", *p, *nl;
	size_t n = strlen(fy);

	for (p = w; *p != '\0'; p = nl + 1) {
		nl = strchr(p, '\n');
		if ((size_t)(nl - p) == n && memcmp(p, fy, n) == 0)
			return 1;
	}
	if (ita_buf_adds(&b, w) == -1 || ita_buf_adds(&b, fy) == -1 ||
	    ita_buf_addc(&b, '\n') == -1) {
		ita_buf_free(&b);
		return -1;
	}
	free(*list);
	*list = ita_buf_take(&b);
	return 0;
}

/* Years without a list are said once each. */
static int
warn_oit_year(struct stats *st, const struct ita_record *r, const char *fy)
{
	int said = said_once(&st->warned_years, fy);

	if (said != 0)
		return said == 1 ? 0 : -1;
	if (*fy == '\0')
		ita_diag_record(st->diag, r, "fiscal_year", ITA_SEV_WARNING,
		    "stats.oit-year", "OIT items without a fiscal year are "
		    "left out of the OIT coverage");
	else
		ita_diag_record(st->diag, r, "fiscal_year", ITA_SEV_WARNING,
		    "stats.oit-year", "no OIT list for fiscal year '%.20s'; "
		    "its reports are left out of the OIT coverage", fy);
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

	if (ita_report_key(r, &key) == -1)
		goto fail;
	if (g->oit_report == NULL || strcmp(g->oit_report, key.p) != 0) {
		oit_flush(g);
		if ((n = soitlists_nitems(st->years, fy)) == 0) {
			ita_buf_free(&key);
			return warn_oit_year(st, r, fy);
		}
		g->oit_report = ita_buf_take(&key);
		if ((g->oit_seen = calloc(n, 1)) == NULL)
			goto fail;
		g->oit_nitems = n;
	}
	ita_buf_free(&key);
	if ((idx = soitlists_index(st->years, fy, item)) < 0) {
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

/*
 * The pass mark of a score record's fiscal year: --pass, else the year
 * data's (85 when the year has none, said once per year).
 */
static int64_t
pass_of(struct stats *st, const struct ita_record *r)
{
	const char *fy = ita_get(r, ITA_COL_FISCAL_YEAR);
	const struct ita_year *y;

	if (st->cfg->pass_set)
		return st->cfg->pass;
	if ((y = syear_of(st->years, fy)) != NULL)
		return (int64_t)(y->pass_mark * NUM_SCALE + 0.5);
	if (said_once(&st->warned_pass, fy) == 0)
		ita_diag_record(st->diag, r, "fiscal_year", ITA_SEV_WARNING,
		    "stats.pass-year", "no year data for fiscal year '%.20s'; "
		    "its pass mark is taken as 85", fy);
	return 85 * NUM_SCALE;
}

/* The level of an overall score: written, else computed from its report. */
static const char *
level_of(const struct stats *st, const struct ita_record *r)
{
	const char *level = ita_get(r, ITA_COL_LEVEL);

	return *level != '\0' ? level : ita_buf_str(&st->level);
}

/* --lowest, --highest: the office's score, kept with its names. */
static int
add_ranked(struct group *g, const struct ita_record *r, int64_t score,
    const char *level)
{
	struct ranked *nr;

	if ((nr = ita_grow(g->ranked, g->nranked, &g->capranked, sizeof(*nr),
	    8)) == NULL)
		return -1;
	g->ranked = nr;
	nr = &g->ranked[g->nranked];
	nr->score = score;
	nr->office = strdup(ita_get(r, ITA_COL_OFFICE));
	nr->province = strdup(ita_get(r, ITA_COL_PROVINCE));
	nr->level = strdup(level);
	g->nranked++;
	if (nr->office == NULL || nr->province == NULL || nr->level == NULL)
		return -1;
	return 0;
}

static int
add_score(struct stats *st, struct group *g, const struct ita_record *r)
{
	const char *tool = ita_get(r, ITA_COL_TOOL);
	const char *level;
	struct numacc one;
	int t;

	memset(&one, 0, sizeof(one));
	if (add_number(st, r, "score", ita_get(r, ITA_COL_SCORE), &one) == -1)
		return -1;
	if (one.n == 0)
		return 0;
	if (strcmp(tool, "overall") != 0) {
		t = ita_tool_find(tool);
		return t >= 0 ? numacc_add(&g->tool[t], one.min) : 0;
	}
	level = level_of(st, r);
	if (numacc_add(&g->overall, one.min) == -1 ||
	    counts_add(&g->level, level) == -1)
		return -1;
	if (one.min >= pass_of(st, r))
		g->pass++;
	if (st->cfg->mode != MODE_RANK)
		return 0;
	return add_ranked(g, r, one.min, level);
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
		snum_format_exact(g->score, a, sizeof(a));
		snum_format_exact(one.min, b, sizeof(b));
		ita_diag_record(st->diag, r, "score", ITA_SEV_WARNING,
		    "stats.score-twice", "a second overall score for the same "
		    "office and year (%s, then %s); the higher one is used",
		    a, b);
	}
	if (g->has_score && g->score >= one.min)
		return 0;
	g->has_score = 1;
	g->score = one.min;
	g->score_pass = pass_of(st, r);
	free(g->score_level);
	if ((g->score_level = strdup(level_of(st, r))) == NULL)
		return -1;
	return 0;
}

/* The default table: kinds, counted columns, numbers, OIT coverage. */
static int
add_table(struct stats *st, struct group *g, const struct ita_record *r)
{
	const struct stats_cfg *cfg = st->cfg;
	const char *kind = ita_get(r, ITA_COL_KIND);
	size_t i;

	if (counts_add(&g->kind, kind) == -1)
		return -1;
	for (i = 0; i < cfg->ncnt; i++)
		if (counts_add(&g->cnt[i], field(r, st->col[cfg->nby + i])) ==
		    -1)
			return -1;
	for (i = 0; i < cfg->nnum; i++)
		if (add_number(st, r, cfg->num[i], field(r,
		    st->col[cfg->nby + cfg->ncnt + i]), &g->num[i]) == -1)
			return -1;
	if ((cfg->sections & SEC_OIT) && strcmp(kind, "oit_item") == 0)
		return add_oit_item(st, g, r);
	return 0;
}

static void
count_measure(struct group *g, const struct ita_record *r)
{
	if (strcmp(ita_get(r, ITA_COL_KIND), "measure") != 0)
		return;
	g->measures++;
	if (strcmp(ita_get(r, ITA_COL_STATUS), "done") == 0)
		g->measures_done++;
}

/* A record into its group, by the statistics of the mode; -1 on ENOMEM. */
static int
add_to_group(struct stats *st, const struct ita_record *r)
{
	const struct stats_cfg *cfg = st->cfg;
	char *keys[STATS_MAX_KEYS], kbuf[STATS_MAX_KEYS][16];
	struct group *g;
	size_t i;

	if (resolve_columns(st, r) == -1)
		return -1;
	for (i = 0; i < cfg->nby; i++)
		keys[i] = (char *)key_value(st, r, cfg->by[i], st->col[i],
		    kbuf[i], sizeof(kbuf[i]));
	if ((g = group_find(st, keys)) == NULL)
		return -1;
	g->count++;
	switch (cfg->mode) {
	case MODE_SCORES:
	case MODE_RANK:
		return add_score(st, g, r);
	case MODE_COMPARE:
		count_measure(g, r);
		if (strcmp(ita_get(r, ITA_COL_KIND), "score") == 0)
			return add_compare(st, g, r);
		return 0;
	case MODE_TABLE:
		break;
	}
	count_measure(g, r);
	return add_table(st, g, r);
}

/* A copy of a record to hold until its report ends. */
static int
hold(struct stats *st, const struct ita_record *r)
{
	struct ita_record *c, **nh;
	size_t i;

	if ((nh = ita_grow(st->held, st->nheld, &st->capheld, sizeof(*nh),
	    16)) == NULL)
		return -1;
	st->held = nh;
	if ((c = ita_record_new(r->hdr)) == NULL)
		return -1;
	c->loc = r->loc;	/* its file name lives as long as the input */
	for (i = 0; i < r->hdr->ncols; i++)
		if ((c->vals[i] = strdup(r->vals[i])) == NULL) {
			while (++i < r->hdr->ncols)
				c->vals[i] = NULL;
			ita_record_free(c);
			return -1;
		}
	st->held[st->nheld++] = c;
	return 0;
}

static void
held_free(struct stats *st)
{
	size_t i;

	for (i = 0; i < st->nheld; i++)
		ita_record_free(st->held[i]);
	free(st->held);
	st->held = NULL;
	st->nheld = st->capheld = 0;
}

/* Whether a bad score is reported by the statistics that count it. */
static int
score_said_elsewhere(const struct stats *st, const struct ita_record *r)
{
	const struct stats_cfg *cfg = st->cfg;
	size_t i;

	if (cfg->mode == MODE_SCORES || cfg->mode == MODE_RANK)
		return 1;
	if (cfg->mode == MODE_COMPARE)
		return strcmp(ita_get(r, ITA_COL_TOOL), "overall") == 0;
	for (i = 0; i < cfg->nnum; i++)
		if (strcmp(cfg->num[i], "score") == 0)
			return 1;
	return 0;
}

/* The record the report's level is spoken of at: its overall score. */
static const struct ita_record *
level_place(const struct stats *st)
{
	const struct ita_record *first = NULL;
	size_t i;

	for (i = 0; i < st->nheld; i++) {
		if (strcmp(ita_get(st->held[i], ITA_COL_KIND), "score") != 0)
			continue;
		if (strcmp(ita_get(st->held[i], ITA_COL_TOOL), "overall") == 0)
			return st->held[i];
		if (first == NULL)
			first = st->held[i];
	}
	return first;
}

/* Why the report has no computed level. */
static void
say_no_level(struct stats *st, const struct ita_record *r,
    enum level_result why, double overall)
{
	const char *fy = ita_get(r, ITA_COL_FISCAL_YEAR);
	char a[32];

	snprintf(a, sizeof(a), "%.2f", overall);
	switch (why) {
	case LEVEL_NO_YEAR:
		if (said_once(&st->warned_level, fy) == 0)
			ita_diag_record(st->diag, r, "fiscal_year",
			    ITA_SEV_WARNING, "stats.level-year", "no year data "
			    "for fiscal year '%.20s'; the level of its reports "
			    "is not computed", fy);
		break;
	case LEVEL_NO_OVERALL:
		ita_diag_record(st->diag, r, "score", ITA_SEV_WARNING,
		    "stats.level", "the report has no overall score and not "
		    "every tool score to weigh one; its level is not computed");
		break;
	case LEVEL_TOOLS_MISSING:
		ita_diag_record(st->diag, r, "score", ITA_SEV_WARNING,
		    "stats.level", "overall %s gives '%s' only if every tool "
		    "score reaches its mark, and the report lacks one; its "
		    "level is not computed", a, ita_buf_str(&st->level));
		break;
	case LEVEL_NONE:
		ita_diag_record(st->diag, r, "score", ITA_SEV_WARNING,
		    "stats.level", "overall %s is below every level of fiscal "
		    "year %.20s; its level is not computed", a, fy);
		break;
	case LEVEL_OK:
	case LEVEL_NO_SCORES:
		break;
	}
}

/* The report's level into st->level, when something uses it. */
static void
report_level(struct stats *st)
{
	const struct ita_record *at = level_place(st);
	enum level_result why;
	double overall = 0;

	ita_buf_clear(&st->level);
	if (at == NULL || (!st->hold_all && !st->rs_unlevelled))
		return;
	why = slevel_compute(st->years, ita_get(at, ITA_COL_FISCAL_YEAR),
	    &st->rs, &st->level, &overall);
	if (why == LEVEL_OK)
		return;
	say_no_level(st, at, why, overall);
	ita_buf_clear(&st->level);
}

/* Ends the report being read: its held records go to their groups. */
static int
report_end(struct stats *st)
{
	size_t i;
	int rc = 0;

	report_level(st);
	for (i = 0; i < st->nheld; i++) {
		if (rc == 0 && add_to_group(st, st->held[i]) == -1)
			rc = -1;
		ita_record_free(st->held[i]);
	}
	st->nheld = 0;
	ita_buf_clear(&st->level);
	srscores_clear(&st->rs);
	st->rs_unlevelled = 0;
	return rc;
}

/*
 * With levels: a record joins its report (a run with one office, fiscal
 * year and round), whose end is seen at the first record of the next.
 */
static int
report_add(struct stats *st, const struct ita_record *r)
{
	const char *kind = ita_get(r, ITA_COL_KIND);
	struct numacc bad;

	if (ita_report_key(r, &st->key) == -1)
		return -1;
	if (st->report.p == NULL || strcmp(st->report.p, st->key.p) != 0) {
		if (report_end(st) == -1)
			return -1;
		ita_buf_clear(&st->report);
		if (ita_buf_adds(&st->report, st->key.p) == -1)
			return -1;
	}
	if (strcmp(kind, "score") != 0)
		return st->hold_all ? hold(st, r) : add_to_group(st, r);
	memset(&bad, 0, sizeof(bad));
	if (srscores_add(&st->rs, r) != NUM_OK && !score_said_elsewhere(st, r) &&
	    add_number(st, r, "score", ita_get(r, ITA_COL_SCORE), &bad) == -1)
		return -1;
	if (strcmp(ita_get(r, ITA_COL_TOOL), "overall") == 0 &&
	    *ita_get(r, ITA_COL_LEVEL) == '\0')
		st->rs_unlevelled = 1;
	return hold(st, r);
}

int
stats_add(struct stats *st, const struct ita_record *r)
{
	const struct stats_cfg *cfg = st->cfg;
	int rc;

	if ((cfg->mode == MODE_SCORES || cfg->mode == MODE_RANK) &&
	    strcmp(ita_get(r, ITA_COL_KIND), "score") != 0)
		return 0;
	rc = st->levels ? report_add(st, r) : add_to_group(st, r);
	if (rc == -1)
		ita_diag_sys(st->diag, "grouping");
	return rc;
}

int
stats_finish(struct stats *st)
{
	struct group *g;
	size_t i;

	if (st->levels && report_end(st) == -1) {
		ita_diag_sys(st->diag, "grouping");
		return -1;
	}
	for (i = 0; i < st->nhash; i++)
		for (g = st->hash[i]; g != NULL; g = g->next)
			oit_flush(g);
	return 0;
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
	ita_years_free(st->years);
	free(st->warned_years);
	free(st->warned_level);
	free(st->warned_pass);
	held_free(st);
	ita_buf_free(&st->report);
	ita_buf_free(&st->key);
	ita_buf_free(&st->level);
}

/*
 * ita-render --summary: the offices of several reports side by side
 * (overall score, level, pass or not, change from the year before), how
 * many passed each year's pass mark, and the lowest tool scores.  Keeps
 * one row per office and year, not the reports' records.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "render.h"
#include "summary.h"
#include "yeardata.h"

/* The lowest tool scores listed. */
#define LOWEST_N 5

static int
parse_score(const char *s, double *out)
{
	char *end;

	if (*s == '\0')
		return -1;
	*out = strtod(s, &end);
	return *end == '\0' ? 0 : -1;
}

static int
push(struct rsum_row **v, size_t *n, size_t *cap, const char *office,
    const char *fy, const char *tool, double score, const char *level)
{
	struct rsum_row *nv, *r;

	if ((nv = ita_grow(*v, *n, cap, sizeof(*nv), 16)) == NULL)
		return -1;
	*v = nv;
	r = &(*v)[*n];
	memset(r, 0, sizeof(*r));
	r->score = score;
	r->fy = atoi(fy);
	if ((r->office = strdup(office)) == NULL ||
	    (r->tool = strdup(tool)) == NULL ||
	    (r->level = strdup(level)) == NULL) {
		free(r->office);
		free(r->tool);
		return -1;
	}
	(*n)++;
	return 0;
}

/*
 * Takes what the summary needs from one record: a score record of a
 * report, or a row of an ita-stats table with office and score columns.
 * 0, or -1 on ENOMEM.
 */
int
rsummary_add(struct rsummary *s, const struct ita_record *rec)
{
	const char *kind = ita_get(rec, ITA_COL_KIND);
	const char *tool = ita_get(rec, ITA_COL_TOOL);
	const char *office = ita_get(rec, ITA_COL_OFFICE);
	double v;

	/* Measures done per office, OIT items done across offices. */
	if (!strcmp(kind, "measure") && *office)
		return rsum_count(&s->measures, &s->nmeasures, &s->capmeasures,
		    office, "", !strcmp(ita_get(rec, ITA_COL_STATUS), "done"));
	if (!strcmp(kind, "oit_item") && *office && *ita_get(rec,
	    ITA_COL_NUMBER))
		return rsum_count(&s->items, &s->nitems, &s->capitems,
		    ita_get(rec, ITA_COL_NUMBER), ita_get(rec, ITA_COL_TITLE),
		    !strcmp(ita_get(rec, ITA_COL_STATUS), "done"));
	if (rrecord_is_table(rec))
		tool = *tool ? tool : "overall";
	else if (strcmp(kind, "score") != 0)
		return 0;
	if (*office == '\0' || parse_score(ita_get(rec, ITA_COL_SCORE), &v))
		return 0;
	if (!strcmp(tool, "overall") || *tool == '\0')
		return push(&s->rows, &s->n, &s->cap, office,
		    ita_get(rec, ITA_COL_FISCAL_YEAR), "overall", v,
		    ita_get(rec, ITA_COL_LEVEL));
	return push(&s->tools, &s->ntools, &s->captools, office,
	    ita_get(rec, ITA_COL_FISCAL_YEAR), tool, v, "");
}

static void
rows_free(struct rsum_row *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free(v[i].office);
		free(v[i].tool);
		free(v[i].level);
	}
	free(v);
}

void
rsummary_free(struct rsummary *s)
{
	rows_free(s->rows, s->n);
	rows_free(s->tools, s->ntools);
	rsum_counts_free(s->measures, s->nmeasures);
	rsum_counts_free(s->items, s->nitems);
	memset(s, 0, sizeof(*s));
}

/* Newest year first, then the highest score, then the office. */
static int
by_year_score(const void *a, const void *b)
{
	const struct rsum_row *x = a, *y = b;

	if (x->fy != y->fy)
		return x->fy > y->fy ? -1 : 1;
	if (x->score != y->score)
		return x->score > y->score ? -1 : 1;
	return strcmp(x->office, y->office);
}

static int
by_score(const void *a, const void *b)
{
	const struct rsum_row *x = a, *y = b;

	if (x->score != y->score)
		return x->score < y->score ? -1 : 1;
	return strcmp(x->office, y->office);
}

int
rtable_alloc(struct rtable *t, const char *caption, size_t ncols,
    size_t nrows)
{
	memset(t, 0, sizeof(*t));
	t->caption = caption;
	t->ncols = ncols;
	t->nrows = nrows;
	if ((t->heads = calloc(ncols + 1, sizeof(*t->heads))) == NULL ||
	    (t->styles = calloc(ncols + 1, sizeof(*t->styles))) == NULL ||
	    (t->cells = calloc(nrows * ncols + 1, sizeof(*t->cells))) ==
	    NULL ||
	    (t->level = calloc(nrows + 1, sizeof(*t->level))) == NULL ||
	    (t->wide = calloc(ncols + 1, sizeof(*t->wide))) == NULL ||
	    (t->right = calloc(ncols + 1, sizeof(*t->right))) == NULL ||
	    (t->share = calloc(ncols + 1, sizeof(*t->share))) == NULL ||
	    (t->tall = calloc(nrows + 1, sizeof(*t->tall))) == NULL)
		return -1;
	return 0;
}

static int
set_cell(struct rtable *t, size_t i, size_t k, const char *s,
    const struct ropts *o)
{
	return (t->cells[i * t->ncols + k] = rtext_dup(s, 0, o)) == NULL ?
	    -1 : 0;
}

static int
set_heads(struct rtable *t, const char *const *th, const char *const *en,
    size_t n, const struct ropts *o)
{
	size_t k;

	for (k = 0; k < n; k++)
		if ((t->heads[k] = rtext_dup(o->lang == ITA_LANG_TH ? th[k] :
		    en[k], 0, o)) == NULL)
			return -1;
	return 0;
}

/* The same office's score in the fiscal year before, or NULL. */
static const struct rsum_row *
last_year(const struct rsummary *s, const struct rsum_row *r)
{
	size_t i;

	for (i = 0; i < s->n; i++)
		if (s->rows[i].fy == r->fy - 1 &&
		    !strcmp(s->rows[i].office, r->office))
			return &s->rows[i];
	return NULL;
}

/* md and txt: a bar of block characters beside the score. */
static int
text_bars(const struct ropts *o)
{
	return o->chart != RCHART_NONE &&
	    (o->fmt == RFMT_MD || o->fmt == RFMT_TXT);
}

/* One U+2588 per 5 points, a U+258C for the half; NULL on ENOMEM. */
char *
rblock_bar(double score)
{
	struct ita_buf b = ITA_BUF_INIT;
	double v = score < 0 ? 0 : score > 100 ? 100 : score;
	int i, rc = 0;

	for (i = 0; i < (int)(v / 5); i++)
		rc |= ita_buf_adds(&b, "\xe2\x96\x88");
	if (v - 5 * (int)(v / 5) >= 2.5)
		rc |= ita_buf_adds(&b, "\xe2\x96\x8c");
	if (rc) {
		ita_buf_free(&b);
		return NULL;
	}
	return ita_buf_take(&b);
}

static int
offices_table(struct rtable *t, const struct rsummary *s,
    const struct ita_years *years, const struct ropts *o, int *changes)
{
	static const char *const th[] = { "ลำดับ", "หน่วยงาน", "ปีงบประมาณ",
		"คะแนน", "ระดับ", "ผลเทียบเกณฑ์", "เปลี่ยนจากปีก่อน" };
	static const char *const en[] = { "No.", "Office", "Fiscal year",
		"Score", "Level", "Pass mark", "Change" };
	const struct ita_year *y;
	const struct rsum_row *r, *p;
	char num[64];
	size_t i, ncols;

	*changes = 0;
	for (i = 0; i < s->n; i++)
		if (last_year(s, &s->rows[i]) != NULL)
			*changes = 1;
	ncols = *changes ? 7 : 6;
	if (text_bars(o))
		ncols++;
	if (rtable_alloc(t, o->lang == ITA_LANG_TH ? "คะแนนของหน่วยงาน" :
	    "Scores of the offices", ncols, s->n) == -1 ||
	    set_heads(t, th, en, *changes ? 7 : 6, o) == -1)
		return -1;
	t->styles[0] = t->styles[2] = t->styles[3] = RSTYLE_NUM;
	t->styles[1] = RSTYLE_TITLE;
	t->right[0] = t->right[3] = 1;
	for (i = 0; i < s->n; i++) {
		r = &s->rows[i];
		y = years != NULL ? ita_years_get(years, r->fy) : NULL;
		snprintf(num, sizeof(num), "%zu", i + 1);
		if (set_cell(t, i, 0, num, o) || set_cell(t, i, 1, r->office, o))
			return -1;
		snprintf(num, sizeof(num), "%d", r->fy);
		if (set_cell(t, i, 2, num, o))
			return -1;
		snprintf(num, sizeof(num), "%.2f", r->score);
		if (set_cell(t, i, 3, num, o) || set_cell(t, i, 4, r->level, o))
			return -1;
		if (y == NULL)
			num[0] = '\0';
		else if (r->score >= y->pass_mark)
			snprintf(num, sizeof(num), "%s",
			    o->lang == ITA_LANG_TH ? "ผ่าน" : "pass");
		else
			snprintf(num, sizeof(num), "%s",
			    o->lang == ITA_LANG_TH ? "ไม่ผ่าน" : "below");
		if (set_cell(t, i, 5, num, o))
			return -1;
		if (!*changes)
			continue;
		num[0] = '\0';
		if ((p = last_year(s, r)) != NULL)
			snprintf(num, sizeof(num), "%+.2f", r->score - p->score);
		if (set_cell(t, i, 6, num, o))
			return -1;
	}
	if (*changes)
		t->right[6] = 1;
	if (text_bars(o)) {
		if ((t->heads[ncols - 1] = rtext_dup(o->lang == ITA_LANG_TH ?
		    "แผนภูมิ" : "Chart", 0, o)) == NULL)
			return -1;
		for (i = 0; i < s->n; i++)
			if ((t->cells[i * ncols + ncols - 1] =
			    rblock_bar(s->rows[i].score)) == NULL)
				return -1;
	}
	return 0;
}

static int
lowest_table(struct rtable *t, struct rsummary *s, const struct ropts *o)
{
	static const char *const th[] = { "หน่วยงาน", "ปีงบประมาณ",
		"เครื่องมือ", "คะแนน" };
	static const char *const en[] = { "Office", "Fiscal year", "Tool",
		"Score" };
	const struct rsum_row *r;
	char num[64];
	size_t i, n;

	qsort(s->tools, s->ntools, sizeof(*s->tools), by_score);
	n = s->ntools < LOWEST_N ? s->ntools : LOWEST_N;
	if (rtable_alloc(t, o->lang == ITA_LANG_TH ? "คะแนนรายเครื่องมือต่ำสุด" :
	    "Lowest tool scores", 4, n) == -1 || set_heads(t, th, en, 4, o) == -1)
		return -1;
	t->styles[0] = RSTYLE_TITLE;
	t->styles[1] = t->styles[3] = RSTYLE_NUM;
	t->right[3] = 1;
	for (i = 0; i < n; i++) {
		r = &s->tools[i];
		if (set_cell(t, i, 0, r->office, o) || set_cell(t, i, 2,
		    r->tool, o))
			return -1;
		snprintf(num, sizeof(num), "%d", r->fy);
		if (set_cell(t, i, 1, num, o))
			return -1;
		snprintf(num, sizeof(num), "%.2f", r->score);
		if (set_cell(t, i, 3, num, o))
			return -1;
	}
	return 0;
}

/* One heading line per fiscal year: how many offices passed its mark. */
static int
pass_lines(struct rdoc *d, const struct rsummary *s,
    const struct ita_years *years, const struct ropts *o)
{
	const struct ita_year *y;
	char line[512];
	size_t i, j, total, passed;
	int fy;

	for (i = 0; i < s->n; i = j) {
		fy = s->rows[i].fy;
		y = years != NULL ? ita_years_get(years, fy) : NULL;
		for (j = i, total = passed = 0; j < s->n &&
		    s->rows[j].fy == fy; j++) {
			total++;
			if (y != NULL && s->rows[j].score >= y->pass_mark)
				passed++;
		}
		if (y == NULL)
			snprintf(line, sizeof(line), o->lang == ITA_LANG_TH ?
			    "ปีงบประมาณ %d: %zu หน่วยงาน (ไม่ทราบเกณฑ์ผ่านของปีนี้)" :
			    "Fiscal year %d: %zu offices (the year's pass mark "
			    "is not known)", fy, total);
		else if (o->lang == ITA_LANG_TH)
			snprintf(line, sizeof(line), "ปีงบประมาณ %d: ผ่านเกณฑ์ "
			    "%.0f คะแนน %zu จาก %zu หน่วยงาน", fy, y->pass_mark,
			    passed, total);
		else
			snprintf(line, sizeof(line), "Fiscal year %d: %zu of "
			    "%zu offices reached the pass mark of %.0f", fy,
			    passed, total, y->pass_mark);
		if (rdoc_add_line(d, line, 0, o) == -1)
			return -1;
	}
	return 0;
}

int
rsummary_build(struct rdoc *d, struct rsummary *s,
    const struct ita_years *years, const struct ropts *o)
{
	int changes;
	size_t k;

	memset(d, 0, sizeof(*d));
	d->no_sign = 1;		/* a summary is not signed */
	qsort(s->rows, s->n, sizeof(*s->rows), by_year_score);
	if ((d->title = rtext_dup(o->title != NULL ? o->title :
	    o->lang == ITA_LANG_TH ? "สรุปผลการประเมินคุณธรรมและความโปร่งใส (ITA)" :
	    "Summary of the ITA results", 0, o)) == NULL ||
	    pass_lines(d, s, years, o) == -1 ||
	    (d->tables = calloc(3, sizeof(*d->tables))) == NULL)
		goto fail;
	d->ntables = 1;
	if (offices_table(&d->tables[0], s, years, o, &changes) == -1)
		goto fail;
	if ((o->fmt == RFMT_HTML || o->fmt == RFMT_FODT) &&
	    rsum_charts(d, s, years, o) == -1)
		goto fail;
	if (s->ntools > 0) {
		d->ntables = 2;
		if (lowest_table(&d->tables[1], s, o) == -1)
			goto fail;
	}
	if (o->words != NULL && (o->fmt == RFMT_HTML || o->fmt == RFMT_FODT))
		for (k = 0; k < d->ntables; k++)
			if (rtable_shares(&d->tables[k], 0, o->words) == -1)
				goto fail;
	return 0;
fail:
	rdoc_free(d);
	return -1;
}

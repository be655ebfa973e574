/*
 * ita-render: the summary of an ita-stats --scores table, which ita-render
 * knows by its header (offices, score_mean, pass; no kind column): per
 * group (its --by keys, fiscal_year by default) how many offices passed,
 * the scores, the tools' means and the offices per level; bar charts of
 * the mean scores with the pass mark, and with --chart all of the levels
 * and the tools (svg.c).
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "render.h"
#include "summary.h"
#include "yeardata.h"

static const char *const score_cols[] = { "offices", "score_mean",
	"score_min", "score_median", "score_max", "pass", "pass_pct", NULL };
static const char *const tool_cols[] = { "iit_mean", "eit_mean",
	"eit1_mean", "eit2_mean", "oit_mean", NULL };
static const char *const tool_names[] = { "IIT", "EIT", "EIT 1", "EIT 2",
	"OIT", NULL };

#define FILL_PASS	"#3f9b5b"
#define FILL_BELOW	"#f0b45a"

int
rstats_is_scores(const struct ita_record *rec)
{
	return rrecord_is_table(rec) &&
	    ita_header_find(rec->hdr, "offices") >= 0 &&
	    ita_header_find(rec->hdr, "score_mean") >= 0 &&
	    ita_header_find(rec->hdr, "pass") >= 0;
}

/* The group's keys: the columns before count. */
static size_t
nkeys(const struct ita_header *h)
{
	int c = ita_header_find(h, "count");

	return c < 0 ? 0 : (size_t)c;
}

/* A level_NAME count column: NAME, else NULL. */
static const char *
rstats_level_of(const char *name)
{
	size_t n = strlen(name);

	if (strncmp(name, "level_", 6) != 0 || n <= 6 ||
	    (n > 10 && !strcmp(name + n - 4, "_pct")) ||
	    !strcmp(name, "level_from") || !strcmp(name, "level_to"))
		return NULL;
	return name + 6;
}

static double
num(const char *s)
{
	return *s ? strtod(s, NULL) : -1;
}

/* The group's label: its keys' values, a fiscal year named so. */
static int
group_label(struct ita_buf *b, const struct ita_record *r,
    const struct ropts *o)
{
	const struct ita_header *h = r->hdr;
	size_t k, n = nkeys(h);
	int rc = 0;

	ita_buf_clear(b);
	for (k = 0; k < n; k++) {
		if (k > 0)
			rc |= ita_buf_adds(b, " / ");
		if (!strcmp(h->names[k], "fiscal_year"))
			rc |= ita_buf_adds(b, o->lang == ITA_LANG_TH ?
			    "ปีงบประมาณ " : "FY ");
		rc |= rtext_put(b, r->vals[k], 0, o);
	}
	if (n == 0)
		rc |= ita_buf_adds(b, o->lang == ITA_LANG_TH ? "ทุกหน่วยงาน" :
		    "all offices");
	rc |= ita_buf_adds(b, "");
	return rc ? -1 : 0;
}

static int
fy_of(const struct ita_record *r)
{
	return atoi(ita_get_name(r, "fiscal_year"));
}

/* Columns of a table: the keys, then those of names some row fills. */
static size_t
pick(const struct rreport *rows, const char *const *names, const char **out,
    size_t cap)
{
	const struct ita_header *h = rows->recs[0]->hdr;
	size_t i, k, n = 0;

	for (k = 0; k < nkeys(h) && n < cap; k++)
		out[n++] = h->names[k];
	for (; *names != NULL && n < cap; names++)
		for (i = 0; i < rows->n; i++)
			if (*ita_get_name(rows->recs[i], *names)) {
				out[n++] = *names;
				break;
			}
	return n;
}

static int
make_table(struct rtable *t, const char *caption, const struct rreport *rows,
    const char *const *cols, size_t ncols, const struct ropts *o,
    int levels)
{
	size_t i, k, nk = nkeys(rows->recs[0]->hdr);
	const char *head;

	if (rtable_alloc(t, caption, ncols, rows->n) == -1)
		return -1;
	for (k = 0; k < ncols; k++) {
		head = levels && k >= nk ? rstats_level_of(cols[k]) :
		    ita_heading(cols[k], o->lang);
		if ((t->heads[k] = rtext_dup(head, 0, o)) == NULL)
			return -1;
		t->styles[k] = k < nk ? RSTYLE_TEXT : RSTYLE_NUM;
		t->right[k] = k >= nk;
	}
	for (i = 0; i < rows->n; i++)
		for (k = 0; k < ncols; k++)
			if ((t->cells[i * ncols + k] = rtext_dup(
			    ita_get_name(rows->recs[i], cols[k]), 0, o)) == NULL)
				return -1;
	return 0;
}

/* md and txt: a bar of blocks beside the mean score. */
static int
add_bars(struct rtable *t, const struct rreport *rows, const struct ropts *o)
{
	size_t i, k, nc = t->ncols + 1;
	char **cells;

	if ((cells = calloc(nc * t->nrows + 1, sizeof(*cells))) == NULL)
		return -1;
	for (i = 0; i < t->nrows; i++) {
		for (k = 0; k < t->ncols; k++)
			cells[i * nc + k] = t->cells[i * t->ncols + k];
		if ((cells[i * nc + k] = rblock_bar(num(ita_get_name(
		    rows->recs[i], "score_mean")))) == NULL) {
			free(cells);
			return -1;
		}
	}
	free(t->cells);
	t->cells = cells;
	t->heads[t->ncols] = rtext_dup(o->lang == ITA_LANG_TH ? "แผนภูมิ" :
	    "Chart", 0, o);
	t->styles[t->ncols] = RSTYLE_TEXT;
	t->ncols = nc;
	return t->heads[nc - 1] == NULL ? -1 : 0;
}

/* One heading line per group: how many offices passed. */
static int
pass_lines(struct rdoc *d, const struct rreport *rows,
    const struct ita_years *years, const struct ropts *o)
{
	struct ita_buf b = ITA_BUF_INIT, line = ITA_BUF_INIT;
	const struct ita_year *y;
	const struct ita_record *r;
	size_t i;
	int rc = -1;

	for (i = 0; i < rows->n; i++) {
		r = rows->recs[i];
		y = years != NULL ? ita_years_get(years, fy_of(r)) : NULL;
		if (group_label(&b, r, o) == -1)
			goto out;
		ita_buf_clear(&line);
		if (ita_buf_printf(&line, o->lang == ITA_LANG_TH ?
		    "%s: ผ่านเกณฑ์ %s จาก %s หน่วยงาน" :
		    "%s: %s of %s offices passed", ita_buf_str(&b),
		    ita_get_name(r, "pass"), ita_get_name(r, "offices")) == -1 ||
		    (y != NULL && ita_buf_printf(&line, o->lang == ITA_LANG_TH ?
		    " (เกณฑ์ %.0f คะแนน)" : " (pass mark %.0f)",
		    y->pass_mark) == -1) || ita_buf_adds(&line, "") == -1)
			goto out;
		if (rdoc_add_line(d, ita_buf_str(&line), 0, o) == -1)
			goto out;
	}
	rc = 0;
out:
	ita_buf_free(&b);
	ita_buf_free(&line);
	return rc;
}

static int
mean_chart(struct rdoc *d, const struct rreport *rows,
    const struct ita_years *years, const struct ropts *o)
{
	struct ita_buf b = ITA_BUF_INIT;
	const struct ita_year *y = NULL;
	struct rbar *v;
	char **own;
	size_t i, nown = 0;
	int rc = -1, fy = fy_of(rows->recs[0]), one_year = 1;
	double m;

	for (i = 1; i < rows->n; i++)
		one_year &= fy_of(rows->recs[i]) == fy;
	if (one_year && years != NULL)
		y = ita_years_get(years, fy);
	v = calloc(rows->n + 1, sizeof(*v));
	own = calloc(2 * rows->n + 1, sizeof(*own));
	if (v == NULL || own == NULL)
		goto out;
	for (i = 0; i < rows->n; i++) {
		const struct ita_record *r = rows->recs[i];
		const struct ita_year *ry = years != NULL ?
		    ita_years_get(years, fy_of(r)) : NULL;

		m = num(ita_get_name(r, "score_mean"));
		if (group_label(&b, r, o) == -1 ||
		    (own[nown++] = strdup(ita_buf_str(&b))) == NULL)
			goto out;
		v[i].label = own[nown - 1];
		v[i].value = m;
		v[i].fill = ry != NULL && m >= ry->pass_mark ? FILL_PASS :
		    FILL_BELOW;
		ita_buf_clear(&b);
		if (ita_buf_printf(&b, o->lang == ITA_LANG_TH ?
		    "%s ผ่าน %s/%s" : "%s, %s/%s passed",
		    ita_get_name(r, "score_mean"), ita_get_name(r, "pass"),
		    ita_get_name(r, "offices")) == -1 ||
		    ita_buf_adds(&b, "") == -1 ||
		    (own[nown++] = rtext_dup(ita_buf_str(&b), 0, o)) == NULL)
			goto out;
		v[i].text = own[nown - 1];
	}
	rc = rdoc_add_bars(d, o->lang == ITA_LANG_TH ? "คะแนนเฉลี่ยของหน่วยงาน" :
	    "Mean score of the offices", o->lang == ITA_LANG_TH ? "แผนภูมิแท่ง"
	    "แนวนอน คะแนนเฉลี่ย 0 ถึง 100 ของแต่ละกลุ่ม เส้นประคือเกณฑ์ผ่าน "
	    "คะแนนและจำนวนที่ผ่านอยู่ขวาของแท่ง ตารางด้านล่างมีค่าเดียวกัน" :
	    "Horizontal bars, the mean score from 0 to 100 of each group; the "
	    "dashed line is the pass mark; the mean and how many passed right "
	    "of the bars; the table below holds the same figures", v, rows->n,
	    100, y, o->lang);
out:
	ita_strv_free(own, nown);
	free(v);
	ita_buf_free(&b);
	return rc;
}

/* --chart all: the newest group's offices per level and tool means. */
static int
detail_charts(struct rdoc *d, const struct rreport *rows,
    const struct ita_years *years, const struct ropts *o)
{
	const struct ita_record *r = rows->recs[rows->n - 1];
	const struct ita_header *h = r->hdr;
	const struct ita_year *y = years != NULL ?
	    ita_years_get(years, fy_of(r)) : NULL;
	struct rbar v[64];
	char *own[64];
	size_t k, n = 0, nown = 0;
	double max = 1;
	int rc = -1;

	for (k = nkeys(h); k < h->ncols && n < 64; k++) {
		if (rstats_level_of(h->names[k]) == NULL || !*r->vals[k])
			continue;
		v[n].label = rstats_level_of(h->names[k]);
		v[n].value = num(r->vals[k]);
		v[n].fill = rsvg_level_fill(y, v[n].label);
		if ((own[nown++] = rtext_dup(r->vals[k], 0, o)) == NULL)
			goto out;
		v[n].text = own[nown - 1];
		if (v[n].value > max)
			max = v[n].value;
		n++;
	}
	if (n > 0 && rdoc_add_bars(d, o->lang == ITA_LANG_TH ?
	    "จำนวนหน่วยงานในแต่ละระดับ" : "Offices per level", o->lang ==
	    ITA_LANG_TH ? "แผนภูมิแท่งแนวนอน จำนวนหน่วยงานในแต่ละระดับของกลุ่มล่าสุด "
	    "ตัวเลขอยู่ขวาของแท่ง" : "Horizontal bars, the number of offices at "
	    "each level in the last group, the count right of the bars", v, n,
	    max, NULL, o->lang) == -1)
		goto out;
	for (k = n = 0; tool_cols[k] != NULL; k++) {
		if (!*ita_get_name(r, tool_cols[k]))
			continue;
		v[n].label = tool_names[k];
		v[n].value = num(ita_get_name(r, tool_cols[k]));
		v[n].fill = "#6f8fb8";
		if ((own[nown++] = rtext_dup(ita_get_name(r, tool_cols[k]), 0,
		    o)) == NULL)
			goto out;
		v[n].text = own[nown - 1];
		n++;
	}
	rc = n > 0 ? rdoc_add_bars(d, o->lang == ITA_LANG_TH ?
	    "คะแนนเฉลี่ยรายเครื่องมือ" : "Mean score of each tool", o->lang ==
	    ITA_LANG_TH ? "แผนภูมิแท่งแนวนอน คะแนนเฉลี่ย 0 ถึง 100 ของแต่ละเครื่องมือ"
	    "ในกลุ่มล่าสุด ตัวเลขอยู่ขวาของแท่ง" : "Horizontal bars, the mean "
	    "score from 0 to 100 of each tool in the last group, the value "
	    "right of the bars", v, n, 100, NULL, o->lang) : 0;
out:
	for (k = 0; k < nown; k++)
		free(own[k]);
	return rc;
}

/* The tables of the summary; 0 or -1 on ENOMEM. */
static int
stats_tables(struct rdoc *d, const struct rreport *rows,
    const struct ropts *o)
{
	const struct ita_header *h = rows->recs[0]->hdr;
	const char *cols[96], *lv[64];
	size_t n, k, nl = 0;

	if ((d->tables = calloc(4, sizeof(*d->tables))) == NULL)
		return -1;
	n = pick(rows, score_cols, cols, 96);
	d->ntables = 1;
	if (make_table(&d->tables[0], o->lang == ITA_LANG_TH ?
	    "ผลการประเมินของหน่วยงาน" : "Results of the offices", rows, cols, n,
	    o, 0) == -1)
		return -1;
	if (o->chart != RCHART_NONE && (o->fmt == RFMT_MD ||
	    o->fmt == RFMT_TXT) && add_bars(&d->tables[0], rows, o) == -1)
		return -1;
	if ((n = pick(rows, tool_cols, cols, 96)) > nkeys(h)) {
		if (make_table(&d->tables[d->ntables++],
		    o->lang == ITA_LANG_TH ? "คะแนนเฉลี่ยรายเครื่องมือ" :
		    "Mean score of each tool", rows, cols, n, o, 0) == -1)
			return -1;
	}
	for (k = nkeys(h); k < h->ncols && nl < 63; k++)
		if (rstats_level_of(h->names[k]) != NULL)
			lv[nl++] = h->names[k];
	lv[nl] = NULL;
	if (nl > 0 && (n = pick(rows, lv, cols, 96)) > nkeys(h) &&
	    make_table(&d->tables[d->ntables++], o->lang == ITA_LANG_TH ?
	    "จำนวนหน่วยงานในแต่ละระดับ" : "Offices per level", rows, cols, n,
	    o, 1) == -1)
		return -1;
	return 0;
}

int
rstats_build(struct rdoc *d, const struct rreport *rows,
    const struct ita_years *years, const struct ropts *o)
{
	memset(d, 0, sizeof(*d));
	d->no_sign = 1;
	if (rows->n == 0)
		return 0;
	if ((d->title = rtext_dup(o->title != NULL ? o->title :
	    o->lang == ITA_LANG_TH ? "สรุปผลการประเมินคุณธรรมและความโปร่งใส (ITA)" :
	    "Summary of the ITA results", 0, o)) == NULL ||
	    pass_lines(d, rows, years, o) == -1 ||
	    stats_tables(d, rows, o) == -1)
		goto fail;
	if ((o->fmt == RFMT_HTML || o->fmt == RFMT_FODT) &&
	    o->chart != RCHART_NONE && (mean_chart(d, rows, years, o) == -1 ||
	    (o->chart == RCHART_ALL && detail_charts(d, rows, years, o) == -1)))
		goto fail;
	/* A summary is short: portrait. */
	if (rdoc_fit_tables(d, 0, o) == -1)
		goto fail;
	return 0;
fail:
	rdoc_free(d);
	return -1;
}

/*
 * Inline SVG charts of a summary (html), written with libxml2's
 * xmlTextWriter so that the markup is well-formed whatever the office
 * names hold.  Text inherits the page's font (Thai labels as the report);
 * every bar carries its value and level in words, so the chart reads in
 * black and white.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <stdio.h>
#include <string.h>

#include <libxml/xmlwriter.h>

#include "render.h"
#include "summary.h"
#include "yeardata.h"

#define LABEL_W	250	/* office names, right-aligned before the bars */
#define BAR_W	330	/* the width of 100 points, or of the most offices */
#define ROW_H	26
#define TOP	30
#define CHART_W	(LABEL_W + BAR_W + 140)

/* Fills by the level's rank in the year (best first), else grey. */
static const char *const fills[] = {
	"#1a6b3a", "#3f9b5b", "#8cc98f", "#f0b45a", "#d8572a", "#a11d2b"
};

static const char *
level_fill(const struct ita_year *y, const char *level)
{
	size_t i;

	if (y != NULL)
		for (i = 0; i < y->nlevels; i++)
			if (!strcmp(y->levels[i].name, level))
				return fills[i < 6 ? i : 5];
	return "#9a9a9a";
}

#define W(call) do { if ((call) < 0) goto fail; } while (0)

static int
attr_num(xmlTextWriterPtr w, const char *name, double v)
{
	return xmlTextWriterWriteFormatAttribute(w, BAD_CAST name, "%.1f", v);
}

static int
text_at(xmlTextWriterPtr w, double x, double y, const char *anchor,
    const char *s)
{
	if (xmlTextWriterStartElement(w, BAD_CAST "text") < 0 ||
	    attr_num(w, "x", x) < 0 || attr_num(w, "y", y) < 0 ||
	    xmlTextWriterWriteAttribute(w, BAD_CAST "text-anchor",
	    BAD_CAST anchor) < 0 ||
	    xmlTextWriterWriteString(w, BAD_CAST s) < 0 ||
	    xmlTextWriterEndElement(w) < 0)
		return -1;
	return 0;
}

static int
bar(xmlTextWriterPtr w, double y, double len, const char *fill)
{
	if (xmlTextWriterStartElement(w, BAD_CAST "rect") < 0 ||
	    attr_num(w, "x", LABEL_W) < 0 || attr_num(w, "y", y) < 0 ||
	    attr_num(w, "width", len) < 0 ||
	    attr_num(w, "height", ROW_H - 8) < 0 ||
	    xmlTextWriterWriteAttribute(w, BAD_CAST "fill", BAD_CAST fill) < 0 ||
	    xmlTextWriterWriteAttribute(w, BAD_CAST "stroke",
	    BAD_CAST "#000") < 0 ||
	    xmlTextWriterEndElement(w) < 0)
		return -1;
	return 0;
}

static int
line(xmlTextWriterPtr w, double x1, double y1, double x2, double y2,
    const char *dash)
{
	if (xmlTextWriterStartElement(w, BAD_CAST "line") < 0 ||
	    attr_num(w, "x1", x1) < 0 || attr_num(w, "y1", y1) < 0 ||
	    attr_num(w, "x2", x2) < 0 || attr_num(w, "y2", y2) < 0 ||
	    xmlTextWriterWriteAttribute(w, BAD_CAST "stroke", BAD_CAST "#000")
	    < 0 || (dash != NULL && xmlTextWriterWriteAttribute(w,
	    BAD_CAST "stroke-dasharray", BAD_CAST dash) < 0) ||
	    xmlTextWriterEndElement(w) < 0)
		return -1;
	return 0;
}

static int
start_svg(xmlTextWriterPtr w, size_t nbars, const char *title,
    const char *desc)
{
	double h = TOP + nbars * ROW_H + 30;

	if (xmlTextWriterStartElement(w, BAD_CAST "svg") < 0 ||
	    xmlTextWriterWriteAttribute(w, BAD_CAST "xmlns",
	    BAD_CAST "http://www.w3.org/2000/svg") < 0 ||
	    xmlTextWriterWriteAttribute(w, BAD_CAST "class", BAD_CAST "chart")
	    < 0 || xmlTextWriterWriteAttribute(w, BAD_CAST "role",
	    BAD_CAST "img") < 0 ||
	    xmlTextWriterWriteFormatAttribute(w, BAD_CAST "viewBox",
	    "0 0 %d %.0f", CHART_W, h) < 0 ||
	    xmlTextWriterWriteAttribute(w, BAD_CAST "font-size", BAD_CAST "13")
	    < 0 ||
	    xmlTextWriterWriteElement(w, BAD_CAST "title", BAD_CAST title) < 0 ||
	    xmlTextWriterWriteElement(w, BAD_CAST "desc", BAD_CAST desc) < 0)
		return -1;
	return 0;
}

/* The scale from zero: ticks under the bars. */
static int
scale(xmlTextWriterPtr w, size_t nbars, int max, int step)
{
	double y = TOP + nbars * ROW_H;
	char num[32];
	int v;

	if (line(w, LABEL_W, TOP - 4, LABEL_W, y, NULL) < 0 ||
	    line(w, LABEL_W, y, LABEL_W + BAR_W, y, NULL) < 0)
		return -1;
	for (v = 0; v <= max; v += step) {
		snprintf(num, sizeof(num), "%d", v);
		if (line(w, LABEL_W + (double)v * BAR_W / max, y,
		    LABEL_W + (double)v * BAR_W / max, y + 4, NULL) < 0 ||
		    text_at(w, LABEL_W + (double)v * BAR_W / max, y + 18,
		    "middle", num) < 0)
			return -1;
	}
	return 0;
}

/* Scores of the newest year's offices, the pass mark as a dashed line. */
static int
score_chart(xmlTextWriterPtr w, const struct rsummary *s, size_t n,
    const struct ita_year *y, const struct ropts *o)
{
	char title[256], desc[512], label[256];
	double pass = y != NULL ? y->pass_mark : -1, top;
	size_t i;

	snprintf(title, sizeof(title), o->lang == RLANG_TH ?
	    "คะแนนของหน่วยงาน ปีงบประมาณ %d" : "Scores of the offices, "
	    "fiscal year %d", s->rows[0].fy);
	snprintf(desc, sizeof(desc), o->lang == RLANG_TH ?
	    "แผนภูมิแท่งแนวนอน คะแนน 0 ถึง 100 ของ %zu หน่วยงาน "
	    "เส้นประคือเกณฑ์ผ่าน ตัวเลขและระดับอยู่ท้ายแท่ง ตารางด้านล่างมีค่าเดียวกัน" :
	    "Horizontal bars, scores from 0 to 100 of %zu offices; the "
	    "dashed line is the pass mark; value and level at each bar's end; "
	    "the table below holds the same figures", n);
	if (start_svg(w, n, title, desc) < 0)
		return -1;
	for (i = 0; i < n; i++) {
		const struct rsum_row *r = &s->rows[i];
		top = TOP + i * ROW_H;
		snprintf(label, sizeof(label), "%.2f %s", r->score, r->level);
		if (text_at(w, LABEL_W - 6, top + ROW_H / 2 + 1, "end",
		    r->office) < 0 ||
		    bar(w, top + 2, (r->score < 0 ? 0 : r->score > 100 ? 100 :
		    r->score) * BAR_W / 100, level_fill(y, r->level)) < 0 ||
		    text_at(w, LABEL_W + (r->score > 100 ? 100 : r->score < 0 ?
		    0 : r->score) * BAR_W / 100 + 4, top + ROW_H / 2 + 1,
		    "start", label) < 0)
			return -1;
	}
	if (scale(w, n, 100, 20) < 0)
		return -1;
	if (pass >= 0 && pass <= 100) {
		snprintf(label, sizeof(label), o->lang == RLANG_TH ?
		    "เกณฑ์ผ่าน %.0f" : "pass mark %.0f", pass);
		if (line(w, LABEL_W + pass * BAR_W / 100, TOP - 8,
		    LABEL_W + pass * BAR_W / 100, TOP + n * ROW_H, "6 3") < 0 ||
		    text_at(w, LABEL_W + pass * BAR_W / 100, TOP - 12, "middle",
		    label) < 0)
			return -1;
	}
	return xmlTextWriterEndElement(w) < 0 ? -1 : 0;
}

/* How many of the newest year's offices are at each of its levels. */
static int
level_chart(xmlTextWriterPtr w, const struct rsummary *s, size_t n,
    const struct ita_year *y, const struct ropts *o)
{
	char title[256], desc[512], label[64];
	size_t i, j, count, max = 1;
	double top;

	if (y == NULL || y->nlevels == 0)
		return 0;
	for (j = 0; j < y->nlevels; j++) {
		for (i = count = 0; i < n; i++)
			count += !strcmp(s->rows[i].level, y->levels[j].name);
		if (count > max)
			max = count;
	}
	snprintf(title, sizeof(title), o->lang == RLANG_TH ?
	    "จำนวนหน่วยงานในแต่ละระดับ ปีงบประมาณ %d" : "Offices per level, "
	    "fiscal year %d", y->fy);
	snprintf(desc, sizeof(desc), o->lang == RLANG_TH ?
	    "แผนภูมิแท่งแนวนอน จำนวนหน่วยงานในแต่ละระดับ ตัวเลขอยู่ท้ายแท่ง" :
	    "Horizontal bars, the number of offices at each level, the count "
	    "at each bar's end");
	if (start_svg(w, y->nlevels, title, desc) < 0)
		return -1;
	for (j = 0; j < y->nlevels; j++) {
		for (i = count = 0; i < n; i++)
			count += !strcmp(s->rows[i].level, y->levels[j].name);
		top = TOP + j * ROW_H;
		snprintf(label, sizeof(label), "%zu", count);
		if (text_at(w, LABEL_W - 6, top + ROW_H / 2 + 1, "end",
		    y->levels[j].name) < 0 ||
		    bar(w, top + 2, (double)count * BAR_W / max,
		    level_fill(y, y->levels[j].name)) < 0 ||
		    text_at(w, LABEL_W + (double)count * BAR_W / max + 4,
		    top + ROW_H / 2 + 1, "start", label) < 0)
			return -1;
	}
	if (scale(w, y->nlevels, (int)max, max > 10 ? (int)(max + 4) / 5 : 1)
	    < 0)
		return -1;
	return xmlTextWriterEndElement(w) < 0 ? -1 : 0;
}

/*
 * The charts of a summary sorted newest year first: its first year's
 * offices.  Appends the markup to out; 0, or -1 on ENOMEM.
 */
int
rsvg_charts(struct ita_buf *out, const struct rsummary *s,
    const struct ita_years *years, const struct ropts *o)
{
	xmlBufferPtr xb;
	xmlTextWriterPtr w = NULL;
	const struct ita_year *y;
	size_t n;
	int rc = -1;

	if (s->n == 0 || o->chart == RCHART_NONE)
		return 0;
	for (n = 0; n < s->n && s->rows[n].fy == s->rows[0].fy; n++)
		;
	y = years != NULL ? ita_years_get(years, s->rows[0].fy) : NULL;
	if ((xb = xmlBufferCreate()) == NULL)
		return -1;
	if ((w = xmlNewTextWriterMemory(xb, 0)) == NULL)
		goto fail;
	W(xmlTextWriterStartElement(w, BAD_CAST "figure"));
	W(xmlTextWriterWriteAttribute(w, BAD_CAST "class", BAD_CAST "charts"));
	W(score_chart(w, s, n, y, o));
	if (o->chart == RCHART_ALL)
		W(level_chart(w, s, n, y, o));
	W(xmlTextWriterEndElement(w));
	W(xmlTextWriterFlush(w));
	xmlFreeTextWriter(w);
	w = NULL;
	rc = ita_buf_add(out, (const char *)xmlBufferContent(xb),
	    (size_t)xmlBufferLength(xb)) == -1 ? -1 : 0;
	rc |= ita_buf_adds(out, "\n");
fail:
	if (w != NULL)
		xmlFreeTextWriter(w);
	xmlBufferFree(xb);
	return rc ? -1 : 0;
}

/*
 * SVG bar charts of a summary (html inline, fodt as embedded images),
 * written with libxml2's xmlTextWriter so that the markup is well-formed
 * whatever the labels hold.  Text names the report's font (an image does
 * not inherit the page's); every bar carries its value, and its level in
 * words where it has one, in a column right of the scale, so the chart
 * reads in black and white and no line crosses a label.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/xmlwriter.h>

#include "render.h"
#include "width.h"
#include "summary.h"
#include "yeardata.h"

#define LABEL_W	260	/* bar labels, right-aligned before the bars */
#define BAR_W	300	/* the width of the scale's maximum */
#define TEXT_W	160	/* values right of the scale */
#define LABEL_COLS 24	/* display columns of a label that fit LABEL_W */
#define ROW_H	28
#define TOP	34
#define CHART_W	(LABEL_W + BAR_W + TEXT_W)
#define FONT	"TH Sarabun New, TH SarabunPSK, Sarabun, Laksaman, Loma, " \
		"sans-serif"

/* Fills by the level's rank in the year (best first), else grey. */
static const char *const fills[] = {
	"#1a6b3a", "#3f9b5b", "#8cc98f", "#f0b45a", "#d8572a", "#a11d2b"
};

const char *
rsvg_level_fill(const struct ita_year *y, const char *level)
{
	size_t i;

	if (y != NULL && level != NULL)
		for (i = 0; i < y->nlevels; i++)
			if (!strcmp(y->levels[i].name, level))
				return fills[i < 6 ? i : 5];
	return "#9a9a9a";
}

static int
svg_num(xmlTextWriterPtr w, const char *name, double v)
{
	return xmlTextWriterWriteFormatAttribute(w, BAD_CAST name, "%.1f", v);
}

static int
text_at(xmlTextWriterPtr w, double x, double y, const char *anchor,
    const char *s)
{
	if (xmlTextWriterStartElement(w, BAD_CAST "text") < 0 ||
	    svg_num(w, "x", x) < 0 || svg_num(w, "y", y) < 0 ||
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
	    svg_num(w, "x", LABEL_W) < 0 || svg_num(w, "y", y) < 0 ||
	    svg_num(w, "width", len) < 0 ||
	    svg_num(w, "height", ROW_H - 8) < 0 ||
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
	    svg_num(w, "x1", x1) < 0 || svg_num(w, "y1", y1) < 0 ||
	    svg_num(w, "x2", x2) < 0 || svg_num(w, "y2", y2) < 0 ||
	    xmlTextWriterWriteAttribute(w, BAD_CAST "stroke", BAD_CAST "#000")
	    < 0 || (dash != NULL && xmlTextWriterWriteAttribute(w,
	    BAD_CAST "stroke-dasharray", BAD_CAST dash) < 0) ||
	    xmlTextWriterEndElement(w) < 0)
		return -1;
	return 0;
}

static double
rsvg_height(size_t nbars)
{
	return TOP + (double)nbars * ROW_H + 30;
}

static int
start_svg(xmlTextWriterPtr w, const struct rchart_spec *c)
{
	if (xmlTextWriterStartElement(w, BAD_CAST "svg") < 0 ||
	    xmlTextWriterWriteAttribute(w, BAD_CAST "xmlns",
	    BAD_CAST "http://www.w3.org/2000/svg") < 0 ||
	    xmlTextWriterWriteAttribute(w, BAD_CAST "class", BAD_CAST "chart")
	    < 0 || xmlTextWriterWriteAttribute(w, BAD_CAST "role",
	    BAD_CAST "img") < 0 ||
	    xmlTextWriterWriteFormatAttribute(w, BAD_CAST "width", "%d",
	    CHART_W) < 0 ||
	    xmlTextWriterWriteFormatAttribute(w, BAD_CAST "height", "%.0f",
	    rsvg_height(c->n)) < 0 ||
	    xmlTextWriterWriteFormatAttribute(w, BAD_CAST "viewBox",
	    "0 0 %d %.0f", CHART_W, rsvg_height(c->n)) < 0 ||
	    xmlTextWriterWriteAttribute(w, BAD_CAST "font-family",
	    BAD_CAST FONT) < 0 ||
	    xmlTextWriterWriteAttribute(w, BAD_CAST "font-size", BAD_CAST "18")
	    < 0 ||
	    xmlTextWriterWriteElement(w, BAD_CAST "title", BAD_CAST c->title)
	    < 0 ||
	    xmlTextWriterWriteElement(w, BAD_CAST "desc", BAD_CAST c->desc) < 0)
		return -1;
	return 0;
}

/* The scale from zero: ticks under the bars. */
static int
scale(xmlTextWriterPtr w, size_t nbars, double max, double step)
{
	double y = TOP + (double)nbars * ROW_H, v, x;
	char num[32];

	if (line(w, LABEL_W, TOP - 4, LABEL_W, y, NULL) < 0 ||
	    line(w, LABEL_W, y, LABEL_W + BAR_W, y, NULL) < 0)
		return -1;
	for (v = 0; v <= max + 1e-9; v += step) {
		x = LABEL_W + v * BAR_W / max;
		snprintf(num, sizeof(num), "%.0f", v);
		if (line(w, x, y, x, y + 4, NULL) < 0 ||
		    text_at(w, x, y + 20, "middle", num) < 0)
			return -1;
	}
	return 0;
}

static double
clamp(double v, double max)
{
	return v < 0 ? 0 : v > max ? max : v;
}

/* A label cut to LABEL_COLS display columns, with an ellipsis. */
static int
label_at(xmlTextWriterPtr w, double y, const char *s)
{
	char buf[LABEL_COLS * 4 * 3 + 8];
	size_t n = strlen(s), cut;

	if (ita_width(s, n) <= LABEL_COLS)
		return text_at(w, LABEL_W - 6, y, "end", s);
	cut = ita_cut_width(s, n, LABEL_COLS - 1);
	if (cut > sizeof(buf) - 4)
		cut = 0;
	memcpy(buf, s, cut);
	memcpy(buf + cut, "\xe2\x80\xa6", 4);	/* … */
	return text_at(w, LABEL_W - 6, y, "end", buf);
}

static int
bars(xmlTextWriterPtr w, const struct rchart_spec *c)
{
	const struct rbar *b;
	double top, mx;
	size_t i;

	for (i = 0; i < c->n; i++) {
		b = &c->bars[i];
		top = TOP + (double)i * ROW_H;
		if (label_at(w, top + ROW_H / 2 + 2, b->label) < 0 ||
		    bar(w, top + 4, clamp(b->value, c->max) * BAR_W / c->max,
		    b->fill) < 0 ||
		    text_at(w, LABEL_W + BAR_W + 8, top + ROW_H / 2 + 2, "start",
		    b->text) < 0)
			return -1;
	}
	if (scale(w, c->n, c->max, c->step) < 0)
		return -1;
	if (c->mark_label == NULL || c->mark < 0 || c->mark > c->max)
		return 0;
	/* The mark's label above the bars, where no bar text is. */
	mx = LABEL_W + c->mark * BAR_W / c->max;
	if (line(w, mx, TOP - 8, mx, TOP + (double)c->n * ROW_H, "6 3") < 0 ||
	    text_at(w, mx, TOP - 14, "middle", c->mark_label) < 0)
		return -1;
	return 0;
}

/* One horizontal bar chart as an <svg> element; 0 or -1 on ENOMEM. */
static int
rsvg_chart(struct ita_buf *out, const struct rchart_spec *c)
{
	xmlBufferPtr xb;
	xmlTextWriterPtr w = NULL;
	int rc = -1;

	if ((xb = xmlBufferCreate()) == NULL)
		return -1;
	if ((w = xmlNewTextWriterMemory(xb, 0)) == NULL)
		goto fail;
	if (start_svg(w, c) < 0 || bars(w, c) < 0 ||
	    xmlTextWriterEndElement(w) < 0 || xmlTextWriterFlush(w) < 0)
		goto fail;
	xmlFreeTextWriter(w);
	w = NULL;
	rc = ita_buf_add(out, (const char *)xmlBufferContent(xb),
	    (size_t)xmlBufferLength(xb));
fail:
	if (w != NULL)
		xmlFreeTextWriter(w);
	xmlBufferFree(xb);
	return rc ? -1 : 0;
}

/* Appends a chart to the document's list; 0 or -1 on ENOMEM. */
static int
rdoc_add_chart(struct rdoc *d, const struct rchart_spec *c)
{
	struct ita_buf b = ITA_BUF_INIT;
	struct rfigure *nv;

	if ((nv = realloc(d->charts, (d->ncharts + 1) * sizeof(*nv))) == NULL)
		return -1;
	d->charts = nv;
	if (rsvg_chart(&b, c) == -1 || ita_buf_adds(&b, "") == -1) {
		ita_buf_free(&b);
		return -1;
	}
	d->charts[d->ncharts].svg = ita_buf_take(&b);
	d->charts[d->ncharts].title = strdup(c->title);
	d->charts[d->ncharts].height = rsvg_height(c->n);
	d->charts[d->ncharts].width = CHART_W;
	if (d->charts[d->ncharts].title == NULL) {
		free(d->charts[d->ncharts].svg);
		return -1;
	}
	d->ncharts++;
	return 0;
}

int
rdoc_add_bars(struct rdoc *d, const char *title, const char *desc,
    const struct rbar *bars, size_t n, double max, const struct ita_year *y,
    enum ita_lang lang)
{
	char mark[64];

	snprintf(mark, sizeof(mark), lang == ITA_LANG_TH ? "เกณฑ์ผ่าน %.0f" :
	    "pass mark %.0f", y != NULL ? y->pass_mark : 0);
	return rdoc_add_chart(d, &(struct rchart_spec){ .title = title,
	    .desc = desc, .bars = bars, .n = n, .max = max,
	    .step = max > 10 ? (double)(((long)max + 4) / 5) : 1,
	    .mark = y != NULL ? y->pass_mark : -1,
	    .mark_label = y != NULL ? mark : NULL });
}

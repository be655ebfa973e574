/*
 * HTML body of one report: every text goes through resc_xml, so the page
 * is also well-formed XML; the frame (CSS for A4 print) is the template.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <string.h>

#include "render.h"

static const char *const style_class[] = { "text", "title", "num", "status" };

/* The n bytes at s, escaped. */
static int
esc_n(struct ita_buf *b, struct ita_buf *one, const char *s, size_t n)
{
	ita_buf_clear(one);
	if (ita_buf_add(one, s, n) == -1 || ita_buf_adds(one, "") == -1)
		return -1;
	return resc_xml(b, ita_buf_str(one));
}

/* A line of n bytes, escaped, its dates in nowrap spans (glue.c). */
static int
put_glued(struct ita_buf *b, struct ita_buf *one, const char *s, size_t n)
{
	size_t at = 0, a, c;
	int rc = 0;

	while (at < n && rglue_next(s + at, n - at, &a, &c)) {
		a += at;
		c += at;
		rc |= esc_n(b, one, s + at, a - at);
		if (ita_width(s + a, c - a) <= RGLUE_MAX) {
			rc |= ita_buf_adds(b, "<span class=\"nobr\">");
			rc |= esc_n(b, one, s + a, c - a);
			rc |= ita_buf_adds(b, "</span>");
		} else
			rc |= esc_n(b, one, s + a, c - a);
		at = c;
	}
	rc |= esc_n(b, one, s + at, n - at);
	return rc ? -1 : 0;
}

/* Escaped text with line breaks as <br/>. */
static int
put_lines(struct ita_buf *b, const char *s)
{
	const char *nl;
	struct ita_buf one = ITA_BUF_INIT;
	int rc = 0;

	for (;;) {
		nl = strchr(s, '\n');
		rc |= put_glued(b, &one, s, nl ? (size_t)(nl - s) : strlen(s));
		if (nl == NULL)
			break;
		rc |= ita_buf_adds(b, "<br/>");
		s = nl + 1;
	}
	ita_buf_free(&one);
	return rc ? -1 : 0;
}

/*
 * The detail rows of row i: each long text under the row, across the
 * table, after its column's heading; a row followed by another of the
 * same record has the class more (a dotted line between them).
 */
static int
put_details(struct ita_buf *b, const struct rtable *t, size_t i, size_t span)
{
	const char *s;
	size_t k, next;
	int rc = 0;

	for (k = rtable_detail_next(t, i, 0); k < t->ncols; k = next) {
		next = rtable_detail_next(t, i, k + 1);
		s = t->cells[i * t->ncols + k];
		rc |= ita_buf_printf(b, "<tr class=\"%s\"><td class=\"detail\""
		    " colspan=\"%zu\"><span class=\"label\">",
		    next == t->ncols ? "detail" : "detail more", span);
		rc |= resc_xml(b, t->heads[k]);
		rc |= ita_buf_adds(b, "</span> ");
		rc |= put_lines(b, s);
		rc |= ita_buf_adds(b, "</td></tr>\n");
	}
	return rc ? -1 : 0;
}

static int
put_table(struct ita_buf *b, const struct rtable *t)
{
	size_t i, k, span = rtable_main_cols(t);
	int rc = 0, shares = 0, more;

	rc |= ita_buf_adds(b, "<h2>");
	rc |= resc_xml(b, t->caption);
	rc |= ita_buf_adds(b, span < t->ncols ?
	    "</h2>\n<table class=\"details\">\n" : "</h2>\n<table>\n");
	/* Widths from content (colwidth.c); the CSS lays the table out fixed. */
	for (k = 0; t->share != NULL && k < t->ncols; k++)
		shares |= t->share[k] > 0;
	if (shares) {
		rc |= ita_buf_adds(b, "<colgroup>");
		for (k = 0; k < t->ncols; k++)
			if (!RTABLE_DETAIL(t, k))
				rc |= ita_buf_printf(b, "<col style=\"width: "
				    "%u.%u%%\"/>", t->share[k] / 10,
				    t->share[k] % 10);
		rc |= ita_buf_adds(b, "</colgroup>\n");
	}
	rc |= ita_buf_adds(b, "<thead>\n<tr>");
	for (k = 0; k < t->ncols; k++) {
		if (RTABLE_DETAIL(t, k))
			continue;
		rc |= ita_buf_printf(b, "<th class=\"%s\">",
		    style_class[t->styles[k]]);
		rc |= put_lines(b, t->heads[k]);
		rc |= ita_buf_adds(b, "</th>");
	}
	rc |= ita_buf_adds(b, "</tr>\n</thead>\n<tbody>\n");
	for (i = 0; i < t->nrows; i++) {
		more = span < t->ncols &&
		    rtable_detail_next(t, i, 0) < t->ncols;
		rc |= ita_buf_adds(b, t->level[i] ? (more ?
		    "<tr class=\"activity more\">" :
		    "<tr class=\"activity\">") :
		    more ? "<tr class=\"more\">" : "<tr>");
		for (k = 0; k < t->ncols; k++) {
			if (RTABLE_DETAIL(t, k))
				continue;
			rc |= ita_buf_printf(b, "<td class=\"%s\">",
			    style_class[t->styles[k]]);
			rc |= put_lines(b, t->cells[i * t->ncols + k]);
			rc |= ita_buf_adds(b, "</td>");
		}
		rc |= ita_buf_adds(b, "</tr>\n");
		if (more)
			rc |= put_details(b, t, i, span);
	}
	rc |= ita_buf_adds(b, "</tbody>\n</table>\n");
	return rc ? -1 : 0;
}

static int
put_signatures(struct ita_buf *b, const struct rdoc *d, const struct ropts *o)
{
	int i, rc = 0;

	rc |= ita_buf_adds(b, "<div class=\"signatures\">\n");
	for (i = 0; i < 3; i++) {
		rc |= ita_buf_adds(b, "<div class=\"signature\">\n");
		rc |= ita_buf_printf(b, "<p class=\"sign-line\">%s "
		    RSIGN_BLANK "</p>\n", rsign_word(o->lang));
		rc |= ita_buf_adds(b, "<p class=\"sign-name\">(");
		if (d->sign[i].name != NULL)
			rc |= resc_xml(b, d->sign[i].name);
		else
			rc |= ita_buf_adds(b, RSIGN_NAME_BLANK);
		rc |= ita_buf_adds(b, ")</p>\n");
		if (d->sign[i].position != NULL) {
			rc |= ita_buf_adds(b, "<p class=\"sign-position\">");
			rc |= resc_xml(b, d->sign[i].position);
			rc |= ita_buf_adds(b, "</p>\n");
		}
		rc |= ita_buf_adds(b, "<p class=\"sign-role\">");
		rc |= resc_xml(b, rsign_label(i, o->lang));
		rc |= ita_buf_adds(b, "</p>\n</div>\n");
	}
	rc |= ita_buf_adds(b, "</div>\n");
	return rc ? -1 : 0;
}

int
render_html(struct ita_buf *b, const struct rdoc *d, const struct ropts *o,
    int seq)
{
	size_t i;
	int rc = 0;

	(void)seq;	/* the CSS breaks the page before every report but one */
	rc |= ita_buf_adds(b, "<section class=\"report\">\n<h1>");
	rc |= put_lines(b, d->title);
	rc |= ita_buf_adds(b, "</h1>\n");
	for (i = 0; i < d->nlines; i++) {
		rc |= ita_buf_adds(b, "<p class=\"heading\">");
		rc |= put_lines(b, d->lines[i]);
		rc |= ita_buf_adds(b, "</p>\n");
	}
	if (d->ncharts > 0) {
		rc |= ita_buf_adds(b, "<figure class=\"charts\">");
		for (i = 0; i < d->ncharts; i++)
			rc |= ita_buf_adds(b, d->charts[i].svg);
		rc |= ita_buf_adds(b, "</figure>\n");
	}
	/*
	 * A table too wide for portrait prints on landscape pages (a named
	 * page of the CSS), the signatures with the last table.
	 */
	for (i = 0; i < d->ntables; i++) {
		if (d->tables[i].landscape)
			rc |= ita_buf_adds(b, "<div class=\"landscape\">\n");
		rc |= put_table(b, &d->tables[i]);
		if (i + 1 == d->ntables && !d->no_sign)
			rc |= put_signatures(b, d, o);
		if (d->tables[i].landscape)
			rc |= ita_buf_adds(b, "</div>\n");
	}
	if (d->ntables == 0 && !d->no_sign)
		rc |= put_signatures(b, d, o);
	rc |= ita_buf_adds(b, "</section>\n");
	return rc ? -1 : 0;
}

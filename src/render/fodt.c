/*
 * OpenDocument flat XML (.fodt) body of one report, for offices that
 * finish the document in a word processor.  The styles it names (Title*,
 * Heading, Caption, TH, TD, TDNum, Digits, Table, Row, Cell, Col*,
 * Sign*) are defined by the frame, share/ita/templates/report.fodt, with
 * the column widths: ODF has no automatic table layout, so each column
 * gets a width class from what it holds.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <string.h>

#include "render.h"

/*
 * The n bytes at s into one, the spaces of its dates (glue.c) as no-break
 * spaces, which a word processor never breaks at.
 */
static int
add_glued(struct ita_buf *one, const char *s, size_t n)
{
	size_t at = 0, a, c, i;
	int rc = 0;

	while (at < n && rglue_next(s + at, n - at, &a, &c)) {
		a += at;
		c += at;
		rc |= ita_buf_add(one, s + at, a - at);
		for (i = a; i < c; i++)
			if (s[i] == ' ' && ita_width(s + a, c - a) <= RGLUE_MAX)
				rc |= ita_buf_adds(one, "\xc2\xa0");
			else
				rc |= ita_buf_addc(one, s[i]);
		at = c;
	}
	rc |= ita_buf_add(one, s + at, n - at);
	return rc ? -1 : 0;
}

static int
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/*
 * The length of the number at s (digits, and . , : / - between digits:
 * 2568, 9.4, 1,000, 30/09/2568), 0 if s starts none.
 */
static size_t
number_len(const char *s)
{
	size_t n = 0;

	if (!is_digit(s[0]))
		return 0;
	while (is_digit(s[n]) || (strchr(".,:/-", s[n]) != NULL &&
	    s[n] != '\0' && is_digit(s[n + 1])))
		n++;
	return n;
}

/*
 * Escaped text, each number in a span of style Digits: LibreOffice breaks
 * a line inside digits that follow Thai text (ประจำปีงบประมาณ 25 / 68)
 * when their language is Thai, even at word joiners; Digits sets them in
 * English, whose line breaking never splits a number.  Thai digits need
 * no span: LibreOffice keeps them whole.
 */
static int
put_numbers(struct ita_buf *b, const char *s)
{
	struct ita_buf run = ITA_BUF_INIT;
	size_t i, n = 0;
	int rc = 0;

	while (*s != '\0') {
		for (i = 0; s[i] != '\0' && (n = number_len(s + i)) == 0; i++)
			;
		ita_buf_clear(&run);
		rc |= ita_buf_add(&run, s, i);
		rc |= ita_buf_adds(&run, "");
		rc |= resc_xml(b, ita_buf_str(&run));
		if (s[i] == '\0')
			break;
		ita_buf_clear(&run);
		rc |= ita_buf_add(&run, s + i, n);
		rc |= ita_buf_adds(&run, "");
		rc |= ita_buf_adds(b, "<text:span text:style-name=\"Digits\">");
		rc |= resc_xml(b, ita_buf_str(&run));
		rc |= ita_buf_adds(b, "</text:span>");
		s += i + n;
	}
	ita_buf_free(&run);
	return rc ? -1 : 0;
}

/* Escaped text; line feeds and tabs become ODF elements. */
static int
put_text(struct ita_buf *b, const char *s)
{
	struct ita_buf one = ITA_BUF_INIT;
	size_t n;
	int rc = 0;

	while (*s != '\0') {
		n = strcspn(s, "\n\t");
		ita_buf_clear(&one);
		rc |= add_glued(&one, s, n);
		rc |= ita_buf_adds(&one, "");
		rc |= put_numbers(b, ita_buf_str(&one));
		s += n;
		if (*s == '\n')
			rc |= ita_buf_adds(b, "<text:line-break/>");
		else if (*s == '\t')
			rc |= ita_buf_adds(b, "<text:tab/>");
		if (*s != '\0')
			s++;
	}
	ita_buf_free(&one);
	return rc ? -1 : 0;
}

static int
put_para(struct ita_buf *b, const char *style, const char *s)
{
	int rc = 0;

	rc |= ita_buf_printf(b, "<text:p text:style-name=\"%s\">", style);
	rc |= put_text(b, s);
	rc |= ita_buf_adds(b, "</text:p>\n");
	return rc ? -1 : 0;
}

static const char *col_class(const struct rtable *, size_t);

/* A share in per mille as whole percent, rounded up. */
static unsigned
percent_up(unsigned short share)
{
	return (share + 9u) / 10u;
}

/*
 * A column's width: its share of the table in percent (ColP1 to
 * ColP100, from colwidth.c), or a class by what it holds; the frame
 * gives each style a relative width.  Shares are rounded up, the widest
 * column taking what that gives the others: rounded to the nearest, a
 * number column of 6.1 % got 6 % and its 043 wrapped (04 / 3).
 */
static int
put_col_style(struct ita_buf *b, const struct rtable *t, size_t k)
{
	size_t j, big = 0;
	unsigned p, others = 0;

	if (t->share == NULL || t->share[k] == 0)
		return ita_buf_adds(b, col_class(t, k));
	for (j = 0; j < t->ncols; j++)
		if (t->share[j] > t->share[big])
			big = j;
	if (k != big)
		p = percent_up(t->share[k]);
	else {
		for (j = 0; j < t->ncols; j++)
			if (j != big && t->share[j] != 0)
				others += percent_up(t->share[j]);
		p = others < 100 ? 100 - others : 1;
	}
	return ita_buf_printf(b, "ColP%u", p < 1 ? 1 : p > 100 ? 100 : p);
}

static const char *
col_class(const struct rtable *t, size_t k)
{
	switch (t->styles[k]) {
	case RSTYLE_NUM: return "ColNum";
	case RSTYLE_STATUS: return "ColStatus";
	case RSTYLE_TITLE: return "ColTitle";
	default: return t->wide[k] ? "ColWide" : "ColText";
	}
}

/*
 * The detail rows of row i: each long text in a cell spanning the span
 * columns, after its column's heading in bold (style Label); such a row
 * may split across pages (RowSplit).  The cell above a detail row has a
 * dotted bottom border (CellMore), the detail cell a dotted top one
 * (CellDetail, or CellDetailMore when another detail row follows).
 */
static int
put_details(struct ita_buf *b, const struct rtable *t, size_t i, size_t span)
{
	const char *s;
	size_t k, j, next;
	int rc = 0;

	for (k = rtable_detail_next(t, i, 0); k < t->ncols; k = next) {
		next = rtable_detail_next(t, i, k + 1);
		s = t->cells[i * t->ncols + k];
		rc |= ita_buf_printf(b, "<table:table-row table:style-name="
		    "\"RowSplit\">\n<table:table-cell table:style-name=\"%s\" "
		    "table:number-columns-spanned=\"%zu\" "
		    "office:value-type=\"string\"><text:p text:style-name="
		    "\"TD\"><text:span text:style-name=\"Label\">",
		    next == t->ncols ? "CellDetail" : "CellDetailMore", span);
		rc |= put_text(b, t->heads[k]);
		rc |= ita_buf_adds(b, "</text:span> ");
		rc |= put_text(b, s);
		rc |= ita_buf_adds(b, "</text:p></table:table-cell>\n");
		for (j = 1; j < span; j++)
			rc |= ita_buf_adds(b, "<table:covered-table-cell/>\n");
		rc |= ita_buf_adds(b, "</table:table-row>\n");
	}
	return rc ? -1 : 0;
}

/*
 * A table too wide for portrait goes on landscape pages: its caption's
 * style names the Landscape master page, and the next portrait table's
 * the Standard one (each starts a page).  Columns of long text are
 * detail rows (put_details), not columns.
 */
static int
put_table(struct ita_buf *b, const struct rtable *t, int seq, size_t n,
    int was_landscape)
{
	size_t i, k, span = rtable_main_cols(t);
	int rc = 0, more;

	rc |= put_para(b, t->landscape && !was_landscape ? "CaptionLandscape" :
	    !t->landscape && was_landscape ? "CaptionPortrait" : "Caption",
	    t->caption);
	rc |= ita_buf_printf(b, "<table:table table:name=\"R%dT%zu\" "
	    "table:style-name=\"Table\">\n", seq + 1, n + 1);
	for (k = 0; k < t->ncols; k++) {
		if (RTABLE_DETAIL(t, k))
			continue;
		rc |= ita_buf_adds(b, "<table:table-column table:style-name=\"");
		rc |= put_col_style(b, t, k);
		rc |= ita_buf_adds(b, "\"/>\n");
	}
	/* Header rows repeat on every page. */
	rc |= ita_buf_adds(b, "<table:table-header-rows>\n"
	    "<table:table-row table:style-name=\"Row\">\n");
	for (k = 0; k < t->ncols; k++) {
		if (RTABLE_DETAIL(t, k))
			continue;
		rc |= ita_buf_adds(b, "<table:table-cell table:style-name="
		    "\"Cell\" office:value-type=\"string\">");
		rc |= put_para(b, "TH", t->heads[k]);
		rc |= ita_buf_adds(b, "</table:table-cell>\n");
	}
	rc |= ita_buf_adds(b, "</table:table-row>\n</table:table-header-rows>\n");
	/* A row taller than a page may split; others never do. */
	for (i = 0; i < t->nrows; i++) {
		more = span < t->ncols &&
		    rtable_detail_next(t, i, 0) < t->ncols;
		rc |= ita_buf_adds(b, t->tall != NULL && t->tall[i] ?
		    "<table:table-row table:style-name=\"RowSplit\">\n" :
		    "<table:table-row table:style-name=\"Row\">\n");
		for (k = 0; k < t->ncols; k++) {
			if (RTABLE_DETAIL(t, k))
				continue;
			rc |= ita_buf_printf(b, "<table:table-cell "
			    "table:style-name=\"%s\" "
			    "office:value-type=\"string\">",
			    more ? "CellMore" : "Cell");
			rc |= put_para(b, t->styles[k] == RSTYLE_NUM ? "TDNum" :
			    t->styles[k] == RSTYLE_TITLE && t->level[i] ?
			    "TDIndent" : "TD", t->cells[i * t->ncols + k]);
			rc |= ita_buf_adds(b, "</table:table-cell>\n");
		}
		rc |= ita_buf_adds(b, "</table:table-row>\n");
		if (more)
			rc |= put_details(b, t, i, span);
	}
	rc |= ita_buf_adds(b, "</table:table>\n");
	return rc ? -1 : 0;
}

/* Base64 of n bytes (RFC 4648), lines of 76 characters. */
static int
put_base64(struct ita_buf *b, const unsigned char *s, size_t n)
{
	static const char a[] =
	    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	char q[4];
	size_t i;
	unsigned v;
	int rc = 0;

	for (i = 0; i < n; i += 3) {
		v = (unsigned)s[i] << 16;
		if (i + 1 < n)
			v |= (unsigned)s[i + 1] << 8;
		if (i + 2 < n)
			v |= s[i + 2];
		q[0] = a[v >> 18 & 63];
		q[1] = a[v >> 12 & 63];
		q[2] = i + 1 < n ? a[v >> 6 & 63] : '=';
		q[3] = i + 2 < n ? a[v & 63] : '=';
		rc |= ita_buf_add(b, q, 4);
		if ((i / 3 + 1) % 19 == 0)
			rc |= ita_buf_addc(b, '\n');
	}
	return rc ? -1 : 0;
}

/*
 * A chart: its SVG as an image embedded in the document (LibreOffice
 * draws SVG images), 16 cm wide, with its title as the frame's.
 */
static int
put_chart(struct ita_buf *b, const struct rfigure *c, int seq, size_t n)
{
	int rc = 0;

	rc |= ita_buf_printf(b, "<text:p text:style-name=\"Chart\">"
	    "<draw:frame draw:name=\"R%dChart%zu\" text:anchor-type=\"as-char\" "
	    "svg:width=\"16cm\" svg:height=\"%.2fcm\">"
	    "<draw:image draw:mime-type=\"image/svg+xml\">"
	    "<office:binary-data>", seq + 1, n + 1,
	    16.0 * c->height / c->width);
	rc |= put_base64(b, (const unsigned char *)c->svg, strlen(c->svg));
	rc |= ita_buf_adds(b, "</office:binary-data></draw:image><svg:title>");
	rc |= resc_xml(b, c->title);
	rc |= ita_buf_adds(b, "</svg:title></draw:frame></text:p>\n");
	return rc ? -1 : 0;
}

static int
put_signatures(struct ita_buf *b, const struct rdoc *d, const struct ropts *o,
    int seq)
{
	struct ita_buf one = ITA_BUF_INIT;
	int i, rc = 0;

	rc |= ita_buf_printf(b, "<table:table table:name=\"R%dSign\" "
	    "table:style-name=\"SignTable\">\n"
	    "<table:table-column table:number-columns-repeated=\"3\"/>\n"
	    "<table:table-row table:style-name=\"Row\">\n", seq + 1);
	for (i = 0; i < 3; i++) {
		rc |= ita_buf_adds(b, "<table:table-cell "
		    "office:value-type=\"string\">\n");
		ita_buf_clear(&one);
		rc |= ita_buf_printf(&one, "%s " RSIGN_BLANK,
		    rsign_word(o->lang));
		rc |= put_para(b, "Sign", ita_buf_str(&one));
		ita_buf_clear(&one);
		rc |= ita_buf_printf(&one, "(%s)", d->sign[i].name ?
		    d->sign[i].name : RSIGN_NAME_BLANK);
		rc |= put_para(b, "Sign", ita_buf_str(&one));
		if (d->sign[i].position != NULL)
			rc |= put_para(b, "Sign", d->sign[i].position);
		rc |= put_para(b, "Sign", rsign_label(i, o->lang));
		rc |= ita_buf_adds(b, "</table:table-cell>\n");
	}
	rc |= ita_buf_adds(b, "</table:table-row>\n</table:table>\n");
	ita_buf_free(&one);
	return rc ? -1 : 0;
}

int
render_fodt(struct ita_buf *b, const struct rdoc *d, const struct ropts *o,
    int seq)
{
	size_t i;
	int rc = 0;

	/*
	 * Table names must be unique in the document: R<report>T<table>.
	 * The title is on a portrait page; the next report returns to
	 * portrait.
	 */
	rc |= put_para(b, seq == 0 ? "Title" : "TitleNewPage", d->title);
	for (i = 0; i < d->nlines; i++)
		rc |= put_para(b, "Heading", d->lines[i]);
	for (i = 0; i < d->ncharts; i++)
		rc |= put_chart(b, &d->charts[i], seq, i);
	for (i = 0; i < d->ntables; i++)
		rc |= put_table(b, &d->tables[i], seq, i,
		    i > 0 && d->tables[i - 1].landscape);
	if (!d->no_sign)
		rc |= put_signatures(b, d, o, seq);
	return rc ? -1 : 0;
}

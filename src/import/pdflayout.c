/*
 * From word boxes to the document model.  Per page: words into lines by
 * their baseline; running headers, footers and page numbers dropped; a
 * line whose cells name at least two fields by the synonym table starts
 * a table, whose columns are the x-ranges between the gaps that run down
 * the table; its lines are grouped into rows by position (a line that
 * follows the line above in every column by one line pitch wraps inside
 * its cells); a table continues on the next page, where its repeated
 * header is skipped and a row cut by the page break is joined.  Other
 * lines are paragraphs, one per line, as a text export gives them.
 *
 * Pages are laid out one page late: the next page tells whether a top or
 * bottom line runs on every page.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "doc.h"
#include "pdf.h"

#define MAXTCOLS	64	/* columns of a table in a PDF */

struct line {
	size_t	 first, n;	/* in order[] */
	double	 x0, x1, y0, y1, base, h;
	unsigned long pos;	/* line number in the document */
	int	 drop;		/* running header, footer, page number */
	int	 span;		/* a detail across the table's columns */
};

struct lpage {
	struct pdf_page	 pg;
	size_t		*order;		/* word indices, line by line */
	struct line	*l;
	size_t		 nl;
};

struct prow {
	struct ita_buf	 cell[MAXTCOLS];
	double		 last[MAXTCOLS];	/* baseline of its last line */
	double		 end[MAXTCOLS];	/* where its last line's text ends */
	int		 used[MAXTCOLS];	/* the columns its last line has */
	size_t		 nlines;		/* its lines so far */
	size_t		 first;		/* the table's line it began at */
	size_t		 below;		/* centred: its lines to come */
	int		 numbered;	/* its number has come */
	double		 lastany;
	unsigned long	 pos;
	int		 open;
	int		 ocr;		/* its page was read by OCR */
};

struct pdf_layout {
	struct dm	*dm;
	struct doc	*doc;
	struct lpage	 held, cur;
	int		 has_held;
	unsigned long	 nlines;		/* lines given numbers */
	struct ita_buf	 prev_top, prev_bottom;	/* of the page before */
	struct ita_buf	 tmp, key;

	/* the open table */
	int		 in_table;
	double		 left[MAXTCOLS];
	size_t		 ncols;
	double		 pitch, maxgap;
	double		 slack;		/* OCR: debris at a word's left end */
	double		 text0[MAXTCOLS];	/* OCR: where a cell's text starts */
	size_t		 nhead;		/* lines of its header */
	size_t		 nfed;		/* its lines read so far */
	int		 centred;	/* row numbers in the middle of rows */
	struct ita_buf	 headtext;	/* header words, without spaces */
	struct prow	 row;
	int		 colfield[MAXTCOLS];	/* the field each header names */
	const char	*colkey[MAXTCOLS];	/* its synonym, for a cut header */
	double		 tx0, tx1;	/* its left and right edges */
	int		 in_detail;	/* the row open is a detail's */
	double		 detail_x0;	/* where its lines start */
	double		 detail_x1;	/* where its last line ended */

	/* OCR: the fiscal year the document's years agree with */
	struct ocr_years years;
	int		 years_rc;	/* of iocr_years_decide */
	char		 years_why[160];
	int		 years_said;

	/* the paragraph being read: lines that wrap join it */
	struct ita_buf	 para;
	unsigned long	 para_pos;
	double		 para_x1, para_base;
	unsigned	 para_page;	/* its page; 0: none */
	int		 para_ocr;

	/* OCR: a table read from its ruling lines (pdfgrid.c) is open */
	int		 grid_open;
	size_t		 grid_cols;
	int		 grid_field[MAXTCOLS];	/* the field each column names */
};

static const struct pdf_word *
lword(const struct lpage *lp, const struct line *ln, size_t k)
{
	return &lp->pg.w[lp->order[ln->first + k]];
}

/* ---- lines ---- */

static const struct pdf_page *sort_pg;

static int
cmp_cy(const void *a, const void *b)
{
	const struct pdf_word *x = &sort_pg->w[*(const size_t *)a];
	const struct pdf_word *y = &sort_pg->w[*(const size_t *)b];
	double cx = x->y0 + x->y1, cy = y->y0 + y->y1;

	if (cx != cy)
		return cx < cy ? -1 : 1;
	return x->x0 < y->x0 ? -1 : x->x0 > y->x0;
}

static int
cmp_x(const void *a, const void *b)
{
	const struct pdf_word *x = &sort_pg->w[*(const size_t *)a];
	const struct pdf_word *y = &sort_pg->w[*(const size_t *)b];

	return x->x0 < y->x0 ? -1 : x->x0 > y->x0;
}

static int
cmp_dbl(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

/*
 * Boxes taller than the lines are apart: some producers (Chromium) give
 * each word the font's whole ascent and descent, more than twice its
 * letters' height in TH Sarabun New, so that the boxes of lines set one
 * under the other overlap.  Every measure here is in word heights, so
 * such boxes are shrunk about their centres to the pitch of the page's
 * lines (the median distance between the centres of lines one under
 * the other: with words above each other, not cells of a header set at
 * different heights).  hs: room for a double a line.
 */
static int
above_each_other(const struct lpage *lp, const struct line *a,
    const struct line *b)
{
	const struct pdf_word *v, *w;
	size_t j, k;

	for (j = 0; j < a->n && j < 64; j++) {
		v = &lp->pg.w[lp->order[a->first + j]];
		for (k = 0; k < b->n && k < 64; k++) {
			w = &lp->pg.w[lp->order[b->first + k]];
			if (v->x0 < w->x1 && v->x1 > w->x0)
				return 1;
		}
	}
	return 0;
}

static void
shrink_boxes(struct lpage *lp, double *hs)
{
	struct pdf_page *pg = &lp->pg;
	struct pdf_word *w;
	double h, pitch, cy, prev = 0, half;
	size_t i, n = 0;

	if (pg->ocr || lp->nl < 4)
		return;
	for (i = 0; i < lp->nl; i++) {
		w = &pg->w[lp->order[lp->l[i].first]];
		hs[i] = w->y1 - w->y0;
	}
	qsort(hs, lp->nl, sizeof(*hs), cmp_dbl);
	h = hs[lp->nl / 2];
	for (i = 0; i < lp->nl; i++) {
		w = &pg->w[lp->order[lp->l[i].first]];
		cy = (w->y0 + w->y1) / 2;
		if (i > 0 && cy - prev > 0.2 * h && cy - prev < 1.5 * h &&
		    above_each_other(lp, &lp->l[i - 1], &lp->l[i]))
			hs[n++] = cy - prev;
		prev = cy;
	}
	if (n < 3)
		return;
	qsort(hs, n, sizeof(*hs), cmp_dbl);
	pitch = hs[n / 2];
	if (pitch >= 0.75 * h)
		return;
	for (i = 0; i < pg->n; i++) {
		w = &pg->w[i];
		cy = (w->y0 + w->y1) / 2;
		half = (w->y1 - w->y0) / 2 * pitch / h;
		w->y0 = cy - half;
		w->y1 = cy + half;
	}
}

/* The first word's vertical extent of line i, its largest height. */
static void
line_band(const struct lpage *lp, size_t i, double *y0, double *y1,
    double *hmax)
{
	const struct pdf_word *w;
	size_t k;

	w = &lp->pg.w[lp->order[lp->l[i].first]];
	*y0 = w->y0;
	*y1 = w->y1;
	*hmax = 0;
	for (k = 0; k < lp->l[i].n; k++) {
		w = &lp->pg.w[lp->order[lp->l[i].first + k]];
		*hmax = fmax(*hmax, w->y1 - w->y0);
	}
}

/* 1 if a word of line i touches one of line j end to end (a superscript). */
static int
touches(const struct lpage *lp, size_t i, size_t j)
{
	const struct pdf_word *v, *w;
	size_t a, b;

	for (a = 0; a < lp->l[i].n && a < 64; a++) {
		v = &lp->pg.w[lp->order[lp->l[i].first + a]];
		for (b = 0; b < lp->l[j].n && b < 64; b++) {
			w = &lp->pg.w[lp->order[lp->l[j].first + b]];
			if (fabs(v->x0 - w->x1) < 0.1 * (w->y1 - w->y0) ||
			    fabs(w->x0 - v->x1) < 0.1 * (w->y1 - w->y0))
				return 1;
		}
	}
	return 0;
}

/*
 * A line of small glyphs only (a checkbox, a bullet in a symbol font)
 * inside the height of the line above or below it is part of that line:
 * its centre sits lower or higher than the letters' centre.  Not a
 * footnote's mark set close after a word.  Lines are runs of order[],
 * so a line joins its neighbour by taking its words.
 */
static void
join_small(struct lpage *lp)
{
	double y0, y1, h, a0, a1, ah, b0 = 0, b1 = 0, bh = 0, cy;
	size_t i, into;
	int up, down;

	if (lp->pg.ocr)
		return;		/* OCR's boxes follow the ink: debris is small */
	for (i = 0; i < lp->nl; i++) {
		line_band(lp, i, &y0, &y1, &h);
		cy = (y0 + y1) / 2;
		up = down = 0;
		if (i > 0) {
			line_band(lp, i - 1, &a0, &a1, &ah);
			up = h < 0.6 * ah && cy > a0 && cy < a1 &&
			    !touches(lp, i, i - 1);
		}
		if (i + 1 < lp->nl) {
			line_band(lp, i + 1, &b0, &b1, &bh);
			down = h < 0.6 * bh && cy > b0 && cy < b1 &&
			    !touches(lp, i, i + 1);
		}
		if (!up && !down)
			continue;
		if (up && (!down || fabs(cy - (a0 + a1) / 2) <=
		    fabs(cy - (b0 + b1) / 2)))
			into = i - 1;
		else
			into = i;
		/* lines into and into + 1 become one */
		lp->l[into].n += lp->l[into + 1].n;
		memmove(&lp->l[into + 1], &lp->l[into + 2],
		    (lp->nl - into - 2) * sizeof(*lp->l));
		lp->nl--;
		if (into < i)
			i--;
	}
}

/* Words into lines: same vertical centre within a fraction of a height. */
/*
 * Word w's text becomes "ข้อ" and then v's (a number of fewer than 16
 * bytes), appended to the page's text.  -1 on ENOMEM.
 */
static int
kho_text(struct pdf_page *pg, struct pdf_word *w, const struct pdf_word *v)
{
	char num[16];
	size_t off = pg->text.len;

	if (v->len >= sizeof(num))
		return 0;
	memcpy(num, ipdf_word_text(pg, v), v->len);	/* the buffer grows */
	if (ita_buf_add(&pg->text, "ข้อ ", strlen("ข้อ ")) == -1 ||
	    ita_buf_add(&pg->text, num, v->len) == -1 ||
	    ita_buf_addc(&pg->text, '\0') == -1)
		return -1;
	w->off = off;
	w->len = strlen("ข้อ ") + v->len;
	return 0;
}

/*
 * "ข้อ" and the number after it, a space apart, are one word ("ข้อ 1"):
 * a row's number (row_number), as a cell holds it.
 */
static int
join_kho(struct lpage *lp, struct line *ln)
{
	struct pdf_page *pg = &lp->pg;
	struct pdf_word *w;
	const struct pdf_word *v;
	const char *t;
	size_t k;

	for (k = 0; k + 1 < ln->n; k++) {
		w = &pg->w[lp->order[ln->first + k]];
		v = lword(lp, ln, k + 1);
		t = ipdf_word_text(pg, v);
		if (strcmp(ipdf_word_text(pg, w), "ข้อ") != 0 ||
		    v->x0 - w->x1 > 0.6 * ln->h || v->len >= 16 ||
		    !((*t >= '0' && *t <= '9') || strncmp(t, "\xE0\xB9", 2) == 0))
			continue;
		if (kho_text(pg, w, v) == -1)
			return -1;
		w->x1 = fmax(w->x1, v->x1);
		memmove(lp->order + ln->first + k + 1, lp->order + ln->first +
		    k + 2, (ln->n - k - 2) * sizeof(*lp->order));
		ln->n--;
	}
	return 0;
}

static int	number_alone(const char *);
static int	line_fields(struct pdf_layout *, const struct lpage *,
		    const struct line *, size_t *, size_t *);

/*
 * "ข้อ" over its number in a narrow cell (the number wrapped to the next
 * line, under it): the number joins it, as join_kho, and leaves its line.
 * Not a header's "ข้อ" over the first row's number: on a line where two
 * cells at least are synonyms exactly.  -1 on ENOMEM.
 */
static int
kho_over_number(struct pdf_layout *L, struct lpage *lp)
{
	struct pdf_page *pg = &lp->pg;
	struct pdf_word *w;
	const struct pdf_word *v;
	struct line *ln;
	size_t i, j, k, nchunks, nexact;

	for (i = 0; i < lp->nl; i++) {
		if (lp->l[i].n == 0)
			continue;
		w = &pg->w[lp->order[lp->l[i].first]];
		if (strcmp(ipdf_word_text(pg, w), "ข้อ") != 0)
			continue;
		if (line_fields(L, lp, &lp->l[i], &nchunks, &nexact) == -1)
			return -1;
		if (nexact >= 2)
			continue;
		for (j = i + 1; j < lp->nl && lp->l[j].base - lp->l[i].base <
		    1.4 * lp->l[i].h; j++) {
			ln = &lp->l[j];
			if (ln->n == 0)
				continue;
			v = lword(lp, ln, 0);
			if (v->x0 >= w->x1 || v->x1 <= w->x0)
				continue;
			if (!number_alone(ipdf_word_text(pg, v)) ||
			    v->len >= 16)
				break;
			if (kho_text(pg, w, v) == -1)
				return -1;
			ln->first++;
			if (--ln->n > 0)
				ln->x0 = lword(lp, ln, 0)->x0;
			break;
		}
	}
	for (i = k = 0; i < lp->nl; i++)	/* lines left empty go */
		if (lp->l[i].n > 0)
			lp->l[k++] = lp->l[i];
	lp->nl = k;
	return 0;
}

static int
build_lines(struct lpage *lp)
{
	struct pdf_page *pg = &lp->pg;
	struct line *ln;
	double cy, lcy = 0, h, tol, *hs;
	size_t i, k;

	free(lp->order);
	free(lp->l);
	lp->order = NULL;
	lp->l = NULL;
	lp->nl = 0;
	if (pg->n == 0)
		return 0;
	if ((lp->order = reallocarray(NULL, pg->n, sizeof(size_t))) == NULL ||
	    (lp->l = reallocarray(NULL, pg->n, sizeof(*lp->l))) == NULL)
		return -1;
	for (i = 0; i < pg->n; i++)
		lp->order[i] = i;
	sort_pg = pg;
	qsort(lp->order, pg->n, sizeof(size_t), cmp_cy);
	for (i = 0; i < pg->n; i++) {
		const struct pdf_word *w = &pg->w[lp->order[i]];

		cy = (w->y0 + w->y1) / 2;
		h = w->y1 - w->y0;
		/* OCR boxes follow each glyph's ink: a looser match */
		tol = (pg->ocr ? 0.25 : 0.2) * (h > 0 ? h : 1);
		if (lp->nl == 0 || fabs(cy - lcy) > tol) {
			ln = &lp->l[lp->nl++];
			memset(ln, 0, sizeof(*ln));
			ln->first = i;
			lcy = cy;
		}
		lp->l[lp->nl - 1].n++;
	}
	if ((hs = reallocarray(NULL, pg->n, sizeof(*hs))) == NULL)
		return -1;
	shrink_boxes(lp, hs);
	join_small(lp);
	for (i = 0; i < lp->nl; i++) {
		ln = &lp->l[i];
		qsort(lp->order + ln->first, ln->n, sizeof(size_t), cmp_x);
		ln->x0 = ln->y0 = 1e300;
		ln->x1 = ln->y1 = -1e300;
		for (k = 0; k < ln->n; k++) {
			const struct pdf_word *w = lword(lp, ln, k);
			ln->x0 = fmin(ln->x0, w->x0);
			ln->x1 = fmax(ln->x1, w->x1);
			ln->y0 = fmin(ln->y0, w->y0);
			ln->y1 = fmax(ln->y1, w->y1);
			hs[k] = w->y1 - w->y0;
		}
		qsort(hs, ln->n, sizeof(*hs), cmp_dbl);
		ln->h = hs[ln->n / 2] > 0 ? hs[ln->n / 2] : 1;
		ln->base = ln->y1;
		if (join_kho(lp, ln) == -1) {
			free(hs);
			return -1;
		}
	}
	free(hs);
	return 0;
}

/* ---- text ---- */

/* The last code point of the n bytes at s; -1 if none. */
static utf8proc_int32_t
last_cp(const char *s, size_t n)
{
	utf8proc_int32_t c = -1;
	size_t i;

	if (n == 0)
		return -1;
	for (i = n; i > 0 && ((unsigned char)s[i - 1] & 0xC0) == 0x80;)
		i--;
	if (i > 0)
		i--;
	utf8proc_iterate((const utf8proc_uint8_t *)s + i,
	    (utf8proc_ssize_t)(n - i), &c);
	return c;
}

static utf8proc_int32_t
first_cp(const char *s, size_t n)
{
	utf8proc_int32_t c = -1;

	if (n > 0)
		utf8proc_iterate((const utf8proc_uint8_t *)s,
		    (utf8proc_ssize_t)n, &c);
	return c;
}

static int
thai_letter(utf8proc_int32_t c)
{
	return c >= 0x0E01 && c <= 0x0E4E;
}

/* A line of a cell that starts a list item: "-", "•", "1.", "(1)". */
static int
starts_item(const char *s, size_t n)
{
	size_t skip;

	if (n == 0)
		return 0;
	if (*s == '-' || *s == '*' || strncmp(s, "\xE2\x80\xA2", 3) == 0 ||
	    strncmp(s, "\xE2\x80\x93", 3) == 0)
		return 1;
	return ilead_number(s, &skip) > 0 && skip < n &&
	    (s[skip - 1] == '.' || s[skip - 1] == ')' || s[skip - 1] == ' ');
}

/*
 * The end of the row number that starts s ("1", "1.", "(1)", "๑", "o1",
 * "O1", "ข้อ 1"): where its digits end; NULL if none.
 */
static const char *
number_end(const char *s)
{
	int digits = 0;

	if (*s == '(')
		s++;
	else if (*s == 'o' || *s == 'O')
		s++;
	else if (strncmp(s, "ข้อ", strlen("ข้อ")) == 0)
		s += strlen("ข้อ");
	while (*s == ' ')
		s++;
	for (;;) {
		if (*s >= '0' && *s <= '9')
			s++;
		else if ((unsigned char)s[0] == 0xE0 &&
		    (unsigned char)s[1] == 0xB9 &&
		    (unsigned char)s[2] >= 0x90 && (unsigned char)s[2] <= 0x99)
			s += 3;
		else
			break;
		digits++;
	}
	return digits > 0 && digits <= 4 ? s : NULL;
}

/* A row number: a word that starts with one. */
static int
row_number(const char *s)
{
	s = number_end(s);
	return s != NULL && (*s == '\0' || *s == '.' || *s == ')' || *s == ' ');
}

/* A row number alone in its word: "2." but not "2.กองคลัง" (an item). */
static int
number_alone(const char *s)
{
	s = number_end(s);
	if (s != NULL && (*s == '.' || *s == ')'))
		s++;
	return s != NULL && *s == '\0';
}

static int
digit_cp(utf8proc_int32_t c)
{
	return (c >= '0' && c <= '9') || (c >= 0x0E50 && c <= 0x0E59);
}

/* How many digits the n bytes at s start with; *len: their bytes. */
static size_t
lead_digits(const char *s, size_t n, size_t *len)
{
	utf8proc_int32_t c;
	utf8proc_ssize_t k;
	size_t i, nd = 0;

	for (i = 0; i < n; i += (size_t)k, nd++) {
		k = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
		    (utf8proc_ssize_t)(n - i), &c);
		if (k <= 0 || !digit_cp(c))
			break;
	}
	*len = i;
	return nd;
}

/*
 * 1 if a cell of one or two digits goes on with a date ("๑" over
 * "๔/๑๑/๒๕๖๖": a date cut in a narrow cell after its first digit).
 */
static int
cut_date(const struct ita_buf *b, const char *s, size_t n)
{
	size_t len, ndig = lead_digits(b->p, b->len, &len);

	return len == b->len && ndig >= 1 && ndig <= 2 &&
	    digit_cp(first_cp(s, n)) && memchr(s, '/', n < 16 ? n : 16) != NULL;
}

/*
 * 1 if a year of the Buddhist Era was cut after its century (a title's
 * "... ประจำปีงบประมาณ 25" over "68": LibreOffice breaks a line there):
 * b ends with "25" or "๒๕" after no digit, s is two digits, no more.
 */
static int
cut_year(const struct ita_buf *b, const char *s, size_t n)
{
	static const char *const century[] = { "25", "\u0e52\u0e55" };
	size_t i, j, m;

	if (lead_digits(s, n, &i) != 2 || (i < n && s[i] != ' '))
		return 0;
	for (j = 0; j < sizeof(century) / sizeof(century[0]); j++) {
		m = strlen(century[j]);
		if (b->len >= m && memcmp(b->p + b->len - m, century[j],
		    m) == 0)
			return !digit_cp(last_cp(b->p, b->len - m));
	}
	return 0;
}

/*
 * Joins text wrapped onto a new line: a new list item on a line of its
 * own; Thai letters run on (Thai has no spaces between words); a space
 * between anything else.
 */
static int
join_wrap(struct ita_buf *b, const char *s, size_t n)
{
	if (n == 0)
		return 0;
	if (b->len > 0) {
		if (starts_item(s, n) && starts_item(b->p, b->len)) {
			if (ita_buf_addc(b, '\n') == -1)
				return -1;
		} else if (!(thai_letter(last_cp(b->p, b->len)) &&
		    thai_letter(first_cp(s, n))) && !cut_date(b, s, n) &&
		    !cut_year(b, s, n) &&
		    ita_buf_addc(b, ' ') == -1)
			return -1;
	}
	return ita_buf_add(b, s, n);
}

/*
 * OCR: a word that starts with SARA AA, SARA A, SARA AM or a mark goes on
 * the letter before it (no Thai word starts so); a space there would read
 * as SARA AM split ("ก า" for "กา" is not "กำ").
 */
static int
follows_letter(const char *s, size_t n)
{
	utf8proc_int32_t c = first_cp(s, n);

	return c == 0x0E30 || c == 0x0E32 || c == 0x0E33 || c == 0x0E31 ||
	    (c >= 0x0E34 && c <= 0x0E3A) || (c >= 0x0E47 && c <= 0x0E4E);
}

/*
 * The words k0..k1-1 of a line as text: a space where the gap between
 * two words is a space wide, none where it is the kerning of a word that
 * the extraction cut.
 */
static int
words_text(const struct lpage *lp, const struct line *ln, size_t k0,
    size_t k1, struct ita_buf *out)
{
	const struct pdf_word *w, *pw = NULL;
	struct ita_buf raw = ITA_BUF_INIT;
	double gap;
	size_t k;
	int rc = -1;

	for (k = k0; k < k1; k++) {
		w = lword(lp, ln, k);
		gap = pw != NULL ? w->x0 - pw->x1 : 0;
		if (pw != NULL && gap >= 0.14 * ln->h && !(lp->pg.ocr &&
		    follows_letter(ipdf_word_text(&lp->pg, w), w->len)) &&
		    ita_buf_addc(&raw, ' ') == -1)
			goto out;
		if (ita_buf_add(&raw, ipdf_word_text(&lp->pg, w), w->len) == -1)
			goto out;
		pw = w;
	}
	/* the repairs again: a mark and its vowel can be two words */
	rc = raw.len ? ipdf_thai_text(raw.p, raw.len, out) : 0;
out:
	ita_buf_free(&raw);
	return rc;
}

static int
line_text(const struct lpage *lp, const struct line *ln, struct ita_buf *out)
{
	ita_buf_clear(out);
	return words_text(lp, ln, 0, ln->n, out);
}

/* ---- running headers, footers, page numbers ---- */

/* Text without digits and spaces, to compare "หน้า 2" with "หน้า 3". */
static int
edge_key(const char *s, struct ita_buf *out)
{
	utf8proc_int32_t c;
	utf8proc_ssize_t k;

	ita_buf_clear(out);
	for (; *s; s += k) {
		if ((k = utf8proc_iterate((const utf8proc_uint8_t *)s, -1,
		    &c)) <= 0)
			return -1;
		if (digit_cp(c) || c == ' ')
			continue;
		if (ita_buf_add(out, s, (size_t)k) == -1)
			return -1;
	}
	return ita_buf_addc(out, '\0') == -1 ? -1 : (out->len--, 0);
}

/* "3", "- 3 -", "(3)", "หน้า 3", "3/12", "page 3 of 12". */
static int
page_number(const char *s)
{
	static const char *words[] = { "หน้า", "หน้าที่", "page", "Page",
	    "of", "จาก" };
	int digits = 0;
	size_t i, n;

	while (*s) {
		if (isdigit((unsigned char)*s) ||
		    (strncmp(s, "\xE0\xB9", 2) == 0 &&
		    (unsigned char)s[2] >= 0x90 && (unsigned char)s[2] <= 0x99)) {
			digits++;
			s += isdigit((unsigned char)*s) ? 1 : 3;
			continue;
		}
		if (strchr(" -/().", *s) != NULL && *s) {
			s++;
			continue;
		}
		if (strncmp(s, "\xE2\x80\x93", 3) == 0) {
			s += 3;
			continue;
		}
		for (i = 0; i < sizeof(words) / sizeof(words[0]); i++) {
			n = strlen(words[i]);
			if (strncmp(s, words[i], n) == 0)
				break;
		}
		if (i == sizeof(words) / sizeof(words[0]))
			return 0;
		s += n;
	}
	return digits > 0;
}

static const struct line *
edge_line(const struct lpage *lp, int top)
{
	const struct line *ln;

	if (lp == NULL || lp->nl == 0)
		return NULL;
	ln = top ? &lp->l[0] : &lp->l[lp->nl - 1];
	if (lp->pg.height > 0 && (top ? ln->y0 > 0.15 * lp->pg.height :
	    ln->y1 < 0.85 * lp->pg.height))
		return NULL;
	return ln;
}

static int
same_edge(struct pdf_layout *L, const struct lpage *other, int top,
    const char *key)
{
	const struct line *ln;
	struct ita_buf b = ITA_BUF_INIT, k = ITA_BUF_INIT;
	int same = 0;

	if ((ln = edge_line(other, top)) == NULL || *key == '\0')
		return 0;
	if (line_text(other, ln, &b) == 0 && edge_key(ita_buf_str(&b),
	    &k) == 0)
		same = strcmp(ita_buf_str(&k), key) == 0;
	ita_buf_free(&b);
	ita_buf_free(&k);
	(void)L;
	return same;
}

/* Marks the lines of page lp that run on pages around it. */
/*
 * OCR's reading of a page number ("- 2 -" as "= J."): a line of a few
 * characters at the foot of the page.
 */
static int
ocr_page_number(const struct lpage *lp, const struct line *ln, const char *s)
{
	size_t n = 0;

	if (!lp->pg.ocr || lp->pg.height <= 0 || ln->y0 < 0.88 * lp->pg.height)
		return 0;
	for (; *s; s++)
		n += *s != ' ' && ((unsigned char)*s & 0xC0) != 0x80;
	return n <= 6;
}

/*
 * OCR: a ruling line between table rows comes back as a line of debris
 * ("๑4 เว ส a ขย", "Qe aA qv ~~"): much lower than the page's lines of
 * text, its few small words far apart.  Such lines are dropped; -v says
 * how many.
 */
static int
drop_rule_lines(struct pdf_layout *L, struct lpage *lp)
{
	double *hs, h, ink;
	size_t i, k, n = 0, ndrop = 0;
	struct line *ln;

	if (!lp->pg.ocr || lp->nl < 3)
		return 0;
	if ((hs = reallocarray(NULL, lp->nl, sizeof(*hs))) == NULL)
		return -1;
	for (i = 0; i < lp->nl; i++)
		if (!lp->l[i].drop)
			hs[n++] = lp->l[i].h;
	qsort(hs, n, sizeof(*hs), cmp_dbl);
	h = n ? hs[n / 2] : 0;
	free(hs);
	for (i = 0; i < lp->nl && h > 0; i++) {
		ln = &lp->l[i];
		if (ln->drop || ln->h >= 0.6 * h || ln->x1 - ln->x0 < 4 * h)
			continue;
		for (k = 0, ink = 0; k < ln->n; k++)
			ink += lword(lp, ln, k)->x1 - lword(lp, ln, k)->x0;
		if (ink < 0.25 * (ln->x1 - ln->x0)) {
			ln->drop = 1;
			ndrop++;
		}
	}
	if (ndrop > 0 && L->doc->diag->verbose)
		fprintf(L->doc->diag->err, "%s: page %u: %zu line%s of OCR's "
		    "debris of ruling lines dropped\n", L->doc->source,
		    lp->pg.no, ndrop, ndrop == 1 ? "" : "s");
	return 0;
}

static int
drop_edges(struct pdf_layout *L, struct lpage *lp, const struct lpage *next)
{
	struct line *ln;
	int top;

	for (top = 1; top >= 0; top--) {
		if ((ln = (struct line *)edge_line(lp, top)) == NULL)
			continue;
		if (line_text(lp, ln, &L->tmp) == -1 ||
		    edge_key(ita_buf_str(&L->tmp), &L->key) == -1)
			return -1;
		if (page_number(ita_buf_str(&L->tmp)) ||
		    (!top && ocr_page_number(lp, ln, ita_buf_str(&L->tmp))) ||
		    (L->key.len > 0 && (strcmp(ita_buf_str(top ? &L->prev_top :
		    &L->prev_bottom), ita_buf_str(&L->key)) == 0 ||
		    same_edge(L, next, top, ita_buf_str(&L->key)))))
			ln->drop = 1;
		ita_buf_clear(top ? &L->prev_top : &L->prev_bottom);
		if (ita_buf_add(top ? &L->prev_top : &L->prev_bottom,
		    L->key.p ? L->key.p : "", L->key.len) == -1)
			return -1;
	}
	/* a page number under a running header */
	if (lp->nl > 1 && lp->l[0].drop && !lp->l[1].drop &&
	    (lp->pg.height <= 0 || lp->l[1].y0 < 0.15 * lp->pg.height)) {
		if (line_text(lp, &lp->l[1], &L->tmp) == -1)
			return -1;
		if (page_number(ita_buf_str(&L->tmp)))
			lp->l[1].drop = 1;
	}
	return 0;
}

/* ---- tables ---- */

static int rule_letter(utf8proc_int32_t);

/* The column of a word starting at x. */
static size_t
col_of(const struct pdf_layout *L, double x, double h)
{
	size_t c = 0;

	while (c + 1 < L->ncols && L->left[c + 1] <= x + 0.1 * h)
		c++;
	return c;
}

/* How much of a word's left end may be OCR's debris. */
static double
word_slack(const struct pdf_layout *L, const struct pdf_word *w)
{
	double half = (w->x1 - w->x0) / 2;

	return L->slack < half ? L->slack : half;
}

/*
 * The column of a word; OCR's, by its middle: debris at its left end
 * may reach back across the rule.
 */
static size_t
wcol(const struct pdf_layout *L, const struct pdf_word *w, double h)
{
	if (L->slack > 0)
		return col_of(L, (w->x0 + w->x1) / 2, 0);
	return col_of(L, w->x0, h);
}

/*
 * The column of a word of a table's line.  OCR: a bullet whose box runs
 * up to the next column ("-" read with the rule before it) is that
 * column's.
 */
static size_t
cell_col(const struct pdf_layout *L, const struct lpage *lp,
    const struct pdf_word *w, double h)
{
	size_t c = wcol(L, w, h);

	if (L->slack > 0 && c + 1 < L->ncols && w->x1 >= L->left[c + 1] -
	    0.1 * h && strcmp(ipdf_word_text(&lp->pg, w), "-") == 0)
		c++;
	return c;
}

/* 1 if no word of the line runs into the next column. */
static int
fits(const struct pdf_layout *L, const struct lpage *lp,
    const struct line *ln)
{
	const struct pdf_word *w;
	size_t k, c;

	if (ln->x0 < L->left[0] - 0.8 * ln->h - L->slack)
		return 0;
	for (k = 0; k < ln->n; k++) {
		w = lword(lp, ln, k);
		c = wcol(L, w, ln->h);
		if (c + 1 < L->ncols && w->x1 > L->left[c + 1] + 0.1 * ln->h +
		    L->slack)
			return 0;
	}
	return 1;
}

/*
 * The chunks of a line (words apart by more than a wide space) that name
 * a field; 1 if at least two fields are named: a header.
 */
/* The fields the chunks of a line name (-1 on ENOMEM); *nchunks. */
static int
line_fields(struct pdf_layout *L, const struct lpage *lp,
    const struct line *ln, size_t *nchunks, size_t *nexact)
{
	enum tkind hint;
	size_t k, k0 = 0;
	int f, nfields = 0, seen[F_NFIELDS + 1];

	memset(seen, 0, sizeof(seen));
	*nchunks = *nexact = 0;
	for (k = 1; k <= ln->n; k++) {
		/* OCR's line boxes are taller than a font's */
		if (k < ln->n && lword(lp, ln, k)->x0 - lword(lp, ln, k - 1)->x1 <
		    (lp->pg.ocr ? 0.25 : 0.4) * ln->h)
			continue;
		(*nchunks)++;
		ita_buf_clear(&L->tmp);
		if (words_text(lp, ln, k0, k, &L->tmp) == -1)
			return -1;
		f = (lp->pg.ocr ? isyn_lookup_near : isyn_lookup)(L->doc->syn,
		    ita_buf_str(&L->tmp), L->tmp.len, &hint);
		if (f >= 0 && f < F_NFIELDS && !seen[f]) {
			seen[f] = 1;
			nfields++;
			if (isyn_whole(L->doc->syn, ita_buf_str(&L->tmp),
			    L->tmp.len) >= 0)
				(*nexact)++;
		}
		k0 = k;
	}
	return nfields;
}

/*
 * A header line: two chunks at least that name two fields.  With
 * exact (where a table's rows could stand), one of them names its field
 * exactly, as data cells that start with a header's words
 * ("มาตรการการลดขั้น", "รายงานผลต่อผู้บริหาร") do not.
 */
static int
header_line_as(struct pdf_layout *L, const struct lpage *lp,
    const struct line *ln, int exact)
{
	size_t nchunks, nexact;
	int nfields;

	if (ln->n == 0 || row_number(ipdf_word_text(&lp->pg, lword(lp, ln, 0))))
		return 0;	/* a row of data */
	if ((nfields = line_fields(L, lp, ln, &nchunks, &nexact)) == -1)
		return -1;
	return nchunks >= 2 && nfields >= 2 && (!exact || nexact >= 1);
}

static int
header_line(struct pdf_layout *L, const struct lpage *lp,
    const struct line *ln)
{
	return header_line_as(L, lp, ln, 0);
}

static int
header_line_exact(struct pdf_layout *L, const struct lpage *lp,
    const struct line *ln)
{
	return header_line_as(L, lp, ln, 1);
}

static int	header_above_n(struct pdf_layout *, const struct lpage *, size_t,
		    int, int);

/*
 * The first line of a header whose cells are centred at different
 * heights: a few words less than a line above a header line (the first
 * line of a cell that wraps to one line more than the others, as
 * "ระยะเวลา" over "ดำเนินการ"), each in a gap between its words.  With
 * exact (where rows could stand), the header line must name a field
 * exactly, as header_line_exact: the first line of a row of centred
 * cells ("กอง" over "มาตรการการ... รายงานผลต่อผู้บริหาร") is none.
 */
static int
header_above(struct pdf_layout *L, const struct lpage *lp, size_t i,
    int exact)
{
	return header_above_n(L, lp, i, 2, exact);
}

/* header_above, over as many as depth lines (a cell two lines taller). */
static int
header_above_n(struct pdf_layout *L, const struct lpage *lp, size_t i,
    int depth, int exact)
{
	const struct line *ln = &lp->l[i], *next;
	const struct pdf_word *w, *v;
	size_t j, k, m;
	int rc;

	for (j = i + 1; j < lp->nl && lp->l[j].drop; j++)
		;
	if (j >= lp->nl || ln->n == 0 || ln->n > 8)
		return 0;
	next = &lp->l[j];
	if (next->base - ln->base > 0.7 * ln->h || fabs(next->h - ln->h) >
	    0.25 * ln->h)
		return 0;
	for (k = 0; k < ln->n; k++) {
		w = lword(lp, ln, k);
		for (m = 0; m < next->n; m++) {
			v = lword(lp, next, m);
			if (w->x0 < v->x1 && w->x1 > v->x0)
				return 0;
		}
	}
	if ((rc = header_line_as(L, lp, next, exact)) == 0 && depth > 1)
		rc = header_above_n(L, lp, j, depth - 1, exact);
	return rc;
}

/*
 * The x-ranges of the words of lines i..last, words that overlap across
 * the lines (the lines of one cell) in one range, in no order; how many
 * (0 when more than a table has columns).
 */
static size_t
stack_ranges(const struct lpage *lp, size_t i, size_t last, double *lo,
    double *hi)
{
	double h = lp->l[i].h, x0, x1;
	size_t j, k, c, n = 0, a, b;
	int merged;

	/* the chunks: x-ranges of words, overlapping across the lines */
	for (j = i; j <= last; j++)
		for (k = 0; k < lp->l[j].n; k++) {
			x0 = lword(lp, &lp->l[j], k)->x0;
			x1 = lword(lp, &lp->l[j], k)->x1;
			for (c = 0; c < n; c++)
				if (x0 < hi[c] + 0.4 * h && x1 > lo[c] - 0.4 * h)
					break;
			if (c == n) {
				if (n == MAXTCOLS)
					return 0;
				lo[n] = x0;
				hi[n++] = x1;
			} else {
				lo[c] = fmin(lo[c], x0);
				hi[c] = fmax(hi[c], x1);
			}
		}
	/* ranges that grew into each other are one */
	do {
		merged = 0;
		for (a = 0; a < n && !merged; a++)
			for (b = a + 1; b < n && !merged; b++)
				if (lo[b] < hi[a] + 0.4 * h &&
				    hi[b] > lo[a] - 0.4 * h) {
					lo[a] = fmin(lo[a], lo[b]);
					hi[a] = fmax(hi[a], hi[b]);
					lo[b] = lo[--n];
					hi[b] = hi[n];
					merged = 1;
				}
	} while (merged);
	return n;
}

/*
 * A header whose cells are set at different heights (each centred in its
 * cell, some wrapped): line i and the lines less than a line below it,
 * up to a numbered row, are one header when the chunks of their words
 * that overlap across the lines (each chunk a cell, its lines joined)
 * name at least two fields.
 */
static int
stacked_header(struct pdf_layout *L, const struct lpage *lp, size_t i,
    int exact)
{
	double lo[MAXTCOLS], hi[MAXTCOLS], h = lp->l[i].h;
	struct ita_buf cell = ITA_BUF_INIT;
	const struct line *ln;
	enum tkind hint;
	size_t j, last = i, k, k0, c, n = 0, nfields = 0, nexact = 0, a;
	int f, seen[F_NFIELDS + 1], rc = 0;

	/* its first line names a field or holds two cells ("ลำดั  ผู้รับผิด"
	 * over "บ  ชอบ"), in letters of one size */
	if (lp->l[i].n == 0 || row_number(ipdf_word_text(&lp->pg, lword(lp,
	    &lp->l[i], 0))))
		return 0;
	if ((f = line_fields(L, lp, &lp->l[i], &k, &a)) == -1)
		return -1;
	if (f < 1 && k < 2)
		return 0;
	for (j = i + 1; j < lp->nl && j < i + 4; j++) {
		ln = &lp->l[j];
		if (ln->drop || ln->n == 0 || ln->base - lp->l[j - 1].base >
		    1.3 * h || fabs(ln->h - h) > 0.25 * h ||
		    row_number(ipdf_word_text(&lp->pg, lword(lp, ln, 0))))
			break;
		if ((f = header_line(L, lp, ln)) != 0)
			return f == 1 ? 0 : -1;	/* that line is the header */
		last = j;
	}
	if (last == i)
		return 0;
	if ((n = stack_ranges(lp, i, last, lo, hi)) == 0)
		return 0;
	memset(seen, 0, sizeof(seen));
	for (c = 0; c < n && rc == 0; c++) {
		ita_buf_clear(&cell);
		for (j = i; j <= last; j++) {
			ln = &lp->l[j];
			for (k = 0; k < ln->n && lword(lp, ln, k)->x0 < lo[c] -
			    0.01; k++)
				;
			for (k0 = k; k < ln->n && lword(lp, ln, k)->x1 <= hi[c] +
			    0.01; k++)
				;
			if (k == k0)
				continue;
			ita_buf_clear(&L->tmp);
			if (words_text(lp, ln, k0, k, &L->tmp) == -1 ||
			    join_wrap(&cell, L->tmp.p, L->tmp.len) == -1)
				rc = -1;
		}
		f = isyn_lookup(L->doc->syn, ita_buf_str(&cell), cell.len, &hint);
		if (f >= 0 && f < F_NFIELDS && !seen[f]) {
			seen[f] = 1;
			nfields++;
			if (isyn_whole(L->doc->syn, ita_buf_str(&cell),
			    cell.len) >= 0)
				nexact++;
		}
	}
	ita_buf_free(&cell);
	if (rc == -1)
		return -1;
	return n >= 2 && nfields >= 2 && (!exact || nexact > 0);
}

/* 1 if every word of the line is a piece of the table's header. */
static int
repeated_header(struct pdf_layout *L, const struct lpage *lp,
    const struct line *ln)
{
	size_t k, found = 0;
	const struct pdf_word *w;

	if (L->headtext.len == 0)
		return 0;
	for (k = 0; k < ln->n; k++) {
		w = lword(lp, ln, k);
		if (strstr(L->headtext.p, ipdf_word_text(&lp->pg, w)) != NULL)
			found++;
		else if (!lp->pg.ocr)
			return 0;
	}
	/* OCR reads the same header differently on each page: half its
	 * words as before, or a line that names fields */
	return found == ln->n || found * 2 >= ln->n ||
	    header_line(L, lp, ln) == 1;
}

static int
cmp_size(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

/*
 * The next word of the table's lines *i..end-1, from word *k of line *i;
 * lines dropped or spanning the table have none. NULL after the last.
 * A caller done with a line sets *k to its n.
 */
static const struct pdf_word *
table_word(const struct lpage *lp, size_t *i, size_t *k, size_t end)
{
	for (; *i < end; (*i)++, *k = 0)
		if (!lp->l[*i].drop && !lp->l[*i].span && *k < lp->l[*i].n)
			return lword(lp, &lp->l[*i], (*k)++);
	return NULL;
}

/* How many words of the table start at x (OCR: a little right of it). */
static size_t
starts_at(const struct pdf_layout *L, const struct lpage *lp, size_t h0,
    size_t end, double x, double h)
{
	const struct pdf_word *w;
	size_t i = h0, k = 0, n = 0;

	while ((w = table_word(lp, &i, &k, end)) != NULL)
		n += w->x0 >= x - 0.25 * h && w->x0 <= x + L->slack;
	return n;
}

/*
 * How many words of the table's lines h0..end-1 sit centred under a
 * header cell's words at x0..x1 (numbers centred in their column).
 */
static size_t
centred_under(const struct lpage *lp, size_t h0, size_t end, double x0,
    double x1)
{
	const struct pdf_word *w;
	double mid = (x0 + x1) / 2, tol = 0.2 * (x1 - x0);
	size_t i = h0, k = 0, n = 0;

	while ((w = table_word(lp, &i, &k, end)) != NULL)
		n += w->x0 >= x0 && w->x1 <= x1 &&
		    fabs((w->x0 + w->x1) / 2 - mid) <= tol;
	return n;
}

/* How many lines of the table have a word across x (debris aside). */
static size_t
crossings(const struct pdf_layout *L, const struct lpage *lp, size_t h0,
    size_t end, double x, double h)
{
	const struct pdf_word *w;
	size_t i = h0, k = 0, n = 0;

	while ((w = table_word(lp, &i, &k, end)) != NULL)
		if (w->x0 + word_slack(L, w) < x - 0.1 * h &&
		    w->x1 > x + fmax(L->slack, 0.1 * h)) {
			n++;
			k = lp->l[i].n;	/* one a line */
		}
	return n;
}

/*
 * The columns of a table that OCR read: its ruling lines come back as
 * debris ("|ผลการ", "เกองคลัง", "[7") that closes the gaps between
 * columns, so the columns start where the header's chunks start (the
 * leftmost of those close together), each kept if few lines of the
 * table have a word across it.
 */
static int
ocr_columns(struct pdf_layout *L, const struct lpage *lp, size_t h0,
    size_t nhead, size_t end, double xmin, double h)
{
	const struct line *ln;
	double cand[MAXTCOLS * 4], x;
	size_t i, k, nc = 0, c, g, most, nl = 0;

	L->slack = 0.6 * h;
	for (i = h0; i < nhead && i < end; i++) {
		ln = &lp->l[i];
		for (k = 0; k < ln->n && nc < MAXTCOLS * 4; k++)
			if (k == 0 || lword(lp, ln, k)->x0 -
			    lword(lp, ln, k - 1)->x1 >= 0.25 * ln->h)
				cand[nc++] = lword(lp, ln, k)->x0;
	}
	for (i = h0; i < end; i++)
		nl += !lp->l[i].drop;
	qsort(cand, nc, sizeof(*cand), cmp_size);
	L->left[0] = xmin;
	L->ncols = 1;
	for (c = 0; c < nc; c = g) {
		/* a group of starts close together: the one most words of
		 * the table start at */
		for (g = c + 1; g < nc && cand[g] - cand[g - 1] < L->slack; g++)
			continue;
		x = cand[c];
		for (i = c, most = 0; i < g; i++)
			if ((k = starts_at(L, lp, h0, end, cand[i], h)) > most) {
				most = k;
				x = cand[i];
			}
		if (x - L->left[L->ncols - 1] < L->slack + 0.5 * h)
			continue;	/* the same column's start */
		if (crossings(L, lp, h0, end, x, h) * 5 <= nl &&
		    L->ncols < MAXTCOLS)
			L->left[L->ncols++] = x;
	}
	return 0;
}

/*
 * OCR: where the text of each column starts.  A ruling line that OCR
 * read into the first letter of a cell's line ("เมาตรการ", "|ร้อยละ")
 * puts that line's start on the rule, left of the cell's padding; the
 * lines that OCR read clean start further right, at one place.  That
 * place is the rightmost start near the column's left edge that at
 * least two lines and a quarter of them share, when most of the lines
 * that start left of it begin with a letter OCR makes of a rule.
 */
static void
ocr_text_starts(struct pdf_layout *L, const struct lpage *lp, size_t first,
    size_t end, double h)
{
	double xs[256], x;
	int rl[256];
	size_t c, i, k, n, j, m, nleft, nrule;

	for (c = 0; c < L->ncols; c++) {
		L->text0[c] = L->left[c];
		for (i = first, n = 0; i < end && n < 256; i++) {
			if (lp->l[i].drop)
				continue;
			for (k = 0; k < lp->l[i].n; k++) {
				const struct pdf_word *w = lword(lp, &lp->l[i], k);

				if (wcol(L, w, h) != c)
					continue;
				if (w->x0 >= L->left[c] - L->slack &&
				    w->x0 <= L->left[c] + 1.5 * h) {
					rl[n] = rule_letter(first_cp(
					    ipdf_word_text(&lp->pg, w),
					    w->len));
					xs[n++] = w->x0;
				}
				break;
			}
		}
		for (j = 0; j < n; j++) {
			x = xs[j];
			for (k = m = nleft = nrule = 0; k < n; k++) {
				m += fabs(xs[k] - x) <= 0.15 * h;
				if (xs[k] < x - 0.3 * h) {
					nleft++;
					nrule += rl[k];
				}
			}
			if (m >= 2 && m * 4 >= n && nrule * 2 > nleft &&
			    x > L->text0[c] + 0.3 * h)
				L->text0[c] = x;
		}
	}
}

/*
 * The lines of a table whose rows are numbered end before an unnumbered
 * line a row further down than its last numbered row (a signature under
 * the table): where the columns are, its words do not tell.
 */
static size_t
numbered_end(const struct pdf_layout *L, const struct lpage *lp,
    size_t first, size_t end)
{
	size_t i, nnum = 0, last = 0;

	for (i = first; i < end; i++)
		if (!lp->l[i].drop && lp->l[i].n > 0 && number_alone(
		    ipdf_word_text(&lp->pg, lword(lp, &lp->l[i], 0)))) {
			nnum++;
			last = i;
		}
	if (nnum < 2)
		return end;
	for (i = last + 1; i < end; i++)
		if (!lp->l[i].drop && lp->l[i].base - lp->l[i - 1].base >
		    1.07 * L->pitch)
			return i;
	return end;
}

/*
 * A line that starts text across a table's columns with the label of a
 * field ("วิธีการดำเนินการ - ..."): the long text of the row above in a
 * cell merged across the row, as ita-render and some offices lay it
 * out.  Its first chunk (words less than a wide space apart) starts at
 * the table's left edge x0 with the label and runs across a gap between
 * columns, lo[g]..hi[g]: a label alone in its cell is a column's.
 * 1 if it is, 0 if not, -1 on ENOMEM.
 */
static int
detail_start(struct pdf_layout *L, const struct lpage *lp,
    const struct line *ln, double x0, const double *lo, const double *hi,
    size_t ngaps)
{
	double wide = (lp->pg.ocr ? 0.25 : 0.4) * ln->h, end;
	size_t k, g, skip;

	if (ln->n == 0 || ln->x0 > x0 + ln->h)
		return 0;
	for (k = 1; k < ln->n && lword(lp, ln, k)->x0 -
	    lword(lp, ln, k - 1)->x1 < wide; k++)
		;
	end = lword(lp, ln, k - 1)->x1;
	for (g = 0; g < ngaps; g++)
		if (ln->x0 < lo[g] && end > hi[g])
			break;
	if (g == ngaps)
		return 0;
	ita_buf_clear(&L->tmp);
	if (words_text(lp, ln, 0, k, &L->tmp) == -1)
		return -1;
	return idetail_field(L->doc, ita_buf_str(&L->tmp), L->tmp.len,
	    &skip) >= 0;
}

/*
 * A line that goes on with the detail above, whose lines start at x0:
 * the next line, starting there too, not a numbered row's (a number
 * alone in its cell; "2. เพิ่ม..." running on is an item of the text).
 */
static int
detail_goes_on(const struct pdf_layout *L, const struct lpage *lp,
    const struct line *ln, double x0, double gap)
{
	if (ln->n == 0 || fabs(ln->x0 - x0) > 0.3 * ln->h ||
	    gap > 1.5 * L->pitch)
		return 0;
	return !number_alone(ipdf_word_text(&lp->pg, lword(lp, ln, 0))) ||
	    (ln->n > 1 && lword(lp, ln, 1)->x0 - lword(lp, ln, 0)->x1 <
	    0.4 * ln->h);
}

/*
 * The details among lines nhead..end-1 of a table whose header is lines
 * h0..nhead-1, marked: their words run across the gaps between the
 * header's cells, so finding the columns leaves them out.
 */
static int
mark_details(struct pdf_layout *L, struct lpage *lp, size_t h0,
    size_t nhead, size_t end, double x0)
{
	const struct pdf_word *w;
	struct line *ln;
	double prev = 0, start = 0, lo[MAXTCOLS], hi[MAXTCOLS], t;
	size_t i, k, n = 0, a, b;
	int in = 0, r;

	for (i = 0; i < lp->nl; i++)
		lp->l[i].span = 0;
	/* the header's cells: x-ranges of its words, overlapping merged */
	for (i = h0; i < nhead; i++)
		for (k = 0; !lp->l[i].drop && k < lp->l[i].n; k++) {
			w = lword(lp, &lp->l[i], k);
			for (a = 0; a < n; a++)
				if (w->x0 < hi[a] + 0.4 * lp->l[i].h &&
				    w->x1 > lo[a] - 0.4 * lp->l[i].h)
					break;
			if (a == n && n == MAXTCOLS)
				return 0;
			if (a == n) {
				lo[n] = w->x0;
				hi[n++] = w->x1;
			}
			lo[a] = fmin(lo[a], w->x0);
			hi[a] = fmax(hi[a], w->x1);
		}
	/* in order, then the gaps between them: hi[a]..lo[a + 1] */
	for (a = 1; a < n; a++)
		for (b = a; b > 0 && lo[b - 1] > lo[b]; b--) {
			t = lo[b], lo[b] = lo[b - 1], lo[b - 1] = t;
			t = hi[b], hi[b] = hi[b - 1], hi[b - 1] = t;
		}
	for (a = b = 0; a + 1 < n; a++)
		if (lo[a + 1] > hi[a]) {
			t = lo[a + 1];
			lo[b] = hi[a];
			hi[b++] = t;
		}
	n = b;
	for (i = nhead; i < end; i++) {
		ln = &lp->l[i];
		if (ln->drop)
			continue;
		if ((r = detail_start(L, lp, ln, x0, lo, hi, n)) == -1)
			return -1;
		if (r) {
			in = 1;
			start = ln->x0;
		} else if (in && !detail_goes_on(L, lp, ln, start,
		    ln->base - prev))
			in = 0;
		ln->span = in;
		prev = ln->base;
	}
	return 0;
}

/* 1 if s is a number: digits (Thai too), '.', ',', '%'. */
static int
numeric(const char *s)
{
	int digits = 0;

	for (; *s; s++) {
		if (*s >= '0' && *s <= '9')
			digits++;
		else if ((unsigned char)s[0] == 0xE0 &&
		    (unsigned char)s[1] == 0xB9 &&
		    (unsigned char)s[2] >= 0x90 && (unsigned char)s[2] <= 0x99) {
			digits++;
			s += 2;
		} else if (*s != '.' && *s != ',' && *s != '%')
			return 0;
	}
	return digits > 0;
}

/*
 * Line i, a line below header line h0, is a line its cells wrap to: no
 * number, and each word under a word of the header's lines above (a
 * header's cells wrap under themselves; "IIT 96.50" under a centred
 * "เครื่องมือ คะแนน" is the first row).
 */
static int
header_wrap(const struct lpage *lp, size_t h0, size_t i)
{
	const struct pdf_word *w, *v;
	size_t k, j, m;
	int under;

	for (k = 0; k < lp->l[i].n; k++) {
		w = lword(lp, &lp->l[i], k);
		if (numeric(ipdf_word_text(&lp->pg, w)))
			return 0;
		for (j = h0, under = 0; j < i && !under; j++)
			for (m = 0; !lp->l[j].drop && m < lp->l[j].n &&
			    !under; m++) {
				v = lword(lp, &lp->l[j], m);
				under = w->x0 < v->x1 && w->x1 > v->x0;
			}
		if (!under)
			return 0;
	}
	return 1;
}

/*
 * The nearest line above line i (from line h0 on) with a word over one
 * of line i's: the line it follows in its cell.  Not simply the line
 * before it, which in a table of vertically centred cells can be a
 * number set half a line lower in another column.  i if there is none.
 */
static size_t
line_over(const struct lpage *lp, size_t h0, size_t i)
{
	const struct pdf_word *w, *v;
	size_t j, k, m;

	for (j = i; j > h0; j--) {
		if (lp->l[j - 1].drop)
			continue;
		if (lp->l[i].base - lp->l[j - 1].base > 1.4 * lp->l[i].h)
			break;
		for (k = 0; k < lp->l[i].n; k++) {
			w = lword(lp, &lp->l[i], k);
			for (m = 0; m < lp->l[j - 1].n; m++) {
				v = lword(lp, &lp->l[j - 1], m);
				if (w->x0 < v->x1 && w->x1 > v->x0)
					return j - 1;
			}
		}
	}
	return i;
}

/*
 * 1 if a table's header starts at line i where a table's rows could
 * stand (a cell named exactly), 0 if not, -1 on ENOMEM.
 */
static int
header_at(struct pdf_layout *L, const struct lpage *lp, size_t i)
{
	int rc;

	if ((rc = header_line_exact(L, lp, &lp->l[i])) == 0 &&
	    (rc = header_above(L, lp, i, 1)) == 0)
		rc = stacked_header(L, lp, i, 1);
	return rc;
}

/*
 * 1 if line k is a heading over the header at line i: further above it
 * than a cell's lines are apart, with a word across a gap between the
 * header's cells (a cell's words stay in their column; "๒. มาตรการ..."
 * over the columns "ลำดับ / กิจกรรม / ผู้รับผิดชอบ" does not).
 */
static int
heading_over(const struct pdf_layout *L, const struct lpage *lp, size_t k,
    size_t i)
{
	double lo[MAXTCOLS], hi[MAXTCOLS], h = lp->l[i].h;
	const struct pdf_word *w;
	size_t last = i, j, n, a, b, m;

	if (lp->l[i].base - lp->l[k].base <= 1.32 * L->pitch)
		return 0;
	for (j = i + 1; j < lp->nl && j < i + 4 && lp->l[j].base -
	    lp->l[j - 1].base <= 0.75 * h; j++)
		last = j;
	if ((n = stack_ranges(lp, i, last, lo, hi)) < 2)
		return 0;
	for (m = 0; m < lp->l[k].n; m++) {
		w = lword(lp, &lp->l[k], m);
		for (a = 0; a < n; a++)
			for (b = 0; b < n; b++)
				if (hi[a] < lo[b] && w->x0 < hi[a] &&
				    w->x1 > lo[b])
					return 1;
	}
	return 0;
}

/*
 * The lines of a table end before the header of the next table and the
 * heading over it, a row further down than the line above it.
 */
static int
next_header(struct pdf_layout *L, const struct lpage *lp, size_t first,
    size_t *end)
{
	size_t i, j;
	int rc;

	for (i = first; i < *end; i++) {
		if (lp->l[i].drop)
			continue;
		if ((rc = header_at(L, lp, i)) == -1)
			return -1;
		if (rc == 0)
			continue;
		for (j = i; j > first && lp->l[j - 1].drop; j--)
			;
		if (j > first + 1 && (lp->l[j - 1].base - lp->l[j - 2].base >
		    1.32 * L->pitch || heading_over(L, lp, j - 1, i)))
			j--;
		*end = j;
		break;
	}
	return 0;
}

/*
 * Where no gap runs down the table between two header cells (cells
 * without padding: a cell's text runs up to the next column's, and a
 * merged cell crosses it), a header chunk's start is a column too when
 * words of at least two lines below the header start there too and at
 * most a fifth of the table's lines have a word across it (a word that
 * ends where it starts does not cross it).
 */
static int
header_starts(struct pdf_layout *L, const struct lpage *lp, size_t h0,
    size_t nhead, size_t end, size_t nl)
{
	const struct line *ln;
	double x, x1;
	size_t i, k, c, j;

	for (i = h0; i < nhead && i < end; i++) {
		ln = &lp->l[i];
		for (k = 0; k < ln->n && L->ncols < MAXTCOLS; k++) {
			if (k > 0 && lword(lp, ln, k)->x0 - lword(lp, ln,
			    k - 1)->x1 < 0.4 * ln->h)
				continue;
			x = lword(lp, ln, k)->x0;
			for (j = k + 1; j < ln->n && lword(lp, ln, j)->x0 -
			    lword(lp, ln, j - 1)->x1 < 0.4 * ln->h; j++)
				;
			x1 = lword(lp, ln, j - 1)->x1;
			for (c = 0; c < L->ncols; c++)
				if (fabs(L->left[c] - x) < 1.5 * ln->h)
					break;
			if (c < L->ncols || x < L->left[0] ||
			    crossings(L, lp, h0, end, x, ln->h) * 5 > nl ||
			    (starts_at(L, lp, nhead, end, x, ln->h) < 2 &&
			    centred_under(lp, nhead, end, x, x1) < 2))
				continue;
			/* in order */
			for (c = 0; c < L->ncols && L->left[c] < x; c++)
				;
			for (j = L->ncols; j > c; j--)
				L->left[j] = L->left[j - 1];
			L->left[c] = x;
			L->ncols++;
		}
	}
	return 0;
}

/*
 * A column where no header word starts (named[c] 0) belongs to its left
 * one; or to its right one, when its words run across into that one: a
 * number set left of the header centred over it ("๗๕" from 506 to 524
 * under "ร้อยละ" from 516) leaves a gap of the number's, not a column's.
 */
static void
merge_unnamed(struct pdf_layout *L, const struct lpage *lp, size_t first,
    size_t end, const double *named)
{
	const struct line *ln;
	const struct pdf_word *w;
	int across[MAXTCOLS];
	size_t i, k, c;

	memset(across, 0, sizeof(across));
	for (i = first; i < end; i++) {
		ln = &lp->l[i];
		if (ln->drop || ln->span)
			continue;
		for (k = 0; k < ln->n; k++) {
			w = lword(lp, ln, k);
			c = col_of(L, w->x0, ln->h);
			if (c + 1 < L->ncols && w->x1 > L->left[c + 1] +
			    0.1 * ln->h)
				across[c] = 1;
		}
	}
	for (c = k = 0; c < L->ncols; c++) {
		if (c == 0 || named[c])
			L->left[k++] = L->left[c];
		else if (across[c] && c + 1 < L->ncols && named[c + 1]) {
			L->left[k++] = L->left[c];
			c++;
		}
	}
	L->ncols = k;
}

/*
 * The columns of a table whose header is line h0 of the page: the
 * x-ranges between the gaps that no line of the table covers (or very
 * few: a merged cell), keeping only ranges where a header word starts.
 */
static int
find_columns(struct pdf_layout *L, struct lpage *lp, size_t h0,
    size_t *endp)
{
	const struct line *ln;
	const struct pdf_word *w;
	double xmin = 1e300, xmax = -1e300, h = lp->l[h0].h, step;
	size_t i, k, end, nhead, x, nx, thr, c;
	unsigned *cover = NULL;
	double lefts[MAXTCOLS];
	size_t nl = 0;
	size_t run, minrun;
	int gap, rc;

	/* the table: lines close enough below each other */
	for (end = h0 + 1; end < lp->nl; end++) {
		if (lp->l[end].drop)
			continue;
		if (lp->l[end].base - lp->l[end - 1].base > 2.6 * h)
			break;
	}
	*endp = end;
	/* the line pitch inside cells; a row starts further down */
	L->pitch = 1.4 * h;
	for (i = h0 + 1; i < end; i++) {
		double d;

		if (lp->l[i].drop || (k = line_over(lp, h0, i)) == i)
			continue;
		d = lp->l[i].base - lp->l[k].base;
		if (d > 0.6 * h && d < L->pitch)
			L->pitch = d;
	}
	L->maxgap = 0;
	/* the header: its first line, lines wrapped in its cells, more rows
	 * that name fields */
	for (nhead = h0 + 1; nhead < end; nhead++) {
		/* a numbered row right under the header (no padding) */
		if (!lp->l[nhead].drop && lp->l[nhead].n > 0 &&
		    row_number(ipdf_word_text(&lp->pg, lword(lp, &lp->l[nhead],
		    0))))
			break;
		if (lp->l[nhead].drop)
			continue;
		if (lp->l[nhead].base - lp->l[nhead - 1].base <= 1.12 *
		    L->pitch) {
			/* (a cell set half a line lower is the header's) */
			if (lp->l[nhead].base - lp->l[nhead - 1].base >
			    0.75 * L->pitch && !header_wrap(lp, h0, nhead))
				break;
			continue;
		}
		if (header_line_exact(L, lp, &lp->l[nhead]) != 1)
			break;
	}
	L->nhead = nhead - h0;
	if ((rc = next_header(L, lp, nhead, &end)) == -1)
		return -1;
	end = numbered_end(L, lp, nhead, end);
	for (i = h0; i < end; i++) {
		xmin = fmin(xmin, lp->l[i].x0);
		xmax = fmax(xmax, lp->l[i].x1);
	}
	L->tx0 = xmin;
	L->tx1 = xmax;
	if (mark_details(L, lp, h0, nhead, end, xmin) == -1)
		return -1;
	L->slack = 0;
	if (lp->pg.ocr) {
		if (ocr_columns(L, lp, h0, nhead, end, xmin, h) == -1)
			return -1;
		ocr_text_starts(L, lp, nhead, end, h);
		return 0;
	}
	step = 0.05 * h > 0.25 ? 0.05 * h : 0.25;
	nx = (size_t)((xmax - xmin) / step) + 2;
	if (nx > 100000)
		nx = 100000;
	if ((cover = calloc(nx, sizeof(*cover))) == NULL)
		return -1;
	for (i = h0; i < end; i++) {
		if (lp->l[i].drop || lp->l[i].span)
			continue;
		nl++;
		ln = &lp->l[i];
		for (k = 0; k < ln->n; k++) {
			size_t a, b;

			w = lword(lp, ln, k);
			a = (size_t)((w->x0 - xmin) / step);
			b = (size_t)((w->x1 - xmin) / step);
			for (x = a; x <= b && x < nx; x++)
				cover[x]++;
		}
	}
	thr = nl / 10;
	L->ncols = 0;
	/*
	 * a gap narrower than a fifth of a line is a word the extraction
	 * cut; a gap of width g leaves at least g / step - 1 bins empty
	 * (the words on each side may end and start inside one bin), and a
	 * narrow number column's gap is no wider ("(1)" 3.4 pt before its
	 * cell's text at 16 pt)
	 */
	minrun = 0.2 * h / step >= 2 ? (size_t)(0.2 * h / step) - 1 : 1;
	run = nx;
	for (x = 0; x < nx; x++) {
		gap = cover[x] <= thr;
		if (!gap && run > 0 && run >= minrun && L->ncols < MAXTCOLS)
			L->left[L->ncols++] = xmin + (double)x * step;
		run = gap ? run + 1 : 0;
	}
	free(cover);
	if (L->ncols == 0)
		return 0;
	/* a column where no header word starts belongs to its left one; a
	 * word that touches the one before it (closer than a fifth of a
	 * line: "หน่วยงานที่" "รั" "บ", one word the extraction cut) starts
	 * none */
	for (c = 0; c < L->ncols; c++)
		lefts[c] = 0;
	for (i = h0; i < nhead; i++) {
		ln = &lp->l[i];
		for (k = 0; k < ln->n; k++) {
			w = lword(lp, ln, k);
			c = col_of(L, w->x0, ln->h);
			if (k > 0 && w->x0 - lword(lp, ln, k - 1)->x1 <
			    0.2 * ln->h)
				continue;
			if (k > 0 && w->x0 - lword(lp, ln, k - 1)->x1 <
			    0.4 * ln->h && col_of(L, lword(lp, ln,
			    k - 1)->x0, ln->h) == c)
				continue;
			lefts[c] = 1;
		}
	}
	merge_unnamed(L, lp, nhead, end, lefts);
	return header_starts(L, lp, h0, nhead, end, nl);
}

/*
 * OCR: the labels of a cell's checkboxes (☐ ☑, from the page's image) as
 * the status phrases they are nearest, so that the ticked one's label
 * says its status.
 */
static int
ocr_labels(struct ita_buf *cell, struct ita_buf *tmp)
{
	const char *s = ita_buf_str(cell), *e = s + cell->len, *p, *q, *lab;
	size_t used;
	int any = 0;

	if (strstr(s, "\xE2\x98\x90") == NULL && strstr(s, "\xE2\x98\x91") == NULL)
		return 0;
	ita_buf_clear(tmp);
	for (p = s; p < e; ) {
		if (e - p >= 3 && memcmp(p, "\xE2\x98", 2) == 0 &&
		    ((unsigned char)p[2] == 0x90 || (unsigned char)p[2] == 0x91)) {
			if (ita_buf_add(tmp, p, 3) == -1)
				return -1;
			for (p += 3; p < e && *p == ' '; p++)
				;
			for (q = p; q < e && !(e - q >= 3 && memcmp(q,
			    "\xE2\x98", 2) == 0 && ((unsigned char)q[2] == 0x90 ||
			    (unsigned char)q[2] == 0x91)); q++)
				;
			if ((lab = iocr_near_label(p, (size_t)(q - p),
			    &used)) != NULL) {
				if (ita_buf_addc(tmp, ' ') == -1 ||
				    ita_buf_adds(tmp, lab) == -1)
					return -1;
				p += used;
				any = 1;
			} else if (ita_buf_addc(tmp, ' ') == -1)
				return -1;
			continue;
		}
		if (ita_buf_addc(tmp, *p++) == -1)
			return -1;
	}
	if (any) {
		ita_buf_clear(cell);
		if (ita_buf_add(cell, tmp->p, tmp->len) == -1)
			return -1;
	}
	return 0;
}

/* OCR: a period cell rewritten by the fiscal year, with a note. */
static int
ocr_period(struct pdf_layout *L, struct ita_buf *cell)
{
	int rc;

	if (L->years.fiscal == 0 || cell->len == 0)
		return 0;
	if ((rc = iocr_period_fix(cell->p, cell->len, L->years.fiscal,
	    &L->tmp)) != 1)
		return rc;
	idoc_diag(L->doc, L->row.pos, ITA_SEV_NOTE, "import.ocr",
	    "OCR read the period '%s'; taken as '%s' by fiscal year %d",
	    cell->p, L->tmp.p, L->years.fiscal);
	ita_buf_clear(cell);
	return ita_buf_add(cell, L->tmp.p, L->tmp.len);
}

static int
emit_row(struct pdf_layout *L)
{
	struct dm_cell cells[MAXTCOLS];
	size_t c, n = 0;
	int rc;

	if (!L->row.open)
		return 0;
	L->row.open = 0;
	for (c = 0; c < L->ncols; c++) {
		if (L->row.ocr && ocr_labels(&L->row.cell[c], &L->tmp) == -1)
			return idoc_nomem(L->doc);
		if (L->row.ocr && L->colfield[c] == ITA_COL_PERIOD_TEXT &&
		    ocr_period(L, &L->row.cell[c]) == -1)
			return idoc_nomem(L->doc);
		cells[c].text = ita_buf_str(&L->row.cell[c]);
		cells[c].len = L->row.cell[c].len;
		if (L->row.first == 1 && L->colkey[c] != NULL &&
		    cells[c].len > 0) {
			cells[c].text = L->colkey[c];	/* a header cut short */
			cells[c].len = strlen(L->colkey[c]);
		}
		cells[c].colspan = 1;
		cells[c].vmerged = 0;
		if (cells[c].len)
			n = c + 1;
	}
	if (n == 0)
		return 0;
	idm_set_pos(L->dm, L->row.pos);
	L->doc->ocr = L->row.ocr;
	rc = idm_row(L->dm, cells, L->ncols);
	L->doc->ocr = 0;
	for (c = 0; c < L->ncols; c++)
		ita_buf_clear(&L->row.cell[c]);
	return rc;
}

static int
end_table(struct pdf_layout *L)
{
	int rc;

	if (!L->in_table)
		return 0;
	rc = emit_row(L);
	L->in_table = 0;
	L->in_detail = 0;
	ita_buf_clear(&L->headtext);
	if (idm_table_end(L->dm) == -1)
		rc = -1;
	return rc;
}

/*
 * OCR: the fiscal year of a paragraph ("ปีงบประมาณ พ.ศ. ๒๕๒๕") as the
 * document's years decided it, with a note; or a note that it is not
 * plausible and was left.
 */
static int
ocr_para_year(struct pdf_layout *L)
{
	struct ita_buf b = ITA_BUF_INIT;
	const char *s = ita_buf_str(&L->para), *p, *q;
	size_t at;

	if (L->years_said || L->years.nfy == 0 ||
	    (p = strstr(s, "ปีงบประมาณ")) == NULL)
		return 0;
	q = p + strlen("ปีงบประมาณ");
	while (*q == ' ')
		q++;
	if (strncmp(q, "พ.ศ.", strlen("พ.ศ.")) == 0)
		for (q += strlen("พ.ศ."); *q == ' '; q++)
			;
	if (strncmp(q, L->years.fy, L->years.nfy) != 0)
		return 0;
	L->years_said = 1;
	if (L->years_rc == -1) {
		idoc_diag(L->doc, L->para_pos, ITA_SEV_NOTE, "import.ocr",
		    "the fiscal year OCR read, '%s', is %s; check it against "
		    "the scan", L->years.fy, L->years_why);
		return 0;
	}
	if (L->years_rc != 1)
		return 0;
	idoc_diag(L->doc, L->para_pos, ITA_SEV_NOTE, "import.ocr",
	    "the fiscal year OCR read as '%s' is taken as %d: %s (OCR reads "
	    "๖ as ๒, ๘ or ๗ as ๕, ๗ as ๓)", L->years.fy, L->years.fiscal,
	    L->years_why);
	/* (L->tmp holds the line being read) */
	at = (size_t)(q - s);
	if (ita_buf_add(&b, s, at) == -1 ||
	    ita_buf_printf(&b, "%d", L->years.fiscal) == -1 ||
	    ita_buf_adds(&b, s + at + L->years.nfy) == -1) {
		ita_buf_free(&b);
		return -1;
	}
	ita_buf_free(&L->para);
	L->para = b;
	return 0;
}

static int
flush_para(struct pdf_layout *L)
{
	int rc;

	if (L->para_page == 0)
		return 0;
	L->para_page = 0;
	if (L->para_ocr && ocr_para_year(L) == -1)
		return idoc_nomem(L->doc);
	idm_set_pos(L->dm, L->para_pos);
	rc = idm_paragraph(L->dm, ita_buf_str(&L->para), L->para.len);
	ita_buf_clear(&L->para);
	return rc;
}

/* The left and right edges of the page's text (1e300 and 0: none). */
static void
text_edges(const struct lpage *lp, double *left, double *right)
{
	size_t i;

	*left = 1e300;
	*right = 0;
	for (i = 0; i < lp->nl; i++) {
		if (lp->l[i].drop)
			continue;
		if (lp->l[i].x0 < *left)
			*left = lp->l[i].x0;
		if (lp->l[i].x1 > *right)
			*right = lp->l[i].x1;
	}
}

/*
 * A line of prose: it continues the paragraph above when it follows it
 * by one line and its first word would not have fitted at the end of
 * the line above (the line wrapped there).
 */
static int
paragraph(struct pdf_layout *L, const struct lpage *lp, const struct line *ln)
{
	const struct pdf_word *w;
	double first, left, right;
	size_t k;

	if (line_text(lp, ln, &L->tmp) == -1)
		return idoc_nomem(L->doc);
	for (k = 1; k < ln->n; k++)
		if (lword(lp, ln, k)->x0 - lword(lp, ln, k - 1)->x1 >=
		    0.14 * ln->h)
			break;
	w = lword(lp, ln, k - 1);
	first = w->x1 - ln->x0;
	/* a long run of Thai is cut anywhere: a line short of the edge
	 * by more than a few words ends its paragraph */
	text_edges(lp, &left, &right);
	if (first > 0.15 * (right - left))
		first = 0.15 * (right - left);
	if (L->para_page == lp->pg.no && ln->base - L->para_base <= 1.5 * ln->h &&
	    L->para_x1 + 0.3 * ln->h + first > right - 0.3 * ln->h) {
		if (join_wrap(&L->para, L->tmp.p, L->tmp.len) == -1)
			return idoc_nomem(L->doc);
	} else {
		if (flush_para(L) == -1)
			return -1;
		if (ita_buf_add(&L->para, ita_buf_str(&L->tmp),
		    L->tmp.len) == -1)
			return idoc_nomem(L->doc);
		L->para_pos = ln->pos;
		L->para_page = lp->pg.no ? lp->pg.no : 1;
		L->para_ocr = lp->pg.ocr;
	}
	L->para_x1 = ln->x1;
	L->para_base = ln->base;
	return 0;
}

/* Letters of s that take room (combining marks aside). */
static size_t
spacing_letters(const char *s)
{
	const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
	utf8proc_int32_t c;
	utf8proc_ssize_t k;
	size_t n = 0;

	while (*p && (k = utf8proc_iterate(p, -1, &c)) > 0) {
		n += utf8proc_category(c) != UTF8PROC_CATEGORY_MN;
		p += k;
	}
	return n;
}

/* What OCR makes of a ruling line: a bar, a bracket, a leading vowel. */
static int
rule_letter(utf8proc_int32_t c)
{
	return (c < 0x80 && strchr("|[](){}'\"!l1I:;.", (int)c) != NULL) ||
	    c == 0x0E40 || c == 0x0E41;
}

/* 1 if every letter of s is one OCR makes of a ruling line. */
static int
rule_word(const char *s)
{
	const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
	utf8proc_int32_t c;
	utf8proc_ssize_t k;

	while (*p && (k = utf8proc_iterate(p, -1, &c)) > 0) {
		if (!rule_letter(c))
			return 0;
		p += k;
	}
	return *p == '\0' && p != (const utf8proc_uint8_t *)s;
}

/*
 * OCR: a cell's line that starts left of its column began on the ruling
 * line, which OCR read as a letter or two ("เกองคลัง", "|ประชาสัมพันธ์",
 * "'เโครงสร้าง"): those of them that fit between the word's start and
 * the column's are dropped from L->tmp.
 */
static void
ocr_rule_debris(struct pdf_layout *L, const struct lpage *lp,
    const struct pdf_word *w, size_t c, double h)
{
	const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)L->tmp.p;
	utf8proc_int32_t cp;
	utf8proc_ssize_t k;
	size_t nw, drop, at = 0;
	double left = fmax(L->left[c], L->text0[c]);

	if (L->tmp.len == 0 || w->x1 <= w->x0)
		return;
	nw = spacing_letters(ipdf_word_text(&lp->pg, w));
	if (nw < 3 && L->text0[c] > L->left[c] && w->x1 <= left + 0.12 * h &&
	    rule_word(ipdf_word_text(&lp->pg, w))) {
		/* the rule alone ("(|" before "มาตรการ"), left of the text */
		drop = nw;
		nw = 3;
	} else if (nw < 3)
		return;
	else if (w->x0 > left - 0.12 * h)
		drop = 1;	/* a bar or a bracket before a letter */
	else
		drop = (size_t)ceil((left - w->x0) * (double)nw /
		    (w->x1 - w->x0) - 0.2);
	if (w->x0 > left - 0.12 * h && (L->tmp.p[0] & 0x80))
		drop = 0;
	while (drop > 0 && at < L->tmp.len && (k = utf8proc_iterate(p + at,
	    (utf8proc_ssize_t)(L->tmp.len - at), &cp)) > 0 &&
	    rule_letter(cp)) {
		at += (size_t)k;
		drop--;
	}
	/* and the bars and brackets right after what was dropped */
	while (at > 0 && at < L->tmp.len && strchr("|[](){}!'\" ",
	    L->tmp.p[at]) != NULL)
		at++;
	if (at == 0 || at >= L->tmp.len)
		return;
	memmove(L->tmp.p, L->tmp.p + at, L->tmp.len - at + 1);
	L->tmp.len -= at;
}

/*
 * A line of one-line cells under another (a score table): it has text
 * in the first column and in no column but those of the line above,
 * whose text in each ended short of the column's middle, so that none
 * wrapped; and it starts no item of a list (a cell's "- ..." lines).
 */
static int
next_short_row(const struct pdf_layout *L, const struct lpage *lp,
    const struct line *ln, const int *used)
{
	const char *s = ipdf_word_text(&lp->pg, lword(lp, ln, 0));
	double right;
	size_t c;

	if (!used[0] || !L->row.used[0] || starts_item(s, strlen(s)))
		return 0;
	for (c = 0; c < L->ncols; c++) {
		if (!used[c])
			continue;
		right = c + 1 < L->ncols ? L->left[c + 1] : L->tx1;
		if (!L->row.used[c] || L->row.end[c] > L->left[c] +
		    0.5 * (right - L->left[c]))
			return 0;
	}
	return 1;
}

/*
 * Rows whose cells are set in their middle (Word's centred cells): a
 * row's number stands on its middle line, under the first lines of its
 * other cells.  Known from the first row, whose number comes after
 * lines of its own under the header; then a numbered line goes on with
 * the row above, and a row ends as many lines after its number as it
 * had before it.  *newrow is changed to say so; 0.
 */
static int
centred_rows(struct pdf_layout *L, const struct lpage *lp, int isnum,
    int *newrow)
{
	if (lp->pg.ocr || !L->row.open)
		return 0;
	if (!L->centred && isnum && !*newrow && !L->row.numbered &&
	    L->row.nlines > 0 && L->row.first > L->nhead)
		L->centred = 1;
	if (!L->centred)
		return 0;
	if (L->row.numbered && L->row.below == 0)
		*newrow = 1;	/* its lines below its number are done */
	else if (isnum && !L->row.numbered)
		*newrow = 0;	/* its number, in the middle of the row */
	return 0;
}

/* A line of the table into the row it belongs to. */
static int
table_line(struct pdf_layout *L, const struct lpage *lp,
    const struct line *ln, int page_top)
{
	struct ita_buf *cell;
	size_t k, k0, c;
	int newrow = 0, used[MAXTCOLS], isnum;
	double d;

	L->in_detail = 0;
	L->nfed++;
	memset(used, 0, sizeof(used));
	for (k = 0; k < ln->n; k++)
		used[cell_col(L, lp, lword(lp, ln, k), ln->h)] = 1;
	if (!L->row.open)
		newrow = 1;
	else if (page_top)
		newrow = used[0];	/* else the row cut by the page break */
	else {
		for (c = 0; c < L->ncols; c++) {
			if (!used[c])
				continue;
			d = ln->base - (L->row.cell[c].len ? L->row.last[c] :
			    L->row.lastany);
			if (d > 1.12 * L->pitch)
				newrow = 1;
		}
		if (used[0] && L->row.cell[0].len > 0 && row_number(
		    ipdf_word_text(&lp->pg, lword(lp, ln, 0))))
			newrow = 1;
		if (!newrow && !lp->pg.ocr && next_short_row(L, lp, ln, used))
			newrow = 1;
		if (L->nfed == L->nhead + 1 && !lp->pg.ocr)
			newrow = 1;	/* the first line under the header */
		d = ln->base - L->row.lastany;
		if (newrow && d > L->maxgap)
			L->maxgap = d;
	}
	isnum = used[0] && ln->n > 0 && row_number(ipdf_word_text(&lp->pg,
	    lword(lp, ln, 0)));
	if (centred_rows(L, lp, isnum, &newrow) == -1)
		return -1;
	if (newrow) {
		if (flush_para(L) == -1 || emit_row(L) == -1)
			return -1;
		L->row.open = 1;
		L->row.pos = ln->pos;
		L->row.ocr = lp->pg.ocr;
		L->row.nlines = 0;
		L->row.numbered = 0;
		L->row.first = L->nfed;
	}
	if (isnum && !L->row.numbered) {
		L->row.numbered = 1;
		L->row.below = L->row.nlines;	/* as many as above it */
	} else if (L->row.numbered && L->row.below > 0)
		L->row.below--;
	L->row.nlines++;
	for (k0 = 0; k0 < ln->n; k0 = k) {
		c = cell_col(L, lp, lword(lp, ln, k0), ln->h);
		for (k = k0 + 1; k < ln->n &&
		    cell_col(L, lp, lword(lp, ln, k), ln->h) == c; k++)
			;
		ita_buf_clear(&L->tmp);
		if (words_text(lp, ln, k0, k, &L->tmp) == -1)
			return idoc_nomem(L->doc);
		if (L->slack > 0 && c > 0)
			ocr_rule_debris(L, lp, lword(lp, ln, k0), c, ln->h);
		/* OCR: the rule at the cell's right read as a bar */
		while (L->slack > 0 && L->tmp.len > 0 &&
		    (L->tmp.p[L->tmp.len - 1] == '|' ||
		    L->tmp.p[L->tmp.len - 1] == ' '))
			L->tmp.p[--L->tmp.len] = '\0';
		cell = &L->row.cell[c];
		if (join_wrap(cell, L->tmp.p, L->tmp.len) == -1)
			return idoc_nomem(L->doc);
		L->row.last[c] = ln->base;
	}
	L->row.lastany = ln->base;
	for (c = 0; c < L->ncols; c++)
		L->row.used[c] = used[c];
	for (k = 0; k < ln->n; k++) {
		c = cell_col(L, lp, lword(lp, ln, k), ln->h);
		L->row.end[c] = lword(lp, ln, k)->x1;
	}
	return 0;
}

/*
 * A detail of the table (detail_start) and the lines it wraps to: the
 * one cell of a row of its own, which the document model gives to the
 * record above.  1 if the line was one, 0 if not, -1 on error.
 */
static int
detail_line(struct pdf_layout *L, const struct lpage *lp,
    const struct line *ln, int page_top)
{
	double gap = page_top ? 0 : ln->base - L->row.lastany;
	double lo[MAXTCOLS], hi[MAXTCOLS];
	size_t c, j;
	int r;

	/* across a column's left edge */
	for (c = 1; c < L->ncols; c++) {
		lo[c - 1] = L->left[c] - 0.1 * ln->h;
		hi[c - 1] = L->left[c] + 0.1 * ln->h;
	}
	if ((r = detail_start(L, lp, ln, L->tx0, lo, hi, L->ncols - 1)) == -1)
		return idoc_nomem(L->doc);
	/* a label's word at the start of a line the text above wrapped to
	 * ("... จัดทำแบบ" / "รายงานผล ประจำปี"), its line full and no further
	 * down than the pitch (a new detail's row has its padding), is the
	 * text's */
	if (r == 1 && L->in_detail && L->row.open &&
	    L->detail_x1 > L->tx1 - 3 * ln->h && gap <= 1.07 * L->pitch &&
	    detail_goes_on(L, lp, ln, L->detail_x0, gap))
		r = 0;
	if (r == 0 && !(L->in_detail && L->row.open &&
	    detail_goes_on(L, lp, ln, L->detail_x0, gap)))
		return 0;
	/* a heading over the next table's header is none */
	if (r == 0) {
		for (j = (size_t)(ln - lp->l) + 1; j < lp->nl &&
		    lp->l[j].drop; j++)
			;
		if (j < lp->nl && (r = header_line(L, lp, &lp->l[j])) == 0)
			r = header_above(L, lp, j, 0);
		if (r != 0)
			return r == -1 ? idoc_nomem(L->doc) : 0;
	}
	if (r) {
		if (flush_para(L) == -1 || emit_row(L) == -1)
			return -1;
		if (!page_top && gap > L->maxgap)
			L->maxgap = gap;
		L->row.open = 1;
		L->row.pos = ln->pos;
		L->row.ocr = lp->pg.ocr;
		L->in_detail = 1;
		L->detail_x0 = ln->x0;
		L->row.numbered = 1;	/* centred rows: the next line is a row's */
		L->row.below = 0;
		L->row.nlines = 0;
		L->row.first = L->nfed;
	}
	if (line_text(lp, ln, &L->tmp) == -1 ||
	    join_wrap(&L->row.cell[0], L->tmp.p, L->tmp.len) == -1)
		return idoc_nomem(L->doc);
	L->row.last[0] = ln->base;
	L->row.lastany = ln->base;
	L->detail_x1 = ln->x1;
	memset(L->row.used, 0, sizeof(L->row.used));
	return 1;
}

/*
 * A line that starts with a row number in the first column and fits the
 * columns, not far below the line above: a row taller than the rows
 * before it (a form control, an image in a cell) keeps its table.
 */
static int
numbered_row(const struct pdf_layout *L, const struct lpage *lp,
    const struct line *ln, double gap)
{
	const struct pdf_word *w;

	if (ln->n == 0 || gap >= 2.6 * ln->h)
		return 0;
	w = lword(lp, ln, 0);
	return wcol(L, w, ln->h) == 0 &&
	    row_number(ipdf_word_text(&lp->pg, w)) && fits(L, lp, ln);
}

/*
 * numbered_row for line i or, in a table of centred rows, for the line
 * of the row's number under the first lines of its taller cells (those
 * lines less than a line apart, and fitting the table too).
 */
static int
numbered_row_at(const struct pdf_layout *L, const struct lpage *lp,
    size_t i, double gap)
{
	size_t j;

	for (j = i; j < lp->nl && j < i + 3; j++) {
		if (lp->l[j].drop)
			continue;
		if (j > i && (lp->l[j].base - lp->l[j - 1].base > 1.12 *
		    L->pitch || !fits(L, lp, &lp->l[j - 1])))
			break;
		if (numbered_row(L, lp, &lp->l[j], gap))
			return 1;
	}
	return 0;
}

/*
 * A row that starts with its number and runs across a column: a cell
 * merged across columns ("๒. มาตรการเปิดเผยข้อมูล" over the measure and
 * activity columns).  Its words go to the columns they start in.
 */
static int
numbered_span(const struct pdf_layout *L, const struct lpage *lp,
    const struct line *ln)
{
	const struct pdf_word *w;

	if (ln->n < 2 || lp->pg.ocr)
		return 0;
	w = lword(lp, ln, 0);
	return wcol(L, w, ln->h) == 0 && row_number(ipdf_word_text(&lp->pg, w)) &&
	    ln->x0 >= L->left[0] - 0.8 * ln->h;
}

/*
 * 1 if line i is the heading of a table whose header follows it (the
 * next line), not a row of the table above it that runs across its
 * columns; -1 on ENOMEM.
 */
static int
heads_table(struct pdf_layout *L, const struct lpage *lp, size_t i)
{
	size_t j;
	int rc;

	for (j = i + 1; j < lp->nl && lp->l[j].drop; j++)
		;
	if (j >= lp->nl)
		return 0;
	if ((rc = header_at(L, lp, j)) != 1)
		return rc;
	return heading_over(L, lp, i, j);
}

static void
verbose_page(struct pdf_layout *L, unsigned page, int cont)
{
	struct ita_buf b = ITA_BUF_INIT;
	size_t c;

	if (!L->doc->diag->verbose)
		return;
	for (c = 0; c < L->ncols; c++)
		if (ita_buf_printf(&b, "%s%.0f", c ? " " : "", L->left[c]) == -1)
			break;
	fprintf(L->doc->diag->err, "%s: page %u: %s table of %zu columns at "
	    "x = %s\n", L->doc->source, page, cont ? "continued" : "new",
	    L->ncols, ita_buf_str(&b));
	ita_buf_free(&b);
}

/* 1 if x is at the page's right edge or past it (a word cut there). */
static int
past_edge(const struct lpage *lp, double x)
{
	return x > lp->pg.width - 1;
}

/* The field each column's header names, its lines joined. */
static int
header_fields(struct pdf_layout *L, const struct lpage *lp, size_t h0)
{
	struct ita_buf head[MAXTCOLS];
	const struct synonym *e;
	const struct line *ln;
	enum tkind hint;
	size_t i, k, k0, c;
	int rc = -1, cut[MAXTCOLS];

	for (c = 0; c < MAXTCOLS; c++) {
		L->colfield[c] = -1;
		L->colkey[c] = NULL;
		cut[c] = 0;
		head[c] = (struct ita_buf)ITA_BUF_INIT;
	}
	for (i = h0; i < h0 + L->nhead && i < lp->nl; i++) {
		ln = &lp->l[i];
		for (k0 = 0; k0 < ln->n; k0 = k) {
			c = wcol(L, lword(lp, ln, k0), ln->h);
			for (k = k0 + 1; k < ln->n &&
			    wcol(L, lword(lp, ln, k), ln->h) == c; k++)
				;
			if (past_edge(lp, lword(lp, ln, k - 1)->x1))
				cut[c] = 1;
			ita_buf_clear(&L->tmp);
			if (words_text(lp, ln, k0, k, &L->tmp) == -1 ||
			    join_wrap(&head[c], L->tmp.p, L->tmp.len) == -1)
				goto out;
		}
	}
	for (c = 0; c < L->ncols; c++) {
		if (head[c].len == 0)
			continue;
		L->colfield[c] = (lp->pg.ocr ? isyn_lookup_near :
		    isyn_lookup)(L->doc->syn, head[c].p, head[c].len, &hint);
		/*
		 * A header word that runs off the page lost its last letters
		 * ("หน่วยงา", "ขั้นตอนการปฏิบัต", which would be "ขั้นตอน"):
		 * the synonym nearest the whole cell names it, for the
		 * document model too.
		 */
		if (cut[c] && !lp->pg.ocr && (e = isyn_nearest(L->doc->syn,
		    head[c].p, head[c].len)) != NULL) {
			L->colfield[c] = e->field;
			L->colkey[c] = e->key;
		}
	}
	rc = 0;
out:
	for (c = 0; c < MAXTCOLS; c++)
		ita_buf_free(&head[c]);
	return rc;
}

static int
start_table(struct pdf_layout *L, struct lpage *lp, size_t i,
    size_t *end)
{
	size_t j, k;

	if (flush_para(L) == -1 || end_table(L) == -1)
		return -1;
	if (find_columns(L, lp, i, end) == -1)
		return idoc_nomem(L->doc);
	if (L->ncols < 2)
		return 0;
	L->in_table = 1;
	L->nfed = 0;
	L->centred = 0;
	if (header_fields(L, lp, i) == -1)
		return idoc_nomem(L->doc);
	ita_buf_clear(&L->headtext);
	/* the header's words, to know it when a page repeats it */
	for (j = i; j < i + L->nhead && j < lp->nl; j++) {
		const struct line *ln = &lp->l[j];

		for (k = 0; k < ln->n; k++)
			if (ita_buf_adds(&L->headtext, ipdf_word_text(&lp->pg,
			    lword(lp, ln, k))) == -1)
				return idoc_nomem(L->doc);
	}
	verbose_page(L, lp->pg.no, 0);
	return idm_table_begin(L->dm);
}

/* A year or a score that OCR read: a note, as OCR misreads digits. */
static void
ocr_notes(struct pdf_layout *L, const struct lpage *lp, const struct line *ln)
{
	const struct pdf_word *w;
	const char *s;
	size_t k;
	int run, dec;

	for (k = 0; k < ln->n; k++) {
		w = lword(lp, ln, k);
		run = dec = 0;
		for (s = ipdf_word_text(&lp->pg, w); *s; ) {
			if ((*s >= '0' && *s <= '9') || ((unsigned char)s[0] ==
			    0xE0 && (unsigned char)s[1] == 0xB9 &&
			    (unsigned char)s[2] >= 0x90 &&
			    (unsigned char)s[2] <= 0x99)) {
				run++;
				s += *s >= '0' && *s <= '9' ? 1 : 3;
				continue;
			}
			if (*s == '.' && run >= 2)
				dec = 1;
			else if (run < 4 && !(dec && run >= 1))
				dec = 0, run = 0;
			if (run >= 4 || (dec && run >= 3))
				break;
			s++;
		}
		if (run >= 4 || (dec && run >= 3))
			idoc_diag(L->doc, ln->pos, ITA_SEV_NOTE, "import.ocr",
			    "page %u: '%s' was read by OCR; check the year or "
			    "score against the scan", lp->pg.no,
			    ipdf_word_text(&lp->pg, w));
	}
}

/*
 * OCR: the fiscal year, from the readings of the years on the first
 * page OCR read and the next (the title's, the periods').
 */
static int
ocr_decide_years(struct pdf_layout *L, const struct lpage *lp,
    const struct lpage *next)
{
	const struct lpage *pages[2] = { lp, next };
	size_t i, p;

	for (p = 0; p < 2; p++) {
		if (pages[p] == NULL || !pages[p]->pg.ocr)
			continue;
		for (i = 0; i < pages[p]->nl; i++) {
			if (line_text(pages[p], &pages[p]->l[i], &L->tmp) == -1)
				return -1;
			(void)iocr_years_scan(&L->years, ita_buf_str(&L->tmp),
			    L->tmp.len);
		}
	}
	L->years_rc = iocr_years_decide(&L->years, L->years_why,
	    sizeof(L->years_why));
	return 0;
}

/*
 * Text that runs off the page's right edge (a table wider than its
 * page): pdftotext gives the words only as far as the edge, so what
 * stood beyond it is lost; a warning, once a page, at its first line.
 */
static void
warn_cut_edge(struct pdf_layout *L, const struct lpage *lp)
{
	const struct line *ln;
	size_t i;

	if (lp->pg.ocr || lp->pg.width <= 0)
		return;
	for (i = 0; i < lp->nl; i++) {
		ln = &lp->l[i];
		if (ln->drop || ln->n == 0 || !past_edge(lp, ln->x1))
			continue;
		idoc_diag(L->doc, ln->pos, ITA_SEV_WARNING, "import.pdf",
		    "page %u: text runs off the right edge of the page (a "
		    "table wider than the page); what stood beyond the edge "
		    "is not in the PDF's text, so it is not imported",
		    lp->pg.no);
		return;
	}
}

/* ---- OCR: tables read from their ruling lines ---- */

/* The ruled table (pdfgrid.c) that most of line ln's words stand in. */
static size_t
grid_of(const struct lpage *lp, const struct line *ln)
{
	const struct pdf_grid *g;
	const struct pdf_word *w;
	double cx, cy;
	size_t i, k, in;

	for (i = 0; i < lp->pg.ngrid; i++) {
		g = &lp->pg.grid[i];
		for (k = in = 0; k < ln->n; k++) {
			w = lword(lp, ln, k);
			cx = (w->x0 + w->x1) / 2;
			cy = (w->y0 + w->y1) / 2;
			in += cx > g->xs[0] && cx < g->xs[g->nx - 1] &&
			    cy > g->ys[0] && cy < g->ys[g->ny - 1];
		}
		if (ln->n > 0 && in * 2 > ln->n)
			return i;
	}
	return SIZE_MAX;
}

/* The edge interval of e[0..n-1] that v is in, 0..n-2. */
static size_t
grid_span(const double *e, size_t n, double v)
{
	size_t i;

	for (i = 0; i + 2 < n && v >= e[i + 1]; i++)
		;
	return i;
}

/* The cell word w is in: the top left of the cells merged with it. */
static size_t
grid_cell(const struct pdf_grid *g, const struct pdf_word *w)
{
	size_t r = grid_span(g->ys, g->ny, (w->y0 + w->y1) / 2);
	size_t c = grid_span(g->xs, g->nx, (w->x0 + w->x1) / 2);

	for (;;) {
		if (c > 0 && !g->vrule[r * g->nx + c])
			c--;
		else if (r > 0 && !g->hrule[r * (g->nx - 1) + c])
			r--;
		else
			return r * (g->nx - 1) + c;
	}
}

static int
grid_close(struct pdf_layout *L)
{
	if (!L->grid_open)
		return 0;
	L->grid_open = 0;
	return idm_table_end(L->dm);
}

/*
 * The fields the first row of a ruled table names, for the repairs of
 * OCR's periods; a row that names none leaves those of the table before
 * (a table continued from the page before).
 */
static void
grid_fields(struct pdf_layout *L, const struct ita_buf *cell, size_t nc)
{
	int f[MAXTCOLS], any = 0;
	enum tkind hint;
	size_t c;

	for (c = 0; c < nc; c++) {
		f[c] = cell[c].len == 0 ? -1 : isyn_lookup_near(L->doc->syn,
		    cell[c].p, cell[c].len, &hint);
		any += f[c] >= 0;
	}
	if (any >= 2)
		for (c = 0; c < nc; c++)
			L->grid_field[c] = f[c];
}

/* Row r of a ruled table to the document model: its cells and spans. */
static int
grid_row(struct pdf_layout *L, const struct pdf_grid *g, size_t r,
    struct ita_buf *cell, unsigned long pos)
{
	struct dm_cell cells[MAXTCOLS];
	size_t nc = g->nx - 1, c, n = 0, any = 0;
	struct ita_buf *b;
	int below, rc;

	for (c = 0; c < nc; c++) {
		if (c > 0 && !g->vrule[r * g->nx + c] && n > 0) {
			cells[n - 1].colspan++;
			continue;
		}
		b = &cell[r * nc + c];
		below = r > 0 && !g->hrule[r * nc + c];
		if (!below && b->len > 0) {
			L->row.pos = pos;
			if (ocr_labels(b, &L->tmp) == -1 || (r > 0 &&
			    L->grid_field[c] == ITA_COL_PERIOD_TEXT &&
			    ocr_period(L, b) == -1))
				return idoc_nomem(L->doc);
			any++;
		}
		cells[n].text = below ? "" : ita_buf_str(b);
		cells[n].len = below ? 0 : b->len;
		cells[n].colspan = 1;
		cells[n].vmerged = below;
		n++;
	}
	if (any == 0)
		return 0;
	idm_set_pos(L->dm, pos);
	L->doc->ocr = 1;
	rc = idm_row(L->dm, cells, n);
	L->doc->ocr = 0;
	return rc;
}

/*
 * The ruled table gi of the page, from line i on: each word into its
 * cell, the lines of a cell joined as a wrapped paragraph, then its rows.
 * A table that starts a page goes on with the one that ended the page
 * before, if they have as many columns (its header repeated or not).
 */
static int
grid_table(struct pdf_layout *L, struct lpage *lp, size_t i, size_t gi,
    int page_top)
{
	const struct pdf_grid *g = &lp->pg.grid[gi];
	size_t nc = g->nx - 1, nr = g->ny - 1, r, k, k0, cell, at;
	struct ita_buf *cells;
	unsigned long *pos;
	const struct line *ln;
	int rc = -1;

	if (flush_para(L) == -1 || end_table(L) == -1)
		return -1;
	if (!(page_top && L->grid_open && L->grid_cols == nc) &&
	    (grid_close(L) == -1 || idm_table_begin(L->dm) == -1))
		return -1;
	if (!L->grid_open)
		for (k = 0; k < MAXTCOLS; k++)
			L->grid_field[k] = -1;
	L->grid_open = 1;
	L->grid_cols = nc;
	if ((cells = calloc(nr * nc, sizeof(*cells))) == NULL ||
	    (pos = calloc(nr, sizeof(*pos))) == NULL) {
		free(cells);
		return idoc_nomem(L->doc);
	}
	for (; i < lp->nl; i++) {
		ln = &lp->l[i];
		if (ln->drop || grid_of(lp, ln) != gi)
			continue;
		for (k0 = 0; k0 < ln->n; k0 = k) {
			cell = grid_cell(g, lword(lp, ln, k0));
			for (k = k0 + 1; k < ln->n && grid_cell(g, lword(lp,
			    ln, k)) == cell; k++)
				;
			ita_buf_clear(&L->tmp);
			if (words_text(lp, ln, k0, k, &L->tmp) == -1 ||
			    join_wrap(&cells[cell], L->tmp.p, L->tmp.len) == -1)
				goto out;
			at = cell / nc;
			if (pos[at] == 0)
				pos[at] = ln->pos;
		}
	}
	for (r = 0; r < nr; r++) {
		if (r == 0)
			grid_fields(L, cells, nc);
		if (grid_row(L, g, r, cells, pos[r] ? pos[r] : L->nlines) == -1)
			goto out;
	}
	if (L->doc->diag->verbose)
		fprintf(L->doc->diag->err, "%s: page %u: a ruled table of %zu "
		    "columns and %zu rows\n", L->doc->source, lp->pg.no, nc,
		    nr);
	rc = 0;
out:
	for (k = 0; k < nr * nc; k++)
		ita_buf_free(&cells[k]);
	free(cells);
	free(pos);
	return rc == -1 ? idoc_nomem(L->doc) : 0;
}

static int
layout(struct pdf_layout *L, struct lpage *lp, const struct lpage *next)
{
	const struct line *ln;
	size_t i, end = 0, skipped = 0, gi;
	int page_top = 1, skipping = 1, hd = 0, content = 0;
	double last_skipped = 0;

	if (drop_edges(L, lp, next) == -1 || drop_rule_lines(L, lp) == -1)
		return idoc_nomem(L->doc);
	if (lp->pg.ocr && !L->years.decided && ocr_decide_years(L, lp,
	    next) == -1)
		return idoc_nomem(L->doc);
	warn_cut_edge(L, lp);
	if (L->in_table)
		verbose_page(L, lp->pg.no, 1);
	for (i = 0; i < lp->nl; i++) {
		ln = &lp->l[i];
		if (ln->drop)
			continue;
		if (lp->pg.ocr)
			ocr_notes(L, lp, ln);
		if (lp->pg.ngrid > 0 && (gi = grid_of(lp, ln)) != SIZE_MAX) {
			if (!lp->pg.grid[gi].read) {
				lp->pg.grid[gi].read = 1;
				if (grid_table(L, lp, i, gi, !content) == -1)
					return -1;
			}
			content = 1;
			continue;
		}
		content = 1;
		if (grid_close(L) == -1)
			return -1;
		if (L->in_table && page_top && skipping &&
		    skipped < L->nhead && (repeated_header(L, lp, ln) ||
		    (lp->pg.ocr && skipped > 0 && ln->base - last_skipped <=
		    1.12 * L->pitch))) {
			/* (OCR: and the lines its cells wrap to) */
			skipped++;
			last_skipped = ln->base;
			continue;	/* the header again, on a new page */
		}
		skipping = 0;
		if (L->in_table && !page_top && i > 0 &&
		    ln->base - lp->l[i - 1].base > 1.32 * L->pitch &&
		    ln->base - lp->l[i - 1].base > 1.08 * L->maxgap &&
		    L->maxgap > 0 && !numbered_row_at(L, lp, i,
		    ln->base - lp->l[i - 1].base)) {
			if (end_table(L) == -1)
				return -1;
		}
		if (L->in_table && (hd = detail_line(L, lp, ln,
		    page_top)) != 0) {
			if (hd == -1)
				return -1;
			page_top = 0;
			continue;
		}
		if (L->in_table && (fits(L, lp, ln) || ((hd = numbered_span(L,
		    lp, ln)) == 1 && (hd = heads_table(L, lp, i)) == 0))) {
			if (table_line(L, lp, ln, page_top) == -1)
				return -1;
			page_top = 0;
			continue;
		}
		if (hd == -1)
			return idoc_nomem(L->doc);
		page_top = 0;
		/* (a line that does not fit the table: a new header names a
		 * field exactly) */
		if ((hd = header_line_as(L, lp, ln, L->in_table)) == 0 &&
		    !lp->pg.ocr &&
		    (hd = header_above(L, lp, i, L->in_table)) == 0)
			hd = stacked_header(L, lp, i, 0);
		if (hd == -1)
			return idoc_nomem(L->doc);
		if (hd) {
			if (start_table(L, lp, i, &end) == -1)
				return -1;
			if (L->in_table) {
				if (table_line(L, lp, ln, 0) == -1)
					return -1;
				continue;
			}
		}
		if (L->in_table) {
			/* a row across the table (a group heading) */
			if (emit_row(L) == -1)
				return -1;
			if (i + 1 >= lp->nl || !fits(L, lp, &lp->l[i + 1]) ||
			    ln->base - lp->l[i ? i - 1 : 0].base > 1.32 *
			    L->pitch)
				if (end_table(L) == -1)
					return -1;
		}
		if (paragraph(L, lp, ln) == -1)
			return -1;
	}
	return 0;
}

/* ---- pages ---- */

struct pdf_layout *
ipdf_layout_new(struct dm *dm, struct doc *doc)
{
	struct pdf_layout *L;

	if ((L = calloc(1, sizeof(*L))) == NULL)
		return NULL;
	L->dm = dm;
	L->doc = doc;
	ipdf_page_init(&L->held.pg);
	ipdf_page_init(&L->cur.pg);
	return L;
}

static void
lpage_free(struct lpage *lp)
{
	ipdf_page_free(&lp->pg);
	free(lp->order);
	free(lp->l);
	lp->order = NULL;
	lp->l = NULL;
	lp->nl = 0;
}

void
ipdf_layout_free(struct pdf_layout *L)
{
	size_t c;

	if (L == NULL)
		return;
	lpage_free(&L->held);
	lpage_free(&L->cur);
	ita_buf_free(&L->prev_top);
	ita_buf_free(&L->prev_bottom);
	ita_buf_free(&L->tmp);
	ita_buf_free(&L->key);
	ita_buf_free(&L->headtext);
	ita_buf_free(&L->para);
	for (c = 0; c < MAXTCOLS; c++)
		ita_buf_free(&L->row.cell[c]);
	free(L);
}

static void
number_lines(struct pdf_layout *L, struct lpage *lp)
{
	size_t i;

	for (i = 0; i < lp->nl; i++)
		lp->l[i].pos = ++L->nlines;
}

int
ipdf_layout_page(struct pdf_layout *L, struct pdf_page *pg)
{
	struct pdf_page t;
	struct lpage tl;

	/* the new page becomes cur (its buffers swapped with the caller's) */
	t = L->cur.pg;
	L->cur.pg = *pg;
	*pg = t;
	if (build_lines(&L->cur) == -1 || kho_over_number(L, &L->cur) == -1)
		return idoc_nomem(L->doc);
	number_lines(L, &L->cur);
	if (L->has_held && layout(L, &L->held, &L->cur) == -1)
		return -1;
	tl = L->held;
	L->held = L->cur;
	L->cur = tl;
	L->has_held = 1;
	return 0;
}

int
ipdf_layout_end(struct pdf_layout *L)
{
	if (L->has_held && layout(L, &L->held, NULL) == -1)
		return -1;
	L->has_held = 0;
	if (flush_para(L) == -1 || grid_close(L) == -1)
		return -1;
	return end_table(L);
}

/*
 * Plain text for terminals and e-mail: columns aligned by display width
 * and Thai text wrapped inside cells at word boundaries (width.h); no line
 * is wider than --width.  A table too wide for the line even at its
 * narrowest is printed as one block of "heading: value" lines per row.
 */
#include <stdlib.h>
#include <string.h>

#include "render.h"
#include "width.h"

#define SEP " | "
#define SEPW 3
#define MINCOL 8	/* a column is not squeezed below this (or its text) */
#define INDENT 2	/* activities under their measure */

/* Widest line of s. */
static int
natural_width(const char *s)
{
	const char *nl;
	int w, best = 0;

	for (;;) {
		nl = strchr(s, '\n');
		w = ita_width(s, nl ? (size_t)(nl - s) : strlen(s));
		if (w > best)
			best = w;
		if (nl == NULL)
			return best;
		s = nl + 1;
	}
}

/* Appends s wrapped to width, each line prefixed by indent spaces. */
static int
put_wrapped(struct ita_buf *b, struct ita_wrap *wr, const char *s, int width)
{
	const struct ita_line *ln;
	size_t n, i;
	int rc = 0;

	if (ita_wrap_lines(wr, s, strlen(s), width, &ln, &n) == -1)
		return -1;
	for (i = 0; i < n; i++) {
		rc |= ita_buf_add(b, s + ln[i].off, ln[i].len);
		rc |= ita_buf_addc(b, '\n');
	}
	return rc ? -1 : 0;
}

/* Drops the spaces that padding left at the end of the line. */
static void
trim_line_end(struct ita_buf *b, size_t line_start)
{
	while (b->len > line_start && b->p[b->len - 1] == ' ')
		b->len--;
	if (b->p != NULL)
		b->p[b->len] = '\0';
}

/* Column widths that fit the line; 0, or -1 when even minimums do not. */
static int
fit_columns(const struct rtable *t, int width, int *w, int *nat)
{
	size_t i, k, want;
	int avail, used = 0, share, add;

	avail = width - SEPW * (int)(t->ncols - 1);
	for (k = 0; k < t->ncols; k++) {
		nat[k] = natural_width(t->heads[k]);
		for (i = 0; i < t->nrows; i++) {
			add = natural_width(t->cells[i * t->ncols + k]) +
			    (t->level[i] && t->styles[k] == RSTYLE_TITLE ?
			    INDENT : 0);
			if (add > nat[k])
				nat[k] = add;
		}
		if (nat[k] < 1)
			nat[k] = 1;
		w[k] = nat[k] < MINCOL ? nat[k] : MINCOL;
		used += w[k];
	}
	if (used > avail)
		return -1;
	/* Share what is left evenly among the columns that want more. */
	for (;;) {
		for (k = want = 0; k < t->ncols; k++)
			want += w[k] < nat[k];
		if (want == 0 || used >= avail)
			break;
		share = (avail - used) / (int)want;
		if (share < 1)
			share = 1;
		for (k = 0; k < t->ncols && used < avail; k++) {
			if (w[k] >= nat[k])
				continue;
			add = nat[k] - w[k] < share ? nat[k] - w[k] : share;
			if (add > avail - used)
				add = avail - used;
			w[k] += add;
			used += add;
		}
	}
	return 0;
}

/* Activities' titles are indented under their measure. */
static int
indent_of(const struct rtable *t, size_t k, const int *w, int level)
{
	return level && t->styles[k] == RSTYLE_TITLE && w[k] > INDENT ?
	    INDENT : 0;
}

/*
 * The wrapped lines of a row's cells: column k's lines are
 * lines[k][0 .. nl[k]).  Returns the most lines of a cell (at least
 * 1), or 0 on ENOMEM.
 */
static size_t
wrap_cells(struct ita_wrap *wr, char *const *cells, const struct rtable *t,
    const int *w, int level, struct ita_line **lines, size_t *nl)
{
	const struct ita_line *ln;
	size_t k, most = 1;

	for (k = 0; k < t->ncols; k++) {
		if (ita_wrap_lines(wr, cells[k], strlen(cells[k]),
		    w[k] - indent_of(t, k, w, level), &ln, &nl[k]) == -1 ||
		    (lines[k] = calloc(nl[k] + 1, sizeof(**lines))) == NULL)
			return 0;
		/* The wrap context reuses its lines: keep a copy. */
		memcpy(lines[k], ln, nl[k] * sizeof(*ln));
		if (nl[k] > most)
			most = nl[k];
	}
	return most;
}

/* Line i of a row: each cell's line i (or blanks), padded, separated. */
static int
put_row_line(struct ita_buf *b, char *const *cells, const struct rtable *t,
    const int *w, int level, struct ita_line *const *lines,
    const size_t *nl, size_t i)
{
	size_t k, start = b->len;
	int rc = 0, indent;

	for (k = 0; k < t->ncols; k++) {
		indent = indent_of(t, k, w, level);
		if (k > 0)
			rc |= ita_buf_adds(b, SEP);
		rc |= ita_pad(b, "", 0, indent, 0);
		if (i < nl[k])
			rc |= ita_pad(b, cells[k] + lines[k][i].off,
			    lines[k][i].len, w[k] - indent, t->right[k]);
		else
			rc |= ita_pad(b, "", 0, w[k] - indent, 0);
	}
	trim_line_end(b, start);
	rc |= ita_buf_addc(b, '\n');
	return rc ? -1 : 0;
}

/* One table row (or the heading row) as wrapped, padded lines. */
static int
put_row(struct ita_buf *b, struct ita_wrap *wr, char *const *cells,
    const struct rtable *t, const int *w, int level)
{
	struct ita_line **lines;
	size_t *nl, k, i, most;
	int rc = 0;

	if ((lines = calloc(t->ncols, sizeof(*lines))) == NULL ||
	    (nl = calloc(t->ncols, sizeof(*nl))) == NULL) {
		free(lines);
		return -1;
	}
	most = wrap_cells(wr, cells, t, w, level, lines, nl);
	if (most == 0)
		rc = -1;
	for (i = 0; i < most && rc == 0; i++)
		rc = put_row_line(b, cells, t, w, level, lines, nl, i);
	for (k = 0; k < t->ncols; k++)
		free(lines[k]);
	free(lines);
	free(nl);
	return rc;
}

static int
put_rule(struct ita_buf *b, const int *w, size_t ncols)
{
	size_t k;
	int i, rc = 0;

	for (k = 0; k < ncols; k++) {
		if (k > 0)
			rc |= ita_buf_adds(b, "-+-");
		for (i = 0; i < w[k]; i++)
			rc |= ita_buf_addc(b, '-');
	}
	rc |= ita_buf_addc(b, '\n');
	return rc ? -1 : 0;
}

/* Narrow lines: each row as "heading: value" lines, rows apart. */
static int
put_blocks(struct ita_buf *b, struct ita_wrap *wr, const struct rtable *t,
    int width)
{
	struct ita_buf one = ITA_BUF_INIT;
	size_t i, k;
	int rc = 0;

	for (i = 0; i < t->nrows && rc == 0; i++) {
		if (i > 0)
			rc |= ita_buf_addc(b, '\n');
		for (k = 0; k < t->ncols; k++) {
			if (*t->cells[i * t->ncols + k] == '\0')
				continue;
			ita_buf_clear(&one);
			rc |= ita_buf_printf(&one, "%s: %s", t->heads[k],
			    t->cells[i * t->ncols + k]);
			rc |= put_wrapped(b, wr, ita_buf_str(&one), width);
		}
	}
	ita_buf_free(&one);
	return rc ? -1 : 0;
}

static int
put_table(struct ita_buf *b, struct ita_wrap *wr, const struct rtable *t,
    int width)
{
	int *w, *nat, rc = 0, multi = 0;
	size_t i, k;

	rc |= ita_buf_addc(b, '\n');
	rc |= put_wrapped(b, wr, t->caption, width);
	rc |= ita_buf_addc(b, '\n');
	if (t->ncols == 0)
		return rc ? -1 : 0;
	if ((w = calloc(t->ncols, sizeof(*w))) == NULL ||
	    (nat = calloc(t->ncols, sizeof(*nat))) == NULL) {
		free(w);
		return -1;
	}
	if (fit_columns(t, width, w, nat) == -1) {
		rc |= put_blocks(b, wr, t, width);
		goto out;
	}
	/* Rows of several lines are ruled apart, or they would run together. */
	for (i = 0; i < t->nrows && !multi; i++)
		for (k = 0; k < t->ncols; k++) {
			const char *c = t->cells[i * t->ncols + k];

			if (strchr(c, '\n') || natural_width(c) > w[k] -
			    (t->level[i] && t->styles[k] == RSTYLE_TITLE ?
			    INDENT : 0))
				multi = 1;
		}
	rc |= put_row(b, wr, t->heads, t, w, 0);
	rc |= put_rule(b, w, t->ncols);
	for (i = 0; i < t->nrows && rc == 0; i++) {
		if (multi && i > 0)
			rc |= put_rule(b, w, t->ncols);
		rc |= put_row(b, wr, t->cells + i * t->ncols, t, w,
		    t->level[i]);
	}
out:
	free(w);
	free(nat);
	return rc ? -1 : 0;
}

/*
 * The signature block, with blanks to fill in, as in html and fodt: one
 * short line each for signing, the name, the position and the role, so
 * that it stays readable at narrow widths.
 */
static int
put_signatures(struct ita_buf *b, struct ita_wrap *wr, const struct rdoc *d,
    const struct ropts *o)
{
	struct ita_buf one = ITA_BUF_INIT;
	int i, rc = 0, blank = o->width < 26 ? o->width : 26;

	for (i = 0; i < 3; i++) {
		rc |= ita_buf_addc(b, '\n');
		ita_buf_clear(&one);
		/* Blanks fit the line: dots have no place to wrap. */
		rc |= ita_buf_printf(&one, "%s %.*s", o->lang == RLANG_TH ?
		    "(ลงชื่อ)" : "(signed)", blank - 9, RSIGN_BLANK);
		rc |= put_wrapped(b, wr, ita_buf_str(&one), o->width);
		ita_buf_clear(&one);
		if (d->sign[i].name != NULL)
			rc |= ita_buf_printf(&one, "(%s)", d->sign[i].name);
		else
			rc |= ita_buf_printf(&one, "(%.*s)", blank - 2,
			    RSIGN_BLANK);
		rc |= put_wrapped(b, wr, ita_buf_str(&one), o->width);
		if (d->sign[i].position != NULL)
			rc |= put_wrapped(b, wr, d->sign[i].position,
			    o->width);
		rc |= put_wrapped(b, wr, rsign_label(i, o->lang), o->width);
	}
	ita_buf_free(&one);
	return rc ? -1 : 0;
}

int
render_txt(struct ita_buf *b, const struct rdoc *d, const struct ropts *o,
    int seq)
{
	struct ita_wrap *wr;
	size_t i;
	int rc = 0;

	if ((wr = o->wrap) == NULL && (wr = ita_wrap_new()) == NULL)
		return -1;
	/* Reports one after another, ruled apart. */
	if (seq > 0) {
		rc |= ita_buf_addc(b, '\n');
		for (i = 0; i < (size_t)o->width && i < 72; i++)
			rc |= ita_buf_addc(b, '=');
		rc |= ita_buf_adds(b, "\n\n");
	}
	rc |= put_wrapped(b, wr, d->title, o->width);
	for (i = 0; i < d->nlines; i++)
		rc |= put_wrapped(b, wr, d->lines[i], o->width);
	for (i = 0; i < d->ntables && rc == 0; i++)
		rc |= put_table(b, wr, &d->tables[i], o->width);
	rc |= put_signatures(b, wr, d, o);
	if (wr != o->wrap)
		ita_wrap_free(wr);
	return rc ? -1 : 0;
}

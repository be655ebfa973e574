/*
 * Plain text for terminals and e-mail: columns aligned by display width
 * and Thai text wrapped inside cells at word boundaries (width.h); no line
 * is wider than --width.  A table too wide for the line even at its
 * narrowest is printed as one block of "heading: value" lines per row.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <limits.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "render.h"
#include "width.h"

#define SEP " | "
#define SEPW 3
#define MINCOL 8	/* a column is not squeezed below this (or its text) */
#define INDENT 2	/* activities under their measure */
/* A table of blocks with fewer bytes of cells is laid out by one thread. */
#define BLOCK_THREAD_BYTES 8192

/*
 * The widest line of s if every line fits in width columns, else width
 * + 1: a long text is not measured past its first line that is too wide.
 */
static int
width_within(const char *s, int width)
{
	const char *nl;
	int w, best = 0;

	for (;;) {
		nl = strchr(s, '\n');
		w = ita_width_max(s, nl ? (size_t)(nl - s) : strlen(s), width);
		if (w > width)
			return w;
		if (w > best)
			best = w;
		if (nl == NULL)
			return best;
		s = nl + 1;
	}
}

/* Widest line of s. */
static int
natural_width(const char *s)
{
	return width_within(s, INT_MAX - 1);
}

static int
add_spaces(struct ita_buf *b, int n)
{
	static const char sp[] = "                                ";
	int k;

	for (; n > 0; n -= k) {
		k = n < (int)sizeof(sp) - 1 ? n : (int)sizeof(sp) - 1;
		if (ita_buf_add(b, sp, (size_t)k) == -1)
			return -1;
	}
	return 0;
}

/* A line of text: bytes [off, off + len), w columns (-1: not measured). */
struct tline {
	size_t	off, len;
	int	w;
};

/* Lines of a text, and of each cell of a row (first[k], count[k]). */
struct tlines {
	struct tline	*v;
	size_t		 n, cap;
	size_t		*first, *count;
};

static int
tlines_add(struct tlines *L, size_t off, size_t len, int w)
{
	struct tline *p;

	if ((p = ita_grow(L->v, L->n, &L->cap, sizeof(*p), 64)) == NULL)
		return -1;
	L->v = p;
	L->v[L->n++] = (struct tline){ .off = off, .len = len, .w = w };
	return 0;
}

static void
tlines_free(struct tlines *L)
{
	free(L->v);
	free(L->first);
	free(L->count);
}

/*
 * Adds the lines of s, which fits its width (sw columns, its widest
 * line): its own lines, without the spaces that end them, as
 * ita_wrap_lines would give them, without running the word breaker
 * (and like it, nothing after a final newline: "" has no line).
 */
static int
split_fitting(struct tlines *L, const char *s, int sw)
{
	const char *nl;
	size_t off = 0, len;
	int single = strchr(s, '\n') == NULL;

	while (s[off] != '\0') {
		nl = strchr(s + off, '\n');
		len = nl ? (size_t)(nl - (s + off)) : strlen(s + off);
		while (len > 0 && s[off + len - 1] == ' ') {
			len--;
			sw--;
		}
		if (tlines_add(L, off, len, single ? sw : -1) == -1)
			return -1;
		if (nl == NULL)
			return 0;
		off = (size_t)(nl - s) + 1;
	}
	return 0;
}

/* Adds the lines of s at width; sw: its widest line, if known, else -1. */
static int
text_lines(struct tlines *L, struct ita_wrap *wr, const char *s, int sw,
    int width)
{
	const struct ita_line *ln;
	size_t n, i;

	if (sw < 0)
		sw = width_within(s, width < 0 ? 0 : width);
	if (sw <= width)
		return split_fitting(L, s, sw);
	if (ita_wrap_lines(wr, s, strlen(s), width, &ln, &n) == -1)
		return -1;
	for (i = 0; i < n; i++)
		if (tlines_add(L, ln[i].off, ln[i].len, -1) == -1)
			return -1;
	return 0;
}

/*
 * Appends s wrapped to width: the lines text_lines would give, written
 * as they are found, so that a cell costs no array of lines (a malloc and
 * a free each, in put_blocks).
 */
static int
put_wrapped(struct ita_buf *b, struct ita_wrap *wr, const char *s, int width)
{
	const struct ita_line *ln;
	const char *nl;
	size_t off = 0, len, n, i;
	int rc = 0;

	if (width_within(s, width < 0 ? 0 : width) <= width) {
		/* split_fitting's lines */
		while (s[off] != '\0' && rc == 0) {
			nl = strchr(s + off, '\n');
			len = nl ? (size_t)(nl - (s + off)) : strlen(s + off);
			while (len > 0 && s[off + len - 1] == ' ')
				len--;
			rc |= ita_buf_add(b, s + off, len);
			rc |= ita_buf_addc(b, '\n');
			if (nl == NULL)
				break;
			off = (size_t)(nl - s) + 1;
		}
		return rc ? -1 : 0;
	}
	if (ita_wrap_lines(wr, s, strlen(s), width, &ln, &n) == -1)
		return -1;
	for (i = 0; i < n && rc == 0; i++) {
		rc |= ita_buf_add(b, s + ln[i].off, ln[i].len);
		rc |= ita_buf_addc(b, '\n');
	}
	return rc ? -1 : 0;
}

/* Appends line ln of s padded to width (cut if wider). */
static int
pad_line(struct ita_buf *b, const char *s, const struct tline *ln, int width,
    int right)
{
	int w = ln->w >= 0 ? ln->w : ita_width(s + ln->off, ln->len);

	if (w > width)
		return ita_pad(b, s + ln->off, ln->len, width, right);
	if ((right && add_spaces(b, width - w) == -1) ||
	    ita_buf_add(b, s + ln->off, ln->len) == -1 ||
	    (!right && add_spaces(b, width - w) == -1))
		return -1;
	return 0;
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

/* A table being printed: column widths, and each cell's widest line. */
struct tab {
	const struct rtable	*t;
	struct ita_wrap		*wr;
	int			*w;	/* ncols: column widths */
	int			*nat;	/* ncols: widest line of a column */
	int			*headw;	/* ncols: widest line of a heading */
	int			*cellw;	/* nrows * ncols */
	struct tlines		 L;	/* the lines of the row being printed */
	struct tlines		*last;	/* ncols: the last cell wrapped */
	const char		**last_text;	/* ncols: its text */
	int			*last_width;	/* ncols: and width */
};

static int
tab_init(struct tab *T, const struct rtable *t, struct ita_wrap *wr)
{
	size_t n = t->ncols;

	memset(T, 0, sizeof(*T));
	T->t = t;
	T->wr = wr;
	if ((T->w = calloc(n, sizeof(*T->w))) == NULL ||
	    (T->nat = calloc(n, sizeof(*T->nat))) == NULL ||
	    (T->headw = calloc(n, sizeof(*T->headw))) == NULL ||
	    (T->cellw = calloc(t->nrows * n + 1, sizeof(*T->cellw))) == NULL ||
	    (T->L.first = calloc(n, sizeof(*T->L.first))) == NULL ||
	    (T->L.count = calloc(n, sizeof(*T->L.count))) == NULL ||
	    (T->last = calloc(n, sizeof(*T->last))) == NULL ||
	    (T->last_text = calloc(n, sizeof(*T->last_text))) == NULL ||
	    (T->last_width = calloc(n, sizeof(*T->last_width))) == NULL)
		return -1;
	return 0;
}

static void
tab_free(struct tab *T)
{
	size_t k;

	free(T->w);
	free(T->nat);
	free(T->headw);
	free(T->cellw);
	tlines_free(&T->L);
	if (T->last != NULL)
		for (k = 0; k < T->t->ncols; k++)
			tlines_free(&T->last[k]);
	free(T->last);
	free(T->last_text);
	free(T->last_width);
}

/* Activities' titles are indented under their measure. */
static int
indent_of(const struct tab *T, size_t k, int level)
{
	return level && T->t->styles[k] == RSTYLE_TITLE && T->w[k] > INDENT ?
	    INDENT : 0;
}

/* Measures every heading and cell once; the natural column widths. */
static void
measure_cells(struct tab *T)
{
	const struct rtable *t = T->t;
	size_t i, k;
	int add;

	for (k = 0; k < t->ncols; k++) {
		T->nat[k] = T->headw[k] = natural_width(t->heads[k]);
		for (i = 0; i < t->nrows; i++) {
			T->cellw[i * t->ncols + k] =
			    natural_width(t->cells[i * t->ncols + k]);
			add = T->cellw[i * t->ncols + k] +
			    (t->level[i] && t->styles[k] == RSTYLE_TITLE ?
			    INDENT : 0);
			if (add > T->nat[k])
				T->nat[k] = add;
		}
		if (T->nat[k] < 1)
			T->nat[k] = 1;
	}
}

/*
 * Widest line of s, measured only up to cap columns: min(natural_width(s),
 * cap), so that a long cell is not measured to its end.
 */
static int
natural_width_cap(const char *s, int cap)
{
	int w = width_within(s, cap);

	return w < cap ? w : cap;
}

/*
 * Do the columns fit the line at their minimums (what fit_columns first
 * checks, from the widths measure_cells would give)?  A table that does
 * not is printed as blocks, and its cells need not be measured whole.
 */
static int
fits_at_minimum(const struct rtable *t, int width)
{
	size_t i, k, n = t->ncols;
	long used = 0;
	int m, add;

	for (k = 0; k < n; k++) {
		m = natural_width_cap(t->heads[k], MINCOL);
		for (i = 0; i < t->nrows && m < MINCOL; i++) {
			add = natural_width_cap(t->cells[i * n + k], MINCOL) +
			    (t->level[i] && t->styles[k] == RSTYLE_TITLE ?
			    INDENT : 0);
			if (add > m)
				m = add < MINCOL ? add : MINCOL;
		}
		used += m < 1 ? 1 : m;
	}
	return used <= (long)width - SEPW * (long)(n - 1);
}

/* Column widths that fit the line; 0, or -1 when even minimums do not. */
static int
fit_columns(struct tab *T, int width)
{
	const int *nat = T->nat;
	int *w = T->w;
	size_t k, want, n = T->t->ncols;
	int avail, used = 0, share, add;

	avail = width - SEPW * (int)(n - 1);
	for (k = 0; k < n; k++) {
		w[k] = nat[k] < MINCOL ? nat[k] : MINCOL;
		used += w[k];
	}
	if (used > avail)
		return -1;
	/* Share what is left evenly among the columns that want more. */
	for (;;) {
		for (k = want = 0; k < n; k++)
			want += w[k] < nat[k];
		if (want == 0 || used >= avail)
			break;
		share = (avail - used) / (int)want;
		if (share < 1)
			share = 1;
		for (k = 0; k < n && used < avail; k++) {
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

static int
tlines_append(struct tlines *to, const struct tline *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (tlines_add(to, v[i].off, v[i].len, v[i].w) == -1)
			return -1;
	return 0;
}

/*
 * The lines of cell s of column k at width: a cell that must be wrapped
 * is often the same as the one above it (a responsible office, a status,
 * a period), so the last one wrapped in each column is kept.
 */
static int
cell_lines(struct tab *T, size_t k, const char *s, int sw, int width)
{
	struct tlines *L = &T->L, *last = &T->last[k];
	size_t first = L->n;

	if (sw <= width)
		return split_fitting(L, s, sw);
	if (T->last_text[k] != NULL && T->last_width[k] == width &&
	    strcmp(T->last_text[k], s) == 0)
		return tlines_append(L, last->v, last->n);
	if (text_lines(L, T->wr, s, sw, width) == -1)
		return -1;
	last->n = 0;
	T->last_text[k] = NULL;
	if (tlines_append(last, L->v + first, L->n - first) == -1)
		return -1;
	T->last_text[k] = s;
	T->last_width[k] = width;
	return 0;
}

/*
 * The lines of a row's cells (cellw: their widest lines), wrapped only
 * where a cell does not fit its column.  Returns the most lines of a
 * cell (at least 1), or 0 on ENOMEM.
 */
static size_t
row_lines(struct tab *T, char *const *cells, const int *cellw, int level)
{
	struct tlines *L = &T->L;
	size_t k, most = 1;

	L->n = 0;
	for (k = 0; k < T->t->ncols; k++) {
		L->first[k] = L->n;
		if (cell_lines(T, k, cells[k], cellw[k],
		    T->w[k] - indent_of(T, k, level)) == -1)
			return 0;
		L->count[k] = L->n - L->first[k];
		if (L->count[k] > most)
			most = L->count[k];
	}
	return most;
}

/* Line i of a row: each cell's line i (or blanks), padded, separated. */
static int
put_row_line(struct ita_buf *b, const struct tab *T, char *const *cells,
    int level, size_t i)
{
	const struct tlines *L = &T->L;
	size_t k, start = b->len;
	int rc = 0, indent;

	for (k = 0; k < T->t->ncols; k++) {
		indent = indent_of(T, k, level);
		if (k > 0)
			rc |= ita_buf_adds(b, SEP);
		rc |= add_spaces(b, indent);
		if (i < L->count[k])
			rc |= pad_line(b, cells[k], &L->v[L->first[k] + i],
			    T->w[k] - indent, T->t->right[k]);
		else
			rc |= add_spaces(b, T->w[k] - indent);
	}
	trim_line_end(b, start);
	rc |= ita_buf_addc(b, '\n');
	return rc ? -1 : 0;
}

/* One table row (or the heading row) as wrapped, padded lines. */
static int
put_row(struct ita_buf *b, struct tab *T, char *const *cells,
    const int *cellw, int level)
{
	size_t i, most;
	int rc = 0;

	if ((most = row_lines(T, cells, cellw, level)) == 0)
		return -1;
	for (i = 0; i < most && rc == 0; i++)
		rc = put_row_line(b, T, cells, level, i);
	return rc;
}

static int
put_rule(struct ita_buf *b, const int *w, size_t ncols)
{
	static const char dashes[] = "--------------------------------";
	size_t k;
	int i, n, rc = 0;

	for (k = 0; k < ncols; k++) {
		if (k > 0)
			rc |= ita_buf_adds(b, "-+-");
		for (i = 0; i < w[k]; i += n) {
			n = w[k] - i < (int)sizeof(dashes) - 1 ? w[k] - i :
			    (int)sizeof(dashes) - 1;
			rc |= ita_buf_add(b, dashes, (size_t)n);
		}
	}
	rc |= ita_buf_addc(b, '\n');
	return rc ? -1 : 0;
}

/* Row i of put_blocks; one: a scratch buffer. */
static int
put_block_row(struct ita_buf *b, struct ita_buf *one, struct ita_wrap *wr,
    const struct rtable *t, size_t i, int width)
{
	size_t k;
	int rc = 0;

	if (i > 0)
		rc |= ita_buf_addc(b, '\n');
	for (k = 0; k < t->ncols && rc == 0; k++) {
		if (*t->cells[i * t->ncols + k] == '\0')
			continue;
		ita_buf_clear(one);
		rc |= ita_buf_add(one, t->heads[k], strlen(t->heads[k]));
		rc |= ita_buf_add(one, ": ", 2);
		rc |= ita_buf_add(one, t->cells[i * t->ncols + k],
		    strlen(t->cells[i * t->ncols + k]));
		rc |= put_wrapped(b, wr, ita_buf_str(one), width);
	}
	return rc ? -1 : 0;
}

/*
 * A table of blocks laid out by two threads: each takes the next row
 * left, this one from the first row on, the worker from the last row
 * back, until none is left (taken counts the rows taken, by both), so
 * the two share the work however fast each goes.  The worker's rows go to
 * b in the order it did them, row n - 1 first; off[j] is where its j-th
 * begins, off[m] the end.
 */
struct block_share {
	const struct rtable	*t;
	int			 width;
	atomic_size_t		 taken;
	struct ita_wrap		*wr;	/* the worker's */
	struct ita_buf		 b, one;
	size_t			*off, m;
	int			 rc;
};

static int
block_take(struct block_share *s)
{
	return atomic_fetch_add(&s->taken, 1) < s->t->nrows;
}

static int
block_worker(void *arg)
{
	struct block_share *s = arg;

	while (s->rc == 0 && block_take(s)) {
		s->off[s->m] = s->b.len;
		s->rc = put_block_row(&s->b, &s->one, s->wr, s->t,
		    s->t->nrows - 1 - s->m, s->width);
		s->m++;
	}
	s->off[s->m] = s->b.len;
	return 0;
}

/*
 * Narrow lines: each row as "heading: value" lines, rows apart.  With a
 * worker (o->worker) a table of enough text is shared with the second
 * thread (block_share); each row's lines depend on the row alone, so the
 * rows put back in order are the same bytes.
 */
static int
put_blocks(struct ita_buf *b, struct ita_wrap *wr, const struct rtable *t,
    const struct ropts *o)
{
	struct block_share s = { .t = t, .width = o->width, .wr = o->wrap2,
	    .b = ITA_BUF_INIT, .one = ITA_BUF_INIT };
	struct ita_buf one = ITA_BUF_INIT;
	size_t i, n = t->nrows * t->ncols, bytes = 0, j;
	int rc = 0, shared = 0;

	for (i = 0; i < n && bytes < BLOCK_THREAD_BYTES; i++)
		bytes += strlen(t->cells[i]);
	atomic_init(&s.taken, 0);
	if (o->worker != NULL && o->wrap2 != NULL && t->nrows > 1 &&
	    bytes >= BLOCK_THREAD_BYTES &&
	    (s.off = calloc(t->nrows + 1, sizeof(*s.off))) != NULL &&
	    rworker_run(o->worker, block_worker, &s) == 0)
		shared = 1;
	for (i = 0; rc == 0 && (shared ? block_take(&s) : i < t->nrows); i++)
		rc = put_block_row(b, &one, wr, t, i, o->width);
	if (shared) {
		rworker_finish(o->worker);
		rc |= s.rc;
		/* the worker's rows, last done first: row n - m on */
		for (j = s.m; rc == 0 && j > 0; j--)
			rc = ita_buf_add(b, s.b.p + s.off[j - 1],
			    s.off[j] - s.off[j - 1]);
	}
	ita_buf_free(&one);
	ita_buf_free(&s.one);
	ita_buf_free(&s.b);
	free(s.off);
	return rc ? -1 : 0;
}

/* Rows of several lines are ruled apart, or they would run together. */
static int
has_multiline_rows(const struct tab *T)
{
	const struct rtable *t = T->t;
	size_t i, k;

	for (i = 0; i < t->nrows; i++)
		for (k = 0; k < t->ncols; k++)
			if (T->cellw[i * t->ncols + k] > T->w[k] -
			    (t->level[i] && t->styles[k] == RSTYLE_TITLE ?
			    INDENT : 0) ||
			    strchr(t->cells[i * t->ncols + k], '\n'))
				return 1;
	return 0;
}

/* The table as aligned columns, its rows ruled apart if they wrap. */
static int
put_columns(struct ita_buf *b, struct tab *T)
{
	const struct rtable *t = T->t;
	size_t i;
	int rc = 0, multi = has_multiline_rows(T);

	rc |= put_row(b, T, t->heads, T->headw, 0);
	rc |= put_rule(b, T->w, t->ncols);
	for (i = 0; i < t->nrows && rc == 0; i++) {
		if (multi && i > 0)
			rc |= put_rule(b, T->w, t->ncols);
		rc |= put_row(b, T, t->cells + i * t->ncols,
		    T->cellw + i * t->ncols, t->level[i]);
	}
	return rc ? -1 : 0;
}

static int
put_table(struct ita_buf *b, struct ita_wrap *wr, const struct rtable *t,
    const struct ropts *o)
{
	struct tab T;
	int rc = 0, width = o->width;

	rc |= ita_buf_addc(b, '\n');
	rc |= put_wrapped(b, wr, t->caption, width);
	rc |= ita_buf_addc(b, '\n');
	if (t->ncols == 0)
		return rc ? -1 : 0;
	if (tab_init(&T, t, wr) == -1)
		rc = -1;
	else {
		if (!fits_at_minimum(t, width))
			rc |= put_blocks(b, wr, t, o);
		else {
			measure_cells(&T);
			if (fit_columns(&T, width) == -1)
				rc |= put_blocks(b, wr, t, o);
			else
				rc |= put_columns(b, &T);
		}
	}
	tab_free(&T);
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
		rc |= ita_buf_printf(&one, "%s %.*s", rsign_word(o->lang),
		    blank - 9, RSIGN_BLANK);
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
		rc |= put_table(b, wr, &d->tables[i], o);
	if (!d->no_sign)
		rc |= put_signatures(b, wr, d, o);
	if (wr != o->wrap)
		ita_wrap_free(wr);
	return rc ? -1 : 0;
}

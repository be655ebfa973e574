/*
 * Column widths of a printed table (html, fodt) from what the cells
 * hold: each column gets at least its longest word (so that a header
 * such as ตัวชี้วัด is never cut inside a word); the rest of the page goes,
 * a few columns at a time, to the column whose widening most shortens
 * the table, found by wrapping the cells as the page will.  A table that
 * would print on fewer pages in landscape than in portrait, or that has
 * more than RTABLE_PORTRAIT_MAX_COLS columns, is printed in landscape.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <stdlib.h>
#include <string.h>

#include <thai/thbrk.h>
#include <thai/thwbrk.h>
#include <utf8proc.h>

#include "grow.h"
#include "render.h"

/*
 * Display columns of the text area at 11 pt (TH Sarabun New and its
 * free twin Laksaman: 6.0 pt a column, 6.55 at 12 pt, 7.64 at 14 pt;
 * Laksaman's digits are 0.544 em, 6.53 pt at 12 pt in both Chromium's
 * and LibreOffice's prints): A4 portrait 16 cm, landscape 25.2 cm.
 * Cells were 14 pt (59 and 93 columns) until seed 002 printed in 15
 * pages, then 12 pt (69 and 109) until it printed in 12.
 */
#define PAGE_COLS_PORTRAIT	75
#define PAGE_COLS_LANDSCAPE	119
/*
 * Lines of 11 pt cells a page holds at a line height of 1.15 (12.65 pt;
 * text height 24.3 and 16.1 cm).
 */
#define PAGE_LINES_PORTRAIT	54
#define PAGE_LINES_LANDSCAPE	36
/*
 * A Thai word longer than WORD_MAX is broken anyway; a number, a date or
 * a Latin word (a run without Thai letters: 2568, 9.4, Facebook) is
 * never, up to HARD_MAX columns (a link is longer).  A cell pads a
 * column each side in the model; the CSS pads 0.3 em each side and draws
 * a border, 1.2 columns in all, so each column gives the page back
 * PAD_BACK tenths of a column.
 */
#define WORD_MAX	10
#define HARD_MAX	RGLUE_MAX
#define HEAD_WHOLE	6
#define HEAD_PART	3
#define PAD		1
#define PAD_BACK	8
/*
 * Bold text's width: 4 % wider in Laksaman Bold (Chromium, 105 columns of
 * the tables' headers: 792 pt, regular 760 pt), a twentieth rounded up.
 */
#define BOLD(w)		(((w) * 21 + 19) / 20)
/* Rows sampled to fit the widths: the cost stays bounded on huge tables. */
#define SAMPLE_ROWS	200
/* A row's padding and borders, in quarter lines; the height's unit. */
#define ROW_EDGE	1

/* A run of a cell that wraps as one: a word, or a part of a long one. */
struct piece {
	unsigned	at;		/* its first byte in the cell */
	unsigned short	w;		/* display columns */
	unsigned char	before;		/* 0 joined, 1 a space, 2 a line break */
};

/* The pieces of the sampled cells; row 0 is the header. */
struct fitting {
	size_t		 ncols, nrows;
	struct piece	*pc;
	size_t		 npc, cap;
	size_t		*start;		/* nrows * ncols + 1 */
	int		*lines;		/* nrows * ncols, at the current widths */
	int		*min, *ideal;	/* ncols */
	int		*top1, *top2;	/* nrows: each row's two tallest cells */
	size_t		*arg;		/* nrows: the column of top1 */
	long		 sq;		/* the sum of the cells' lines squared */
};

static int
add_piece(struct fitting *f, int w, int before, size_t at)
{
	struct piece *p;

	if ((p = ita_grow(f->pc, f->npc, &f->cap, sizeof(*p), 256)) == NULL)
		return -1;
	f->pc = p;
	f->pc[f->npc].w = (unsigned short)(w > 60000 ? 60000 : w);
	f->pc[f->npc].before = (unsigned char)before;
	f->pc[f->npc].at = (unsigned)at;
	f->npc++;
	return 0;
}

/* libthai's word breaker and the buffers it reads and fills. */
struct rwords {
	ThBrk		*brk;		/* NULL: breaks at spaces only */
	thwchar_t	*wc;		/* the code points of a cell, 0-ended */
	size_t		*off;		/* byte offset of each, and the end */
	int		*pos;		/* libthai's breaks */
	unsigned char	*brk_at;	/* 1 where a word starts */
	unsigned char	*glued;		/* 1 inside a date kept whole */
	size_t		 cap;
};

struct rwords *
rwords_new(void)
{
	struct rwords *wd;

	if ((wd = calloc(1, sizeof(*wd))) == NULL)
		return NULL;
	wd->brk = th_brk_new(NULL);
	return wd;
}

void
rwords_free(struct rwords *wd)
{
	if (wd == NULL)
		return;
	if (wd->brk != NULL)
		th_brk_delete(wd->brk);
	free(wd->wc);
	free(wd->off);
	free(wd->pos);
	free(wd->brk_at);
	free(wd->glued);
	free(wd);
}

static int
words_reserve(struct rwords *wd, size_t n)
{
	struct ita_grow_arr a[] = {
		ITA_GROW_ARR(wd->wc),
		ITA_GROW_ARR(wd->off),
		ITA_GROW_ARR(wd->pos),
		ITA_GROW_ARR(wd->brk_at),
		ITA_GROW_ARR(wd->glued)
	};

	return ita_grow_arrays(a, 5, &wd->cap, n, 64);
}

/* Code points of s, their offsets and the word starts libthai finds. */
static int
rwords_decode(struct rwords *wd, const char *s, size_t len, size_t *np)
{
	utf8proc_int32_t cp;
	utf8proc_ssize_t r;
	size_t i = 0, n = 0;
	int k, nb;

	if (words_reserve(wd, len + 1) == -1)
		return -1;
	while (i < len) {
		r = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
		    (utf8proc_ssize_t)(len - i), &cp);
		if (r < 1) {
			r = 1;
			cp = '?';
		}
		wd->wc[n] = (thwchar_t)cp;
		wd->off[n] = i;
		wd->brk_at[n] = 0;
		n++;
		i += (size_t)r;
	}
	wd->wc[n] = 0;
	wd->off[n] = len;
	nb = wd->brk != NULL && n > 1 ? th_brk_wc_find_breaks(wd->brk,
	    wd->wc, wd->pos, n + 1) : 0;
	for (k = 0; k < nb; k++)
		if (wd->pos[k] > 0 && (size_t)wd->pos[k] < n)
			wd->brk_at[wd->pos[k]] = 1;
	*np = n;
	return 0;
}

/* Marks the code points inside the dates of s that print whole. */
static void
mark_glued(struct rwords *wd, const char *s, size_t len, size_t n)
{
	size_t at = 0, a, b, j = 0;

	memset(wd->glued, 0, n + 1);
	while (at < len && rglue_next(s + at, len - at, &a, &b)) {
		a += at;
		b += at;
		at = b;
		if (ita_width(s + a, b - a) > RGLUE_MAX)
			continue;
		for (; j < n && wd->off[j] < b; j++)
			if (wd->off[j] > a)
				wd->glued[j] = 1;
	}
}

static int
is_space(thwchar_t c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* A Thai letter, vowel or mark (not a Thai digit): where Thai words are. */
static int
is_thai_letter(thwchar_t c)
{
	return c >= 0x0E01 && c <= 0x0E4F;
}

/*
 * The narrowest a piece [a, b) may be: a Thai word its width up to
 * WORD_MAX, and its longest run without Thai letters (a number, a date's
 * digits, a Latin word) whole, up to HARD_MAX.
 */
static int
piece_min(const struct rwords *wd, const char *s, size_t a, size_t b, int w)
{
	size_t i, r;
	int m = w > WORD_MAX ? WORD_MAX : w, h;

	if (w <= WORD_MAX)
		return m;
	for (i = a; i < b; i = r) {
		while (i < b && is_thai_letter(wd->wc[i]))
			i++;
		for (r = i; r < b && !is_thai_letter(wd->wc[r]); r++)
			;
		if (r == i)
			break;
		h = ita_width(s + wd->off[i], wd->off[r] - wd->off[i]);
		if (h > HARD_MAX)
			h = HARD_MAX;
		if (h > m)
			m = h;
	}
	return m;
}

/*
 * The piece [a, b) of the decoded cell; *word gets the widest word (a
 * piece holding a date kept whole, glue, is never narrower than itself).
 */
static int
close_piece(struct fitting *f, const struct rwords *wd, const char *s,
    size_t a, size_t b, int before, int keep, int glue, int *word)
{
	int w = ita_width(s + wd->off[a], wd->off[b] - wd->off[a]), m;
	size_t i;

	/* ☐ and ☑ come from a fallback font (DejaVu Sans), 1.5 columns wide */
	for (i = a; i < b; i++)
		if (wd->wc[i] == 0x2610 || wd->wc[i] == 0x2611)
			w++;

	m = glue ? (w > RGLUE_MAX ? RGLUE_MAX : w) : piece_min(wd, s, a, b, w);
	if (m > *word)
		*word = m;
	return keep ? add_piece(f, w, before, wd->off[a]) : 0;
}

/*
 * Cuts s into its words, at spaces and line breaks and at libthai's
 * word boundaries; *word gets the widest (at most WORD_MAX).  keep:
 * store them.
 */
static int
cut_cell(struct fitting *f, struct rwords *wd, const char *s, int keep,
    int *word)
{
	size_t i, n, a = 0, len = strlen(s);
	int open = 0, before = 0, glue = 0;

	if (rwords_decode(wd, s, len, &n) == -1)
		return -1;
	mark_glued(wd, s, len, n);
	for (i = 0; i < n; i++) {
		if (is_space(wd->wc[i]) && !wd->glued[i]) {
			if (open && close_piece(f, wd, s, a, i, before, keep,
			    glue, word) == -1)
				return -1;
			if (open)
				before = 0;
			open = 0;
			if (wd->wc[i] == '\n')
				before = 2;
			else if (before == 0)
				before = 1;
			continue;
		}
		if (open && wd->brk_at[i] && !wd->glued[i]) {
			if (close_piece(f, wd, s, a, i, before, keep, glue,
			    word) == -1)
				return -1;
			before = 0;
			open = 0;
		}
		if (!open) {
			a = i;
			open = 1;
			glue = 0;
		}
		glue |= wd->glued[i];
	}
	if (open)
		return close_piece(f, wd, s, a, n, before, keep, glue, word);
	return 0;
}

/* Lines of a cell at width cols (less the padding), greedy as a browser. */
static int
cell_lines(const struct piece *p, size_t n, int cols)
{
	size_t i;
	int lines = 1, cur = 0, room = cols - 2 * PAD;

	if (room < 1)
		room = 1;
	for (i = 0; i < n; i++) {
		if (p[i].before == 2 && i > 0) {
			lines++;
			cur = 0;
		}
		if (cur > 0 && cur + (p[i].before == 1) + p[i].w > room) {
			lines++;
			cur = 0;
		}
		if (cur > 0)
			cur += p[i].before == 1;
		cur += p[i].w;
		while (cur > room) {	/* a piece wider than the column */
			lines++;
			cur -= room;
		}
	}
	return lines;
}

/*
 * A header's narrowest width: a short one (HEAD_WHOLE columns at most,
 * no space) stays whole: ตัวชี้วัด, ผู้รับผิดชอบ, not ตัว ชี้ วัด stacked; a
 * longer one takes two lines at most, broken between its words where the
 * longer line is shortest (ระยะเวลา / ดำเนินการ, not ระยะ / เวลา / ดำเนิน /
 * การ), each line HEAD_PART columns at least (not ผู้ / รับผิดชอบ), the
 * later break on a tie (ตัวชี้วัด / ย่อย, not ตัวชี้ / วัดย่อย).  Returns the
 * piece the second line starts with, or 0 for none; *width the width.
 * A header of explicit lines breaks between its words (*width -1).
 */
static size_t
head_split(const struct piece *p, size_t n, int *width)
{
	size_t i, j, best_j = 0;
	int w = 0, left, right, best;

	for (i = 0; i < n; i++) {
		if (p[i].before == 2 && i > 0) {
			*width = -1;
			return 0;
		}
		w += p[i].w + (i > 0 && p[i].before == 1);
	}
	best = w;
	for (j = 1; w > HEAD_WHOLE && j < n; j++) {
		for (i = 0, left = 0; i < j; i++)
			left += p[i].w + (i > 0 && p[i].before == 1);
		for (i = j, right = 0; i < n; i++)
			right += p[i].w + (i > j && p[i].before == 1);
		if (left < HEAD_PART || right < HEAD_PART)
			continue;
		if ((left > right ? left : right) <= best) {
			best = left > right ? left : right;
			best_j = j;
		}
	}
	*width = best;
	return best_j;
}

static int
head_width(const struct piece *p, size_t n, int word)
{
	int w;

	(void)head_split(p, n, &w);
	return w > word ? w : word;
}

/*
 * A header wider than its column gets a line break where head_split
 * breaks it, so that the browser and the word processor break it there
 * and nowhere else: its space becomes the line feed, or one goes in.
 * 0, or -1 on ENOMEM.
 */
static int
break_head(char **head, const struct piece *p, size_t n, long cols)
{
	size_t j, at, len;
	int w, whole = 0;
	char *s;

	if (n < 2 || (j = head_split(p, n, &w)) == 0)
		return 0;
	for (at = 0; at < n; at++)
		whole += p[at].w + (at > 0 && p[at].before == 1);
	if (BOLD(whole) <= cols - 2 * PAD)
		return 0;
	at = p[j].at;
	if (p[j].before == 1) {
		while (at > 0 && (*head)[at - 1] == ' ')
			at--;
		(*head)[at] = '\n';
		return 0;
	}
	len = strlen(*head);
	if ((s = malloc(len + 2)) == NULL)
		return -1;
	memcpy(s, *head, at);
	s[at] = '\n';
	memcpy(s + at + 1, *head + at, len - at + 1);
	free(*head);
	*head = s;
	return 0;
}

static const char *
cell_of(const struct rtable *t, size_t row, size_t k)
{
	return row == 0 ? t->heads[k] : t->cells[(row - 1) * t->ncols + k];
}

/* Pieces of the header and the sampled rows; min and ideal of all rows. */
static int
measure(struct fitting *f, const struct rtable *t, struct rwords *w)
{
	const char *s;
	long *sum;
	size_t *cnt, i, k, next = 0, step;
	int keep, *head;

	f->ncols = t->ncols;
	sum = calloc(t->ncols, sizeof(*sum));
	cnt = calloc(t->ncols, sizeof(*cnt));
	head = calloc(t->ncols, sizeof(*head));
	if (sum == NULL || cnt == NULL || head == NULL)
		goto fail;
	step = t->nrows > SAMPLE_ROWS ? t->nrows / SAMPLE_ROWS : 1;
	for (i = 0; i <= t->nrows; i++) {
		keep = i == 0 || (i - 1) % step == 0;
		if (keep)
			next = f->nrows++;
		for (k = 0; k < t->ncols; k++) {
			s = cell_of(t, i, k);
			if (keep)
				f->start[next * t->ncols + k] = f->npc;
			if (cut_cell(f, w, s, keep, i == 0 ? &head[k] :
			    &f->min[k]) == -1)
				goto fail;
			if (i == 0)
				head[k] = head_width(f->pc + f->start[k],
				    f->npc - f->start[k], head[k]);
			if (i > 0 && *s != '\0') {
				sum[k] += ita_width(s, strlen(s));
				cnt[k]++;
			}
		}
	}
	f->start[f->nrows * t->ncols] = f->npc;
	for (k = 0; k < t->ncols; k++) {
		/* Header cells are bold: a twentieth wider, rounded up. */
		if (BOLD(head[k]) > f->min[k])
			f->min[k] = BOLD(head[k]);
		f->min[k] += 2 * PAD;
		f->ideal[k] = cnt[k] ? (int)(sum[k] / (long)cnt[k]) + 2 * PAD :
		    0;
		if (f->ideal[k] < f->min[k])
			f->ideal[k] = f->min[k];
	}
	free(sum);
	free(cnt);
	free(head);
	return 0;
fail:
	free(sum);
	free(cnt);
	free(head);
	return -1;
}

static int
lines_at(const struct fitting *f, size_t row, size_t k, int cols)
{
	size_t c = row * f->ncols + k;

	return cell_lines(f->pc + f->start[c], f->start[c + 1] - f->start[c],
	    cols);
}

/* Each row's two tallest cells and the sum of squares, for height(). */
static void
row_stats(struct fitting *f)
{
	size_t i, j;
	int l;

	f->sq = 0;
	for (i = 0; i < f->nrows; i++) {
		f->top1[i] = f->top2[i] = 0;
		f->arg[i] = 0;
		for (j = 0; j < f->ncols; j++) {
			l = f->lines[i * f->ncols + j];
			f->sq += (long)l * l;
			if (l > f->top1[i]) {
				f->top2[i] = f->top1[i];
				f->top1[i] = l;
				f->arg[i] = j;
			} else if (l > f->top2[i])
				f->top2[i] = l;
		}
	}
}

/*
 * The height of the sampled table, in quarter lines, with column k at
 * cols (k == ncols: none changed); *total, the sum of the squares of the
 * cells' lines, breaks ties towards even cells: widening the taller of
 * two cells that make a row's height then counts.  Needs row_stats.
 */
static long
height(const struct fitting *f, size_t k, int cols, long *total)
{
	long h = 0;
	size_t i;
	int l, old, top;

	*total = f->sq;
	for (i = 0; i < f->nrows; i++) {
		top = f->top1[i];
		if (k < f->ncols) {
			old = f->lines[i * f->ncols + k];
			l = lines_at(f, i, k, cols);
			*total += (long)l * l - (long)old * old;
			top = f->arg[i] == k ? f->top2[i] : f->top1[i];
			if (l > top)
				top = l;
		}
		h += 4 * top + ROW_EDGE;
	}
	return h;
}

static void
set_width(struct fitting *f, long *want, size_t k, int cols)
{
	size_t i;

	want[k] = cols;
	for (i = 0; i < f->nrows; i++)
		f->lines[i * f->ncols + k] = lines_at(f, i, k, cols);
}

/*
 * Narrows each column to the least width at which its cells still take
 * the lines they take: a step of 8 or 16 may overshoot what the column
 * needs (the status ☑ ดำเนินการแล้ว, 15 columns, got 18, and the item
 * beside it wrapped).  Returns the columns freed.
 */
static long
trim(struct fitting *f, long *want)
{
	size_t i, k;
	long freed = 0;

	for (k = 0; k < f->ncols; k++)
		for (; want[k] > f->min[k]; want[k]--, freed++) {
			for (i = 0; i < f->nrows; i++)
				if (lines_at(f, i, k, (int)want[k] - 1) !=
				    f->lines[i * f->ncols + k])
					break;
			if (i < f->nrows)
				break;
		}
	return freed;
}

/*
 * Gives room, in steps of 1 to 16 columns, to the column that gains most
 * lines a column while one gains; *h and *total follow.  Returns the
 * room left.
 */
static long
widen(struct fitting *f, long *want, long room, long *h, long *total)
{
	static const int steps[] = { 1, 2, 4, 8, 16 };
	long best_h, best_t, gain, best_gain, hh, tt;
	size_t k, best_k, s, n = f->ncols;
	int best_d;

	while (room > 0) {
		best_gain = 0;
		best_k = n;
		best_d = 0;
		best_h = *h;
		best_t = *total;
		for (k = 0; k < n; k++)
			for (s = 0; s < sizeof(steps) / sizeof(steps[0]) &&
			    steps[s] <= room; s++) {
				hh = height(f, k, (int)want[k] + steps[s], &tt);
				gain = ((*h - hh) * 64 + (*total - tt)) * 8 /
				    steps[s];
				if (gain > best_gain) {
					best_gain = gain;
					best_k = k;
					best_d = steps[s];
					best_h = hh;
					best_t = tt;
				}
			}
		if (best_k == n)
			break;
		set_width(f, want, best_k, (int)want[best_k] + best_d);
		row_stats(f);
		room -= best_d;
		*h = best_h;
		*total = best_t;
	}
	return room;
}

/*
 * Widths in columns for a page of page columns: every column its
 * minimum, then steps of 1 to 8 columns to the column that gains most
 * lines a column, each column then narrowed to what it needs and the
 * room freed given the same way; what no column gains from goes by the
 * ideals.
 * Returns the sampled table's height in quarter lines.
 */
static long
fit(struct fitting *f, long page, long *want)
{
	long room, h, total, ideals;
	size_t k, n = f->ncols;
	int pass;

	room = page + (long)n * PAD_BACK / 10;
	for (k = 0; k < n; k++)
		room -= f->min[k];
	for (k = 0; k < n; k++)
		set_width(f, want, k, f->min[k]);
	row_stats(f);
	h = height(f, n, 0, &total);
	for (pass = 0; pass < 4; pass++) {
		if (pass > 0) {
			long freed = trim(f, want);

			if (freed == 0)
				break;
			room += freed;
		}
		room = widen(f, want, room, &h, &total);
	}
	for (k = ideals = 0; k < n; k++)
		ideals += f->ideal[k];
	for (k = 0; room > 0 && ideals > 0 && k < n; k++)
		want[k] += room * f->ideal[k] / ideals;
	return room < 0 ? -1 : h;
}

/*
 * Per-mille shares from widths in columns; they sum to 1000.  A width
 * counts without the padding the model adds and the CSS does not (its
 * PAD_BACK tenths), so that a column at its minimum still holds its
 * longest word on the page: 13 columns of which 2 padding are 12.2
 * printed columns, of which 1.2 padding.
 */
static void
to_shares(struct rtable *t, const long *want)
{
	long sum = 0, given = 0, w;
	size_t k, big = 0;

	for (k = 0; k < t->ncols; k++)
		sum += want[k] * 10 - PAD_BACK;
	for (k = 0; k < t->ncols; k++) {
		w = want[k] * 10 - PAD_BACK;
		t->share[k] = (unsigned short)(sum > 0 && w > 0 ?
		    (w * 1000 + sum / 2) / sum : 1000 / (long)t->ncols);
		if (t->share[k] == 0)
			t->share[k] = 1;
		given += t->share[k];
		if (t->share[k] > t->share[big])
			big = k;
	}
	/*
	 * Shares are rounded to the nearest: at 11 pt a per mille is
	 * 0.075 column, and truncated it cut a 13-column number to 12.9.
	 * What rounding gives or takes goes to the widest column.
	 */
	t->share[big] = (unsigned short)(t->share[big] + 1000 - given);
}

/*
 * Marks the rows taller than a page less its header: only they may be
 * split across pages (fodt).
 */
static int
mark_tall(struct fitting *f, const struct rtable *t, struct rwords *wd,
    const long *want)
{
	size_t i, k, at = f->npc;
	int l, top, page;

	page = t->landscape ? PAGE_LINES_LANDSCAPE : PAGE_LINES_PORTRAIT;
	for (i = 0; i < t->nrows; i++) {
		for (k = 0, top = 0; k < t->ncols; k++) {
			/* Every row sampled: its pieces are there. */
			if (f->nrows == t->nrows + 1) {
				if ((l = lines_at(f, i + 1, k, (int)want[k])) >
				    top)
					top = l;
				continue;
			}
			f->npc = at;
			if (cut_cell(f, wd, t->cells[i * t->ncols + k], 1,
			    &l) == -1)
				return -1;
			if ((l = cell_lines(f->pc + at, f->npc - at,
			    (int)want[k])) > top)
				top = l;
		}
		t->tall[i] = top > page - 2;
	}
	f->npc = at;
	return 0;
}

static void
fitting_free(struct fitting *f)
{
	free(f->pc);
	free(f->start);
	free(f->lines);
	free(f->min);
	free(f->ideal);
	free(f->top1);
	free(f->top2);
	free(f->arg);
}

/* Pages of a height in quarter lines: how portrait and landscape compare. */
static long
pages(long h, int lines)
{
	return h < 0 ? -1 : h * 100 / (4L * lines);
}

/*
 * The height of the detail rows of full (the sampled rows, as measure()
 * samples them) on a line of cols columns, in quarter lines: each
 * detail cell a line of its own, its column's heading in bold first;
 * -1 on ENOMEM.
 */
static long
detail_height(struct fitting *f, const struct rtable *full,
    struct rwords *wd, int cols)
{
	const char *s;
	size_t i, k, at = f->npc, step;
	long h = 0;
	int word = 0, head;

	step = full->nrows > SAMPLE_ROWS ? full->nrows / SAMPLE_ROWS : 1;
	for (i = 0; i < full->nrows; i += step)
		for (k = rtable_detail_next(full, i, 0); k < full->ncols;
		    k = rtable_detail_next(full, i, k + 1)) {
			s = full->cells[i * full->ncols + k];
			f->npc = at;
			head = ita_width(full->heads[k],
			    strlen(full->heads[k]));
			if (add_piece(f, BOLD(head), 0, 0) == -1 ||
			    cut_cell(f, wd, s, 1, &word) == -1)
				return -1;
			if (f->npc > at + 1 && f->pc[at + 1].before == 0)
				f->pc[at + 1].before = 1;
			h += 4L * cell_lines(f->pc + at, f->npc - at, cols) +
			    ROW_EDGE;
		}
	f->npc = at;
	return h;
}

/*
 * Shares of t's columns; full, when not NULL, is the table t shows the
 * columns of (the others are detail rows), whose height counts in the
 * choice of landscape.
 */
static int
shares(struct rtable *t, int landscape, struct rwords *w,
    const struct rtable *full)
{
	struct fitting f;
	long *want, *wl, hp, hl;
	size_t k, n = t->ncols, rows = t->nrows + 1;
	int rc = -1;

	if (n == 0)
		return 0;
	memset(&f, 0, sizeof(f));
	want = calloc(n, sizeof(*want));
	wl = calloc(n, sizeof(*wl));
	f.start = calloc(rows * n + 1, sizeof(*f.start));
	f.lines = calloc(rows * n, sizeof(*f.lines));
	f.min = calloc(n, sizeof(*f.min));
	f.ideal = calloc(n, sizeof(*f.ideal));
	f.top1 = calloc(rows, sizeof(*f.top1));
	f.top2 = calloc(rows, sizeof(*f.top2));
	f.arg = calloc(rows, sizeof(*f.arg));
	if (want == NULL || wl == NULL || f.start == NULL || f.lines == NULL ||
	    f.min == NULL || f.ideal == NULL || f.top1 == NULL ||
	    f.top2 == NULL || f.arg == NULL || measure(&f, t, w) == -1)
		goto out;
	hp = landscape == 1 ? -1 : fit(&f, PAGE_COLS_PORTRAIT, want);
	hl = landscape == 0 ? -1 : fit(&f, PAGE_COLS_LANDSCAPE, wl);
	if (full != NULL) {
		long dp = 0, dl = 0;

		if (hp >= 0 && (dp = detail_height(&f, full, w,
		    PAGE_COLS_PORTRAIT)) == -1)
			goto out;
		if (hl >= 0 && (dl = detail_height(&f, full, w,
		    PAGE_COLS_LANDSCAPE)) == -1)
			goto out;
		if (hp >= 0)
			hp += dp;
		if (hl >= 0)
			hl += dl;
	}
	/* Too wide for portrait: more columns, or no room, or more pages. */
	t->landscape = landscape == 1 || (landscape == -1 &&
	    (n > RTABLE_PORTRAIT_MAX_COLS || hp < 0 || (hl >= 0 &&
	    pages(hl, PAGE_LINES_LANDSCAPE) * 10 <
	    pages(hp, PAGE_LINES_PORTRAIT) * 9)));
	if (t->landscape)
		memcpy(want, wl, n * sizeof(*want));
	if ((t->landscape ? hl : hp) < 0)	/* not even the minimums fit */
		for (k = 0; k < n; k++)
			want[k] = f.min[k];
	to_shares(t, want);
	for (k = 0; k < n; k++)
		if (break_head(&t->heads[k], f.pc + f.start[k],
		    f.start[k + 1] - f.start[k], want[k]) == -1)
			goto out;
	if (t->tall != NULL && mark_tall(&f, t, w, want) == -1)
		goto out;
	rc = 0;
out:
	fitting_free(&f);
	free(want);
	free(wl);
	return rc;
}

int
rtable_shares(struct rtable *t, int landscape, struct rwords *w)
{
	struct rtable m;
	size_t i, k, j, n = rtable_main_cols(t);
	int rc = -1;

	if (n == t->ncols)
		return shares(t, landscape, w, NULL);
	/* The columns alone, the detail rows beside them. */
	m = *t;
	m.ncols = n;
	m.detail = NULL;
	m.heads = calloc(n + 1, sizeof(*m.heads));
	m.cells = calloc(t->nrows * n + 1, sizeof(*m.cells));
	m.share = calloc(n + 1, sizeof(*m.share));
	if (m.heads == NULL || m.cells == NULL || m.share == NULL)
		goto out;
	for (k = j = 0; k < t->ncols; k++) {
		if (RTABLE_DETAIL(t, k))
			continue;
		m.heads[j] = t->heads[k];
		for (i = 0; i < t->nrows; i++)
			m.cells[i * n + j] = t->cells[i * t->ncols + k];
		j++;
	}
	if (shares(&m, landscape, w, t) == -1)
		goto out;
	for (k = j = 0; k < t->ncols; k++) {
		if (RTABLE_DETAIL(t, k)) {
			t->share[k] = 0;
			continue;
		}
		t->heads[k] = m.heads[j];	/* break_head may replace it */
		t->share[k] = m.share[j++];
	}
	t->landscape = m.landscape;
	rc = 0;
out:
	free(m.heads);
	free(m.cells);
	free(m.share);
	return rc;
}

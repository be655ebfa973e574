/*
 * Column widths of a printed table (html, fodt) from what the cells
 * hold: each column gets at least its longest word (so that a header
 * such as ตัวชี้วัด is never cut inside a word) and, room permitting, its
 * typical line; what is left of the page goes to the columns that want
 * more, in proportion.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <stdlib.h>
#include <string.h>

#include "render.h"

/*
 * Display columns of the text area: A4 portrait (16 cm) and landscape
 * (25.2 cm) at 14 pt TH Sarabun New, about 0.22 to 0.25 cm a column.
 */
#define PAGE_COLS_PORTRAIT	72
#define PAGE_COLS_LANDSCAPE	100
/* A word longer than this is broken anyway; a cell pads a column each side. */
#define WORD_MAX	8
#define PAD		1
/*
 * The ideal is the mean cell as one line: long texts share what is left
 * in proportion to their length, which evens out the height of a row.
 * Capped so that one huge cell does not starve the others.
 */
#define LINE_IDEAL	400

/* The widest word of s (libthai word boundaries), at most WORD_MAX. */
static int
longest_word(struct ita_wrap *w, const char *s, int *out)
{
	const struct ita_line *ln;
	size_t i, n;
	int lw;

	if (ita_wrap_lines(w, s, strlen(s), WORD_MAX, &ln, &n) == -1)
		return -1;
	for (i = 0; i < n; i++)
		if ((lw = ita_width(s + ln[i].off, ln[i].len)) > *out)
			*out = lw;
	return 0;
}

struct need {
	int	min, ideal;
};

static int
col_need(const struct rtable *t, size_t k, struct ita_wrap *w,
    struct need *nd)
{
	const char *s;
	long sum = 0;
	size_t i, n = 0;
	int word = 0;

	if (longest_word(w, t->heads[k], &word) == -1)
		return -1;
	for (i = 0; i < t->nrows; i++) {
		s = t->cells[i * t->ncols + k];
		if (*s == '\0')
			continue;
		if (longest_word(w, s, &word) == -1)
			return -1;
		sum += ita_width(s, strlen(s));
		n++;
	}
	nd->min = word + 2 * PAD;
	nd->ideal = n > 0 ? (int)(sum / (long)n) + 2 * PAD : 0;
	if (nd->ideal > LINE_IDEAL)
		nd->ideal = LINE_IDEAL;
	if (nd->ideal < nd->min)
		nd->ideal = nd->min;
	return 0;
}

/* Per-mille shares from widths in columns; they sum to 1000. */
static void
to_shares(struct rtable *t, const long *want)
{
	long sum = 0, given = 0;
	size_t k, big = 0;

	for (k = 0; k < t->ncols; k++)
		sum += want[k];
	for (k = 0; k < t->ncols; k++) {
		t->share[k] = (unsigned short)(sum > 0 ? want[k] * 1000 / sum :
		    1000 / (long)t->ncols);
		if (t->share[k] == 0)
			t->share[k] = 1;
		given += t->share[k];
		if (t->share[k] > t->share[big])
			big = k;
	}
	/* Rounding goes to the widest column. */
	t->share[big] = (unsigned short)(t->share[big] + 1000 - given);
}

/*
 * Widths in columns: each column its ideal when all fit; else the
 * ideals scaled by one factor, so that a row's long texts take as many
 * lines each, with every column at least its longest word.
 */
static void
fit(const struct need *nd, size_t n, long page, long *want)
{
	unsigned char *fixed;
	long room, ideals, sum = 0;
	size_t k;
	int again = 1;

	for (k = 0; k < n; k++)
		sum += nd[k].ideal;
	if (sum <= page || (fixed = calloc(n, 1)) == NULL) {
		for (k = 0; k < n; k++)
			want[k] = nd[k].ideal;
		return;
	}
	while (again) {
		again = 0;
		room = page;
		ideals = 0;
		for (k = 0; k < n; k++)
			if (fixed[k])
				room -= nd[k].min;
			else
				ideals += nd[k].ideal;
		for (k = 0; k < n; k++) {
			if (fixed[k])
				want[k] = nd[k].min * ideals;
			else if ((want[k] = nd[k].ideal * room) <
			    nd[k].min * ideals) {
				fixed[k] = 1;	/* below its floor */
				again = 1;
			}
		}
		if (room <= 0 || ideals == 0)
			break;
	}
	if (room <= 0 || ideals == 0)
		for (k = 0; k < n; k++)
			want[k] = nd[k].min;
	free(fixed);
}

int
rtable_shares(struct rtable *t, int landscape, struct ita_wrap *w)
{
	struct need *nd;
	long *want;
	size_t k;

	if (t->ncols == 0)
		return 0;
	if ((nd = calloc(t->ncols, sizeof(*nd))) == NULL ||
	    (want = calloc(t->ncols, sizeof(*want))) == NULL) {
		free(nd);
		return -1;
	}
	for (k = 0; k < t->ncols; k++)
		if (col_need(t, k, w, &nd[k]) == -1) {
			free(nd);
			free(want);
			return -1;
		}
	fit(nd, t->ncols, landscape ? PAGE_COLS_LANDSCAPE :
	    PAGE_COLS_PORTRAIT, want);
	to_shares(t, want);
	free(nd);
	free(want);
	return 0;
}

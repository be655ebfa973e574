/*
 * Display width and wrapping (issue 3, part 3).
 *
 * Width is the sum of utf8proc_charwidth over code points: Thai marks
 * are 0 columns, so ก่า is 2 and น้ำ is 2.  Cuts happen only between
 * grapheme clusters (utf8proc_grapheme_break_stateful).  Thai writes no
 * spaces between words, so wrapping also breaks where libthai's
 * dictionary breaker (th_brk_wc_find_breaks) finds a word boundary.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include <thai/thbrk.h>
#include <thai/thwbrk.h>
#include <utf8proc.h>

#include "buf.h"
#include "width.h"

/* Decodes one code point; an invalid byte is U+FFFD of length 1. */
static size_t
next_cp(const char *s, size_t n, utf8proc_int32_t *cp)
{
	utf8proc_ssize_t k;

	const unsigned char *u = (const unsigned char *)s;

	if (u[0] < 0x80) {
		*cp = u[0];
		return 1;
	}
	/* the Thai block, U+0E00..U+0E7F: E0 B8 80 .. E0 B9 BF */
	if (u[0] == 0xE0 && n >= 3 && (u[1] == 0xB8 || u[1] == 0xB9) &&
	    (u[2] & 0xC0) == 0x80) {
		*cp = 0x0E00 + (u[1] - 0xB8) * 64 + (u[2] & 0x3F);
		return 3;
	}
	k = utf8proc_iterate((const utf8proc_uint8_t *)s,
	    (utf8proc_ssize_t)n, cp);
	if (k <= 0 || *cp < 0) {
		*cp = 0xFFFD;
		return 1;
	}
	return (size_t)k;
}

/*
 * utf8proc_charwidth, without a table look-up for printable ASCII and
 * the Thai block (its marks are 0, the rest 1; test_width checks both
 * against utf8proc).
 */
static int
cpwidth(utf8proc_int32_t cp)
{
	int w;

	if (cp >= 0x20 && cp < 0x7F)
		return 1;
	if (cp >= 0x0E00 && cp <= 0x0E7F)
		return !(cp == 0x0E31 || (cp >= 0x0E34 && cp <= 0x0E3A) ||
		    (cp >= 0x0E47 && cp <= 0x0E4E));
	w = utf8proc_charwidth(cp);
	return w < 0 ? 0 : w;
}

/*
 * The Thai marks of 0 columns (U+0E31, U+0E34..U+0E3A, U+0E47..U+0E4E),
 * the ones that extend a grapheme cluster, as bits of cp - 0x0E00.
 */
static const uint64_t thai_mark[2] = {
	(UINT64_C(1) << 0x31) | (UINT64_C(0x7F) << 0x34),
	UINT64_C(0xFF) << (0x47 - 0x40)
};

#define THAI_AT(u, n)	((n) >= 3 && (u)[0] == 0xE0 && \
	((u)[1] & 0xFE) == 0xB8 && ((u)[2] & 0xC0) == 0x80)
#define THAI_LOW(u)	((((unsigned)(u)[1] & 0x01) << 6) | ((u)[2] & 0x3F))
#define THAI_MARK(k)	((thai_mark[(k) >> 6] >> ((k) & 63)) & 1)

/*
 * The width of the code point at u[*i] (*i goes past it), for a loop
 * that takes printable ASCII and Thai inline.
 */
static int
width_slow(const unsigned char *u, size_t len, size_t *i)
{
	utf8proc_int32_t cp;

	*i += next_cp((const char *)u + *i, len - *i, &cp);
	return cpwidth(cp);
}

/*
 * The width of the two Thai code points that the six bytes at u are
 * (eight readable there), else -1.
 */
static inline int
thai_pair_width(const unsigned char *u)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	uint64_t x;
	unsigned a, b;

	memcpy(&x, u, 8);
	if ((x & UINT64_C(0x0000C0FEFFC0FEFF)) != UINT64_C(0x000080B8E080B8E0))
		return -1;
	a = (unsigned)(((x >> 2) & 0x40) | ((x >> 16) & 0x3F));
	b = (unsigned)(((x >> 26) & 0x40) | ((x >> 40) & 0x3F));
	return !THAI_MARK(a) + !THAI_MARK(b);
#else
	(void)u;
	return -1;
#endif
}

/* INT32_MAX when it is that or more, as ita_width_max gives it. */
int
ita_width(const char *s, size_t len)
{
	return ita_width_max(s, len, INT32_MAX - 1);
}

int
ita_width_max(const char *s, size_t len, int max)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0;
	long w = 0;
	int k;

	while (i < len && w <= max) {
		if (u[i] - 0x20u < 0x5Fu) {
			w++;
			i++;
		} else if (len - i >= 8 && (k = thai_pair_width(u + i)) >= 0) {
			w += k;
			i += 6;
		} else if (THAI_AT(u + i, len - i)) {
			w += !THAI_MARK(THAI_LOW(u + i));
			i += 3;
		} else
			w += width_slow(u, len, &i);
	}
	return w > max ? max + 1 : (int)w;
}

/*
 * utf8proc's grapheme boundary class of printable ASCII and the Thai
 * block (Thai marks extend, SARA AM is a spacing mark), -1 for others.
 */
static int
simple_bound(utf8proc_int32_t c)
{
	if (c >= 0x20 && c < 0x7F)
		return UTF8PROC_BOUNDCLASS_OTHER;
	if (c < 0x0E00 || c > 0x0E7F)
		return -1;
	if (c == 0x0E33)
		return UTF8PROC_BOUNDCLASS_SPACINGMARK;
	if (c == 0x0E31 || (c >= 0x0E34 && c <= 0x0E3A) ||
	    (c >= 0x0E47 && c <= 0x0E4E))
		return UTF8PROC_BOUNDCLASS_EXTEND;
	return UTF8PROC_BOUNDCLASS_OTHER;
}

int
ita_grapheme_break(int32_t prev, int32_t c, int32_t *state)
{
	int lb, tb;

	/*
	 * Between two of these classes only "no break before a mark"
	 * applies (UAX #29 GB9, GB9a), and the state becomes c's class.
	 */
	lb = *state == UTF8PROC_BOUNDCLASS_START ? simple_bound(prev) : *state;
	if ((lb == UTF8PROC_BOUNDCLASS_OTHER ||
	    lb == UTF8PROC_BOUNDCLASS_EXTEND ||
	    lb == UTF8PROC_BOUNDCLASS_SPACINGMARK) &&
	    (tb = simple_bound(c)) >= 0) {
		*state = tb;
		return tb == UTF8PROC_BOUNDCLASS_OTHER;
	}
	return utf8proc_grapheme_break_stateful(prev, c, state);
}

/*
 * Walks one grapheme cluster from s[i]: returns its end and adds its
 * width.  *prev and *state carry utf8proc's break state.
 */
static size_t
cluster(const char *s, size_t len, size_t i, int *w,
    utf8proc_int32_t *prev, utf8proc_int32_t *state)
{
	utf8proc_int32_t cp;
	size_t k;

	k = next_cp(s + i, len - i, &cp);
	*w += cpwidth(cp);
	*prev = cp;
	i += k;
	while (i < len) {
		k = next_cp(s + i, len - i, &cp);
		if (ita_grapheme_break(*prev, cp, state))
			break;
		*w += cpwidth(cp);
		*prev = cp;
		i += k;
	}
	return i;
}

size_t
ita_cut_width(const char *s, size_t len, int maxcols)
{
	utf8proc_int32_t prev = 0, state = 0;
	size_t i = 0, j;
	int cols = 0, w;

	while (i < len) {
		w = 0;
		j = cluster(s, len, i, &w, &prev, &state);
		if (cols + w > maxcols)
			break;
		cols += w;
		i = j;
	}
	return i;
}

int
ita_pad(struct ita_buf *out, const char *s, size_t len, int width,
    int right_align)
{
	size_t cut = ita_cut_width(s, len, width);
	int w = ita_width(s, cut), i;

	for (i = w; right_align && i < width; i++)
		if (ita_buf_addc(out, ' ') == -1)
			return -1;
	if (ita_buf_add(out, s, cut) == -1)
		return -1;
	for (i = w; !right_align && i < width; i++)
		if (ita_buf_addc(out, ' ') == -1)
			return -1;
	return 0;
}

/* ---- wrapping ---- */

struct ita_wrap {
	ThBrk		*brk;		/* NULL until needed, or if unavailable */
	int		 brk_tried;
	/* per code point of the text being wrapped */
	uint32_t	*cp;
	size_t		*off;		/* byte offset; off[n] = len */
	int		*w;		/* cluster width at a cluster start, else 0 */
	unsigned char	*flag;
	size_t		 cap;
	wchar_t		*wbuf;		/* one hard line for libthai */
	int		*pos;
	size_t		 wcap;
	struct ita_line	*lines;
	size_t		 nlines, lcap;
	size_t		 nul;		/* the first U+0000 of the hard line */
	int		 has_nul;	/* any U+0000 in the text */
};

#define F_CLUSTER	0x01	/* a grapheme cluster starts here */
#define F_BREAK		0x02	/* a word boundary: a line may start here */
#define F_DONE		0x04	/* libthai's boundaries here are known */

struct ita_wrap *
ita_wrap_new(void)
{
	return calloc(1, sizeof(struct ita_wrap));
}

void
ita_wrap_free(struct ita_wrap *wr)
{
	if (wr == NULL)
		return;
	if (wr->brk != NULL)
		th_brk_delete(wr->brk);
	free(wr->cp);
	free(wr->off);
	free(wr->w);
	free(wr->flag);
	free(wr->wbuf);
	free(wr->pos);
	free(wr->lines);
	free(wr);
}

static int
grow(void **p, size_t n, size_t size)
{
	void *q;

	if (n > SIZE_MAX / size) {
		errno = ENOMEM;
		return -1;
	}
	if ((q = realloc(*p, n * size)) == NULL)
		return -1;
	*p = q;
	return 0;
}

static int
reserve(struct ita_wrap *wr, size_t n)
{
	if (n <= wr->cap)
		return 0;
	if (grow((void **)&wr->cp, n, sizeof(*wr->cp)) == -1 ||
	    grow((void **)&wr->off, n + 1, sizeof(*wr->off)) == -1 ||
	    grow((void **)&wr->w, n, sizeof(*wr->w)) == -1 ||
	    grow((void **)&wr->flag, n, sizeof(*wr->flag)) == -1)
		return -1;
	wr->cap = n;
	return 0;
}

static int
add_line(struct ita_wrap *wr, size_t a, size_t b)
{
	size_t cap;

	if (wr->nlines == wr->lcap) {
		cap = wr->lcap ? wr->lcap * 2 : 16;
		if (grow((void **)&wr->lines, cap, sizeof(*wr->lines)) == -1)
			return -1;
		wr->lcap = cap;
	}
	wr->lines[wr->nlines].off = wr->off[a];
	wr->lines[wr->nlines].len = wr->off[b] - wr->off[a];
	wr->nlines++;
	return 0;
}

/*
 * decode's step for the Thai code point U+0E00 + k at u + i (after one
 * of the three classes, pc the code point before): a cluster starts at
 * each but a mark (EXTEND) or SARA AM (SPACINGMARK, one column more for
 * the cluster), and a word may start after a space.
 */
#define PUT_THAI(k) do {						\
	off[n] = i;							\
	i += 3;								\
	cp[n] = 0x0E00 | (k);						\
	flag[n] = pc == ' ' ? F_BREAK : 0;				\
	w[n] = 0;							\
	if (THAI_MARK(k))						\
		state = UTF8PROC_BOUNDCLASS_EXTEND;			\
	else if ((k) == 0x33) {						\
		state = UTF8PROC_BOUNDCLASS_SPACINGMARK;		\
		w[last]++;						\
	} else {							\
		state = UTF8PROC_BOUNDCLASS_OTHER;			\
		flag[n] |= F_CLUSTER;					\
		w[n] = 1;						\
		last = n;						\
	}								\
	pc = cp[n++];							\
} while (0)

/* Decodes s into cp/off and marks grapheme cluster starts and widths. */
static int
decode(struct ita_wrap *wr, const char *s, size_t len, size_t *np)
{
	const unsigned char *u = (const unsigned char *)s;
	utf8proc_int32_t c, prev = 0, state = 0;
	size_t i = 0, n = 0, last = 0, *off;
	uint32_t *cp;
	unsigned char *flag;
	uint32_t pc;
	unsigned k;
	int *w;

	if (reserve(wr, len + 1) == -1)
		return -1;
	cp = wr->cp;
	off = wr->off;
	w = wr->w;
	flag = wr->flag;
	wr->has_nul = 0;
	while (i < len) {
		off[n] = i;
		i += next_cp(s + i, len - i, &c);
		cp[n] = (uint32_t)c;
		flag[n] = 0;
		w[n] = 0;
		if (n == 0 || c == '\n' || prev == '\n' ||
		    ita_grapheme_break(prev, c, &state)) {
			flag[n] = F_CLUSTER;
			last = n;
		}
		w[last] += cpwidth(c);
		if (c == 0)
			wr->has_nul = 1;
		/* a word boundary: a line may start after a space */
		if (prev == ' ' && c != ' ' && c != '\n')
			flag[n] |= F_BREAK;
		prev = c;
		n++;
		if (c == '\n' || (state != UTF8PROC_BOUNDCLASS_OTHER &&
		    state != UTF8PROC_BOUNDCLASS_EXTEND &&
		    state != UTF8PROC_BOUNDCLASS_SPACINGMARK))
			continue;
		/*
		 * A run of printable ASCII and Thai after it, the most of a
		 * text: between their grapheme classes (ita_grapheme_break's
		 * short cut) a cluster starts at each but a mark or SARA AM,
		 * and the state becomes the class; widths as cpwidth's.
		 */
		pc = (uint32_t)c;
		while (i < len) {
			if (u[i] - 0x20u < 0x5Fu) {
				off[n] = i;
				cp[n] = u[i];
				flag[n] = pc == ' ' && u[i] != ' ' ?
				    F_CLUSTER | F_BREAK : F_CLUSTER;
				w[n] = 1;
				last = n++;
				state = UTF8PROC_BOUNDCLASS_OTHER;
				pc = u[i++];
				continue;
			}
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
			/* two Thai code points, their six bytes in one word */
			if (len - i >= 8) {
				uint64_t x;

				memcpy(&x, u + i, 8);
				if ((x & UINT64_C(0x0000C0FEFFC0FEFF)) ==
				    UINT64_C(0x000080B8E080B8E0)) {
					k = (unsigned)(((x >> 2) & 0x40) |
					    ((x >> 16) & 0x3F));
					PUT_THAI(k);
					k = (unsigned)(((x >> 26) & 0x40) |
					    ((x >> 40) & 0x3F));
					PUT_THAI(k);
					continue;
				}
			}
#endif
			if (!THAI_AT(u + i, len - i))
				break;
			k = THAI_LOW(u + i);
			PUT_THAI(k);
		}
		prev = (utf8proc_int32_t)cp[n - 1];
	}
	off[n] = len;
	*np = n;
	return 0;
}

static int
no_line_start(uint32_t c)
{
	switch (c) {
	case 0x0E46:	/* ๆ */
	case 0x0E2F:	/* ฯ */
	case ')': case ']': case '}': case ',': case '.': case ';':
	case ':': case '!': case '?': case '%':
	case 0x201D:	/* ” */
	case 0x2019:	/* ’ */
		return 1;
	default:
		return 0;
	}
}

/*
 * A word after a space that libthai's breaker takes afresh: a Thai
 * consonant or leading vowel, or an ASCII letter or digit.  Its chunks,
 * acronyms and break classes start anew there (the space ends them), so
 * the breaks of a piece of text between two such words are those of the
 * whole line (libthai 0.1.29, th_brk_find_breaks).
 */
static int
fresh_word(const struct ita_wrap *wr, size_t i)
{
	uint32_t c = wr->cp[i];

	return wr->cp[i - 1] == ' ' && ((c >= 0x0E01 && c <= 0x0E2E) ||
	    (c >= 0x0E40 && c <= 0x0E44) || (c < 0x80 && ((c >= '0' &&
	    c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'))));
}

/*
 * libthai's word boundaries in the piece of the hard line [a, b) that
 * holds i (between fresh words), found only when a line break is looked
 * for there: most of a long text is never asked.
 */
static int
word_breaks(struct ita_wrap *wr, size_t a, size_t b, size_t i)
{
	size_t x, z, k, n, cap;
	int np;

	if (wr->flag[i] & F_DONE)
		return 0;
	for (x = i; x > a && !fresh_word(wr, x); x--)
		;
	for (z = i + 1; z < b && !fresh_word(wr, z); z++)
		;
	for (k = x; k < z; k++)
		wr->flag[k] |= F_DONE;
	if (!wr->brk_tried) {
		wr->brk_tried = 1;
		wr->brk = th_brk_new(NULL);	/* NULL: spaces only */
	}
	/* libthai reads the line up to a NUL: nothing after one */
	if (wr->brk == NULL || x > wr->nul || (n = z - x) < 2)
		return 0;
	if (n + 1 > wr->wcap) {
		cap = n + 1;
		if (grow((void **)&wr->wbuf, cap, sizeof(*wr->wbuf)) == -1 ||
		    grow((void **)&wr->pos, cap, sizeof(*wr->pos)) == -1)
			return -1;
		wr->wcap = cap;
	}
	for (k = 0; k < n; k++)
		wr->wbuf[k] = (wchar_t)wr->cp[x + k];
	wr->wbuf[n] = 0;
	np = th_brk_wc_find_breaks(wr->brk, (const thwchar_t *)wr->wbuf,
	    wr->pos, n + 1);
	for (k = 0; k < (size_t)np; k++)
		if (wr->pos[k] > 0 && (size_t)wr->pos[k] < n)
			wr->flag[x + (size_t)wr->pos[k]] |= F_BREAK;
	return 0;
}

/* Skips spaces that are clusters of their own (" ำ" is one cluster). */
static size_t
skip_sp(const struct ita_wrap *wr, size_t i, size_t b)
{
	while (i < b && wr->cp[i] == ' ' &&
	    (i + 1 >= b || (wr->flag[i + 1] & F_CLUSTER)))
		i++;
	return i;
}

/* May a line start at i (after its spaces)? */
static int
can_start(const struct ita_wrap *wr, size_t i, size_t b)
{
	i = skip_sp(wr, i, b);
	return i >= b || ((wr->flag[i] & F_CLUSTER) &&
	    !no_line_start(wr->cp[i]));
}

/* Emits [a, e) without trailing spaces. */
static int
emit(struct ita_wrap *wr, size_t a, size_t e)
{
	while (e > a && wr->cp[e - 1] == ' ' && (wr->flag[e - 1] & F_CLUSTER))
		e--;
	return add_line(wr, a, e);
}

/*
 * The last place in (start, i] where a line may start: a word boundary
 * at a cluster that may begin a line; start if none.
 */
static int
last_break(struct ita_wrap *wr, size_t start, size_t i, size_t b,
    size_t *out)
{
	*out = start;
	for (; i > start; i--) {
		if (!(wr->flag[i] & F_CLUSTER))
			continue;
		if (!(wr->flag[i] & F_BREAK) &&
		    word_breaks(wr, start, b, i) == -1)
			return -1;
		if ((wr->flag[i] & F_BREAK) && can_start(wr, i, b)) {
			*out = i;
			break;
		}
	}
	return 0;
}

/* Wraps the hard line [a, b); a line that fits needs no word breaker. */
static int
wrap_hard(struct ita_wrap *wr, size_t a, size_t b, int width)
{
	size_t start = a, i, last_ok;
	int cols;

	/* decode marked the word boundaries at spaces */
	wr->nul = b;
	if (wr->has_nul)
		for (wr->nul = a; wr->nul < b && wr->cp[wr->nul] != 0;
		    wr->nul++)
			;
	if (a == b)
		return add_line(wr, a, b);
	while (start < b) {
		/*
		 * The clusters that fit: w is 0 but at a cluster's start,
		 * so only a start can be the first that does not.
		 */
		cols = 0;
		for (i = start; i < b && cols + wr->w[i] <= width; i++)
			cols += wr->w[i];
		if (i >= b)
			return emit(wr, start, b);
		if (last_break(wr, start, i, b, &last_ok) == -1)
			return -1;
		if (i > start && wr->cp[i] == ' ' && can_start(wr, i, b))
			last_ok = i;
		else if (last_ok == start) {
			/*
			 * No word break fits: cut between clusters, at the
			 * last one that may start a line, else at i.
			 */
			last_ok = i;
			while (last_ok > start && !can_start(wr, last_ok, b))
				while (--last_ok > start &&
				    !(wr->flag[last_ok] & F_CLUSTER))
					;
			if (last_ok == start)
				last_ok = i;
			if (last_ok == start)	/* wider than the line */
				for (last_ok++; last_ok < b &&
				    !(wr->flag[last_ok] & F_CLUSTER); last_ok++)
					;
		}
		if (emit(wr, start, last_ok) == -1)
			return -1;
		start = skip_sp(wr, last_ok, b);
	}
	return 0;
}

int
ita_wrap_lines(struct ita_wrap *wr, const char *s, size_t len, int width,
    const struct ita_line **lines, size_t *nlines)
{
	size_t n, a, b;

	wr->nlines = 0;
	*lines = NULL;
	*nlines = 0;
	if (width < 1)
		width = 1;
	if (decode(wr, s, len, &n) == -1)
		return -1;
	for (a = 0; a < n; a = b + 1) {
		for (b = a; b < n && wr->cp[b] != '\n'; b++)
			;
		if (wrap_hard(wr, a, b, width) == -1)
			return -1;
		if (b == n)
			break;
	}
	*lines = wr->lines;
	*nlines = wr->nlines;
	return 0;
}

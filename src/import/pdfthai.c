/*
 * The Thai of PDF text extraction (and OCR), repaired before anything
 * reads it.  Known damage:
 *  - marks (tone marks, above and below vowels) given as words of their
 *    own, often of zero width, at the position of their base consonant;
 *  - SARA AM given as NIKHAHIT + SARA AA;
 *  - a mark given before the consonant it sits on, or a tone mark before
 *    the vowel under it;
 *  - the private-use glyphs of Thai fonts (the shifted marks and the
 *    consonants without descender, U+F700-U+F71A in Windows fonts such as
 *    Angsana and TH Sarabun, U+F884-U+F89D in Mac ones) instead of the
 *    characters;
 *  - ligature debris: Latin ligature code points, soft hyphens and
 *    zero-width characters inside words.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "pdf.h"

/* Private-use glyph -> character, sorted by glyph. */
static const struct { uint16_t pua, cp; } pua_map[] = {
	{ 0xF700, 0x0E10 }, { 0xF701, 0x0E34 }, { 0xF702, 0x0E35 },
	{ 0xF703, 0x0E36 }, { 0xF704, 0x0E37 }, { 0xF705, 0x0E48 },
	{ 0xF706, 0x0E49 }, { 0xF707, 0x0E4A }, { 0xF708, 0x0E4B },
	{ 0xF709, 0x0E4C }, { 0xF70A, 0x0E48 }, { 0xF70B, 0x0E49 },
	{ 0xF70C, 0x0E4A }, { 0xF70D, 0x0E4B }, { 0xF70E, 0x0E4C },
	{ 0xF70F, 0x0E0D }, { 0xF710, 0x0E31 }, { 0xF711, 0x0E4D },
	{ 0xF712, 0x0E47 }, { 0xF713, 0x0E48 }, { 0xF714, 0x0E49 },
	{ 0xF715, 0x0E4A }, { 0xF716, 0x0E4B }, { 0xF717, 0x0E4C },
	{ 0xF718, 0x0E38 }, { 0xF719, 0x0E39 }, { 0xF71A, 0x0E3A },
	{ 0xF884, 0x0E31 }, { 0xF885, 0x0E34 }, { 0xF886, 0x0E35 },
	{ 0xF887, 0x0E36 }, { 0xF888, 0x0E37 }, { 0xF88A, 0x0E48 },
	{ 0xF88B, 0x0E48 }, { 0xF88C, 0x0E48 }, { 0xF88D, 0x0E49 },
	{ 0xF88E, 0x0E49 }, { 0xF88F, 0x0E49 }, { 0xF890, 0x0E4A },
	{ 0xF891, 0x0E4A }, { 0xF892, 0x0E4A }, { 0xF893, 0x0E4B },
	{ 0xF894, 0x0E4B }, { 0xF895, 0x0E4B }, { 0xF896, 0x0E4C },
	{ 0xF897, 0x0E4C }, { 0xF898, 0x0E4C }, { 0xF89B, 0x0E38 },
	{ 0xF89C, 0x0E39 }, { 0xF89D, 0x0E3A },
};

static utf8proc_int32_t
pua_char(utf8proc_int32_t c)
{
	size_t lo = 0, hi = sizeof(pua_map) / sizeof(pua_map[0]), mid;

	while (lo < hi) {
		mid = (lo + hi) / 2;
		if (pua_map[mid].pua == c)
			return pua_map[mid].cp;
		if (pua_map[mid].pua < c)
			lo = mid + 1;
		else
			hi = mid;
	}
	return -1;
}

static int
consonant(utf8proc_int32_t c)
{
	return c >= 0x0E01 && c <= 0x0E2E;
}

static int
tone(utf8proc_int32_t c)
{
	return c >= 0x0E48 && c <= 0x0E4C;
}

static int
above_vowel(utf8proc_int32_t c)
{
	return c == 0x0E31 || (c >= 0x0E34 && c <= 0x0E37) || c == 0x0E47;
}

/* 1 if the code point is a Thai mark that sits on a consonant. */
static int
pdf_thai_mark(unsigned cp)
{
	return cp == 0x0E31 || (cp >= 0x0E34 && cp <= 0x0E3A) ||
	    (cp >= 0x0E47 && cp <= 0x0E4E);
}

/* Code points of s, mapped and without debris, into *v (grown). */
static int
decode(const char *s, size_t n, utf8proc_int32_t **v, size_t *nv)
{
	static const char *lig[] = { "ff", "fi", "fl", "ffi", "ffl", "st",
	    "st" };
	utf8proc_int32_t c, m, *out;
	utf8proc_ssize_t k;
	size_t i = 0, o = 0;
	const char *l;

	/* A ligature gives at most 3 code points for its 3 bytes. */
	if ((out = reallocarray(NULL, n + 1, sizeof(*out))) == NULL)
		return -1;
	while (i < n) {
		k = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
		    (utf8proc_ssize_t)(n - i), &c);
		if (k < 0) {
			free(out);
			errno = EILSEQ;
			return -1;
		}
		i += (size_t)k;
		if (c == 0x00AD || c == 0x200B || c == 0x200C ||
		    c == 0x200D || c == 0xFEFF)
			continue;
		if (c >= 0xFB00 && c <= 0xFB06) {
			for (l = lig[c - 0xFB00]; *l; l++)
				out[o++] = (unsigned char)*l;
			continue;
		}
		if ((m = pua_char(c)) != -1)
			c = m;
		out[o++] = c;
	}
	*v = out;
	*nv = o;
	return 0;
}

/* The order and composition of marks, in place; the new length. */
static size_t
reorder(utf8proc_int32_t *v, size_t n)
{
	size_t i, j, o;
	utf8proc_int32_t t;

	/* Marks before the consonant they belong to. */
	for (i = 0; i < n; i++) {
		if (!pdf_thai_mark((unsigned)v[i]))
			continue;
		if (i > 0 && (consonant(v[i - 1]) ||
		    pdf_thai_mark((unsigned)v[i - 1])))
			continue;
		for (j = i; j < n && pdf_thai_mark((unsigned)v[j]); j++)
			;
		if (j == n || !consonant(v[j]))
			continue;
		t = v[j];
		memmove(v + i + 1, v + i, (j - i) * sizeof(*v));
		v[i] = t;
		i = j;
	}
	/* A tone mark before the vowel it sits on, or the vowel below. */
	for (i = 0; i + 1 < n; i++)
		if (tone(v[i]) && (above_vowel(v[i + 1]) ||
		    v[i + 1] == 0x0E38 || v[i + 1] == 0x0E39)) {
			t = v[i];
			v[i] = v[i + 1];
			v[i + 1] = t;
		}
	/* NIKHAHIT (a tone mark between) SARA AA is SARA AM. */
	for (i = 0; i + 1 < n; i++) {
		if (v[i] != 0x0E4D)
			continue;
		if (v[i + 1] == 0x0E32) {
			v[i] = 0x0E33;
			memmove(v + i + 1, v + i + 2, (n - i - 2) * sizeof(*v));
			n--;
		} else if (i + 2 < n && tone(v[i + 1]) && v[i + 2] == 0x0E32) {
			v[i] = v[i + 1];
			v[i + 1] = 0x0E33;
			memmove(v + i + 2, v + i + 3, (n - i - 3) * sizeof(*v));
			n--;
		}
	}
	/* The same mark twice is one mark drawn twice. */
	for (i = o = 0; i < n; i++) {
		if (o > 0 && v[i] == v[o - 1] && pdf_thai_mark((unsigned)v[i]))
			continue;
		v[o++] = v[i];
	}
	return o;
}

static int
encode(const utf8proc_int32_t *v, size_t n, struct ita_buf *out)
{
	utf8proc_uint8_t b[4];
	utf8proc_ssize_t k;
	size_t i;

	for (i = 0; i < n; i++) {
		k = utf8proc_encode_char(v[i], b);
		if (ita_buf_add(out, b, (size_t)k) == -1)
			return -1;
	}
	return 0;
}

int
ipdf_thai_text(const char *s, size_t n, struct ita_buf *out)
{
	utf8proc_int32_t *v;
	size_t nv;
	int rc;

	if (decode(s, n, &v, &nv) == -1)
		return -1;
	nv = reorder(v, nv);
	rc = encode(v, nv, out);
	free(v);
	return rc;
}

/* 1 if the whole text is marks (a detached mark "word"). */
static int
only_marks(const char *s, size_t n)
{
	utf8proc_int32_t c;
	utf8proc_ssize_t k;
	size_t i = 0;

	if (n == 0)
		return 0;
	while (i < n) {
		k = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
		    (utf8proc_ssize_t)(n - i), &c);
		if (k < 0)
			return 0;
		if (pua_char(c) != -1)
			c = pua_char(c);
		if (!pdf_thai_mark((unsigned)c))
			return 0;
		i += (size_t)k;
	}
	return 1;
}

static double
overlap(double a0, double a1, double b0, double b1)
{
	double lo = a0 > b0 ? a0 : b0, hi = a1 < b1 ? a1 : b1;

	return hi - lo;
}

/*
 * The word a detached mark belongs to: the one whose end is where the
 * mark stands (a mark of zero advance is drawn at the pen position after
 * its base), else the one that covers it; on the same line.  -1 if none.
 */
static long
mark_owner(const struct pdf_page *pg, size_t m, const char *ismark)
{
	const struct pdf_word *mw = &pg->w[m], *w;
	double h = mw->y1 - mw->y0, best = -1, d, tol;
	long who = -1;
	size_t i;

	if (h <= 0)
		h = 1;
	tol = 0.15 * h;
	for (i = 0; i < pg->n; i++) {
		w = &pg->w[i];
		if (i == m || ismark[i] ||
		    overlap(w->y0, w->y1, mw->y0, mw->y1) < 0.5 * h)
			continue;
		d = mw->x0 - w->x1;
		if (d < 0)
			d = -d * 2;	/* a word ending after it: less likely */
		if (d <= tol && (who == -1 || d < best)) {
			best = d;
			who = (long)i;
		}
	}
	if (who != -1)
		return who;
	for (i = 0; i < pg->n; i++) {
		w = &pg->w[i];
		if (i != m && !ismark[i] && mw->x0 >= w->x0 &&
		    mw->x0 <= w->x1 &&
		    overlap(w->y0, w->y1, mw->y0, mw->y1) >= 0.5 * h)
			return (long)i;
	}
	return -1;
}

/* Bytes of marks that s begins with. */
static size_t
lead_marks(const char *s, size_t n)
{
	utf8proc_int32_t c;
	utf8proc_ssize_t k;
	size_t i;

	for (i = 0; i < n; i += (size_t)k)
		if ((k = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
		    (utf8proc_ssize_t)(n - i), &c)) < 0 ||
		    !pdf_thai_mark((unsigned)c))
			break;
	return i;
}

/*
 * The word whose end word m starts at, when m starts with marks: they
 * are that word's ("ว" then "ัดที่" is วัดที่), drawn at the pen
 * position after it.  -1 if none.
 */
static long
lead_owner(const struct pdf_page *pg, size_t m, const char *ismark)
{
	const struct pdf_word *mw = &pg->w[m], *w;
	double h = mw->y1 - mw->y0;
	size_t i;

	if (h <= 0)
		h = 1;
	for (i = 0; i < pg->n; i++) {
		w = &pg->w[i];
		if (i != m && !ismark[i] && fabs(mw->x0 - w->x1) <= 0.15 * h &&
		    w->x0 < mw->x0 &&
		    overlap(w->y0, w->y1, mw->y0, mw->y1) >= 0.5 * h)
			return (long)i;
	}
	return -1;
}

/*
 * Where in word w a mark at x goes: after the base character (and its
 * marks) under x, counting the word's base characters as equally wide.
 */
static size_t
mark_place(const char *s, size_t n, const struct pdf_word *w, double x)
{
	utf8proc_int32_t c;
	utf8proc_ssize_t k;
	size_t i, nbase = 0, want, seen = 0;

	for (i = 0; i < n; i += (size_t)k) {
		if ((k = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
		    (utf8proc_ssize_t)(n - i), &c)) < 0)
			return n;
		if (!pdf_thai_mark((unsigned)c))
			nbase++;
	}
	if (w->x1 <= w->x0 || x >= w->x1 || nbase == 0)
		return n;
	if (!(x >= w->x0))	/* left of the word (or NaN): its first base */
		x = w->x0;
	want = (size_t)((x - w->x0) / (w->x1 - w->x0) * (double)nbase) + 1;
	for (i = 0; i < n; i += (size_t)k) {
		if ((k = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
		    (utf8proc_ssize_t)(n - i), &c)) < 0)
			return n;
		if (!pdf_thai_mark((unsigned)c) && seen++ == want)
			return i;
	}
	return n;
}

/* The repaired text of a word appended to t, NUL-ended; w points at it. */
static int
put_word(struct ita_buf *t, const char *s, size_t n, struct pdf_word *w)
{
	w->off = t->len;
	if (ipdf_thai_text(s, n, t) == -1)
		return -1;
	w->len = t->len - w->off;
	return ita_buf_addc(t, '\0');
}

/* The page's words are its first n, their text t (taken). */
static void
set_words(struct pdf_page *pg, struct ita_buf *t, size_t n)
{
	pg->n = n;
	ita_buf_free(&pg->text);
	pg->text = *t;
	*t = (struct ita_buf)ITA_BUF_INIT;
}

int
ipdf_thai_page(struct pdf_page *pg)
{
	struct ita_buf nt = ITA_BUF_INIT, word = ITA_BUF_INIT;
	struct pdf_word *nw = NULL;	/* the words out: w[] is read to the end */
	char *ismark = NULL;
	long *owner = NULL, *lowner = NULL;
	size_t i, j, o, at, skip;
	const char *s;
	int rc = -1;

	if (pg->n == 0)
		return 0;
	if ((ismark = calloc(pg->n, 1)) == NULL ||
	    (owner = reallocarray(NULL, pg->n, sizeof(*owner))) == NULL ||
	    (lowner = reallocarray(NULL, pg->n, sizeof(*lowner))) == NULL ||
	    (nw = reallocarray(NULL, pg->n, sizeof(*nw))) == NULL)
		goto out;
	for (i = 0; i < pg->n; i++)
		ismark[i] = (char)only_marks(ipdf_word_text(pg, &pg->w[i]),
		    pg->w[i].len);
	for (i = 0; i < pg->n; i++) {
		owner[i] = ismark[i] ? mark_owner(pg, i, ismark) : -1;
		lowner[i] = !ismark[i] && lead_marks(ipdf_word_text(pg,
		    &pg->w[i]), pg->w[i].len) > 0 ? lead_owner(pg, i,
		    ismark) : -1;
	}
	for (i = o = 0; i < pg->n; i++) {
		if (ismark[i] && owner[i] != -1)
			continue;	/* goes with its owner */
		ita_buf_clear(&word);
		s = ipdf_word_text(pg, &pg->w[i]);
		skip = lowner[i] != -1 ? lead_marks(s, pg->w[i].len) : 0;
		if (ita_buf_add(&word, s + skip, pg->w[i].len - skip) == -1)
			goto out;
		for (j = 0; j < pg->n; j++) {
			if (owner[j] != (long)i)
				continue;
			s = ipdf_word_text(pg, &pg->w[j]);
			at = mark_place(word.p, word.len, &pg->w[i],
			    pg->w[j].x0);
			if (ita_buf_reserve(&word, pg->w[j].len) == -1)
				goto out;
			memmove(word.p + at + pg->w[j].len, word.p + at,
			    word.len - at + 1);
			memcpy(word.p + at, s, pg->w[j].len);
			word.len += pg->w[j].len;
			if (pg->w[j].x1 > pg->w[i].x1)
				pg->w[i].x1 = pg->w[j].x1;
		}
		/* the marks that the words starting at its end begin with */
		for (j = 0; j < pg->n; j++) {
			if (lowner[j] != (long)i)
				continue;
			s = ipdf_word_text(pg, &pg->w[j]);
			if (ita_buf_add(&word, s, lead_marks(s,
			    pg->w[j].len)) == -1)
				goto out;
		}
		nw[o] = pg->w[i];
		if (put_word(&nt, word.p, word.len, &nw[o++]) == -1)
			goto out;
	}
	memcpy(pg->w, nw, o * sizeof(*nw));
	set_words(pg, &nt, o);
	rc = 0;
out:
	ita_buf_free(&nt);
	ita_buf_free(&word);
	free(ismark);
	free(owner);
	free(lowner);
	free(nw);
	return rc;
}

/*
 * OCR gives Thai a box per letter: letters of one line closer than a
 * space become one word (their boxes joined), repaired again as a whole.
 */
int
ipdf_ocr_join(struct pdf_page *pg)
{
	struct ita_buf nt = ITA_BUF_INIT, word = ITA_BUF_INIT;
	struct pdf_word cur;
	size_t i, o = 0;
	double h;
	int rc = -1;

	if (pg->n == 0)
		return 0;
	for (i = 0; i <= pg->n; i++) {
		const struct pdf_word *w = i < pg->n ? &pg->w[i] : NULL;

		h = w ? w->y1 - w->y0 : 0;
		if (w != NULL && i > 0 && w->y0 == cur.y0 && w->y1 == cur.y1 &&
		    w->x0 - cur.x1 < 0.25 * h && w->x0 > cur.x0) {
			if (ita_buf_add(&word, ipdf_word_text(pg, w), w->len) == -1)
				goto out;
			if (w->x1 > cur.x1)
				cur.x1 = w->x1;
			continue;
		}
		if (i > 0) {
			if (put_word(&nt, word.p ? word.p : "", word.len,
			    &cur) == -1)
				goto out;
			pg->w[o++] = cur;
		}
		if (w == NULL)
			break;
		cur = *w;
		ita_buf_clear(&word);
		if (ita_buf_add(&word, ipdf_word_text(pg, w), w->len) == -1)
			goto out;
	}
	set_words(pg, &nt, o);
	rc = 0;
out:
	ita_buf_free(&nt);
	ita_buf_free(&word);
	return rc;
}

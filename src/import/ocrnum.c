/*
 * The years OCR reads, checked against each other.  Tesseract's Thai
 * reads some Thai digits of common fonts as others of a like shape (of
 * report A's scan: ๖ as ๒, ๘ as ๕, ๗ as ๓: ๒๕๖๘ as ๒๕๒๕; of report B's,
 * ๗ as ๕), and the
 * months beside them with a stray mark or vowel ("ต.คุ.", "เส.ค.").  So a
 * year OCR read is a set of readings: each ๒ (or 2) may be a ๖, each ๕ an
 * ๘ or a ๗, each ๓ a ๗.  The fiscal year is the reading, between 2557 and 2600,
 * that most of the periods' month-and-year readings agree with (October
 * to December in the year before it, the other months in it); a period
 * is then rewritten with the years the fiscal year gives its months,
 * when its reading allows them or is unreadable.  Nothing is changed
 * without a note (pdflayout.c says each), nor where the readings do not
 * single one year out.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <stdio.h>
#include <string.h>

#include <utf8proc.h>

#include "pdf.h"

#define FY_MIN	2557	/* ITA's first fiscal year */
#define FY_MAX	2600
#define ALTS	81	/* readings of four digits */

static const char *const months[12] = { "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.",
    "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค." };

/* The code point at s (n bytes left) and its length; 0 at the end. */
static size_t
cp_at(const char *s, size_t n, utf8proc_int32_t *c)
{
	utf8proc_ssize_t k;

	if (n == 0)
		return 0;
	if ((k = utf8proc_iterate((const utf8proc_uint8_t *)s,
	    (utf8proc_ssize_t)n, c)) <= 0) {
		*c = -1;
		return 1;
	}
	return (size_t)k;
}

static int
thai_digit(utf8proc_int32_t c)
{
	return c >= 0x0E50 && c <= 0x0E59;
}

static int
any_digit(utf8proc_int32_t c)
{
	return (c >= '0' && c <= '9') || thai_digit(c);
}

static int
digit_val(utf8proc_int32_t c)
{
	return thai_digit(c) ? c - 0x0E50 : c - '0';
}

/* A Thai letter or mark (not a digit). */
static int
thai_char(utf8proc_int32_t c)
{
	return c >= 0x0E01 && c <= 0x0E4E;
}

/* A mark OCR adds or drops, or a leading vowel it sees in a bar. */
static int
stray(utf8proc_int32_t c)
{
	return (c >= 0x0E31 && c <= 0x0E3A && c != 0x0E32 && c != 0x0E33) ||
	    (c >= 0x0E47 && c <= 0x0E4E) || (c >= 0x0E40 && c <= 0x0E44);
}

/* Is the month m (UTF-8) what t (UTF-8) is, less a few stray marks? */
static int
subseq(const char *m, const char *t)
{
	utf8proc_int32_t a, b;
	size_t ka, kb, extra = 0;
	size_t nm = strlen(m), nt = strlen(t);

	while (nt > 0) {
		kb = cp_at(t, nt, &b);
		ka = cp_at(m, nm, &a);
		if (ka > 0 && a == b) {
			m += ka;
			nm -= ka;
		} else if (!stray(b) || ++extra > 2)
			return 0;
		t += kb;
		nt -= kb;
	}
	return nm == 0 && extra > 0;
}

/*
 * The month of an abbreviation as OCR read it (spaces taken out): 1-12,
 * 0 if none, -1 if it could be two months ("เมิ.ย.": เม.ย. or มิ.ย.).
 */
static int
month_of(const char *t)
{
	int i, found = 0;

	for (i = 0; i < 12; i++)
		if (strcmp(t, months[i]) == 0)
			return i + 1;
	for (i = 0; i < 12; i++)
		if (subseq(months[i], t)) {
			if (found)
				return -1;
			found = i + 1;
		}
	return found;
}

/* What OCR's digit may stand for (itself first). */
static const char *const reads[10] = { "0", "1", "26", "37", "4", "587",
    "6", "7", "8", "9" };

int
iocr_year_alts(const char *s, size_t n, int *alts, size_t max)
{
	utf8proc_int32_t c;
	int d[8], nd = 0, i, v, x;
	size_t k, na = 0, idx[8];

	while (n > 0 && (k = cp_at(s, n, &c)) > 0 && any_digit(c)) {
		if (nd == 8)
			return 0;
		d[nd++] = digit_val(c);
		s += k;
		n -= k;
	}
	if (nd == 0 || nd > 4)
		return 0;
	memset(idx, 0, sizeof(idx));
	while (na < max) {
		for (i = 0, v = 0; i < nd; i++) {
			x = reads[d[i]][idx[i]] - '0';
			v = v * 10 + x;
		}
		alts[na++] = v;
		/* the next combination, the last digit fastest */
		for (i = nd - 1; i >= 0; i--) {
			if (reads[d[i]][++idx[i]] != '\0')
				break;
			idx[i] = 0;
		}
		if (i < 0)
			break;
	}
	return (int)na;
}

/* How many digits the reading has. */
static size_t
ndigits(const char *s, size_t n)
{
	utf8proc_int32_t c;
	size_t k, nd = 0;

	while (n > 0 && (k = cp_at(s, n, &c)) > 0 && any_digit(c)) {
		nd++;
		s += k;
		n -= k;
	}
	return nd;
}

/* Whether want (two digits, or four for a reading of four) is a reading. */
static int
has_alt(const char *s, size_t n, int want)
{
	int alts[ALTS], na, i;

	if (ndigits(s, n) <= 3)
		want %= 100;
	na = iocr_year_alts(s, n, alts, ALTS);
	for (i = 0; i < na; i++)
		if (alts[i] == want)
			return 1;
	return 0;
}

/* ---- tokens ---- */

struct tok {
	int		 month;		/* 1-12, 0 none, -1 ambiguous */
	const char	*ys;		/* its year's reading, or NULL */
	char		 ybuf[16];	/* a reading put together */
	size_t		 yn;
	int		 yjunk;		/* a reading that is no number */
	int		 inexact;	/* the month or year as OCR misread it */
	const char	*end;
};

/* Spaces, and the brackets and bars OCR makes of rules. */
static const char *
skip_space(const char *s, const char *e)
{
	while (s < e && strchr(" ()[]|~", *s) != NULL)
		s++;
	return s;
}

/*
 * A month abbreviation at s (as OCR read it: a stray mark or vowel, a
 * space around a dot) and the reading of the year after it.  0 if s does
 * not start one.
 */
static int
month_tok(const char *s, const char *e, struct tok *t)
{
	char buf[64];
	size_t nb = 0, k;
	utf8proc_int32_t c;
	const char *p = s, *q;
	int dots = 0;

	memset(t, 0, sizeof(*t));
	while (p < e) {
		k = cp_at(p, (size_t)(e - p), &c);
		if (c == '.')
			dots++;
		else if (c == ' ') {
			/* "ต .ค.", "ม. ค.": a space beside a dot */
			q = skip_space(p, e);
			if (!(nb > 0 && buf[nb - 1] == '.') && !(q < e && *q == '.'))
				break;
			p = q;
			continue;
		} else if (!thai_char(c))
			break;
		if (nb + k >= sizeof(buf))
			return 0;
		memcpy(buf + nb, p, k);
		nb += k;
		p += k;
	}
	buf[nb] = '\0';
	if (dots < 2 || nb == 0 || buf[nb - 1] != '.' || (size_t)(p - s) > 40)
		return 0;
	t->month = month_of(buf);
	if (t->month == 0)
		return 0;
	t->inexact = t->month > 0 && strcmp(buf, months[t->month - 1]) != 0;
	/* the year: digits ("๐๒๓": a bar read as ๐ before them), or what
	 * is no number ("ioe", "วส") up to a space or a dash */
	q = skip_space(p, e);
	while (q + 1 < e && (*q == '0' || (q + 3 <= e &&
	    memcmp(q, "\xE0\xB9\x90", 3) == 0))) {
		size_t z = *q == '0' ? 1 : 3;

		if (q + z >= e || cp_at(q + z, (size_t)(e - q - z), &c) == 0 ||
		    !any_digit(c))
			break;
		q += z;
		t->inexact = 1;
	}
	t->ys = q;
	while (q < e && (k = cp_at(q, (size_t)(e - q), &c)) > 0 &&
	    any_digit(c))
		q += k;
	t->yn = (size_t)(q - t->ys);
	/* a year's two digits apart ("2 5"): one reading */
	if (ndigits(t->ys, t->yn) == 1 && (size_t)(e - q) >= 2 && *q == ' ' &&
	    (k = cp_at(q + 1, (size_t)(e - q - 1), &c)) > 0 && any_digit(c) &&
	    (q + 1 + k == e || q[1 + k] == ' ' || q[1 + k] == '-') &&
	    t->yn + k < sizeof(t->ybuf)) {
		memcpy(t->ybuf, t->ys, t->yn);
		memcpy(t->ybuf + t->yn, q + 1, k);
		t->yn += k;
		t->ybuf[t->yn] = '\0';
		t->ys = t->ybuf;
		t->inexact = 1;
		q += 1 + k;
	}
	if (t->yn == 0) {
		t->ys = NULL;
		if (q < e && *q != '-') {
			const char *j = q;

			while (j < e && *j != ' ' && *j != '-')
				j++;
			if (j > q && (j >= e || *j == ' ' || *j == '-') &&
			    strncmp(q, "ถึง", strlen("ถึง")) != 0) {
				t->ys = q;
				t->yn = (size_t)(j - q);
				t->yjunk = 1;
				q = j;
			}
		}
	} else if (q < e && *q != ' ' && *q != '-' && *q != ')' && *q != '|')
		return 0;	/* digits run on: not a year */
	t->end = q;
	return 1;
}

void
iocr_years_init(struct ocr_years *y)
{
	memset(y, 0, sizeof(*y));
}

int
iocr_years_scan(struct ocr_years *y, const char *s, size_t n)
{
	const char *e = s + n, *p = s, *q;
	struct tok t;
	size_t k;
	utf8proc_int32_t c;
	int i;

	while (p < e) {
		/* "ปีงบประมาณ [พ.ศ.] ๒๕๖๘": the fiscal year */
		if ((size_t)(e - p) > strlen("ปีงบประมาณ") && strncmp(p,
		    "ปีงบประมาณ", strlen("ปีงบประมาณ")) == 0) {
			q = skip_space(p + strlen("ปีงบประมาณ"), e);
			if ((size_t)(e - q) >= strlen("พ.ศ.") &&
			    strncmp(q, "พ.ศ.", strlen("พ.ศ.")) == 0)
				q = skip_space(q + strlen("พ.ศ."), e);
			if (y->nfy == 0 && cp_at(q, (size_t)(e - q), &c) > 0 &&
			    any_digit(c)) {
				size_t z;

				for (k = 0; q + k < e && (z = cp_at(q + k,
				    (size_t)(e - q - k), &c)) > 0 &&
				    any_digit(c) && k + z < sizeof(y->fy); k += z)
					;
				if (k > 0) {
					memcpy(y->fy, q, k);
					y->fy[k] = '\0';
					y->nfy = k;
				}
			}
			p += strlen("ปีงบประมาณ");
			continue;
		}
		if ((unsigned char)*p >= 0x80 && month_tok(p, e, &t) &&
		    t.month > 0 && t.ys != NULL && !t.yjunk &&
		    y->n < sizeof(y->v) / sizeof(y->v[0])) {
			i = (int)y->n++;
			y->v[i].month = t.month;
			k = t.yn < sizeof(y->v[i].year) - 1 ? t.yn :
			    sizeof(y->v[i].year) - 1;
			memcpy(y->v[i].year, t.ys, k);
			y->v[i].year[k] = '\0';
			p = t.end;
			continue;
		}
		k = cp_at(p, (size_t)(e - p), &c);
		p += k ? k : 1;
	}
	return 0;
}

/* The Buddhist year month m of fiscal year fy falls in. */
static int
year_of(int fy, int m)
{
	return m >= 10 ? fy - 1 : fy;
}

int
iocr_years_decide(struct ocr_years *y, char *why, size_t whylen)
{
	int alts[ALTS], na, i, best = -1, nbest = 0, score, read = 0, tie = 0;
	size_t j, k;
	utf8proc_int32_t c;
	const char *s;

	y->decided = 1;
	y->fiscal = 0;
	if (y->nfy == 0)
		return 0;
	for (s = y->fy, k = y->nfy; k > 0 && (j = cp_at(s, k, &c)) > 0 &&
	    any_digit(c); s += j, k -= j)
		read = read * 10 + digit_val(c);
	na = iocr_year_alts(y->fy, y->nfy, alts, ALTS);
	for (i = 0; i < na; i++) {
		if (alts[i] < FY_MIN || alts[i] > FY_MAX)
			continue;
		for (j = 0, score = 0; j < y->n; j++)
			score += has_alt(y->v[j].year, strlen(y->v[j].year),
			    year_of(alts[i], y->v[j].month));
		if (score > nbest || best == -1) {
			if (best != -1 && score == nbest)
				tie = 1;
			else
				tie = 0;
			if (score > nbest || best == -1)
				nbest = score, best = alts[i];
		} else if (score == nbest)
			tie = 1;
	}
	if (best == -1) {
		snprintf(why, whylen, "outside %d-%d and no reading of its "
		    "digits is within", FY_MIN, FY_MAX);
		return -1;
	}
	if (best == read && !tie) {
		y->fiscal = read;
		return 0;
	}
	if (tie || nbest == 0) {
		if (read >= FY_MIN && read <= FY_MAX) {
			y->fiscal = read;
			return 0;
		}
		snprintf(why, whylen, "outside %d-%d, and the periods' years do "
		    "not tell which of its readings it is", FY_MIN, FY_MAX);
		return -1;
	}
	y->fiscal = best;
	snprintf(why, whylen, "%d of the %zu periods' month-and-year readings "
	    "agree with %d", nbest, y->n, best);
	return 1;
}

/* Whether the reading is the year itself (two digits or four). */
static int
same_year(const char *s, size_t n, int want)
{
	utf8proc_int32_t c;
	size_t k, nd = 0;
	int v = 0;

	while (n > 0 && (k = cp_at(s, n, &c)) > 0 && any_digit(c)) {
		v = v * 10 + digit_val(c);
		nd++;
		s += k;
		n -= k;
	}
	return nd > 3 ? v == want : v == want % 100;
}

/* The year's two digits (or four) as text. */
static int
put_year(struct ita_buf *out, int v, size_t digits)
{
	return ita_buf_printf(out, digits > 3 ? "%04d" : "%02d",
	    digits > 3 ? v : v % 100);
}

int
iocr_period_fix(const char *s, size_t n, int fy, struct ita_buf *out)
{
	const char *e = s + n, *p;
	struct tok t[4];
	size_t nt = 0, i;
	int changed = 0, v, want, whole = 0;
	static const char *const wholes[] = { "ตลอดปีงบประมาณ",
	    "ทั้งปีงบประมาณ", "ปีงบประมาณ" };

	ita_buf_clear(out);
	if (fy == 0)
		return 0;
	p = skip_space(s, e);
	for (i = 0; i < sizeof(wholes) / sizeof(wholes[0]); i++)
		if ((size_t)(e - p) > strlen(wholes[i]) &&
		    strncmp(p, wholes[i], strlen(wholes[i])) == 0) {
			whole = 1;
			break;
		}
	if (whole) {
		const char *q = skip_space(p + strlen(wholes[i]), e), *r;
		utf8proc_int32_t c;
		size_t k;

		if ((size_t)(e - q) >= strlen("พ.ศ.") &&
		    strncmp(q, "พ.ศ.", strlen("พ.ศ.")) == 0)
			q = skip_space(q + strlen("พ.ศ."), e);
		for (r = q; r < e && (k = cp_at(r, (size_t)(e - r), &c)) > 0 &&
		    any_digit(c); r += k)
			;
		if (r == q || skip_space(r, e) != e)
			return 0;
		for (v = 0, p = q; p < r; p += k) {
			k = cp_at(p, (size_t)(r - p), &c);
			v = v * 10 + digit_val(c);
		}
		if (v == fy || (v >= FY_MIN && v <= FY_MAX && !has_alt(q,
		    (size_t)(r - q), fy)))
			return 0;	/* right, or another year it can be */
		if (ita_buf_add(out, s, (size_t)(q - s)) == -1)
			return -1;
		return ita_buf_printf(out, "%d", fy) == -1 ? -1 : 1;
	}
	/* months and years, apart by "-" or "ถึง" */
	while ((p = skip_space(p, e)) < e) {
		if (nt == 4 || !month_tok(p, e, &t[nt]) || t[nt].month <= 0)
			return 0;
		p = skip_space(t[nt++].end, e);
		if (p < e && *p == '-')
			p++;
		else if ((size_t)(e - p) >= strlen("ถึง") &&
		    strncmp(p, "ถึง", strlen("ถึง")) == 0)
			p += strlen("ถึง");
		else if (p < e)
			return 0;
	}
	if (nt == 0 || t[nt - 1].ys == NULL)
		return 0;
	for (i = 0; i < nt; i++) {
		if (i > 0 && ita_buf_adds(out, " - ") == -1)
			return -1;
		if (ita_buf_adds(out, months[t[i].month - 1]) == -1)
			return -1;
		changed |= t[i].inexact;
		if (t[i].ys == NULL)
			continue;
		want = year_of(fy, t[i].month);
		if (ita_buf_addc(out, ' ') == -1)
			return -1;
		if (t[i].yjunk || (!same_year(t[i].ys, t[i].yn, want) &&
		    has_alt(t[i].ys, t[i].yn, want))) {
			if (put_year(out, want, t[i].yjunk ? 2 :
			    ndigits(t[i].ys, t[i].yn)) == -1)
				return -1;
			changed = 1;
		} else if (ita_buf_add(out, t[i].ys, t[i].yn) == -1)
			return -1;
	}
	return changed;
}

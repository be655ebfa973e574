/*
 * Thai dates, periods and the fiscal calendar (issue 3, part 2).
 *
 * Periods are parsed from normalized text (ita_norm_cell: Thai digits
 * become ASCII, broken SARA AM is rejoined), cut into tokens (numbers,
 * month names, keywords, dashes; words we do not know become one BREAK
 * token) and matched against the few forms reports use.  The first form
 * found wins.  Nothing is repaired: an impossible date is an error.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "thdate.h"
#include "thnorm.h"

#define BE_OFFSET	543

/* ---- calendar arithmetic ---- */

int
ita_is_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int
ita_days_in_month(int y, int m)
{
	static const int dm[12] = {
		31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31
	};

	if (m < 1 || m > 12)
		return 0;
	return m == 2 && ita_is_leap(y) ? 29 : dm[m - 1];
}

int
ita_date_valid(int y, int m, int d)
{
	return y >= 1 && y <= 9999 && d >= 1 && d <= ita_days_in_month(y, m);
}

int
ita_date_cmp(struct ita_date a, struct ita_date b)
{
	if (a.y != b.y)
		return a.y < b.y ? -1 : 1;
	if (a.m != b.m)
		return a.m < b.m ? -1 : 1;
	if (a.d != b.d)
		return a.d < b.d ? -1 : 1;
	return 0;
}

/* Howard Hinnant's days_from_civil / civil_from_days. */
long
ita_date_to_days(struct ita_date dt)
{
	long y = dt.m <= 2 ? dt.y - 1 : dt.y;
	long era = (y >= 0 ? y : y - 399) / 400;
	long yoe = y - era * 400;
	long mp = dt.m > 2 ? dt.m - 3 : dt.m + 9;
	long doy = (153 * mp + 2) / 5 + dt.d - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

	return era * 146097 + doe - 719468;
}

struct ita_date
ita_days_to_date(long z)
{
	struct ita_date dt;
	long era, doe, yoe, doy, mp, y;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	y = yoe + era * 400;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	dt.d = (int)(doy - (153 * mp + 2) / 5 + 1);
	dt.m = (int)(mp < 10 ? mp + 3 : mp - 9);
	dt.y = (int)(dt.m <= 2 ? y + 1 : y);
	return dt;
}

int
ita_weekday(struct ita_date dt)
{
	long w = (ita_date_to_days(dt) + 4) % 7;	/* 1970-01-01: Thu */

	return (int)(w < 0 ? w + 7 : w);
}

static int
digits(const char *s, int n)
{
	int v = 0, i;

	for (i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

int
ita_date_parse_iso(const char *s, struct ita_date *out)
{
	int y, m, d;

	if (s == NULL || strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return -1;
	if ((y = digits(s, 4)) < 0 || (m = digits(s + 5, 2)) < 0 ||
	    (d = digits(s + 8, 2)) < 0 || !ita_date_valid(y, m, d))
		return -1;
	out->y = y;
	out->m = m;
	out->d = d;
	return 0;
}

void
ita_date_format_iso(struct ita_date dt, char buf[11])
{
	int y = dt.y < 0 ? 0 : dt.y % 10000;
	int m = dt.m < 0 || dt.m > 99 ? 0 : dt.m;
	int d = dt.d < 0 || dt.d > 99 ? 0 : dt.d;

	buf[0] = (char)('0' + y / 1000);
	buf[1] = (char)('0' + y / 100 % 10);
	buf[2] = (char)('0' + y / 10 % 10);
	buf[3] = (char)('0' + y % 10);
	buf[4] = '-';
	buf[5] = (char)('0' + m / 10);
	buf[6] = (char)('0' + m % 10);
	buf[7] = '-';
	buf[8] = (char)('0' + d / 10);
	buf[9] = (char)('0' + d % 10);
	buf[10] = '\0';
}

int
ita_be_to_ce(int be)
{
	return be - BE_OFFSET;
}

int
ita_ce_to_be(int ce)
{
	return ce + BE_OFFSET;
}

/* ---- fiscal calendar: FY N = 1 Oct N-1 .. 30 Sep N ---- */

int
ita_fiscal_year(struct ita_date dt)
{
	return ita_ce_to_be(dt.m >= 10 ? dt.y + 1 : dt.y);
}

int
ita_fiscal_quarter(struct ita_date dt)
{
	return dt.m >= 10 ? 1 : (dt.m - 1) / 3 + 2;
}

int
ita_fiscal_round(struct ita_date dt)
{
	return dt.m >= 10 || dt.m <= 3 ? 6 : 12;
}

static struct ita_date
mkdate(int y, int m, int d)
{
	struct ita_date dt;

	dt.y = y;
	dt.m = m;
	dt.d = d;
	return dt;
}

static struct ita_date
month_end(int y, int m)
{
	return mkdate(y, m, ita_days_in_month(y, m));
}

void
ita_fiscal_bounds(int fy_be, struct ita_date *start, struct ita_date *end)
{
	int y = ita_be_to_ce(fy_be);

	*start = mkdate(y - 1, 10, 1);
	*end = mkdate(y, 9, 30);
}

int
ita_fiscal_quarter_bounds(int fy_be, int q, struct ita_date *start,
    struct ita_date *end)
{
	int y = ita_be_to_ce(fy_be), m;

	if (q < 1 || q > 4)
		return -1;
	/* Q1 Oct-Dec of y-1, Q2 Jan-Mar, Q3 Apr-Jun, Q4 Jul-Sep. */
	m = q == 1 ? 10 : (q - 2) * 3 + 1;
	if (q == 1)
		y--;
	*start = mkdate(y, m, 1);
	*end = month_end(y, m + 2);
	return 0;
}

int
ita_fiscal_round_bounds(int fy_be, int round, struct ita_date *start,
    struct ita_date *end)
{
	if (round == 12) {
		ita_fiscal_bounds(fy_be, start, end);
		return 0;
	}
	if (round != 6)
		return -1;
	*start = mkdate(ita_be_to_ce(fy_be) - 1, 10, 1);
	*end = mkdate(ita_be_to_ce(fy_be), 3, 31);
	return 0;
}

/* ---- names ---- */

static const char *const month_long[12] = {
	"มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
	"กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"
};

/* Abbreviations as two parts: "มี" "ค" is มี.ค. */
static const char *const month_abbr[12][2] = {
	{ "ม", "ค" }, { "ก", "พ" }, { "มี", "ค" }, { "เม", "ย" },
	{ "พ", "ค" }, { "มิ", "ย" }, { "ก", "ค" }, { "ส", "ค" },
	{ "ก", "ย" }, { "ต", "ค" }, { "พ", "ย" }, { "ธ", "ค" }
};

static const char *const month_short[12] = {
	"ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.",
	"ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."
};

const char *
ita_month_name(int m, int long_form)
{
	if (m < 1 || m > 12)
		return NULL;
	return long_form ? month_long[m - 1] : month_short[m - 1];
}

static const char *const prec_names[] = {
	"none", "day", "month", "quarter", "year"
};

const char *
ita_precision_name(enum ita_precision p)
{
	if ((int)p < 0 || p > ITA_PREC_YEAR)
		return "none";
	return prec_names[p];
}

int
ita_precision_parse(const char *name)
{
	int i;

	for (i = ITA_PREC_DAY; i <= ITA_PREC_YEAR; i++)
		if (strcmp(name, prec_names[i]) == 0)
			return i;
	return -1;
}

/* ---- tokens ---- */

enum {
	T_END, T_BREAK, T_NUM, T_MONTH, T_DASH, T_TO, T_WEEKDAY, T_FY,
	T_YEARWORD, T_THROUGH, T_WHOLE, T_QUARTER, T_ROUND, T_BE, T_CE,
	T_NOISE, T_NUMDATE, T_EVERY, T_FIRSTM, T_LASTM
};

struct tok {
	int	 type;
	int	 val;		/* number, month, weekday; day of a NUMDATE */
	int	 nd;		/* digits of a number; of a NUMDATE's year */
	int	 m, y;		/* month and year as written of a NUMDATE */
	size_t	 so, eo;	/* bytes in the normalized text */
};

/* KW: a keyword and its length in bytes. */
#define KW(w, type, val)	{ w, sizeof(w) - 1, type, val }
/* A day's name, after "วัน" (day) and alone; val 0 for Sunday. */
#define WEEKDAY(w, val) \
	KW("วัน" w, T_WEEKDAY, val), KW(w, T_WEEKDAY, val)

static const struct kw {
	const char	*s;
	unsigned char	 len;
	int		 type, val;
} kws[] = {
	KW("กรกฏาคม", T_MONTH, 7),	/* common misspelling */
	/* informal names: the first syllables of the month's name */
	KW("มกรา", T_MONTH, 1), KW("กุมภา", T_MONTH, 2), KW("มีนา", T_MONTH, 3),
	KW("เมษา", T_MONTH, 4), KW("พฤษภา", T_MONTH, 5),
	KW("มิถุนา", T_MONTH, 6), KW("กรกฎา", T_MONTH, 7),
	KW("กรกฏา", T_MONTH, 7), KW("สิงหา", T_MONTH, 8),
	KW("กันยา", T_MONTH, 9), KW("ตุลา", T_MONTH, 10),
	KW("พฤศจิกา", T_MONTH, 11), KW("พฤศจิ", T_MONTH, 11),
	KW("ธันวา", T_MONTH, 12),
	KW("ทุกไตรมาส", T_EVERY, 0), KW("ทุกเดือน", T_EVERY, 0),
	KW("เดือนแรก", T_FIRSTM, 0), KW("เดือนหลัง", T_LASTM, 0),
	KW("ปีงบประมาณ", T_FY, 0), KW("ปีงบฯ", T_FY, 0),
	KW("ปี", T_YEARWORD, 0),
	KW("ตลอด", T_THROUGH, 0), KW("ทั้ง", T_WHOLE, 0),
	KW("ไตรมาส", T_QUARTER, 0), KW("รอบ", T_ROUND, 0),
	KW("จนถึง", T_TO, 0), KW("ถึง", T_TO, 0),
	KW("พ.ศ.", T_BE, 0), KW("พ.ศ", T_BE, 0),
	KW("ค.ศ.", T_CE, 0), KW("ค.ศ", T_CE, 0),
	WEEKDAY("อาทิตย์", 0), WEEKDAY("จันทร์", 1), WEEKDAY("อังคาร", 2),
	WEEKDAY("พุธ", 3), WEEKDAY("พฤหัสบดี", 4), WEEKDAY("พฤหัส", 4),
	WEEKDAY("ศุกร์", 5), WEEKDAY("เสาร์", 6),
	KW("วันที่", T_NOISE, 0), KW("ที่", T_NOISE, 0),
	KW("ระหว่าง", T_NOISE, 0), KW("ตั้งแต่", T_NOISE, 0),
	KW("เดือน", T_NOISE, 0), KW("ประจำ", T_NOISE, 0),
	KW("วัน", T_NOISE, 0),
	KW("\xe2\x80\x93", T_DASH, 0), KW("\xe2\x80\x94", T_DASH, 0),
	KW("\xe2\x88\x92", T_DASH, 0), KW("-", T_DASH, 0),
	{ NULL, 0, 0, 0 }
};

#define NKWS	(sizeof(kws) / sizeof(kws[0]) - 1)
#define NWORDS	(12 + NKWS)	/* month_long, then kws */
#define NKEYS	129		/* Thai U+0E00..U+0E7F, then the dashes */

struct lexer {
	const char	*s;
	size_t		 n;
	struct tok	*t;
	size_t		 nt;
	int		 inword;	/* inside a BREAK of Thai letters */
	/*
	 * The words by their first code point, in table order (the first
	 * match wins): a chain from head[key] through next[], each link
	 * a word's index + 1, 0 at the end; len[] their lengths.
	 */
	unsigned char	 head[NKEYS];
	unsigned char	 next[NWORDS];
	unsigned char	 len[NWORDS];
};

static int
thai_letter_at(const char *s, size_t n, size_t i)
{
	const unsigned char *u = (const unsigned char *)s + i;

	/* U+0E01..U+0E4E: E0 B8 81 .. E0 B9 8E */
	if (i + 3 > n || u[0] != 0xE0)
		return 0;
	return (u[1] == 0xB8 && u[2] >= 0x81) || (u[1] == 0xB9 &&
	    u[2] <= 0x8E);
}

/* The key of the code point at i: a Thai one, any dash, -1 for others. */
static int
word_key(const char *s, size_t n, size_t i)
{
	const unsigned char *u = (const unsigned char *)s + i;

	if (u[0] == '-' || u[0] == 0xE2)
		return NKEYS - 1;
	if (u[0] != 0xE0 || i + 3 > n || (u[1] != 0xB8 && u[1] != 0xB9))
		return -1;
	return (u[1] - 0xB8) * 64 + (u[2] & 0x3F);
}

static const char *
word_at(size_t w)
{
	return w < 12 ? month_long[w] : kws[w - 12].s;
}

/* Chains the words by key, so lex_one tries only those that may match. */
static void
index_words(struct lexer *lx)
{
	const char *w;
	size_t k;
	int key;

	memset(lx->head, 0, sizeof(lx->head));
	for (k = NWORDS; k-- > 0;) {
		w = word_at(k);
		lx->len[k] = k < 12 ? (unsigned char)strlen(w) : kws[k - 12].len;
		key = word_key(w, lx->len[k], 0);
		lx->next[k] = lx->head[key];
		lx->head[key] = (unsigned char)(k + 1);
	}
}

static int
starts(const char *s, size_t n, size_t i, const char *w)
{
	size_t l = strlen(w);

	return i + l <= n && memcmp(s + i, w, l) == 0;
}

static size_t
skip_sp(const char *s, size_t n, size_t i)
{
	while (i < n && s[i] == ' ')
		i++;
	return i;
}

/* One Thai letter and a dot at i: an abbreviation goes on ("ก.พ.ร."). */
static int
longer_abbr(const char *s, size_t n, size_t i)
{
	return thai_letter_at(s, n, i) && i + 3 < n && s[i + 3] == '.';
}

/* "ม.ค.", "ม.ค", "ม. ค.", "มค": returns the length matched, 0 if none. */
static size_t
match_abbr(struct lexer *lx, size_t i, int *month)
{
	const char *s = lx->s;
	size_t n = lx->n, j;
	int m, dot1, dot2;

	if (lx->inword)
		return 0;
	/* "ผอ.กค.": the second part of a job title's abbreviation */
	if (i >= 4 && s[i - 1] == '.' && thai_letter_at(s, n, i - 4) &&
	    !(i + 3 < n && s[i + 3] == '.'))
		return 0;
	for (m = 0; m < 12; m++) {
		if (!starts(s, n, i, month_abbr[m][0]))
			continue;
		j = i + strlen(month_abbr[m][0]);
		dot1 = 0;
		if (j < n && s[j] == '.') {
			dot1 = 1;
			j = skip_sp(s, n, j + 1);
		}
		if (!starts(s, n, j, month_abbr[m][1]))
			continue;
		j += strlen(month_abbr[m][1]);
		dot2 = j < n && s[j] == '.';
		if (dot2 && longer_abbr(s, n, j + 1))
			continue;	/* "ก.ค.ศ.", "ก.พ.ร.": an agency */
		if (dot2)
			j++;
		else if (thai_letter_at(s, n, j) && !starts(s, n, j, "ถึง") &&
		    !starts(s, n, j, "จนถึง"))
			continue;	/* a longer word */
		if (!dot1 && !dot2 && j < n && s[j] != ' ' &&
		    !(s[j] >= '0' && s[j] <= '9') && s[j] != '-')
			continue;
		*month = m + 1;
		return j - i;
	}
	return 0;
}

static void
push(struct lexer *lx, int type, int val, int nd, size_t so, size_t eo)
{
	struct tok *t;

	if (type == T_BREAK && lx->nt > 0 &&
	    lx->t[lx->nt - 1].type == T_BREAK) {
		lx->t[lx->nt - 1].eo = eo;
		return;
	}
	t = &lx->t[lx->nt++];
	t->type = type;
	t->val = val;
	t->nd = nd;
	t->m = t->y = 0;
	t->so = so;
	t->eo = eo;
}

/* Digits at i, at most max of them: their value, *nd their count. */
static size_t
lex_digits(const char *s, size_t n, size_t i, size_t max, int *v)
{
	size_t j;

	for (j = i, *v = 0; j < n && j - i < max && s[j] >= '0' && s[j] <= '9';
	    j++)
		*v = *v * 10 + (s[j] - '0');
	if (j < n && s[j] >= '0' && s[j] <= '9')
		return 0;		/* more digits than max */
	return j - i;
}

/* "15/1/2568", "15/01/68", "1-10-2567": D/M/Y as one token, 0 if not. */
static size_t
lex_numdate(struct lexer *lx, size_t i)
{
	const char *s = lx->s;
	size_t n = lx->n, a, b, c, j;
	int d, m, y;
	char sep;

	if (i > 0 && ((s[i - 1] >= '0' && s[i - 1] <= '9') || s[i - 1] == '/' ||
	    s[i - 1] == '.'))
		return 0;
	if ((a = lex_digits(s, n, i, 2, &d)) == 0 || i + a >= n)
		return 0;
	sep = s[i + a];
	if (sep != '/' && sep != '-')	/* "1.2.10" is a section number */
		return 0;
	j = i + a + 1;
	if ((b = lex_digits(s, n, j, 2, &m)) == 0 || j + b >= n ||
	    s[j + b] != sep)
		return 0;
	j += b + 1;
	if ((c = lex_digits(s, n, j, 4, &y)) != 2 && c != 4)
		return 0;
	j += c;
	if (j < n && (s[j] == '/' || (s[j] >= '0' && s[j] <= '9')))
		return 0;
	push(lx, T_NUMDATE, d, (int)c, i, j);
	lx->t[lx->nt - 1].m = m;
	lx->t[lx->nt - 1].y = y;
	return j - i;
}

/* One token at i; returns the bytes it took (at least 1). */
static size_t
lex_one(struct lexer *lx, size_t i)
{
	const char *s = lx->s;
	size_t j, l, w;
	int m, k, v, nd, key;

	/*
	 * Inside a Thai word, a letter no keyword starts with is more of
	 * the word: no number, keyword or abbreviation starts there.
	 */
	if (lx->inword && (key = word_key(s, lx->n, i)) >= 0 &&
	    key < NKEYS - 1 && lx->head[key] == 0) {
		for (l = 1; i + l < lx->n &&
		    ((unsigned char)s[i + l] & 0xC0) == 0x80; l++)
			;
		lx->inword = thai_letter_at(s, lx->n, i);
		push(lx, T_BREAK, 0, 0, i, i + l);
		return l;
	}
	if ((l = lex_numdate(lx, i)) > 0) {
		lx->inword = 0;
		return l;
	}
	if (s[i] >= '0' && s[i] <= '9') {
		for (j = i, v = 0, nd = 0; j < lx->n && s[j] >= '0' &&
		    s[j] <= '9'; j++, nd++)
			if (v < 100000)
				v = v * 10 + (s[j] - '0');
		push(lx, T_NUM, v, nd, i, j);
		lx->inword = 0;
		return j - i;
	}
	/* the long month names, then kws, that start with this code point */
	for (w = (key = word_key(s, lx->n, i)) < 0 ? 0 : lx->head[key];
	    w != 0; w = lx->next[w - 1]) {
		l = lx->len[w - 1];
		if (i + l > lx->n || memcmp(s + i, word_at(w - 1), l) != 0)
			continue;
		if (w <= 12) {
			push(lx, T_MONTH, (int)w, 0, i, i + l);
			lx->inword = 0;
			return l;
		}
		k = (int)w - 13;
		/* "ตุลาการ", "นางสาวกันยา": words, not months */
		if (kws[k].type == T_MONTH && (lx->inword ||
		    thai_letter_at(s, lx->n, i + l)))
			continue;
		if (kws[k].type != T_NOISE)
			push(lx, kws[k].type, kws[k].val, 0, i, i + l);
		lx->inword = 0;
		return l;
	}
	if ((l = match_abbr(lx, i, &m)) > 0) {
		push(lx, T_MONTH, m, 0, i, i + l);
		lx->inword = 0;
		return l;
	}
	if (strchr(" \n,()/.:", s[i]) != NULL) {
		lx->inword = 0;
		return 1;
	}
	/* Unknown text: one BREAK per run, a code point at a time. */
	for (l = 1; i + l < lx->n && ((unsigned char)s[i + l] & 0xC0) == 0x80;
	    l++)
		;
	lx->inword = thai_letter_at(s, lx->n, i);
	push(lx, T_BREAK, 0, 0, i, i + l);
	return l;
}

static int
lex(struct lexer *lx)
{
	size_t i = 0;

	/* at most a token a byte; push fills each, none past nt is read */
	if ((lx->t = malloc((lx->n + 1) * sizeof(*lx->t))) == NULL)
		return -1;
	index_words(lx);
	while (i < lx->n)
		i += lex_one(lx, i);
	return 0;
}

/* ---- the parser ---- */

struct parser {
	const char	*s;
	struct tok	*t;
	size_t		 nt;
	int		 fy;		/* context fiscal year, BE, or 0 */
	struct ita_buf	*err;
	struct ita_period *out;
	int		 bad;		/* a date that does not exist */
};

/* A date as written: -1 where absent.  y is CE. */
struct dpart {
	int	 d, m, y, wd;
	size_t	 t0, t1;	/* tokens [t0, t1) */
};

static int
ty(const struct parser *P, size_t i)
{
	return i < P->nt ? P->t[i].type : T_END;
}

static int
fail(struct parser *P, size_t t0, size_t t1, const char *what)
{
	size_t so, eo;

	if (P->err == NULL)
		return -1;
	ita_buf_clear(P->err);
	if (t1 > P->nt)
		t1 = P->nt;
	so = t0 < P->nt ? P->t[t0].so : 0;
	eo = t1 > t0 ? P->t[t1 - 1].eo : so;
	if (ita_buf_add(P->err, P->s + so, eo - so) == -1 ||
	    ita_buf_adds(P->err, what) == -1)
		return -1;
	return -1;
}

/*
 * A year at token *i: [ปี] [พ.ศ.|ค.ศ.] NUM of 2 or 4 digits, not the day
 * of a following date.  2 digits are 25xx BE; 4 digits from ITA_BE_MIN are BE,
 * else CE.  Returns the CE year, or -1 (then *i is unchanged).
 */
static int
parse_year(const struct parser *P, size_t *i)
{
	size_t j = *i;
	int ce = 0, be = 0, v, nd;

	if (ty(P, j) == T_YEARWORD)
		j++;
	if (ty(P, j) == T_BE || ty(P, j) == T_CE) {
		ce = ty(P, j) == T_CE;
		be = !ce;
		j++;
	}
	if (ty(P, j) != T_NUM || ty(P, j + 1) == T_MONTH)
		return -1;
	v = P->t[j].val;
	nd = P->t[j].nd;
	if (nd == 2)
		v = ce ? 2000 + v : ita_be_to_ce(2500 + v);
	else if (nd != 4)
		return -1;
	else if (be || (!ce && v >= ITA_BE_MIN))
		v = ita_be_to_ce(v);
	else if (v < 1800)
		return -1;
	*i = j + 1;
	return v;
}

/* The CE year of a year written with nd digits: 68, 2568, 2025. */
static int
year_ce(int v, int nd)
{
	if (nd == 2)
		return ita_be_to_ce(2500 + v);
	return v >= ITA_BE_MIN ? ita_be_to_ce(v) : v;
}

/*
 * [weekday] [day] month [year], "15/1/2568", or a day alone if day_only.
 * A day is 0 to 31 as written (day 0 is caught as not a date).
 */
static int
parse_dpart(const struct parser *P, size_t *i, struct dpart *dp, int day_only)
{
	size_t j = *i;

	dp->d = dp->m = dp->y = dp->wd = -1;
	dp->t0 = j;
	if (ty(P, j) == T_WEEKDAY)
		dp->wd = P->t[j++].val;
	if (ty(P, j) == T_NUMDATE) {
		dp->d = P->t[j].val;
		dp->m = P->t[j].m;
		dp->y = year_ce(P->t[j].y, P->t[j].nd);
		dp->t1 = ++j;
		*i = j;
		return 1;
	}
	if (ty(P, j) == T_NUM && P->t[j].nd <= 2 &&
	    (ty(P, j + 1) == T_MONTH || (day_only && P->t[j].val >= 1)))
		dp->d = P->t[j++].val;
	if (ty(P, j) == T_MONTH) {
		dp->m = P->t[j++].val;
		dp->y = parse_year(P, &j);
	} else if (dp->d < 0 || dp->wd >= 0)
		return 0;
	dp->t1 = j;
	*i = j;
	return 1;
}

static int
year_from_context(const struct parser *P, int m)
{
	if (P->fy == 0)
		return -1;
	return ita_be_to_ce(P->fy) - (m >= 10 ? 1 : 0);
}

/* Start (or end) date of a part: the 1st (last day) when no day. */
static struct ita_date
part_date(const struct dpart *dp, int end)
{
	if (dp->d >= 0)
		return mkdate(dp->y, dp->m, dp->d);
	return end ? month_end(dp->y, dp->m) : mkdate(dp->y, dp->m, 1);
}

static int
check_part(struct parser *P, const struct dpart *dp, size_t t0, size_t t1)
{
	if ((dp->d >= 0 || dp->m > 12) &&
	    !ita_date_valid(dp->y, dp->m, dp->d)) {
		P->bad = 1;
		return fail(P, t0, t1, " is not a date");
	}
	if (dp->wd >= 0 && dp->d >= 0 &&
	    ita_weekday(mkdate(dp->y, dp->m, dp->d)) != dp->wd)
		return fail(P, t0, t1, ": weekday does not match the date");
	return 0;
}

/* end < start + 2 years, computed without inventing 29 February. */
static int
too_long(struct ita_date s, struct ita_date e)
{
	struct ita_date lim = mkdate(s.y + 2, s.m, s.d);

	if (!ita_date_valid(lim.y, lim.m, lim.d))
		lim = mkdate(lim.y, 3, 1);
	return ita_date_cmp(e, lim) >= 0;
}

static int
finish(struct parser *P, struct ita_date s, struct ita_date e,
    enum ita_precision sp, enum ita_precision ep, size_t t0, size_t t1)
{
	if (ita_date_cmp(e, s) < 0)
		return fail(P, t0, t1, ": end is before start");
	if (too_long(s, e))
		return fail(P, t0, t1, ": longer than two years");
	P->out->start = s;
	P->out->end = e;
	P->out->start_prec = sp;
	P->out->end_prec = ep;
	return 1;
}

static int
parse_date(struct parser *P, size_t i)
{
	struct dpart a, b;
	size_t j = i, t0 = i;
	int ranged = 0, r, inferred = 0;

	if (!parse_dpart(P, &j, &a, 1))
		return 0;
	if (ty(P, j) == T_DASH || ty(P, j) == T_TO) {
		j++;
		if (parse_dpart(P, &j, &b, 0))
			ranged = 1;
		else
			j = a.t1;
	}
	if (!ranged) {
		if (a.m < 0)
			return 0;
		if (a.y < 0 && (a.y = year_from_context(P, a.m)) < 0)
			return 0;
		if ((r = check_part(P, &a, t0, a.t1)) != 0)
			return r;
		return finish(P, part_date(&a, 0), part_date(&a, 1),
		    a.d >= 0 ? ITA_PREC_DAY : ITA_PREC_MONTH,
		    a.d >= 0 ? ITA_PREC_DAY : ITA_PREC_MONTH, t0, j);
	}
	if (b.y < 0 && (b.y = year_from_context(P, b.m)) < 0)
		return 0;
	if (a.m < 0) {
		a.m = b.m;
		inferred = 1;
	}
	if (a.y < 0) {
		a.y = b.y;
		/* "ต.ค. - เม.ย. 2566" starts in October 2565 */
		if (!inferred && (a.m > b.m || (a.m == b.m && a.d > b.d &&
		    b.d >= 0)))
			a.y--;
		inferred = 1;
	}
	if ((r = check_part(P, &a, t0, inferred ? j : a.t1)) != 0 ||
	    (r = check_part(P, &b, b.t0, b.t1)) != 0)
		return r;
	return finish(P, part_date(&a, 0), part_date(&b, 1),
	    a.d >= 0 ? ITA_PREC_DAY : ITA_PREC_MONTH,
	    b.d >= 0 ? ITA_PREC_DAY : ITA_PREC_MONTH, t0, j);
}

/* The fiscal year named after a keyword, or the context; -1 if none. */
static int
fiscal_year_at(const struct parser *P, size_t *j)
{
	int y;

	if (ty(P, *j) == T_FY)
		(*j)++;
	if ((y = parse_year(P, j)) >= 0)
		return ita_ce_to_be(y);
	return P->fy > 0 ? P->fy : -1;
}

/* "ตลอดปีงบประมาณ 2566", "ทั้งปีงบประมาณ", "ตลอดทั้งปี", "ปีงบประมาณ 2566" */
static int
parse_whole(struct parser *P, size_t i)
{
	struct ita_date s, e;
	size_t j = i;
	int through = 0, fy, y;

	while (ty(P, j) == T_THROUGH || ty(P, j) == T_WHOLE) {
		through = 1;
		j++;
	}
	if (ty(P, j) == T_FY || (through && ty(P, j) == T_YEARWORD))
		j++;
	else
		return 0;
	if ((y = parse_year(P, &j)) >= 0)
		fy = ita_ce_to_be(y);
	else if (!through)
		return 0;
	else if ((fy = P->fy) == 0)
		return fail(P, i, j, ": fiscal year unknown");
	ita_fiscal_bounds(fy, &s, &e);
	return finish(P, s, e, ITA_PREC_YEAR, ITA_PREC_YEAR, i, j);
}

/* "ไตรมาส 2", "ไตรมาสที่ 1 - 2 ปีงบประมาณ 2568" */
static int
parse_quarter(struct parser *P, size_t i)
{
	struct ita_date s, e, s2, e2;
	size_t j = i + 1;
	int q1, q2, fy;

	if (ty(P, j) != T_NUM)
		return 0;
	q1 = q2 = P->t[j++].val;
	if ((ty(P, j) == T_DASH || ty(P, j) == T_TO) && ty(P, j + 1) == T_NUM &&
	    P->t[j + 1].nd == 1) {
		q2 = P->t[j + 1].val;
		j += 2;
	}
	if (q1 < 1 || q1 > 4 || q2 < 1 || q2 > 4)
		return fail(P, i, j, " is not a quarter");
	if ((fy = fiscal_year_at(P, &j)) < 0)
		return fail(P, i, j, ": fiscal year unknown");
	if (ita_fiscal_quarter_bounds(fy, q1, &s, &e) == -1 ||
	    ita_fiscal_quarter_bounds(fy, q2, &s2, &e2) == -1)
		return fail(P, i, j, " is not a quarter");
	return finish(P, s, e2, ITA_PREC_QUARTER, ITA_PREC_QUARTER, i, j);
}

/* "รอบ 6 เดือน" (1 October - 31 March), "รอบ 12 เดือน" (the year) */
static int
parse_round(struct parser *P, size_t i)
{
	struct ita_date s, e;
	size_t j = i + 1;
	int r, fy;
	enum ita_precision p;

	if (ty(P, j) != T_NUM || (P->t[j].val != 6 && P->t[j].val != 12))
		return 0;
	r = P->t[j++].val;
	if ((fy = fiscal_year_at(P, &j)) < 0)
		return fail(P, i, j, ": fiscal year unknown");
	if (ita_fiscal_round_bounds(fy, r, &s, &e) == -1)
		return 0;
	p = r == 6 ? ITA_PREC_MONTH : ITA_PREC_YEAR;
	return finish(P, s, e, p, p, i, j);
}

/* "ทุกไตรมาส", "ทุกเดือน": the whole fiscal year */
static int
parse_every(struct parser *P, size_t i)
{
	struct ita_date s, e;
	size_t j = i + 1;
	int fy;

	if ((fy = fiscal_year_at(P, &j)) < 0)
		return fail(P, i, j, ": fiscal year unknown");
	ita_fiscal_bounds(fy, &s, &e);
	return finish(P, s, e, ITA_PREC_YEAR, ITA_PREC_YEAR, i, j);
}

/* "6 เดือนแรก" (1 October - 31 March), "6 เดือนหลัง" (April - September) */
static int
parse_half(struct parser *P, size_t i)
{
	struct ita_date s, e;
	size_t j = i + 2;
	int fy, first = ty(P, i + 1) == T_FIRSTM;

	if (P->t[i].val != 6 || P->t[i].nd != 1 ||
	    (!first && ty(P, i + 1) != T_LASTM))
		return 0;
	if ((fy = fiscal_year_at(P, &j)) < 0)
		return fail(P, i, j, ": fiscal year unknown");
	ita_fiscal_round_bounds(fy, 6, &s, &e);
	if (!first) {
		ita_fiscal_bounds(fy, &s, &e);
		s = mkdate(e.y, 4, 1);
	}
	return finish(P, s, e, ITA_PREC_MONTH, ITA_PREC_MONTH, i, j);
}

/*
 * A year [ปี] [พ.ศ.|ค.ศ.] YYYY at *j: the fiscal year (BE), or -1.  A
 * bare number is a year only when it is a BE year (ITA_BE_MIN to
 * ITA_BE_MAX).
 */
static int
bare_year(const struct parser *P, size_t *j, int marked_ok)
{
	size_t k = *j;
	int marked = 0, ce = 0, v;

	if (ty(P, k) == T_YEARWORD) {
		marked = 1;
		k++;
	}
	if (ty(P, k) == T_BE || ty(P, k) == T_CE) {
		ce = ty(P, k) == T_CE;
		marked = 1;
		k++;
	}
	if (ty(P, k) != T_NUM)
		return -1;
	/* unmarked, a number is a year only standing alone: "2568" */
	if (!marked && !marked_ok && ((k > 0 && ty(P, k - 1) != T_DASH &&
	    ty(P, k - 1) != T_TO) || (ty(P, k + 1) != T_END &&
	    ty(P, k + 1) != T_DASH && ty(P, k + 1) != T_TO)))
		return -1;
	if (P->s[P->t[k].so > 0 ? P->t[k].so - 1 : 0] == '/' ||
	    P->s[P->t[k].eo] == '/')
		return -1;		/* "55/2566": a memo number */
	v = P->t[k].val;
	if (P->t[k].nd == 2 && marked_ok && !ce)
		v += 2500;
	else if (P->t[k].nd != 4)
		return -1;
	if (ce && v >= 1800 && v <= 2200)
		v = ita_ce_to_be(v);
	else if (ce || v < ITA_BE_MIN || v > ITA_BE_MAX || (!marked && !marked_ok &&
	    ty(P, k + 1) == T_MONTH))
		return -1;
	*j = k + 1;
	return v;
}

/*
 * A bare year or a range of years: "ปี 2568", "พ.ศ. 2561 - 2580" (a
 * 20-year national strategy spans 20 years), "ค.ศ. 2025": the fiscal
 * years they name, with year precision.
 */
static int
parse_years(struct parser *P, size_t i)
{
	struct ita_date s, e, s2;
	size_t j = i, k;
	int y1, y2;

	if ((y1 = bare_year(P, &j, 0)) < 0)
		return 0;
	y2 = y1;
	k = j;
	if ((ty(P, k) == T_DASH || ty(P, k) == T_TO) &&
	    (k++, (y2 = bare_year(P, &k, 1)) >= 0))
		j = k;
	else
		y2 = y1;
	if (y2 < y1)
		return fail(P, i, j, ": end is before start");
	ita_fiscal_bounds(y1, &s, &e);
	ita_fiscal_bounds(y2, &s2, &e);
	P->out->start = s;
	P->out->end = e;
	P->out->start_prec = P->out->end_prec = ITA_PREC_YEAR;
	return 1;
}

int
ita_period_parse(const char *text, size_t len, int fiscal_year_be,
    struct ita_period *out, struct ita_buf *errmsg)
{
	struct ita_buf norm = ITA_BUF_INIT;
	struct lexer lx;
	struct parser P;
	size_t i;
	int r = 0;

	memset(out, 0, sizeof(*out));
	if (ita_norm_cell(text, len, &norm, NULL, NULL) == -1) {
		if (errno == EILSEQ && errmsg != NULL) {
			ita_buf_clear(errmsg);
			(void)ita_buf_adds(errmsg, "text is not valid utf-8");
		}
		ita_buf_free(&norm);
		return -1;
	}
	memset(&lx, 0, sizeof(lx));
	lx.s = ita_buf_str(&norm);
	lx.n = norm.len;
	if (lex(&lx) == -1) {
		ita_buf_free(&norm);
		return -1;
	}
	P.s = lx.s;
	P.t = lx.t;
	P.nt = lx.nt;
	P.fy = fiscal_year_be > 0 ? fiscal_year_be : 0;
	P.err = errmsg;
	P.out = out;
	P.bad = 0;
	for (i = 0; i < P.nt && r == 0; i++) {
		switch (P.t[i].type) {
		case T_THROUGH:
		case T_WHOLE:
		case T_FY:
			r = parse_whole(&P, i);
			break;
		case T_QUARTER:
			r = parse_quarter(&P, i);
			break;
		case T_ROUND:
			r = parse_round(&P, i);
			break;
		case T_EVERY:
			r = parse_every(&P, i);
			break;
		case T_NUM:
			if ((r = parse_half(&P, i)) != 0)
				break;
			/* FALLTHROUGH */
		case T_WEEKDAY:
		case T_MONTH:
		case T_NUMDATE:
			r = parse_date(&P, i);
			break;
		default:
			break;
		}
	}
	/* no day, month or fiscal year: years alone */
	for (i = 0; i < P.nt && r == 0; i++)
		if (ty(&P, i) == T_YEARWORD || ty(&P, i) == T_BE ||
		    ty(&P, i) == T_CE || ty(&P, i) == T_NUM)
			r = parse_years(&P, i);
	if (r != 1)
		memset(out, 0, sizeof(*out));
	free(lx.t);
	ita_buf_free(&norm);
	return r;
}

int
ita_date_find_bad(const char *text, size_t len, int fiscal_year_be,
    struct ita_buf *errmsg)
{
	struct ita_buf norm = ITA_BUF_INIT;
	struct ita_period out;
	struct lexer lx;
	struct parser P;
	struct dpart dp;
	size_t i, j;
	int r = 0;

	if (ita_norm_cell(text, len, &norm, NULL, NULL) == -1) {
		ita_buf_free(&norm);
		return errno == EILSEQ ? 0 : -1;
	}
	memset(&lx, 0, sizeof(lx));
	lx.s = ita_buf_str(&norm);
	lx.n = norm.len;
	if (lex(&lx) == -1) {
		ita_buf_free(&norm);
		return -1;
	}
	memset(&P, 0, sizeof(P));
	P.s = lx.s;
	P.t = lx.t;
	P.nt = lx.nt;
	P.fy = fiscal_year_be > 0 ? fiscal_year_be : 0;
	P.err = errmsg;
	P.out = &out;
	for (i = 0; i < P.nt && r == 0; i++) {
		j = i;
		if (!parse_dpart(&P, &j, &dp, 0) || dp.d < 0)
			continue;
		/* with no year, 29 February may exist: a leap year */
		if (dp.y < 0 && (dp.y = year_from_context(&P, dp.m)) < 0)
			dp.y = 2024;
		if (check_part(&P, &dp, i, j) == -1 && P.bad)
			r = 1;
		P.bad = 0;
		i = j - 1;
	}
	free(lx.t);
	ita_buf_free(&norm);
	return r;
}

/* ---- formatting ---- */

static int
add_num(struct ita_buf *out, int v, int thai)
{
	struct ita_buf tmp = ITA_BUF_INIT;
	int r;

	if (!thai)
		return ita_buf_printf(out, "%d", v);
	if (ita_buf_printf(&tmp, "%d", v) == -1)
		return -1;
	r = ita_ascii_digits_to_thai(tmp.p, tmp.len, out);
	ita_buf_free(&tmp);
	return r;
}

/* Long form "2568", short "68". */
static int
add_year(struct ita_buf *out, int ce, int long_form, int thai)
{
	int be = ita_ce_to_be(ce);

	if (long_form)
		return add_num(out, be, thai);
	if (be % 100 < 10 && add_num(out, 0, thai) == -1)
		return -1;
	return add_num(out, be % 100, thai);
}

int
ita_date_format_thai(struct ita_date dt, enum ita_precision prec,
    int long_form, int thai_digits, struct ita_buf *out)
{
	const char *mn;
	int fy;

	switch (prec) {
	case ITA_PREC_QUARTER:
		fy = ita_fiscal_year(dt);
		if (ita_buf_adds(out, "ไตรมาส ") == -1 ||
		    add_num(out, ita_fiscal_quarter(dt), thai_digits) == -1 ||
		    ita_buf_adds(out, long_form ? " ปีงบประมาณ " : "/") == -1)
			return -1;
		return add_year(out, ita_be_to_ce(fy), long_form, thai_digits);
	case ITA_PREC_YEAR:
		fy = ita_fiscal_year(dt);
		if (ita_buf_adds(out, "ปีงบประมาณ ") == -1)
			return -1;
		return add_year(out, ita_be_to_ce(fy), long_form, thai_digits);
	default:
		break;
	}
	if ((mn = ita_month_name(dt.m, long_form)) == NULL) {
		errno = EINVAL;
		return -1;
	}
	if (prec != ITA_PREC_MONTH && (add_num(out, dt.d, thai_digits) == -1 ||
	    ita_buf_addc(out, ' ') == -1))
		return -1;
	if (ita_buf_adds(out, mn) == -1 || ita_buf_addc(out, ' ') == -1)
		return -1;
	return add_year(out, dt.y, long_form, thai_digits);
}

int
ita_period_one_unit(const struct ita_period *p)
{
	if (p->start_prec != p->end_prec)
		return 0;
	switch (p->start_prec) {
	case ITA_PREC_DAY:
		return ita_date_cmp(p->start, p->end) == 0;
	case ITA_PREC_MONTH:
		return p->start.y == p->end.y && p->start.m == p->end.m;
	case ITA_PREC_QUARTER:
		return ita_fiscal_year(p->start) == ita_fiscal_year(p->end) &&
		    ita_fiscal_quarter(p->start) == ita_fiscal_quarter(p->end);
	case ITA_PREC_YEAR:
		return ita_fiscal_year(p->start) == ita_fiscal_year(p->end);
	default:
		return 0;
	}
}

/*
 * A range names the shared year once, as Thai documents do: "ไตรมาส 2–4
 * ปีงบประมาณ 2568", "ม.ค. – มี.ค. 2568", "1 ต.ค. – 31 ธ.ค. 2567"; the
 * parser reads these back (the start takes the end's year).
 */
int
ita_period_format_thai(const struct ita_period *p, int long_form,
    int thai_digits, struct ita_buf *out)
{
	static const char dash[] = " \xe2\x80\x93 ";	/* en dash */
	const char *mn;
	int fy = ita_fiscal_year(p->start);

	if (ita_period_one_unit(p))
		return ita_date_format_thai(p->start, p->start_prec,
		    long_form, thai_digits, out);
	if (p->start_prec == ITA_PREC_QUARTER &&
	    p->end_prec == ITA_PREC_QUARTER &&
	    fy == ita_fiscal_year(p->end)) {
		if (ita_buf_adds(out, "ไตรมาส ") == -1 ||
		    add_num(out, ita_fiscal_quarter(p->start),
		    thai_digits) == -1 ||
		    ita_buf_adds(out, "\xe2\x80\x93") == -1 ||
		    add_num(out, ita_fiscal_quarter(p->end), thai_digits) == -1 ||
		    ita_buf_adds(out, long_form ? " ปีงบประมาณ " : "/") == -1)
			return -1;
		return add_year(out, ita_be_to_ce(fy), long_form, thai_digits);
	}
	if (p->start_prec >= ITA_PREC_DAY && p->start_prec <= ITA_PREC_MONTH &&
	    p->end_prec >= ITA_PREC_DAY && p->end_prec <= ITA_PREC_MONTH &&
	    p->start.y == p->end.y) {
		if ((mn = ita_month_name(p->start.m, long_form)) == NULL) {
			errno = EINVAL;
			return -1;
		}
		if (p->start_prec == ITA_PREC_DAY &&
		    (add_num(out, p->start.d, thai_digits) == -1 ||
		    ita_buf_addc(out, ' ') == -1))
			return -1;
		if (ita_buf_adds(out, mn) == -1)
			return -1;
	} else if (ita_date_format_thai(p->start, p->start_prec, long_form,
	    thai_digits, out) == -1)
		return -1;
	if (ita_buf_adds(out, dash) == -1)
		return -1;
	return ita_date_format_thai(p->end, p->end_prec, long_form,
	    thai_digits, out);
}

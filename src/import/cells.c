/*
 * Pure helpers on normalized cell and line text (ASCII digits, single
 * spaces): numbers, status, bullets and the metadata around tables.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "import.h"
#include "parse.h"
#include "thdate.h"
#include "thnorm.h"

static int
isdig(int c)
{
	return c >= '0' && c <= '9';
}

/*
 * An item or row number at the start of s in any form reports use:
 * "1", "1.", "1.2", "1)", "(3)", "01", "ข้อ 1", "o1", "O10" (Thai digits
 * are ASCII after normalization).  Returns the length of its digits,
 * which start at s + *start; *skip: to the text after it.  0 if none.
 */
size_t
item_number(const char *s, size_t *start, size_t *skip)
{
	size_t i = 0, first, end, part;
	int paren = 0;

	if (strncmp(s, "ข้อ", strlen("ข้อ")) == 0) {
		i = strlen("ข้อ");
		while (s[i] == ' ')
			i++;
	} else if ((s[0] == 'o' || s[0] == 'O') && isdig((unsigned char)s[1]))
		i = 1;
	if (s[i] == '(') {
		paren = 1;
		i++;
	}
	first = i;
	for (;;) {
		part = 0;
		while (isdig((unsigned char)s[i]) && part < 4) {
			i++;
			part++;
		}
		if (part == 0 || isdig((unsigned char)s[i]))
			return 0;
		if (s[i] == '.' && isdig((unsigned char)s[i + 1])) {
			i++;
			continue;
		}
		break;
	}
	end = i;
	if (paren) {
		if (s[i] != ')')
			return 0;
		i++;
	} else if (s[i] == '.' || s[i] == ')')
		i++;
	else if (s[i] != ' ' && s[i] != '\0' && s[i] != '\n' &&
	    (unsigned char)s[i] < 0x80)
		return 0;
	while (s[i] == ' ')
		i++;
	*start = first;
	*skip = i;
	return end - first;
}

size_t
ilead_number(const char *s, size_t *skip)
{
	size_t start;

	return item_number(s, &start, skip);
}

int
inumber_cell(const char *s, char out[24])
{
	size_t start, skip, n;

	if ((n = item_number(s, &start, &skip)) > 0 && n < 24 &&
	    s[skip] == '\0') {
		memcpy(out, s + start, n);
		out[n] = '\0';
		return 1;
	}
	/* what is not a number, cut whole characters short */
	n = strlen(s);
	if (n > 23)
		for (n = 23; n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80;
		    n--)
			;
	memcpy(out, s, n);
	out[n] = '\0';
	return 0;
}

/* Each dot-separated part zero-padded to four digits. */
int
isort_key(const char *number, struct ita_buf *out)
{
	const char *p = number, *q;
	size_t n;

	ita_buf_clear(out);
	while (*p) {
		for (q = p; isdig((unsigned char)*q); q++)
			;
		n = (size_t)(q - p);
		if (n == 0 || n > 4 || (*q != '.' && *q != '\0')) {
			ita_buf_clear(out);
			return 0;
		}
		if (out->len && ita_buf_addc(out, '.') == -1)
			return -1;
		if (ita_buf_add(out, "0000", 4 - n) == -1 ||
		    ita_buf_add(out, p, n) == -1)
			return -1;
		p = *q ? q + 1 : q;
	}
	return 0;
}

static void
set_pct(char pct[16], const char *s, size_t n)
{
	if (n > 15)
		n = 15;
	memcpy(pct, s, n);
	pct[n] = '\0';
}

/* A number of at most 3 digits and 2 decimals ending at s+n, read back. */
static int
number_before(const char *base, const char *s, const char **start)
{
	const char *p = s;

	while (p > base && (isdig((unsigned char)p[-1]) || p[-1] == '.'))
		p--;
	if (p == s || *p == '.')
		return 0;
	*start = p;
	return 1;
}

/*
 * strstr for a word that starts with a Thai letter: the text is mostly
 * Thai, whose bytes E0 B8 or B9 start nearly everywhere, so the search
 * goes by the word's third byte (strchr), then compares.
 */
static const char *
find_word(const char *s, const char *w)
{
	const char *p;
	size_t l;

	if ((unsigned char)w[0] != 0xE0 || w[1] == '\0' || w[2] == '\0')
		return strstr(s, w);
	l = strlen(w);
	for (p = s; (p = strchr(p, w[2])) != NULL; p++)
		if (p - s >= 2 && strncmp(p - 2, w, l) == 0)
			return p - 2;
	return NULL;
}

/* The percent a cell gives: "ร้อยละ 80", "ร้อยละ80", "100%", "100 %". */
static void
cell_percent(const char *t, char pct[16])
{
	const char *p, *q;

	pct[0] = '\0';
	if ((p = find_word(t, "ร้อยละ")) != NULL) {
		p += strlen("ร้อยละ");
		while (*p == ' ')
			p++;
		for (q = p; isdig((unsigned char)*q) || *q == '.'; q++)
			;
		if (q > p && q - p < 8)
			set_pct(pct, p, (size_t)(q - p));
	}
	/* "100 %" too: the normalizer joins them */
	if (pct[0] == '\0' && (p = strchr(t, '%')) != NULL) {
		q = p;
		while (q > t && q[-1] == ' ')
			q--;
		if (number_before(t, q, &p) && q - p < 8)
			set_pct(pct, p, (size_t)(q - p));
	}
}

/* The status of a ticked checkbox (1, 2, 3 as columns), or NULL. */
static const char *
checkbox_status(int checkbox)
{
	switch (checkbox) {
	case 1: return "not_started";
	case 2: return "in_progress";
	case 3: return "done";
	}
	return NULL;
}

/* Does s, which starts at t, end with (before) or go on with (after) w? */
static int
ends_with(const char *t, const char *s, const char *w)
{
	size_t l = strlen(w);

	return (size_t)(s - t) >= l && memcmp(s - l, w, l) == 0;
}

static int
goes_on(const char *s, const char *w)
{
	return strncmp(s, w, strlen(w)) == 0;
}

/*
 * The status the words of a cell say, or NULL.  Every phrase but "done"
 * holds ดำเนินการ, so each place it occurs is looked at once, the words
 * before and after it: any not-started phrase wins, then in progress,
 * then done.
 */
static const char *
one_status(const char *t)
{
	static const char act[] = "ดำเนินการ";
	const char *p;
	int not_started = 0, in_progress = 0, done = 0;

	if ((p = find_word(t, act)) == NULL)
		return strcmp(t, "done") == 0 ? "done" : NULL;
	for (; p != NULL; p = find_word(p + sizeof(act) - 1, act)) {
		if (ends_with(t, p, "ยังไม่ได้") || ends_with(t, p, "ยังไม่"))
			not_started = 1;
		else if (ends_with(t, p, "อยู่ระหว่าง") ||
		    ends_with(t, p, "อยู่ระหว่างการ"))
			in_progress = 1;
		if (goes_on(p + sizeof(act) - 1, "ครบถ้วน") ||
		    goes_on(p + sizeof(act) - 1, "แล้วเสร็จ") ||
		    goes_on(p + sizeof(act) - 1, "เรียบร้อย"))
			done = 1;
	}
	if (not_started)
		return "not_started";
	if (in_progress)
		return "in_progress";
	if (done || strcmp(t, "ดำเนินการแล้ว") == 0)
		return "done";
	return NULL;
}

/*
 * As one_status, but NULL when the cell names "not started" and also
 * another status: the choices of a checkbox list whose boxes were not
 * read (OCR reads ☐ and ☑ alike), which one was ticked is not known.
 */
static const char *
status_words(const char *t)
{
	const char *st = one_status(t);

	if (st != NULL && strcmp(st, "not_started") == 0 &&
	    (find_word(t, "อยู่ระหว่างดำเนินการ") ||
	    find_word(t, "อยู่ระหว่างการดำเนินการ") ||
	    find_word(t, "ดำเนินการแล้ว ") ||
	    find_word(t, "ดำเนินการแล้วเสร็จ") ||
	    find_word(t, "ดำเนินการครบถ้วน") ||
	    (strlen(t) > strlen("ดำเนินการแล้ว") && strcmp(t + strlen(t) -
	    strlen("ดำเนินการแล้ว"), "ดำเนินการแล้ว") == 0)))
		return NULL;
	return st;
}

/* The status a percent implies; v < 0: no percent, NULL. */
static const char *
percent_status(double v)
{
	if (v >= 100)
		return "done";
	if (v > 0)
		return "in_progress";
	if (v == 0)
		return "not_started";
	return NULL;
}

const char *
isaid_status(const char *t, int checkbox)
{
	const char *st;

	if ((st = checkbox_status(checkbox)) == NULL)
		st = status_words(t);
	return st;
}

const char *
istatus_of_percent(const char *pct)
{
	double v;

	if (ita_parse_decimal(pct, &v) == -1)
		return NULL;
	return percent_status(v);
}

int
ibare_percent(const char *s, char pct[16])
{
	const char *p = s;
	double v;

	pct[0] = '\0';
	while (isdig((unsigned char)*p) || (*p == '.' && p > s &&
	    isdig((unsigned char)p[1])))
		p++;
	if (p == s || p - s > 6)
		return 0;
	set_pct(pct, s, (size_t)(p - s));
	while (*p == ' ')
		p++;
	if (*p == '%')
		p++;
	if (*p != '\0' || ita_parse_decimal(pct, &v) == -1 || v > 100) {
		pct[0] = '\0';
		return 0;
	}
	return 1;
}

int
icell_status(const char *t, int checkbox, const char **status, char pct[16])
{
	const char *st;
	double v = -1;

	cell_percent(t, pct);
	if (pct[0]) {
		if (pct[strlen(pct) - 1] == '.')
			pct[strlen(pct) - 1] = '\0';
		if (ita_parse_decimal(pct, &v) == -1)
			v = -1;
	}
	/* A ticked box wins over words, and words over a percent. */
	if ((st = checkbox_status(checkbox)) == NULL &&
	    (st = status_words(t)) == NULL)
		st = percent_status(v);
	if (st != NULL && strcmp(st, "done") == 0 && pct[0] == '\0' &&
	    find_word(t, "ครบถ้วน"))
		set_pct(pct, "100", 3);
	*status = st;
	return st != NULL || pct[0] != '\0';
}

/* Is there a marker of item k at s: "k." or "(k)" followed by a space? */
static size_t
item_marker(const char *s, int k, int paren)
{
	char m[16];
	int n, d;

	/* Most places hold no marker: their first byte tells. */
	for (d = k; d >= 10; d /= 10)
		;
	if (k > 0 && s[0] != (paren ? '(' : '0' + d))
		return 0;
	n = snprintf(m, sizeof(m), paren ? "(%d)" : "%d.", k);
	if (strncmp(s, m, (size_t)n) != 0)
		return 0;
	if (!paren && isdig((unsigned char)s[n]))
		return 0;		/* "2.5" is a number, not an item */
	return (size_t)n;
}

/* A Markdown "\*" bullet marker at s: backslash, star, a space. */
static int
star_marker(const char *s)
{
	return s[0] == '\\' && s[1] == '*' && s[2] == ' ';
}

/* Does a line start at in + i (only spaces since a newline or a tag)? */
static int
line_start(const char *in, size_t i)
{
	while (i > 0 && in[i - 1] == ' ')
		i--;
	return i == 0 || in[i - 1] == '\n' || in[i - 1] == '>';
}

/*
 * Markdown bullets "\* a \* b", on the raw cell (the normalizer drops
 * "\*"): a marker at the start of a line becomes "- ", and when the cell
 * starts with one, a marker after a space starts a new "- " line too.
 */
static int
star_bullets(const char *in, struct ita_buf *out)
{
	size_t i, n = strlen(in);
	int list;

	while (*in == ' ')
		in++, n--;
	list = star_marker(in);
	for (i = 0; i < n; i++) {
		if (star_marker(in + i) && (line_start(in, i) ||
		    (list && in[i - 1] == ' '))) {
			while (out->len && out->p[out->len - 1] == ' ')
				out->p[--out->len] = '\0';
			if (!line_start(in, i) && ita_buf_addc(out, '\n') == -1)
				return -1;
			if (ita_buf_adds(out, "- ") == -1)
				return -1;
			for (i += 2; in[i + 1] == ' '; i++)
				;
			continue;
		}
		if (ita_buf_addc(out, in[i]) == -1)
			return -1;
	}
	return 0;
}

/* Does a date go on at s (a digit or a month's name), as in a range? */
static int
date_follows(const char *s)
{
	const char *name;
	int m, form;

	while (*s == ' ')
		s++;
	if (isdig((unsigned char)*s))
		return 1;
	for (m = 1; m <= 12; m++)
		for (form = 0; form <= 1; form++)
			if ((name = ita_month_name(m, form)) != NULL &&
			    strncmp(s, name, strlen(name)) == 0)
				return 1;
	return 0;
}

static int
ascii_letter(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/*
 * Is the " -" at in + i (a space, then the dash) a new item of a dash
 * list? Not "- -", not a range of dates after a year or an
 * abbreviation ("2566 - 2567", "ม.ค. - มี.ค."), not a Latin word with
 * a hyphen ("on -site").
 */
static int
dash_item(const char *in, size_t i, int dash)
{
	int before = (unsigned char)in[i - 1];

	if (in[i + 1] != dash || in[i + 2] == dash)
		return 0;
	if ((before == '.' || isdig(before)) && date_follows(in + i + 2))
		return 0;
	return !(ascii_letter(before) && ascii_letter((unsigned char)in[i + 2]));
}

/* Where a numbered list starts after an introduction: " 1. a 2. b". */
static const char *
numbered_list_in(const char *in, int *paren)
{
	const char *p, *two;

	for (p = in; (p = strchr(p, ' ')) != NULL; p++)
		for (*paren = 0; *paren <= 1; (*paren)++)
			if (item_marker(p + 1, 1, *paren) &&
			    (two = strstr(p, *paren ? " (2)" : " 2.")) != NULL &&
			    item_marker(two + 1, 2, *paren))
				return p;
	return NULL;
}

/* The list part of a cell, from its first marker, appended to out. */
static int
split_list(const char *in, int dash, int next, int paren,
    struct ita_buf *out)
{
	size_t i, n = strlen(in);

	for (i = 0; i < n; i++) {
		if (in[i] == ' ' && i > 0 && in[i - 1] != '\n') {
			if (dash && dash_item(in, i, dash)) {
				if (ita_buf_addc(out, '\n') == -1)
					return -1;
				continue;
			}
			if (next && item_marker(in + i + 1, next, paren)) {
				next++;
				if (ita_buf_addc(out, '\n') == -1)
					return -1;
				continue;
			}
		}
		if (ita_buf_addc(out, in[i]) == -1)
			return -1;
	}
	return 0;
}

/*
 * A cell that holds a list keeps it as lines: "- a - b" when it starts
 * with "-", "1. a 2. b" and "(1) a (2) b" when the numbers run on, and
 * Markdown "\* a \* b" (on raw text: see star_bullets) as "- " lines.
 * A list can follow an introduction on the same line: a status with its
 * percent ("ครบถ้วน 100% - a - b"), or any text before a numbered list
 * that runs on to 2 ("ประเด็น ... 1. a 2. b"); the introduction keeps
 * its own line.
 */
int
isplit_bullets(const char *in, struct ita_buf *out)
{
	const char *list;
	int paren = 0;

	ita_buf_clear(out);
	if (strstr(in, "\\* ") != NULL)
		return star_bullets(in, out);
	if (in[0] == '-' || (in[0] == '*' && in[1] == ' '))
		return split_list(in, in[0], 0, 0, out);
	if (item_marker(in, 1, 0))
		return split_list(in, 0, 2, 0, out);
	if (item_marker(in, 1, 1))
		return split_list(in, 0, 2, 1, out);
	if ((list = strstr(in, "% - ")) != NULL) {
		list += 2;
		if (ita_buf_add(out, in, (size_t)(list - 1 - in)) == -1 ||
		    ita_buf_addc(out, '\n') == -1)
			return -1;
		return split_list(list, '-', 0, 0, out);
	}
	if ((list = numbered_list_in(in, &paren)) != NULL) {
		if (ita_buf_add(out, in, (size_t)(list - in)) == -1 ||
		    ita_buf_addc(out, '\n') == -1)
			return -1;
		return split_list(list + 1, 0, 2, paren, out);
	}
	return ita_buf_add(out, in, strlen(in));
}

int
ifind_numbers(const char *s, char out[][16], int max)
{
	const char *p = s, *q;
	int n = 0;

	while (*p && n < max) {
		if (isdig((unsigned char)*p)) {
			for (q = p; isdig((unsigned char)*q) ||
			    (*q == '.' && isdig((unsigned char)q[1])); q++)
				;
			set_pct(out[n++], p, (size_t)(q - p));
			p = q;
		} else
			p++;
	}
	return n;
}

static int
icell_year_at(const char *p)
{
	long y;

	while (*p == ' ')
		p++;
	if (!isdig((unsigned char)p[0]) || !isdig((unsigned char)p[1]) ||
	    !isdig((unsigned char)p[2]) || !isdig((unsigned char)p[3]) ||
	    isdig((unsigned char)p[4]))
		return 0;
	y = strtol(p, NULL, 10);
	return y >= ITA_BE_MIN && y <= ITA_BE_MAX ? (int)y : 0;
}

int
ifind_year(const char *s)
{
	static const char *const marks[] = { "ปีงบประมาณ", "พ.ศ.", "พ.ศ", "ปี" };
	const char *p, *best = NULL;
	size_t i;
	int y, besty = 0;

	for (i = 0; i < sizeof(marks) / sizeof(marks[0]); i++)
		for (p = strstr(s, marks[i]); p; p = strstr(p + 1, marks[i]))
			if ((y = icell_year_at(p + strlen(marks[i]))) != 0 &&
			    (best == NULL || p < best)) {
				best = p;
				besty = y;
				break;
			}
	return besty;
}

int
ifind_round(const char *s)
{
	const char *p;

	for (p = strstr(s, "รอบ"); p; p = strstr(p + 1, "รอบ")) {
		const char *q = p + strlen("รอบ");
		while (*q == ' ')
			q++;
		if ((q[0] == '6' && q[1] == ' ') ||
		    strncmp(q, "6เดือน", strlen("6เดือน")) == 0)
			return 6;
		if (strncmp(q, "12", 2) == 0 && !isdig((unsigned char)q[2]))
			return 12;
	}
	return 0;
}

/* Copies the word at p (to a space, tab, line end or bracket). */
static size_t
word_at(const char *p, struct ita_buf *out)
{
	size_t n = strcspn(p, " \t\n(),;:\"");

	ita_buf_clear(out);
	if (ita_buf_add(out, p, n) == -1)
		return 0;
	return n;
}

/* The kinds of local office; an abbreviation may stand apart. */
static const struct office_kind {
	const char	*mark, *full, *type;
	int		 abbrev;
} office_kinds[] = {
	{ "องค์การบริหารส่วนตำบล", "องค์การบริหารส่วนตำบล", "sao", 0 },
	{ "องค์การบริหารส่วนจังหวัด", "องค์การบริหารส่วนจังหวัด", "pao", 0 },
	{ "เทศบาลนคร", "เทศบาลนคร", "municipality", 0 },
	{ "เทศบาลเมือง", "เทศบาลเมือง", "municipality", 0 },
	{ "เทศบาลตำบล", "เทศบาลตำบล", "municipality", 0 },
	{ "อบต.", "องค์การบริหารส่วนตำบล", "sao", 1 },
	{ "อบจ.", "องค์การบริหารส่วนจังหวัด", "pao", 1 },
	{ "ทต.", "เทศบาลตำบล", "municipality", 1 },
	{ "ทม.", "เทศบาลเมือง", "municipality", 1 },
	{ "ทน.", "เทศบาลนคร", "municipality", 1 },
};

/* The first mark of kind k in s that a name follows, or NULL. */
static const char *
office_mark(const char *s, const struct office_kind *k)
{
	const char *p, *q;

	for (p = strstr(s, k->mark); p; p = strstr(p + 1, k->mark)) {
		q = p + strlen(k->mark);
		if (k->abbrev)
			while (*q == ' ')
				q++;
		if (*q == '\0' || strchr(" \t\n(),", *q) != NULL)
			continue;
		/* "...ตำบลลงองค์การ...": the name is another mark */
		if (strncmp(q, "องค์การ", strlen("องค์การ")) != 0)
			return p;
	}
	return NULL;
}

int
ifind_office(const char *s, struct ita_buf *name, const char **type)
{
	struct ita_buf w = ITA_BUF_INIT;
	const struct office_kind *k = NULL;
	const char *p, *best = NULL;
	size_t i;
	int rc = 0;

	/* The earliest mark; of two at one place, the first kind. */
	for (i = 0; i < sizeof(office_kinds) / sizeof(office_kinds[0]); i++)
		if ((p = office_mark(s, &office_kinds[i])) != NULL &&
		    (best == NULL || p < best)) {
			best = p;
			k = &office_kinds[i];
		}
	if (best == NULL)
		return 0;
	for (p = best + strlen(k->mark); *p == ' '; p++)
		;
	if (word_at(p, &w) > 0) {
		ita_buf_clear(name);
		rc = ita_buf_adds(name, k->full) == -1 ||
		    ita_buf_add(name, w.p, w.len) == -1 ? -1 : 1;
		if (rc == 1)
			*type = k->type;
	}
	ita_buf_free(&w);
	return rc;
}

int
ifind_after(const char *s, const char *marker, const char *notafter,
    struct ita_buf *out)
{
	const char *m, *p;
	size_t nl = notafter ? strlen(notafter) : 0;

	/* the next search starts after the match, never past the end */
	for (m = strstr(s, marker); m; m = strstr(m + 1, marker)) {
		if (nl && (size_t)(m - s) >= nl &&
		    memcmp(m - nl, notafter, nl) == 0)
			continue;
		for (p = m + strlen(marker); *p == ' '; p++)
			;
		if (word_at(p, out) > 0)
			return 1;
	}
	return 0;
}

const char *
ilevel_word(const char *p)
{
	static const char *const levels[] = {
		"ผ่านดีเยี่ยม", "ผ่านดี", "ต้องปรับปรุงโดยด่วน", "ต้องปรับปรุง",
		"ผ่าน", "AA", "A", "B", "C", "D", "E", "F", NULL
	};
	size_t i, n;

	for (i = 0; levels[i]; i++) {
		n = strlen(levels[i]);
		if (strncmp(p, levels[i], n) == 0 &&
		    (n > 2 || p[n] == '\0' || p[n] == ' ' || p[n] == ')' ||
		    (unsigned char)p[n] >= 0x80))
			return levels[i];
	}
	return NULL;
}

const char *
ifind_level(const char *s)
{
	const char *p;

	if ((p = strstr(s, "ระดับ")) == NULL)
		return NULL;
	p += strlen("ระดับ");
	if (strncmp(p, "ผลการประเมิน", strlen("ผลการประเมิน")) == 0)
		p += strlen("ผลการประเมิน");	/* "ระดับผลการประเมิน ผ่าน" */
	while (*p == ' ' || *p == ':')
		p++;
	return ilevel_word(p);
}

/* An ASCII word w in s, not inside a longer ASCII word. */
static const char *
ascii_word(const char *s, const char *w)
{
	const char *p;
	size_t n = strlen(w);

	for (p = strstr(s, w); p; p = strstr(p + 1, w))
		if ((p == s || !((p[-1] >= 'A' && p[-1] <= 'Z') ||
		    (p[-1] >= 'a' && p[-1] <= 'z'))) &&
		    !((p[n] >= 'A' && p[n] <= 'Z') || (p[n] >= 'a' && p[n] <= 'z')))
			return p;
	return NULL;
}

/*
 * "ส่วนที่ 2", "part 1" right after EIT (from FY 2567 the EIT is
 * reported in two parts): eit1 or eit2, *after moved past it; or NULL.
 */
static const char *
eit_part(const char **after)
{
	static const char *const marks[] = { "ส่วนที่", "part", "Part" };
	const char *p = *after;
	size_t i, n;

	while (*p == ' ' || *p == ':' || *p == '(')
		p++;
	for (i = 0; i < 3; i++) {
		n = strlen(marks[i]);
		if (strncmp(p, marks[i], n) == 0)
			break;
	}
	if (i == 3)
		return NULL;
	for (p += n; *p == ' '; p++)
		;
	if (*p == '1' || *p == '2') {
		*after = p + 1;
		return *p == '1' ? "eit1" : "eit2";
	}
	if (strncmp(p, "๑", strlen("๑")) == 0 ||
	    strncmp(p, "๒", strlen("๒")) == 0) {
		*after = p + strlen("๑");
		return strncmp(p, "๑", strlen("๑")) == 0 ? "eit1" : "eit2";
	}
	return NULL;
}

const char *
ifind_tool(const char *s, const char **after)
{
	const char *part;

	static const struct { const char *w, *tool; } tools[] = {
		{ "IIT", "iit" }, { "EIT", "eit" }, { "OIT", "oit" },
		{ "ผู้มีส่วนได้ส่วนเสียภายใน", "iit" },
		{ "ผู้มีส่วนได้ส่วนเสียภายนอก", "eit" },
		{ "การเปิดเผยข้อมูลสาธารณะ", "oit" },
		{ "ภาพรวม", "overall" }, { "คะแนนรวมทั้งหมด", "overall" },
	};
	const char *p;
	size_t i;

	for (i = 0; i < sizeof(tools) / sizeof(tools[0]); i++) {
		p = i < 3 ? ascii_word(s, tools[i].w) : strstr(s, tools[i].w);
		if (p != NULL) {
			*after = p + strlen(tools[i].w);
			if (strcmp(tools[i].tool, "eit") == 0 &&
			    (part = eit_part(after)) != NULL)
				return part;
			return tools[i].tool;
		}
	}
	return NULL;
}

int
ifind_oit_group(const char *s, char out[8])
{
	static const char *const marks[] = { "ตัวชี้วัดย่อยที่", "ตัวชี้วัดที่" };
	const char *p;
	size_t i;

	for (i = 0; i < 2; i++) {
		if ((p = strstr(s, marks[i])) == NULL)
			continue;
		p += strlen(marks[i]);
		while (*p == ' ')
			p++;
		if ((p[0] == '9' && p[1] == '.' && p[2] >= '1' && p[2] <= '5') ||
		    (p[0] == '1' && p[1] == '0' && p[2] == '.' &&
		    (p[3] == '1' || p[3] == '2'))) {
			size_t n = p[0] == '9' ? 3 : 4;
			if (isdig((unsigned char)p[n]))
				return 0;
			memcpy(out, p, n);
			out[n] = '\0';
			return 1;
		}
	}
	return 0;
}

const char *
ifind_section(const char *s)
{
	const char *a = ascii_word(s, "IIT"), *b = ascii_word(s, "EIT"),
	    *c = ascii_word(s, "OIT"), *best = NULL;
	const char *name = NULL;

	if (a && (!best || a < best)) { best = a; name = "iit"; }
	if (b && (!best || b < best)) { best = b; name = "eit"; }
	if (c && (!best || c < best)) { best = c; name = "oit"; }
	return name;
}

/*
 * 1 if two OIT item titles name the same thing: after ita_norm_key, one
 * holds the other, or their common start and end cover at least half of
 * the longer (a word added or changed in the middle).  Empty: 0.
 */
int
ititles_alike(const char *a, const char *b)
{
	struct ita_buf ka = ITA_BUF_INIT, kb = ITA_BUF_INIT;
	size_t na, nb, pre, suf, lim;
	int alike = 0;

	if (ita_norm_key(a, strlen(a), &ka) == -1 ||
	    ita_norm_key(b, strlen(b), &kb) == -1) {
		alike = -1;
		goto out;
	}
	na = ka.len;
	nb = kb.len;
	if (na == 0 || nb == 0)
		goto out;
	if (strstr(ka.p, kb.p) != NULL || strstr(kb.p, ka.p) != NULL) {
		alike = 1;
		goto out;
	}
	lim = na < nb ? na : nb;
	for (pre = 0; pre < lim && ka.p[pre] == kb.p[pre]; pre++)
		;
	for (suf = 0; suf < lim - pre &&
	    ka.p[na - 1 - suf] == kb.p[nb - 1 - suf]; suf++)
		;
	alike = (pre + suf) * 2 >= (na > nb ? na : nb);
out:
	ita_buf_free(&ka);
	ita_buf_free(&kb);
	return alike;
}

/*
 * The cells of a table row into the fields of a new record: lists,
 * periods, status and percent, other columns into the note.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <stdio.h>
#include <string.h>

#include "doc.h"
#include "thdate.h"

int
irec_append(struct ita_record *r, int col, const char *s)
{
	const char *old = ita_get(r, (enum ita_col)col);
	struct ita_buf b = ITA_BUF_INIT;
	int e;

	if (*s == '\0')
		return 0;
	if (*old == '\0')
		return ita_set(r, (enum ita_col)col, s);
	/* || orders the appends, which | leaves to the compiler */
	e = ita_buf_adds(&b, old) == -1 || ita_buf_addc(&b, '\n') == -1 ||
	    ita_buf_adds(&b, s) == -1 ? -1 : 0;
	if (e == 0)
		e = ita_set_own(r, (enum ita_col)col, ita_buf_take(&b));
	ita_buf_free(&b);
	return e;
}

/* Method, result and outcome hold lists: their bullets become lines. */
int
ilist_field(int f)
{
	return f == ITA_COL_METHOD || f == ITA_COL_RESULT ||
	    f == ITA_COL_OUTCOME;
}

/*
 * Start and end (with precisions) of a parsed period; widen: only where
 * they make the record's period longer.
 */
static int
set_dates(struct ita_record *r, const struct ita_period *p, int widen)
{
	char d[11];
	int e = 0;

	ita_date_format_iso(p->start, d);
	if (!widen || *ita_get(r, ITA_COL_START) == '\0' ||
	    strcmp(d, ita_get(r, ITA_COL_START)) < 0) {
		e |= ita_set(r, ITA_COL_START, d);
		e |= ita_set(r, ITA_COL_START_PRECISION,
		    ita_precision_name(p->start_prec));
	}
	ita_date_format_iso(p->end, d);
	if (!widen || strcmp(d, ita_get(r, ITA_COL_END)) > 0) {
		e |= ita_set(r, ITA_COL_END, d);
		e |= ita_set(r, ITA_COL_END_PRECISION,
		    ita_precision_name(p->end_prec));
	}
	return e;
}

/* Does text say anything (letters or digits, not only "-")? */
static int
says_something(const char *s)
{
	for (; *s; s++)
		if ((unsigned char)*s >= 0x80 || (*s >= '0' && *s <= '9') ||
		    (*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z'))
			return 1;
	return 0;
}

/*
 * A date that does not exist, anywhere in a cell or line, is an error
 * naming the text (field: the column, or NULL for prose).
 */
/*
 * Could text hold a day: one or two digits, then (after a space) Thai
 * letters or "/"?  A quick look on normalized text (ASCII digits) that
 * spares the date scanner nearly every cell.
 */
static int
may_hold_day(const char *s)
{
	const char *p;
	size_t nd;

	/* from one run of digits to the next: a search a run, not a digit */
	for (p = s; (p = strpbrk(p, "0123456789")) != NULL; p += nd) {
		for (nd = 0; p[nd] >= '0' && p[nd] <= '9'; nd++)
			;
		if (nd > 2)
			continue;
		if (p[nd] == '/' || (unsigned char)p[nd] == 0xE0 ||
		    (p[nd] == ' ' && (unsigned char)p[nd + 1] == 0xE0))
			return 1;
	}
	return 0;
}

/*
 * The words thdate.c's lexer passes over without a token between a day
 * and its month (its T_NOISE words), and the months as it reads them:
 * a name (the long names start with the informal ones) or an
 * abbreviation of two parts, with or without a dot ("ม.ค.", "ม. ค", "มค").
 */
static const char *const day_noise[] = {
	"วัน", "ที่", "ระหว่าง", "ตั้งแต่", "เดือน", "ประจำ", NULL
};
static const char *const month_word[] = {
	"มกรา", "กุมภา", "มีนา", "เมษา", "พฤษภา", "มิถุนา", "กรกฎา", "กรกฏา",
	"สิงหา", "กันยา", "ตุลา", "พฤศจิ", "ธันวา", NULL
};
static const char *const month_abbr[][2] = {
	{ "ม", "ค" }, { "ก", "พ" }, { "มี", "ค" }, { "เม", "ย" },
	{ "พ", "ค" }, { "มิ", "ย" }, { "ก", "ค" }, { "ส", "ค" },
	{ "ก", "ย" }, { "ต", "ค" }, { "พ", "ย" }, { "ธ", "ค" }, { NULL, NULL }
};

/* The length of w when s starts with it, else 0. */
static size_t
word_at(const char *s, const char *w)
{
	size_t l = strlen(w);

	return strncmp(s, w, l) == 0 ? l : 0;
}

static int
month_start(const char *s)
{
	const char *t;
	size_t k, l;

	for (k = 0; month_word[k] != NULL; k++)
		if (word_at(s, month_word[k]))
			return 1;
	for (k = 0; month_abbr[k][0] != NULL; k++) {
		if ((l = word_at(s, month_abbr[k][0])) == 0)
			continue;
		t = s + l;
		if (*t == '.')
			t += 1 + strspn(t + 1, " ");
		if (word_at(t, month_abbr[k][1]))
			return 1;
	}
	return 0;
}

/* The n digits at s, but 0 when more follow than max. */
static size_t
digits(const char *s, size_t max)
{
	size_t n;

	for (n = 0; s[n] >= '0' && s[n] <= '9'; n++)
		;
	return n > max ? 0 : n;
}

/*
 * After a day's digits, the rest of a numeric date as the lexer takes
 * one ("15/1/2568", "1-10-67"): the separator, one or two digits, the
 * same separator, two or four digits, then no '/'.
 */
static int
numdate_rest(const char *s)
{
	size_t m, y;

	if ((m = digits(s + 1, 2)) == 0 || s[1 + m] != s[0])
		return 0;
	y = digits(s + 2 + m, 4);
	return (y == 2 || y == 4) && s[2 + m + y] != '/';
}

/*
 * Could a month follow the digits that end at s, as the lexer sees it:
 * after separators it skips (" \n,()/.:") and noise words, a month?
 * A day then '/' or '-' may be a numeric date.  Only a
 * day with a month, or a numeric date, can be a date that does not
 * exist, so ita_date_find_bad need not look at other text; the test
 * errs towards yes.
 */
static int
month_may_follow(const char *s)
{
	size_t k, l;
	int words;

	if ((*s == '/' || *s == '-') && numdate_rest(s))
		return 1;
	if (*s == '-')		/* a dash, not a separator the lexer skips */
		return 0;
	for (words = 0; words < 16; words++) {
		s += strspn(s, " \n,()/.:");
		if ((unsigned char)*s != 0xE0)
			return 0;
		if (month_start(s))
			return 1;
		for (k = 0; day_noise[k] != NULL; k++)
			if ((l = word_at(s, day_noise[k])) > 0)
				break;
		if (day_noise[k] == NULL)
			return 0;
		s += l;
	}
	return 1;
}

int
imay_have_month(const char *s)
{
	const char *p;
	size_t nd;

	for (p = s; (p = strpbrk(p, "0123456789")) != NULL; p += nd) {
		for (nd = 0; p[nd] >= '0' && p[nd] <= '9'; nd++)
			;
		if (nd <= 2 && (p == s || p[-1] < '0' || p[-1] > '9') &&
		    month_may_follow(p + nd))
			return 1;
	}
	return 0;
}

int
icheck_dates(struct doc *doc, unsigned long line, const char *field,
    const char *text)
{
	struct ita_buf err = ITA_BUF_INIT;
	int rc;

	if (!may_hold_day(text) || !imay_have_month(text))
		return 0;
	if ((rc = ita_date_find_bad(text, strlen(text), doc->year, &err)) == 1)
		idoc_diag(doc, line, ITA_SEV_ERROR, "import.date", "%s%s%s%s",
		    field ? "field '" : "", field ? field : "",
		    field ? "': " : "", ita_buf_str(&err));
	ita_buf_free(&err);
	return rc == -1 ? idoc_nomem(doc) : 0;
}

static int
set_period(struct doc *doc, struct ita_record *r, unsigned long line,
    const char *text)
{
	struct ita_period p;
	struct ita_buf err = ITA_BUF_INIT;
	int rc, e = 0;

	e |= ita_set(r, ITA_COL_PERIOD_TEXT, text);
	rc = ita_period_parse(text, strlen(text), doc->year, &p, &err);
	if (rc == 1)
		e |= set_dates(r, &p, 0);
	else if (rc == -1 && imay_have_month(text) &&
	    ita_date_find_bad(text, strlen(text), doc->year, NULL) == 1)
		idoc_diag(doc, line, ITA_SEV_ERROR, "import.date",
		    "field 'period_text': %s; start and end left empty",
		    ita_buf_str(&err));
	else if (rc == -1)
		idoc_diag(doc, line, ITA_SEV_WARNING, "import.period",
		    "field 'period_text': %s; start and end left empty",
		    ita_buf_str(&err));
	else if (says_something(text))
		idoc_diag(doc, line, ITA_SEV_WARNING, "import.period",
		    "field 'period_text': no date in '%s'; start and end "
		    "left empty", text);
	ita_buf_free(&err);
	return e;
}

/*
 * A period continued on the next row: a second period ("ม.ค. ๖๘" then
 * "มี.ค. ๖๘") widens start and end to cover both; a range wrapped onto
 * two rows ("ต.ค. ๖๗ -" then "ก.ย. ๖๘") is parsed whole.
 */
int
icontinue_period(struct doc *doc, struct ita_record *r, const char *v)
{
	struct ita_period p;
	char *q;

	if (irec_append(r, ITA_COL_PERIOD_TEXT, v) == -1)
		return -1;
	if (*ita_get(r, ITA_COL_START) == '\0') {
		const char *all = ita_get(r, ITA_COL_PERIOD_TEXT);
		ita_buf_clear(&doc->tmp2);
		if (ita_buf_adds(&doc->tmp2, all) == -1)
			return -1;
		for (q = doc->tmp2.p; *q; q++)
			if (*q == '\n')
				*q = ' ';
		if (ita_period_parse(doc->tmp2.p, doc->tmp2.len, doc->year,
		    &p, NULL) != 1)
			return 0;
	} else if (ita_period_parse(v, strlen(v), doc->year, &p, NULL) != 1)
		return 0;
	return set_dates(r, &p, 1);
}

/*
 * Cell i (text v) into its field of r; the note, status and percent
 * are gathered for ifill_fields to set last.
 */
static int
fill_cell(struct doc *doc, struct ita_record *r, unsigned long line,
    size_t i, struct ita_buf *note, const char **st, const char **pst)
{
	const char *v = ita_buf_str(&doc->cell[i]), *s2;
	int f = doc->t.field[i];
	char pct[16];

	if (f != ITA_COL_PERIOD_TEXT && doc->t.kind != TK_STREAM &&
	    icheck_dates(doc, line, f >= 0 ? ifield_name(f) : doc->t.name[i],
	    v) == -1)
		return -1;
	/* the caller sets these from their first column; a second: noted */
	if ((f == ITA_COL_TITLE || f == ITA_COL_NUMBER || f == F_ACTIVITY) &&
	    itable_col(&doc->t, f) != (int)i)
		f = -1;
	switch (f) {
	case ITA_COL_TITLE: case ITA_COL_NUMBER: case F_ACTIVITY:
	case ITA_COL_KIND: case ITA_COL_ID:
		return 0;		/* set by the caller */
	case -1:
		return (note->len && ita_buf_addc(note, '\n') == -1) ||
		    ita_buf_adds(note, doc->t.name[i]) == -1 ||
		    ita_buf_add(note, ": ", 2) == -1 ||
		    ita_buf_adds(note, v) == -1 ? -1 : 0;
	case ITA_COL_PERIOD_TEXT:
		return set_period(doc, r, line, v);
	case ITA_COL_METHOD: case ITA_COL_RESULT: case ITA_COL_OUTCOME:
		if (isplit_bullets(v, &doc->tmp) == -1)
			return -1;
		return irec_append(r, f, doc->tmp.p ? doc->tmp.p : "");
	case ITA_COL_STATUS: case ITA_COL_PERCENT:
		/* a bare number in a ร้อยละ column is a percent */
		if (f != ITA_COL_PERCENT || !ibare_percent(v, pct))
			(void)icell_status(v, doc->check[i], &s2, pct);
		/* a box or words beside it say the status, else the percent */
		if ((s2 = isaid_status(v, doc->check[i])) != NULL)
			*st = s2;
		if (*pct == '\0')
			return 0;
		if (*pst == NULL)
			*pst = istatus_of_percent(pct);
		return ita_set(r, ITA_COL_PERCENT, pct);
	default:
		/* a row builder set it already (indicator, group): once */
		if (f < ITA_NCOLS && strcmp(ita_get(r, (enum ita_col)f), v) == 0)
			return 0;
		return f < ITA_NCOLS ? irec_append(r, f, v) : 0;
	}
}

/* Status and percent from the result when no column says them. */
static int
result_status(struct ita_record *r, int checkbox, const char **st)
{
	const char *s2;
	char pct[16];

	if (!icell_status(ita_get(r, ITA_COL_RESULT), checkbox, &s2, pct))
		return 0;
	if (s2)
		*st = s2;
	if (*pct && *ita_get(r, ITA_COL_PERCENT) == '\0')
		return ita_set(r, ITA_COL_PERCENT, pct);
	return 0;
}

/* Sets the ordinary fields of a row; status and percent at the end. */
int
ifill_fields(struct doc *doc, struct ita_record *r, unsigned long line,
    size_t n)
{
	struct ita_buf note = ITA_BUF_INIT;
	const char *st = NULL, *pst = NULL;
	size_t i;
	int e = 0, cb = 0;

	for (i = 0; i < n && i < doc->t.ncols; i++) {
		if (doc->check[i])
			cb = doc->check[i];
		if (*ita_buf_str(&doc->cell[i]) != '\0')
			e |= fill_cell(doc, r, line, i, &note, &st, &pst);
	}
	if (note.len)
		e |= ita_set(r, ITA_COL_NOTE, note.p);
	ita_buf_free(&note);
	if (st == NULL)
		e |= result_status(r, cb, &st);
	if (st == NULL)
		st = pst;
	if (st)
		e |= ita_set(r, ITA_COL_STATUS, st);
	return e ? -1 : 0;
}

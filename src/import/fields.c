/*
 * The cells of a table row into the fields of a new record: lists,
 * periods, status and percent, other columns into the note.
 */
#include <stdio.h>
#include <string.h>

#include "doc.h"
#include "thdate.h"

int
rec_append(struct ita_record *r, int col, const char *s)
{
	const char *old = ita_get(r, (enum ita_col)col);
	struct ita_buf b = ITA_BUF_INIT;
	int e;

	if (*s == '\0')
		return 0;
	if (*old == '\0')
		return ita_set(r, (enum ita_col)col, s);
	e = ita_buf_printf(&b, "%s\n%s", old, s);
	if (e == 0)
		e = ita_set_own(r, (enum ita_col)col, ita_buf_take(&b));
	ita_buf_free(&b);
	return e;
}

static int
set_period(struct doc *doc, struct ita_record *r, unsigned long line,
    const char *text)
{
	struct ita_period p;
	struct ita_buf err = ITA_BUF_INIT;
	char d[11];
	int rc, e = 0;

	e |= ita_set(r, ITA_COL_PERIOD_TEXT, text);
	rc = ita_period_parse(text, strlen(text), doc->year, &p, &err);
	if (rc == 1) {
		ita_date_format_iso(p.start, d);
		e |= ita_set(r, ITA_COL_START, d);
		e |= ita_set(r, ITA_COL_START_PRECISION,
		    ita_precision_name(p.start_prec));
		ita_date_format_iso(p.end, d);
		e |= ita_set(r, ITA_COL_END, d);
		e |= ita_set(r, ITA_COL_END_PRECISION,
		    ita_precision_name(p.end_prec));
	} else if (rc == -1)
		doc_diag(doc, line, ITA_SEV_WARNING, "import.period",
		    "field 'period_text': %s; start and end left empty",
		    ita_buf_str(&err));
	ita_buf_free(&err);
	return e;
}

/*
 * A period continued on the next row: a second period ("ม.ค. ๖๘" then
 * "มี.ค. ๖๘") widens start and end to cover both; a range wrapped onto
 * two rows ("ต.ค. ๖๗ -" then "ก.ย. ๖๘") is parsed whole.
 */
int
continue_period(struct doc *doc, struct ita_record *r, const char *v)
{
	struct ita_period p;
	char d[11], *q;
	int e = 0;

	if (rec_append(r, ITA_COL_PERIOD_TEXT, v) == -1)
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
	ita_date_format_iso(p.start, d);
	if (*ita_get(r, ITA_COL_START) == '\0' ||
	    strcmp(d, ita_get(r, ITA_COL_START)) < 0) {
		e |= ita_set(r, ITA_COL_START, d);
		e |= ita_set(r, ITA_COL_START_PRECISION,
		    ita_precision_name(p.start_prec));
	}
	ita_date_format_iso(p.end, d);
	if (strcmp(d, ita_get(r, ITA_COL_END)) > 0) {
		e |= ita_set(r, ITA_COL_END, d);
		e |= ita_set(r, ITA_COL_END_PRECISION,
		    ita_precision_name(p.end_prec));
	}
	return e;
}

/* Sets the ordinary fields of a row; status and percent at the end. */
int
fill_fields(struct doc *doc, struct ita_record *r, unsigned long line, size_t n)
{
	struct ita_buf note = ITA_BUF_INIT;
	const char *st = NULL, *s2;
	char pct[16] = "";
	size_t i;
	int f, e = 0, cb = 0;

	for (i = 0; i < n && i < doc->t.ncols; i++) {
		const char *v = ita_buf_str(&doc->cell[i]);
		f = doc->t.field[i];
		if (doc->check[i])
			cb = doc->check[i];
		if (*v == '\0')
			continue;
		switch (f) {
		case ITA_COL_TITLE: case ITA_COL_NUMBER: case F_ACTIVITY:
		case ITA_COL_KIND: case ITA_COL_ID:
			break;		/* set by the caller */
		case -1:
			e |= ita_buf_printf(&note, "%s%s: %s", note.len ?
			    "\n" : "", doc->t.name[i], v);
			break;
		case ITA_COL_PERIOD_TEXT:
			e |= set_period(doc, r, line, v);
			break;
		case ITA_COL_METHOD: case ITA_COL_RESULT: case ITA_COL_OUTCOME:
			if (split_bullets(v, &doc->tmp) == -1)
				e = -1;
			else
				e |= rec_append(r, f, doc->tmp.p ? doc->tmp.p : "");
			break;
		case ITA_COL_STATUS: case ITA_COL_PERCENT:
			if (cell_status(v, doc->check[i], &s2, pct) && s2)
				st = s2;
			if (*pct)
				e |= ita_set(r, ITA_COL_PERCENT, pct);
			break;
		default:
			if (f < ITA_NCOLS)
				e |= rec_append(r, f, v);
		}
	}
	if (note.len)
		e |= ita_set(r, ITA_COL_NOTE, note.p);
	ita_buf_free(&note);
	/* status and percent from the result when no column says them */
	if (st == NULL) {
		const char *res = ita_get(r, ITA_COL_RESULT);
		if (cell_status(res, cb, &s2, pct)) {
			if (s2)
				st = s2;
			if (*pct && *ita_get(r, ITA_COL_PERCENT) == '\0')
				e |= ita_set(r, ITA_COL_PERCENT, pct);
		}
	}
	if (st)
		e |= ita_set(r, ITA_COL_STATUS, st);
	return e ? -1 : 0;
}

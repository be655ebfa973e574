/*
 * Continuation rows (ita-import(1), CONTINUATION ROWS): whether a row
 * continues the record above, and its cells appended to that record.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <string.h>

#include "doc.h"

/* The title starts with its own number: "๑. ...", "ตัวชี้วัดที่ ๒". */
static int
title_numbered(const char *title)
{
	size_t skip;

	return ilead_number(title, &skip) > 0 ||
	    strncmp(title, "ตัวชี้วัดที่", strlen("ตัวชี้วัดที่")) == 0;
}

/*
 * A record has one status: a row with a title and a status of its own,
 * below a record that already has one, is a record of its own (a table
 * that numbers some measures and not others), whatever its number cell.
 */
static int
own_status(struct doc *doc, int ct)
{
	int cs = itable_col(&doc->t, ITA_COL_STATUS);

	if (ct < 0 || cs < 0 || *idoc_cell(doc, ct) == '\0' ||
	    *ita_get(doc->pending, ITA_COL_STATUS) == '\0')
		return 0;
	return isaid_status(idoc_cell(doc, cs), doc->check[cs]) != NULL;
}

/*
 * Whether a row has the shape of a continuation (ita-import(1),
 * CONTINUATION ROWS): in a table with a measure and an activity column, a
 * row naming an activity is a new activity; otherwise, when the table has
 * a number column (number, indicator, OIT item), a row whose number cells
 * are empty and whose title does not start with a number continues; with
 * no number column, a row whose first cell is empty continues.  A row
 * with no key cell (title, number, activity, indicator, item, tool) can
 * only continue.  A row with a title and its own status never continues
 * a record that has one (own_status).
 */
int
icontinuation_shape(struct doc *doc)
{
	static const int numcols[] = { ITA_COL_NUMBER, ITA_COL_INDICATOR,
	    ITA_COL_OIT_ITEM };
	int ct = itable_col(&doc->t, ITA_COL_TITLE), ca = itable_col(&doc->t,
	    F_ACTIVITY), c, numbered = 0;
	size_t i;

	if ((ct >= 0 && ca >= 0 && *idoc_cell(doc, ca)) || own_status(doc, ct))
		return 0;
	for (i = 0; i < sizeof(numcols) / sizeof(numcols[0]); i++)
		if ((c = itable_col(&doc->t, numcols[i])) >= 0) {
			numbered = 1;
			if (*idoc_cell(doc, c))
				return 0;
		}
	if (numbered)
		return !title_numbered(idoc_cell(doc, ct));
	return *idoc_cell(doc, 0) == '\0';
}

/*
 * One cell's text v, of field f (-1: a column of no field, named name),
 * appended to record r as a new line; check is the cell's ticked box.
 * 0, or -1 (reported).
 */
static int
continue_cell(struct doc *doc, struct ita_record *r, unsigned long line,
    int f, const char *name, const char *v, int check)
{
	const char *st;
	char pct[16];
	int e = 0;

	if (icheck_dates(doc, line, f >= 0 ? ifield_name(f) : name, v) == -1)
		return -1;
	if (f == F_ACTIVITY)
		f = ITA_COL_TITLE;
	if (ilist_field(f)) {
		if (isplit_bullets(v, &doc->tmp) == -1)
			return idoc_nomem(doc);
		v = ita_buf_str(&doc->tmp);
	}
	if (f == -1) {
		if (ita_buf_printf(&doc->tmp2, "%s: %s", name, v) == -1)
			return idoc_nomem(doc);
		e |= irec_append(r, ITA_COL_NOTE, doc->tmp2.p);
		ita_buf_clear(&doc->tmp2);
	} else if (f == ITA_COL_PERIOD_TEXT)
		e |= icontinue_period(doc, r, v);
	else if (f != ITA_COL_NUMBER && f < ITA_NCOLS)
		e |= irec_append(r, f, v);
	if (*ita_get(r, ITA_COL_STATUS) == '\0' && (f == ITA_COL_RESULT ||
	    f == ITA_COL_STATUS || f == ITA_COL_PERCENT) &&
	    icell_status(v, check, &st, pct)) {
		if (st)
			e |= ita_set(r, ITA_COL_STATUS, st);
		if (*pct)
			e |= ita_set(r, ITA_COL_PERCENT, pct);
	}
	return e ? idoc_nomem(doc) : 0;
}

/* A row that continues the pending record: cells appended as new lines. */
int
icontinue_row(struct doc *doc, struct ita_record *r, unsigned long line,
    size_t n)
{
	size_t i;

	for (i = 0; i < n && i < doc->t.ncols; i++)
		if (doc->cell[i].len > 0 && continue_cell(doc, r, line,
		    doc->t.field[i], doc->t.name[i], ita_buf_str(&doc->cell[i]),
		    doc->check[i]) == -1)
			return -1;
	return 0;
}

/*
 * The field whose label starts text ("ผลการดำเนินการ ..."), for a field
 * other than those that name a record; -1 if none.  *skip: where the
 * text after the label starts.
 */
int
idetail_field(const struct doc *doc, const char *v, size_t len, size_t *skip)
{
	static const int keys[] = { ITA_COL_TITLE, ITA_COL_NUMBER, F_ACTIVITY,
	    ITA_COL_INDICATOR, ITA_COL_OIT_ITEM, ITA_COL_OIT_GROUP,
	    ITA_COL_TOOL, ITA_COL_SECTION };
	size_t k;
	int f;

	if ((f = isyn_label(doc->syn, v, len, skip)) < 0 || f >= ITA_NCOLS)
		return -1;
	for (k = 0; k < sizeof(keys) / sizeof(keys[0]); k++)
		if (f == keys[k])
			return -1;
	return f;
}

/*
 * A detail row (ita-import(1), CONTINUATION ROWS): one cell, across the
 * table or in any column, that starts with the label of a field other
 * than those that name a record ("ผลการดำเนินการ ...", as ita-render
 * writes long text under its row and as some offices lay out results):
 * the text after the label goes to that field of the record above.
 * 1 when the row was one, 0 when not, -1 on error.
 */
int
idetail_row(struct doc *doc, unsigned long line, size_t n)
{
	size_t i, one = 0, nonempty = 0, skip;
	const char *v;
	int f;

	if (doc->pending == NULL)
		return 0;
	for (i = 0; i < n && i < doc->t.ncols && nonempty < 2; i++)
		if (doc->cell[i].len > 0) {
			one = i;
			nonempty++;
		}
	if (nonempty != 1)
		return 0;
	v = ita_buf_str(&doc->cell[one]);
	if ((f = idetail_field(doc, v, doc->cell[one].len, &skip)) < 0)
		return 0;
	doc->ncont++;
	return continue_cell(doc, doc->pending, line, f, ifield_name(f),
	    v + skip, doc->check[one]) == -1 ? -1 : 1;
}

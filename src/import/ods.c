/*
 * OpenDocument spreadsheets: .ods (content.xml of the zip) and flat .fods
 * (one XML file), streamed through xmlTextReader.  The table:table that
 * --sheet names (default the first) is read as a table: each
 * table:table-row is one row of the document model at the sheet's row
 * number.  A cell is its text (text:p as lines, text:s and text:tab as
 * spaces, text:line-break), or its value where the cell has one: a float,
 * currency or percentage as its number ("40%"), a date as D/M/YYYY from
 * office:date-value, a boolean as TRUE or FALSE.  table:number-columns-
 * repeated and table:number-rows-repeated are honoured within the bounds
 * of sheet.h (repeated empty cells and rows cost nothing); a covered cell
 * of a merge is empty, as in the CSV of the sheet; comments
 * (office:annotation) are not cell text.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sheet.h"
#include "zip.h"

struct octx {
	struct orig	*or;
	xmlTextReaderPtr r;
	struct sheet_row row;
	struct sheets	 sheets;
	long		 want;		/* --sheet N: its index; else -1 */
	size_t		 index;		/* of the sheet read */
	size_t		 cur_sheet;	/* of the table being read */
	int		 found, reading, spreadsheet, failed;
	int		 tdepth;	/* of the table being read */
	unsigned long	 line;		/* the last row's number */
	/* the row */
	unsigned long	 rrep, col;
	int		 in_row;
	/* the cell */
	struct xtext	 cur;
	unsigned long	 crep;
	int		 in_cell, cdepth, use_text, paras;
};

static unsigned long
rattr_u(struct octx *x, const char *name, unsigned long max)
{
	char a[32];
	unsigned long v;

	if (!ixr_attr(x->r, name, a, sizeof(a)) || a[0] < '0' || a[0] > '9')
		return 1;
	v = strtoul(a, NULL, 10);
	return v < 1 ? 1 : v > max ? max : v;
}

/* A cell starts: its value where the cell has one, else its text. */
static void
cell_start(struct octx *x, int covered)
{
	char type[16], v[64];

	ixt_clear(&x->cur);
	x->crep = rattr_u(x, "number-columns-repeated", SHEET_MAXCOLS);
	x->use_text = !covered;
	x->paras = 0;
	if (covered || !ixr_attr(x->r, "value-type", type, sizeof(type)))
		return;
	if ((strcmp(type, "float") == 0 || strcmp(type, "currency") == 0 ||
	    strcmp(type, "percentage") == 0) &&
	    ixr_attr(x->r, "value", v, sizeof(v))) {
		isheet_number(&x->cur, v, type[0] == 'p');
		x->use_text = 0;
	} else if (strcmp(type, "date") == 0 &&
	    ixr_attr(x->r, "date-value", v, sizeof(v)) &&
	    isheet_isodate(&x->cur, v))
		x->use_text = 0;
	else if (strcmp(type, "boolean") == 0 &&
	    ixr_attr(x->r, "boolean-value", v, sizeof(v))) {
		isheet_bool(&x->cur, strcmp(v, "true") == 0);
		x->use_text = 0;
	}
}

/* The cell ends: its text into each column it is repeated in. */
static void
cell_end(struct octx *x)
{
	struct xtext *t;
	const char *s;
	size_t n;
	unsigned long k;

	x->in_cell = 0;
	s = ixt_done(&x->cur, &n);
	for (k = 0; n > 0 && k < x->crep && x->col + k < SHEET_MAXCOLS; k++) {
		if ((t = isrow_cell(x->or, &x->row, x->col + k, x->line + 1)) ==
		    NULL)
			break;
		ixt_add(t, s, n, 0);
		isrow_set(&x->row, (size_t)(x->col + k));
	}
	if (x->cur.failed)
		x->row.nomem = 1;
	x->col += x->crep;
	if (x->col > SHEET_MAXCOLS)
		x->col = SHEET_MAXCOLS;
}

static void
row_end(struct octx *x)
{
	unsigned long times = x->rrep;

	x->in_row = 0;
	if (times > SHEET_MAXREPEAT && x->row.n > 0) {
		isheet_diag(x->or, x->line + 1, ITA_SEV_WARNING, "import.sheet",
		    "a row repeated %lu times: the first %lu are imported",
		    times, SHEET_MAXREPEAT);
		times = SHEET_MAXREPEAT;
	}
	if (times > SHEET_MAXROWS - x->line)
		times = SHEET_MAXROWS - x->line;	/* the sheet ends there */
	if (isrow_emit(x->or, &x->row, x->line + 1, times) == -1)
		x->failed = 1;
	x->line += x->rrep;
	if (x->line > SHEET_MAXROWS)
		x->line = SHEET_MAXROWS;
}

/* The table being read or counted ends. */
static void
table_done(struct octx *x)
{
	x->reading = 0;
	if (isheet_leave(x->or, &x->sheets, &x->row, x->cur_sheet) == -1)
		x->failed = 1;
}

/* A table:table of the spreadsheet: 1 to read or count it, 0 to skip it. */
static int
table_start(struct octx *x)
{
	char name[256];
	size_t i = x->sheets.n;
	int read;

	if (!ixr_attr(x->r, "name", name, sizeof(name)))
		snprintf(name, sizeof(name), "Sheet%zu", i + 1);
	if (i >= SHEET_MAXSHEETS)
		return 0;
	if (isheets_add(&x->sheets, name) == -1) {
		ita_diag_sys(x->or->d, "%s", x->or->name);
		x->failed = 1;
		return 0;
	}
	if (x->or->o->all_sheets)
		read = 1;
	else
		read = !x->found && (x->want >= 0 ? (long)i == x->want :
		    isheets_wanted(x->or, i, name));
	/* without --sheet, the others are counted (isheets_done says so) */
	if (!read && x->or->o->sheet != NULL)
		return 0;
	if (read && !x->found) {
		x->found = 1;
		x->index = i;
	}
	if (isheet_enter(x->or, &x->sheets, &x->row, i, read) == -1) {
		x->failed = 1;
		return 0;
	}
	x->reading = !xmlTextReaderIsEmptyElement(x->r);
	x->tdepth = xmlTextReaderDepth(x->r);
	x->line = 0;
	x->cur_sheet = i;
	if (!x->reading)
		table_done(x);
	return 1;
}

/* The names pass (--sheet N): the table's name only; 1 (skip it). */
static int
table_name(struct octx *x)
{
	char name[256];

	if (!ixr_attr(x->r, "name", name, sizeof(name)))
		snprintf(name, sizeof(name), "Sheet%zu", x->sheets.n + 1);
	if (x->sheets.n < SHEET_MAXSHEETS && isheets_add(&x->sheets, name) ==
	    -1) {
		ita_diag_sys(x->or->d, "%s", x->or->name);
		x->failed = 1;
	}
	return 1;
}

/* One node of the table being read; 1 when its subtree is to be skipped. */
static int
in_table(struct octx *x, int nt)
{
	const xmlChar *v;
	int empty;

	if (nt == XML_READER_TYPE_ELEMENT) {
		empty = xmlTextReaderIsEmptyElement(x->r);
		if (x->in_cell) {
			if (ixr_is(x->r, "annotation"))
				return 1;
			if (!x->use_text)
				return 0;
			if (ixr_is(x->r, "p") || ixr_is(x->r, "h")) {
				if (x->paras++ > 0)
					ixt_break(&x->cur);
			} else if (ixr_is(x->r, "line-break"))
				ixt_break(&x->cur);
			else if (ixr_is(x->r, "s") || ixr_is(x->r, "tab"))
				ixt_space(&x->cur);
			return 0;
		}
		if (ixr_is(x->r, "table-row")) {
			x->rrep = rattr_u(x, "number-rows-repeated",
			    SHEET_MAXROWS);
			x->col = 0;
			isrow_clear(&x->row);
			x->in_row = 1;
			if (empty)
				row_end(x);
		} else if (x->in_row && (ixr_is(x->r, "table-cell") ||
		    ixr_is(x->r, "covered-table-cell"))) {
			cell_start(x, ixr_is(x->r, "covered-table-cell"));
			x->in_cell = 1;
			x->cdepth = xmlTextReaderDepth(x->r);
			if (empty)
				cell_end(x);
		}
		return 0;
	}
	if (nt == XML_READER_TYPE_END_ELEMENT) {
		if (x->in_cell && xmlTextReaderDepth(x->r) == x->cdepth)
			cell_end(x);
		else if (!x->in_cell && x->in_row && ixr_is(x->r, "table-row"))
			row_end(x);
		else if (xmlTextReaderDepth(x->r) == x->tdepth &&
		    ixr_is(x->r, "table"))
			table_done(x);
		return 0;
	}
	if (x->in_cell && x->use_text && (nt == XML_READER_TYPE_TEXT ||
	    nt == XML_READER_TYPE_CDATA ||
	    nt == XML_READER_TYPE_SIGNIFICANT_WHITESPACE) &&
	    (v = xmlTextReaderConstValue(x->r)) != NULL)
		ixt_add(&x->cur, (const char *)v, strlen((const char *)v), 1);
	return 0;
}

/* One pass over the XML: 0, or -1 (reported). names: only the names. */
static int
pass(struct octx *x, struct izip_file *zf, const char *buf, size_t len,
    int names)
{
	int rc, nt, skip;

	if ((x->r = isheet_reader(zf, buf, len)) == NULL) {
		ita_diag_sys(x->or->d, "%s", x->or->name);
		return -1;
	}
	rc = xmlTextReaderRead(x->r);
	while (rc == 1 && !x->failed) {
		nt = xmlTextReaderNodeType(x->r);
		skip = 0;
		if (x->reading)
			skip = in_table(x, nt);
		else if (nt == XML_READER_TYPE_ELEMENT) {
			if (ixr_is(x->r, "spreadsheet"))
				x->spreadsheet = 1;
			else if (ixr_is(x->r, "table"))
				skip = names ? table_name(x) : !table_start(x);
			else if (ixr_is(x->r, "text") &&
			    xmlTextReaderDepth(x->r) == 2)
				break;	/* an OpenDocument text */
		}
		rc = skip ? xmlTextReaderNext(x->r) : xmlTextReaderRead(x->r);
	}
	if (x->reading && x->in_row && !x->failed)
		row_end(x);	/* cut short: the rows read so far */
	if (x->reading && !x->failed)
		table_done(x);
	xmlFreeTextReader(x->r);
	x->r = NULL;
	if (x->failed)
		return -1;
	if (rc == -1 && (zf == NULL || !izip_ferror(zf))) {
		iorig_error(x->or, "import.ods", "%s is not well-formed XML%s",
		    zf ? "content.xml" : "the document", x->found ?
		    ": the rest of the sheet is not imported" :
		    ": not imported");
		return x->found ? 0 : -1;	/* the rows read stay read */
	}
	return rc == -1 ? -1 : 0;
}

/* content.xml of the zip, or the flat document: one pass over it. */
static int
one_pass(struct octx *x, struct izip *z, int names)
{
	struct izip_file *zf = NULL;
	int absent, rc;

	if (z != NULL && (zf = izip_fopen(z, "content.xml", &absent)) ==
	    NULL) {
		if (absent)
			iorig_error(x->or, "import.ods", "no content.xml: not "
			    "an .ods document: not imported");
		return -1;
	}
	rc = pass(x, zf, x->or->buf, x->or->len, names);
	izip_fclose(zf);
	return rc;
}

int
iread_ods(struct orig *or)
{
	struct octx *x;
	struct izip *z = NULL;
	long pick;
	int rc;

	if (or->len >= 4 && memcmp(or->buf, "PK\003\004", 4) == 0 &&
	    (z = izip_open(or)) == NULL)
		return -1;
	if ((x = calloc(1, sizeof(*x))) == NULL) {
		ita_diag_sys(or->d, "%s", or->name);
		izip_close(z);
		return -1;
	}
	x->or = or;
	idoc_set_form(or->dm.doc, DOC_SHEET);
	x->want = -1;
	rc = 0;
	if (isheet_by_number(or)) {	/* a name first, then the place */
		if ((rc = one_pass(x, z, 1)) == 0 && x->spreadsheet) {
			if ((pick = isheets_pick(or, &x->sheets,
			    "import.sheet")) < 0)
				rc = -1;
			x->want = pick;
			isheets_free(&x->sheets);
			x->spreadsheet = 0;
		}
	}
	if (rc == 0)
		rc = one_pass(x, z, 0);
	if (rc == 0 && !x->spreadsheet) {
		iorig_error(or, "import.ods", "not an OpenDocument spreadsheet "
		    "(no office:spreadsheet): not imported");
		rc = -1;
	} else if (rc == 0 && !x->found)
		rc = isheets_unknown(or, &x->sheets, "import.sheet");
	else if (rc == 0 && !or->o->all_sheets)
		isheets_verbose(or, &x->sheets, x->index);
	isheets_done(or, &x->sheets);
	isrow_free(&x->row);
	ixt_free(&x->cur);
	isheets_free(&x->sheets);
	izip_close(z);
	free(x);
	return rc;
}

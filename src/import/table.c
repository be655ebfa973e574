/*
 * Tables: a header row is recognised by the fields its cells name
 * (synonyms), a second header row refines it, and the kind of the table
 * follows from its fields.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "doc.h"

void
itable_clear(struct table *t)
{
	size_t i;

	for (i = 0; i < t->ncols; i++) {
		free(t->name[i]);
		t->name[i] = NULL;
	}
	t->ncols = t->nupper = 0;
	t->kind = TK_NONE;
	itable_index(t);
}

/*
 * Each field's first column, after any change of t->field: rows ask for
 * their fields' columns, and a header may have thousands of columns.
 */
void
itable_index(struct table *t)
{
	size_t i;
	int f;

	for (f = 0; f < F_NFIELDS; f++)
		t->colof[f] = -1;
	for (i = t->ncols; i-- > 0;)
		if ((f = t->field[i]) >= 0 && f < F_NFIELDS)
			t->colof[f] = (int)i;
}

int
itable_col(const struct table *t, int field)
{
	size_t i;

	if (field >= 0 && field < F_NFIELDS)
		return t->colof[field];
	for (i = 0; i < t->ncols; i++)
		if (t->field[i] == field)
			return (int)i;
	return -1;
}

/* The kind of a table from its fields; hint: its title column's vote. */
static enum tkind
table_kind(const struct table *t, enum tkind hint)
{
	if (itable_col(t, ITA_COL_KIND) >= 0 && itable_col(t, ITA_COL_ID) >= 0)
		return TK_STREAM;
	if (itable_col(t, ITA_COL_PREPARED_BY) >= 0 ||
	    itable_col(t, ITA_COL_PUBLISHED_BY) >= 0 ||
	    itable_col(t, ITA_COL_FREQUENCY) >= 0)
		return TK_RESP;
	if (itable_col(t, ITA_COL_TITLE) >= 0)
		return hint != TK_NONE ? hint : TK_MEASURE;
	if (itable_col(t, F_ACTIVITY) >= 0)
		return TK_ACTIVITY;
	if (itable_col(t, ITA_COL_TOOL) >= 0 &&
	    itable_col(t, ITA_COL_SCORE) >= 0)
		return TK_SCORE;
	if (itable_col(t, ITA_COL_OIT_ITEM) >= 0)
		return TK_OIT;
	if (itable_col(t, ITA_COL_INDICATOR) >= 0)
		return TK_INDICATOR;
	return TK_NONE;
}

static int
has_digit(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if ((s[i] >= '0' && s[i] <= '9') || (i + 2 < n &&
		    (unsigned char)s[i] == 0xE0 &&
		    (unsigned char)s[i + 1] == 0xB9 &&
		    (unsigned char)s[i + 2] >= 0x90 &&
		    (unsigned char)s[i + 2] <= 0x99))
			return 1;
	return 0;
}

static size_t
count_nonempty(const size_t *lens, size_t n)
{
	size_t i, k = 0;

	for (i = 0; i < n; i++)
		k += lens[i] != 0;
	return k;
}

/*
 * Fields of the cells of a row into doc->rfield (votes into doc->rhint),
 * and how many name a field.
 */
static size_t
match_row(struct doc *doc, char **cells, size_t *lens, size_t n,
    size_t *nonempty)
{
	int *field = doc->rfield;
	enum tkind *hints = doc->rhint;
	size_t i, hits = 0;

	*nonempty = 0;
	for (i = 0; i < n; i++) {
		field[i] = -1;
		hints[i] = TK_NONE;
		if (lens[i] == 0)
			continue;
		(*nonempty)++;
		/*
		 * Header words hold no numbers ("คะแนน 99.73" is data) and
		 * are short; a long cell is data too (and never blank).
		 */
		if (lens[i] > 300 || has_digit(cells[i], lens[i]))
			continue;
		if ((field[i] = (doc->ocr ? isyn_lookup_near : isyn_lookup)(
		    doc->syn, cells[i], lens[i], &hints[i])) >= 0)
			hits++;
	}
	return hits;
}

/* 1 if a cell of the row matched in match_row names its field exactly. */
static int
exact_hit(const struct doc *doc, char **cells, const size_t *lens,
    size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (doc->rfield[i] >= 0 && isyn_whole(doc->syn, cells[i],
		    lens[i]) >= 0)
			return 1;
	return 0;
}

static void
verbose_table(struct doc *doc)
{
	struct ita_buf b = ITA_BUF_INIT;
	size_t i;

	if (!doc->diag->verbose)
		return;
	for (i = 0; i < doc->t.ncols; i++)
		if (ita_buf_printf(&b, "%s%s", i ? ", " : "",
		    doc->t.field[i] >= 0 ? ifield_name(doc->t.field[i]) :
		    "?") == -1)
			break;	/* out of memory: the columns read so far */
	fprintf(doc->diag->err, "%s:%lu: table of %s: %s\n", doc->source,
	    doc->t.line, itkind_name(doc->t.kind), ita_buf_str(&b));
	ita_buf_free(&b);
}

/*
 * The columns of a new table: field (and the upper row's, to know a
 * repeated header) and name of each.
 */
static int
table_columns(struct doc *doc, unsigned long line, char **cells,
    size_t *lens, size_t n, const int *field)
{
	const char *name;
	size_t i;

	itable_clear(&doc->t);
	if (idoc_grow(doc, n) == -1)
		return -1;
	for (i = 0; i < n; i++) {
		doc->t.field[i] = doc->t.upper[i] = field[i];
		if (cells == NULL)
			name = field[i] >= 0 ? ifield_name(field[i]) : "";
		else if (idoc_norm(doc, line, cells[i], lens[i], &doc->tmp,
		    NULL) == -1)
			return -1;
		else
			name = ita_buf_str(&doc->tmp);
		if ((doc->t.name[i] = strdup(name)) == NULL) {
			itable_index(&doc->t);
			return idoc_nomem(doc);
		}
		doc->t.ncols = doc->t.nupper = i + 1;
	}
	itable_index(&doc->t);
	return 0;
}

/* The vote of the title column of a row's fields, if it has one. */
static enum tkind
title_hint(const struct doc *doc)
{
	int c = itable_col(&doc->t, ITA_COL_TITLE);

	return c >= 0 ? doc->rhint[c] : TK_NONE;
}

/* A table begins at line: its kind from its fields, counted for -v. */
static void
table_begins(struct doc *doc, unsigned long line, enum tkind hint)
{
	doc->t.kind = table_kind(&doc->t, hint);
	if (doc->t.kind != TK_ACTIVITY)
		doc->heading_new = 0;	/* the heading was a section's */
	doc->t.line = line;
	doc->seen_table = 1;
	doc->ntables++;
}

static int
start_table(struct doc *doc, unsigned long line, char **cells, size_t *lens,
    size_t n)
{
	if (idoc_flush(doc) == -1)
		return -1;
	if (table_columns(doc, line, cells, lens, n, doc->rfield) == -1)
		return -1;
	table_begins(doc, line, title_hint(doc));
	if (doc->t.kind == TK_STREAM && itable_dups(doc, line) == -1)
		return -1;
	doc->active = 1;
	doc->unknown = 0;
	doc->expect_sub = 1;
	if (doc->t.kind == TK_NONE) {
		idoc_diag(doc, line, ITA_SEV_WARNING, "import.table-unknown",
		    "table not recognised: its columns name no measure, "
		    "activity, indicator, OIT item or score (looked for "
		    "มาตรการ, กิจกรรม, ตัวชี้วัด, ข้อมูล, จัดทำ, คะแนน)");
		doc->active = 0;
		doc->unknown = 1;
		return 0;
	}
	verbose_table(doc);
	return 0;
}

/*
 * An upper header row of another length than the lower one: a text
 * export wrote its column span as one cell, or as more cells than it
 * covers.  The lower row's named cells (one run from a to b) are the
 * span's columns; the upper cells before a keep their places, the span's
 * cell is at a, and the upper row's named cells after it (the last k if
 * the lower row has k empty cells after b) go to b + 1 on, in order.
 * Any other shape is left to the cells' positions.
 */
static int
realign_upper(struct doc *doc, size_t n)
{
	struct table *t = &doc->t;
	const int *field = doc->rfield;
	size_t a, b, i, j, w, tail, skip, k;
	int *nf, e;
	char **nn;

	for (a = 0; a < n && field[a] < 0; a++)
		continue;
	for (b = n; b > a && field[b - 1] < 0; b--)
		continue;
	if (a == n || t->ncols == n || a >= t->ncols || *t->name[a] == '\0')
		return 0;
	b--;
	for (i = a; i <= b; i++)
		if (field[i] < 0)
			return 0;	/* not one run */
	for (tail = 0, i = a + 1; i < t->ncols; i++)
		tail += *t->name[i] != '\0';
	k = n - 1 - b;
	skip = k > 0 && tail > k ? tail - k : 0;
	w = b + 1 + tail - skip;
	if (w < n)
		w = n;
	if (idoc_grow(doc, w) == -1)
		return -1;
	if ((nf = calloc(w, sizeof(*nf))) == NULL ||
	    (nn = calloc(w, sizeof(*nn))) == NULL) {
		free(nf);
		return idoc_nomem(doc);
	}
	for (i = 0; i < w; i++)
		nf[i] = -1;
	for (i = 0; i <= a; i++) {
		nf[i] = t->field[i];
		nn[i] = t->name[i];
		t->name[i] = NULL;
	}
	for (j = b + 1, i = a + 1; i < t->ncols; i++) {
		if (*t->name[i] == '\0')
			continue;
		if (skip > 0) {
			skip--;
			continue;
		}
		nf[j] = t->field[i];
		nn[j++] = t->name[i];
		t->name[i] = NULL;
	}
	for (i = 0; i < t->ncols; i++) {
		free(t->name[i]);
		t->name[i] = NULL;
	}
	for (e = 0, i = 0; i < w; i++) {
		if (nn[i] == NULL && (nn[i] = strdup("")) == NULL)
			e = 1;
		t->field[i] = nf[i];
		t->name[i] = nn[i];
	}
	free(nf);
	free(nn);
	t->ncols = w;
	itable_index(t);
	return e ? idoc_nomem(doc) : 0;
}

/* 1 if a cell of the lower row left of i names its field already. */
static int
named_before(const int *field, size_t i)
{
	size_t j;

	for (j = 0; j < i; j++)
		if (field[j] == field[i])
			return 1;
	return 0;
}

/* The second row of a two-row header: every cell names a field. */
static int
sub_header(struct doc *doc, size_t n, size_t hits, size_t nonempty,
    int repeat)
{
	const int *field;
	enum tkind h = TK_NONE;
	size_t i;
	int ct;

	/* OCR may garble one cell of it */
	if (hits == 0 || (hits != nonempty && !(doc->ocr && hits >= 2 &&
	    hits + 1 == nonempty)))
		return 0;
	if (repeat)
		return 1;
	if (realign_upper(doc, n) == -1)
		return -1;
	field = doc->rfield;	/* realign_upper may have moved it */
	for (i = 0; i < n && i < doc->t.ncols; i++)
		if (field[i] >= 0 && !named_before(field, i))
			doc->t.field[i] = field[i];
	itable_index(&doc->t);
	/* the title's vote is the lower row's, else the upper row's */
	if ((ct = itable_col(&doc->t, ITA_COL_TITLE)) >= 0 && (size_t)ct < n &&
	    field[ct] >= 0)
		h = doc->rhint[ct];
	if (ct >= 0 && h == TK_NONE)
		h = doc->t.kind == TK_RESP ? TK_MEASURE : doc->t.kind;
	doc->t.kind = table_kind(&doc->t, h);
	verbose_table(doc);
	return 1;
}

/* The header of the current table again, as at a page break. */
static int
repeated_header(struct doc *doc, size_t n)
{
	size_t i;

	if (doc->t.kind == TK_NONE || doc->t.nupper != n)
		return 0;
	for (i = 0; i < n; i++)
		if (doc->t.upper[i] != doc->rfield[i])
			return 0;
	doc->active = 1;
	doc->unknown = 0;
	doc->expect_sub = 2;
	return 1;
}

/*
 * A stream's header names kind and id; its user columns may be many
 * more than the columns it shares with ita(5).
 */
static int
stream_header(const struct doc *doc, size_t n)
{
	size_t i;
	int kind = 0, id = 0;

	for (i = 0; i < n; i++) {
		kind |= doc->rfield[i] == ITA_COL_KIND;
		id |= doc->rfield[i] == ITA_COL_ID;
	}
	return kind && id;
}

int
itable_header(struct doc *doc, unsigned long line, char **cells,
    size_t *lens, size_t n, size_t *nonempty)
{
	size_t hits;
	int k, repeat;

	if (idoc_grow(doc, n) == -1)
		return -1;
	/*
	 * A numbered row of the current table is data, even when its cells
	 * start with header words ("มาตรการ...", "จัดทำแล้ว"): no cell of it
	 * is looked up (most rows of a table; a sub-header with no hits is
	 * none either).
	 */
	if (doc->active && (k = itable_col(&doc->t, ITA_COL_NUMBER)) >= 0 &&
	    (size_t)k < n && has_digit(cells[k], lens[k])) {
		*nonempty = count_nonempty(lens, n);
		doc->expect_sub = 0;
		return 0;
	}
	hits = match_row(doc, cells, lens, n, nonempty);
	if (*nonempty == 0)
		return 0;
	if (doc->expect_sub) {
		repeat = doc->expect_sub == 2;
		doc->expect_sub = 0;
		if ((doc->active || doc->t.kind != TK_NONE) &&
		    (k = sub_header(doc, n, hits, *nonempty, repeat)) != 0) {
			if (k == -1)
				return -1;
			doc->nheaders++;
			return 1;
		}
	}
	if (hits < 2 || (hits * 2 < *nonempty && !stream_header(doc, n)))
		return 0;
	/*
	 * Under a table, a new header names a field in at least one cell
	 * exactly: data cells start with header words ("มาตรการการใช้",
	 * "จัดทำคู่มือ") where a row's first line came apart from its number.
	 */
	if (doc->active && !doc->ocr && !exact_hit(doc, cells, lens, n))
		return 0;
	if (repeated_header(doc, n)) {
		doc->nheaders++;
		return 1;
	}
	return start_table(doc, line, cells, lens, n) == -1 ? -1 : 1;
}

/* --no-header: the columns are given, the table starts at once. */
int
idoc_columns(struct doc *doc, const int *field, size_t n)
{
	if (table_columns(doc, 1, NULL, NULL, n, field) == -1)
		return -1;
	table_begins(doc, 1, TK_NONE);
	doc->active = doc->t.kind != TK_NONE;
	verbose_table(doc);
	return 0;
}

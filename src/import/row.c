/*
 * One table row: blank, header, outside any table, continuation or a
 * new record; its cells normalized first.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <string.h>

#include "chars.h"
#include "doc.h"

/* --keep-raw: the row as read, cells joined by tabs, in column 'raw'. */
static int
keep_raw(struct doc *doc, struct ita_record *r, char **cells, size_t *lens,
    size_t n)
{
	struct ita_buf b = ITA_BUF_INIT;
	const char *old = ita_get_name(r, "raw");
	size_t i;
	int e = 0;

	if (*old)
		e |= ita_buf_printf(&b, "%s\n", old);
	for (i = 0; i < n; i++) {
		if (i)
			e |= ita_buf_addc(&b, '\t');
		e |= ita_buf_add(&b, cells[i], lens[i]);
	}
	if (e == 0)
		e = ita_set_name(r, "raw", ita_buf_str(&b));
	ita_buf_free(&b);
	return e ? idoc_nomem(doc) : 0;
}

/*
 * A row with more cells than its header (after trailing empty cells are
 * dropped): which cell a stray tab split or added cannot be known, so
 * the last column gets its own cell and every extra one, joined by
 * spaces, and a warning says so.
 */
static int
norm_joined(struct doc *doc, unsigned long line, char **cells, size_t *lens,
    size_t n, size_t col)
{
	struct ita_buf joined = ITA_BUF_INIT;
	size_t i;
	int r;

	for (i = 0; i < n; i++) {
		if (lens[i] == 0)
			continue;
		if ((joined.len && ita_buf_addc(&joined, ' ') == -1) ||
		    ita_buf_add(&joined, cells[i], lens[i]) == -1) {
			ita_buf_free(&joined);
			return idoc_nomem(doc);
		}
	}
	idoc_diag(doc, line, ITA_SEV_WARNING, "import.cells", "row has %zu cells, "
	    "its header %zu: cells %zu to %zu joined into column '%s'",
	    col + n, col + 1, col + 1, col + n, doc->t.name[col]);
	r = idoc_norm(doc, line, ita_buf_str(&joined), joined.len, &doc->cell[col],
	    &doc->check[col]);
	ita_buf_free(&joined);
	return r == -1 ? -1 : 0;
}

static int
has_star(const char *s, size_t n)
{
	const char *p;

	for (p = s; (p = memchr(p, '\\', n - (size_t)(p - s))) != NULL; p++)
		if (n - (size_t)(p - s) >= 3 && p[1] == '*' && p[2] == ' ')
			return 1;
	return 0;
}

/*
 * Normalizes cell i of a row.  Markdown "\*" bullets in a list column
 * become "- " lines first, on the raw text: the normalizer drops "\*".
 * The ' of --formula-guard goes first, before the normalizer turns the
 * tab after it into a space.
 */
static int
norm_row_cell(struct doc *doc, unsigned long line, size_t i, const char *s,
    size_t n)
{
	struct ita_buf raw = ITA_BUF_INIT, split = ITA_BUF_INIT;
	int f = doc->t.field[i], r;

	if (ita_formula_guarded(s, n))
		s++, n--;

	if (!ilist_field(f) || doc->t.kind == TK_STREAM || !has_star(s, n))
		return idoc_norm(doc, line, s, n, &doc->cell[i],
		    &doc->check[i]);
	if (ita_buf_add(&raw, s, n) == -1 ||
	    isplit_bullets(ita_buf_str(&raw), &split) == -1) {
		ita_buf_free(&raw);
		ita_buf_free(&split);
		return idoc_nomem(doc);
	}
	r = idoc_norm(doc, line, ita_buf_str(&split), split.len, &doc->cell[i],
	    &doc->check[i]);
	ita_buf_free(&raw);
	ita_buf_free(&split);
	return r;
}

/*
 * A signature block ("(ลงชื่อ) ....", "ลงชื่อ ...."), often a table of
 * its own right after the last table: every cell with text starts so.
 */
static int
signature_row(char **cells, size_t *lens, size_t n)
{
	static const char sign[] = "ลงชื่อ";
	size_t i, k, found = 0;

	for (i = 0; i < n; i++) {
		for (k = 0; k < lens[i] && (cells[i][k] == ' ' ||
		    cells[i][k] == '\t' || cells[i][k] == '\n'); k++)
			;
		if (k == lens[i])
			continue;
		if (cells[i][k] == '(')
			k++;
		if (lens[i] - k < sizeof(sign) - 1 ||
		    memcmp(cells[i] + k, sign, sizeof(sign) - 1) != 0)
			return 0;
		found++;
	}
	return found > 0;
}

/* Each line of each cell as prose, which ends the table above. */
static int
prose_row(struct doc *doc, unsigned long line, char **cells, size_t *lens,
    size_t n)
{
	const char *p, *nl, *end;
	size_t i;

	for (i = 0; i < n; i++)
		for (p = cells[i], end = p + lens[i]; p < end; p = nl + 1) {
			if ((nl = memchr(p, '\n', (size_t)(end - p))) == NULL)
				nl = end;
			if (idoc_line(doc, line, p, (size_t)(nl - p)) == -1)
				return -1;
		}
	return 0;
}

/* A tab row outside any known table: a score line, or reported. */
static int
loose_row(struct doc *doc, unsigned long line, char **cells, size_t *lens,
    size_t n)
{
	struct ita_buf joined = ITA_BUF_INIT;
	const char *p, *nl, *end;
	size_t i, one = n, k = 0;
	int r;

	/*
	 * One cell of text is a line of prose that a sheet, or a table used
	 * for layout, holds: a title, the office, a heading.
	 */
	for (i = 0; i < n && k < 2; i++)
		if (lens[i] > 0) {
			one = i;
			k++;
		}
	if (k == 1) {
		for (p = cells[one], end = p + lens[one]; ; p = nl + 1) {
			if ((nl = memchr(p, '\n', (size_t)(end - p))) == NULL)
				nl = end;
			if (idoc_line(doc, line, p, (size_t)(nl - p)) == -1)
				return -1;
			if (nl == end)
				return 0;
		}
	}
	for (i = 0; i < n; i++)
		if (ita_buf_add(&joined, cells[i], lens[i]) == -1 ||
		    ita_buf_addc(&joined, ' ') == -1) {
			ita_buf_free(&joined);
			return idoc_nomem(doc);
		}
	r = idoc_norm(doc, line, joined.p, joined.len, &doc->tmp2, NULL);
	ita_buf_free(&joined);
	if (r != 0)
		return r < 0 ? -1 : 0;
	if ((r = iscore_line(doc, line, ita_buf_str(&doc->tmp2))) != 0)
		return r < 0 ? -1 : 0;
	if (!doc->unknown) {
		idoc_diag(doc, line, ITA_SEV_WARNING, "import.table-unknown",
		    "table not recognised: no header row names its columns "
		    "(looked for มาตรการ, กิจกรรม, ตัวชี้วัด, ข้อ/ข้อมูล, "
		    "ระยะเวลา, ผู้รับผิดชอบ, ผลการดำเนินการ)");
		doc->unknown = 1;
		doc->seen_table = doc->seen_table ? doc->seen_table : 1;
	}
	doc->nunknown++;
	idoc_diag(doc, line, ITA_SEV_WARNING, "import.row-skipped",
	    "row of an unrecognised table not imported");
	return 0;
}

/*
 * The cells of a row of the current table, normalized into doc->cell;
 * the columns it lacks are empty.  1 if any cell has text, 0 if none,
 * -1 on error.
 */
static int
norm_cells(struct doc *doc, unsigned long line, char **cells, size_t *lens,
    size_t n)
{
	size_t i, set;
	int any = 0;

	for (i = 0; i < n && i < doc->t.ncols; i++) {
		if (i + 1 == doc->t.ncols && n > doc->t.ncols) {
			if (norm_joined(doc, line, cells + i, lens + i, n - i,
			    i) == -1)
				return -1;
		} else if (norm_row_cell(doc, line, i, cells[i], lens[i]) == -1)
			return -1;
		if (doc->cell[i].len)
			any = 1;
	}
	/* (only those the rows before may have set: a header can have
	 * thousands of columns over rows of a few cells) */
	for (set = i; i < doc->t.ncols && i < doc->ncells_set; i++) {
		ita_buf_clear(&doc->cell[i]);
		doc->check[i] = 0;
	}
	doc->ncells_set = set;
	return any;
}

/* A cell that names a record: title, number, activity, item or tool. */
static int
has_key(struct doc *doc)
{
	static const int keys[] = { ITA_COL_TITLE, ITA_COL_NUMBER, F_ACTIVITY,
	    ITA_COL_INDICATOR, ITA_COL_OIT_ITEM, ITA_COL_TOOL };
	size_t k;

	for (k = 0; k < sizeof(keys) / sizeof(keys[0]); k++)
		if (*idoc_cell(doc, itable_col(&doc->t, keys[k])))
			return 1;
	return 0;
}

/* A row that continues the pending record, or reported when none is. */
static int
continuation(struct doc *doc, unsigned long line, size_t n)
{
	if (doc->pending) {
		doc->ncont++;
		return icontinue_row(doc, doc->pending, line, n);
	}
	doc->nrejected++;
	idoc_diag(doc, line, ITA_SEV_WARNING, "import.row-orphan",
	    "row continues no earlier row (its first cells are empty): not "
	    "imported");
	return 0;
}

/* A row that begins a record: the one above is complete. */
static int
new_row(struct doc *doc, unsigned long line, size_t n)
{
	if (idoc_flush(doc) == -1)
		return -1;
	switch (doc->t.kind) {
	case TK_MEASURE:
	case TK_ACTIVITY:
		return irow_measure(doc, line, n);
	case TK_INDICATOR:
		return irow_indicator(doc, line, n);
	case TK_OIT:
		return irow_oit(doc, line, n, 0);
	case TK_RESP:
		return irow_oit(doc, line, n, 1);
	case TK_SCORE:
		return irow_score(doc, line);
	default:
		return 0;
	}
}

int
idoc_row(struct doc *doc, unsigned long line, char **cells, size_t *lens,
    size_t n)
{
	size_t nonempty, nraw = n;
	int rc;

	if (doc->failed)
		return -1;
	doc->nrows++;
	while (n > 0 && lens[n - 1] == 0)	/* tabs at the end of a line */
		n--;
	if ((rc = itable_header(doc, line, cells, lens, n, &nonempty)) != 0)
		return rc < 0 ? -1 : 0;
	if (nonempty == 0) {
		doc->nblank++;
		return 0;
	}
	if (signature_row(cells, lens, n))
		return prose_row(doc, line, cells, lens, n);
	if (!doc->active)
		return loose_row(doc, line, cells, lens, n);
	if ((rc = norm_cells(doc, line, cells, lens, n)) <= 0) {
		doc->nblank += rc == 0;
		return rc;
	}
	if (doc->t.kind == TK_STREAM)
		return irow_stream(doc, line, n);
	if ((rc = idetail_row(doc, line, n)) != 0)
		rc = rc < 0 ? -1 : 0;
	/* with nothing to continue, a row with a title is a new record */
	else if (!has_key(doc) || (doc->t.kind != TK_SCORE && doc->pending &&
	    icontinuation_shape(doc)))
		rc = continuation(doc, line, n);
	else
		rc = new_row(doc, line, n);
	/* --keep-raw: the row goes with the record it began or continued */
	if (rc == 0 && doc->o->keep_raw && doc->pending)
		return keep_raw(doc, doc->pending, cells, lens, nraw);
	return rc;
}

/*
 * One table row: blank, header, outside any table, continuation or a
 * new record; its cells normalized first.
 */
#include <string.h>

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
	return e ? doc_nomem(doc) : 0;
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
			return doc_nomem(doc);
		}
	}
	doc_diag(doc, line, ITA_SEV_WARNING, "import.cells", "row has %zu cells, "
	    "its header %zu: cells %zu to %zu joined into column '%s'",
	    col + n, col + 1, col + 1, col + n, doc->t.name[col]);
	r = doc_norm(doc, line, ita_buf_str(&joined), joined.len, &doc->cell[col],
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
 */
static int
norm_row_cell(struct doc *doc, unsigned long line, size_t i, const char *s,
    size_t n)
{
	struct ita_buf raw = ITA_BUF_INIT, split = ITA_BUF_INIT;
	int f = doc->t.field[i], r;

	if ((f != ITA_COL_METHOD && f != ITA_COL_RESULT &&
	    f != ITA_COL_OUTCOME) || doc->t.kind == TK_STREAM ||
	    !has_star(s, n))
		return doc_norm(doc, line, s, n, &doc->cell[i], &doc->check[i]);
	if (ita_buf_add(&raw, s, n) == -1 ||
	    split_bullets(ita_buf_str(&raw), &split) == -1) {
		ita_buf_free(&raw);
		ita_buf_free(&split);
		return doc_nomem(doc);
	}
	r = doc_norm(doc, line, ita_buf_str(&split), split.len, &doc->cell[i],
	    &doc->check[i]);
	ita_buf_free(&raw);
	ita_buf_free(&split);
	return r;
}

/* A tab row outside any known table: a score line, or reported. */
static int
loose_row(struct doc *doc, unsigned long line, char **cells, size_t *lens,
    size_t n)
{
	struct ita_buf joined = ITA_BUF_INIT;
	size_t i;
	int r;

	for (i = 0; i < n; i++)
		if (ita_buf_add(&joined, cells[i], lens[i]) == -1 ||
		    ita_buf_addc(&joined, ' ') == -1) {
			ita_buf_free(&joined);
			return doc_nomem(doc);
		}
	r = doc_norm(doc, line, joined.p, joined.len, &doc->tmp2, NULL);
	ita_buf_free(&joined);
	if (r != 0)
		return r < 0 ? -1 : 0;
	if ((r = score_line(doc, line, ita_buf_str(&doc->tmp2))) != 0)
		return r < 0 ? -1 : 0;
	if (!doc->unknown) {
		doc_diag(doc, line, ITA_SEV_WARNING, "import.table-unknown",
		    "table not recognised: no header row names its columns "
		    "(looked for มาตรการ, กิจกรรม, ตัวชี้วัด, ข้อ/ข้อมูล, "
		    "ระยะเวลา, ผู้รับผิดชอบ, ผลการดำเนินการ)");
		doc->unknown = 1;
		doc->seen_table = doc->seen_table ? doc->seen_table : 1;
	}
	doc->nunknown++;
	doc_diag(doc, line, ITA_SEV_NOTE, "import.row-skipped",
	    "row of an unrecognised table not imported");
	return 0;
}

int
doc_row(struct doc *doc, unsigned long line, char **cells, size_t *lens,
    size_t n)
{
	int field[MAXCOLS], same;
	enum tkind hints[MAXCOLS];
	size_t hits, nonempty, i, nraw;
	int key[6], k, anykey = 0, any = 0;

	if (doc->failed)
		return -1;
	doc->nrows++;
	nraw = n;
	while (n > 0 && lens[n - 1] == 0)	/* tabs at the end of a line */
		n--;
	hits = table_match_row(doc, cells, lens, n, field, hints, &nonempty);
	if (nonempty == 0) {
		doc->nblank++;
		return 0;
	}
	/*
	 * A numbered row of the current table is data, even when its cells
	 * start with header words ("มาตรการ...", "จัดทำแล้ว").
	 */
	if (doc->active && (k = table_col(&doc->t, ITA_COL_NUMBER)) >= 0 &&
	    (size_t)k < n && has_digit(cells[k], lens[k]))
		hits = 0;
	if (doc->expect_sub) {
		int repeat = doc->expect_sub == 2;
		doc->expect_sub = 0;
		if ((doc->active || doc->t.kind != TK_NONE) &&
		    table_sub_header(doc, field, hints, n, hits, nonempty, repeat)) {
			doc->nheaders++;
			return 0;
		}
	}
	if (hits >= 2 && hits * 2 >= nonempty) {
		same = doc->t.ncols == (n < MAXCOLS ? n : MAXCOLS);
		for (i = 0; same && i < doc->t.ncols; i++)
			same = doc->t.upper[i] == field[i];
		if (same && doc->t.kind != TK_NONE) {
			doc->nheaders++;	/* repeated at a page break */
			doc->active = 1;
			doc->unknown = 0;
			doc->expect_sub = 2;
			return 0;
		}
		return table_start(doc, line, cells, lens, n, field, hints);
	}
	if (!doc->active)
		return loose_row(doc, line, cells, lens, n);
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
	for (; i < doc->t.ncols; i++) {
		ita_buf_clear(&doc->cell[i]);
		doc->check[i] = 0;
	}
	if (!any) {
		doc->nblank++;
		return 0;
	}
	if (doc->t.kind == TK_STREAM)
		return row_stream(doc, line, n);
	key[0] = table_col(&doc->t, ITA_COL_TITLE);
	key[1] = table_col(&doc->t, ITA_COL_NUMBER);
	key[2] = table_col(&doc->t, F_ACTIVITY);
	key[3] = table_col(&doc->t, ITA_COL_INDICATOR);
	key[4] = table_col(&doc->t, ITA_COL_OIT_ITEM);
	key[5] = table_col(&doc->t, ITA_COL_TOOL);
	for (k = 0; k < 6; k++)
		if (*doc_cell(doc, key[k]))
			anykey = 1;
	/* with nothing to continue, a row with a title is a new record */
	if (!anykey || (doc->t.kind != TK_SCORE && doc->pending &&
	    continuation_shape(doc))) {
		if (doc->pending) {
			doc->ncont++;
			if (continue_row(doc, doc->pending, n) == -1)
				return -1;
			return doc->o->keep_raw ? keep_raw(doc, doc->pending,
			    cells, lens, nraw) : 0;
		}
		doc->nrejected++;
		doc_diag(doc, line, ITA_SEV_WARNING, "import.row-orphan",
		    "row continues no earlier row (its first cells are "
		    "empty): not imported");
		return 0;
	}
	if (doc_flush(doc) == -1)
		return -1;
	switch (doc->t.kind) {
	case TK_MEASURE:
	case TK_ACTIVITY:
		k = row_measure(doc, line, n);
		break;
	case TK_INDICATOR:
		k = row_indicator(doc, line, n);
		break;
	case TK_OIT:
		k = row_oit(doc, line, n, 0);
		break;
	case TK_RESP:
		k = row_oit(doc, line, n, 1);
		break;
	case TK_SCORE:
		return row_score(doc, line);
	default:
		return 0;
	}
	if (k == 0 && doc->o->keep_raw && doc->pending)
		return keep_raw(doc, doc->pending, cells, lens, nraw);
	return k;
}

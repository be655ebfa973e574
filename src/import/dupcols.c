/*
 * A stream table whose header names a column twice (issue 13, item 4):
 * reported as ita-validate reports it; the first column keeps the
 * field, a later one's cells go to the note as "name: text", so no
 * value is lost and none silently wins.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "doc.h"

static void
report(struct doc *doc, unsigned long line, size_t col)
{
	idoc_diag(doc, line, ITA_SEV_ERROR, "header.duplicate", "column '%s' "
	    "appears twice in the header; the cells of column %zu go to the "
	    "note", doc->t.name[col], col + 1);
	doc->t.field[col] = F_DUPLICATE;
	itable_index(&doc->t);
}

int
itable_dups(struct doc *doc, unsigned long line)
{
	size_t first[ITA_NCOLS], i, k = 0;
	struct ita_named *v;

	for (i = 0; i < ITA_NCOLS; i++)
		first[i] = SIZE_MAX;
	if ((v = calloc(doc->t.ncols + 1, sizeof(*v))) == NULL)
		return idoc_nomem(doc);
	for (i = 0; i < doc->t.ncols; i++) {
		int f = doc->t.field[i];

		if (f >= 0 && f < ITA_NCOLS) {
			if (first[f] != SIZE_MAX)
				report(doc, line, i);
			else
				first[f] = i;
		} else if (f == -1 && *doc->t.name[i]) {
			v[k].name = doc->t.name[i];
			v[k++].col = i;
		}
	}
	ita_named_sort(v, k);
	for (i = 1; i < k; i++)
		if (strcmp(v[i].name, v[i - 1].name) == 0)
			report(doc, line, v[i].col);
	free(v);
	return 0;
}

int
istream_dups(struct doc *doc, struct ita_record *r, size_t n)
{
	struct ita_buf b = ITA_BUF_INIT;
	size_t i;
	int e = 0;

	for (i = 0; i < n && i < doc->t.ncols; i++) {
		if (doc->t.field[i] != F_DUPLICATE || doc->cell[i].len == 0)
			continue;
		ita_buf_clear(&b);
		e |= ita_buf_printf(&b, "%s: %s", doc->t.name[i],
		    ita_buf_str(&doc->cell[i]));
		e |= irec_append(r, ITA_COL_NOTE, ita_buf_str(&b));
	}
	ita_buf_free(&b);
	return e ? -1 : 0;
}

/*
 * The document model's sink: paragraphs become prose lines and table rows
 * become rows of cells for the recognition of doc.c, with merged cells laid
 * out as a text export lays them out (a cell spanning k columns, then k - 1
 * empty cells; a cell covered by the one above it, empty).
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <errno.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>

#include "doc.h"
#include "dm.h"
#include "grow.h"

void
idm_init(struct dm *m, struct doc *doc)
{
	memset(m, 0, sizeof(*m));
	m->doc = doc;
}

void
idm_free(struct dm *m)
{
	free(m->cellv);
	free(m->lenv);
	m->cellv = NULL;
	m->lenv = NULL;
	m->cap = 0;
}

void
idm_set_pos(struct dm *m, unsigned long pos)
{
	if (pos > 0)
		m->pos = pos - 1;
}

int
idm_paragraph(struct dm *m, const char *text, size_t len)
{
	const char *nl, *end;

	m->pos++;
	m->nparas++;
	if (text == NULL || len == 0)
		return idoc_line(m->doc, m->pos, "", 0);
	for (end = text + len; ; text = nl + 1) {
		if ((nl = memchr(text, '\n', (size_t)(end - text))) == NULL)
			nl = end;
		if (idoc_line(m->doc, m->pos, text, (size_t)(nl - text)) == -1)
			return -1;
		if (nl == end)
			return 0;
	}
}

int
idm_table_begin(struct dm *m)
{
	if (m->in_table++ == 0)
		m->ntables++;
	return 0;
}

int
idm_table_end(struct dm *m)
{
	if (m->in_table > 0)
		m->in_table--;
	return 0;
}

static int
dm_grow(struct dm *m, size_t want)
{
	struct ita_grow_arr a[] = {
		ITA_GROW_ARR(m->cellv), ITA_GROW_ARR(m->lenv)
	};

	return ita_grow_arrays(a, 2, &m->cap, want, 16);
}

/* The checkbox glyph at s, if any: its length; *checked says which. */
static size_t
box_glyph(const char *s, size_t n, int *checked)
{
	static const struct { const char *g; int checked; } glyphs[] = {
		{ "\xE2\x98\x91", 1 },	/* U+2611 */
		{ "\xE2\x98\x92", 1 },	/* U+2612 */
		{ "\xE2\x96\xA0", 1 },	/* U+25A0 */
		{ "\xE2\x98\x90", 0 },	/* U+2610 */
		{ "\xE2\x96\xA1", 0 },	/* U+25A1 */
	};
	size_t i;

	if (n < 3 || (unsigned char)s[0] != 0xE2)
		return 0;
	for (i = 0; i < sizeof(glyphs) / sizeof(glyphs[0]); i++)
		if (memcmp(s, glyphs[i].g, 3) == 0) {
			*checked = glyphs[i].checked;
			return 3;
		}
	return 0;
}

int
idm_boxes(const char *s, size_t n, struct ita_buf *out)
{
	const char *p;
	size_t k, g;
	int checked, any = 0;

	/* every box glyph starts with the byte E2 */
	for (p = memchr(s, 0xE2, n); p != NULL && !any;
	    p = memchr(p + 1, 0xE2, n - (size_t)(p + 1 - s)))
		if (box_glyph(p, n - (size_t)(p - s), &checked))
			any = 1;
	if (!any)
		return 0;
	ita_buf_clear(out);
	for (k = 0; k < n; k += g ? g : 1) {
		if ((g = box_glyph(s + k, n - k, &checked)) == 0) {
			if (ita_buf_addc(out, s[k]) == -1)
				return -1;
		} else if (ita_buf_adds(out, checked ?
		    "<input type=\"checkbox\" checked> " :
		    "<input type=\"checkbox\"> ") == -1)
			return -1;
	}
	return 1;
}

int
idm_row(struct dm *m, const struct dm_cell *cells, size_t n)
{
	static char empty[] = "";
	size_t i, k, out = 0;
	unsigned span;

	m->pos++;
	m->nrows++;
	for (i = 0; i < n; i++) {
		span = cells[i].colspan ? cells[i].colspan : 1;
		if (span > 1024)
			span = 1024;	/* no real table is wider */
		if (dm_grow(m, out + span) == -1)
			return idoc_nomem(m->doc);
		if (cells[i].vmerged || cells[i].text == NULL) {
			m->cellv[out] = empty;
			m->lenv[out] = 0;
		} else {
			/* idoc_row does not write through its cells */
			m->cellv[out] = (char *)(uintptr_t)cells[i].text;
			m->lenv[out] = cells[i].len;
		}
		out++;
		for (k = 1; k < span; k++, out++) {
			m->cellv[out] = empty;
			m->lenv[out] = 0;
		}
	}
	if (out == 0)
		return 0;

	return idoc_row(m->doc, m->pos, m->cellv, m->lenv, out);
}

int
idm_end(struct dm *m)
{
	return idoc_end(m->doc, m->pos);
}

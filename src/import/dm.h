/*
 * The document model: what every reader of an original (.docx, .odt,
 * .fodt, HTML, .xlsx, .ods, PDF word boxes) turns its format into, so
 * that the recognition of tables and metadata (doc.c and the files of
 * doc.h) runs once, on the same shape, whatever the format.
 *
 * A reader calls, in document order:
 *	idm_paragraph	a paragraph of prose (a heading, a list item, a line)
 *	idm_table_begin	a table starts
 *	idm_row		one row of it: cells with their spans
 *	idm_table_end	the table ends
 * Text is UTF-8 as the format holds it (not yet normalized: idoc_row and
 * idoc_line do that); a line break inside a cell or paragraph is '\n'; a
 * checkbox is written into the text as the glyph U+2611 (checked) or
 * U+2610 (unchecked), where it stands, as a text export would show it;
 * in cells these glyphs, and U+2612 U+25A0 (checked) and U+25A1
 * (unchecked), are read as the checkboxes they are (idm_boxes).  A
 * paragraph with line breaks is as many prose lines, at the same
 * position.
 *
 * Positions: every paragraph and every table row takes the next number,
 * from 1; that is the record's `line` and the line of its diagnostics
 * (ita(5)).  Readers that know better (PDF: page and line) may say so
 * with idm_set_pos before the call.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#ifndef ITA_IMPORT_DM_H
#define ITA_IMPORT_DM_H

#include <stddef.h>

#include "import.h"

struct dm_cell {
	const char	*text;	/* UTF-8, '\n' between lines; may be NULL */
	size_t		 len;
	unsigned	 colspan;	/* columns it covers, >= 1 */
	int		 vmerged;	/* 1: continues the cell above (covered) */
};

struct dm {
	struct doc	*doc;
	unsigned long	 pos;		/* the last position given out */
	int		 in_table;
	unsigned	 depth;		/* nested tables being read */
	/* counted for -v */
	unsigned long	 nparas, ntables, nrows, nskipped;
	char		 **cellv;	/* scratch for idm_row */
	size_t		 *lenv, cap;
};

void	idm_init(struct dm *, struct doc *);
void	idm_free(struct dm *);
/* All return 0, or -1 when output or memory failed (reported by doc). */
int	idm_paragraph(struct dm *, const char *text, size_t len);
int	idm_table_begin(struct dm *);
int	idm_row(struct dm *, const struct dm_cell *cells, size_t n);
int	idm_table_end(struct dm *);
/* The position the next paragraph or row gets (default: last + 1). */
void	idm_set_pos(struct dm *, unsigned long pos);
/* Ends the document (idoc_end at the last position). */
int	idm_end(struct dm *);
/*
 * Checkbox glyphs in a cell (of any reader, text exports too) as the
 * <input type="checkbox"> the normalizer reads a status from, into out:
 * 1, 0 when there is none (out untouched), -1 ENOMEM.
 */
int	idm_boxes(const char *, size_t, struct ita_buf *out);

#endif

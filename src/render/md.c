/*
 * GitHub-flavoured Markdown: a heading, lines, one pipe table per group.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include "render.h"

/* "# title", then the heading lines, hard line breaks between them. */
static int
md_heading(struct ita_buf *b, const struct rdoc *d)
{
	size_t i;
	int rc = 0;

	rc |= ita_buf_adds(b, "# ");
	rc |= resc_md(b, d->title);
	rc |= ita_buf_adds(b, d->nlines ? "\n\n" : "\n");
	for (i = 0; i < d->nlines; i++) {
		rc |= resc_md(b, d->lines[i]);
		/* Two spaces: a hard line break between heading lines. */
		rc |= ita_buf_adds(b, i + 1 < d->nlines ? "  \n" : "\n");
	}
	return rc ? -1 : 0;
}

/* One table row; an activity is indented under its measure. */
static int
md_row(struct ita_buf *b, const struct rtable *t, char *const *cells,
    int level)
{
	size_t k;
	int rc = 0;

	rc |= ita_buf_addc(b, '|');
	for (k = 0; k < t->ncols; k++) {
		rc |= ita_buf_addc(b, ' ');
		if (level && t->styles[k] == RSTYLE_TITLE)
			rc |= ita_buf_adds(b, "&emsp;");
		rc |= resc_md(b, cells[k]);
		rc |= ita_buf_adds(b, " |");
	}
	rc |= ita_buf_addc(b, '\n');
	return rc ? -1 : 0;
}

/* "## caption", the header row, the alignment row, the rows. */
static int
md_table(struct ita_buf *b, const struct rtable *t)
{
	size_t k, r;
	int rc = 0;

	rc |= ita_buf_adds(b, "\n## ");
	rc |= resc_md(b, t->caption);
	rc |= ita_buf_adds(b, "\n\n");
	rc |= md_row(b, t, t->heads, 0);
	rc |= ita_buf_addc(b, '|');
	for (k = 0; k < t->ncols; k++)
		rc |= ita_buf_adds(b, t->right[k] ? "---:|" : "---|");
	rc |= ita_buf_addc(b, '\n');
	for (r = 0; r < t->nrows; r++)
		rc |= md_row(b, t, t->cells + r * t->ncols, t->level[r]);
	return rc ? -1 : 0;
}

/* The signature block, with blanks to fill in, as in html and fodt. */
static int
md_signatures(struct ita_buf *b, const struct rdoc *d, const struct ropts *o)
{
	int i, rc = 0;

	rc |= ita_buf_addc(b, '\n');
	for (i = 0; i < 3; i++) {
		rc |= resc_md(b, rsign_label(i, o->lang));
		rc |= ita_buf_printf(b, ": %s %s (", rsign_word(o->lang),
		    RSIGN_BLANK);
		rc |= resc_md(b, d->sign[i].name ? d->sign[i].name :
		    RSIGN_BLANK);
		rc |= ita_buf_adds(b, ")");
		if (d->sign[i].position != NULL) {
			rc |= ita_buf_adds(b, " ");
			rc |= resc_md(b, d->sign[i].position);
		}
		rc |= ita_buf_adds(b, "  \n");
	}
	return rc ? -1 : 0;
}

int
render_md(struct ita_buf *b, const struct rdoc *d, const struct ropts *o,
    int seq)
{
	size_t i;
	int rc = 0;

	if (seq > 0)
		rc |= ita_buf_adds(b, "\n---\n\n");
	rc |= md_heading(b, d);
	for (i = 0; i < d->ntables; i++)
		rc |= md_table(b, &d->tables[i]);
	if (!d->no_sign)
		rc |= md_signatures(b, d, o);
	return rc ? -1 : 0;
}

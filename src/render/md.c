/* GitHub-flavoured Markdown: a heading, lines, one pipe table per group. */
#include "render.h"

int
render_md(struct ita_buf *b, const struct rdoc *d, const struct ropts *o,
    int seq)
{
	const struct rtable *t;
	size_t i, k, r;
	int rc = 0;

	if (seq > 0)
		rc |= ita_buf_adds(b, "\n---\n\n");
	rc |= ita_buf_adds(b, "# ");
	rc |= esc_md(b, d->title);
	rc |= ita_buf_adds(b, d->nlines ? "\n\n" : "\n");
	for (i = 0; i < d->nlines; i++) {
		rc |= esc_md(b, d->lines[i]);
		/* Two spaces: a hard line break between heading lines. */
		rc |= ita_buf_adds(b, i + 1 < d->nlines ? "  \n" : "\n");
	}
	for (i = 0; i < d->ntables; i++) {
		t = &d->tables[i];
		rc |= ita_buf_adds(b, "\n## ");
		rc |= esc_md(b, t->caption);
		rc |= ita_buf_adds(b, "\n\n|");
		for (k = 0; k < t->ncols; k++) {
			rc |= ita_buf_addc(b, ' ');
			rc |= esc_md(b, t->heads[k]);
			rc |= ita_buf_adds(b, " |");
		}
		rc |= ita_buf_adds(b, "\n|");
		for (k = 0; k < t->ncols; k++)
			rc |= ita_buf_adds(b, t->right[k] ? "---:|" : "---|");
		rc |= ita_buf_addc(b, '\n');
		for (r = 0; r < t->nrows; r++) {
			rc |= ita_buf_addc(b, '|');
			for (k = 0; k < t->ncols; k++) {
				rc |= ita_buf_addc(b, ' ');
				/* An activity is indented under its measure. */
				if (t->level[r] && t->styles[k] == RSTYLE_TITLE)
					rc |= ita_buf_adds(b, "&emsp;");
				rc |= esc_md(b, t->cells[r * t->ncols + k]);
				rc |= ita_buf_adds(b, " |");
			}
			rc |= ita_buf_addc(b, '\n');
		}
	}
	/* The signature block, with blanks to fill in, as in html and fodt. */
	rc |= ita_buf_addc(b, '\n');
	for (i = 0; i < 3; i++) {
		rc |= esc_md(b, rsign_label(i, o->lang));
		rc |= ita_buf_printf(b, ": %s %s (", o->lang == RLANG_TH ?
		    "(ลงชื่อ)" : "(signed)", RSIGN_BLANK);
		rc |= esc_md(b, d->sign[i].name ? d->sign[i].name :
		    RSIGN_BLANK);
		rc |= ita_buf_adds(b, ")");
		if (d->sign[i].position != NULL) {
			rc |= ita_buf_adds(b, " ");
			rc |= esc_md(b, d->sign[i].position);
		}
		rc |= ita_buf_adds(b, "  \n");
	}
	return rc ? -1 : 0;
}

/*
 * OpenDocument text: .odt (content.xml of the zip) and flat .fodt (one
 * XML file, root office:document), parsed by libxml2 without the network
 * or entity expansion.  text:p and text:h are paragraphs, text:list-item
 * a list line ("- ", or the label text:number holds), table:table a
 * table whose cells carry table:number-columns-spanned; a
 * table:covered-table-cell under a row span continues the cell above
 * (vmerged), one beside a column span is that span.  A table inside a
 * cell is lines of that cell; text:line-break breaks a line, text:tab
 * and text:s are spaces.  A form checkbox (form:checkbox of office:forms,
 * shown where a draw:control names it) is the checkbox glyph of its
 * form:current-state (else form:state), then its label, as dm.h has it.  Notes and annotations are not the report's
 * body: they are counted for -v only.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "orig.h"
#include "xtext.h"
#include "zip.h"

#define MAXROWCELLS	1024
#define MAXREPEAT	64	/* repeated rows or cells taken, at most */
#define MAXBOXES	1024	/* form checkboxes taken */

struct box {
	const char	*id;	/* form:id or xml:id, in the document */
	const char	*label;
	int		 checked;
};

struct rowbuf {
	struct dm_cell	 cells[MAXROWCELLS];
	struct xtext	 texts[MAXROWCELLS];
};

struct octx {
	struct xdoc	 d;
	unsigned long	 nnotes, nannots;
	struct box	*boxes;
	size_t		 nboxes;
};

/* The form checkboxes under n (office:forms, form:form in it). */
static void
find_boxes(struct octx *x, xmlNode *n, unsigned depth)
{
	const char *st;

	for (; n != NULL && depth < 32; n = n->next) {
		if (!ix_is(n, "checkbox")) {
			if (n->type == XML_ELEMENT_NODE)
				find_boxes(x, n->children, depth + 1);
			continue;
		}
		if (x->nboxes >= MAXBOXES || ix_attr(n, "id") == NULL)
			continue;
		if ((st = ix_attr(n, "current-state")) == NULL)
			st = ix_attr(n, "state");
		x->boxes[x->nboxes].id = ix_attr(n, "id");
		x->boxes[x->nboxes].label = ix_attr(n, "label");
		x->boxes[x->nboxes++].checked = st != NULL &&
		    strcmp(st, "checked") == 0;
	}
}

/* A draw:control: the glyph and label of the checkbox it shows. */
static void
control(struct octx *x, xmlNode *n, struct xtext *t)
{
	const char *id = ix_attr(n, "control");
	size_t i;

	for (i = 0; id != NULL && i < x->nboxes; i++)
		if (strcmp(x->boxes[i].id, id) == 0) {
			ixt_space(t);
			ixt_adds(t, x->boxes[i].checked ? GLYPH_CHECKED :
			    GLYPH_UNCHECKED);
			if (x->boxes[i].label != NULL) {
				ixt_space(t);
				ixt_add(t, x->boxes[i].label,
				    strlen(x->boxes[i].label), 1);
			}
			ixt_space(t);
			return;
		}
}

static void blocks(struct octx *, xmlNode *, struct xtext *, int list);

/* The inline content of a paragraph. */
static void
inlines(struct octx *x, xmlNode *n, struct xtext *t)
{
	if (++x->d.depth > 128) {
		x->d.depth--;
		return;
	}
	for (; n != NULL; n = n->next) {
		if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
			if (n->content != NULL)
				ixt_add(t, (const char *)n->content,
				    strlen((const char *)n->content), 1);
			continue;
		}
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (ix_is(n, "line-break"))
			ixt_break(t);
		else if (ix_is(n, "tab") || ix_is(n, "s"))
			ixt_space(t);
		else if (ix_is(n, "control"))
			control(x, n, t);
		else if (ix_is(n, "note"))
			x->nnotes++;
		else if (ix_is(n, "annotation"))
			x->nannots++;
		else if (ix_is(n, "number")) {
			inlines(x, n->children, t);
			ixt_space(t);
		} else if (ix_is(n, "annotation-end") || ix_is(n, "frame") ||
		    ix_is(n, "custom-shape") || ix_is(n, "soft-page-break") ||
		    ix_is(n, "bookmark-start") || ix_is(n, "bookmark-end"))
			continue;	/* no text of the body */
		else
			inlines(x, n->children, t);	/* span, a, fields */
	}
	x->d.depth--;
}

/* list: 1 for the first paragraph of a list item (it gets its mark). */
static void
paragraph(struct octx *x, xmlNode *p, struct xtext *t, int list)
{
	if (t != &x->d.para)
		ixt_soft(t);
	if (list && ix_child(p, "number") == NULL)
		ixt_adds(t, "- ");
	inlines(x, p->children, t);
	if (t == &x->d.para)
		ixdoc_paragraph(&x->d, 1);
}

/* The rows of a table, through header rows, row groups and rows. */
static size_t
rows_of(xmlNode *n, xmlNode **rows, size_t nrows, size_t max)
{
	for (; n != NULL; n = n->next) {
		if (ix_is(n, "table-row")) {
			if (nrows < max)
				rows[nrows] = n;
			nrows++;
		} else if (ix_is(n, "table-header-rows") ||
		    ix_is(n, "table-rows") || ix_is(n, "table-row-group"))
			nrows = rows_of(n->children, rows, nrows, max);
	}
	return nrows;
}

static int
is_cell(const xmlNode *n)
{
	return ix_is(n, "table-cell") || ix_is(n, "covered-table-cell");
}

/* A table inside a cell: its rows as lines, cells apart by a space. */
static void
nested(struct octx *x, xmlNode *tbl, struct xtext *t)
{
	xmlNode *rows[512], *c;
	struct xtext ct = { ITA_BUF_INIT, 0 };
	size_t nr, i;

	nr = rows_of(tbl->children, rows, 0, 512);
	for (i = 0; i < nr && i < 512; i++) {
		ixt_soft(t);
		for (c = rows[i]->children; c != NULL; c = c->next) {
			if (!ix_is(c, "table-cell"))
				continue;
			ixt_clear(&ct);
			blocks(x, c->children, &ct, 0);
			ixt_add_cell(t, &ct);
		}
	}
	ixt_free(&ct);
	ixt_soft(t);
}

/*
 * Row spans in force: down[c] rows still covered below the cell that
 * starts at column c, wide[c] its columns.
 */
struct spans {
	unsigned	 down[MAXROWCELLS];
	unsigned	 wide[MAXROWCELLS];
};

static int
table_row(struct octx *x, struct rowbuf *rb, struct spans *sp, xmlNode *tr)
{
	xmlNode *c;
	size_t n = 0, i, col = 0, skip = 0;
	unsigned rep, r, cs, rs;

	for (c = tr->children; c != NULL && n < MAXROWCELLS; c = c->next) {
		if (!is_cell(c))
			continue;
		rep = ix_uattr(c, "number-columns-repeated", 1, 100000);
		if (rep > MAXREPEAT)
			rep = MAXREPEAT;
		for (r = 0; r < rep && n < MAXROWCELLS; r++) {
			if (ix_is(c, "covered-table-cell")) {
				if (col < skip) {	/* under a colspan */
					col++;
					continue;
				}
				memset(&rb->cells[n], 0, sizeof(rb->cells[n]));
				rb->cells[n].vmerged = 1;
				cs = col < MAXROWCELLS && sp->down[col] > 0 ?
				    sp->wide[col] : 1;
				rb->cells[n++].colspan = cs;
				skip = col + cs;
				col++;
				continue;
			}
			cs = ix_uattr(c, "number-columns-spanned", 1, 1000);
			rs = ix_uattr(c, "number-rows-spanned", 1, 100000);
			memset(&rb->cells[n], 0, sizeof(rb->cells[n]));
			rb->cells[n].colspan = cs;
			ixt_clear(&rb->texts[n]);
			blocks(x, c->children, &rb->texts[n], 0);
			if (rb->texts[n].failed) {
				x->d.nomem = 1;
				return -1;
			}
			rb->cells[n].text = ixt_done(&rb->texts[n],
			    &rb->cells[n].len);
			n++;
			if (rs > 1 && col < MAXROWCELLS) {
				sp->down[col] = rs;
				sp->wide[col] = cs;
			}
			skip = col + cs;
			col++;
		}
	}
	for (i = 0; i < MAXROWCELLS; i++)
		if (sp->down[i] > 0)
			sp->down[i]--;
	return idm_row(&x->d.or->dm, rb->cells, n);
}

static void
table(struct octx *x, xmlNode *tbl)
{
	struct rowbuf *rb;
	struct spans *sp;
	xmlNode **rows;
	size_t nr, i;
	unsigned rep, r;

	nr = rows_of(tbl->children, NULL, 0, 0);
	rb = calloc(1, sizeof(*rb));
	sp = calloc(1, sizeof(*sp));
	rows = calloc(nr + 1, sizeof(*rows));
	if (rb == NULL || sp == NULL || rows == NULL) {
		free(rb);
		free(sp);
		free(rows);
		x->d.failed = x->d.nomem = 1;
		return;
	}
	rows_of(tbl->children, rows, 0, nr);
	if (idm_table_begin(&x->d.or->dm) == -1)
		x->d.failed = 1;
	for (i = 0; i < nr && !x->d.failed; i++) {
		rep = ix_uattr(rows[i], "number-rows-repeated", 1, 100000);
		if (rep > MAXREPEAT)
			rep = MAXREPEAT;
		for (r = 0; r < rep && !x->d.failed; r++)
			if (table_row(x, rb, sp, rows[i]) == -1)
				x->d.failed = 1;
	}
	ixdoc_table_end(&x->d, rb->texts, MAXROWCELLS);
	free(rb);
	free(sp);
	free(rows);
}

/* Block content of the body (t is the paragraph buffer) or of a cell. */
static void
blocks(struct octx *x, xmlNode *n, struct xtext *t, int list)
{
	xmlNode *k;
	int first = list;

	if (++x->d.depth > 64) {	/* tables in tables, past any real one */
		x->d.depth--;
		return;
	}
	for (; n != NULL && !x->d.failed; n = n->next) {
		if (ix_is(n, "p") || ix_is(n, "h")) {
			paragraph(x, n, t, first);
			first = 0;
		} else if (ix_is(n, "list")) {
			for (k = n->children; k != NULL; k = k->next)
				if (ix_is(k, "list-item") ||
				    ix_is(k, "list-header"))
					blocks(x, k->children, t,
					    ix_is(k, "list-item"));
		} else if (ix_is(n, "table")) {
			if (t == &x->d.para)
				table(x, n);
			else
				nested(x, n, t);
		} else if (ix_is(n, "section") || ix_is(n, "index-body") ||
		    ix_is(n, "change-end") || ix_is(n, "inserted"))
			blocks(x, n->children, t, 0);
		/* tracked changes, sequence decls, forms: nothing shown */
	}
	x->d.depth--;
}

static const char *
plural(unsigned long n)
{
	return n == 1 ? "" : "s";
}

/* The office:text of content.xml or of a flat .fodt. */
static int
read_content(struct orig *or, const char *buf, size_t len)
{
	struct octx *x;
	xmlDocPtr doc;
	xmlNode *root, *body, *text;
	int rc;

	doc = ix_parse(buf, len);
	if (doc == NULL) {
		iorig_error(or, "import.odt", "%s is not well-formed XML: not "
		    "imported", or->len >= 4 && memcmp(or->buf, "PK", 2) == 0 ?
		    "content.xml" : "the document");
		return -1;
	}
	if ((root = xmlDocGetRootElement(doc)) == NULL ||
	    (body = ix_child(root, "body")) == NULL ||
	    (text = ix_child(body, "text")) == NULL) {
		iorig_error(or, "import.odt", "not an OpenDocument text "
		    "(no office:body with office:text): not imported");
		xmlFreeDoc(doc);
		return -1;
	}
	if ((x = calloc(1, sizeof(*x))) == NULL) {
		ita_diag_sys(or->d, "%s", or->name);
		xmlFreeDoc(doc);
		return -1;
	}
	x->d.or = or;
	if ((x->boxes = calloc(MAXBOXES, sizeof(*x->boxes))) == NULL) {
		ita_diag_sys(or->d, "%s", or->name);
		free(x);
		xmlFreeDoc(doc);
		return -1;
	}
	find_boxes(x, ix_child(text, "forms"), 0);
	blocks(x, text->children, &x->d.para, 0);
	if (!x->d.failed && or->d->verbose)
		fprintf(or->d->err, "%s: not read (not the report's body): "
		    "%lu note%s, %lu annotation%s\n", or->name, x->nnotes,
		    plural(x->nnotes), x->nannots, plural(x->nannots));
	rc = ixdoc_end(&x->d);
	free(x->boxes);
	free(x);
	xmlFreeDoc(doc);
	return rc;
}

int
iread_odt(struct orig *or)
{
	struct izip *z;
	char *buf;
	size_t len;
	int rc;

	if (or->len < 4 || memcmp(or->buf, "PK\003\004", 4) != 0)
		return read_content(or, or->buf, or->len);	/* .fodt */
	if (izip_open_part(or, "content.xml", "import.odt",
	    N_("no content.xml: not an .odt document: not imported"), &z,
	    &buf, &len) == -1)
		return -1;
	rc = read_content(or, buf, len);
	free(buf);
	izip_close(z);
	return rc;
}

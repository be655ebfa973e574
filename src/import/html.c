/*
 * HTML pages (an office website's ITA page, Word's "save as web page")
 * through libxml2's HTML parser, which reads the charset the page
 * declares (TIS-620 and windows-874 through iconv), or -e's.  Blocks are
 * paragraphs, <br> a line break, <li> a list line; a <table> is rows of
 * cells with colspan and rowspan laid out on the grid; <input
 * type=checkbox> is the glyph of its state.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/HTMLparser.h>

#include "grow.h"
#include "orig.h"
#include "xtext.h"

#define MAXGRID	1024	/* columns of the rowspan grid */

static void walk(struct xdoc *, xmlNode *, struct xtext *, int pre);

static int
name_in(const xmlNode *n, const char *const *names)
{
	for (; *names != NULL; names++)
		if (strcasecmp((const char *)n->name, *names) == 0)
			return 1;
	return 0;
}

static int
is_skipped(const xmlNode *n)
{
	static const char *const skip[] = { "head", "script", "style",
	    "noscript", "template", "title", "select", "textarea", NULL };

	return name_in(n, skip);
}

static int
is_block(const xmlNode *n)
{
	static const char *const blocks[] = { "p", "div", "h1", "h2", "h3",
	    "h4", "h5", "h6", "ul", "ol", "dl", "dt", "dd", "blockquote",
	    "pre", "section", "article", "header", "footer", "nav", "main",
	    "aside", "center", "address", "form", "fieldset", "figure",
	    "figcaption", "caption", "hr", "body", "html", "legend",
	    "details", "summary", "tr", NULL };

	return name_in(n, blocks);
}

/* A break of a block: a new paragraph in the flow, a new line in a cell. */
static void
block_break(struct xdoc *h, struct xtext *t)
{
	if (t == &h->para)
		ixdoc_paragraph(h, 0);
	else
		ixt_soft(t);
}

static void
checkbox(const xmlNode *n, struct xtext *t)
{
	const char *type = ix_attr(n, "type");

	if (type == NULL || strcasecmp(type, "checkbox") != 0)
		return;
	ixt_space(t);
	ixt_adds(t, ix_attr(n, "checked") != NULL ? GLYPH_CHECKED :
	    GLYPH_UNCHECKED);
	ixt_adds(t, " ");
}

/* Counts the <li> before n in its list, for "3. ". */
static unsigned
li_number(const xmlNode *n)
{
	const xmlNode *c;
	unsigned k;

	k = ix_uattr(n->parent, "start", 1, 1000000) - 1;
	for (c = n; c != NULL; c = c->prev)
		if (c->type == XML_ELEMENT_NODE &&
		    strcasecmp((const char *)c->name, "li") == 0)
			k++;
	return k;
}

static void
list_item(struct xdoc *h, xmlNode *n, struct xtext *t, int pre)
{
	char num[24];

	block_break(h, t);
	if (n->parent != NULL && n->parent->name != NULL &&
	    strcasecmp((const char *)n->parent->name, "ol") == 0) {
		snprintf(num, sizeof(num), "%u. ", li_number(n));
		ixt_adds(t, num);
	} else
		ixt_adds(t, "- ");
	walk(h, n->children, t, pre);
	block_break(h, t);
}

/*
 * The rows of a table, in order, through thead, tbody and tfoot: all are
 * counted in *nrows, the first max stored.
 */
static void
rows_of(xmlNode *n, xmlNode **rows, size_t *nrows, size_t max)
{
	for (; n != NULL; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (strcasecmp((const char *)n->name, "tr") == 0) {
			if (*nrows < max)
				rows[*nrows] = n;
			(*nrows)++;
		} else if (strcasecmp((const char *)n->name, "thead") == 0 ||
		    strcasecmp((const char *)n->name, "tbody") == 0 ||
		    strcasecmp((const char *)n->name, "tfoot") == 0)
			rows_of(n->children, rows, nrows, max);
	}
}

static int
is_cell(const xmlNode *n)
{
	return n->type == XML_ELEMENT_NODE &&
	    (strcasecmp((const char *)n->name, "td") == 0 ||
	    strcasecmp((const char *)n->name, "th") == 0);
}

/* A table inside a cell: its rows as lines, cells apart by a space. */
static void
nested_table(struct xdoc *h, xmlNode *tbl, struct xtext *t)
{
	xmlNode *rows[1024], *c;
	size_t nr = 0, i;

	rows_of(tbl->children, rows, &nr, 1024);
	if (nr > 1024)
		nr = 1024;	/* a cell of a table is no longer */
	for (i = 0; i < nr; i++) {
		ixt_soft(t);
		for (c = rows[i]->children; c != NULL; c = c->next)
			if (is_cell(c)) {
				ixt_space(t);
				walk(h, c->children, t, 0);
			}
	}
	ixt_soft(t);
}

/* Cells of one row with the columns that rowspans above still cover. */
struct grid {
	unsigned	 left[MAXGRID];	/* rows still covered, per column */
	unsigned	 span[MAXGRID];	/* colspan of the covering cell */
	struct dm_cell	*cells;
	struct xtext	*texts;
	size_t		 ncells, cap;
};

static int
grid_push(struct grid *g, unsigned colspan, int vmerged)
{
	struct ita_grow_arr a[] = {
		ITA_GROW_ARR(g->cells), ITA_GROW_ARR(g->texts)
	};

	if (ita_grow_arrays(a, 2, &g->cap, g->ncells + 1, 16) == -1)
		return -1;
	g->cells[g->ncells].text = NULL;
	g->cells[g->ncells].len = 0;
	g->cells[g->ncells].colspan = colspan;
	g->cells[g->ncells].vmerged = vmerged;
	ixt_clear(&g->texts[g->ncells]);
	g->ncells++;
	return 0;
}

/* Covered columns from col on: pushed as merged cells. */
static int
grid_covered(struct grid *g, unsigned *col)
{
	unsigned s;

	while (*col < MAXGRID && g->left[*col] > 0) {
		g->left[*col]--;
		s = g->span[*col];
		if (grid_push(g, s, 1) == -1)
			return -1;
		*col += s;
	}
	return 0;
}

static int
html_row(struct xdoc *h, struct grid *g, xmlNode *tr)
{
	xmlNode *c;
	unsigned col = 0, cs, rs, k, hi;
	size_t i;

	g->ncells = 0;
	for (c = tr->children; c != NULL; c = c->next) {
		if (!is_cell(c))
			continue;
		if (grid_covered(g, &col) == -1)
			goto nomem;
		cs = ix_uattr(c, "colspan", 1, 1000);
		rs = ix_uattr(c, "rowspan", 1, 10000);
		if (grid_push(g, cs, 0) == -1)
			goto nomem;
		walk(h, c->children, &g->texts[g->ncells - 1], 0);
		for (k = 0; k < cs && col + k < MAXGRID; k++)
			g->left[col + k] = 0;
		if (col < MAXGRID) {
			g->left[col] = rs - 1;
			g->span[col] = cs;
		}
		col += cs;
	}
	/* Past the last cell: empty cells up to the columns still covered. */
	for (hi = MAXGRID; hi > col && g->left[hi - 1] == 0; hi--)
		;
	while (col < hi) {
		if (g->left[col] > 0) {
			if (grid_covered(g, &col) == -1)
				goto nomem;
		} else {
			if (grid_push(g, 1, 0) == -1)
				goto nomem;
			col++;
		}
	}
	for (i = 0; i < g->ncells; i++) {
		if (g->texts[i].failed)
			goto nomem;
		if (!g->cells[i].vmerged)
			g->cells[i].text = ixt_done(&g->texts[i],
			    &g->cells[i].len);
	}
	return idm_row(&h->or->dm, g->cells, g->ncells);
nomem:
	h->nomem = 1;
	return -1;
}

static void
table(struct xdoc *h, xmlNode *tbl)
{
	xmlNode **rows;
	struct grid *g;
	size_t nr = 0, i;

	ixdoc_paragraph(h, 0);
	rows_of(tbl->children, NULL, &nr, 0);
	if ((g = calloc(1, sizeof(*g))) == NULL || (rows = calloc(nr + 1,
	    sizeof(*rows))) == NULL) {
		free(g);
		h->failed = h->nomem = 1;
		return;
	}
	i = nr;
	nr = 0;
	rows_of(tbl->children, rows, &nr, i);
	if (idm_table_begin(&h->or->dm) == -1)
		h->failed = 1;
	for (i = 0; i < nr && !h->failed; i++)
		if (html_row(h, g, rows[i]) == -1)
			h->failed = 1;
	if (idm_table_end(&h->or->dm) == -1)
		h->failed = 1;
	for (i = 0; i < g->cap; i++)
		ixt_free(&g->texts[i]);
	free(g->texts);
	free(g->cells);
	free(g);
	free(rows);
}

static void
element(struct xdoc *h, xmlNode *n, struct xtext *t, int pre)
{
	const char *nm = (const char *)n->name;

	if (is_skipped(n))
		return;
	if (strcasecmp(nm, "table") == 0) {
		if (t == &h->para)
			table(h, n);
		else
			nested_table(h, n, t);
	} else if (strcasecmp(nm, "br") == 0)
		ixt_break(t);
	else if (strcasecmp(nm, "input") == 0)
		checkbox(n, t);
	else if (strcasecmp(nm, "li") == 0)
		list_item(h, n, t, pre);
	else if (strcasecmp(nm, "td") == 0 || strcasecmp(nm, "th") == 0) {
		ixt_space(t);	/* a cell out of its row */
		walk(h, n->children, t, pre);
	} else if (is_block(n)) {
		block_break(h, t);
		walk(h, n->children, t, pre || strcasecmp(nm, "pre") == 0);
		block_break(h, t);
	} else
		walk(h, n->children, t, pre);
}

static void
walk(struct xdoc *h, xmlNode *n, struct xtext *t, int pre)
{
	if (++h->depth > 256) {	/* the parser nests no deeper either */
		h->depth--;
		return;
	}
	for (; n != NULL && !h->failed; n = n->next) {
		if (n->type == XML_ELEMENT_NODE)
			element(h, n, t, pre);
		else if (n->type == XML_TEXT_NODE ||
		    n->type == XML_CDATA_SECTION_NODE) {
			if (n->content != NULL)
				ixt_add(t, (const char *)n->content,
				    strlen((const char *)n->content), !pre);
		}
	}
	h->depth--;
}

int
iread_html(struct orig *or)
{
	struct xdoc h;
	htmlDocPtr doc;
	int rc;

	if (or->len > (size_t)0x7fffffff)
		return -1;
	doc = htmlReadMemory(or->buf, (int)or->len, NULL, or->o->encoding,
	    HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
	    HTML_PARSE_NONET | HTML_PARSE_NOBLANKS);
	if (doc == NULL || xmlDocGetRootElement(doc) == NULL) {
		iorig_error(or, "import.html", "not an HTML page that can be "
		    "read: not imported");
		if (doc != NULL)
			xmlFreeDoc(doc);
		return -1;
	}
	memset(&h, 0, sizeof(h));
	h.or = or;
	walk(&h, xmlDocGetRootElement(doc), &h.para, 0);
	ixdoc_paragraph(&h, 0);
	rc = ixdoc_end(&h);
	xmlFreeDoc(doc);
	return rc;
}

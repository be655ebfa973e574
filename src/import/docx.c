/*
 * Word .docx (WordprocessingML): word/document.xml of the zip, parsed by
 * libxml2 without the network or entity expansion.  w:p is a paragraph
 * (a list line when w:numPr numbers it, with the number or "-" that Word
 * shows), w:tbl a table whose w:tc cells carry w:gridSpan and w:vMerge,
 * a table inside a cell is lines of that cell, w:br a line break.  The
 * three checkbox forms become glyphs: glyphs in the text (and the
 * Wingdings w:sym ones), legacy FORMCHECKBOX fields (w:ffData), and
 * w14:checkbox content controls.  Headers, footers and notes are not the
 * report's body: they are counted for -v only.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "i18n.h"
#include "orig.h"
#include "xtext.h"
#include "zip.h"

#define NLEVELS		9
#define MAXNUMS		512
#define MAXFIELDS	32	/* nested fields followed */

struct lvl {
	char		 fmt[24];	/* w:numFmt: decimal, bullet, ... */
	char		 text[48];	/* w:lvlText: "%1." */
	int		 start;
};

struct num {
	int		 id;		/* w:numId */
	int		 abs;		/* its w:abstractNumId */
	int		 count[NLEVELS];
	int		 started[NLEVELS];
};

struct absnum {
	int		 id;
	struct lvl	 lvl[NLEVELS];
};

struct dctx {
	struct xdoc	 d;
	/* fields: 1 while in the code part (begin .. separate) */
	int		 fld[MAXFIELDS];
	int		 nfld;
	struct num	 nums[MAXNUMS];
	size_t		 nnums;
	struct absnum	*abs;
	size_t		 nabs;
};

static void blocks(struct dctx *, xmlNode *, struct xtext *);

static int
is_on(const char *v)
{
	/* An OOXML boolean: absent value is true. */
	return v == NULL || strcmp(v, "1") == 0 || strcmp(v, "true") == 0 ||
	    strcmp(v, "on") == 0;
}

static const char *
val(const xmlNode *n)
{
	return ix_attr(n, "val");
}

/* A w:sym of the Wingdings fonts that is a box. */
static void
sym(const xmlNode *n, struct xtext *t)
{
	const char *font = ix_attr(n, "font"), *ch = ix_attr(n, "char");
	unsigned long c;

	if (font == NULL || ch == NULL || strncasecmp(font, "Wingdings", 9))
		return;
	c = strtoul(ch, NULL, 16) & 0xFF;
	if (strcasecmp(font, "Wingdings") == 0) {
		if (c == 0xFE || c == 0xFD || c == 0x78 || c == 0x6E)
			ixt_adds(t, GLYPH_CHECKED);
		else if (c == 0xA8 || c == 0x6F || c == 0x71)
			ixt_adds(t, GLYPH_UNCHECKED);
	} else if (strcasecmp(font, "Wingdings 2") == 0) {
		if (c == 0x52 || c == 0x54 || c == 0x51 || c == 0x4F)
			ixt_adds(t, GLYPH_CHECKED);
		else if (c == 0xA3 || c == 0x2A || c == 0xA2)
			ixt_adds(t, GLYPH_UNCHECKED);
	}
}

/* A legacy form field's checkbox in w:fldChar's w:ffData: 1, 0, -1. */
static int
ff_checkbox(const xmlNode *fc)
{
	xmlNode *ff, *cb, *c;
	int state = 0;

	if ((ff = ix_child(fc, "ffData")) == NULL ||
	    (cb = ix_child(ff, "checkBox")) == NULL)
		return -1;
	if ((c = ix_child(cb, "default")) != NULL)
		state = is_on(val(c));
	if ((c = ix_child(cb, "checked")) != NULL)
		state = is_on(val(c));
	return state;
}

static void
fldchar(struct dctx *x, const xmlNode *n, struct xtext *t)
{
	const char *type = ix_attr(n, "fldCharType");
	int cb;

	if (type == NULL)
		return;
	if (strcmp(type, "begin") == 0) {
		if ((cb = ff_checkbox(n)) >= 0) {
			ixt_space(t);
			ixt_adds(t, cb ? GLYPH_CHECKED : GLYPH_UNCHECKED);
			ixt_adds(t, " ");
		}
		if (x->nfld < MAXFIELDS)
			x->fld[x->nfld] = 1;
		x->nfld++;
	} else if (strcmp(type, "separate") == 0) {
		if (x->nfld > 0 && x->nfld <= MAXFIELDS)
			x->fld[x->nfld - 1] = 0;
	} else if (strcmp(type, "end") == 0 && x->nfld > 0)
		x->nfld--;
}

/* In the code part of a field: its text is not shown. */
static int
in_code(const struct dctx *x)
{
	int i;

	for (i = 0; i < x->nfld && i < MAXFIELDS; i++)
		if (x->fld[i])
			return 1;
	return 0;
}

/* A content control: a w14:checkbox gives its glyph, others their text. */
static void runs(struct dctx *, xmlNode *, struct xtext *);

static int
sdt_checkbox(const xmlNode *sdt)
{
	xmlNode *pr, *cb, *c;

	if ((pr = ix_child(sdt, "sdtPr")) == NULL ||
	    (cb = ix_child(pr, "checkbox")) == NULL)
		return -1;
	c = ix_child(cb, "checked");
	return c != NULL && val(c) != NULL && is_on(val(c));
}

static void
run_child(struct dctx *x, xmlNode *c, struct xtext *t)
{
	const char *nm = (const char *)c->name;
	const char *type;

	if (strcmp(nm, "t") == 0) {
		if (!in_code(x) && c->children != NULL &&
		    c->children->content != NULL)
			ixt_add(t, (const char *)c->children->content,
			    strlen((const char *)c->children->content), 0);
	} else if (strcmp(nm, "tab") == 0 || strcmp(nm, "ptab") == 0)
		ixt_space(t);
	else if (strcmp(nm, "br") == 0 || strcmp(nm, "cr") == 0) {
		type = ix_attr(c, "type");
		if (type != NULL && strcmp(type, "page") == 0)
			ixt_space(t);
		else
			ixt_break(t);
	} else if (strcmp(nm, "noBreakHyphen") == 0)
		ixt_adds(t, "-");
	else if (strcmp(nm, "sym") == 0)
		sym(c, t);
	else if (strcmp(nm, "fldChar") == 0)
		fldchar(x, c, t);
}

/* The runs of a paragraph, through the elements that wrap runs. */
static void
runs(struct dctx *x, xmlNode *n, struct xtext *t)
{
	xmlNode *c, *k;
	const char *nm;
	int cb;

	if (++x->d.depth > 128) {
		x->d.depth--;
		return;
	}
	for (; n != NULL; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		nm = (const char *)n->name;
		if (strcmp(nm, "r") == 0) {
			for (c = n->children; c != NULL; c = c->next)
				if (c->type == XML_ELEMENT_NODE)
					run_child(x, c, t);
		} else if (strcmp(nm, "sdt") == 0) {
			if ((cb = sdt_checkbox(n)) >= 0) {
				ixt_space(t);
				ixt_adds(t, cb ? GLYPH_CHECKED : GLYPH_UNCHECKED);
				ixt_adds(t, " ");
			} else if ((k = ix_child(n, "sdtContent")) != NULL)
				runs(x, k->children, t);
		} else if (strcmp(nm, "hyperlink") == 0 ||
		    strcmp(nm, "smartTag") == 0 || strcmp(nm, "ins") == 0 ||
		    strcmp(nm, "customXml") == 0 ||
		    strcmp(nm, "fldSimple") == 0 || strcmp(nm, "bdo") == 0 ||
		    strcmp(nm, "dir") == 0 || strcmp(nm, "moveTo") == 0)
			runs(x, n->children, t);
		/* w:del, w:moveFrom, w:pPr, w:proofErr ...: nothing shown */
	}
	x->d.depth--;
}

/* ---- numbering (word/numbering.xml) ---- */

static void
load_levels(struct absnum *a, xmlNode *an)
{
	xmlNode *l, *c;
	unsigned il;
	const char *v;

	for (l = an->children; l != NULL; l = l->next) {
		if (!ix_is(l, "lvl") || (v = ix_attr(l, "ilvl")) == NULL)
			continue;
		if ((il = (unsigned)atoi(v)) >= NLEVELS)
			continue;
		a->lvl[il].start = 1;
		if ((c = ix_child(l, "start")) != NULL && val(c) != NULL)
			a->lvl[il].start = atoi(val(c));
		if ((c = ix_child(l, "numFmt")) != NULL && val(c) != NULL)
			snprintf(a->lvl[il].fmt, sizeof(a->lvl[il].fmt), "%s",
			    val(c));
		if ((c = ix_child(l, "lvlText")) != NULL && val(c) != NULL)
			snprintf(a->lvl[il].text, sizeof(a->lvl[il].text), "%s",
			    val(c));
	}
}

static void
load_numbering(struct dctx *x, struct izip *z)
{
	xmlDocPtr doc;
	xmlNode *root, *n, *c;
	char *buf;
	size_t len, cap = 0;
	struct absnum *na;

	if (izip_read(z, "word/numbering.xml", &buf, &len) != 1)
		return;
	doc = ix_parse(buf, len);
	free(buf);
	if (doc == NULL)
		return;		/* lists lose their numbers, nothing else */
	root = xmlDocGetRootElement(doc);
	for (n = root ? root->children : NULL; n != NULL; n = n->next) {
		if (ix_is(n, "abstractNum") && x->nabs < MAXNUMS) {
			if ((na = ita_grow(x->abs, x->nabs, &cap,
			    sizeof(*na), 16)) == NULL)
				break;
			x->abs = na;
			memset(&x->abs[x->nabs], 0, sizeof(x->abs[0]));
			x->abs[x->nabs].id = atoi(ix_attr(n, "abstractNumId") ?
			    ix_attr(n, "abstractNumId") : "-1");
			load_levels(&x->abs[x->nabs++], n);
		} else if (ix_is(n, "num") && x->nnums < MAXNUMS &&
		    ix_attr(n, "numId") != NULL) {
			memset(&x->nums[x->nnums], 0, sizeof(x->nums[0]));
			x->nums[x->nnums].id = atoi(ix_attr(n, "numId"));
			c = ix_child(n, "abstractNumId");
			x->nums[x->nnums].abs = c && val(c) ? atoi(val(c)) : -1;
			x->nnums++;
		}
	}
	xmlFreeDoc(doc);
}

static const struct lvl *
idocx_level_of(const struct dctx *x, const struct num *nm, unsigned il)
{
	size_t i;

	for (i = 0; i < x->nabs; i++)
		if (x->abs[i].id == nm->abs)
			return &x->abs[i].lvl[il];
	return NULL;
}

/* One counter in the format of its level. */
static void
counter(struct xtext *t, const char *fmt, int k)
{
	static const char *const thai[] = { "ก", "ข", "ค", "ง", "จ", "ฉ",
	    "ช", "ซ", "ฌ", "ญ", "ฎ", "ฏ", "ฐ", "ฑ", "ฒ", "ณ", "ด", "ต", "ถ",
	    "ท", "ธ", "น", "บ", "ป", "ผ", "ฝ", "พ", "ฟ", "ภ", "ม", "ย", "ร",
	    "ล", "ว", "ศ", "ษ", "ส", "ห", "ฬ", "อ", "ฮ" };
	char s[24];

	if (k < 1)
		k = 1;
	if (strcmp(fmt, "lowerLetter") == 0 || strcmp(fmt, "upperLetter") ==
	    0) {
		s[0] = (char)((fmt[0] == 'l' ? 'a' : 'A') + (k - 1) % 26);
		s[1] = '\0';
	} else if (strncmp(fmt, "thaiLetters", 11) == 0)
		snprintf(s, sizeof(s), "%s", thai[(k - 1) % 41]);
	else
		snprintf(s, sizeof(s), "%d", k);
	ixt_adds(t, s);
}

/* The number or bullet Word shows before a w:numPr paragraph. */
static void
list_prefix(struct dctx *x, const xmlNode *ppr, struct xtext *t)
{
	xmlNode *np, *c;
	struct num *nm = NULL;
	const struct lvl *lv, *l2;
	const char *p;
	unsigned il = 0, k;
	size_t i;
	int id;

	if (ppr == NULL || (np = ix_child(ppr, "numPr")) == NULL)
		return;
	if ((c = ix_child(np, "ilvl")) != NULL && val(c) != NULL)
		il = (unsigned)atoi(val(c));
	if (il >= NLEVELS)
		il = NLEVELS - 1;
	if ((c = ix_child(np, "numId")) == NULL || val(c) == NULL ||
	    (id = atoi(val(c))) == 0)
		return;		/* numId 0: numbering removed */
	for (i = 0; i < x->nnums; i++)
		if (x->nums[i].id == id)
			nm = &x->nums[i];
	if (nm == NULL || (lv = idocx_level_of(x, nm, il)) == NULL ||
	    lv->fmt[0] == '\0' || strcmp(lv->fmt, "bullet") == 0 ||
	    strcmp(lv->fmt, "none") == 0) {
		ixt_adds(t, "- ");
		return;
	}
	nm->count[il] = nm->started[il] ? nm->count[il] + 1 : lv->start;
	nm->started[il] = 1;
	for (k = il + 1; k < NLEVELS; k++)
		nm->started[k] = 0;
	for (p = lv->text; *p != '\0'; p++) {
		if (*p == '%' && p[1] >= '1' && p[1] <= '9') {
			k = (unsigned)(p[1] - '1');
			l2 = idocx_level_of(x, nm, k);
			counter(t, l2 ? l2->fmt : "decimal", k <= il &&
			    nm->started[k] ? nm->count[k] : 1);
			p++;
		} else
			ixt_add(t, p, 1, 0);
	}
	ixt_adds(t, " ");
}

/* ---- paragraphs and tables ---- */

static void
paragraph(struct dctx *x, xmlNode *p, struct xtext *t)
{
	x->nfld = 0;
	if (t != &x->d.para)
		ixt_soft(t);
	list_prefix(x, ix_child(p, "pPr"), t);
	runs(x, p->children, t);
	if (t == &x->d.para)
		ixdoc_paragraph(&x->d, 1);
}

/*
 * The elements of that name (w:tr, w:tc) among n and its siblings,
 * through content controls and custom XML: how many, the first max of
 * them in v.
 */
static size_t
elems_of(xmlNode *n, const char *name, xmlNode **v, size_t nv, size_t max)
{
	xmlNode *k;

	for (; n != NULL; n = n->next) {
		if (ix_is(n, name)) {
			if (nv < max)
				v[nv] = n;
			nv++;
		} else if (ix_is(n, "sdt") && (k = ix_child(n, "sdtContent")))
			nv = elems_of(k->children, name, v, nv, max);
		else if (ix_is(n, "customXml"))
			nv = elems_of(n->children, name, v, nv, max);
	}
	return nv;
}

/* A table inside a cell: its rows as lines, cells apart by a space. */
static void
nested(struct dctx *x, xmlNode *tbl, struct xtext *t)
{
	xmlNode *rows[512], *cells[256];
	struct xtext c = { ITA_BUF_INIT, 0 };
	size_t nr, nc, i, j;

	nr = elems_of(tbl->children, "tr", rows, 0, 512);
	for (i = 0; i < nr && i < 512; i++) {
		ixt_soft(t);
		nc = elems_of(rows[i]->children, "tc", cells, 0, 256);
		for (j = 0; j < nc && j < 256; j++) {
			ixt_clear(&c);
			blocks(x, cells[j]->children, &c);
			ixt_add_cell(t, &c);
		}
	}
	ixt_free(&c);
	ixt_soft(t);
}

#define MAXROWCELLS 1024

struct rowbuf {
	struct dm_cell	 cells[MAXROWCELLS];
	struct xtext	 texts[MAXROWCELLS];
	xmlNode		*tcs[MAXROWCELLS];
};

static int
table_row(struct dctx *x, struct rowbuf *rb, xmlNode *tr)
{
	xmlNode *pr, *c, *vm;
	size_t n = 0, nc, i;
	const char *v;

	if ((pr = ix_child(tr, "trPr")) != NULL &&
	    (c = ix_child(pr, "gridBefore")) != NULL) {
		memset(&rb->cells[n], 0, sizeof(rb->cells[n]));
		rb->cells[n].colspan = ix_uattr(c, "val", 1, 64);
		ixt_clear(&rb->texts[n]);
		n++;
	}
	nc = elems_of(tr->children, "tc", rb->tcs, 0, MAXROWCELLS - 1);
	for (i = 0; i < nc && n < MAXROWCELLS; i++, n++) {
		memset(&rb->cells[n], 0, sizeof(rb->cells[n]));
		rb->cells[n].colspan = 1;
		ixt_clear(&rb->texts[n]);
		if ((pr = ix_child(rb->tcs[i], "tcPr")) != NULL) {
			if ((c = ix_child(pr, "gridSpan")) != NULL)
				rb->cells[n].colspan = ix_uattr(c, "val", 1,
				    1000);
			if ((vm = ix_child(pr, "vMerge")) != NULL &&
			    ((v = val(vm)) == NULL || strcmp(v, "restart")))
				rb->cells[n].vmerged = 1;
		}
		if (!rb->cells[n].vmerged)
			blocks(x, rb->tcs[i]->children, &rb->texts[n]);
	}
	for (i = 0; i < n; i++) {
		if (rb->texts[i].failed) {
			x->d.nomem = 1;
			return -1;
		}
		if (!rb->cells[i].vmerged)
			rb->cells[i].text = ixt_done(&rb->texts[i],
			    &rb->cells[i].len);
	}
	return idm_row(&x->d.or->dm, rb->cells, n);
}

static void
table(struct dctx *x, xmlNode *tbl)
{
	struct rowbuf *rb;
	xmlNode **rows;
	size_t nr, i;

	nr = elems_of(tbl->children, "tr", NULL, 0, 0);
	if ((rb = calloc(1, sizeof(*rb))) == NULL ||
	    (rows = calloc(nr + 1, sizeof(*rows))) == NULL) {
		free(rb);
		x->d.failed = x->d.nomem = 1;
		return;
	}
	elems_of(tbl->children, "tr", rows, 0, nr);
	if (idm_table_begin(&x->d.or->dm) == -1)
		x->d.failed = 1;
	for (i = 0; i < nr && !x->d.failed; i++)
		if (table_row(x, rb, rows[i]) == -1)
			x->d.failed = 1;
	ixdoc_table_end(&x->d, rb->texts, MAXROWCELLS);
	free(rb);
	free(rows);
}

/* Block content: of the body (t is the paragraph buffer) or of a cell. */
static void
blocks(struct dctx *x, xmlNode *n, struct xtext *t)
{
	xmlNode *k;

	if (++x->d.depth > 64) {	/* tables in tables, past any real one */
		x->d.depth--;
		return;
	}
	for (; n != NULL && !x->d.failed; n = n->next) {
		if (ix_is(n, "p"))
			paragraph(x, n, t);
		else if (ix_is(n, "tbl")) {
			if (t == &x->d.para)
				table(x, n);
			else
				nested(x, n, t);
		} else if (ix_is(n, "sdt") && (k = ix_child(n, "sdtContent")))
			blocks(x, k->children, t);
		else if (ix_is(n, "customXml"))
			blocks(x, n->children, t);
	}
	x->d.depth--;
}

static const char *
plural(unsigned long n)
{
	return n == 1 ? "" : "s";
}

/* Footnotes and endnotes proper (not the separators Word keeps there). */
static unsigned long
count_notes(struct izip *z, const char *entry, const char *elem)
{
	xmlDocPtr doc;
	xmlNode *root, *n;
	char *buf;
	size_t len;
	unsigned long c = 0;

	if (izip_read(z, entry, &buf, &len) != 1)
		return 0;
	doc = ix_parse(buf, len);
	free(buf);
	if (doc == NULL)
		return 0;
	root = xmlDocGetRootElement(doc);
	for (n = root ? root->children : NULL; n != NULL; n = n->next)
		if (ix_is(n, elem) && ix_attr(n, "type") == NULL)
			c++;
	xmlFreeDoc(doc);
	return c;
}

static void
verbose_parts(struct orig *or, struct izip *z)
{
	unsigned long h, f, fn, en;

	if (!or->d->verbose)
		return;
	h = izip_count(z, "word/header", ".xml");
	f = izip_count(z, "word/footer", ".xml");
	fn = count_notes(z, "word/footnotes.xml", "footnote");
	en = count_notes(z, "word/endnotes.xml", "endnote");
	fprintf(or->d->err, "%s: not read (not the report's body): %lu "
	    "header%s, %lu footer%s, %lu footnote%s, %lu endnote%s\n",
	    or->name, h, plural(h), f, plural(f), fn, plural(fn), en,
	    plural(en));
}

int
iread_docx(struct orig *or)
{
	struct dctx *x;
	struct izip *z;
	xmlDocPtr doc;
	xmlNode *root, *body;
	char *buf;
	size_t len;
	int rc;

	if (izip_open_part(or, "word/document.xml", "import.docx",
	    N_("no word/document.xml: not a .docx document: not imported"),
	    &z, &buf, &len) == -1)
		return -1;
	doc = ix_parse(buf, len);
	free(buf);
	if (doc == NULL || (root = xmlDocGetRootElement(doc)) == NULL ||
	    (body = ix_child(root, "body")) == NULL) {
		iorig_error(or, "import.docx", "word/document.xml is not "
		    "WordprocessingML: not imported");
		xmlFreeDoc(doc);
		izip_close(z);
		return -1;
	}
	if ((x = calloc(1, sizeof(*x))) == NULL) {
		ita_diag_sys(or->d, "%s", or->name);
		xmlFreeDoc(doc);
		izip_close(z);
		return -1;
	}
	x->d.or = or;
	load_numbering(x, z);
	blocks(x, body->children, &x->d.para);
	if (!x->d.failed)
		verbose_parts(or, z);
	rc = ixdoc_end(&x->d);
	free(x->abs);
	free(x);
	xmlFreeDoc(doc);
	izip_close(z);
	return rc;
}

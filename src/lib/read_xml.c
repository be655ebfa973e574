/*
 * XML through libxml2's push parser and SAX2 callbacks: no tree is
 * built. What the callbacks find (a header, a record's elements, the
 * failure that ends the file) is queued in document order and handed out
 * one at a time, so that a record's diagnostics come when it is taken;
 * the queue holds what one chunk of input gives. DOCTYPE is refused
 * where it starts, entities never load, the network is off.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>

#include "buf.h"
#include "grow.h"
#include "parse.h"
#include "read.h"

#define XML_CHUNK	65536
#define XML_NCOLS	64
#define XML_FIELD	(-2)	/* <field name="..."> */

/* An element under <record> or <columns>, as the parser gave it. */
struct xml_kid {
	const xmlChar	*name;		/* in the parser's dictionary */
	char		*attr;		/* name= of <field>, or NULL */
	char		*text;		/* its text, NULL when empty */
	unsigned long	 line;
};

/* A whole <columns> or <record>. */
struct xml_event {
	int		 columns;
	unsigned long	 line;
	struct xml_kid	*kids;
	size_t		 nkids, kcap;
};

struct ita_xml {
	xmlParserCtxtPtr ctxt;
	int		 depth;		/* elements open */
	int		 building;	/* ev[nev] is open */
	int		 seen_columns;
	int		 eof;		/* the end was given to the parser */
	int		 nomem;
	size_t		 run;		/* bytes of the text run (see xml_chars) */
	struct ita_buf	 text;		/* the open kid's text */
	struct xml_event *ev;		/* [head, nev) whole, not yet taken */
	size_t		 head, nev, evcap;

	/* The failure that ends the file: after every queued event. */
	int		 failed, reported;
	const char	*fail_rule;	/* NULL: libxml2's message */
	unsigned long	 fail_line;
	char		 fail_msg[512];

	/*
	 * The column of each element name under the current header, by the
	 * name's address (the dictionary keeps one copy of each name): no
	 * string compare per element.
	 */
	struct {
		const void	*name;
		int		 col;
	}		 cols[XML_NCOLS];
};

static unsigned long
xml_line(struct ita_xml *x)
{
	int n = xmlSAX2GetLineNumber(x->ctxt);

	return n > 0 ? (unsigned long)n : 0;
}

static void
xml_kids_free(struct xml_event *e)
{
	size_t j;

	for (j = 0; j < e->nkids; j++) {
		free(e->kids[j].attr);
		free(e->kids[j].text);
		e->kids[j].attr = e->kids[j].text = NULL;
	}
	e->nkids = 0;
}

/* Ends the file at this point: what is queued is still handed out. */
static void
xml_fail(struct ita_xml *x, const char *rule, unsigned long line,
    const char *msg)
{
	struct xml_event *e;

	if (x->failed)
		return;
	x->failed = 1;
	x->fail_rule = rule;
	x->fail_line = line;
	snprintf(x->fail_msg, sizeof(x->fail_msg), "%s", msg);
	if (x->building) {
		/* and the name= of the kid being read, if any (or NULL) */
		e = &x->ev[x->nev];
		if (e->nkids < e->kcap) {
			free(e->kids[e->nkids].attr);
			e->kids[e->nkids].attr = NULL;
		}
		xml_kids_free(e);
		x->building = 0;
	}
}

/* From a SAX callback: libxml2 parses no further. */
static void
xml_stop(struct ita_xml *x, const char *rule, const char *msg)
{
	xml_fail(x, rule, xml_line(x), msg);
	xmlStopParser(x->ctxt);
}

static void
xml_nomem(struct ita_xml *x)
{
	x->nomem = 1;
	xml_stop(x, "xml.syntax", "out of memory");
}

/*
 * libxml2's message, on one line: its inner line breaks become "; " and
 * the one at its end goes.
 */
static void
xml_error_cb(void *ctx, xmlErrorPtr e)
{
	struct ita_xml *x = ctx;
	const char *s;
	char msg[sizeof(x->fail_msg)];
	size_t n = 0;

	if (e == NULL || e->level < XML_ERR_ERROR || x->failed)
		return;
	for (s = e->message ? e->message : "error"; *s != '\0' &&
	    n + 3 < sizeof(msg); s++) {
		if (*s != '\n' && *s != '\r')
			msg[n++] = *s;
		else if (s[1] != '\0' && s[1] != '\n' && s[1] != '\r') {
			msg[n++] = ';';
			msg[n++] = ' ';
		}
	}
	while (n > 0 && msg[n - 1] == ' ')
		n--;
	msg[n] = '\0';
	xml_fail(x, NULL, e->line > 0 ? (unsigned long)e->line : 0, msg);
}

/*
 * An attribute's value as the tree would hold it: without entity
 * substitution libxml2 hands '&' over as "&#38;" (and every other
 * reference already replaced).
 */
static char *
xml_attr_value(const xmlChar *v, const xmlChar *end)
{
	size_t n = (size_t)(end - v), i, j;
	char *s;

	if ((s = malloc(n + 1)) == NULL)
		return NULL;
	for (i = j = 0; i < n; j++) {
		if (n - i >= 5 && memcmp(v + i, "&#38;", 5) == 0) {
			s[j] = '&';
			i += 5;
		} else
			s[j] = (char)v[i++];
	}
	s[j] = '\0';
	return s;
}

/* The value of attribute name (the first of that local name), or NULL. */
static const xmlChar **
xml_find_attr(int nattr, const xmlChar **attrs, const char *name, int nons)
{
	int i;

	for (i = 0; i < nattr; i++, attrs += 5)
		if (strcmp((const char *)attrs[0], name) == 0 &&
		    (!nons || attrs[2] == NULL))
			return attrs;
	return NULL;
}

/* The root must be <ita> in our namespace, of a version we read. */
static void
xml_root(struct ita_xml *x, const xmlChar *name, const xmlChar *uri,
    int nattr, const xmlChar **attrs)
{
	const xmlChar **a;
	char *ver;
	char msg[160];
	long major;

	if (strcmp((const char *)name, "ita") != 0 || uri == NULL ||
	    strcmp((const char *)uri, ITA_XML_NS) != 0) {
		xml_stop(x, "xml.structure", "the root element is not "
		    "<ita xmlns=\"" ITA_XML_NS "\">");
		return;
	}
	if ((a = xml_find_attr(nattr, attrs, "version", 1)) == NULL)
		return;
	if ((ver = xml_attr_value(a[3], a[4])) == NULL) {
		xml_nomem(x);
		return;
	}
	if (ita_parse_long(ver, 0, 1000000, &major) == 0 &&
	    major > ITA_STREAM_MAJOR) {
		snprintf(msg, sizeof(msg), "stream version %ld is newer than "
		    "this ita-tools reads (%d); upgrade ita-tools", major,
		    ITA_STREAM_MAJOR);
		xml_stop(x, "stream.version", msg);
	}
	free(ver);
}

/* A child of the root: <columns> or <record>, queued when it ends. */
static void
xml_child(struct ita_xml *x, const xmlChar *name)
{
	struct ita_grow_arr g[] = { ITA_GROW_ARR(x->ev) };
	struct xml_event *ev;
	char msg[160];
	int columns = strcmp((const char *)name, "columns") == 0;

	if (!columns && strcmp((const char *)name, "record") != 0) {
		snprintf(msg, sizeof(msg), "unexpected element <%.40s>",
		    (const char *)name);
		xml_stop(x, "xml.structure", msg);
		return;
	}
	if (!columns && !x->seen_columns) {
		xml_stop(x, "xml.structure", "<record> before any <columns>");
		return;
	}
	x->seen_columns |= columns;
	/* the new elements zeroed: a slot is always safe to free */
	if (ita_grow_arrays(g, 1, &x->evcap, x->nev + 1, 16) == -1) {
		xml_nomem(x);
		return;
	}
	ev = &x->ev[x->nev];
	ev->columns = columns;
	ev->line = xml_line(x);
	ev->nkids = 0;
	x->building = 1;
}

/* An element under it: a column's name or value. */
static void
xml_kid(struct ita_xml *x, const xmlChar *name, int nattr,
    const xmlChar **attrs)
{
	struct xml_event *ev = &x->ev[x->nev];
	struct ita_grow_arr g[] = { ITA_GROW_ARR(ev->kids) };
	struct xml_kid *k;
	const xmlChar **a;

	/* the new elements zeroed: a slot is always safe to free */
	if (ita_grow_arrays(g, 1, &ev->kcap, ev->nkids + 1, 24) == -1) {
		xml_nomem(x);
		return;
	}
	k = &ev->kids[ev->nkids];
	k->name = name;
	k->attr = k->text = NULL;
	k->line = xml_line(x);
	ita_buf_clear(&x->text);
	if (!ev->columns && name[0] == 'f' &&
	    strcmp((const char *)name, "field") == 0 &&
	    (a = xml_find_attr(nattr, attrs, "name", 0)) != NULL &&
	    (k->attr = xml_attr_value(a[3], a[4])) == NULL)
		xml_nomem(x);
}

/*
 * libxml2 hands out a start tag the input cut before its '>' and then
 * reports it: that report is the one to give, not one about the name.
 */
static int
xml_cut_tag(struct ita_xml *x)
{
	xmlParserInputPtr i = x->ctxt->input;

	return i == NULL || i->cur == NULL || i->cur >= i->end ||
	    !(i->cur[0] == '>' || (i->cur[0] == '/' && i->end - i->cur > 1 &&
	    i->cur[1] == '>'));
}

static void
xml_start(void *ctx, const xmlChar *name, const xmlChar *prefix,
    const xmlChar *uri, int nns, const xmlChar **ns, int nattr, int ndef,
    const xmlChar **attrs)
{
	struct ita_xml *x = ctx;
	int d = x->depth++;

	(void)prefix;
	(void)nns;
	(void)ns;
	(void)ndef;
	x->run = 0;
	if (x->failed || xml_cut_tag(x))
		return;
	if (d == 0)
		xml_root(x, name, uri, nattr, attrs);
	else if (d == 1)
		xml_child(x, name);
	else if (d == 2 && x->building)
		xml_kid(x, name, nattr, attrs);
}

static void
xml_end(void *ctx, const xmlChar *name, const xmlChar *prefix,
    const xmlChar *uri)
{
	struct ita_xml *x = ctx;
	struct xml_kid *k;
	int d = --x->depth;

	(void)name;
	(void)prefix;
	(void)uri;
	x->run = 0;
	if (x->failed || !x->building)
		return;
	if (d == 2) {
		k = &x->ev[x->nev].kids[x->ev[x->nev].nkids];
		if (x->text.len > 0) {
			if ((k->text = malloc(x->text.len + 1)) == NULL) {
				free(k->attr);
				k->attr = NULL;
				xml_nomem(x);
				return;
			}
			memcpy(k->text, x->text.p, x->text.len + 1);
		}
		x->ev[x->nev].nkids++;
	} else if (d == 1) {
		x->nev++;
		x->building = 0;
	}
}

/*
 * Text: a kid's (with that of the elements inside it, as
 * xmlNodeGetContent has it) is kept. A run of text longer than libxml2's
 * tree builder takes fails as it did there.
 */
static void
xml_chars(void *ctx, const xmlChar *ch, int len)
{
	struct ita_xml *x = ctx;

	if (x->run > 0 && x->run + (size_t)len > XML_MAX_TEXT_LENGTH &&
	    !x->failed) {
		xml_stop(x, NULL, "Memory allocation failed : "
		    "xmlSAX2Characters: huge text node");
		return;
	}
	x->run += (size_t)len;
	if (x->depth >= 3 && x->building &&
	    ita_buf_add(&x->text, ch, (size_t)len) == -1)
		xml_nomem(x);
}

/* A comment or processing instruction ends a text run. */
static void
xml_comment(void *ctx, const xmlChar *value)
{
	(void)value;
	((struct ita_xml *)ctx)->run = 0;
}

static void
xml_pi(void *ctx, const xmlChar *target, const xmlChar *data)
{
	(void)target;
	(void)data;
	((struct ita_xml *)ctx)->run = 0;
}

static void
xml_doctype(void *ctx, const xmlChar *name, const xmlChar *ext,
    const xmlChar *sys)
{
	(void)name;
	(void)ext;
	(void)sys;
	xml_stop(ctx, "xml.doctype", "DOCTYPE and entity declarations are "
	    "not allowed in an ita stream");
}

static void
xml_cols_reset(struct ita_xml *x)
{
	memset(x->cols, 0, sizeof(x->cols));
}

int
ita_rd_xml_start(struct ita_input *in)
{
	xmlSAXHandler sax;
	struct ita_xml *x;

	if ((x = calloc(1, sizeof(*x))) == NULL)
		return -1;
	memset(&sax, 0, sizeof(sax));
	sax.initialized = XML_SAX2_MAGIC;
	sax.startElementNs = xml_start;
	sax.endElementNs = xml_end;
	sax.characters = xml_chars;
	sax.ignorableWhitespace = xml_chars;
	sax.cdataBlock = xml_chars;
	sax.comment = xml_comment;
	sax.processingInstruction = xml_pi;
	sax.internalSubset = xml_doctype;
	sax.serror = xml_error_cb;
	in->xml = x;
	if ((x->ctxt = xmlCreatePushParserCtxt(&sax, x, NULL, 0,
	    in->lines.name)) == NULL)
		return -1;
	xmlCtxtUseOptions(x->ctxt, XML_PARSE_NONET | XML_PARSE_NOCDATA);
	return 0;
}

/* Gives libxml2 the next chunk of the file; 0, or -1 on a read error. */
static int
xml_feed(struct ita_input *in)
{
	struct ita_xml *x = in->xml;
	const char *p;
	ssize_t n;
	int rv;

	/* libxml2 copies what it is given: no copy of ours before it */
	if ((n = ita_lines_take(&in->lines, XML_CHUNK, &p, in->d)) < 0)
		return -1;
	x->eof = n == 0;
	rv = xmlParseChunk(x->ctxt, p, (int)n, x->eof);
	if (rv != 0 && !x->failed)
		xml_fail(x, "xml.syntax", 0, "malformed XML");
	return 0;
}

/*
 * The column that element name (from the parser's dictionary) names in
 * the header, -1 for none, or XML_FIELD: ita_header_find once per name.
 */
static int
xml_find(struct ita_xml *x, const struct ita_header *hdr,
    const xmlChar *name)
{
	size_t h, k;
	int col;

	h = (size_t)(((uintptr_t)name >> 4) % XML_NCOLS);
	for (k = 0; k < XML_NCOLS; k++, h = (h + 1) % XML_NCOLS) {
		if (x->cols[h].name == name)
			return x->cols[h].col;
		if (x->cols[h].name == NULL)
			break;
	}
	col = strcmp((const char *)name, "field") == 0 ? XML_FIELD :
	    ita_header_find(hdr, (const char *)name);
	if (k < XML_NCOLS) {
		x->cols[h].name = name;
		x->cols[h].col = col;
	}
	return col;
}

static int
xml_columns(struct ita_input *in, struct xml_event *e)
{
	struct row r;
	const char *s;
	size_t j;
	int rv;

	memset(&r, 0, sizeof(r));
	r.line = e->line;
	for (j = 0; j < e->nkids; j++) {
		s = e->kids[j].text != NULL ? e->kids[j].text : "";
		if (ita_rd_row_add(&r, s, strlen(s)) == -1) {
			ita_rd_row_free(&r);
			return -1;
		}
	}
	rv = ita_rd_set_header(in, &r);
	ita_rd_row_free(&r);
	xml_cols_reset(in->xml);
	return rv;
}

/* The first column after column i whose name is empty, or -1. */
static int
next_unnamed(const struct ita_header *h, int i)
{
	size_t j;

	for (j = (size_t)(i + 1); j < h->ncols; j++)
		if (h->names[j][0] == '\0')
			return (int)j;
	return -1;
}

/* Column i takes a kid's text (NULL: empty), which the record now owns. */
static int
xml_put(struct ita_record *rec, size_t i, char **text)
{
	/* "" is no copy: this only frees what was there */
	if (rec->vals[i][0] != '\0' && ita_set_index(rec, i, "") == -1)
		return -1;
	if (*text != NULL) {
		rec->vals[i] = *text;
		*text = NULL;
	}
	return 0;
}

/* A record and its diagnostics; 1 handed out, 0 skipped, -1 ENOMEM. */
static int
xml_record(struct ita_input *in, struct xml_event *e, struct ita_record **out)
{
	struct ita_record *rec;
	struct ita_loc l;
	struct xml_kid *k;
	const char *name;
	size_t j;
	int i, unnamed = -1;

	l = ita_rd_here(in, e->line, 0);
	if (in->hdr_bad) {
		in->nrej++;
		return 0;
	}
	if ((rec = ita_record_new(in->hdr)) == NULL)
		return -1;
	rec->loc = l;
	for (j = 0; j < e->nkids; j++) {
		k = &e->kids[j];
		name = (const char *)k->name;
		if ((i = xml_find(in->xml, in->hdr, k->name)) == XML_FIELD) {
			name = k->attr != NULL ? k->attr : "";
			if (*name == '\0') {
				/* the next of the columns with no name, in
				 * order */
				i = unnamed = next_unnamed(in->hdr, unnamed);
				if (i >= 0) {
					if (xml_put(rec, (size_t)i,
					    &k->text) == -1) {
						ita_record_free(rec);
						return -1;
					}
					continue;
				}
				name = "field name=\"\"";
			} else
				i = ita_header_find(in->hdr, name);
		}
		if (i < 0) {
			l.line = k->line;
			ita_diag_at(in->d, &l, ITA_SEV_ERROR, "xml.column",
			    NULL, "element '%s' is not one of the <columns>; "
			    "record skipped", name);
			ita_record_free(rec);
			in->nrej++;
			return 0;
		}
		if (rec->vals[i][0] != '\0') {
			l.line = k->line;
			ita_diag_at(in->d, &l, ITA_SEV_ERROR, "xml.column",
			    NULL, "column '%s' appears twice in a record; record "
			    "skipped", in->hdr->names[i]);
			ita_record_free(rec);
			in->nrej++;
			return 0;
		}
		/* the header's column i is the first of its name */
		if (xml_put(rec, (size_t)i, &k->text) == -1) {
			ita_record_free(rec);
			return -1;
		}
	}
	return ita_rd_take_record(in, rec, out);
}

/* Reports the failure that ended the file, once. */
static void
xml_report(struct ita_input *in)
{
	struct ita_xml *x = in->xml;
	struct ita_loc l = ita_rd_here(in, x->fail_line, 0);

	if (x->reported)
		return;
	x->reported = 1;
	if (x->fail_rule == NULL)
		ita_diag_at(in->d, &l, ITA_SEV_ERROR, "xml.syntax", NULL,
		    "malformed XML: %s; the rest of the file is not read",
		    x->fail_msg);
	else
		ita_diag_at(in->d, &l, ITA_SEV_ERROR, x->fail_rule, NULL,
		    "%s; the rest of the file is not read", x->fail_msg);
}

int
ita_rd_xml_next(struct ita_input *in, struct ita_record **out)
{
	struct ita_xml *x = in->xml;
	struct xml_event *e, tmp;
	int r;

	for (;;) {
		while (x->head < x->nev) {
			e = &x->ev[x->head++];
			r = e->columns ? xml_columns(in, e) :
			    xml_record(in, e, out);
			xml_kids_free(e);
			if (r != 0)
				return r;
		}
		if (x->nomem) {
			errno = ENOMEM;
			ita_diag_sys(in->d, "%s", in->lines.name);
			return -1;
		}
		if (x->failed) {
			xml_report(in);
			return 0;
		}
		if (x->eof)
			return 0;
		if (x->building && x->nev > 0) {
			/* the element open across chunks goes first */
			tmp = x->ev[0];
			x->ev[0] = x->ev[x->nev];
			x->ev[x->nev] = tmp;
		}
		x->head = x->nev = 0;
		if (xml_feed(in) == -1)
			return -1;
	}
}

void
ita_rd_xml_stop(struct ita_input *in)
{
	struct ita_xml *x = in->xml;
	size_t i, j;

	if (x == NULL)
		return;
	if (x->ctxt != NULL)
		xmlFreeParserCtxt(x->ctxt);
	/* every slot holds NULL or its own strings */
	for (i = 0; i < x->evcap; i++) {
		for (j = 0; j < x->ev[i].kcap; j++) {
			free(x->ev[i].kids[j].attr);
			free(x->ev[i].kids[j].text);
		}
		free(x->ev[i].kids);
	}
	free(x->ev);
	ita_buf_free(&x->text);
	free(x);
	in->xml = NULL;
}

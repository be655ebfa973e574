/*
 * XML through xmlTextReader: <columns> gives the header, each <record>
 * is expanded alone (never the whole document), DOCTYPE and entities are
 * refused, the network is off.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "parse.h"
#include "read.h"
#include "utf8.h"

static int
xml_read_cb(void *ctx, char *buf, int len)
{
	struct ita_input *in = ctx;
	ssize_t n;

	n = ita_lines_read(&in->lines, buf, (size_t)len, in->d);
	return n < 0 ? -1 : (int)n;
}

/*
 * libxml2's message, on one line: its inner line breaks become "; " and
 * the one at its end goes. Kept until the records parsed before the
 * damage are out (xml_report).
 */
static void
xml_error_cb(void *ctx, xmlErrorPtr e)
{
	struct ita_input *in = ctx;
	const char *s;
	size_t n = 0;

	if (e == NULL || e->level < XML_ERR_ERROR || in->xml_failed)
		return;
	for (s = e->message ? e->message : "error"; *s != '\0' &&
	    n + 3 < sizeof(in->xml_msg); s++) {
		if (*s != '\n' && *s != '\r')
			in->xml_msg[n++] = *s;
		else if (s[1] != '\0' && s[1] != '\n' && s[1] != '\r') {
			in->xml_msg[n++] = ';';
			in->xml_msg[n++] = ' ';
		}
	}
	while (n > 0 && in->xml_msg[n - 1] == ' ')
		n--;
	in->xml_msg[n] = '\0';
	in->xml_msg_line = e->line > 0 ? (unsigned long)e->line : 0;
	in->xml_ctxt = e->ctxt;
	in->xml_failed = 1;
}

/* Reports libxml2's error, once, after what could be read. */
static void
xml_report(struct ita_input *in)
{
	struct ita_loc l;

	if (in->xml_msg[0] == '\0')
		return;
	l = ita_rd_here(in, in->xml_msg_line, 0);
	ita_diag_at(in->d, &l, ITA_SEV_ERROR, "xml.syntax", NULL,
	    "malformed XML: %s; the rest of the file is not read",
	    in->xml_msg);
	in->xml_msg[0] = '\0';
}

/*
 * After an error, the element the reader stands on is whole when the
 * parser had closed it: it is not on the parser's stack of open elements.
 */
static xmlNodePtr
xml_whole(struct ita_input *in)
{
	xmlParserCtxtPtr ctxt = in->xml_ctxt;
	xmlNodePtr node = xmlTextReaderCurrentNode(in->xr);
	int i;

	if (ctxt == NULL || node == NULL)
		return NULL;
	for (i = 0; i < ctxt->nodeNr; i++)
		if (ctxt->nodeTab[i] == node)
			return NULL;
	return node;
}

/* Names are cached per header and per parser (its dictionary). */
static void
xml_cols_reset(struct ita_input *in)
{
	memset(in->xml_cols, 0, sizeof(in->xml_cols));
}

#define XML_NCOLS	(sizeof(((struct ita_input *)0)->xml_cols) / \
	    sizeof(((struct ita_input *)0)->xml_cols[0]))
#define XML_FIELD	(-2)	/* <field name="..."> */

/*
 * The column that element name (from the parser's dictionary) names in
 * the header, -1 for none, or XML_FIELD: ita_header_find once per name.
 */
static int
xml_find(struct ita_input *in, const xmlChar *name)
{
	size_t h, k;
	int col;

	h = (size_t)(((uintptr_t)name >> 4) % XML_NCOLS);
	for (k = 0; k < XML_NCOLS; k++, h = (h + 1) % XML_NCOLS) {
		if (in->xml_cols[h].name == name)
			return in->xml_cols[h].col;
		if (in->xml_cols[h].name == NULL)
			break;
	}
	col = strcmp((const char *)name, "field") == 0 ? XML_FIELD :
	    ita_header_find(in->hdr, (const char *)name);
	if (k < XML_NCOLS) {
		in->xml_cols[h].name = name;
		in->xml_cols[h].col = col;
	}
	return col;
}

/*
 * The text of element c as xmlNodeGetContent has it: the one text node
 * under it in place, else a copy in *own (NULL when out of memory).
 */
static const char *
xml_text(xmlNodePtr c, xmlChar **own)
{
	xmlNodePtr t = c->children;

	*own = NULL;
	if (t == NULL)
		return "";
	if (t->next == NULL && t->type == XML_TEXT_NODE && t->content != NULL)
		return (const char *)t->content;
	return (const char *)(*own = xmlNodeGetContent(c));
}

int
ita_rd_xml_start(struct ita_input *in)
{
	xml_cols_reset(in);
	in->xml_failed = 0;
	in->xml_msg[0] = '\0';
	in->xml_ctxt = NULL;
	in->xr = xmlReaderForIO(xml_read_cb, NULL, in, in->lines.name, NULL,
	    XML_PARSE_NONET | XML_PARSE_NOCDATA);
	if (in->xr == NULL)
		return -1;
	xmlTextReaderSetStructuredErrorHandler(in->xr, xml_error_cb, in);
	return 0;
}

static void
xml_fail(struct ita_input *in, unsigned long line, const char *rule,
    const char *msg)
{
	struct ita_loc l = ita_rd_here(in, line, 0);

	xml_report(in);
	ita_diag_at(in->d, &l, ITA_SEV_ERROR, rule, NULL,
	    "%s; the rest of the file is not read", msg);
	in->xml_failed = 1;
}

static const char *
xml_col_name(xmlNodePtr n, xmlChar **attr)
{
	*attr = NULL;
	if (strcmp((const char *)n->name, "field") == 0) {
		*attr = xmlGetProp(n, (const xmlChar *)"name");
		return *attr ? (const char *)*attr : "";
	}
	return (const char *)n->name;
}

static int
xml_columns(struct ita_input *in, xmlNodePtr node)
{
	struct row r;
	xmlNodePtr c;
	xmlChar *s;
	int rv;

	memset(&r, 0, sizeof(r));
	r.line = (unsigned long)xmlGetLineNo(node);
	for (c = node->children; c != NULL; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		s = xmlNodeGetContent(c);
		rv = ita_rd_row_add(&r, s ? (const char *)s : "",
		    s ? strlen((const char *)s) : 0);
		xmlFree(s);
		if (rv == -1) {
			ita_rd_row_free(&r);
			return -1;
		}
	}
	rv = ita_rd_set_header(in, &r);
	ita_rd_row_free(&r);
	xml_cols_reset(in);
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

static int
xml_record(struct ita_input *in, xmlNodePtr node, struct ita_record **out)
{
	struct ita_record *rec;
	struct ita_loc l;
	xmlChar *attr, *own;
	xmlNodePtr c;
	const char *name, *s;
	int i, unnamed = -1;

	l = ita_rd_here(in, (unsigned long)xmlGetLineNo(node), 0);
	if (in->hdr == NULL) {
		xml_fail(in, l.line, "xml.structure",
		    "<record> before any <columns>");
		return 0;
	}
	if (in->hdr_bad) {
		in->nrej++;
		return 0;
	}
	if ((rec = ita_record_new(in->hdr)) == NULL)
		return -1;
	rec->loc = l;
	for (c = node->children; c != NULL; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		attr = NULL;
		name = (const char *)c->name;
		if ((i = xml_find(in, c->name)) == XML_FIELD) {
			name = xml_col_name(c, &attr);
			if (*name == '\0') {
				/* the next of the columns with no name, in
				 * order */
				i = unnamed = next_unnamed(in->hdr, unnamed);
				xmlFree(attr);
				attr = NULL;
				s = xml_text(c, &own);
				if (i >= 0 && ita_set_index(rec, (size_t)i,
				    s != NULL ? s : "") == -1) {
					xmlFree(own);
					ita_record_free(rec);
					return -1;
				}
				xmlFree(own);
				if (i >= 0)
					continue;
				name = "field name=\"\"";
			} else
				i = ita_header_find(in->hdr, name);
		}
		if (i < 0) {
			l.line = (unsigned long)xmlGetLineNo(c);
			ita_diag_at(in->d, &l, ITA_SEV_ERROR, "xml.column",
			    NULL, "element '%s' is not one of the <columns>; "
			    "record skipped", name);
			xmlFree(attr);
			ita_record_free(rec);
			in->nrej++;
			return 0;
		}
		xmlFree(attr);
		s = xml_text(c, &own);
		if (rec->vals[i][0] != '\0') {
			l.line = (unsigned long)xmlGetLineNo(c);
			ita_diag_at(in->d, &l, ITA_SEV_ERROR, "xml.column",
			    NULL, "column '%s' appears twice in a record; record "
			    "skipped", in->hdr->names[i]);
			xmlFree(own);
			ita_record_free(rec);
			in->nrej++;
			return 0;
		}
		/* the header's column i is the first of its name */
		if (s != NULL && *s != '\0' &&
		    ita_set_index(rec, (size_t)i, s) == -1) {
			xmlFree(own);
			ita_record_free(rec);
			return -1;
		}
		xmlFree(own);
	}
	return ita_rd_take_record(in, rec, out);
}

/* The line the reader stands on, for diagnostics. */
static unsigned long
xml_line(struct ita_input *in)
{
	int n = xmlTextReaderGetParserLineNumber(in->xr);

	return n > 0 ? (unsigned long)n : 0;
}

/* The root must be <ita> in our namespace, of a version we read. */
static void
xml_root(struct ita_input *in)
{
	const xmlChar *name = xmlTextReaderConstLocalName(in->xr);
	const xmlChar *ns = xmlTextReaderConstNamespaceUri(in->xr);
	xmlChar *ver;
	char msg[160];
	long major;

	if (strcmp((const char *)name, "ita") != 0 || ns == NULL ||
	    strcmp((const char *)ns, ITA_XML_NS) != 0) {
		xml_fail(in, xml_line(in), "xml.structure", "the root element "
		    "is not <ita xmlns=\"" ITA_XML_NS "\">");
		return;
	}
	ver = xmlTextReaderGetAttribute(in->xr, (const xmlChar *)"version");
	if (ver != NULL && ita_parse_long((const char *)ver, 0, 1000000,
	    &major) == 0 && major > ITA_STREAM_MAJOR) {
		snprintf(msg, sizeof(msg), "stream version %ld is newer than "
		    "this ita-tools reads (%d); upgrade ita-tools", major,
		    ITA_STREAM_MAJOR);
		xml_fail(in, xml_line(in), "stream.version", msg);
	}
	xmlFree(ver);
}

/*
 * A child of the root: <columns> or <record>, expanded alone and then
 * skipped. 1 and a record, 0 otherwise, -1 on ENOMEM.
 */
static int
xml_child(struct ita_input *in, struct ita_record **out)
{
	const xmlChar *name = xmlTextReaderConstLocalName(in->xr);
	xmlNodePtr node;
	char msg[160];
	int r;

	if (strcmp((const char *)name, "columns") != 0 &&
	    strcmp((const char *)name, "record") != 0) {
		snprintf(msg, sizeof(msg), "unexpected element <%.40s>",
		    (const char *)name);
		xml_fail(in, xml_line(in), "xml.structure", msg);
		return 0;
	}
	if ((node = xmlTextReaderExpand(in->xr)) == NULL) {
		if (!in->xml_failed)
			xml_fail(in, xml_line(in), "xml.syntax",
			    "malformed XML");
		/* The damage came after this element: it is still read. */
		else if ((node = xml_whole(in)) != NULL)
			return name[0] == 'c' ? xml_columns(in, node) :
			    xml_record(in, node, out);
		return 0;
	}
	r = name[0] == 'c' ? xml_columns(in, node) : xml_record(in, node, out);
	switch (xmlTextReaderNext(in->xr)) {
	case 1:
		/* The reader already stands on the next node. */
		in->xml_positioned = 1;
		break;
	case -1:
		if (!in->xml_failed)
			xml_fail(in, 0, "xml.syntax", "malformed XML");
		break;
	}
	return r;
}

int
ita_rd_xml_next(struct ita_input *in, struct ita_record **out)
{
	int r, type;

	while (!in->xml_failed) {
		if (!in->xml_positioned &&
		    (r = xmlTextReaderRead(in->xr)) != 1) {
			if (r == -1 && !in->xml_failed)
				xml_fail(in, 0, "xml.syntax", "malformed XML");
			break;
		}
		in->xml_positioned = 0;
		type = xmlTextReaderNodeType(in->xr);
		if (type == XML_READER_TYPE_DOCUMENT_TYPE ||
		    type == XML_READER_TYPE_ENTITY_REFERENCE) {
			xml_fail(in, xml_line(in), "xml.doctype", "DOCTYPE and "
			    "entity declarations are not allowed in an ita "
			    "stream");
			break;
		}
		if (type != XML_READER_TYPE_ELEMENT)
			continue;
		switch (xmlTextReaderDepth(in->xr)) {
		case 0:
			xml_root(in);
			break;
		case 1:
			if ((r = xml_child(in, out)) != 0)
				return r;
			break;
		}
	}
	xml_report(in);
	return 0;
}

void
ita_rd_xml_stop(struct ita_input *in)
{
	if (in->xr != NULL) {
		xmlFreeTextReader(in->xr);
		in->xr = NULL;
	}
	in->xml_positioned = 0;
}

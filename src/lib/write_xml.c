/*
 * The XML form of the stream, written as xmlTextWriter (indent " ")
 * wrote it: the same bytes, without a call and an allocation per value.
 * Text escapes what xmlEncodeSpecialChars escapes (< > & " and CR), an
 * attribute what xmlAttrSerializeTxtContent escapes under a document of
 * known encoding (those, LF and tab); every other byte goes as it is.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "escape.h"
#include "schema.h"
#include "write_xml.h"

#define XMLNS	" xmlns=\"" ITA_XML_NS "\""

struct ita_xmlw {
	FILE		*fp;
	int		 started;	/* the prolog is out */
	int		 open;		/* <ita ...> waits for its '>' */
	struct ita_buf	 out;		/* what goes out next */
	/* Per column of the header: "  <name>" or "  <field name=...>",
	 * and the end tag with its line break. */
	char		**open_tag, **close_tag;
	size_t		 ntags;
};

struct ita_xmlw *
ita_xmlw_new(FILE *fp)
{
	struct ita_xmlw *x;

	if ((x = calloc(1, sizeof(*x))) != NULL)
		x->fp = fp;
	return x;
}

/*
 * What xmlEncodeSpecialChars escaped in text, and what the attribute
 * serializer escaped besides (LF and tab), with the bytes to stop at.
 */
static const char *const text_esc[128] = {
	['<'] = "&lt;", ['>'] = "&gt;", ['&'] = "&amp;", ['"'] = "&quot;",
	['\r'] = "&#13;",
};
static const char *const attr_esc[128] = {
	['<'] = "&lt;", ['>'] = "&gt;", ['&'] = "&amp;", ['"'] = "&quot;",
	['\r'] = "&#13;", ['\n'] = "&#10;", ['\t'] = "&#9;",
};
#define TEXT_STOP	"<>&\"\r"
#define ATTR_STOP	"<>&\"\r\n\t"

/* Writes what is buffered; a write error stays in the FILE's flag. */
static void
xml_flush(struct ita_xmlw *x)
{
	if (x->out.len > 0 && !ferror(x->fp))
		(void)fwrite(x->out.p, 1, x->out.len, x->fp);
	ita_buf_clear(&x->out);
}

#define PROLOG	"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" \
	"<ita version=\"" ITA_STREAM_VERSION "\""

/* The prolog and the root's start tag, open, once. */
static int
xml_prolog(struct ita_xmlw *x)
{
	if (x->started)
		return 0;
	x->started = x->open = 1;
	return ita_buf_adds(&x->out, PROLOG);
}

/* Before a child of the root: its start tag closed. */
static int
xml_child(struct ita_xmlw *x)
{
	if (xml_prolog(x) == -1)
		return -1;
	if (!x->open)
		return 0;
	x->open = 0;
	return ita_buf_adds(&x->out, XMLNS ">\n");
}

static void
free_tags(struct ita_xmlw *x)
{
	size_t i;

	for (i = 0; i < x->ntags; i++) {
		free(x->open_tag[i]);
		free(x->close_tag[i]);
	}
	free(x->open_tag);
	free(x->close_tag);
	x->open_tag = x->close_tag = NULL;
	x->ntags = 0;
}

/* The tags of column i: its own element when the schema knows it. */
static int
make_tags(const struct ita_header *h, size_t i, char **open, char **close)
{
	struct ita_buf b = ITA_BUF_INIT;

	if (h->col[i] >= 0 && h->index[h->col[i]] == (int)i) {
		if (ita_buf_printf(&b, "  <%s>", h->names[i]) == -1)
			return -1;
		*open = ita_buf_take(&b);
		if (*open == NULL ||
		    ita_buf_printf(&b, "</%s>\n", h->names[i]) == -1)
			return -1;
		*close = ita_buf_take(&b);
		return *close == NULL ? -1 : 0;
	}
	if (ita_buf_adds(&b, "  <field name=\"") == -1 ||
	    ita_buf_escaped(&b, h->names[i], ATTR_STOP, attr_esc) == -1 ||
	    ita_buf_adds(&b, "\">") == -1 ||
	    (*open = ita_buf_take(&b)) == NULL) {
		ita_buf_free(&b);
		return -1;
	}
	return (*close = strdup("</field>\n")) == NULL ? -1 : 0;
}

int
ita_xmlw_header(struct ita_xmlw *x, const struct ita_header *h)
{
	size_t i;

	free_tags(x);
	if ((x->open_tag = calloc(h->ncols + 1, sizeof(char *))) == NULL ||
	    (x->close_tag = calloc(h->ncols + 1, sizeof(char *))) == NULL)
		return -1;
	for (x->ntags = 0; x->ntags < h->ncols; x->ntags++)
		if (make_tags(h, x->ntags, &x->open_tag[x->ntags],
		    &x->close_tag[x->ntags]) == -1) {
			x->ntags++;	/* what it made is freed with the rest */
			return -1;
		}
	if (xml_child(x) == -1)
		return -1;
	if (h->ncols == 0) {
		if (ita_buf_adds(&x->out, " <columns/>\n") == -1)
			return -1;
		xml_flush(x);
		return 0;
	}
	if (ita_buf_adds(&x->out, " <columns>\n") == -1)
		return -1;
	for (i = 0; i < h->ncols; i++)
		if (ita_buf_adds(&x->out, "  <c>") == -1 ||
		    ita_buf_escaped(&x->out, h->names[i], TEXT_STOP,
		    text_esc) == -1 ||
		    ita_buf_adds(&x->out, "</c>\n") == -1)
			return -1;
	if (ita_buf_adds(&x->out, " </columns>\n") == -1)
		return -1;
	xml_flush(x);
	return 0;
}

int
ita_xmlw_record(struct ita_xmlw *x, const struct ita_record *r)
{
	size_t i, n = r->hdr->ncols < x->ntags ? r->hdr->ncols : x->ntags;
	size_t start;

	if (xml_child(x) == -1 || ita_buf_adds(&x->out, " <record>\n") == -1)
		return -1;
	start = x->out.len;
	/*
	 * An empty value is left out, except under a column with no name:
	 * those are told apart by their order alone (read_xml.c).
	 */
	for (i = 0; i < n; i++)
		if ((r->vals[i][0] != '\0' || r->hdr->names[i][0] == '\0') &&
		    (ita_buf_adds(&x->out, x->open_tag[i]) == -1 ||
		    ita_buf_escaped(&x->out, r->vals[i], TEXT_STOP,
		    text_esc) == -1 ||
		    ita_buf_adds(&x->out, x->close_tag[i]) == -1))
			return -1;
	if (x->out.len == start) {
		/* no element in it: "<record/>" */
		x->out.len = start - 2;
		if (ita_buf_adds(&x->out, "/>\n") == -1)
			return -1;
	} else if (ita_buf_adds(&x->out, " </record>\n") == -1)
		return -1;
	xml_flush(x);
	return 0;
}

int
ita_xmlw_end(struct ita_xmlw *x)
{
	int rc;

	if (x == NULL)
		return 0;
	rc = xml_prolog(x) == -1 || ita_buf_adds(&x->out, x->open ?
	    XMLNS "/>\n" : "</ita>\n") == -1 ? -1 : 0;
	xml_flush(x);
	free_tags(x);
	ita_buf_free(&x->out);
	free(x);
	return rc;
}

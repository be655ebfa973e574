/*
 * The stream reader: one file after another, its form detected from its
 * first bytes, CSV through libcsv (strict), TSV by hand, XML through
 * xmlTextReader. Holds one record (one row of CSV) at a time.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <csv.h>
#include <libxml/xmlreader.h>

#include "buf.h"
#include "lines.h"
#include "stream.h"
#include "utf8.h"

struct row {
	char		**f;
	size_t		 n, cap;
	unsigned long	 line;
	int		 bad;
};

struct ita_input {
	struct ita_diag	*d;
	char *const	*files;
	int		 nfiles, next_file;
	const char	*stdin_only[1];

	int		 open;
	struct ita_lines lines;
	enum ita_format	 fmt;
	struct ita_header *hdr;

	/* CSV */
	struct csv_parser csv;
	int		 csv_ready;
	struct row	 cur;		/* row being parsed */
	struct row	*queue;		/* rows parsed, not yet taken */
	size_t		 qhead, qlen, qcap;

	/* XML */
	xmlTextReaderPtr xr;
	int		 xml_failed;
	int		 xml_positioned;

	unsigned long long nrec, nrej;
};

static void
row_free(struct row *r)
{
	size_t i;

	for (i = 0; i < r->n; i++)
		free(r->f[i]);
	free(r->f);
	memset(r, 0, sizeof(*r));
}

static int
row_add(struct row *r, const char *s, size_t len)
{
	char **nf, *v;

	if (r->n == r->cap) {
		if ((nf = realloc(r->f, (r->cap ? r->cap * 2 : 16) *
		    sizeof(char *))) == NULL)
			return -1;
		r->f = nf;
		r->cap = r->cap ? r->cap * 2 : 16;
	}
	if ((v = malloc(len + 1)) == NULL)
		return -1;
	if (len > 0)
		memcpy(v, s, len);
	v[len] = '\0';
	r->f[r->n++] = v;
	return 0;
}

struct ita_input *
ita_input_new(char *const *files, int nfiles, struct ita_diag *d)
{
	struct ita_input *in;

	if ((in = calloc(1, sizeof(*in))) == NULL) {
		ita_diag_sys(d, "reading input");
		return NULL;
	}
	in->d = d;
	in->files = files;
	in->nfiles = nfiles;
	if (nfiles == 0) {
		in->stdin_only[0] = "-";
		in->files = (char *const *)in->stdin_only;
		in->nfiles = 1;
	}
	return in;
}

enum ita_format
ita_detect_format(const char *p, size_t n)
{
	size_t i;

	if (n >= 3 && memcmp(p, "\xef\xbb\xbf", 3) == 0) {
		p += 3;
		n -= 3;
	}
	for (i = 0; i < n && (p[i] == ' ' || p[i] == '\t' || p[i] == '\r' ||
	    p[i] == '\n'); i++)
		;
	if (i < n && p[i] == '<')
		return ITA_FMT_XML;
	/* The header row says it: a tab before any comma or line end. */
	for (i = 0; i < n && p[i] != '\n'; i++) {
		if (p[i] == '\t')
			return ITA_FMT_TSV;
		if (p[i] == ',')
			break;
	}
	return ITA_FMT_CSV;
}

static struct ita_loc
here(struct ita_input *in, unsigned long line, unsigned long col)
{
	struct ita_loc l;

	l.file = in->lines.name;
	l.line = line;
	l.col = col;
	return l;
}

/* ---- rows to records ---- */

static int
set_header(struct ita_input *in, struct row *r)
{
	struct ita_header *h;
	struct ita_loc l;
	size_t i, j;
	int bad = 0;

	l = here(in, r->line, 0);
	for (i = 0; i < r->n; i++) {
		if (r->f[i][0] == '\0') {
			ita_diag_at(in->d, &l, ITA_SEV_ERROR, "header.empty",
			    NULL, "column %zu of the header has no name", i + 1);
			bad = 1;
		}
		for (j = 0; j < i; j++)
			if (strcmp(r->f[i], r->f[j]) == 0 && r->f[i][0]) {
				ita_diag_at(in->d, &l, ITA_SEV_ERROR,
				    "header.duplicate", NULL,
				    "column '%s' appears twice in the header",
				    r->f[i]);
				bad = 1;
			}
	}
	if ((h = ita_header_new(r->f, r->n)) == NULL) {
		ita_diag_sys(in->d, "%s", in->lines.name);
		return -1;
	}
	ita_header_unref(in->hdr);
	in->hdr = h;
	(void)bad;	/* reported; the rows still line up by position */
	return 0;
}

/* 1 and a record, 0 when the row was a header or was reported, -1. */
static int
take_row(struct ita_input *in, struct row *r, struct ita_record **out)
{
	struct ita_record *rec;
	struct ita_loc l = here(in, r->line, 0);
	const char *v;
	long major;
	size_t i;

	if (in->hdr == NULL || (r->n > 0 && in->hdr->ncols > 0 &&
	    strcmp(r->f[0], in->hdr->names[0]) == 0)) {
		if (r->bad) {
			/* An unreadable header: the rows under it cannot be. */
			in->nrej++;
			return 0;
		}
		return set_header(in, r) == -1 ? -1 : 0;
	}
	if (r->bad) {
		in->nrej++;
		return 0;
	}
	if (r->n != in->hdr->ncols) {
		ita_diag_at(in->d, &l, ITA_SEV_ERROR, "csv.ragged", NULL,
		    "row has %zu field%s, the header has %zu; row skipped",
		    r->n, r->n == 1 ? "" : "s", in->hdr->ncols);
		in->nrej++;
		return 0;
	}
	if ((rec = ita_record_new(in->hdr)) == NULL) {
		ita_diag_sys(in->d, "%s", in->lines.name);
		return -1;
	}
	for (i = 0; i < r->n; i++) {
		rec->vals[i] = r->f[i];
		r->f[i] = NULL;
	}
	r->n = 0;
	rec->loc = l;
	v = ita_get(rec, ITA_COL_ITA);
	if (*v != '\0' && ita_parse_long(v, 0, 1000000, &major) == 0 &&
	    major > ITA_STREAM_MAJOR) {
		ita_diag_at(in->d, &l, ITA_SEV_ERROR, "stream.version", NULL,
		    "stream version %ld is newer than this ita-tools reads "
		    "(%d); upgrade ita-tools; record skipped", major,
		    ITA_STREAM_MAJOR);
		ita_record_free(rec);
		in->nrej++;
		return 0;
	}
	*out = rec;
	return 1;
}

/* ---- CSV ---- */

static void
csv_on_field(void *s, size_t len, void *ctx)
{
	struct ita_input *in = ctx;

	if (row_add(&in->cur, s != NULL ? s : "", len) == -1)
		in->cur.bad = -1;
}

static int
queue_push(struct ita_input *in, struct row *r)
{
	struct row *nq;
	size_t i;

	if (in->qhead > 0 && in->qhead == in->qlen)
		in->qhead = in->qlen = 0;
	if (in->qlen == in->qcap) {
		if (in->qhead > 0) {
			for (i = in->qhead; i < in->qlen; i++)
				in->queue[i - in->qhead] = in->queue[i];
			in->qlen -= in->qhead;
			in->qhead = 0;
		} else {
			in->qcap = in->qcap ? in->qcap * 2 : 8;
			nq = realloc(in->queue, in->qcap * sizeof(*nq));
			if (nq == NULL)
				return -1;
			in->queue = nq;
		}
	}
	in->queue[in->qlen++] = *r;
	return 0;
}

static void
csv_on_row(int c, void *ctx)
{
	struct ita_input *in = ctx;
	struct row r = in->cur;

	(void)c;
	memset(&in->cur, 0, sizeof(in->cur));
	in->cur.line = r.line;
	if (queue_push(in, &r) == -1) {
		row_free(&r);
		in->cur.bad = -1;
	}
}

/* libcsv trims unquoted fields unless told that nothing is a space. */
static int
csv_no_space(unsigned char c)
{
	(void)c;
	return 0;
}

static int
csv_start(struct ita_input *in)
{
	if (csv_init(&in->csv, CSV_STRICT | CSV_STRICT_FINI) != 0)
		return -1;
	csv_set_space_func(&in->csv, csv_no_space);
	csv_set_blk_size(&in->csv, 65536);
	in->csv_ready = 1;
	return 0;
}

static void
check_line(struct ita_input *in, const char *s, size_t len)
{
	static const char *const what[] = { "", "is not UTF-8; convert it "
	    "with ita-import -e TIS-620 (or CP874)", "holds a NUL byte",
	    "holds a control character" };
	static const char *const rule[] = { "", "input.utf8", "input.nul",
	    "input.control" };
	enum ita_utf8_problem p;
	struct ita_loc l;
	size_t off;

	if ((p = ita_utf8_check(s, len, &off)) == ITA_UTF8_OK)
		return;
	l = here(in, in->lines.lineno, ita_utf8_column(s, off));
	ita_diag_at(in->d, &l, ITA_SEV_ERROR, rule[p], NULL,
	    "input %s; row skipped", what[p]);
	in->cur.bad = 1;
}

/*
 * A whole row on one line with no quote in it is split here, at memchr
 * speed: libcsv's per-byte callbacks cost more than the rest of reading.
 * Anything else (quotes, a lone CR, a row already begun) goes to libcsv,
 * which this must agree with: fields untrimmed, blank lines skipped.
 * 1 when the line was taken, 0 when libcsv must read it, -1 on ENOMEM.
 */
static int
csv_plain_row(struct ita_input *in, const char *line, size_t len)
{
	const char *p, *comma;
	size_t end = len;

	if (in->csv.pstate != 0 || in->cur.n != 0 ||
	    memchr(line, '"', len) != NULL)
		return 0;
	if (end > 0 && line[end - 1] == '\n')
		end--;
	if (end > 0 && line[end - 1] == '\r')
		end--;
	if (memchr(line, '\r', end) != NULL)
		return 0;
	if (end == 0)
		return 1;
	for (p = line; ; p = comma + 1) {
		comma = memchr(p, ',', (size_t)(line + end - p));
		csv_on_field((void *)p, comma != NULL ? (size_t)(comma - p) :
		    (size_t)(line + end - p), in);
		if (comma == NULL)
			break;
	}
	csv_on_row('\n', in);
	return in->cur.bad == -1 ? -1 : 1;
}

/* Feeds lines until a row is queued; 1, 0 at the end of the file, -1. */
static int
csv_feed(struct ita_input *in)
{
	const char *line;
	size_t len, n;
	struct ita_loc l;
	int r;

	while (in->qhead == in->qlen) {
		if ((r = ita_lines_next(&in->lines, &line, &len, in->d)) == -1)
			return -1;
		if (r == 0) {
			if (csv_fini(&in->csv, csv_on_field, csv_on_row, in) !=
			    0) {
				l = here(in, in->cur.line, 0);
				ita_diag_at(in->d, &l, ITA_SEV_ERROR,
				    "csv.quote", NULL, "quoted field is not "
				    "closed before the end of the file; row "
				    "skipped");
				row_free(&in->cur);
				in->nrej++;
			}
			return in->qhead < in->qlen;
		}
		if (in->csv.pstate == 0 && in->cur.n == 0) {
			in->cur.line = in->lines.lineno;
			in->cur.bad = 0;
			/* A BOM: at the top, or where files were joined. */
			if (len >= 3 && memcmp(line, "\xef\xbb\xbf", 3) == 0) {
				line += 3;
				len -= 3;
			}
		}
		check_line(in, line, len);
		if ((r = csv_plain_row(in, line, len)) != 0) {
			if (r == -1) {
				ita_diag_sys(in->d, "%s", in->lines.name);
				return -1;
			}
			continue;
		}
		n = csv_parse(&in->csv, line, len, csv_on_field, csv_on_row,
		    in);
		if (in->cur.bad == -1 || csv_error(&in->csv) == CSV_ENOMEM) {
			ita_diag_sys(in->d, "%s", in->lines.name);
			return -1;
		}
		if (n < len) {
			l = here(in, in->lines.lineno,
			    ita_utf8_column(line, n));
			ita_diag_at(in->d, &l, ITA_SEV_ERROR, "csv.quote",
			    NULL, "stray quote in a CSV field (a quote inside "
			    "a field must be doubled and the field quoted); "
			    "row skipped");
			row_free(&in->cur);
			in->nrej++;
			csv_free(&in->csv);
			if (csv_start(in) == -1)
				return -1;
		}
	}
	return 1;
}

/* ---- TSV ---- */

static int
tsv_unescape(const char *s, size_t len, struct ita_buf *b)
{
	size_t i;

	ita_buf_clear(b);
	for (i = 0; i < len; i++) {
		if (s[i] == '\\' && i + 1 < len) {
			switch (s[i + 1]) {
			case 't':
				ita_buf_addc(b, '\t');
				i++;
				continue;
			case 'n':
				ita_buf_addc(b, '\n');
				i++;
				continue;
			case 'r':
				ita_buf_addc(b, '\r');
				i++;
				continue;
			case '\\':
				ita_buf_addc(b, '\\');
				i++;
				continue;
			}
		}
		if (ita_buf_addc(b, s[i]) == -1)
			return -1;
	}
	return ita_buf_reserve(b, 0);
}

static int
tsv_row(struct ita_input *in, struct row *r)
{
	struct ita_buf b = ITA_BUF_INIT;
	const char *line, *tab;
	size_t len;
	int rv;

	memset(r, 0, sizeof(*r));
	for (;;) {
		if ((rv = ita_lines_next(&in->lines, &line, &len, in->d)) <= 0)
			return rv;
		if (len >= 3 && memcmp(line, "\xef\xbb\xbf", 3) == 0) {
			line += 3;
			len -= 3;
		}
		if (len > 0 && line[len - 1] == '\n')
			len--;
		if (len > 0 && line[len - 1] == '\r')
			len--;
		if (len > 0)
			break;
	}
	r->line = in->lines.lineno;
	in->cur.bad = 0;
	check_line(in, line, len);
	r->bad = in->cur.bad;
	for (;;) {
		tab = memchr(line, '\t', len);
		if (tsv_unescape(line, tab ? (size_t)(tab - line) : len,
		    &b) == -1 || row_add(r, b.p, b.len) == -1) {
			ita_buf_free(&b);
			ita_diag_sys(in->d, "%s", in->lines.name);
			return -1;
		}
		if (tab == NULL)
			break;
		len -= (size_t)(tab - line) + 1;
		line = tab + 1;
	}
	ita_buf_free(&b);
	return 1;
}

/* ---- XML ---- */

static int
xml_read_cb(void *ctx, char *buf, int len)
{
	struct ita_input *in = ctx;
	ssize_t n;

	n = ita_lines_read(&in->lines, buf, (size_t)len, in->d);
	return n < 0 ? -1 : (int)n;
}

static void
xml_error_cb(void *ctx, xmlErrorPtr e)
{
	struct ita_input *in = ctx;
	struct ita_loc l;
	char msg[512];
	size_t n;

	if (e == NULL || e->level < XML_ERR_ERROR || in->xml_failed)
		return;
	snprintf(msg, sizeof(msg), "%s", e->message ? e->message : "error");
	n = strlen(msg);
	while (n > 0 && (msg[n - 1] == '\n' || msg[n - 1] == ' '))
		msg[--n] = '\0';
	l = here(in, e->line > 0 ? (unsigned long)e->line : 0, 0);
	ita_diag_at(in->d, &l, ITA_SEV_ERROR, "xml.syntax", NULL,
	    "malformed XML: %s; the rest of the file is not read", msg);
	in->xml_failed = 1;
}

static int
xml_start(struct ita_input *in)
{
	in->xml_failed = 0;
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
	struct ita_loc l = here(in, line, 0);

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
		rv = row_add(&r, s ? (const char *)s : "",
		    s ? strlen((const char *)s) : 0);
		xmlFree(s);
		if (rv == -1) {
			row_free(&r);
			return -1;
		}
	}
	rv = set_header(in, &r);
	row_free(&r);
	return rv;
}

static int
xml_record(struct ita_input *in, xmlNodePtr node, struct ita_record **out)
{
	struct ita_record *rec;
	struct ita_loc l;
	xmlChar *attr, *s;
	xmlNodePtr c;
	const char *name;
	int i;

	l = here(in, (unsigned long)xmlGetLineNo(node), 0);
	if (in->hdr == NULL) {
		xml_fail(in, l.line, "xml.structure",
		    "<record> before any <columns>");
		return 0;
	}
	if ((rec = ita_record_new(in->hdr)) == NULL)
		return -1;
	rec->loc = l;
	for (c = node->children; c != NULL; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		name = xml_col_name(c, &attr);
		i = ita_header_find(in->hdr, name);
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
		s = xmlNodeGetContent(c);
		if (rec->vals[i][0] != '\0') {
			l.line = (unsigned long)xmlGetLineNo(c);
			ita_diag_at(in->d, &l, ITA_SEV_ERROR, "xml.column",
			    NULL, "column '%s' appears twice in a record; record "
			    "skipped", in->hdr->names[i]);
			xmlFree(s);
			ita_record_free(rec);
			in->nrej++;
			return 0;
		}
		if (s != NULL && *s != '\0' &&
		    ita_set_name(rec, in->hdr->names[i], (const char *)s) == -1) {
			xmlFree(s);
			ita_record_free(rec);
			return -1;
		}
		xmlFree(s);
	}
	*out = rec;
	return 1;
}

static int
xml_next(struct ita_input *in, struct ita_record **out)
{
	xmlNodePtr node;
	xmlChar *ver;
	const xmlChar *name, *ns;
	int r, type, depth;
	long major;
	char msg[160];

	while (!in->xml_failed) {
		/* After xmlTextReaderNext the reader already stands on a node. */
		if (!in->xml_positioned &&
		    (r = xmlTextReaderRead(in->xr)) != 1) {
			if (r == -1 && !in->xml_failed)
				xml_fail(in, 0, "xml.syntax", "malformed XML");
			break;
		}
		in->xml_positioned = 0;
		type = xmlTextReaderNodeType(in->xr);
		depth = xmlTextReaderDepth(in->xr);
		if (type == XML_READER_TYPE_DOCUMENT_TYPE ||
		    type == XML_READER_TYPE_ENTITY_REFERENCE) {
			xml_fail(in, (unsigned long)
			    xmlTextReaderGetParserLineNumber(in->xr),
			    "xml.doctype", "DOCTYPE and entity declarations "
			    "are not allowed in an ita stream");
			break;
		}
		if (type != XML_READER_TYPE_ELEMENT)
			continue;
		name = xmlTextReaderConstLocalName(in->xr);
		ns = xmlTextReaderConstNamespaceUri(in->xr);
		if (depth == 0) {
			if (strcmp((const char *)name, "ita") != 0 ||
			    ns == NULL || strcmp((const char *)ns, ITA_XML_NS)) {
				xml_fail(in, (unsigned long)
				    xmlTextReaderGetParserLineNumber(in->xr),
				    "xml.structure", "the root element is not "
				    "<ita xmlns=\"" ITA_XML_NS "\">");
				break;
			}
			ver = xmlTextReaderGetAttribute(in->xr,
			    (const xmlChar *)"version");
			if (ver != NULL && ita_parse_long((const char *)ver,
			    0, 1000000, &major) == 0 &&
			    major > ITA_STREAM_MAJOR) {
				snprintf(msg, sizeof(msg), "stream version %ld "
				    "is newer than this ita-tools reads (%d); "
				    "upgrade ita-tools", major,
				    ITA_STREAM_MAJOR);
				xml_fail(in, (unsigned long)
				    xmlTextReaderGetParserLineNumber(in->xr),
				    "stream.version", msg);
			}
			xmlFree(ver);
			continue;
		}
		if (depth != 1)
			continue;
		if (strcmp((const char *)name, "columns") != 0 &&
		    strcmp((const char *)name, "record") != 0) {
			snprintf(msg, sizeof(msg), "unexpected element <%.40s>",
			    (const char *)name);
			xml_fail(in, (unsigned long)
			    xmlTextReaderGetParserLineNumber(in->xr),
			    "xml.structure", msg);
			break;
		}
		if ((node = xmlTextReaderExpand(in->xr)) == NULL)
			break;
		r = name[0] == 'c' ? xml_columns(in, node) :
		    xml_record(in, node, out);
		switch (xmlTextReaderNext(in->xr)) {
		case 1:
			in->xml_positioned = 1;
			break;
		case -1:
			if (!in->xml_failed)
				xml_fail(in, 0, "xml.syntax", "malformed XML");
			break;
		}
		if (r != 0)
			return r;
	}
	return 0;
}

/* ---- files ---- */

static int
open_next(struct ita_input *in)
{
	const char *p;
	ssize_t n;

	while (in->next_file < in->nfiles) {
		if (ita_lines_open(&in->lines, in->files[in->next_file++],
		    in->d) == -1)
			continue;
		in->open = 1;
		ita_header_unref(in->hdr);
		in->hdr = NULL;
		if ((n = ita_lines_peek(&in->lines, 4096, &p, in->d)) == -1)
			return -1;
		in->fmt = ita_detect_format(p, (size_t)n);
		if (in->fmt == ITA_FMT_CSV && csv_start(in) == -1)
			return -1;
		if (in->fmt == ITA_FMT_XML && xml_start(in) == -1)
			return -1;
		return 1;
	}
	return 0;
}

static void
close_current(struct ita_input *in)
{
	size_t i;

	if (!in->open)
		return;
	if (in->csv_ready) {
		csv_free(&in->csv);
		in->csv_ready = 0;
	}
	for (i = in->qhead; i < in->qlen; i++)
		row_free(&in->queue[i]);
	in->qhead = in->qlen = 0;
	row_free(&in->cur);
	if (in->xr != NULL) {
		xmlFreeTextReader(in->xr);
		in->xr = NULL;
	}
	in->xml_positioned = 0;
	ita_lines_close(&in->lines);
	in->open = 0;
}

/* 1 a record, 0 end of this file, -1 a fatal error in this file. */
static int
next_in_file(struct ita_input *in, struct ita_record **out)
{
	struct row r;
	int rv;

	for (;;) {
		switch (in->fmt) {
		case ITA_FMT_XML:
			return xml_next(in, out);
		case ITA_FMT_TSV:
			if ((rv = tsv_row(in, &r)) <= 0)
				return rv;
			break;
		case ITA_FMT_CSV:
			if ((rv = csv_feed(in)) <= 0)
				return rv;
			r = in->queue[in->qhead++];
			break;
		}
		rv = take_row(in, &r, out);
		row_free(&r);
		if (rv != 0)
			return rv;
	}
}

int
ita_input_next(struct ita_input *in, struct ita_record **out)
{
	int r;

	*out = NULL;
	for (;;) {
		if (!in->open) {
			if ((r = open_next(in)) == 0)
				return 0;
			if (r == -1) {
				close_current(in);
				continue;
			}
		}
		if ((r = next_in_file(in, out)) == 1) {
			in->nrec++;
			return 1;
		}
		if (r == -1)
			ita_diag_raise(in->d, ITA_EXIT_IO);
		close_current(in);
	}
}

unsigned long long
ita_input_records(const struct ita_input *in)
{
	return in->nrec;
}

unsigned long long
ita_input_rejected(const struct ita_input *in)
{
	return in->nrej;
}

void
ita_input_free(struct ita_input *in)
{
	if (in == NULL)
		return;
	close_current(in);
	ita_header_unref(in->hdr);
	free(in->queue);
	free(in);
}

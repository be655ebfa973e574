/*
 * Feeding a file to a document: a text export line by line (a line with
 * a tab is a table row), or a CSV sheet record by record (quoted fields
 * may span lines). Other encodings are converted line by line: TIS-620
 * and CP874 are single-byte, so a line is a whole unit.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "import.h"
#include "lines.h"

#define MAXCELLS 256

struct rowbuf {
	struct ita_buf	 text;		/* the cells, NUL-separated */
	size_t		 off[MAXCELLS], len[MAXCELLS];
	char		*cell[MAXCELLS];
	size_t		 n;
};

static int
convert(iconv_t cd, const char *s, size_t n, struct ita_buf *out)
{
	char *in = (char *)s, *o;
	size_t left = n, room;

	ita_buf_clear(out);
	if (ita_buf_reserve(out, n * 3 + 4) == -1)
		return -1;
	o = out->p;
	room = out->cap - 1;
	iconv(cd, NULL, NULL, NULL, NULL);
	if (iconv(cd, &in, &left, &o, &room) == (size_t)-1)
		return -1;
	out->len = (size_t)(o - out->p);
	out->p[out->len] = '\0';
	return 0;
}

static int
row_add(struct rowbuf *rb, const char *s, size_t n)
{
	if (rb->n == MAXCELLS)
		return 0;		/* more cells than any report has */
	rb->off[rb->n] = rb->text.len;
	rb->len[rb->n] = n;
	rb->n++;
	if (ita_buf_add(&rb->text, s, n) == -1 ||
	    ita_buf_addc(&rb->text, '\0') == -1)
		return -1;
	return 0;
}

static void
row_fix(struct rowbuf *rb)
{
	size_t i;

	for (i = 0; i < rb->n; i++)
		rb->cell[i] = rb->text.p + rb->off[i];
}

/* TSV of the stream: \t \n \r \\ back to characters. */
static void
unescape(struct rowbuf *rb)
{
	size_t i, j, k;
	char *c;

	for (i = 0; i < rb->n; i++) {
		c = rb->cell[i];
		for (j = k = 0; j < rb->len[i]; j++) {
			if (c[j] == '\\' && j + 1 < rb->len[i]) {
				j++;
				c[k++] = c[j] == 't' ? '\t' : c[j] == 'n' ?
				    '\n' : c[j] == 'r' ? '\r' : c[j];
			} else
				c[k++] = c[j];
		}
		c[k] = '\0';
		rb->len[i] = k;
	}
}

/*
 * One CSV record from line on (more lines are read while a quote is
 * open). Returns 1, 0 at the end, -1 on error.
 */
static int
csv_record(struct ita_lines *in, const char *line, size_t len, iconv_t cd,
    struct ita_buf *conv, struct rowbuf *rb, struct ita_buf *field,
    struct ita_diag *d, int *unclosed)
{
	int inq = 0, rc;
	size_t i;

	rb->n = 0;
	ita_buf_clear(&rb->text);
	ita_buf_clear(field);
	for (;;) {
		for (i = 0; i < len; i++) {
			char c = line[i];
			if (inq) {
				if (c == '"' && i + 1 < len && line[i + 1] == '"') {
					if (ita_buf_addc(field, '"') == -1)
						return -1;
					i++;
				} else if (c == '"')
					inq = 0;
				else if (ita_buf_addc(field, c) == -1)
					return -1;
			} else if (c == '"' && field->len == 0)
				inq = 1;
			else if (c == ',') {
				if (row_add(rb, ita_buf_str(field),
				    field->len) == -1)
					return -1;
				ita_buf_clear(field);
			} else if (c == '\r' && i + 1 == len - 1 &&
			    line[i + 1] == '\n')
				;
			else if (c == '\n')
				;
			else if (ita_buf_addc(field, c) == -1)
				return -1;
		}
		if (!inq)
			break;
		if ((rc = ita_lines_next(in, &line, &len, d)) != 1) {
			if (rc == 0)
				*unclosed = 1;
			break;
		}
		if (cd != (iconv_t)-1) {
			if (convert(cd, line, len, conv) == -1)
				return -2;
			line = conv->p;
			len = conv->len;
		}
	}
	if (row_add(rb, ita_buf_str(field), field->len) == -1)
		return -1;
	row_fix(rb);
	return 1;
}

int
read_text(struct doc *doc, struct ita_lines *inp, iconv_t cd, int csv,
    struct ita_diag *d)
{
	struct ita_lines in = *inp;	/* the caller's, opened and peeked */
	struct ita_buf conv = ITA_BUF_INIT, field = ITA_BUF_INIT;
	struct rowbuf rb;
	struct ita_loc loc;
	const char *line, *p, *q;
	size_t len;
	unsigned long start;
	int rc, first = 1, tsv_stream = 0, unclosed = 0;

	memset(&rb, 0, sizeof(rb));
	memset(inp, 0, sizeof(*inp));	/* closed here */
	while ((rc = ita_lines_next(&in, &line, &len, d)) == 1) {
		start = in.lineno;
		if (cd != (iconv_t)-1) {
			if (convert(cd, line, len, &conv) == -1) {
				loc.file = in.name;
				loc.line = start;
				loc.col = 0;
				ita_diag_at(d, &loc, ITA_SEV_ERROR,
				    "import.encoding", NULL, "line cannot be "
				    "converted from %s: not imported",
				    "the encoding given with -e");
				continue;
			}
			line = conv.p;
			len = conv.len;
		}
		if (first && len >= 3 && memcmp(line, "\xEF\xBB\xBF", 3) == 0) {
			line += 3;
			len -= 3;
		}
		if (first && len > 4 && memcmp(line, "ita\t", 4) == 0)
			tsv_stream = 1;
		first = 0;
		if (csv) {
			rc = csv_record(&in, line, len, cd, &conv, &rb, &field,
			    d, &unclosed);
			if (rc == -2) {
				loc.file = in.name;
				loc.line = in.lineno;
				loc.col = 0;
				ita_diag_at(d, &loc, ITA_SEV_ERROR,
				    "import.encoding", NULL, "line cannot be "
				    "converted: not imported");
				continue;
			}
			if (rc == -1)
				goto nomem;
			if (unclosed) {
				loc.file = in.name;
				loc.line = start;
				loc.col = 0;
				ita_diag_at(d, &loc, ITA_SEV_ERROR,
				    "import.csv", NULL, "quoted field is not "
				    "closed before the end of the file: row "
				    "not imported");
				break;
			}
			if (doc_row(doc, start, rb.cell, rb.len, rb.n) == -1)
				break;
			continue;
		}
		while (len && (line[len - 1] == '\n' || line[len - 1] == '\r'))
			len--;
		if (memchr(line, '\t', len) == NULL) {
			if (doc_line(doc, start, line, len) == -1)
				break;
			continue;
		}
		rb.n = 0;
		ita_buf_clear(&rb.text);
		for (p = line; ; p = q + 1) {
			q = memchr(p, '\t', (size_t)(line + len - p));
			if (q == NULL)
				q = line + len;
			if (row_add(&rb, p, (size_t)(q - p)) == -1)
				goto nomem;
			if (q == line + len)
				break;
		}
		row_fix(&rb);
		if (tsv_stream)
			unescape(&rb);
		if (doc_row(doc, start, rb.cell, rb.len, rb.n) == -1)
			break;
	}
	ita_buf_free(&conv);
	ita_buf_free(&field);
	ita_buf_free(&rb.text);
	rc = rc == -1 ? -1 : doc_end(doc, in.lineno);
	ita_lines_close(&in);
	return rc;
nomem:
	ita_diag_sys(d, "%s", in.name);
	ita_buf_free(&conv);
	ita_buf_free(&field);
	ita_buf_free(&rb.text);
	ita_lines_close(&in);
	return -1;
}

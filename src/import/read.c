/*
 * Feeding a file to a document: a text export line by line (a line with
 * a tab is a table row), or a CSV sheet row by row through the stream
 * reader's CSV scanner (rows.h), so that ita-import reads CSV as every
 * other program does. Other encodings are converted line by line:
 * TIS-620 and CP874 are single-byte, so a line is a whole unit.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "import.h"
#include "lines.h"
#include "rows.h"

struct rowbuf {
	struct ita_buf	 text;		/* the cells, NUL-separated */
	size_t		*off, *len;	/* grown with the widest row */
	char		**cell;
	size_t		 n, cap;
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
	if (rb->n == rb->cap) {	/* a stream may have thousands */
		size_t cap = rb->cap ? rb->cap * 2 : 64;
		size_t *o = reallocarray(rb->off, cap, sizeof(*o));
		size_t *l = o ? reallocarray(rb->len, cap, sizeof(*l)) : NULL;
		char **c = l ? reallocarray(rb->cell, cap, sizeof(*c)) : NULL;

		rb->off = o ? o : rb->off;
		rb->len = l ? l : rb->len;
		if (c == NULL)
			return -1;
		rb->cell = c;
		rb->cap = cap;
	}
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

/* What reading one file carries from line to line. */
struct reader {
	struct ita_lines	 in;
	iconv_t			 cd;	/* (iconv_t)-1: UTF-8 already */
	struct ita_buf		 conv;	/* a line converted to UTF-8 */
	struct rowbuf		 rb;
	struct ita_diag		*d;
	unsigned long		 start;	/* line number where a row starts */
	int			 tsv_stream;
};

static void reader_error(struct reader *, unsigned long, const char *,
    const char *, ...) __attribute__((format(printf, 4, 5)));

static void
reader_error(struct reader *r, unsigned long line, const char *rule,
    const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	ita_vdiag_at(r->d, &(struct ita_loc){ r->in.name, line, 0 },
	    ITA_SEV_ERROR, rule, NULL, fmt, ap);
	va_end(ap);
}

/* The cells of a line with tabs, into r->rb: 0, -1. */
static int
tsv_cells(struct reader *r, const char *line, size_t len)
{
	const char *p, *q;

	r->rb.n = 0;
	ita_buf_clear(&r->rb.text);
	for (p = line; ; p = q + 1) {
		if ((q = memchr(p, '\t', (size_t)(line + len - p))) == NULL)
			q = line + len;
		if (row_add(&r->rb, p, (size_t)(q - p)) == -1)
			return -1;
		if (q == line + len)
			break;
	}
	row_fix(&r->rb);
	if (r->tsv_stream)
		unescape(&r->rb);
	return 0;
}

/* A line of a text export: a row if it has a tab. 0 go on, 1 stop, -1. */
static int
text_row(struct doc *doc, struct reader *r, const char *line, size_t len)
{
	while (len && (line[len - 1] == '\n' || line[len - 1] == '\r'))
		len--;
	if (memchr(line, '\t', len) == NULL)
		return idoc_line(doc, r->start, line, len) == -1;
	if (tsv_cells(r, line, len) == -1)
		return -1;
	return idoc_row(doc, r->start, r->rb.cell, r->rb.len, r->rb.n) == -1;
}

/* The line in UTF-8 (converted with -e): 0, or -1 (reported). */
static int
line_to_utf8(struct reader *r, const char **line, size_t *len)
{
	if (r->cd == (iconv_t)-1)
		return 0;
	if (convert(r->cd, *line, *len, &r->conv) == -1) {
		reader_error(r, r->start, "import.encoding", "line cannot be "
		    "converted from %s: not imported",
		    "the encoding given with -e");
		return -1;
	}
	*line = r->conv.p;
	*len = r->conv.len;
	return 0;
}

/* The first line: a BOM is dropped; "ita<TAB>" starts a TSV stream. */
static void
first_line(struct reader *r, const char **line, size_t *len)
{
	if (*len >= 3 && memcmp(*line, "\xEF\xBB\xBF", 3) == 0) {
		*line += 3;
		*len -= 3;
	}
	if (*len > 4 && memcmp(*line, "ita\t", 4) == 0)
		r->tsv_stream = 1;
}

/* rows.h's line filter: a line of a sheet converted with -e. */
static int
sheet_conv(void *ctx, unsigned long lineno, const char **line, size_t *len)
{
	struct reader *r = ctx;

	r->start = lineno;
	return line_to_utf8(r, line, len) == -1 ? 1 : 0;
}

/* A CSV sheet, row by row: 0, or -1 (reported). */
static int
read_sheet(struct doc *doc, struct reader *r, struct ita_lines *inp)
{
	struct ita_input *in;
	unsigned long line;
	char **cells;
	size_t *lens, n;
	int rc;

	r->in.name = inp->name;
	if ((in = ita_rows_adopt(inp, r->cd != (iconv_t)-1 ? sheet_conv :
	    NULL, r, r->d)) == NULL)
		return -1;
	while ((rc = ita_rows_next(in, &cells, &lens, &n, &line)) == 1)
		if (idoc_row(doc, line, cells, lens, n) == -1) {
			ita_diag_sys(r->d, "%s", r->in.name);
			rc = -1;
			break;
		}
	line = ita_rows_lineno(in);
	ita_rows_free(in);
	return rc == -1 ? -1 : idoc_end(doc, line);
}

int
iread_text(struct doc *doc, struct ita_lines *inp, iconv_t cd, int csv,
    struct ita_diag *d)
{
	struct reader r;
	const char *line;
	size_t len;
	int rc, step = 0, first = 1;

	memset(&r, 0, sizeof(r));
	r.cd = cd;
	r.d = d;
	if (csv) {
		rc = read_sheet(doc, &r, inp);
		ita_buf_free(&r.conv);
		return rc;
	}
	r.in = *inp;			/* the caller's, opened and peeked */
	memset(inp, 0, sizeof(*inp));	/* closed here */
	while (step == 0 && (rc = ita_lines_next(&r.in, &line, &len, d)) == 1) {
		r.start = r.in.lineno;
		if (line_to_utf8(&r, &line, &len) == -1)
			continue;
		if (first)
			first_line(&r, &line, &len);
		first = 0;
		step = text_row(doc, &r, line, len);
	}
	if (step == -1) {
		ita_diag_sys(d, "%s", r.in.name);
		rc = -1;
	} else
		rc = rc == -1 ? -1 : idoc_end(doc, r.in.lineno);
	ita_buf_free(&r.conv);
	ita_buf_free(&r.rb.text);
	free(r.rb.off);
	free(r.rb.len);
	free(r.rb.cell);
	ita_lines_close(&r.in);
	return rc;
}

/*
 * The stream writer. CSV quotes a field only when it must (RFC 4180);
 * TSV escapes tab, line feed, carriage return and backslash; XML is
 * written by write_xml.c, one <record> per record.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <stdlib.h>
#include <string.h>

#include "chars.h"
#include "clean.h"
#include "escape.h"
#include "grow.h"
#include "jsonl.h"
#include "stream.h"
#include "write_xml.h"

struct ita_writer {
	FILE		*fp;
	enum ita_format	 fmt;
	int		 crlf, bom;
	int		 guard;		/* --formula-guard */
	struct ita_diag	*diag;		/* output.char warnings */
	char		**vals;		/* a record's values, cleaned */
	size_t		*lens;		/* the lengths of the values clean_vals passed */
	size_t		 cap;		/* of vals and lens, which grow together */
	struct ita_buf	 line;		/* a CSV record, written at once */
	/* last with its names cleaned (XML names elements by them) */
	struct ita_header clean;
	char		**names;	/* NULL: last is clean */
	int		 started;
	struct ita_header *last;	/* columns last written */
	struct ita_xmlw	*xw;
};

struct ita_writer *
ita_writer_new(FILE *fp, const struct ita_wopts *c, struct ita_diag *d)
{
	struct ita_writer *w;

	if ((w = calloc(1, sizeof(*w))) == NULL)
		return NULL;
	w->fp = fp;
	w->fmt = c->format;
	w->crlf = c->crlf;
	w->bom = c->bom;
	w->guard = c->formula_guard && (w->fmt == ITA_FMT_CSV ||
	    w->fmt == ITA_FMT_TSV);
	w->diag = d;
	if (w->fmt == ITA_FMT_XML && (w->xw = ita_xmlw_new(fp)) == NULL) {
		free(w);
		return NULL;
	}
	return w;
}

/*
 * The inside of a quoted field and its closing quote: the text up to
 * each quote in one write, the quote doubled.
 */
static void
csv_quoted(FILE *fp, const char *s, size_t len)
{
	const char *q, *end = s + len;

	for (; (q = memchr(s, '"', (size_t)(end - s))) != NULL; s = q + 1) {
		fwrite(s, 1, (size_t)(q - s) + 1, fp);
		putc('"', fp);
	}
	fwrite(s, 1, (size_t)(end - s), fp);
	putc('"', fp);
}

/*
 * A CSV cell of len bytes, quoted when it must be or when quote says so;
 * written by its length, not measured again.
 */
static void
csv_cell(FILE *fp, const char *s, size_t len, int guard, int quote)
{
	guard = guard && ita_formula_risky(s);
	if (!quote && strpbrk(s, ",\"\r\n") == NULL) {
		if (guard)
			putc('\'', fp);
		fwrite(s, 1, len, fp);
		return;
	}
	fputs(guard ? "\"'" : "\"", fp);
	csv_quoted(fp, s, len);
}

void
ita_csv_field(FILE *fp, const char *s)
{
	csv_cell(fp, s, strlen(s), 0, 0);
}

void
ita_csv_cell(FILE *fp, const char *s, int guard)
{
	csv_cell(fp, s, strlen(s), guard, 0);
}

/* What a TSV field's tab, line break and backslash become. */
static const char *const tsv_esc[128] = {
	['\t'] = "\\t", ['\n'] = "\\n", ['\r'] = "\\r", ['\\'] = "\\\\"
};

/* n bytes of a TSV field, escaped. */
static void
tsv_chars(FILE *fp, const char *s, size_t n)
{
	ita_put_escaped(fp, s, n, tsv_esc);
}

static void
tsv_field(FILE *fp, const char *s)
{
	tsv_chars(fp, s, strlen(s));
}

/*
 * The first name of a header tells the form of the stream to a reader
 * (ita_detect_format): a name that starts with '<' after white space
 * would read as XML, one with '{' as JSON Lines, one with a tab (or a
 * backslash, TSV's escapes) as TSV, one that starts with a quote or has
 * a comma as CSV, a blank one as nothing.  CSV quotes such a name; TSV
 * escapes its '<', '{', starting quote and commas (tsv_first).
 */
static int
misleads_reader(const char *s, enum ita_format fmt)
{
	if (fmt == ITA_FMT_CSV && (strchr(s, '\t') != NULL ||
	    strchr(s, '\\') != NULL))
		return 1;
	if (fmt == ITA_FMT_TSV && (*s == '"' || strchr(s, ',') != NULL))
		return 1;
	if (*s == '\0')
		return 0;
	s += strspn(s, " \t\r\n");
	/* (CSV: a blank name alone on its line is white space before the
	 * next line; TSV's reader knows one by the tab after it) */
	return *s == '<' || *s == '{' || (*s == '\0' && fmt == ITA_FMT_CSV);
}

static void
tsv_first(FILE *fp, const char *s)
{
	size_t n = strspn(s, " \t\r\n");
	const char *comma;

	tsv_chars(fp, s, n);		/* the white space before a '<' */
	s += n;
	if (*s == '<' || *s == '{' || (n == 0 && *s == '"'))
		putc('\\', fp);
	/* (a comma before the line's first tab would tell CSV) */
	while ((comma = strchr(s, ',')) != NULL) {
		tsv_chars(fp, s, (size_t)(comma - s));
		fputs("\\,", fp);
		s = comma + 1;
	}
	tsv_field(fp, s);
}

/*
 * csv_cell's text at the end of b: a record is put together there and
 * written by one fwrite, which costs less than two calls a cell.
 */
static int
csv_cell_buf(struct ita_buf *b, const char *s, size_t len, int guard,
    int quote)
{
	const char *q, *end = s + len;
	int rc = 0;

	guard = guard && ita_formula_risky(s);
	if (!quote && strpbrk(s, ",\"\r\n") == NULL) {
		if (guard && ita_buf_add(b, "'", 1) == -1)
			return -1;
		return ita_buf_add(b, s, len);
	}
	rc |= ita_buf_add(b, "\"'", guard ? 2 : 1);
	for (; (q = memchr(s, '"', (size_t)(end - s))) != NULL; s = q + 1) {
		rc |= ita_buf_add(b, s, (size_t)(q - s) + 1);
		rc |= ita_buf_add(b, "\"", 1);	/* doubled */
	}
	rc |= ita_buf_add(b, s, (size_t)(end - s));
	return rc | ita_buf_add(b, "\"", 1);
}

/* A CSV row through w->line; -1 (nothing written) when out of memory. */
static int
csv_row(struct ita_writer *w, char *const *vals, const size_t *lens,
    size_t n, int header)
{
	struct ita_buf *b = &w->line;
	size_t i;
	int rc = 0;

	ita_buf_clear(b);
	for (i = 0; i < n && rc == 0; i++) {
		if (i > 0)
			rc |= ita_buf_add(b, ",", 1);
		rc |= csv_cell_buf(b, vals[i], lens != NULL ? lens[i] :
		    strlen(vals[i]), w->guard, i == 0 && header &&
		    misleads_reader(vals[0], w->fmt));
	}
	rc |= w->crlf ? ita_buf_add(b, "\r\n", 2) : ita_buf_add(b, "\n", 1);
	if (rc != 0)
		return -1;
	fwrite(b->p, 1, b->len, w->fp);
	return 0;
}

/* lens: the lengths of vals, or NULL when not known. */
static void
text_row(struct ita_writer *w, char *const *vals, const size_t *lens,
    size_t n, int header)
{
	size_t i;
	int first;

	/* a row of one empty field would be a blank line, which readers skip */
	if (n == 1 && vals[0][0] == '\0' && w->fmt == ITA_FMT_CSV) {
		fputs(w->crlf ? "\"\"\r\n" : "\"\"\n", w->fp);
		return;
	}
	if (w->fmt == ITA_FMT_CSV && csv_row(w, vals, lens, n, header) == 0)
		return;
	for (i = 0; i < n; i++) {
		if (i > 0)
			putc(w->fmt == ITA_FMT_TSV ? '\t' : ',', w->fp);
		first = i == 0 && header && misleads_reader(vals[0], w->fmt);
		if (w->fmt == ITA_FMT_CSV)
			csv_cell(w->fp, vals[i], lens != NULL ? lens[i] :
			    strlen(vals[i]), w->guard, first);
		else if (w->guard && ita_formula_risky(vals[i])) {
			/* after the ' no name misleads a reader */
			putc('\'', w->fp);
			tsv_field(w->fp, vals[i]);
		} else if (first)
			tsv_first(w->fp, vals[0]);
		else
			tsv_field(w->fp, vals[i]);
	}
	fputs(w->crlf && w->fmt == ITA_FMT_CSV ? "\r\n" : "\n", w->fp);
}

static int
begin(struct ita_writer *w)
{
	if (w->started)
		return 0;
	w->started = 1;
	if (w->bom && w->fmt == ITA_FMT_CSV)
		fputs("\xef\xbb\xbf", w->fp);
	return 0;
}

/* Frees the first n cleaned copies that clean_vals made. */
static void
free_vals(struct ita_writer *w, char *const *v, size_t n)
{
	size_t i;

	if (w->vals != v)
		for (i = 0; i < n; i++)
			if (w->vals[i] != v[i])
				free(w->vals[i]);
}

/*
 * The n strings of v as the writer may pass them on (chars.h): v itself,
 * or w->vals with the cleaned ones copied, after a warning each (r NULL:
 * column names).  NULL on ENOMEM (reported).
 */
static char *const *
clean_vals(struct ita_writer *w, const struct ita_record *r, char *const *v,
    size_t n)
{
	struct ita_buf b = ITA_BUF_INIT;
	struct ita_grow_arr a[] = {
		ITA_GROW_ARR(w->vals), ITA_GROW_ARR(w->lens)
	};
	const char *c;
	size_t i, len;

	if (ita_grow_arrays(a, 2, &w->cap, n, 16) == -1) {
		ita_diag_sys(w->diag, "output");
		return NULL;
	}
	for (i = 0; i < n; i++) {
		len = w->lens[i] = strlen(v[i]);
		if (ita_chars_scan(v[i], len) != len)
			break;
	}
	if (i == n)
		return v;
	for (i = 0; i < n; i++) {
		w->vals[i] = v[i];
		if ((c = ita_chars_value(w->diag, r, r != NULL ?
		    r->hdr->names[i] : NULL, v[i], &b)) == NULL)
			break;
		if (c != v[i] && (w->vals[i] = ita_buf_take(&b)) == NULL)
			break;
	}
	ita_buf_free(&b);
	if (i < n) {
		free_vals(w, v, i);
		return NULL;
	}
	return w->vals;
}

static int
write_header(struct ita_writer *w, struct ita_header *h)
{
	if (w->fmt == ITA_FMT_XML)
		return ita_xmlw_header(w->xw, h);
	if (w->fmt == ITA_FMT_JSONL)
		return 0;	/* every line names its columns */
	text_row(w, h->names, NULL, h->ncols, 1);
	return ferror(w->fp) ? -1 : 0;
}

static int
write_record(struct ita_writer *w, const struct ita_record *r,
    const size_t *lens)
{
	if (w->fmt == ITA_FMT_XML)
		return ita_xmlw_record(w->xw, r);
	if (w->fmt == ITA_FMT_JSONL)
		return ita_jsonl_put(w->fp, r);
	text_row(w, r->vals, lens, r->hdr->ncols, 0);
	return ferror(w->fp) ? -1 : 0;
}

/* Frees the cleaned names of the last header. */
static void
free_names(struct ita_writer *w)
{
	size_t i;

	if (w->names == NULL)
		return;
	for (i = 0; i < w->last->ncols; i++)
		if (w->names[i] != w->last->names[i])
			free(w->names[i]);
	free(w->names);
	w->names = NULL;
}

int
ita_writer_header(struct ita_writer *w, struct ita_header *h)
{
	char *const *names;

	if (begin(w) == -1)
		return -1;
	if (ita_header_same(w->last, h))
		return 0;
	free_names(w);
	ita_header_unref(w->last);
	w->last = ita_header_ref(h);
	if ((names = clean_vals(w, NULL, h->names, h->ncols)) == NULL)
		return -1;
	if (names == h->names)
		return write_header(w, h);
	if ((w->names = malloc(h->ncols * sizeof(*w->names))) == NULL) {
		free_vals(w, h->names, h->ncols);
		ita_diag_sys(w->diag, "output");
		return -1;
	}
	memcpy(w->names, names, h->ncols * sizeof(*w->names));
	w->clean = *h;
	w->clean.names = w->names;
	return write_header(w, &w->clean);
}

int
ita_writer_put(struct ita_writer *w, const struct ita_record *r)
{
	struct ita_record clean;
	char *const *vals;
	int rc;

	if (ita_writer_header(w, r->hdr) == -1)
		return -1;
	if ((vals = clean_vals(w, r, r->vals, r->hdr->ncols)) == NULL)
		return -1;
	/* the lengths clean_vals measured are those of unchanged values */
	if (vals == r->vals && w->names == NULL)
		return write_record(w, r, w->lens);
	clean = *r;
	clean.vals = (char **)vals;
	if (w->names != NULL)
		clean.hdr = &w->clean;
	rc = write_record(w, &clean, vals == r->vals ? w->lens : NULL);
	if (vals != r->vals)
		free_vals(w, r->vals, r->hdr->ncols);
	return rc;
}

int
ita_writer_end(struct ita_writer *w)
{
	int rc = 0;

	if (w == NULL)
		return 0;
	if (w->fmt == ITA_FMT_XML && ita_xmlw_end(w->xw) == -1)
		rc = -1;
	free_names(w);
	ita_header_unref(w->last);
	free(w->vals);
	free(w->lens);
	ita_buf_free(&w->line);
	free(w);
	return rc;
}

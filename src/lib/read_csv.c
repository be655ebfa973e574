/*
 * CSV through libcsv in strict mode: lines are fed one at a time so that
 * every row knows the line it starts on; a row on one line without quotes
 * is split here directly.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "read.h"
#include "utf8.h"

static void
csv_on_field(void *s, size_t len, void *ctx)
{
	struct ita_input *in = ctx;
	const char *t = s != NULL ? s : "";

	/* a BOM before a row's first field is cat's, after a lone CR too
	 * (where libcsv, not row_begins, found the row) */
	if (in->cur.n == 0)
		ita_rd_skip_bom(&t, &len);
	if (ita_rd_row_add(&in->cur, t, len) == -1)
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
			if ((nq = ita_grow(in->queue, in->qlen, &in->qcap,
			    sizeof(*nq), 8)) == NULL)
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
	/*
	 * A row that libcsv ends at a lone CR leaves the rest of its line to
	 * the next row: the line's problem (ita_rd_check_line) is that row's
	 * too, until a new line begins one (row_begins).
	 */
	in->cur.bad = r.bad == 1;
	if (queue_push(in, &r) == -1) {
		ita_rd_row_free(&r);
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

int
ita_rd_csv_start(struct ita_input *in)
{
	if (csv_init(&in->csv, CSV_STRICT | CSV_STRICT_FINI) != 0)
		return -1;
	csv_set_space_func(&in->csv, csv_no_space);
	csv_set_blk_size(&in->csv, 65536);
	in->csv_ready = 1;
	return 0;
}


/* The last field added held doubled quotes: each pair becomes one. */
static void
undouble_last(struct ita_input *in)
{
	char *f = in->cur.f[in->cur.n - 1], *w;

	for (w = f; *f != '\0'; f++) {
		*w++ = *f;
		if (*f == '"')
			f++;	/* the pair's second quote */
	}
	*w = '\0';
}

/*
 * The closing quote of a quoted field whose text goes on at s, before
 * end; NULL when the line ends inside the field.  *doubled is set when
 * the text holds a doubled quote.
 */
static const char *
closing_quote(const char *s, const char *end, int *doubled)
{
	const char *q;

	for (q = s; ; q += 2) {
		if ((q = memchr(q, '"', (size_t)(end - q))) == NULL)
			return NULL;
		if (q + 1 == end || q[1] != '"')
			return q;
		*doubled = 1;
	}
}

/* Text of a quoted field that spans lines, its quote pairs undoubled. */
static void
open_add(struct ita_input *in, const char *s, const char *e)
{
	const char *q;
	int r = 0;

	while (r == 0 && s < e) {
		if ((q = memchr(s, '"', (size_t)(e - s))) == NULL) {
			r = ita_buf_add(&in->csv_field, s, (size_t)(e - s));
			break;
		}
		r = ita_buf_add(&in->csv_field, s, (size_t)(q - s) + 1);
		s = q + 2;	/* the pair's second quote */
	}
	if (r == -1)
		in->cur.bad = -1;
}

/* Returned by csv_plain_field: the field goes on to the next line. */
static const char open_field[1];
#define OPEN	open_field

/*
 * One field of a row on one line at p (before end): added, and where the
 * next begins (after its comma, or NULL after the last); OPEN when it is
 * quoted and goes on to the next line (its text so far in csv_field); p
 * when libcsv must read the line: a stray quote.
 */
static const char *
csv_plain_field(struct ita_input *in, const char *p, const char *end)
{
	const char *q, *comma;
	int doubled = 0;

	if (*p != '"') {
		comma = memchr(p, ',', (size_t)(end - p));
		q = comma != NULL ? comma : end;
		if (memchr(p, '"', (size_t)(q - p)) != NULL)
			return p;
		csv_on_field((void *)p, (size_t)(q - p), in);
		return comma != NULL ? comma + 1 : NULL;
	}
	if ((q = closing_quote(p + 1, end, &doubled)) == NULL) {
		ita_buf_clear(&in->csv_field);
		open_add(in, p + 1, end);
		return OPEN;
	}
	if (q + 1 != end && q[1] != ',')
		return p;
	csv_on_field((void *)(p + 1), (size_t)(q - p - 1), in);
	if (doubled && in->cur.bad != -1)
		undouble_last(in);
	return q + 1 != end ? q + 2 : NULL;
}

/*
 * libcsv takes the row over: the fields split so far are dropped, and the
 * lines of the row the fast path read before this one are given to it
 * again (they end inside a quoted field, where libcsv then stands); 0,
 * or -1 on ENOMEM.
 */
static int
to_libcsv(struct ita_input *in)
{
	unsigned long lineno = in->cur.line;
	int bad = in->cur.bad;

	ita_rd_row_free(&in->cur);
	in->cur.line = lineno;
	in->cur.bad = bad;
	if (bad != -1 && in->csv_lines.len > 0 && csv_parse(&in->csv,
	    in->csv_lines.p, in->csv_lines.len, csv_on_field, csv_on_row,
	    in) != in->csv_lines.len)
		in->cur.bad = -1;	/* cannot be: the fast path read them */
	in->csv_open = 0;
	ita_buf_clear(&in->csv_lines);
	ita_buf_clear(&in->csv_field);
	return in->cur.bad == -1 ? -1 : 0;
}

/*
 * Rows are split here, at memchr speed: libcsv's per-byte callbacks cost
 * more than the rest of reading.  A quoted field may go on over lines
 * (its text and the lines are kept until it closes).  Anything else (a
 * stray quote, a CR, a row libcsv began) goes to libcsv, which this must
 * agree with: fields untrimmed, blank lines skipped.  1 when the line was
 * taken, 0 when libcsv must read it, -1 on ENOMEM.
 */
static int
csv_plain_row(struct ita_input *in, const char *line, size_t len)
{
	const char *p, *q, *next, *end;
	size_t whole = len;
	int nl = 0, cr = 0, doubled = 0;

	if (in->csv.pstate != 0 || (in->cur.n != 0 && !in->csv_open))
		return 0;
	if (len > 0 && line[len - 1] == '\n') {
		len--;
		nl = 1;
	}
	if (len > 0 && line[len - 1] == '\r') {
		len--;
		cr = 1;
	}
	if (memchr(line, '\r', len) != NULL || (cr && in->csv_open))
		return to_libcsv(in);
	if (len == 0 && !in->csv_open)
		return 1;
	end = line + len;
	p = line;
	if (in->csv_open) {
		/* The line goes on with the quoted field left open. */
		if ((q = closing_quote(line, end, &doubled)) == NULL) {
			open_add(in, line, end);
			if (!nl || ita_buf_add(&in->csv_field, "\n", 1) == -1 ||
			    ita_buf_add(&in->csv_lines, line, whole) == -1)
				return to_libcsv(in);
			return in->cur.bad == -1 ? -1 : 1;
		}
		if (q + 1 != end && q[1] != ',')
			return to_libcsv(in);
		open_add(in, line, q);
		csv_on_field(in->csv_field.p, in->csv_field.len, in);
		in->csv_open = 0;
		ita_buf_clear(&in->csv_field);
		if (q + 1 == end)
			p = NULL;
		else if ((p = q + 2) == end) {	/* a comma ends the line */
			csv_on_field((void *)end, 0, in);
			p = NULL;
		}
	}
	for (; p != NULL; p = next) {
		if ((next = csv_plain_field(in, p, end)) == p)
			return to_libcsv(in);
		if (next == OPEN) {
			/* A line break in the field: it and the line kept. */
			if (!nl || cr || ita_buf_add(&in->csv_field, "\n", 1) ==
			    -1 || ita_buf_add(&in->csv_lines, line, whole) == -1)
				return to_libcsv(in);
			in->csv_open = 1;
			return in->cur.bad == -1 ? -1 : 1;
		}
		if (next == end) {	/* a comma ends the line */
			csv_on_field((void *)end, 0, in);
			break;
		}
	}
	csv_on_row('\n', in);
	ita_buf_clear(&in->csv_lines);
	return in->cur.bad == -1 ? -1 : 1;
}

/* The end of the file: what libcsv still holds, or a quote left open. */
static int
csv_end(struct ita_input *in)
{
	struct ita_loc l;

	/* A quoted field still open: libcsv says what it says of that. */
	if (in->csv_lines.len > 0 && to_libcsv(in) == -1) {
		ita_diag_sys(in->d, "%s", in->lines.name);
		return -1;
	}
	if (csv_fini(&in->csv, csv_on_field, csv_on_row, in) != 0) {
		l = ita_rd_here(in, in->cur.line, 0);
		ita_diag_at(in->d, &l, ITA_SEV_ERROR, "csv.quote", NULL,
		    "quoted field is not closed before the end of the file; "
		    "row skipped");
		ita_rd_row_free(&in->cur);
		in->nrej++;
	}
	return in->qhead < in->qlen;
}

/* A line that begins a row: its number, and a BOM dropped (cat joins). */
static void
row_begins(struct ita_input *in, const char **line, size_t *len)
{
	in->cur.line = in->lines.lineno;
	in->cur.bad = 0;
	ita_rd_skip_bom(line, len);
}

/* libcsv stopped at byte n: the row is reported, the parser restarted. */
static int
stray_quote(struct ita_input *in, const char *line, size_t n)
{
	struct ita_loc l;

	l = ita_rd_here(in, in->lines.lineno, ita_utf8_column(line, n));
	ita_diag_at(in->d, &l, ITA_SEV_ERROR, "csv.quote", NULL, "stray quote "
	    "in a CSV field (a quote inside a field must be doubled and the "
	    "field quoted); row skipped");
	ita_rd_row_free(&in->cur);
	in->nrej++;
	csv_free(&in->csv);
	if (ita_rd_csv_start(in) == -1) {
		ita_diag_sys(in->d, "%s", in->lines.name);
		return -1;
	}
	return 0;
}

int
ita_rd_csv_feed(struct ita_input *in)
{
	const char *line;
	size_t len, n;
	int r;

	while (in->qhead == in->qlen) {
		if ((r = ita_lines_next(&in->lines, &line, &len, in->d)) != 1)
			return r == 0 ? csv_end(in) : -1;
		/* rows.h: a line converted to UTF-8, or dropped (reported) */
		if (in->conv != NULL && (r = in->conv(in->conv_ctx,
		    in->lines.lineno, &line, &len)) != 0) {
			if (r == -1)
				return -1;
			continue;
		}
		if (in->csv.pstate == 0 && in->cur.n == 0 && !in->csv_open)
			row_begins(in, &line, &len);
		if (in->raw)
			ita_rd_check_nul(in, line, len);
		else
			ita_rd_check_line(in, line, len);
		if ((r = csv_plain_row(in, line, len)) == 1)
			continue;
		if (r == 0) {
			n = csv_parse(&in->csv, line, len, csv_on_field,
			    csv_on_row, in);
			if (in->cur.bad != -1 &&
			    csv_error(&in->csv) != CSV_ENOMEM) {
				if (n < len && stray_quote(in, line, n) == -1)
					return -1;
				continue;
			}
		}
		ita_diag_sys(in->d, "%s", in->lines.name);
		return -1;
	}
	return 1;
}

void
ita_rd_csv_stop(struct ita_input *in)
{
	size_t i;

	if (in->csv_ready) {
		csv_free(&in->csv);
		in->csv_ready = 0;
	}
	for (i = in->qhead; i < in->qlen; i++)
		ita_rd_row_free(&in->queue[i]);
	in->qhead = in->qlen = 0;
	ita_rd_row_free(&in->cur);
	in->csv_open = 0;
	ita_buf_free(&in->csv_field);
	ita_buf_free(&in->csv_lines);
}

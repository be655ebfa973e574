/*
 * The stream reader: one file after another, its form detected from its
 * first bytes, rows turned into records. The forms are read in
 * read_csv.c (libcsv, strict), read_tsv.c and read_xml.c (libxml2, SAX2).
 * Holds one record (one row of CSV) at a time.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "parse.h"
#include "read.h"
#include "utf8.h"

void
ita_rd_row_free(struct row *r)
{
	ita_strv_free(r->f, r->n);
	memset(r, 0, sizeof(*r));
}

int
ita_rd_row_add(struct row *r, const char *s, size_t len)
{
	char **nf, *v;

	if ((nf = ita_grow(r->f, r->n, &r->cap, sizeof(*nf), 16)) == NULL)
		return -1;
	r->f = nf;
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

struct ita_input *
ita_input_adopt(struct ita_lines *l, struct ita_diag *d)
{
	struct ita_input *in;

	if ((in = calloc(1, sizeof(*in))) == NULL) {
		ita_diag_sys(d, "reading input");
		ita_lines_close(l);
		return NULL;
	}
	in->d = d;
	in->lines = *l;
	in->adopted = 1;
	return in;
}

enum ita_format
ita_detect_format(const char *p, size_t n)
{
	size_t i;

	ita_rd_skip_bom(&p, &n);
	/* (a tab in the white space of the first line: a TSV header whose
	 * first names are blank) */
	for (i = 0; i < n && (p[i] == ' ' || p[i] == '\t' || p[i] == '\r' ||
	    p[i] == '\n'); i++)
		if (p[i] == '\t' && memchr(p, '\n', i) == NULL)
			return ITA_FMT_TSV;
	if (i < n && p[i] == '<')
		return ITA_FMT_XML;
	if (i < n && p[i] == '{')
		return ITA_FMT_JSONL;
	/*
	 * The header row says it: a tab before any comma or line end.  A
	 * CSV header that starts with a quote may hold either in it; a TSV
	 * writer escapes a quote there (\").
	 */
	if (n > 0 && p[0] == '"')
		return ITA_FMT_CSV;
	if (n > 1 && p[0] == '\\' && (p[1] == '<' || p[1] == '{' ||
	    p[1] == '"'))
		return ITA_FMT_TSV;	/* the escapes only TSV writes there */
	for (i = 0; i < n && p[i] != '\n'; i++) {
		if (p[i] == '\t')
			return ITA_FMT_TSV;
		if (p[i] == '\\' && i + 1 < n && p[i + 1] == ',')
			return ITA_FMT_TSV;	/* TSV's escape of a first name's comma */
		if (p[i] == ',')
			break;
	}
	return ITA_FMT_CSV;
}

struct ita_loc
ita_rd_here(struct ita_input *in, unsigned long line, unsigned long col)
{
	struct ita_loc l;

	l.file = in->lines.name;
	l.line = line;
	l.col = col;
	return l;
}

/* ---- rows to records ---- */

/*
 * A header without 'kind' or 'id' (when the program asks for them): no
 * row under it is a record. 1 when its rows are to be skipped.
 */
static int
missing_identity(struct ita_input *in, const struct ita_header *h,
    const struct ita_loc *l)
{
	static const enum ita_col need[] = { ITA_COL_KIND, ITA_COL_ID };
	size_t i;
	int bad = 0;

	if (!in->need_ids)
		return 0;
	for (i = 0; i < sizeof(need) / sizeof(need[0]); i++) {
		if (h->index[need[i]] >= 0)
			continue;
		ita_diag_at(in->d, l, ITA_SEV_ERROR, "header.missing", NULL,
		    "the header has no column '%s'; the rows under it are "
		    "skipped", ita_cols[need[i]].name);
		if (ita_diag_severity(in->d, "header.missing",
		    ITA_SEV_ERROR) == ITA_SEV_ERROR)
			bad = 1;
	}
	return bad;
}

int
ita_rd_set_header(struct ita_input *in, struct row *r)
{
	struct ita_header *h;
	struct ita_loc l;
	size_t i;
	int dup = 0;

	l = ita_rd_here(in, r->line, 0);
	if ((h = ita_header_new(r->f, r->n)) == NULL) {
		ita_diag_sys(in->d, "%s", in->lines.name);
		return -1;
	}
	h->line = r->line;
	/* Reported; the rows still line up by position. */
	for (i = 0; i < r->n; i++)
		if (r->f[i][0] == '\0')
			ita_diag_at(in->d, &l, ITA_SEV_ERROR, "header.empty",
			    NULL, "column %zu of the header has no name", i + 1);
		else if (h->repeated[i]) {
			/* one of the two values would be lost: no row is read */
			ita_diag_at(in->d, &l, ITA_SEV_ERROR,
			    "header.duplicate", NULL,
			    "column '%s' appears twice in the header; the rows "
			    "under it are skipped", r->f[i]);
			if (ita_diag_severity(in->d, "header.duplicate",
			    ITA_SEV_ERROR) == ITA_SEV_ERROR)
				dup = 1;
		}
	ita_header_unref(in->hdr);
	in->hdr = h;
	in->hdr_bad = missing_identity(in, h, &l) || dup;
	return 0;
}

void
ita_input_need_ids(struct ita_input *in)
{
	in->need_ids = 1;
}

/*
 * A record read in any form, checked for what every form checks alike: a
 * record of a newer major version is reported and skipped (0); else it
 * is handed out (1).
 */
int
ita_rd_take_record(struct ita_input *in, struct ita_record *rec,
    struct ita_record **out)
{
	const char *v = ita_get(rec, ITA_COL_ITA);
	long major;

	if (*v != '\0' && ita_parse_long(v, 0, 1000000, &major) == 0 &&
	    major > ITA_STREAM_MAJOR) {
		ita_diag_at(in->d, &rec->loc, ITA_SEV_ERROR, "stream.version",
		    NULL, "stream version %ld is newer than this ita-tools "
		    "reads (%d); upgrade ita-tools; record skipped", major,
		    ITA_STREAM_MAJOR);
		ita_record_free(rec);
		in->nrej++;
		return 0;
	}
	*out = rec;
	return 1;
}

/* 1 and a record, 0 when the row was a header or was reported, -1. */
int
ita_rd_take_row(struct ita_input *in, struct row *r, struct ita_record **out)
{
	struct ita_record *rec;
	struct ita_loc l = ita_rd_here(in, r->line, 0);

	if (in->hdr_lost) {
		in->nrej++;		/* no header to read the row by */
		return 0;
	}
	/* (a header again: files joined by cat; a blank first name tells
	 * no header from a row) */
	if (in->hdr == NULL || (r->n > 0 && in->hdr->ncols > 0 &&
	    in->hdr->names[0][0] != '\0' &&
	    strcmp(r->f[0], in->hdr->names[0]) == 0)) {
		if (r->bad) {
			/*
			 * An unreadable header: the rows under it cannot be
			 * read (the next row is no header either).
			 */
			in->hdr_lost = in->hdr == NULL;
			in->hdr_bad = 1;
			in->nrej++;
			return 0;
		}
		return ita_rd_set_header(in, r) == -1 ? -1 : 0;
	}
	if (r->bad || in->hdr_bad) {
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
	if (ita_rd_record_of(in, r, &rec) == -1)
		return -1;
	rec->loc = l;
	return ita_rd_take_record(in, rec, out);
}

int
ita_rd_record_of(struct ita_input *in, struct row *r, struct ita_record **out)
{
	size_t i;

	if ((*out = ita_record_new(in->hdr)) == NULL) {
		ita_diag_sys(in->d, "%s", in->lines.name);
		return -1;
	}
	for (i = 0; i < r->n; i++) {
		(*out)->vals[i] = r->f[i];
		r->f[i] = NULL;
	}
	r->n = 0;
	return 0;
}

/*
 * Every BOM at the start: one left would start the row's first field,
 * which no writer could then write back at a line's start.
 */
void
ita_rd_skip_bom(const char **line, size_t *len)
{
	while (*len >= 3 && memcmp(*line, "\xef\xbb\xbf", 3) == 0) {
		*line += 3;
		*len -= 3;
	}
}

void
ita_rd_check_line(struct ita_input *in, const char *s, size_t len)
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
	l = ita_rd_here(in, in->lines.lineno, ita_utf8_column(s, off));
	ita_diag_at(in->d, &l, ITA_SEV_ERROR, rule[p], NULL,
	    "input %s; row skipped", what[p]);
	in->cur.bad = 1;
}

/* ---- files ---- */

static int
open_next(struct ita_input *in)
{
	const char *p;
	ssize_t n;

	while (in->adopted || in->next_file < in->nfiles) {
		if (in->adopted)
			in->adopted = 0;	/* open already, bytes unread */
		else if (ita_lines_open(&in->lines,
		    in->files[in->next_file++], in->d) == -1)
			continue;
		in->open = 1;
		ita_header_unref(in->hdr);
		in->hdr = NULL;
		in->hdr_bad = in->hdr_lost = 0;
		if ((n = ita_lines_peek(&in->lines, 4096, &p, in->d)) == -1)
			return -1;
		in->fmt = ita_detect_format(p, (size_t)n);
		if (in->fmt == ITA_FMT_CSV && ita_rd_csv_start(in) == -1)
			return -1;
		if (in->fmt == ITA_FMT_XML && ita_rd_xml_start(in) == -1)
			return -1;
		return 1;
	}
	return 0;
}

static void
close_current(struct ita_input *in)
{
	if (!in->open)
		return;
	ita_rd_csv_stop(in);
	ita_rd_xml_stop(in);
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
			return ita_rd_xml_next(in, out);
		case ITA_FMT_JSONL:
			return ita_rd_jsonl_next(in, out);
		case ITA_FMT_TSV:
			if ((rv = ita_rd_tsv_row(in, &r)) <= 0)
				return rv;
			break;
		case ITA_FMT_CSV:
			if ((rv = ita_rd_csv_feed(in)) <= 0)
				return rv;
			r = in->queue[in->qhead++];
			break;
		}
		rv = ita_rd_take_row(in, &r, out);
		ita_rd_row_free(&r);
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

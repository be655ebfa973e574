/*
 * The stream reader's insides, shared by its files: stream_read.c (files,
 * form, rows to records), read_csv.c, read_tsv.c and read_xml.c. Not for
 * programs: they use stream.h.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#ifndef ITA_READ_H
#define ITA_READ_H

#include <csv.h>

#include "buf.h"
#include "lines.h"
#include "stream.h"

struct ita_xml;		/* read_xml.c */

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
	int		 adopted;	/* lines given by ita_input_adopt */
	struct ita_lines lines;
	enum ita_format	 fmt;
	struct ita_header *hdr;
	int		 need_ids;	/* a header must have kind and id */
	int		 hdr_bad;	/* it has not: its rows are skipped */
	int		 hdr_lost;	/* the header was unreadable: no row is */

	/* CSV */
	struct csv_parser csv;
	int		 csv_ready;
	struct row	 cur;		/* row being parsed */
	int		 csv_open;	/* read_csv's fast path is in a quoted
					 * field that goes on over lines */
	struct ita_buf	 csv_field;	/* its text so far */
	struct ita_buf	 csv_lines;	/* the row's lines before this one */
	struct row	*queue;		/* rows parsed, not yet taken */
	size_t		 qhead, qlen, qcap;

	/* XML: read_xml.c's parser and what it has queued */
	struct ita_xml	*xml;

	unsigned long long nrec, nrej;

	/* Rows as they are (rows.h): no header, no records, no UTF-8 check. */
	int		 raw;
	int		(*conv)(void *, unsigned long, const char **, size_t *);
	void		*conv_ctx;
	struct row	 taken;		/* the row ita_rows_next handed out */
	size_t		*rowlen;
	int		 rows_done;
};

/* stream_read.c */
void	ita_rd_row_free(struct row *);
int	ita_rd_row_add(struct row *, const char *, size_t);
struct ita_loc ita_rd_here(struct ita_input *, unsigned long line,
	    unsigned long col);
int	ita_rd_set_header(struct ita_input *, struct row *);
/* 1 and a record, 0 when the row was a header or was reported, -1. */
int	ita_rd_take_row(struct ita_input *, struct row *, struct ita_record **);
/* A record of the current header holding r's fields (r emptied); 0, -1. */
int	ita_rd_record_of(struct ita_input *, struct row *r,
	    struct ita_record **);
/* Any form's record, checked alike (stream.version): 1 handed out, 0 not. */
int	ita_rd_take_record(struct ita_input *, struct ita_record *,
	    struct ita_record **);
/* A UTF-8 byte-order mark at the start of a line dropped (cat joins files). */
void	ita_rd_skip_bom(const char **line, size_t *len);
/* Reports a line that is not UTF-8 or holds control bytes; marks the row. */
void	ita_rd_check_line(struct ita_input *, const char *, size_t);

/* read_rows.c: a line of a raw CSV input with a NUL byte; marks the row. */
void	ita_rd_check_nul(struct ita_input *, const char *, size_t);

/* read_csv.c: rows of CSV, through libcsv. */
int	ita_rd_csv_start(struct ita_input *);
void	ita_rd_csv_stop(struct ita_input *);
/* Feeds lines until a row is queued; 1, 0 at the end of the file, -1. */
int	ita_rd_csv_feed(struct ita_input *);

/* read_tsv.c: the next row of TSV; 1, 0 at the end, -1. */
int	ita_rd_tsv_row(struct ita_input *, struct row *);

/* read_xml.c: records of XML, through libxml2's SAX2 push parser. */
int	ita_rd_xml_start(struct ita_input *);
void	ita_rd_xml_stop(struct ita_input *);
/* 1 a record, 0 at the end of the file (or after an error reported). */
int	ita_rd_xml_next(struct ita_input *, struct ita_record **);

/* read_jsonl.c: records of JSON Lines; 1, 0 at the end of the file, -1. */
int	ita_rd_jsonl_next(struct ita_input *, struct ita_record **);

#endif

/*
 * Reading and writing the record stream in its three forms (ita(5)):
 * CSV, TSV and XML, detected from the data on input.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#ifndef ITA_STREAM_H
#define ITA_STREAM_H

#include <stdio.h>

#include "diag.h"
#include "format.h"
#include "record.h"

struct ita_input;

/*
 * Reads files in order as one stream ("-" or no file at all: stdin).
 * A file that cannot be opened is reported (status 3) and skipped.
 */
struct ita_input *ita_input_new(char *const *files, int nfiles,
	    struct ita_diag *);
/*
 * Reads one input already open, whose first bytes were only peeked at
 * (ita-import looks before it knows the form): it takes over l.
 */
struct ita_lines;
struct ita_input *ita_input_adopt(struct ita_lines *, struct ita_diag *);
/*
 * A header without the columns 'kind' and 'id' is reported at its line
 * (header.missing) and no row under it is a record (ita-validate).
 */
void	ita_input_need_ids(struct ita_input *);
/* The next record (the caller frees it): 1, or 0 when all is read. */
int	ita_input_next(struct ita_input *, struct ita_record **);
/* Records handed out so far, and rows reported and not handed out. */
unsigned long long ita_input_records(const struct ita_input *);
unsigned long long ita_input_rejected(const struct ita_input *);
void	ita_input_free(struct ita_input *);

/* Detects the form of a stream from its first bytes. */
enum ita_format ita_detect_format(const char *, size_t);

struct ita_writer;

/* How a writer writes (from the common options). */
struct ita_wopts {
	enum ita_format	 format;
	int		 crlf, bom;	/* CSV for spreadsheets */
	int		 formula_guard;	/* CSV, TSV: ' before a formula */
};
/* A writer; d gets its warnings (output.char). */
struct ita_writer *ita_writer_new(FILE *, const struct ita_wopts *,
	    struct ita_diag *);
/*
 * Writes a record; a header (a <columns> element in XML) goes first, and
 * again whenever the record's columns differ from the last ones written.
 * 0, or -1 on a write error (see ita_out_ok).
 */
int	ita_writer_put(struct ita_writer *, const struct ita_record *);
/* Writes the header alone (for a table with no rows); 0 or -1. */
int	ita_writer_header(struct ita_writer *, struct ita_header *);
/* Closes the XML document (an empty stream is still one); frees. */
int	ita_writer_end(struct ita_writer *);

/* One CSV field, quoted only when it must be (RFC 4180). */
void	ita_csv_field(FILE *, const char *);
/* The same, with ' before a formula when guard is set (--formula-guard). */
void	ita_csv_cell(FILE *, const char *, int guard);

#endif

/*
 * What the readers of workbooks (.xlsx, .ods, flat .fods) share: the row
 * being read, cell by cell at its column, handed to the document model
 * with the sheet's row number as its position; the sheet that --sheet
 * picks; and cell values written as text the way the importer reads
 * them (numbers without float noise, dates as D/M/YYYY).
 *
 * Bounds: a sheet is at most SHEET_MAXCOLS columns wide (Excel's XFD)
 * and a row is laid out only up to its last cell with text, so sparse
 * references and repeated empty cells cost nothing; repeated empty rows
 * are a jump in the row number; a row with text repeated is taken
 * SHEET_MAXREPEAT times at most; and a sheet gives SHEET_MAXCELLS cells
 * at most, so that no input makes the importer work without end.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#ifndef ITA_IMPORT_SHEET_H
#define ITA_IMPORT_SHEET_H

#include <stddef.h>

#include "orig.h"
#include <libxml/xmlreader.h>

#include "xtext.h"

#define SHEET_MAXCOLS	16384UL
#define SHEET_MAXROWS	1048576UL
#define SHEET_MAXREPEAT	1000UL
#define SHEET_MAXCELLS	((unsigned long)4 << 20)
#define SHEET_MAXSHEETS	1024UL

struct sheet_row {
	struct xtext	*cell;		/* per column */
	struct dm_cell	*dc;
	size_t		 cap;
	size_t		 n;		/* 1 + the last column with text */
	unsigned long	 ncells;	/* given to the model in this sheet */
	int		 wide_said, full, nomem;
	int		 counting;	/* rows with text are counted only */
	unsigned long	 counted;
};

/* The text of column col (from 0), cleared; NULL past the bound or ENOMEM. */
struct xtext *isrow_cell(struct orig *, struct sheet_row *, unsigned long col,
	    unsigned long line);
/* The cell at col has its text now (or stays empty). */
void	isrow_set(struct sheet_row *, size_t col);
/*
 * The row to the model at position line (times rows: line, line + 1, ...;
 * a blank row is nothing), then cleared: 0, or -1.
 */
int	isrow_emit(struct orig *, struct sheet_row *, unsigned long line,
	    unsigned long times);
void	isrow_clear(struct sheet_row *);
void	isrow_free(struct sheet_row *);

/* The names of a workbook's sheets, in order. */
struct sheets {
	char		**name;
	size_t		 n, cap;
	/* the sheets read and those left unread that hold text */
	const char	*file;		/* the workbook's own name */
	struct ita_buf	 label;		/* FILE[SHEET], with --all-sheets */
	struct ita_buf	 unread;
	size_t		 nunread;
};

int	isheets_add(struct sheets *, const char *name);	/* 0, -1 ENOMEM */
/*
 * The sheet to read: the first, or the one --sheet names (a name, else a
 * number from 1): its index, or -1 (reported, listing the sheets).
 */
long	isheets_pick(struct orig *, const struct sheets *, const char *rule);
/* Reading as the sheets come: --sheet is a number (isheets_pick needs
   them all), else 1 if the sheet at index i named name is the one. */
int	isheet_by_number(const struct orig *);
int	isheets_wanted(const struct orig *, size_t i, const char *name);
/* --sheet matched none of them: the error, listing them; -1. */
int	isheets_unknown(struct orig *, const struct sheets *, const char *rule);
/*
 * Sheet i (named already) starts: read (with --all-sheets, its rows are
 * FILE[SHEET] in records and diagnostics and start a new table of the
 * document), or only its rows with text counted, quietly.  0, or -1.
 */
int	isheet_enter(struct orig *, struct sheets *, struct sheet_row *,
	    size_t i, int read);
/* Sheet i ends: what it held when it was only counted is kept. */
int	isheet_leave(struct orig *, struct sheets *, struct sheet_row *,
	    size_t i);
/*
 * The workbook is read: its own name again, and a warning naming the
 * sheets that held text and were not read (without --sheet).
 */
void	isheets_done(struct orig *, struct sheets *);
/* -v: which sheet was read of how many. */
void	isheets_verbose(struct orig *, const struct sheets *, size_t read);
void	isheets_free(struct sheets *);

/*
 * A streaming XML reader (no network, no entities loaded, libxml2's own
 * messages off) over an entry of a zip, or over memory when zf is NULL.
 */
struct izip_file;
xmlTextReaderPtr isheet_reader(struct izip_file *zf, const char *buf,
	    size_t len);
/* The node's attribute of that local name into out (size n): 1, or 0. */
int	ixr_attr(xmlTextReaderPtr, const char *name, char *out, size_t n);
/* The node's local name is name. */
int	ixr_is(xmlTextReaderPtr, const char *name);

/* A diagnostic at line (a row) of the input. */
void	isheet_diag(struct orig *, unsigned long line, enum ita_severity,
	    const char *rule, const char *fmt, ...)
	    __attribute__((format(printf, 5, 6)));

/* Cell values as text into t.  A number as stored ("0.1" "40"). */
void	isheet_number(struct xtext *, const char *v, int percent);
/*
 * A date stored as a serial number of days (what: 'd' a date, 'D' a date
 * and time, 't' a time): 1 written, 0 not a date (nothing written).
 */
int	isheet_serial(struct xtext *, const char *v, int date1904, int what);
/* An ISO 8601 date "2025-01-15[T10:30:00]" as D/M/YYYY: 1, or 0. */
int	isheet_isodate(struct xtext *, const char *v);
/* "TRUE" or "FALSE" as a spreadsheet writes them in CSV. */
void	isheet_bool(struct xtext *, int);

#endif

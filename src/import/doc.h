/*
 * The inside of struct doc (import.h), shared by the files that read a
 * document: doc.c meta.c score.c table.c row.c cont.c fields.c build.c
 * emit.c.  A doc holds the metadata, the current table's columns and at
 * most one pending record (rows that continue it may follow).
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#ifndef ITA_IMPORT_DOC_H
#define ITA_IMPORT_DOC_H

#include "import.h"

#define K_REPORT (TK_NKINDS)	/* counted with the table kinds */

/* Columns grow with the widest row: a stream may have thousands. */
struct table {
	int		*field;		/* per column, -1 unknown */
	int		*upper;		/* first header row, for repeats */
	char		**name;		/* header text, normalized */
	size_t		 ncols;
	size_t		 nupper;	/* cells of the first header row */
	enum tkind	 kind;
	unsigned long	 line;
	int		 colof[F_NFIELDS];	/* itable_index: field's column */
};

struct doc {
	const char		*source;
	enum doc_form		 form;	/* text export, document, sheet */
	const struct imp_opts	*o;
	const struct syntab	*syn;
	struct ita_diag		*diag;
	emit_fn			 emit;
	void			*ectx;
	struct ita_header	*hdr;

	/* metadata */
	struct ita_buf	 office, district, province, title, memo_number;
	struct ita_buf	 memo_subject, website, level, tmp, tmp2;
	const char	*office_type;
	int		 year, round;
	unsigned long	 year_line;	/* where year was read */
	int		 title_year;	/* the report's title said year */
	int		 title_next;	/* the title goes on to the next line */
	char		 memo_date[11];
	const char	*section;
	char		 oit_group[8];
	int		 in_memo, title_lines, seen_table, scores;
	char		 score_said[6][16];	/* per tool, the first */
	unsigned long	 score_line[6];
	unsigned long	 title_line;

	/* a measure named by a numbered heading above its activity table */
	struct ita_buf	 heading;
	char		 heading_num[24];
	unsigned long	 heading_line;
	int		 heading_new;	/* not yet a record */

	/* tables */
	struct table	 t;
	int		 active, expect_sub, unknown;
	int		 ocr;		/* the row was read by OCR */
	struct ita_record *pending;
	unsigned	 nmeasure, nact;
	char		 measure_id[24], measure_num[24];
	struct ita_buf	*cell;		/* per column, the row's text */
	size_t		 ncells_set;	/* cells the last row may have set */
	int		*check;		/* per column, its ticked box */
	int		*rfield;	/* per cell, what a row's cells name */
	enum tkind	*rhint;
	size_t		 cap;		/* of all the per-column arrays */

	/* accounting for -v */
	unsigned long	 ntables, nrows, nheaders, nblank, nprose, nunknown;
	unsigned long	 ncont, nrejected;
	unsigned long	 nkind[TK_NKINDS + 2];
	int		 failed;
};

/* doc.c */
void	idoc_diag(struct doc *, unsigned long line, enum ita_severity,
	    const char *rule, const char *fmt, ...)
	    __attribute__((format(printf, 5, 6)));
int	idoc_nomem(struct doc *);		/* reports; returns -1 */
/* Room for n columns in the table and the row arrays: 0, or -1. */
int	idoc_grow(struct doc *, size_t n);
/* Normalized text into out; 1 (reported) when it is not UTF-8. */
int	idoc_norm(struct doc *, unsigned long line, const char *, size_t,
	    struct ita_buf *out, int *checkbox);
const char *idoc_cell(struct doc *, int col);	/* "" for col -1 */
/* The C0 controls but tab, LF and CR, and DELs, in s. */
size_t	idoc_controls(const char *s, size_t n);

/* emit.c */
int	idoc_emit(struct doc *, struct ita_record *, int kind);
/* r emitted, or freed and reported when e (setting its fields failed). */
int	idoc_emit_made(struct doc *, struct ita_record *r, int e, int kind);
int	idoc_flush(struct doc *);		/* the pending record */
int	irec_setnum(struct ita_record *, enum ita_col, long);
struct ita_record *idoc_record(struct doc *, const char *kind,
	    unsigned long line);

/* table.c */
void	itable_clear(struct table *);
int	itable_col(const struct table *, int field);	/* -1 if none */
void	itable_index(struct table *);
/* dupcols.c: a stream header's repeated columns (F_DUPLICATE), their cells. */
#define F_DUPLICATE	(-2)
int	itable_dups(struct doc *, unsigned long line);
int	istream_dups(struct doc *, struct ita_record *, size_t n);
/*
 * A header row (first, second or repeated) starts or updates the table:
 * 1; a row of data: 0; -1 on error.  *nonempty: cells with text.
 */
int	itable_header(struct doc *, unsigned long line, char **cells,
	    size_t *lens, size_t n, size_t *nonempty);

/* score.c */
int	iscore_line(struct doc *, unsigned long line, const char *);
int	irow_score(struct doc *, unsigned long line);

/* fields.c */
int	ilist_field(int field);	/* method, result, outcome: lists */
int	irec_append(struct ita_record *, int col, const char *);
int	icontinue_period(struct doc *, struct ita_record *, const char *);
/* An error for each date in text that does not exist; -1 on ENOMEM. */
int	icheck_dates(struct doc *, unsigned long line, const char *field,
	    const char *text);
/*
 * 0 when normalized text has no day (one or two digits) that a month or
 * a numeric date's '/' or '-' may follow: then ita_date_find_bad finds
 * nothing in it.
 */
int	imay_have_month(const char *text);
int	ifill_fields(struct doc *, struct ita_record *, unsigned long line,
	    size_t n);

/* build.c */
int	irow_measure(struct doc *, unsigned long line, size_t n);
int	irow_indicator(struct doc *, unsigned long line, size_t n);
int	irow_oit(struct doc *, unsigned long line, size_t n, int resp);
int	irow_stream(struct doc *, unsigned long line, size_t n);

/* cont.c */
int	icontinuation_shape(struct doc *);
int	icontinue_row(struct doc *, struct ita_record *, unsigned long line,
	    size_t n);
int	idetail_row(struct doc *, unsigned long line, size_t n);
/* The field a detail's label names (not one naming a record), or -1. */
int	idetail_field(const struct doc *, const char *, size_t, size_t *skip);

#endif

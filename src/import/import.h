/*
 * ita-import: reads report text exports, spreadsheets and the stream
 * itself, and writes the canonical stream (ita(5)).
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#ifndef ITA_IMPORT_H
#define ITA_IMPORT_H

#include <stddef.h>
#include <iconv.h>

#include "buf.h"
#include "diag.h"
#include "record.h"
#include "stream.h"
#include "yeardata.h"

/* Fields a column can mean: the schema columns, then these. */
enum {
	F_ACTIVITY = ITA_NCOLS,	/* an activity's title in a measure table */
	F_NFIELDS
};

/* What a table is about; synonyms vote for it. */
enum tkind {
	TK_NONE = 0, TK_MEASURE, TK_ACTIVITY, TK_INDICATOR, TK_OIT, TK_RESP,
	TK_SCORE, TK_STREAM, TK_NKINDS
};

struct synonym {
	char		*key;	/* ita_norm_key of the words */
	int		 field;	/* ita_col or F_* */
	enum tkind	 hint;
	size_t		 ncp;	/* code points in key, for prefix matches */
	size_t		 klen;	/* bytes in key */
	size_t		 below;	/* 1 + the entry before it in its bucket, or 0 */
};

#define SYN_BUCKETS	64

struct syntab {
	struct synonym	*v;
	size_t		 n, cap;
	size_t		 top[SYN_BUCKETS];	/* 1 + its last entry, or 0 */
};

/* synonyms.c */
int	isyn_load(struct syntab *, const char *path, int must_exist,
	    struct ita_diag *);
int	isyn_add(struct syntab *, const char *words, int field, enum tkind);
/* The field a header cell means, or -1; *hint gets its vote. */
int	isyn_lookup(const struct syntab *, const char *cell, size_t len,
	    enum tkind *hint);
/*
 * "ผลการดำเนินการ: text": the field a cell's first words name as the
 * label of the text after them (the longest exact synonym ending at a
 * space, colon or line end), and in *labellen where the text starts; -1
 * when none does or no text follows.
 */
int	isyn_whole(const struct syntab *, const char *cell, size_t len);
int	isyn_label(const struct syntab *, const char *cell, size_t len,
	    size_t *labellen);
/* synnear.c: as isyn_lookup, else the nearest synonym (OCR's headers). */
int	isyn_lookup_near(const struct syntab *, const char *cell, size_t len,
	    enum tkind *hint);
/* The nearest synonym by edits, the whole cell's first; NULL if none. */
const struct synonym *isyn_nearest(const struct syntab *, const char *cell,
	    size_t len);
void	isyn_free(struct syntab *);
int	ifield_parse(const char *name);		/* -1 if unknown */
const char *ifield_name(int field);
const char *itkind_name(enum tkind);
enum tkind itkind_parse(const char *);

/* cells.c: pure helpers on normalized text. */
/* Leading "1.", "1.2)", "(3)", "ข้อ 1", "o1": length of its digits. */
size_t	item_number(const char *s, size_t *start, size_t *skip);
size_t	ilead_number(const char *s, size_t *skip);	/* start ignored */
/* A cell that is only a number ("2.", "(๓)", "ข้อ 4"): its digits, 1. */
int	inumber_cell(const char *s, char out[24]);
int	isort_key(const char *number, struct ita_buf *out);
/* Status and percent said in a cell; returns 1 if anything was found. */
int	icell_status(const char *text, int checkbox, const char **status,
	    char pct[16]);
/* The status a ticked box or words say (not a percent), or NULL. */
const char *isaid_status(const char *text, int checkbox);
/* The status a percent implies ("0" not started ... "100" done). */
const char *istatus_of_percent(const char *pct);
/* A cell that is only a percent, "50", "75.5 %": 1 and pct. */
int	ibare_percent(const char *s, char pct[16]);
/* Bullet lists written on one line ("- a - b", "1. a 2. b") to lines. */
int	isplit_bullets(const char *in, struct ita_buf *out);
/* Decimal numbers in s after offset: up to max, as strings. */
int	ifind_numbers(const char *s, char out[][16], int max);
/* The year (BE) after "ปี", "ปีงบประมาณ", "พ.ศ."; 0 if none. */
int	ifind_year(const char *s);
/* The round (6 or 12) of "รอบ 6 เดือน"; 0 if none. */
int	ifind_round(const char *s);
/* Office name and type; 1 if found. */
int	ifind_office(const char *s, struct ita_buf *name, const char **type);
/* The word after a marker such as "อำเภอ"; 1 if found. */
int	ifind_after(const char *s, const char *marker, const char *notafter,
	    struct ita_buf *out);
/* A level word ("ผ่านดี", "AA") after "ระดับ"; NULL if none. */
const char *ifind_level(const char *s);
/* The level word p starts with; NULL if none. */
const char *ilevel_word(const char *p);
/*
 * The tool a score line is about: "iit", "eit" ("eit1", "eit2" for "EIT
 * ส่วนที่ 1", "EIT ส่วนที่ 2"), "oit", "overall"; NULL.
 */
const char *ifind_tool(const char *s, const char **after);
/* An OIT group heading "ตัวชี้วัดย่อยที่ 9.1": "9.1" into out; 1 if found. */
int	ifind_oit_group(const char *s, char out[8]);
/* "iit", "eit", "oit" of a section heading, or NULL. */
const char *ifind_section(const char *s);
/* 1 if two OIT titles name the same item, 0 if not, -1 on ENOMEM. */
int	ititles_alike(const char *a, const char *b);

/*
 * One input document, row by row (doc.h and the files it lists: the
 * document, prose lines, tables, rows, records).
 */
struct importer;	/* the whole run: options, output, counters */

struct imp_opts {
	const char	*office, *province;
	int		 year, round;
	int		 keep_raw;
	int		 no_header;
	int		 columns[64];	/* --columns: field of each column */
	int		 ncolumns;
	const char	*encoding;
	const char	*synonyms;
	const char	*sheet;		/* --sheet: a workbook's sheet */
	int		 all_sheets;	/* --all-sheets */
	const struct ita_years *years;	/* OIT lists by fiscal year */
};

/* Emits a record (frees it); 0, or -1 when output failed. */
typedef int (*emit_fn)(void *, struct ita_record *);

struct doc;
struct doc *idoc_new(const char *source, const struct imp_opts *,
	    const struct syntab *, struct ita_diag *, emit_fn, void *);
/* A prose line (no tab): metadata, headings, noise. */
int	idoc_line(struct doc *, unsigned long lineno, const char *, size_t);
/* A table row: cells as read (raw). */
int	idoc_row(struct doc *, unsigned long lineno, char **cells,
	    size_t *lens, size_t n);
/*
 * A part of the document ends (a workbook's sheet): its table and the
 * record pending in it end; metadata stays.  0, or -1 when output failed.
 */
int	idoc_break(struct doc *);
/* The name records and diagnostics give from now on (kept, not copied). */
void	idoc_set_source(struct doc *, const char *);
/* Ends the document: pending record, the report record, the -v summary. */
int	idoc_end(struct doc *, unsigned long lastline);
void	idoc_free(struct doc *);
/* The form of the input, for messages (default DOC_TEXT). */
enum doc_form { DOC_TEXT, DOC_TABLES, DOC_SHEET };
void	idoc_set_form(struct doc *, enum doc_form);
int	idoc_columns(struct doc *, const int *field, size_t n);

/* read.c: feeds an open input to a doc, and closes it. */
struct ita_lines;
int	iread_text(struct doc *, struct ita_lines *, iconv_t, int csv,
	    struct ita_diag *);

#endif

/*
 * The columns of the ita record stream, version 1 (see ita(5)). Programs
 * refer to columns by these ids; columns not listed here are user columns
 * and pass through untouched.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#ifndef ITA_SCHEMA_H
#define ITA_SCHEMA_H

#define ITA_STREAM_MAJOR 1
#define ITA_STREAM_VERSION "1"
#define ITA_XML_NS "urn:x-ita-tools:stream:1"

enum ita_col {
	ITA_COL_ITA = 0, ITA_COL_KIND, ITA_COL_ID, ITA_COL_PARENT,
	ITA_COL_OFFICE, ITA_COL_OFFICE_TYPE, ITA_COL_DISTRICT, ITA_COL_PROVINCE,
	ITA_COL_FISCAL_YEAR, ITA_COL_ROUND, ITA_COL_SECTION, ITA_COL_NUMBER,
	ITA_COL_SORT_KEY, ITA_COL_INDICATOR, ITA_COL_OIT_ITEM, ITA_COL_OIT_GROUP,
	ITA_COL_TITLE, ITA_COL_METHOD, ITA_COL_RESPONSIBLE, ITA_COL_PREPARED_BY,
	ITA_COL_COLLECTED_BY, ITA_COL_PUBLISHED_BY, ITA_COL_FREQUENCY,
	ITA_COL_PERIOD_TEXT, ITA_COL_START, ITA_COL_START_PRECISION, ITA_COL_END,
	ITA_COL_END_PRECISION, ITA_COL_STATUS, ITA_COL_PERCENT, ITA_COL_RESULT,
	ITA_COL_OUTCOME, ITA_COL_EVIDENCE, ITA_COL_TOOL, ITA_COL_SCORE,
	ITA_COL_LEVEL, ITA_COL_MEMO_NUMBER, ITA_COL_MEMO_DATE, ITA_COL_WEBSITE,
	ITA_COL_NOTE, ITA_COL_SOURCE, ITA_COL_LINE,
	/* Added by ita-progress(1), not written by ita-import. */
	ITA_COL_AS_OF, ITA_COL_AS_OF_FISCAL_YEAR, ITA_COL_AS_OF_QUARTER,
	ITA_COL_AS_OF_ROUND, ITA_COL_STATE, ITA_COL_DAYS_LEFT,
	ITA_COL_DAYS_OVERDUE, ITA_COL_ELAPSED_PERCENT, ITA_COL_SCHEDULE,
	ITA_COL_END_FISCAL_YEAR, ITA_COL_END_QUARTER, ITA_COL_END_ROUND,
	ITA_COL_UPDATE_DATE, ITA_COL_COUNT_ITEMS, ITA_COL_COUNT_DONE,
	ITA_COL_COUNT_ON_TRACK, ITA_COL_COUNT_DUE_SOON, ITA_COL_COUNT_OVERDUE,
	ITA_COL_COUNT_NOT_STARTED, ITA_COL_COUNT_NOT_DUE, ITA_COL_COUNT_UNKNOWN,
	ITA_COL_DONE_PERCENT, ITA_COL_OVERDUE_IDS,
	ITA_NCOLS
};

/*
 * The base columns, ita through line: what a document holds and what
 * ita_header_canonical() (ita-import) writes. Columns after them are
 * computed by programs and are added only by those programs.
 */
#define ITA_NCOLS_BASE (ITA_COL_LINE + 1)

enum ita_type {
	ITA_T_TEXT,	/* any text, may hold line breaks */
	ITA_T_LINE,	/* one line of text */
	ITA_T_ENUM,	/* one word of a closed vocabulary */
	ITA_T_INT,	/* a whole number within [min, max] */
	ITA_T_NUM,	/* a decimal number within [min, max], '.' as point */
	ITA_T_DATE	/* ISO 8601 calendar date, YYYY-MM-DD */
};

struct ita_coldef {
	const char		*name;
	enum ita_type		 type;
	const char *const	*vocab;		/* ITA_T_ENUM: NULL-terminated */
	long			 min, max;	/* ITA_T_INT, ITA_T_NUM */
	const char		*doc;		/* one line, for ita(5) and tests */
};

extern const struct ita_coldef ita_cols[ITA_NCOLS];

/* The column id of a name, or -1 for a user column. */
int	ita_col_lookup(const char *name);
/* 1 if the word is in the column's vocabulary (or the column has none). */
int	ita_vocab_has(enum ita_col, const char *);

#endif

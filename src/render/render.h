/*
 * ita-render: lays out one report's records as a document model (title,
 * heading lines, tables, signature block) that the four writers (html,
 * md, txt, fodt) print.  Cells hold presentation text, not yet escaped.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#ifndef ITA_RENDER_H
#define ITA_RENDER_H

#include <stdint.h>
#include <stdio.h>

#include "buf.h"
#include "i18n.h"
#include "record.h"
#include "thdate.h"
#include "width.h"

struct rwords;
struct rworker;

enum rfmt { RFMT_HTML, RFMT_MD, RFMT_TXT, RFMT_FODT };

/* --chart: charts of a summary. */
enum rchart { RCHART_NONE, RCHART_BARS, RCHART_ALL };

/* How a column's cells are shown. */
enum rstyle {
	RSTYLE_TEXT = 0,
	RSTYLE_TITLE,		/* the record's title (activities indented) */
	RSTYLE_NUM,		/* short, centred */
	RSTYLE_STATUS		/* ☑/☐ and a label */
};

struct rsigner {
	const char	*name;		/* NULL: a blank to fill in by hand */
	const char	*position;
};

struct ropts {
	enum rfmt	 fmt;
	enum ita_lang	 lang;
	int		 thai_digits;
	int		 long_dates;
	int		 width;		/* txt: display columns */
	int		 all_columns;	/* show columns no row fills */
	int		 long_columns;	/* --long-text columns: no detail rows */
	enum rchart	 chart;
	const char	*title;
	const char	*office;
	const char	*template_path;	/* NULL: share/ita/templates */
	struct rsigner	 sign[3];	/* prepared, checked, approved */
	/* One word breaker for all reports (libthai loads a dictionary). */
	struct ita_wrap	*wrap;
	/* txt on two cores or more: a second thread and its word breaker */
	struct rworker	*worker;
	struct ita_wrap	*wrap2;
	struct rwords	*words;		/* html, fodt: sizes columns */
};

struct rtable {
	const char	*caption;
	size_t		 ncols, nrows;
	char		**heads;	/* ncols */
	enum rstyle	*styles;	/* ncols */
	char		**cells;	/* nrows * ncols, never NULL */
	int		*level;		/* nrows: 1 for an activity row */
	unsigned char	*wide;		/* ncols: 1 for a text column of long
					   cells (method, result), which a
					   page layout gives more room (set
					   for fodt only) */
	unsigned char	*detail;	/* ncols: 1 for a column of long
					   running text (method, result) that
					   html and fodt print as a full-width
					   line under its row, a detail row
					   spanning the other columns, which
					   alone are laid out as columns; NULL
					   or all 0: none */
	unsigned char	*right;		/* ncols: 1 for a column of figures
					   (numbers, percents, scores, days),
					   right-aligned in txt and md */
	unsigned short	*share;		/* ncols: per mille of the table's
					   width (html, fodt; else 0) */
	unsigned char	*tall;		/* nrows: 1 for a row taller than a
					   page, which may be split (set by
					   rtable_shares) */
	int		 landscape;	/* printed on landscape pages */
};

/* 1 if column k of t is printed as detail rows (html, fodt). */
#define RTABLE_DETAIL(t, k) ((t)->detail != NULL && (t)->detail[k])
/* The columns of t laid out as columns (not detail), and detail ones. */
size_t	rtable_main_cols(const struct rtable *);
/*
 * The first column from k on whose cell in row i is printed as a detail
 * row (a detail column, not empty); t->ncols if none.
 */
size_t	rtable_detail_next(const struct rtable *, size_t i, size_t k);

/*
 * A table with more columns than this is printed on a landscape page;
 * html and fodt also turn a table that would take fewer pages so.
 */
#define RTABLE_PORTRAIT_MAX_COLS 7

/* A bar of a chart (svg.c). */
struct rbar {
	const char	*label;		/* left of the bar */
	const char	*text;		/* right of the scale: value, level */
	const char	*fill;
	double		 value;
};

/* A horizontal bar chart: the scale from 0 to max in steps. */
struct rchart_spec {
	const char	*title, *desc;	/* <title> and <desc> */
	const struct rbar *bars;
	size_t		 n;
	double		 max, step;
	double		 mark;		/* a dashed line (pass mark), or -1 */
	const char	*mark_label;
};

/* A chart of a document: SVG markup, its title, its size in SVG units. */
struct rfigure {
	char		*svg, *title;
	double		 width, height;
};

struct rdoc {
	char		*title;
	char		**lines;	/* heading lines under the title */
	size_t		 nlines, linecap;
	struct rtable	*tables;
	size_t		 ntables;
	struct rsigner	 sign[3];	/* names and positions, resolved */
	int		 landscape;	/* some table is printed in landscape */
	int		 no_sign;	/* no signature block (a summary) */
	struct rfigure	*charts;	/* html, fodt: before the tables */
	size_t		 ncharts;
};

/* One report's records, in stream order. */
struct rreport {
	struct ita_record **recs;
	size_t		 n, cap;
};

/* 1 when rec belongs to the same report as the first record of r. */
int	rreport_same(const struct rreport *, const struct ita_record *);
/* 1 for a record of a plain table (no kind column: ita-stats output). */
int	rrecord_is_table(const struct ita_record *);
int	rreport_add(struct rreport *, struct ita_record *);

/*
 * Digests of the keys of the reports rendered so far, to find a report
 * split in two: an open-addressing set (cap a power of two, 0 free).
 */
struct rkeys {
	uint64_t	*v;
	size_t		 n, cap;
};
/* 1 if key was there, 0 added, -1 ENOMEM. */
int	rkeys_add(struct rkeys *, const char *key);
void	rkeys_free(struct rkeys *);
void	rreport_clear(struct rreport *);

/*
 * Column shares of a printed table from its cells (colwidth.c), on a
 * landscape (1) or portrait (0) page, or (-1) landscape only if the table
 * is too wide for portrait: sets t->landscape.  0 or -1.
 */
int	rtable_shares(struct rtable *, int landscape, struct rwords *);
/* libthai's word breaker for rtable_shares: NULL on ENOMEM. */
/*
 * A second thread that runs one job at a time (worker.c): rworker_run
 * hands fn(arg) over (0), or -1 if it cannot; rworker_finish returns
 * once the job is done, or at once, taking it back, if the thread has not
 * begun it (so a job must leave nothing undone that the caller does not
 * do then).
 */
struct rworker *rworker_new(void);
int	rworker_run(struct rworker *, int (*fn)(void *), void *arg);
void	rworker_finish(struct rworker *);
void	rworker_free(struct rworker *);

struct rwords *rwords_new(void);
void	rwords_free(struct rwords *);

/* Cells computed from several columns (cells.c). */
enum {
	RCOL_PERIOD = ITA_NCOLS + 1, RCOL_STATUS, RCOL_TOOL, RCOL_STATE,
	RCOL_GROUP
};
/* A cell of rec: schema column col, RCOL_*, or (col -1) user column name. */
int	rcell_put(struct ita_buf *, const struct ita_record *, int col,
	    const char *name, const struct ropts *);
/* 1 if rec has something to show in that cell. */
int	rcell_filled(const struct ita_record *, int col, const char *name);

/* Presentation text (cells.c): Thai digits if asked, except in links. */
int	rtext_put(struct ita_buf *, const char *s, int url,
	    const struct ropts *);
char	*rtext_dup(const char *s, int url, const struct ropts *);
/* Appends a heading line, s as rtext_dup makes it; 0, or -1 on ENOMEM. */
int	rdoc_add_line(struct rdoc *, const char *s, int url,
	    const struct ropts *);
/* The title, heading lines and signers of a report (heading.c); 0 or -1. */
int	rdoc_heading(struct rdoc *, const struct rreport *,
	    const struct ropts *);

struct ita_year;
/*
 * Adds a chart of n bars on a scale from 0 to max, in fifths of it
 * rounded up (in ones up to 10), with the pass mark of y as a dashed
 * line (none when y is NULL); 0 or -1 on ENOMEM.
 */
int	rdoc_add_bars(struct rdoc *, const char *title, const char *desc,
	    const struct rbar *, size_t n, double max, const struct ita_year *y,
	    enum ita_lang);
/* A level's fill by its rank in the year, grey when unknown. */
const char *rsvg_level_fill(const struct ita_year *, const char *level);
/* A table of ncols and nrows, its arrays allocated (summaries); 0 or -1. */
int	rtable_alloc(struct rtable *, const char *caption, size_t ncols,
	    size_t nrows);
/* md, txt: a bar of U+2588 blocks, one per 5 points; NULL on ENOMEM. */
char	*rblock_bar(double score);

/* Lays out a report; 0, or -1 on ENOMEM. */
int	rdoc_build(struct rdoc *, const struct rreport *, const struct ropts *);
/*
 * Printed formats (html, fodt) size the columns of each table by its
 * cells, landscape as rtable_shares takes it; the document is landscape
 * if a table is.  0 or -1.
 */
int	rdoc_fit_tables(struct rdoc *, int landscape, const struct ropts *);
void	rdoc_free(struct rdoc *);
/* The document <title>: office and fiscal year, never a record's title. */
int	rdoc_head_title(const struct rreport *, const struct ropts *,
	    struct ita_buf *);
const char *rsign_label(int i, enum ita_lang);
/* The word before the blank to sign on: "(signed)". */
const char *rsign_word(enum ita_lang);
/*
 * A blank to sign or write a name on by hand, and one for a name in
 * brackets.  Three of each side by side fit the 16 cm of a portrait
 * page at 16 pt: a wider line of dots, which no browser may break,
 * makes Chromium shrink the whole print to fit it.
 */
#define RSIGN_BLANK "........................"
#define RSIGN_NAME_BLANK "................................"

/*
 * English dates (--lang en): "31 March 2025" (short "31 Mar 2025"), CE;
 * quarters and fiscal years keep the fiscal year's BE number.  0 or -1.
 */
int	ren_date_format(struct ita_date, enum ita_precision, int long_form,
	    struct ita_buf *);
int	ren_period_format(const struct ita_period *, int long_form,
	    struct ita_buf *);

/*
 * Dates kept on one line (glue.c): the next run of the n bytes at s that
 * no line may break, a day, a month and a year ("4 มกราคม 2568",
 * "ต.ค. 67", "พ.ศ. 2560", "31 March 2025"), as byte offsets [*a, *b);
 * 0 when there is none.  html and fodt keep runs of RGLUE_MAX display
 * columns at most whole (a nowrap span, no-break spaces), and colwidth.c
 * makes room for them.
 */
int	rglue_next(const char *s, size_t n, size_t *a, size_t *b);
#define RGLUE_MAX 24

/* Escapers: append s escaped for the output format. */
int	resc_xml(struct ita_buf *, const char *s);	/* HTML and XML text */
int	resc_md(struct ita_buf *, const char *s);	/* a GFM table cell */

/*
 * Writers: the body of one report (the frame comes from a template);
 * seq counts the reports of the document from 0.
 */
int	render_html(struct ita_buf *, const struct rdoc *, const struct ropts *,
	    int seq);
int	render_fodt(struct ita_buf *, const struct rdoc *, const struct ropts *,
	    int seq);
int	render_md(struct ita_buf *, const struct rdoc *, const struct ropts *,
	    int seq);
int	render_txt(struct ita_buf *, const struct rdoc *, const struct ropts *,
	    int seq);

/*
 * A frame: the template split at {{body}}; {{lang}}, {{title}} and
 * {{page-digits}} (how page numbers are written: the CSS counter style
 * "decimal" or "thai" in html, the ODF number format "1" or "๑" in fodt)
 * are replaced in both halves.  tmpl_load returns 0, -1 on a system error
 * (errno), -2 when the template has no {{body}}.
 */
struct rframe {
	char	*head, *tail;
};
int	rframe_load(struct rframe *, const char *path);
int	rframe_fill(struct ita_buf *, const char *part, const struct ropts *,
	    const char *title_escaped);
void	rframe_free(struct rframe *);

#endif

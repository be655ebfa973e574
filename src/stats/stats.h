/*
 * ita-stats: one accumulator per group (never the records), then one
 * output row per group.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#ifndef STATS_STATS_H
#define STATS_STATS_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "diag.h"
#include "num.h"
#include "record.h"
#include "scores.h"

/* Sections of the default table (--stats). */
enum {
	SEC_KIND = 1 << 0,
	SEC_STATUS = 1 << 1,
	SEC_COMPLETION = 1 << 2,
	SEC_OIT = 1 << 3,
	SEC_ALL = SEC_KIND | SEC_STATUS | SEC_COMPLETION | SEC_OIT
};

enum stats_mode {
	MODE_TABLE = 0,		/* the default table */
	MODE_SCORES,		/* --scores */
	MODE_RANK,		/* --scores with --lowest / --highest */
	MODE_COMPARE		/* --compare COL */
};

/* Keys computed from the planned end when a record lacks the column. */
#define KEY_QUARTER	"end_quarter"
#define KEY_END_FY	"end_fiscal_year"
/* The level the report's scores earn (level.c); holds a report. */
#define KEY_LEVEL	"computed_level"
#define STATS_MAX_KEYS	32

struct stats_cfg {
	enum stats_mode	 mode;
	char		**by;		/* key column names */
	size_t		 nby;
	unsigned	 sections;
	char		**num;		/* --num columns */
	size_t		 nnum;
	char		**cnt;		/* --count columns (status by default) */
	size_t		 ncnt;
	size_t		 cnt_auto;	/* index of state, shown only when seen */
	int64_t		 pass;		/* scaled pass mark, when pass_set */
	int		 pass_set;	/* --pass; else each year's pass mark */
	long		 lowest, highest;
	const char	*compare;	/* column whose values are compared */
	const char	*sort;		/* output column to sort by, or NULL */
	int		 sort_desc;
	int		 pretty;
	int		 lang;		/* enum ita_lang of --pretty's headings */
};

/* Values of one numeric column in one group. */
struct numacc {
	uint64_t	 n;
	__int128	 sum;
	int64_t		 min, max;
	int64_t		*v;		/* every value: quantiles need them */
	size_t		 cap;
	int		 keep;		/* store values */
};

/* Counts of the distinct values of one column in one group. */
struct valcount {
	char		*value;
	uint64_t	 n;
};

struct counts {
	struct valcount	*v;
	size_t		 n, cap;
	uint64_t	 total;		/* records with a non-empty value */
};

/* An office's overall score, for --lowest and --highest. */
struct ranked {
	int64_t		 score;
	char		*office, *province, *level;
};

struct group {
	char		**keys;
	size_t		 nkeys;
	uint64_t	 count;
	struct counts	 kind;
	struct counts	*cnt;		/* one per --count column */
	uint64_t	 measures, measures_done;
	/* OIT coverage: the report being read and its items done. */
	uint64_t	 oit_done, oit_listed, oit_reports;
	char		*oit_report;
	unsigned char	*oit_seen;
	size_t		 oit_nitems;
	struct numacc	*num;		/* one per --num column */
	/* --scores */
	struct numacc	 overall;
	struct numacc	 tool[ITA_TOOL_OVERALL]; /* iit eit eit1 eit2 oit */
	uint64_t	 pass;
	struct counts	 level;
	struct ranked	*ranked;
	size_t		 nranked, capranked;
	/* --compare: the overall score taken, its level and pass mark */
	int		 has_score;
	int64_t		 score, score_pass;
	char		*score_level;
	struct group	*next;		/* hash chain */
};

/* The score records of one report, for its computed level. */
struct rscores {
	int		 any;		/* a score was seen */
	struct ita_scores sc;		/* the first of each tool */
};

enum level_result {
	LEVEL_OK = 0,
	LEVEL_NO_SCORES,	/* the report has no score: empty, silently */
	LEVEL_NO_YEAR,		/* no year data for its fiscal year */
	LEVEL_NO_OVERALL,	/* no overall, and not every tool to weigh */
	LEVEL_TOOLS_MISSING,	/* the level reached needs every tool */
	LEVEL_NONE		/* the year's levels give none */
};

struct ita_years;

struct stats {
	const struct stats_cfg *cfg;
	struct ita_diag	*diag;
	struct group	**hash;
	size_t		 nhash, ngroups;
	struct ita_years *years;	/* year data, when a statistic needs it */
	struct ita_header *hdr;		/* header the columns were found in */
	int		*col;		/* by, then count, then num columns */
	char		*warned_years;	/* years without an OIT list, said once */
	char		*warned_level;	/* years without levels, said once */
	char		*warned_pass;	/* years without a pass mark, said once */
	/*
	 * The report being read, when levels are computed: its key, its
	 * scores, the records held until it ends (all of them for the
	 * computed_level key, else its score records), and its level
	 * while they are added.
	 */
	int		 hold_all;	/* a key is computed_level */
	int		 levels;	/* report tracking is on */
	struct ita_buf	 report, key;	/* the report's key; the record's */
	struct rscores	 rs;
	int		 rs_unlevelled;	/* an overall score without a level */
	struct ita_record **held;
	size_t		 nheld, capheld;
	struct ita_buf	 level;
};

int	stats_init(struct stats *, const struct stats_cfg *, struct ita_diag *);
/* Adds a record to its group; -1 on ENOMEM (reported). */
int	stats_add(struct stats *, const struct ita_record *);
/* Ends the accumulation: flushes the reports still open; -1 on ENOMEM. */
int	stats_finish(struct stats *);
/* The groups sorted by their keys (code point order); caller frees. */
struct group **stats_sorted(struct stats *);
void	stats_free(struct stats *);

/* The statistics as a table: column names and rows of strings. */
struct table {
	char		**names;
	size_t		 ncols, nkeys;
	char		***rows;
	size_t		 nrows, cap;
};

int	stats_table_build(struct table *, struct stats *);
/* --sort: stable, by the named column, numeric for statistics. */
int	stats_table_sort(struct table *, const char *col, int desc);
void	stats_table_free(struct table *);

/* The year data of a fiscal year written as text ("2568"), or NULL. */
const struct ita_year *syear_of(const struct ita_years *,
	    const char *fiscal_year);
/* Number of items in year's OIT list, 0 when the year has no list. */
size_t	soitlists_nitems(const struct ita_years *, const char *fiscal_year);
/* Index of item code ("o10") in year's list, or -1. */
int	soitlists_index(const struct ita_years *, const char *fiscal_year,
	    const char *item);

void	srscores_clear(struct rscores *);
/* Takes a score record's score; a score that is not a number is returned. */
enum num_parse srscores_add(struct rscores *, const struct ita_record *);
/*
 * The level the year's rules give the report: into out on LEVEL_OK (on
 * LEVEL_TOOLS_MISSING, the level reached if every tool passes), and the
 * overall score used into *overall (from LEVEL_NO_OVERALL on).
 */
enum level_result slevel_compute(const struct ita_years *,
	    const char *fiscal_year, const struct rscores *, struct ita_buf *out,
	    double *overall);

#endif

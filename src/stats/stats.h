/*
 * ita-stats: one accumulator per group (never the records), then one
 * output row per group.
 */
#ifndef STATS_STATS_H
#define STATS_STATS_H

#include <stddef.h>
#include <stdint.h>

#include "diag.h"
#include "record.h"

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
	int64_t		 pass;		/* scaled pass mark */
	long		 lowest, highest;
	const char	*compare;	/* column whose values are compared */
	const char	*sort;		/* output column to sort by, or NULL */
	int		 sort_desc;
	int		 pretty;
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
	struct numacc	 tool[5];	/* iit eit eit1 eit2 oit */
	uint64_t	 pass;
	struct counts	 level;
	struct ranked	*ranked;
	size_t		 nranked, capranked;
	/* --compare: the overall score taken, and its level */
	int		 has_score;
	int64_t		 score;
	char		*score_level;
	struct group	*next;		/* hash chain */
};

struct oitlists;

struct stats {
	const struct stats_cfg *cfg;
	struct ita_diag	*diag;
	struct group	**hash;
	size_t		 nhash, ngroups;
	struct oitlists	*oit;
	struct ita_header *hdr;		/* header the columns were found in */
	int		*col;		/* by, then count, then num columns */
	char		*warned_years;	/* years without an OIT list, said once */
};

int	stats_init(struct stats *, const struct stats_cfg *, struct ita_diag *);
/* Adds a record to its group; -1 on ENOMEM (reported). */
int	stats_add(struct stats *, const struct ita_record *);
/* Ends the accumulation: flushes the reports still open. */
void	stats_finish(struct stats *);
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

int	table_build(struct table *, struct stats *);
/* --sort: stable, by the named column, numeric for statistics. */
int	table_sort(struct table *, const char *col, int desc);
void	table_free(struct table *);

int	numacc_add(struct numacc *, int64_t);
void	numacc_free(struct numacc *);

/* The OIT list of a fiscal year: item count and an item's index. */
struct oitlists *oitlists_load(struct ita_diag *);
/* Number of items in year's list, 0 when the year has no list. */
size_t	oitlists_nitems(struct oitlists *, const char *fiscal_year);
/* Index of item code ("o10") in year's list, or -1. */
int	oitlists_index(struct oitlists *, const char *fiscal_year,
	    const char *item);
void	oitlists_free(struct oitlists *);

#endif

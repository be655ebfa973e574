/*
 * ita-render --summary (summary.c): one row per office and fiscal year,
 * laid out as a document of tables that the four writers print.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#ifndef ITA_RENDER_SUMMARY_H
#define ITA_RENDER_SUMMARY_H

#include "render.h"

struct ita_years;

struct rsum_row {
	char	*office, *tool, *level;
	int	 fy;		/* BE */
	double	 score;
};

/* How many of a key's records are done: an office's measures, an item. */
struct rsum_count {
	char	*key, *title;
	long	 done, total;
};

struct rsummary {
	struct rsum_row	*rows;		/* overall scores */
	size_t		 n, cap;
	struct rsum_row	*tools;		/* iit, eit, oit ... scores */
	size_t		 ntools, captools;
	struct rsum_count *measures;	/* per office */
	size_t		 nmeasures, capmeasures;
	struct rsum_count *items;	/* OIT items, per number */
	size_t		 nitems, capitems;
};

/* sumchart.c: one more record of key, done or not; 0 or -1. */
int	rsum_count(struct rsum_count **, size_t *n, size_t *cap,
	    const char *key, const char *title, int done);
void	rsum_counts_free(struct rsum_count *, size_t);

int	rsummary_add(struct rsummary *, const struct ita_record *);
/* Lays the summary out (sorts s); 0, or -1 on ENOMEM. */
int	rsummary_build(struct rdoc *, struct rsummary *,
	    const struct ita_years *, const struct ropts *);
void	rsummary_free(struct rsummary *);
/* sumchart.c: the summary's charts into d->charts (sorted s); 0 or -1. */
int	rsum_charts(struct rdoc *, struct rsummary *,
	    const struct ita_years *, const struct ropts *);

/* statsum.c: a row of an ita-stats --scores table; its summary. */
int	rstats_is_scores(const struct ita_record *);
int	rstats_build(struct rdoc *, const struct rreport *,
	    const struct ita_years *, const struct ropts *);

#endif

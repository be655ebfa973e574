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

struct rsummary {
	struct rsum_row	*rows;		/* overall scores */
	size_t		 n, cap;
	struct rsum_row	*tools;		/* iit, eit, oit ... scores */
	size_t		 ntools, captools;
};

int	rsummary_add(struct rsummary *, const struct ita_record *);
/* Lays the summary out (sorts s); 0, or -1 on ENOMEM. */
int	rsummary_build(struct rdoc *, struct rsummary *,
	    const struct ita_years *, const struct ropts *);
void	rsummary_free(struct rsummary *);
/* svg.c: the summary's charts as inline SVG (sorted s); 0 or -1. */
int	rsvg_charts(struct ita_buf *, const struct rsummary *,
	    const struct ita_years *, const struct ropts *);

#endif

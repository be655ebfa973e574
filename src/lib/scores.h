/*
 * The scoring rules of ITA (ita(5), ita-validate(1) FILES): a report's
 * tool scores, its EIT from two parts, the overall score the year's
 * weights give, and the scores a level's condition is judged on.  Both
 * ita-validate (which checks the given overall and level) and ita-stats
 * (which computes them when not given) ask here.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#ifndef ITA_SCORES_H
#define ITA_SCORES_H

#include <stddef.h>

#include "yeardata.h"

/* The tools of a score record's tool column, in this order. */
enum ita_tool {
	ITA_TOOL_IIT, ITA_TOOL_EIT, ITA_TOOL_EIT1, ITA_TOOL_EIT2,
	ITA_TOOL_OIT, ITA_TOOL_OVERALL, ITA_NTOOLS
};

/* What a report gives: one score of each tool, or none. */
struct ita_scores {
	int	 have[ITA_NTOOLS];
	double	 v[ITA_NTOOLS];
};

/* The tool of a name ("eit1"), or -1. */
int	ita_tool_find(const char *name);
/* The name of a tool. */
const char *ita_tool_name(enum ita_tool);

/* EIT as one score: given, or the mean of its two parts; 1, or 0. */
int	ita_scores_eit(const struct ita_scores *, double *eit);
/*
 * The overall score the year's weights give to iit, eit and oit, not
 * rounded: 1, or 0 when one of them is not known.
 */
int	ita_scores_weighted(const struct ita_scores *, const struct ita_year *,
	    double *overall);
/* The overall score: given, or weighted and rounded to two decimals. */
int	ita_scores_overall(const struct ita_scores *, const struct ita_year *,
	    double *overall);
/*
 * The tool scores a level's condition is judged on, into tools (room for
 * four): iit, EIT by its parts when both are given, oit.  Their number.
 */
size_t	ita_scores_tools(const struct ita_scores *, double *tools);
/* 1 when every tool the year's conditions speak of is known. */
int	ita_scores_complete(const struct ita_scores *, const struct ita_year *);

#endif

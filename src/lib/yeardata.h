/*
 * Per-fiscal-year ITA framework data (tools and weights, levels, pass
 * mark, OIT checklist), loaded from text files in share/ita/years and in
 * a user directory ($ITA_YEARS, --years-dir), so that a year is added or
 * a list corrected without recompiling.  The format is in ita-validate(1)
 * FILES.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#ifndef ITA_YEARDATA_H
#define ITA_YEARDATA_H

#include <stddef.h>

#include "buf.h"
#include "diag.h"

struct ita_oit_item {
	char	*code;		/* "o1" */
	char	*title;		/* canonical form (NFC, ASCII digits) */
	char	*group;		/* "9.1" */
};

enum ita_level_kind {
	ITA_LEVEL_LETTERS = 0,	/* AA A B C D E F (up to 2566) */
	ITA_LEVEL_WORDS		/* ผ่านดีเยี่ยม ... (from 2567) */
};

/*
 * Levels are tried in file order; the first whose min the overall score
 * reaches, and whose tool_min every tool reaches (when tool_min >= 0),
 * is the level.
 */
struct ita_level {
	char	*name;
	double	 min;
	double	 tool_min;	/* -1: no condition on the tools */
};

struct ita_year {
	int		 fy;		/* BE */
	double		 weight_iit, weight_eit, weight_oit;	/* percent */
	int		 eit_parts;	/* 1, or 2: EIT is the mean of eit1, eit2 */
	double		 pass_mark;	/* 85 */
	int		 level_kind;	/* enum ita_level_kind */
	struct ita_level *levels;
	size_t		 nlevels;
	struct ita_oit_item *items;
	size_t		 nitems;
	char		*list_source;	/* where the OIT list comes from */
	char		*certainty;	/* confirmed, observed, recalled, ... */
	char		*note;		/* free text, or NULL */
	char		*file;		/* where it was loaded from */
	unsigned long	 line;		/* of its fiscal_year line */
	int		 items_like;	/* 0, or the year whose list it shares */
};

struct ita_years;

/*
 * Loads share/ita/years/ *.conf, then the directory named by $ITA_YEARS
 * (when set), then extra_dir (when not NULL); files in name order, and a
 * later definition of a year replaces an earlier one.  Bad lines are
 * reported as FILE:LINE diagnostics [years.data] and skipped.  Returns
 * NULL only on ENOMEM (reported).
 */
struct ita_years *ita_years_load(const char *extra_dir, struct ita_diag *);
/* Loads one file or directory on top of what is there; 0 or -1 (I/O). */
int	ita_years_add_path(struct ita_years *, const char *path,
	    struct ita_diag *);
struct ita_years *ita_years_new(void);
void	ita_years_free(struct ita_years *);

const struct ita_year *ita_years_get(const struct ita_years *, int fy_be);
size_t	ita_years_count(const struct ita_years *);
/* In order of fiscal year. */
const struct ita_year *ita_years_at(const struct ita_years *, size_t);

/* The item with that code ("o7"), or NULL. */
const struct ita_oit_item *ita_year_item(const struct ita_year *,
	    const char *code);

/*
 * The level that year's rules give to an overall score and the tool
 * scores (iit, eit or both eit parts, oit: whatever is known).  Puts it
 * into level_out (cleared first).  0, or -1 when no level applies.
 */
int	ita_year_level(const struct ita_year *, double overall,
	    const double *tool_scores, size_t ntools, struct ita_buf *level_out);

/*
 * The overall score the weights give: iit, eit (the mean of the parts
 * when eit_parts is 2) and oit, each weighted, summed.
 */
double	ita_year_overall(const struct ita_year *, double iit, double eit,
	    double oit);

/* "AA", "ผ่านดี": 1 if the name is one of the year's levels. */
int	ita_year_has_level(const struct ita_year *, const char *name);
/* The year's level of that name, or NULL. */
const struct ita_level *ita_year_level_named(const struct ita_year *,
	    const char *name);

#endif

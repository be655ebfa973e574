/*
 * The level a report earns under its fiscal year's rules, from its score
 * records (iit, eit or eit1 and eit2, oit, overall): the computed_level
 * key, and the level --scores and --compare count when none is written.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <math.h>
#include <string.h>

#include "num.h"
#include "record.h"
#include "stats.h"
#include "yeardata.h"

static const char *const tool_names[RS_NTOOLS] = {
	"iit", "eit", "eit1", "eit2", "oit", "overall"
};

void
rscores_clear(struct rscores *rs)
{
	memset(rs, 0, sizeof(*rs));
}

int
rscores_tool(const char *tool)
{
	int t;

	for (t = 0; t < RS_NTOOLS; t++)
		if (strcmp(tool, tool_names[t]) == 0)
			return t;
	return -1;
}

enum num_parse
rscores_add(struct rscores *rs, const struct ita_record *r)
{
	int t = rscores_tool(ita_get(r, ITA_COL_TOOL));
	const char *s = ita_get(r, ITA_COL_SCORE);
	enum num_parse np;
	int64_t v;

	if (t < 0 || *s == '\0')
		return NUM_OK;
	if ((np = num_parse(s, &v)) != NUM_OK)
		return np;
	rs->any = 1;
	/* A second score for a tool is ita-validate's score.duplicate. */
	if (!rs->have[t]) {
		rs->have[t] = 1;
		rs->v[t] = v;
	}
	return NUM_OK;
}

static double
score_of(const struct rscores *rs, int t)
{
	return (double)rs->v[t] / NUM_SCALE;
}

/* EIT as one score: given, or the mean of its two parts. */
static int
eit_of(const struct rscores *rs, double *eit)
{
	if (rs->have[RS_EIT]) {
		*eit = score_of(rs, RS_EIT);
		return 1;
	}
	if (rs->have[RS_EIT1] && rs->have[RS_EIT2]) {
		*eit = (score_of(rs, RS_EIT1) + score_of(rs, RS_EIT2)) / 2;
		return 1;
	}
	return 0;
}

/* Given, or weighted from the tools and rounded to two decimals. */
static int
overall_of(const struct rscores *rs, const struct ita_year *y, double *out)
{
	double eit;

	if (rs->have[RS_OVERALL]) {
		*out = score_of(rs, RS_OVERALL);
		return 1;
	}
	if (!rs->have[RS_IIT] || !rs->have[RS_OIT] || !eit_of(rs, &eit))
		return 0;
	*out = floor(ita_year_overall(y, score_of(rs, RS_IIT), eit,
	    score_of(rs, RS_OIT)) * 100 + 0.5) / 100;
	return 1;
}

/* The tool scores a level's condition is checked on: EIT by its parts. */
static size_t
tools_of(const struct rscores *rs, double *tools)
{
	size_t n = 0;

	if (rs->have[RS_IIT])
		tools[n++] = score_of(rs, RS_IIT);
	if (rs->have[RS_EIT1] && rs->have[RS_EIT2]) {
		tools[n++] = score_of(rs, RS_EIT1);
		tools[n++] = score_of(rs, RS_EIT2);
	} else if (rs->have[RS_EIT])
		tools[n++] = score_of(rs, RS_EIT);
	if (rs->have[RS_OIT])
		tools[n++] = score_of(rs, RS_OIT);
	return n;
}

/* Every tool the year's conditions speak of is known. */
static int
tools_complete(const struct rscores *rs, const struct ita_year *y)
{
	int eit = y->eit_parts == 2 ? rs->have[RS_EIT1] && rs->have[RS_EIT2] :
	    rs->have[RS_EIT] || (rs->have[RS_EIT1] && rs->have[RS_EIT2]);

	return rs->have[RS_IIT] && rs->have[RS_OIT] && eit;
}

static const struct ita_level *
level_named(const struct ita_year *y, const char *name)
{
	size_t i;

	for (i = 0; i < y->nlevels; i++)
		if (strcmp(y->levels[i].name, name) == 0)
			return &y->levels[i];
	return NULL;
}

enum level_result
level_compute(const struct ita_years *years, const char *fiscal_year,
    const struct rscores *rs, struct ita_buf *out, double *overall)
{
	const struct ita_year *y;
	const struct ita_level *lv;
	double tools[4];
	size_t nt;

	ita_buf_clear(out);
	if (!rs->any)
		return LEVEL_NO_SCORES;
	if ((y = year_of(years, fiscal_year)) == NULL)
		return LEVEL_NO_YEAR;
	if (!overall_of(rs, y, overall))
		return LEVEL_NO_OVERALL;
	nt = tools_of(rs, tools);
	if (ita_year_level(y, *overall, tools, nt, out) == -1) {
		ita_buf_clear(out);
		return LEVEL_NONE;
	}
	/* A level with a condition on the tools needs them all. */
	lv = level_named(y, ita_buf_str(out));
	if (lv != NULL && lv->tool_min >= 0 && !tools_complete(rs, y))
		return LEVEL_TOOLS_MISSING;
	return ita_buf_str(out)[0] != '\0' ? LEVEL_OK : LEVEL_NONE;
}

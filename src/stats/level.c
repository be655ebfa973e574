/*
 * The level a report earns under its fiscal year's rules, from its score
 * records (iit, eit or eit1 and eit2, oit, overall): the computed_level
 * key, and the level --scores and --compare count when none is written.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <string.h>

#include "num.h"
#include "record.h"
#include "scores.h"
#include "stats.h"
#include "yeardata.h"

void
srscores_clear(struct rscores *rs)
{
	memset(rs, 0, sizeof(*rs));
}

enum num_parse
srscores_add(struct rscores *rs, const struct ita_record *r)
{
	int t = ita_tool_find(ita_get(r, ITA_COL_TOOL));
	const char *s = ita_get(r, ITA_COL_SCORE);
	enum num_parse np;
	int64_t v;

	if (t < 0 || *s == '\0')
		return NUM_OK;
	if ((np = snum_parse(s, &v)) != NUM_OK)
		return np;
	rs->any = 1;
	/* A second score for a tool is ita-validate's score.duplicate. */
	if (!rs->sc.have[t]) {
		rs->sc.have[t] = 1;
		rs->sc.v[t] = (double)v / NUM_SCALE;
	}
	return NUM_OK;
}

enum level_result
slevel_compute(const struct ita_years *years, const char *fiscal_year,
    const struct rscores *rs, struct ita_buf *out, double *overall)
{
	const struct ita_year *y;
	const struct ita_level *lv;
	double tools[4];
	size_t nt;

	ita_buf_clear(out);
	if (!rs->any)
		return LEVEL_NO_SCORES;
	if ((y = syear_of(years, fiscal_year)) == NULL)
		return LEVEL_NO_YEAR;
	if (!ita_scores_overall(&rs->sc, y, overall))
		return LEVEL_NO_OVERALL;
	nt = ita_scores_tools(&rs->sc, tools);
	if (ita_year_level(y, *overall, tools, nt, out) == -1) {
		ita_buf_clear(out);
		return LEVEL_NONE;
	}
	/* A level with a condition on the tools needs them all. */
	lv = ita_year_level_named(y, ita_buf_str(out));
	if (lv != NULL && lv->tool_min >= 0 && !ita_scores_complete(&rs->sc, y))
		return LEVEL_TOOLS_MISSING;
	return ita_buf_str(out)[0] != '\0' ? LEVEL_OK : LEVEL_NONE;
}

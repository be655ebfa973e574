/*
 * The scoring rules of ITA: EIT, the weighted overall score, the tools
 * of a level's condition.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <math.h>
#include <string.h>

#include "scores.h"

static const char *const tool_names[ITA_NTOOLS] = {
	"iit", "eit", "eit1", "eit2", "oit", "overall"
};

int
ita_tool_find(const char *name)
{
	int t;

	for (t = 0; t < ITA_NTOOLS; t++)
		if (strcmp(name, tool_names[t]) == 0)
			return t;
	return -1;
}

const char *
ita_tool_name(enum ita_tool t)
{
	return tool_names[t];
}

int
ita_scores_eit(const struct ita_scores *s, double *eit)
{
	if (s->have[ITA_TOOL_EIT]) {
		*eit = s->v[ITA_TOOL_EIT];
		return 1;
	}
	if (s->have[ITA_TOOL_EIT1] && s->have[ITA_TOOL_EIT2]) {
		*eit = (s->v[ITA_TOOL_EIT1] + s->v[ITA_TOOL_EIT2]) / 2;
		return 1;
	}
	return 0;
}

int
ita_scores_weighted(const struct ita_scores *s, const struct ita_year *y,
    double *overall)
{
	double eit;

	if (!s->have[ITA_TOOL_IIT] || !s->have[ITA_TOOL_OIT] ||
	    !ita_scores_eit(s, &eit))
		return 0;
	*overall = ita_year_overall(y, s->v[ITA_TOOL_IIT], eit,
	    s->v[ITA_TOOL_OIT]);
	return 1;
}

int
ita_scores_overall(const struct ita_scores *s, const struct ita_year *y,
    double *overall)
{
	double w;

	if (s->have[ITA_TOOL_OVERALL]) {
		*overall = s->v[ITA_TOOL_OVERALL];
		return 1;
	}
	if (!ita_scores_weighted(s, y, &w))
		return 0;
	/* Scores are given to two decimals. */
	*overall = floor(w * 100 + 0.5) / 100;
	return 1;
}

size_t
ita_scores_tools(const struct ita_scores *s, double *tools)
{
	size_t n = 0;

	if (s->have[ITA_TOOL_IIT])
		tools[n++] = s->v[ITA_TOOL_IIT];
	if (s->have[ITA_TOOL_EIT1] && s->have[ITA_TOOL_EIT2]) {
		tools[n++] = s->v[ITA_TOOL_EIT1];
		tools[n++] = s->v[ITA_TOOL_EIT2];
	} else if (s->have[ITA_TOOL_EIT])
		tools[n++] = s->v[ITA_TOOL_EIT];
	if (s->have[ITA_TOOL_OIT])
		tools[n++] = s->v[ITA_TOOL_OIT];
	return n;
}

int
ita_scores_complete(const struct ita_scores *s, const struct ita_year *y)
{
	int parts = s->have[ITA_TOOL_EIT1] && s->have[ITA_TOOL_EIT2];
	int eit = y->eit_parts == 2 ? parts : s->have[ITA_TOOL_EIT] || parts;

	return s->have[ITA_TOOL_IIT] && s->have[ITA_TOOL_OIT] && eit;
}

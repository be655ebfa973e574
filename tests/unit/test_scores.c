/*
 * The scoring rules (scores.c): EIT from its parts, the weighted overall
 * score, the tools of a level's condition, which tools a year needs.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "lib/scores.h"

static void
give(struct ita_scores *s, enum ita_tool t, double v)
{
	s->have[t] = 1;
	s->v[t] = v;
}

static void
test_names(void **state)
{
	int t;

	(void)state;
	for (t = 0; t < ITA_NTOOLS; t++)
		assert_int_equal(ita_tool_find(ita_tool_name(t)), t);
	assert_int_equal(ita_tool_find("eit2"), ITA_TOOL_EIT2);
	assert_int_equal(ita_tool_find("overall"), ITA_TOOL_OVERALL);
	assert_int_equal(ita_tool_find("EIT"), -1);
	assert_int_equal(ita_tool_find(""), -1);
}

static void
test_eit(void **state)
{
	struct ita_scores s;
	double eit = -1;

	(void)state;
	memset(&s, 0, sizeof(s));
	assert_int_equal(ita_scores_eit(&s, &eit), 0);
	give(&s, ITA_TOOL_EIT1, 80);
	assert_int_equal(ita_scores_eit(&s, &eit), 0);
	give(&s, ITA_TOOL_EIT2, 91);
	assert_int_equal(ita_scores_eit(&s, &eit), 1);
	assert_true(eit == 85.5);
	/* A given EIT is taken over its parts. */
	give(&s, ITA_TOOL_EIT, 70);
	assert_int_equal(ita_scores_eit(&s, &eit), 1);
	assert_true(eit == 70);
}

static void
test_overall(void **state)
{
	struct ita_year y;
	struct ita_scores s;
	double o = -1;

	(void)state;
	memset(&y, 0, sizeof(y));
	y.weight_iit = 30;
	y.weight_eit = 30;
	y.weight_oit = 40;
	memset(&s, 0, sizeof(s));
	give(&s, ITA_TOOL_IIT, 90.01);
	give(&s, ITA_TOOL_OIT, 80);
	assert_int_equal(ita_scores_weighted(&s, &y, &o), 0);
	assert_int_equal(ita_scores_overall(&s, &y, &o), 0);
	give(&s, ITA_TOOL_EIT1, 85);
	give(&s, ITA_TOOL_EIT2, 86);
	/* 27.003 + 25.65 + 32 */
	assert_int_equal(ita_scores_weighted(&s, &y, &o), 1);
	assert_true(o > 84.6529 && o < 84.6531);
	/* Rounded to two decimals when computed. */
	assert_int_equal(ita_scores_overall(&s, &y, &o), 1);
	assert_true(o == 84.65);
	/* A given overall score is taken as it is, weighted or not. */
	give(&s, ITA_TOOL_OVERALL, 99.999);
	assert_int_equal(ita_scores_overall(&s, &y, &o), 1);
	assert_true(o == 99.999);
	assert_int_equal(ita_scores_weighted(&s, &y, &o), 1);
	assert_true(o > 84.6529 && o < 84.6531);
}

static void
test_tools(void **state)
{
	struct ita_year y;
	struct ita_scores s;
	double t[4];

	(void)state;
	memset(&y, 0, sizeof(y));
	memset(&s, 0, sizeof(s));
	assert_int_equal(ita_scores_tools(&s, t), 0);
	give(&s, ITA_TOOL_OVERALL, 90);
	give(&s, ITA_TOOL_IIT, 91);
	give(&s, ITA_TOOL_EIT, 92);
	assert_int_equal(ita_scores_tools(&s, t), 2);
	assert_true(t[0] == 91 && t[1] == 92);
	/* EIT by its parts when both are given; one part is not enough. */
	give(&s, ITA_TOOL_EIT1, 93);
	assert_int_equal(ita_scores_tools(&s, t), 2);
	give(&s, ITA_TOOL_EIT2, 94);
	give(&s, ITA_TOOL_OIT, 95);
	assert_int_equal(ita_scores_tools(&s, t), 4);
	assert_true(t[0] == 91 && t[1] == 93 && t[2] == 94 && t[3] == 95);

	/* A year of two EIT parts needs both; a year of one takes either. */
	memset(&s, 0, sizeof(s));
	give(&s, ITA_TOOL_IIT, 91);
	give(&s, ITA_TOOL_OIT, 95);
	give(&s, ITA_TOOL_EIT, 92);
	y.eit_parts = 1;
	assert_true(ita_scores_complete(&s, &y));
	y.eit_parts = 2;
	assert_false(ita_scores_complete(&s, &y));
	give(&s, ITA_TOOL_EIT1, 93);
	give(&s, ITA_TOOL_EIT2, 94);
	assert_true(ita_scores_complete(&s, &y));
	s.have[ITA_TOOL_EIT] = 0;
	y.eit_parts = 1;
	assert_true(ita_scores_complete(&s, &y));
	s.have[ITA_TOOL_OIT] = 0;
	assert_false(ita_scores_complete(&s, &y));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_names),
		cmocka_unit_test(test_eit),
		cmocka_unit_test(test_overall),
		cmocka_unit_test(test_tools),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

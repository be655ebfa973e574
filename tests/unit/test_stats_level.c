/*
 * ita-stats: the level a report's scores earn under its year's rules.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "lib/buf.h"
#include "lib/diag.h"
#include "lib/record.h"
#include "lib/yeardata.h"
#include "stats/stats.h"

static const char conf[] =
    "fiscal_year 2566\ncertainty unknown\nsource test\n"
    "weights iit 30 eit 30 oit 40\neit_parts 1\npass_mark 85\n"
    "levels letters\nlevel AA 95\nlevel A 85\nlevel B 75\nlevel C 65\n"
    "level D 55\nlevel E 50\nlevel F 0\n"
    "fiscal_year 2567\ncertainty unknown\nsource test\n"
    "weights iit 30 eit 30 oit 40\neit_parts 2\npass_mark 85\n"
    "levels words\nlevel ผ่านดีเยี่ยม 95 tools 95\nlevel ผ่านดี 85 tools 85\n"
    "level ผ่าน 85\nlevel ต้องปรับปรุง 70\nlevel ต้องปรับปรุงโดยด่วน 0\n";

static struct ita_years *years;

static int
setup(void **state)
{
	char path[] = "/tmp/test_stats_level_XXXXXX";
	struct ita_diag d;
	FILE *fp;
	int fd;

	(void)state;
	ita_diag_init(&d, "test");
	if ((fd = mkstemp(path)) == -1 || (fp = fdopen(fd, "w")) == NULL)
		return -1;
	fputs(conf, fp);
	fclose(fp);
	years = ita_years_new();
	if (years == NULL || ita_years_add_path(years, path, &d) == -1)
		return -1;
	unlink(path);
	return d.nerror != 0 ? -1 : 0;
}

static int
teardown(void **state)
{
	(void)state;
	ita_years_free(years);
	return 0;
}

/* Scores by tool name, "" for none; the level expected, or the reason. */
static void
check(const char *fy, const char *iit, const char *eit, const char *eit1,
    const char *eit2, const char *oit, const char *overall,
    enum level_result want, const char *level)
{
	static char *names[] = { "kind", "tool", "score" };
	const char *tools[] = { "iit", "eit", "eit1", "eit2", "oit",
		"overall" };
	const char *scores[] = { iit, eit, eit1, eit2, oit, overall };
	struct ita_header *h = ita_header_new(names, 3);
	struct ita_buf out = ITA_BUF_INIT;
	struct ita_record *r;
	struct rscores rs;
	double o;
	size_t i;

	assert_non_null(h);
	srscores_clear(&rs);
	for (i = 0; i < 6; i++) {
		r = ita_record_new(h);
		assert_non_null(r);
		assert_int_equal(ita_set(r, ITA_COL_KIND, "score"), 0);
		assert_int_equal(ita_set(r, ITA_COL_TOOL, tools[i]), 0);
		assert_int_equal(ita_set(r, ITA_COL_SCORE, scores[i]), 0);
		assert_int_equal(srscores_add(&rs, r), 0);
		ita_record_free(r);
	}
	ita_header_unref(h);
	assert_int_equal(slevel_compute(years, fy, &rs, &out, &o), want);
	if (want == LEVEL_OK || want == LEVEL_TOOLS_MISSING)
		assert_string_equal(ita_buf_str(&out), level);
	ita_buf_free(&out);
}

static void
test_letters(void **state)
{
	(void)state;
	check("2566", "", "", "", "", "", "95", LEVEL_OK, "AA");
	check("2566", "", "", "", "", "", "94.99", LEVEL_OK, "A");
	check("2566", "", "", "", "", "", "85", LEVEL_OK, "A");
	check("2566", "", "", "", "", "", "84.99", LEVEL_OK, "B");
	check("2566", "", "", "", "", "", "55", LEVEL_OK, "D");
	check("2566", "", "", "", "", "", "50", LEVEL_OK, "E");
	check("2566", "", "", "", "", "", "49.99", LEVEL_OK, "F");
	/* No overall: 0.3 * 90 + 0.3 * 90 + 0.4 * 80 = 86. */
	check("2566", "90", "90", "", "", "80", "", LEVEL_OK, "A");
	/* 0.3 * 95 + 0.3 * 95 + 0.4 * 94.99 = 94.996 -> 95.00 -> AA. */
	check("2566", "95", "95", "", "", "94.99", "", LEVEL_OK, "AA");
	/* Letters have no tool condition: tools below do not matter. */
	check("2566", "60", "99", "", "", "99", "95", LEVEL_OK, "AA");
}

static void
test_words(void **state)
{
	(void)state;
	/* Every tool >= 95 (eit1 exactly 95), overall >= 95. */
	check("2567", "96", "", "95", "97", "98", "96.8", LEVEL_OK,
	    "ผ่านดีเยี่ยม");
	/* One part 94.99: not every tool reaches 95. */
	check("2567", "96", "", "94.99", "97", "98", "96.8", LEVEL_OK,
	    "ผ่านดี");
	/* The real report: 95.88 with EIT part 2 at 89.28 is ผ่านดี. */
	check("2567", "99.73", "", "97.11", "89.28", "95", "95.88", LEVEL_OK,
	    "ผ่านดี");
	/* Overall >= 85 and some tool below 85. */
	check("2567", "80", "", "90", "90", "92", "88", LEVEL_OK, "ผ่าน");
	check("2567", "85", "", "85", "85", "84.99", "85", LEVEL_OK, "ผ่าน");
	check("2567", "", "", "", "", "", "84.99", LEVEL_OK, "ต้องปรับปรุง");
	check("2567", "", "", "", "", "", "70", LEVEL_OK, "ต้องปรับปรุง");
	check("2567", "", "", "", "", "", "69.99", LEVEL_OK,
	    "ต้องปรับปรุงโดยด่วน");
	/* Overall from the tools, EIT the mean of its parts. */
	check("2567", "96", "", "97.11", "89.28", "97", "", LEVEL_OK,
	    "ผ่านดี");
	/* eit alone in a two-part year: the parts' condition is unknown. */
	check("2567", "96", "96", "", "", "97", "96.4", LEVEL_TOOLS_MISSING,
	    "ผ่านดีเยี่ยม");
	check("2567", "", "", "", "", "", "90", LEVEL_TOOLS_MISSING,
	    "ผ่านดี");
}

static void
test_not_computed(void **state)
{
	(void)state;
	check("2567", "", "", "", "", "", "", LEVEL_NO_SCORES, NULL);
	check("2599", "", "", "", "", "", "90", LEVEL_NO_YEAR, NULL);
	check("", "", "", "", "", "", "90", LEVEL_NO_YEAR, NULL);
	check("2567", "90", "", "90", "90", "", "", LEVEL_NO_OVERALL, NULL);
	check("2566", "", "", "", "", "", "-1", LEVEL_NONE, NULL);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_letters),
		cmocka_unit_test(test_words),
		cmocka_unit_test(test_not_computed),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}

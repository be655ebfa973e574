/*
 * ita-stats arithmetic: parsing, exact printing, rounding, quartiles.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "stats/num.h"

static void
test_parse(void **state)
{
	int64_t v;

	(void)state;
	assert_int_equal(snum_parse("92.31", &v), NUM_OK);
	assert_true(v == 923100);
	assert_int_equal(snum_parse("-0.5", &v), NUM_OK);
	assert_true(v == -5000);
	assert_int_equal(snum_parse("100", &v), NUM_OK);
	assert_true(v == 1000000);
	assert_int_equal(snum_parse(".5", &v), NUM_OK);
	assert_true(v == 5000);
	assert_int_equal(snum_parse("7.", &v), NUM_OK);
	assert_true(v == 70000);
	assert_int_equal(snum_parse("1.250000", &v), NUM_OK);
	assert_true(v == 12500);
	assert_int_equal(snum_parse("1.23456", &v), NUM_TOO_PRECISE);
	assert_int_equal(snum_parse("", &v), NUM_NOT_NUMBER);
	assert_int_equal(snum_parse("-", &v), NUM_NOT_NUMBER);
	assert_int_equal(snum_parse(".", &v), NUM_NOT_NUMBER);
	assert_int_equal(snum_parse("ร้อยละ 80", &v), NUM_NOT_NUMBER);
	assert_int_equal(snum_parse("80%", &v), NUM_NOT_NUMBER);
	assert_int_equal(snum_parse(" 80", &v), NUM_NOT_NUMBER);
	assert_int_equal(snum_parse("1.2.3", &v), NUM_NOT_NUMBER);
	assert_int_equal(snum_parse("1e3", &v), NUM_NOT_NUMBER);
	assert_int_equal(snum_parse("922337203685477", &v), NUM_OK);
	assert_int_equal(snum_parse("922337203685478", &v), NUM_TOO_BIG);
	assert_int_equal(snum_parse("99999999999999999999999", &v),
	    NUM_TOO_BIG);
}

static void
test_exact(void **state)
{
	char b[64];

	(void)state;
	snum_format_exact(923100, b, sizeof(b));
	assert_string_equal(b, "92.31");
	snum_format_exact(1000000, b, sizeof(b));
	assert_string_equal(b, "100");
	snum_format_exact(-5000, b, sizeof(b));
	assert_string_equal(b, "-0.5");
	snum_format_exact(0, b, sizeof(b));
	assert_string_equal(b, "0");
	snum_format_exact(1, b, sizeof(b));
	assert_string_equal(b, "0.0001");
	/* Sums beyond 64 bits stay exact. */
	snum_format_exact((__int128)INT64_MAX * 4, b, sizeof(b));
	assert_string_equal(b, "3689348814741910.3228");
}

static void
test_rounding(void **state)
{
	char b[64];

	(void)state;
	/* 1/3, 2/3 and halves: half away from zero, both signs. */
	snum_format_pct(1, 3, b, sizeof(b));
	assert_string_equal(b, "33.33");
	snum_format_pct(2, 3, b, sizeof(b));
	assert_string_equal(b, "66.67");
	snum_format_pct(1, 8, b, sizeof(b));	/* 12.5 exactly */
	assert_string_equal(b, "12.50");
	snum_format_pct(1, 16, b, sizeof(b));	/* 6.25 */
	assert_string_equal(b, "6.25");
	snum_format_pct(1, 32, b, sizeof(b));	/* 3.125 -> 3.13 */
	assert_string_equal(b, "3.13");
	snum_format_pct(0, 5, b, sizeof(b));
	assert_string_equal(b, "0.00");
	snum_format_ratio(-3125, 100000, 2, b, sizeof(b));	/* -0.03125 */
	assert_string_equal(b, "-0.03");
	snum_format_ratio(-5, 1000, 2, b, sizeof(b));	/* -0.005 */
	assert_string_equal(b, "-0.01");
	snum_format_ratio(-4, 1000, 2, b, sizeof(b));	/* rounds to 0 */
	assert_string_equal(b, "0.00");
	/* Mean of 0.005 and 0.01 (scaled: 50 and 100): 0.0075 -> 0.01. */
	snum_format_mean(150, 2, b, sizeof(b));
	assert_string_equal(b, "0.01");
	/* Mean of 92.31, 84.5, 95.88 = 90.8966... */
	snum_format_mean(923100 + 845000 + 958800, 3, b, sizeof(b));
	assert_string_equal(b, "90.90");
}

static void
test_quartiles(void **state)
{
	int64_t one[] = { 500000 };
	int64_t four[] = { 10000, 20000, 30000, 40000 };
	int64_t five[] = { 10000, 20000, 20000, 20000, 90000 };
	int64_t two[] = { 0, 10000 };
	int64_t mixed[] = { 30000, -10000, 20000, 10000 };
	char b[64];

	(void)state;
	snum_format_quartile(one, 1, 1, b, sizeof(b));
	assert_string_equal(b, "50.00");
	snum_format_quartile(one, 1, 2, b, sizeof(b));
	assert_string_equal(b, "50.00");
	/* 1 2 3 4: q1 at h = 0.75 -> 1.75, median 2.5, q3 3.25 (R type 7). */
	snum_format_quartile(four, 4, 1, b, sizeof(b));
	assert_string_equal(b, "1.75");
	snum_format_quartile(four, 4, 2, b, sizeof(b));
	assert_string_equal(b, "2.50");
	snum_format_quartile(four, 4, 3, b, sizeof(b));
	assert_string_equal(b, "3.25");
	/* Ties: 1 2 2 2 9 -> q1 2, median 2, q3 2. */
	snum_format_quartile(five, 5, 1, b, sizeof(b));
	assert_string_equal(b, "2.00");
	snum_format_quartile(five, 5, 3, b, sizeof(b));
	assert_string_equal(b, "2.00");
	/* 0 1: q1 0.25, q3 0.75. */
	snum_format_quartile(two, 2, 1, b, sizeof(b));
	assert_string_equal(b, "0.25");
	snum_format_quartile(two, 2, 3, b, sizeof(b));
	assert_string_equal(b, "0.75");
	snum_sort(mixed, 4);
	assert_true(mixed[0] == -10000 && mixed[3] == 30000);
	snum_format_quartile(mixed, 4, 1, b, sizeof(b));	/* -1 1 2 3 */
	assert_string_equal(b, "0.50");
}

static void
test_cmp_text(void **state)
{
	(void)state;
	assert_true(snum_cmp_text("9.5", "10") < 0);
	assert_true(snum_cmp_text("10", "9.5") > 0);
	assert_true(snum_cmp_text("-1", "0") < 0);
	assert_true(snum_cmp_text("", "0") < 0);
	assert_int_equal(snum_cmp_text("2.50", "2.5"), 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_parse),
		cmocka_unit_test(test_exact),
		cmocka_unit_test(test_rounding),
		cmocka_unit_test(test_quartiles),
		cmocka_unit_test(test_cmp_text),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

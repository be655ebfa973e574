/*
 * ita-render: English dates for --lang en (CE dates, BE fiscal years).
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

#include "render/render.h"

static void
test_dates(void **state)
{
	static const struct {
		struct ita_date d;
		enum ita_precision p;
		int long_form;
		const char *want;
	} rows[] = {
		{ { 2025, 3, 31 }, ITA_PREC_DAY, 1, "31 March 2025" },
		{ { 2025, 9, 1 }, ITA_PREC_DAY, 0, "1 Sep 2025" },
		{ { 2025, 5, 1 }, ITA_PREC_MONTH, 0, "May 2025" },
		{ { 2025, 9, 1 }, ITA_PREC_MONTH, 1, "September 2025" },
		{ { 2024, 10, 1 }, ITA_PREC_QUARTER, 1,
		    "quarter 1, fiscal year 2568" },
		{ { 2025, 7, 1 }, ITA_PREC_QUARTER, 0, "Q4 FY2568" },
		{ { 2024, 10, 1 }, ITA_PREC_YEAR, 1, "fiscal year 2568" },
	};
	struct ita_buf b = ITA_BUF_INIT;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
		ita_buf_clear(&b);
		assert_int_equal(ren_date_format(rows[i].d, rows[i].p,
		    rows[i].long_form, &b), 0);
		assert_int_equal(ita_buf_adds(&b, ""), 0);
		assert_string_equal(ita_buf_str(&b), rows[i].want);
	}
	ita_buf_clear(&b);
	assert_int_equal(ren_date_format((struct ita_date){ 2025, 13, 1 },
	    ITA_PREC_MONTH, 1, &b), -1);
	ita_buf_free(&b);
}

static void
test_periods(void **state)
{
	static const struct {
		struct ita_period p;
		int long_form;
		const char *want;
	} rows[] = {
		{ { { 2025, 1, 1 }, { 2025, 9, 30 }, ITA_PREC_QUARTER,
		    ITA_PREC_QUARTER }, 1, "quarters 2–4, fiscal year 2568" },
		{ { { 2025, 1, 1 }, { 2025, 9, 30 }, ITA_PREC_QUARTER,
		    ITA_PREC_QUARTER }, 0, "Q2–Q4 FY2568" },
		{ { { 2025, 1, 1 }, { 2025, 3, 31 }, ITA_PREC_MONTH,
		    ITA_PREC_MONTH }, 0, "Jan – Mar 2025" },
		{ { { 2024, 10, 1 }, { 2024, 12, 31 }, ITA_PREC_DAY,
		    ITA_PREC_DAY }, 1, "1 October – 31 December 2024" },
		{ { { 2024, 10, 1 }, { 2025, 3, 31 }, ITA_PREC_DAY,
		    ITA_PREC_MONTH }, 1, "1 October 2024 – March 2025" },
		{ { { 2025, 3, 1 }, { 2025, 3, 31 }, ITA_PREC_MONTH,
		    ITA_PREC_MONTH }, 1, "March 2025" },
	};
	struct ita_buf b = ITA_BUF_INIT;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
		ita_buf_clear(&b);
		assert_int_equal(ren_period_format(&rows[i].p,
		    rows[i].long_form, &b), 0);
		assert_int_equal(ita_buf_adds(&b, ""), 0);
		assert_string_equal(ita_buf_str(&b), rows[i].want);
	}
	ita_buf_free(&b);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_dates),
		cmocka_unit_test(test_periods),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

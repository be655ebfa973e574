/*
 * Unit tests of the cell values of workbooks (src/import/sheet.c): date
 * serials in the 1900 system (Lotus's 29 February 1900 and the days
 * around it, day 0) and the 1904 system, times, ISO dates of .ods,
 * numbers without float noise and percents.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "import/sheet.h"

/* The text a value function wrote, in a static buffer. */
static const char *
serial(const char *v, int date1904, int what)
{
	static char out[64];
	struct xtext t = { ITA_BUF_INIT, 0 };
	size_t n;

	if (!isheet_serial(&t, v, date1904, what))
		strcpy(out, "(none)");
	else
		snprintf(out, sizeof(out), "%s", ixt_done(&t, &n));
	ixt_free(&t);
	return out;
}

static void
test_serial_1900(void **state)
{
	(void)state;
	assert_string_equal(serial("1", 0, 'd'), "1/1/1900");
	assert_string_equal(serial("59", 0, 'd'), "28/2/1900");
	assert_string_equal(serial("60", 0, 'd'), "29/2/1900");
	assert_string_equal(serial("61", 0, 'd'), "1/3/1900");
	assert_string_equal(serial("0", 0, 'd'), "0/1/1900");
	assert_string_equal(serial("45672", 0, 'd'), "15/1/2025");
	assert_string_equal(serial("45716", 0, 'd'), "28/2/2025");
	assert_string_equal(serial("2958465", 0, 'd'), "31/12/9999");
	assert_string_equal(serial("2958466", 0, 'd'), "(none)");
	assert_string_equal(serial("-1", 0, 'd'), "(none)");
	assert_string_equal(serial("x", 0, 'd'), "(none)");
	assert_string_equal(serial("45672.75", 0, 'D'), "15/1/2025 18:00");
	assert_string_equal(serial("45672.75", 0, 'd'), "15/1/2025");
	assert_string_equal(serial("0.5208449074", 0, 't'), "12:30:01");
	/* a fraction that rounds up to midnight is the next day */
	assert_string_equal(serial("45672.999999", 0, 'D'), "16/1/2025");
}

static void
test_serial_1904(void **state)
{
	(void)state;
	assert_string_equal(serial("0", 1, 'd'), "1/1/1904");
	assert_string_equal(serial("44210", 1, 'd'), "15/1/2025");
	assert_string_equal(serial("59", 1, 'd'), "29/2/1904");
}

static void
test_values(void **state)
{
	struct xtext t = { ITA_BUF_INIT, 0 };
	size_t n;

	(void)state;
	isheet_number(&t, "0.30000000000000004", 0);
	assert_string_equal(ixt_done(&t, &n), "0.3");
	ixt_clear(&t);
	isheet_number(&t, "0.5", 1);
	assert_string_equal(ixt_done(&t, &n), "50%");
	ixt_clear(&t);
	isheet_number(&t, "-0", 0);
	assert_string_equal(ixt_done(&t, &n), "0");
	ixt_clear(&t);
	isheet_number(&t, "1e20", 0);
	assert_string_equal(ixt_done(&t, &n), "1e+20");
	ixt_clear(&t);
	isheet_number(&t, "12 ข้อ", 0);	/* not a number: kept */
	assert_string_equal(ixt_done(&t, &n), "12 ข้อ");
	ixt_clear(&t);
	assert_int_equal(isheet_isodate(&t, "2025-03-31T14:05:00"), 1);
	assert_string_equal(ixt_done(&t, &n), "31/3/2025 14:05");
	ixt_clear(&t);
	assert_int_equal(isheet_isodate(&t, "2025-3-31"), 0);
	assert_int_equal(isheet_isodate(&t, "2025-13-01"), 0);
	ixt_free(&t);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_serial_1900),
		cmocka_unit_test(test_serial_1904),
		cmocka_unit_test(test_values),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

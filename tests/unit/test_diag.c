/*
 * Diagnostics: the line format, overrides, counts, status, summary.
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

#include "lib/diag.h"
#include "lib/opts.h"

static void
test_format_and_status(void **state)
{
	struct ita_diag d;
	struct ita_loc l = { "report.csv", 57, 0 };
	char *buf = NULL;
	size_t len = 0;

	(void)state;
	ita_diag_init(&d, "ita-x");
	d.err = open_memstream(&buf, &len);
	ita_diag_at(&d, &l, ITA_SEV_WARNING, "a.rule", "ctx", "field '%s'", "x");
	assert_int_equal(d.status, 0);
	l.col = 3;
	ita_diag_at(&d, &l, ITA_SEV_ERROR, "b.rule", NULL, "bad");
	assert_int_equal(d.status, ITA_EXIT_DATA);
	ita_diag_raise(&d, ITA_EXIT_IO);
	ita_diag_raise(&d, ITA_EXIT_DATA);
	assert_int_equal(d.status, ITA_EXIT_IO);
	ita_diag_summary(&d, 1204);
	fclose(d.err);
	assert_string_equal(buf,
	    "report.csv:57: warning: field 'x' [a.rule]\n"
	    "report.csv:57:3: error: bad [b.rule]\n"
	    "ita-x: 1 error, 1 warning in 1,204 records\n");
	free(buf);
	ita_diag_free(&d);
}

static void
test_overrides_and_quiet(void **state)
{
	struct ita_diag d;
	struct ita_loc l = { NULL, 2, 0 };
	char *buf = NULL;
	size_t len = 0;

	(void)state;
	ita_diag_init(&d, "ita-x");
	d.err = open_memstream(&buf, &len);
	assert_int_equal(ita_diag_override(&d, "off.rule", ITA_SEV_OFF), 0);
	assert_int_equal(ita_diag_override(&d, "up.rule", ITA_SEV_ERROR), 0);
	ita_diag_at(&d, &l, ITA_SEV_ERROR, "off.rule", NULL, "hidden");
	ita_diag_at(&d, &l, ITA_SEV_NOTE, "up.rule", NULL, "raised");
	d.quiet = 1;
	ita_diag_at(&d, &l, ITA_SEV_WARNING, "w.rule", NULL, "quiet");
	ita_diag_summary(&d, 3);
	fclose(d.err);
	assert_string_equal(buf, "<stdin>:2: error: raised [up.rule]\n");
	assert_int_equal(d.nerror, 1);
	assert_int_equal(d.nwarning, 1);	/* counted though not shown */
	free(buf);
	ita_diag_free(&d);
}

/*
 * Under -q a warning nobody sees is counted, not formatted (ita-import -q
 * spent 2.3 % of its time formatting them): %n tells whether it was.
 */
static void
test_quiet_not_formatted(void **state)
{
	struct ita_diag d;
	struct ita_loc l = { NULL, 2, 0 };
	char *buf = NULL;
	size_t len = 0;
	int n = -1;

	(void)state;
	ita_diag_init(&d, "ita-x");
	d.err = open_memstream(&buf, &len);
	d.quiet = 1;
	ita_diag_at(&d, &l, ITA_SEV_WARNING, "w.rule", NULL, "abc%n", &n);
	assert_int_equal(n, -1);
	assert_int_equal(d.nwarning, 1);
	ita_diag_at(&d, &l, ITA_SEV_ERROR, "e.rule", NULL, "abc%n", &n);
	assert_int_equal(n, 3);
	assert_int_equal(d.nerror, 1);
	fclose(d.err);
	assert_string_equal(buf, "<stdin>:2: error: abc [e.rule]\n");
	free(buf);
	ita_diag_free(&d);
}

/* --max-errors: lines per rule are capped, counts and the sink are not. */
static void
test_max_per_rule(void **state)
{
	struct ita_diag d;
	struct ita_loc l = { "r.csv", 1, 0 };
	char *buf = NULL;
	size_t len = 0;
	int i;

	(void)state;
	ita_diag_init(&d, "ita-x");
	assert_int_equal(d.max_per_rule, ITA_MAX_ERRORS);
	d.err = open_memstream(&buf, &len);
	d.max_per_rule = 2;
	for (i = 0; i < 5; i++) {
		l.line = (unsigned long)i + 1;
		ita_diag_at(&d, &l, ITA_SEV_ERROR, "a.rule", NULL, "a%d", i);
	}
	ita_diag_at(&d, &l, ITA_SEV_WARNING, "b.rule", NULL, "b");
	ita_diag_summary(&d, 6);
	fclose(d.err);
	assert_string_equal(buf,
	    "r.csv:1: error: a0 [a.rule]\n"
	    "r.csv:2: error: a1 [a.rule]\n"
	    "r.csv:5: warning: b [b.rule]\n"
	    "ita-x: 3 more diagnostics not shown (--max-errors=0 shows all) "
	    "[a.rule]\n"
	    "ita-x: 5 errors, 1 warning in 6 records\n");
	assert_int_equal(d.nerror, 5);
	free(buf);
	ita_diag_free(&d);
}

static void
test_count_format(void **state)
{
	char b[32];

	(void)state;
	ita_format_count(0, b, sizeof(b));
	assert_string_equal(b, "0");
	ita_format_count(999, b, sizeof(b));
	assert_string_equal(b, "999");
	ita_format_count(1000, b, sizeof(b));
	assert_string_equal(b, "1,000");
	ita_format_count(1234567, b, sizeof(b));
	assert_string_equal(b, "1,234,567");
}

static void
test_parse_long(void **state)
{
	long v;

	(void)state;
	assert_int_equal(ita_parse_long("2568", 2400, 2700, &v), 0);
	assert_int_equal(v, 2568);
	assert_int_equal(ita_parse_long("2399", 2400, 2700, &v), -1);
	assert_int_equal(ita_parse_long("25x", 0, 9999, &v), -1);
	assert_int_equal(ita_parse_long("", 0, 9999, &v), -1);
	assert_int_equal(ita_parse_long(" 1", 0, 9999, &v), -1);
	assert_int_equal(ita_parse_long("+1", 0, 9999, &v), -1);
	assert_int_equal(ita_parse_long("99999999999999999999", 0, 9, &v), -1);
}

static void
test_parse_decimal(void **state)
{
	double x;

	(void)state;
	assert_int_equal(ita_parse_decimal("95.88", &x), 0);
	assert_true(x > 95.879 && x < 95.881);
	assert_int_equal(ita_parse_decimal("-12.5", &x), 0);
	assert_true(x < -12.49 && x > -12.51);
	assert_int_equal(ita_parse_decimal("100", &x), 0);
	assert_true(x == 100);
	/* Never the locale's comma, never a half number. */
	assert_int_equal(ita_parse_decimal("95,88", &x), -1);
	assert_int_equal(ita_parse_decimal("", &x), -1);
	assert_int_equal(ita_parse_decimal("-", &x), -1);
	assert_int_equal(ita_parse_decimal(".5", &x), -1);
	assert_int_equal(ita_parse_decimal("5.", &x), -1);
	assert_int_equal(ita_parse_decimal("1e9", &x), -1);
	assert_int_equal(ita_parse_decimal(" 5", &x), -1);
	assert_int_equal(ita_parse_decimal("5 ", &x), -1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_format_and_status),
		cmocka_unit_test(test_overrides_and_quiet),
		cmocka_unit_test(test_quiet_not_formatted),
		cmocka_unit_test(test_max_per_rule),
		cmocka_unit_test(test_count_format),
		cmocka_unit_test(test_parse_long),
		cmocka_unit_test(test_parse_decimal),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

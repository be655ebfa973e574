/*
 * The identity of a report: office, fiscal year and round (report_id.c).
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "lib/report_id.h"

static struct ita_record *
rec(struct ita_header *h, const char *office, const char *fy,
    const char *round, const char *title)
{
	struct ita_record *r = ita_record_new(h);

	assert_non_null(r);
	assert_int_equal(ita_set(r, ITA_COL_OFFICE, office), 0);
	assert_int_equal(ita_set(r, ITA_COL_FISCAL_YEAR, fy), 0);
	assert_int_equal(ita_set(r, ITA_COL_ROUND, round), 0);
	assert_int_equal(ita_set(r, ITA_COL_TITLE, title), 0);
	return r;
}

static void
test_key(void **state)
{
	struct ita_header *h = ita_header_canonical();
	struct ita_record *a = rec(h, "ทดลอง", "", "6", "ก");
	struct ita_record *b = rec(h, "ทดลอง", "", "12", "ก");
	struct ita_record *e = rec(h, "", "", "", "");
	struct ita_buf ka = ITA_BUF_INIT, kb = ITA_BUF_INIT;

	(void)state;
	assert_int_equal(ita_report_key(a, &ka), 0);
	assert_string_equal(ita_buf_str(&ka), "ทดลอง\x1f\x1f" "6");
	assert_int_equal(ita_report_key(b, &kb), 0);
	assert_string_not_equal(ita_buf_str(&ka), ita_buf_str(&kb));
	/* The buffer is reused: the key replaces what it held. */
	assert_int_equal(ita_report_key(a, &kb), 0);
	assert_string_equal(ita_buf_str(&ka), ita_buf_str(&kb));
	/* Empty cells still give a string, never NULL. */
	ita_buf_free(&kb);
	assert_int_equal(ita_report_key(e, &kb), 0);
	assert_non_null(kb.p);
	assert_string_equal(kb.p, "\x1f\x1f");
	ita_buf_free(&ka);
	ita_buf_free(&kb);
	ita_record_free(a);
	ita_record_free(b);
	ita_record_free(e);
	ita_header_unref(h);
}

static void
test_same(void **state)
{
	struct ita_header *h = ita_header_canonical();
	struct ita_header *small;
	struct ita_record *a = rec(h, "อบต.ทดลอง", "2568", "12", "ก");
	struct ita_record *b = rec(h, "อบต.ทดลอง", "2568", "12", "ข");
	struct ita_record *c = rec(h, "อบต.ทดลอง", "2567", "12", "ก");
	struct ita_record *d = rec(h, "อบต.ทดลอง", "2568", "6", "ก");
	struct ita_record *o = rec(h, "อบต.ทดสอบ", "2568", "12", "ก");
	struct ita_record *m;
	char *names[] = { "title" };

	(void)state;
	/* Other columns do not count; each of the three does. */
	assert_true(ita_report_same(a, b));
	assert_true(ita_report_same(a, a));
	assert_false(ita_report_same(a, c));
	assert_false(ita_report_same(a, d));
	assert_false(ita_report_same(a, o));
	/* A header without the columns: all three empty. */
	small = ita_header_new(names, 1);
	assert_non_null(small);
	m = ita_record_new(small);
	assert_non_null(m);
	assert_false(ita_report_same(a, m));
	ita_record_free(a);
	a = rec(h, "", "", "", "ค");
	assert_true(ita_report_same(a, m));
	ita_record_free(m);
	ita_header_unref(small);
	ita_record_free(a);
	ita_record_free(b);
	ita_record_free(c);
	ita_record_free(d);
	ita_record_free(o);
	ita_header_unref(h);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_key),
		cmocka_unit_test(test_same),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

/*
 * ita-render: the keys of rendered reports (render.split-report).
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
test_keys(void **state)
{
	struct rkeys k = { NULL, 0, 0 };
	char key[32];
	int i;

	(void)state;
	/* Many keys in no order: each new once, then seen. */
	for (i = 0; i < 100; i++) {
		snprintf(key, sizeof(key), "office%d\x1f" "2568\x1f" "6",
		    (i * 37) % 100);
		assert_int_equal(rkeys_add(&k, key), 0);
	}
	for (i = 0; i < 100; i++) {
		snprintf(key, sizeof(key), "office%d\x1f" "2568\x1f" "6", i);
		assert_int_equal(rkeys_add(&k, key), 1);
	}
	assert_int_equal(k.n, 100);
	for (i = 1; i < 100; i++)
		assert_true(strcmp(k.v[i - 1], k.v[i]) < 0);
	rkeys_free(&k);
}

static void
test_record_key(void **state)
{
	struct ita_header *h = ita_header_canonical();
	struct ita_record *a, *b;
	struct ita_buf ka = ITA_BUF_INIT, kb = ITA_BUF_INIT;

	(void)state;
	a = ita_record_new(h);
	b = ita_record_new(h);
	assert_non_null(a);
	assert_non_null(b);
	assert_int_equal(ita_set(a, ITA_COL_OFFICE, "ทดลอง"), 0);
	assert_int_equal(ita_set(a, ITA_COL_ROUND, "6"), 0);
	assert_int_equal(ita_set(b, ITA_COL_OFFICE, "ทดลอง"), 0);
	assert_int_equal(ita_set(b, ITA_COL_ROUND, "12"), 0);
	assert_int_equal(rreport_key(a, &ka), 0);
	assert_int_equal(rreport_key(b, &kb), 0);
	assert_string_not_equal(ita_buf_str(&ka), ita_buf_str(&kb));
	assert_string_equal(ita_buf_str(&ka), "ทดลอง\x1f\x1f" "6");
	ita_buf_free(&ka);
	ita_buf_free(&kb);
	ita_record_free(a);
	ita_record_free(b);
	ita_header_unref(h);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_keys),
		cmocka_unit_test(test_record_key),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

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

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_keys),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

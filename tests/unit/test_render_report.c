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
	/* grown past its first size, nothing lost in the move */
	for (i = 100; i < 1000; i++) {
		snprintf(key, sizeof(key), "office%d\x1f" "2568\x1f" "6", i);
		assert_int_equal(rkeys_add(&k, key), 0);
	}
	for (i = 0; i < 1000; i++) {
		snprintf(key, sizeof(key), "office%d\x1f" "2568\x1f" "6", i);
		assert_int_equal(rkeys_add(&k, key), 1);
	}
	assert_int_equal(k.n, 1000);
	/* the same office in another year or round is another report */
	assert_int_equal(rkeys_add(&k, "office1\x1f" "2569\x1f" "6"), 0);
	assert_int_equal(rkeys_add(&k, "office1\x1f" "2568\x1f" "12"), 0);
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

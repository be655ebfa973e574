/*
 * Arrays that grow together (lib/grow.c).
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <cmocka.h>

#include "lib/grow.h"

static void
test_grow_together_zeroed(void **state)
{
	char **cells = NULL;
	size_t *lens = NULL, cap = 0, i;
	struct ita_grow_arr a[2];

	(void)state;
	a[0].p = cells, a[0].size = sizeof(*cells);
	a[1].p = lens, a[1].size = sizeof(*lens);
	assert_int_equal(ita_grow_arrays(a, 2, &cap, 3, 16), 0);
	assert_int_equal(cap, 16);
	cells = a[0].p, lens = a[1].p;
	for (i = 0; i < cap; i++) {
		assert_null(cells[i]);
		assert_int_equal(lens[i], 0);
	}
	lens[15] = 7;
	/* enough room: nothing moves */
	assert_int_equal(ita_grow_arrays(a, 2, &cap, 16, 16), 0);
	assert_ptr_equal(a[1].p, lens);
	/* doubled until it holds 40; the old elements kept, the new zero */
	assert_int_equal(ita_grow_arrays(a, 2, &cap, 40, 16), 0);
	assert_int_equal(cap, 64);
	lens = a[1].p;
	assert_int_equal(lens[15], 7);
	assert_int_equal(lens[16], 0);
	assert_int_equal(lens[63], 0);
	assert_null(((char **)a[0].p)[63]);
	free(a[0].p);
	free(a[1].p);
}

static void
test_grow_too_many(void **state)
{
	struct ita_grow_arr a[1] = { { NULL, 8 } };
	size_t cap = 0;

	(void)state;
	assert_int_equal(ita_grow_arrays(a, 1, &cap, SIZE_MAX / 4, 16), -1);
	assert_int_equal(cap, 0);
	assert_null(a[0].p);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_grow_together_zeroed),
		cmocka_unit_test(test_grow_too_many),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

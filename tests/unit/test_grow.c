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
	size_t *lens = NULL, *before, cap = 0, i;
	struct ita_grow_arr a[] = { ITA_GROW_ARR(cells), ITA_GROW_ARR(lens) };

	(void)state;
	assert_int_equal(ita_grow_arrays(a, 2, &cap, 3, 16), 0);
	assert_int_equal(cap, 16);
	/* the new arrays are stored back in the owner's pointers */
	assert_non_null(cells);
	assert_non_null(lens);
	for (i = 0; i < cap; i++) {
		assert_null(cells[i]);
		assert_int_equal(lens[i], 0);
	}
	lens[15] = 7;
	/* enough room: nothing moves */
	before = lens;
	assert_int_equal(ita_grow_arrays(a, 2, &cap, 16, 16), 0);
	assert_ptr_equal(lens, before);
	/* doubled until it holds 40; the old elements kept, the new zero */
	assert_int_equal(ita_grow_arrays(a, 2, &cap, 40, 16), 0);
	assert_int_equal(cap, 64);
	assert_int_equal(lens[15], 7);
	assert_int_equal(lens[16], 0);
	assert_int_equal(lens[63], 0);
	assert_null(cells[63]);
	free(cells);
	free(lens);
}

static void
test_grow_too_many(void **state)
{
	double *v = NULL;
	struct ita_grow_arr a[] = { ITA_GROW_ARR(v) };
	size_t cap = 0;

	(void)state;
	assert_int_equal(ita_grow_arrays(a, 1, &cap, SIZE_MAX / 4, 16), -1);
	assert_int_equal(cap, 0);
	assert_null(v);
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

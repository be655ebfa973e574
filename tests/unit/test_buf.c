/*
 * The growable string: always a string once it has memory.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <errno.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "lib/buf.h"

static void
test_reserve_gives_a_string(void **state)
{
	struct ita_buf b = ITA_BUF_INIT;

	(void)state;
	assert_string_equal(ita_buf_str(&b), "");
	/* Found by fuzzing ita-import: reserve alone left garbage. */
	assert_int_equal(ita_buf_reserve(&b, 0), 0);
	assert_non_null(b.p);
	assert_int_equal(strlen(b.p), 0);
	ita_buf_free(&b);
}

static void
test_add_printf_take(void **state)
{
	struct ita_buf b = ITA_BUF_INIT;
	char *s;
	int i;

	(void)state;
	for (i = 0; i < 1000; i++)
		assert_int_equal(ita_buf_adds(&b, "ไทย"), 0);
	assert_int_equal(b.len, 9000);
	assert_int_equal(strlen(b.p), 9000);
	ita_buf_clear(&b);
	assert_string_equal(ita_buf_str(&b), "");
	assert_int_equal(ita_buf_printf(&b, "%s-%d", "a", 42), 0);
	assert_int_equal(ita_buf_addc(&b, '!'), 0);
	assert_string_equal(b.p, "a-42!");
	s = ita_buf_take(&b);
	assert_string_equal(s, "a-42!");
	assert_null(b.p);
	free(s);
	s = ita_buf_take(&b);
	assert_string_equal(s, "");
	free(s);
}

static void
test_grow(void **state)
{
	int *v = NULL, *p;
	size_t n, cap = 0;

	(void)state;
	/* The first element gets first slots, then the array doubles. */
	for (n = 0; n < 20; n++) {
		p = ita_grow(v, n, &cap, sizeof(*v), 4);
		assert_non_null(p);
		v = p;
		v[n] = (int)n;
		assert_true(n < cap);
	}
	assert_int_equal(cap, 32);
	for (n = 0; n < 20; n++)
		assert_int_equal(v[n], (int)n);
	/* While there is room, the same array. */
	assert_ptr_equal(ita_grow(v, 31, &cap, sizeof(*v), 4), v);
	/* A size that cannot be: NULL and ENOMEM; the array is kept. */
	errno = 0;
	assert_null(ita_grow(v, cap, &cap, SIZE_MAX / 16, 4));
	assert_int_equal(errno, ENOMEM);
	assert_int_equal(cap, 32);
	free(v);
}

/* Doubling from cap (first when 0) to hold want; 0 and ENOMEM past it. */
static void
test_grow_cap(void **state)
{
	(void)state;
	assert_int_equal(ita_grow_cap(0, 1, 16, 8), 16);
	assert_int_equal(ita_grow_cap(0, 17, 16, 8), 32);
	assert_int_equal(ita_grow_cap(16, 17, 64, 8), 32);
	assert_int_equal(ita_grow_cap(16, 129, 64, 8), 256);
	assert_int_equal(ita_grow_cap(4, 4, 16, 8), 4);
	errno = 0;
	assert_int_equal(ita_grow_cap(SIZE_MAX / 16, SIZE_MAX / 4, 1, 8), 0);
	assert_int_equal(errno, ENOMEM);
}

static void
test_strv_free(void **state)
{
	char **v = calloc(3, sizeof(*v));

	(void)state;
	/* Every string and the array go (the sanitizer sees a leak). */
	assert_non_null(v);
	assert_non_null(v[0] = strdup("ก"));
	assert_non_null(v[1] = strdup(""));
	ita_strv_free(v, 2);
	ita_strv_free(NULL, 5);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_reserve_gives_a_string),
		cmocka_unit_test(test_add_printf_take),
		cmocka_unit_test(test_grow),
		cmocka_unit_test(test_grow_cap),
		cmocka_unit_test(test_strv_free),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

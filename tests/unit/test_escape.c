/*
 * Unit tests of escape (one loop, a table per form) and ita_mem_has.
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

#include "buf.h"
#include "escape.h"

static const char *const esc[128] = {
	['\0'] = "\\0", ['\t'] = "\\t", ['<'] = "&lt;", [0x7f] = "DEL"
};

/* s[0..n) escaped through esc must be want. */
static void
escaped_is(const char *s, size_t n, const char *want)
{
	char *out = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&out, &len);

	assert_non_null(fp);
	ita_put_escaped(fp, s, n, esc);
	assert_int_equal(fclose(fp), 0);
	assert_int_equal(len, strlen(want));
	assert_memory_equal(out, want, len);
	free(out);
}

static void
test_escaped(void **state)
{
	(void)state;
	escaped_is("", 0, "");
	escaped_is("plain", 5, "plain");
	/* every byte of n, a NUL too; bytes from 0x80 on pass as they are */
	escaped_is("a\tb\0<", 5, "a\\tb\\0&lt;");
	escaped_is("ไทย\x7f\xff", 11, "ไทยDEL\xff");
	escaped_is("<<", 1, "&lt;");
}

static void
test_mem_has(void **state)
{
	(void)state;
	assert_true(ita_mem_has("abc", 3, "abc"));
	assert_true(ita_mem_has("xxabc", 5, "bc"));
	assert_true(ita_mem_has("abc", 3, ""));
	assert_false(ita_mem_has("abc", 2, "bc"));	/* not past n */
	assert_false(ita_mem_has("ab", 2, "abc"));
	assert_true(ita_mem_has("a\0bc", 4, "bc"));	/* NULs in s */
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_escaped),
		cmocka_unit_test(test_mem_has),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

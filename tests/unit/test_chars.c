/*
 * Unit tests of chars: the characters no writer passes on, and the
 * formula guard.
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
#include "chars.h"

#define FFFD	"\xef\xbf\xbd"

/* s cleaned must be want, with n replacements. */
static void
clean_is(const char *s, size_t len, const char *want, long n)
{
	struct ita_buf b = ITA_BUF_INIT;

	assert_int_equal(ita_chars_clean(s, len, &b), n);
	assert_string_equal(ita_buf_str(&b), want);
	assert_int_equal(ita_chars_scan(want, strlen(want)), strlen(want));
	ita_buf_free(&b);
}

#define CLEAN(s, want, n)	clean_is((s), sizeof(s) - 1, (want), (n))

static void
test_kept(void **state)
{
	static const char *const ok[] = { "", "abc", "tab\tlf\ncr\r",
	    "ภาษาไทย ๑๒๓", "\xc2\xa0nbsp", "\xc2\xa1", "\xef\xbf\xbd",
	    "\xef\xb7\x8f", "\xef\xb7\xb0", "\xef\xbf\xbc", "\xf0\x9f\x98\x80",
	    "\xf4\x8f\xbf\xbd", NULL };
	size_t i;

	(void)state;
	for (i = 0; ok[i] != NULL; i++)
		assert_int_equal(ita_chars_scan(ok[i], strlen(ok[i])),
		    strlen(ok[i]));
}

static void
test_replaced(void **state)
{
	(void)state;
	CLEAN("a\x01" "b", "a" FFFD "b", 1);
	CLEAN("\x1b[31mred", FFFD "[31mred", 1);
	CLEAN("del\x7f", "del" FFFD, 1);
	CLEAN("nul\0x", "nul" FFFD "x", 1);
	CLEAN("c1 \xc2\x85 \xc2\x9b", "c1 " FFFD " " FFFD, 2);
	CLEAN("\xef\xbf\xbe\xef\xbf\xbf", FFFD FFFD, 2);	/* U+FFFE U+FFFF */
	CLEAN("\xef\xb7\x90\xef\xb7\xaf", FFFD FFFD, 2);	/* U+FDD0 U+FDEF */
	CLEAN("\xf0\x9f\xbf\xbe", FFFD, 1);			/* U+1FFFE */
	CLEAN("\xf4\x8f\xbf\xbf", FFFD, 1);			/* U+10FFFF */
	CLEAN("\xff\xfe", FFFD FFFD, 2);			/* not UTF-8 */
	CLEAN("\xe0\xb8", FFFD FFFD, 2);			/* cut short */
	CLEAN("\xed\xa0\x80", FFFD FFFD FFFD, 3);		/* a surrogate */
	CLEAN("\xc0\xaf", FFFD FFFD, 2);			/* overlong */
	CLEAN("ก\x1bข", "ก" FFFD "ข", 1);
}

/*
 * A Thai run (taken four letters at a time) ends where a character to
 * replace, a stray byte or a letter of another block begins: found at
 * the same offset for every length of the run before it.
 */
static void
test_thai_run(void **state)
{
	static const char *const stop[] = { "\x7f", "\x1b", "\xc2\x85",
	    "\xef\xbf\xbe", "\xe0\xb8", "\xe0", "\xb8\x81", "\xff",
	    "\xe0\xba\xc0", "\xe0\xb8\xc1\x81", NULL };
	static const char *const go[] = { "a", " ", "\xe0\xba\x81",
	    "\xe0\xb7\xbf", "\xe0\xb9\xbf", NULL };
	char s[128];
	size_t i, j, k, n;

	(void)state;
	for (n = 0; n < 20; n++) {
		for (i = 0; i < n; i++)
			memcpy(s + 3 * i, i % 2 ? "ข" : "ก", 3);
		for (j = 0; stop[j] != NULL; j++) {
			k = strlen(stop[j]);
			memcpy(s + 3 * n, stop[j], k);
			memcpy(s + 3 * n + k, "กขคง", 12);
			assert_int_equal(ita_chars_scan(s, 3 * n + k + 12), 3 * n);
			/* cut inside the run: all of it is kept */
			assert_int_equal(ita_chars_scan(s, 3 * n), 3 * n);
		}
		for (j = 0; go[j] != NULL; j++) {
			k = strlen(go[j]);
			memcpy(s + 3 * n, go[j], k);
			memcpy(s + 3 * n + k, "กขคง\x01", 13);
			assert_int_equal(ita_chars_scan(s, 3 * n + k + 13),
			    3 * n + k + 12);
		}
	}
}

static void
test_guard(void **state)
{
	(void)state;
	assert_true(ita_formula_risky("=1+2"));
	assert_true(ita_formula_risky("+5"));
	assert_true(ita_formula_risky("-"));
	assert_true(ita_formula_risky("-5+cmd"));
	assert_true(ita_formula_risky("@SUM(A1)"));
	assert_true(ita_formula_risky("\tx"));
	assert_true(ita_formula_risky("\rx"));
	assert_false(ita_formula_risky("-5"));
	assert_false(ita_formula_risky("-12.5"));
	assert_false(ita_formula_risky(""));
	assert_false(ita_formula_risky("a=1"));
	assert_false(ita_formula_risky("'=1"));
	assert_true(ita_formula_guarded("'=1", 3));
	assert_true(ita_formula_guarded("'-", 2));
	assert_true(ita_formula_guarded("'\tx", 3));
	assert_false(ita_formula_guarded("'", 1));
	assert_false(ita_formula_guarded("'x", 2));
	assert_false(ita_formula_guarded("=1", 2));
	assert_false(ita_formula_guarded("'\0", 2));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_kept),
		cmocka_unit_test(test_replaced),
		cmocka_unit_test(test_thai_run),
		cmocka_unit_test(test_guard),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

/*
 * Replays the ita-import fuzzers' corpora (tests/fuzz/corpus/import, the
 * synonyms, the HTML and the OpenDocument text readers) under the
 * sanitizers of make check.  Run from the top of the tree.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#define _GNU_SOURCE
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "../tests/fuzz/fuzz_import.c"
#define FUZZ_REPLAY
#include "../tests/fuzz/fuzz_synonyms.c"
#include "../tests/fuzz/fuzz_html.c"
#include "../tests/fuzz/fuzz_odt.c"
#include "replay.h"

static void
import_one(const char *name, const char *s, size_t n)
{
	(void)name;
	assert_int_equal(LLVMFuzzerTestOneInput((const uint8_t *)s, n), 0);
}

static void
test_replay(void **state)
{
	(void)state;
	if (replay("tests/fuzz/corpus/import", import_one) == 0)
		skip();
}

static void
synonyms_one(const char *name, const char *s, size_t n)
{
	(void)name;
	assert_int_equal(fuzz_synonyms((const uint8_t *)s, n), 0);
}

static void
test_synonyms(void **state)
{
	(void)state;
	if (replay("tests/fuzz/corpus/synonyms", synonyms_one) == 0)
		skip();
}

static void
html_one(const char *name, const char *s, size_t n)
{
	(void)name;
	assert_int_equal(fuzz_html((const uint8_t *)s, n), 0);
}

static void
test_html(void **state)
{
	(void)state;
	if (replay("tests/fuzz/corpus/html", html_one) == 0)
		fail_msg("no corpus in tests/fuzz/corpus/html");
}

static void
odt_one(const char *name, const char *s, size_t n)
{
	(void)name;
	assert_int_equal(fuzz_odt((const uint8_t *)s, n), 0);
}

static void
test_odt(void **state)
{
	(void)state;
	if (replay("tests/fuzz/corpus/odt", odt_one) == 0)
		fail_msg("no corpus in tests/fuzz/corpus/odt");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_replay),
		cmocka_unit_test(test_synonyms),
		cmocka_unit_test(test_html),
		cmocka_unit_test(test_odt),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

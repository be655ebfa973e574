/*
 * Replays the ita-import fuzzers' corpora (tests/fuzz/corpus/import, the
 * synonyms, the HTML, OpenDocument text, Word, .xlsx and .ods readers)
 * under the sanitizers of make check.  Run from the top of the tree.
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
#include "../tests/fuzz/fuzz_docx.c"
#include "../tests/fuzz/fuzz_xlsx.c"
#include "../tests/fuzz/fuzz_ods.c"
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

static void
docx_one(const char *name, const char *s, size_t n)
{
	(void)name;
	assert_int_equal(fuzz_docx((const uint8_t *)s, n), 0);
}

static void
test_docx(void **state)
{
	(void)state;
	if (replay("tests/fuzz/corpus/docx", docx_one) == 0)
		fail_msg("no corpus in tests/fuzz/corpus/docx");
}

static void
xlsx_one(const char *name, const char *s, size_t n)
{
	(void)name;
	assert_int_equal(fuzz_xlsx((const uint8_t *)s, n), 0);
}

static void
test_xlsx(void **state)
{
	(void)state;
	if (replay("tests/fuzz/corpus/xlsx", xlsx_one) == 0)
		fail_msg("no corpus in tests/fuzz/corpus/xlsx");
}

static void
ods_one(const char *name, const char *s, size_t n)
{
	(void)name;
	assert_int_equal(fuzz_ods((const uint8_t *)s, n), 0);
}

static void
test_ods(void **state)
{
	(void)state;
	if (replay("tests/fuzz/corpus/ods", ods_one) == 0)
		fail_msg("no corpus in tests/fuzz/corpus/ods");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_replay),
		cmocka_unit_test(test_synonyms),
		cmocka_unit_test(test_html),
		cmocka_unit_test(test_odt),
		cmocka_unit_test(test_docx),
		cmocka_unit_test(test_xlsx),
		cmocka_unit_test(test_ods),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

/*
 * Replays the ita-import fuzzer's corpus (tests/fuzz/corpus/import) under
 * the sanitizers of make check. Run from the top of the tree.
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

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_replay),
		cmocka_unit_test(test_synonyms),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

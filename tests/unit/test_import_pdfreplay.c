/*
 * Replays the corpus of the word-box fuzzer (tests/fuzz/corpus/pdfbox)
 * under the sanitizers of make check. Run from the top of the tree.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#define _GNU_SOURCE
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#define FUZZ_REPLAY
#include "../tests/fuzz/fuzz_pdfbox.c"
#include "replay.h"

static void
pdfbox_one(const char *name, const char *s, size_t n)
{
	(void)name;
	assert_int_equal(fuzz_pdfbox((const uint8_t *)s, n), 0);
}

static void
test_replay(void **state)
{
	(void)state;
	if (replay("tests/fuzz/corpus/pdfbox", pdfbox_one) == 0)
		fail_msg("no corpus in tests/fuzz/corpus/pdfbox");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_replay),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

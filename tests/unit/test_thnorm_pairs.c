/*
 * The quick check's pair table (pair_work in src/lib/thnorm.c, written out
 * by hand) says, bit for bit, what thai_work and thai_pmask say: the file
 * is included so that its static tables can be read.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "lib/thnorm.c"

/* The pmask of state s of pair_work, as pmask_of gives it. */
static unsigned
state_pmask(unsigned s)
{
	switch (s) {
	case PS_SPACE:
		return pmask_of(' ');
	case PS_0930:
		return pmask_of(0x0930);
	case PS_NONE:
		return pmask_of('a');
	default:
		return pmask_of(0x0E00 + s);
	}
}

static void
test_pair_work(void **state)
{
	unsigned s, t, want;

	(void)state;
	assert_int_equal(pmask_of('\n'), pmask_of(' '));
	assert_int_equal(pmask_of('0'), 0);
	for (s = 0; s < sizeof(pair_work) / sizeof(pair_work[0]); s++)
		for (t = 0; t < 128; t++) {
			want = (thai_work[t] & (state_pmask(s) | W_ALWAYS |
			    (s == t ? W_REPEAT : 0))) != 0;
			if (PAIR_WORK(s, t) != want)
				fail_msg("state %u, U+%04X: %u, not %u", s,
				    0x0E00 + t, (unsigned)PAIR_WORK(s, t),
				    want);
		}
	assert_int_equal(sizeof(pair_work) / sizeof(pair_work[0]),
	    PS_NONE + 1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_pair_work),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

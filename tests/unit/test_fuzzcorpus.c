/*
 * Replays the fuzz corpora of the normalizer, the date parser, the
 * stream reader (whole, and each form alone), the option values and the
 * year data (paths relative to the repo root, where tests run) under the
 * sanitized build of `make check`: no crash, no leak, normalization
 * idempotent, periods sane, streams read and written back to themselves.
 * The harnesses are included with FUZZ_REPLAY, which names their entry
 * points fuzz_NAME (tests/fuzz/fuzz.h).
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#define _GNU_SOURCE
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <cmocka.h>

#include "buf.h"
#include "thdate.h"
#include "thnorm.h"
#include "width.h"
#include "replay.h"
#define FUZZ_REPLAY
#include "../tests/fuzz/fuzz_stream.c"
#include "../tests/fuzz/fuzz_csv.c"
#include "../tests/fuzz/fuzz_tsv.c"
#include "../tests/fuzz/fuzz_xml.c"
#include "../tests/fuzz/fuzz_values.c"
#include "../tests/fuzz/fuzz_yeardata.c"

static void
norm_one(const char *name, const char *s, size_t n)
{
	struct ita_buf a = ITA_BUF_INIT, b = ITA_BUF_INIT;
	struct ita_wrap *w;
	const struct ita_line *l;
	size_t nl;

	if (ita_norm_cell(s, n, &a, NULL, NULL) == 0) {
		assert_int_equal(ita_norm_cell(a.p, a.len, &b, NULL, NULL), 0);
		if (a.len != b.len || memcmp(a.p, b.p, a.len) != 0)
			fail_msg("%s: not idempotent", name);
		if (ita_norm_is_canonical(s, n) &&
		    (a.len != n || memcmp(a.p, s, n) != 0))
			fail_msg("%s: quick check lied", name);
	}
	assert_non_null(w = ita_wrap_new());
	assert_int_equal(ita_wrap_lines(w, s, n, 1 + (int)(n % 40), &l, &nl),
	    0);
	ita_wrap_free(w);
	ita_buf_free(&a);
	ita_buf_free(&b);
}

static void
date_one(const char *name, const char *s, size_t n)
{
	struct ita_buf err = ITA_BUF_INIT;
	struct ita_period p;
	int fy, r;

	fy = n > 0 && (unsigned char)s[0] % 2 ?
	    2560 + (unsigned char)s[0] % 16 : 0;
	r = ita_period_parse(s, n, fy, &p, &err);
	if (r == -1 && n > 0 && err.len == 0)
		fail_msg("%s: error without a message", name);
	if (r == 1 && (!ita_date_valid(p.start.y, p.start.m, p.start.d) ||
	    !ita_date_valid(p.end.y, p.end.m, p.end.d) ||
	    ita_date_cmp(p.start, p.end) > 0))
		fail_msg("%s: bad period", name);
	ita_buf_free(&err);
}

#define REPLAY_ONE(target) \
static void \
target##_one(const char *name, const char *s, size_t n) \
{ \
	(void)name; \
	assert_int_equal(fuzz_##target((const uint8_t *)s, n), 0); \
} \
static void \
test_##target##_corpus(void **state) \
{ \
	(void)state; \
	if (replay("tests/fuzz/corpus/" #target, target##_one) == 0) \
		skip(); \
}

REPLAY_ONE(stream)
REPLAY_ONE(csv)
REPLAY_ONE(tsv)
REPLAY_ONE(xml)
REPLAY_ONE(values)
REPLAY_ONE(yeardata)

static void
test_thnorm_corpus(void **state)
{
	(void)state;
	if (replay("tests/fuzz/corpus/thnorm", norm_one) == 0)
		skip();
}

static void
test_thdate_corpus(void **state)
{
	(void)state;
	if (replay("tests/fuzz/corpus/thdate", date_one) == 0)
		skip();
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_thnorm_corpus),
		cmocka_unit_test(test_thdate_corpus),
		cmocka_unit_test(test_stream_corpus),
		cmocka_unit_test(test_csv_corpus),
		cmocka_unit_test(test_tsv_corpus),
		cmocka_unit_test(test_xml_corpus),
		cmocka_unit_test(test_values_corpus),
		cmocka_unit_test(test_yeardata_corpus),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

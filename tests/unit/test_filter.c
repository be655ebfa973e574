/*
 * The start and the end of a program (filter.c): the status of a usage
 * error, and no summary after a closed pipe.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <errno.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "lib/filter.h"

enum { OPT_NOMEM = ITA_OPT_PROGRAM };

static const struct ita_optdoc options[] = {
	{ "nomem", OPT_NOMEM, NULL, "an option whose handler runs out" },
	{ NULL, 0, NULL, NULL }
};

static const struct ita_prog prog = {
	"ita-x", "[options] [file ...]", "a test", options
};

static int
own(void *ctx, int val, const char *arg)
{
	struct ita_diag *d = ctx;

	(void)val;
	(void)arg;
	errno = ENOMEM;
	ita_diag_sys(d, "options");
	return -1;
}

static void
test_start(void **state)
{
	char a0[] = "ita-x", a1[] = "-q", a2[] = "in.csv", bad[] = "--nope",
	    nomem[] = "--nomem";
	char *ok[] = { a0, a1, a2, NULL }, *usage[] = { a0, bad, NULL },
	    *sys[] = { a0, nomem, NULL };
	struct ita_diag d;
	struct ita_common c;

	(void)state;
	memset(&c, 0, sizeof(c));
	assert_int_equal(ita_prog_start(&d, &c, &prog, 3, ok, own, &d), 2);
	assert_int_equal(d.status, 0);
	assert_true(d.quiet);
	ita_diag_free(&d);
	assert_int_equal(ita_prog_start(&d, &c, &prog, 2, usage, own, &d), -1);
	assert_int_equal(d.status, ITA_EXIT_USAGE);
	/* what the handler said (3: no memory) is not lowered to 2 */
	assert_int_equal(ita_prog_start(&d, &c, &prog, 2, sys, own, &d), -1);
	assert_int_equal(d.status, ITA_EXIT_IO);
}

static void
test_end(void **state)
{
	char a0[] = "ita-x";
	char *argv[] = { a0, NULL };
	struct ita_diag d;
	struct ita_common c;
	struct ita_out out;
	struct ita_loc l = { "in.csv", 2, 0 };
	char *buf = NULL;
	size_t len = 0;

	(void)state;
	memset(&c, 0, sizeof(c));
	memset(&out, 0, sizeof(out));
	assert_int_equal(ita_prog_start(&d, &c, &prog, 1, argv, own, &d), 1);
	d.err = open_memstream(&buf, &len);
	ita_diag_at(&d, &l, ITA_SEV_ERROR, "a.rule", NULL, "bad");
	assert_int_equal(ita_prog_end(&d, &out, 3), ITA_EXIT_DATA);
	fclose(d.err);
	assert_string_equal(buf, "in.csv:2: error: bad [a.rule]\n"
	    "ita-x: 1 error in 3 records\n");
	free(buf);
	buf = NULL;
	/* a closed pipe: the same status, no summary */
	assert_int_equal(ita_prog_start(&d, &c, &prog, 1, argv, own, &d), 1);
	d.err = open_memstream(&buf, &len);
	ita_diag_at(&d, &l, ITA_SEV_ERROR, "a.rule", NULL, "bad");
	out.epipe = 1;
	assert_int_equal(ita_prog_end(&d, &out, 3), ITA_EXIT_DATA);
	fclose(d.err);
	assert_string_equal(buf, "in.csv:2: error: bad [a.rule]\n");
	free(buf);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_start),
		cmocka_unit_test(test_end),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

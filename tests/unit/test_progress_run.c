/*
 * Unit tests of an ita-progress run (run.c, evaluate.c, columns.c,
 * report.c, summary.c): records in, records with their columns out.
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

#include "progress/progress.h"
#include "record.h"
#include "schema.h"

/* What a run wrote: the records, kept until the test looks at them. */
struct sink {
	struct ita_record	*v[64];
	size_t			 n;
	int			 fail_at;	/* put number that fails, 0: none */
};

static int
sink_put(void *ctx, struct ita_record *r)
{
	struct sink *k = ctx;

	if (k->fail_at != 0 && (int)k->n + 1 == k->fail_at) {
		ita_record_free(r);
		return -1;
	}
	assert_true(k->n < sizeof(k->v) / sizeof(k->v[0]));
	k->v[k->n++] = r;
	return 0;
}

static void
sink_free(struct sink *k)
{
	size_t i;

	for (i = 0; i < k->n; i++)
		ita_record_free(k->v[i]);
	k->n = 0;
}

static const char *
get(const struct sink *k, size_t i, const char *col)
{
	assert_true(i < k->n);
	return ita_get_name(k->v[i], col);
}

/* The header of the test records. */
static struct ita_header *
header(void)
{
	static char *names[] = { "kind", "id", "parent", "office",
	    "fiscal_year", "round", "section", "start", "start_precision",
	    "end", "end_precision", "status", "percent" };
	struct ita_header *h;

	h = ita_header_new(names, sizeof(names) / sizeof(names[0]));
	assert_non_null(h);
	return h;
}

/* A record: kind, id, parent, office, section, end (a month), status. */
static struct ita_record *
rec(struct ita_header *h, const char *kind, const char *id,
    const char *parent, const char *office, const char *section,
    const char *end, const char *status)
{
	struct ita_record *r;

	assert_non_null(r = ita_record_new(h));
	assert_int_equal(ita_set(r, ITA_COL_KIND, kind), 0);
	assert_int_equal(ita_set(r, ITA_COL_ID, id), 0);
	assert_int_equal(ita_set(r, ITA_COL_PARENT, parent), 0);
	assert_int_equal(ita_set(r, ITA_COL_OFFICE, office), 0);
	assert_int_equal(ita_set(r, ITA_COL_FISCAL_YEAR, "2568"), 0);
	assert_int_equal(ita_set(r, ITA_COL_ROUND, "6"), 0);
	assert_int_equal(ita_set(r, ITA_COL_SECTION, section), 0);
	if (*end != '\0') {
		assert_int_equal(ita_set(r, ITA_COL_START, "2024-10-01"), 0);
		assert_int_equal(ita_set(r, ITA_COL_START_PRECISION, "day"), 0);
		assert_int_equal(ita_set(r, ITA_COL_END, end), 0);
		assert_int_equal(ita_set(r, ITA_COL_END_PRECISION, "month"),
		    0);
	}
	assert_int_equal(ita_set(r, ITA_COL_STATUS, status), 0);
	r->loc.file = "plan.csv";
	r->loc.line = 2;
	return r;
}

struct fixture {
	struct ita_diag		 diag;
	char			*err;
	size_t			 errlen;
	struct popts		 o;
	struct prun		 run;
	struct sink		 out;
	struct ita_header	*h;
};

static void
start(struct fixture *x, enum rollup_level level)
{
	memset(x, 0, sizeof(*x));
	ita_diag_init(&x->diag, "ita-progress");
	x->diag.err = open_memstream(&x->err, &x->errlen);
	assert_non_null(x->diag.err);
	x->o.diag = &x->diag;
	x->o.as_of.y = 2025;
	x->o.as_of.m = 3;
	x->o.as_of.d = 31;
	x->o.soon = 30;
	x->o.rollup = level;
	prun_init(&x->run, &x->o, &x->diag, sink_put, &x->out);
	x->h = header();
}

static void
finish(struct fixture *x)
{
	prun_free(&x->run);
	sink_free(&x->out);
	ita_header_unref(x->h);
	fclose(x->diag.err);
	free(x->err);
	ita_diag_free(&x->diag);
}

static void
feed(struct fixture *x, struct ita_record *r)
{
	assert_int_equal(prun_record(&x->run, r), 0);
}

static void
test_columns_format(void **state)
{
	struct ita_date d = { 2025, 3, 31 };
	struct presult res;
	struct pcols c;

	(void)state;
	memset(&res, 0, sizeof(res));
	pcols_format(&c, d, NULL);
	assert_string_equal(c.iso, "2025-03-31");
	assert_string_equal(c.fy, "2568");
	assert_string_equal(c.q, "2");
	assert_string_equal(c.rnd, "6");
	assert_string_equal(c.days, "");
	assert_string_equal(c.efy, "");
	res.has_days = 1;
	res.days_left = 184;		/* 2025-10-01: the next fiscal year */
	res.days_overdue = 0;
	res.has_elapsed = 1;
	res.elapsed_tenths = 499;
	pcols_format(&c, d, &res);
	assert_string_equal(c.days, "184");
	assert_string_equal(c.efy, "2569");
	assert_string_equal(c.eq, "1");
	assert_string_equal(c.ernd, "6");
	assert_string_equal(c.over, "");
	assert_string_equal(c.el, "49.9");
	res.days_left = -3;
	res.days_overdue = 3;
	pcols_format(&c, d, &res);
	assert_string_equal(c.days, "-3");
	assert_string_equal(c.over, "3");
	assert_string_equal(c.efy, "2568");
}

static void
test_as_of_round(void **state)
{
	struct fixture x;
	struct ita_record *r;
	struct ita_date d;

	(void)state;
	start(&x, ROLL_NONE);
	r = rec(x.h, "measure", "m1", "", "A", "iit", "", "");
	d = prun_as_of(&x.run, r);
	assert_int_equal(d.y, 2025);
	assert_int_equal(d.m, 3);
	assert_int_equal(d.d, 31);
	x.o.round = 12;
	d = prun_as_of(&x.run, r);	/* the end of fiscal year 2568 */
	assert_int_equal(d.y, 2025);
	assert_int_equal(d.m, 9);
	assert_int_equal(d.d, 30);
	assert_int_equal(ita_set(r, ITA_COL_FISCAL_YEAR, "x"), 0);
	x.o.round = 6;		/* no fiscal year: that of --as-of */
	d = prun_as_of(&x.run, r);
	assert_int_equal(d.m, 3);
	assert_int_equal(d.d, 31);
	ita_record_free(r);
	assert_true(pkind_is_item("oit_item"));
	assert_false(pkind_is_item("summary"));
	assert_false(pkind_is_item("report"));
	finish(&x);
}

/* A measure is written after its activities are known, from them. */
static void
test_measure_group(void **state)
{
	struct fixture x;

	(void)state;
	start(&x, ROLL_MEASURE);
	feed(&x, rec(x.h, "report", "report", "", "A", "", "", ""));
	feed(&x, rec(x.h, "measure", "m1", "", "A", "iit", "2025-06-30",
	    ""));
	assert_int_equal(x.out.n, 1);	/* the measure is held */
	feed(&x, rec(x.h, "activity", "m1.1", "m1", "A", "iit", "2025-01-31",
	    "in_progress"));
	feed(&x, rec(x.h, "activity", "m1.2", "m1", "A", "iit", "2025-09-30",
	    "done"));
	assert_int_equal(x.out.n, 1);
	/* an activity of another office does not belong to m1 */
	feed(&x, rec(x.h, "activity", "m1.3", "m1", "B", "iit", "2025-09-30",
	    "done"));
	assert_int_equal(prun_end(&x.run), 0);
	assert_int_equal(x.out.n, 6);
	assert_string_equal(get(&x.out, 0, "kind"), "report");
	assert_string_equal(get(&x.out, 0, "state"), "");
	assert_string_equal(get(&x.out, 0, "as_of"), "2025-03-31");
	assert_string_equal(get(&x.out, 1, "id"), "m1");
	assert_string_equal(get(&x.out, 1, "state"), "overdue");
	assert_string_equal(get(&x.out, 1, "days_overdue"), "59");
	assert_string_equal(get(&x.out, 2, "state"), "overdue");
	assert_string_equal(get(&x.out, 3, "state"), "done");
	assert_string_equal(get(&x.out, 4, "kind"), "summary");
	assert_string_equal(get(&x.out, 4, "id"), "summary.measure.m1");
	assert_string_equal(get(&x.out, 4, "parent"), "m1");
	assert_string_equal(get(&x.out, 4, "count_items"), "2");
	assert_string_equal(get(&x.out, 4, "count_done"), "1");
	assert_string_equal(get(&x.out, 4, "count_overdue"), "1");
	assert_string_equal(get(&x.out, 4, "done_percent"), "50.0");
	assert_string_equal(get(&x.out, 4, "overdue_ids"), "m1.1");
	assert_string_equal(get(&x.out, 5, "id"), "m1.3");
	assert_string_equal(get(&x.out, 5, "count_items"), "");
	/* one header for all, summaries too: the header after a summary
	 * is not made again */
	assert_true(x.out.v[0]->hdr == x.out.v[4]->hdr);
	assert_true(x.out.v[1]->hdr == x.out.v[5]->hdr);
	finish(&x);
}

/* --rollup office: one summary at the end of each report. */
static void
test_report_rollups(void **state)
{
	struct fixture x;

	(void)state;
	start(&x, ROLL_OFFICE);
	feed(&x, rec(x.h, "indicator", "i1", "", "A", "iit", "2025-01-31",
	    "in_progress"));
	feed(&x, rec(x.h, "oit_item", "o1", "", "A", "oit", "2025-09-30",
	    "done"));
	feed(&x, rec(x.h, "indicator", "i1", "", "B", "iit", "2025-09-30",
	    "not_started"));
	assert_int_equal(x.out.n, 4);	/* B's item ends the report of A */
	assert_string_equal(get(&x.out, 2, "kind"), "summary");
	assert_string_equal(get(&x.out, 2, "office"), "A");
	assert_string_equal(get(&x.out, 2, "count_items"), "2");
	assert_string_equal(get(&x.out, 2, "overdue_ids"), "i1");
	assert_string_equal(get(&x.out, 3, "office"), "B");
	assert_int_equal(prun_end(&x.run), 0);
	assert_int_equal(x.out.n, 5);
	assert_string_equal(get(&x.out, 4, "id"), "summary.office");
	assert_string_equal(get(&x.out, 4, "office"), "B");
	assert_string_equal(get(&x.out, 4, "count_items"), "1");
	assert_string_equal(get(&x.out, 4, "count_overdue"), "0");
	assert_string_equal(get(&x.out, 4, "overdue_ids"), "");
	finish(&x);
}

/*
 * Without a report roll-up nothing reads the report tallies: they stay
 * empty, so memory does not grow with the stream (issue 13 item 13).
 */
static void
test_no_rollup_no_tally(void **state)
{
	static const enum rollup_level levels[] = { ROLL_NONE, ROLL_MEASURE };
	struct fixture x;
	size_t i;
	int k;

	(void)state;
	for (i = 0; i < sizeof(levels) / sizeof(levels[0]); i++) {
		start(&x, levels[i]);
		for (k = 0; k < 3; k++) {
			feed(&x, rec(x.h, "measure", "m1", "", "A", "iit",
			    "2025-01-31", "in_progress"));
			feed(&x, rec(x.h, "activity", "m1.1", "m1", "A", "iit",
			    "2025-01-31", "in_progress"));
			feed(&x, rec(x.h, "indicator", "i1", "", "A", "eit",
			    "2025-01-31", "in_progress"));
		}
		assert_int_equal(prun_end(&x.run), 0);
		assert_string_equal(get(&x.out, 0, "state"), "overdue");
		assert_int_equal(x.run.office.items, 0);
		assert_int_equal(x.run.office.overdue.len, 0);
		assert_int_equal(x.run.sect[0].items, 0);
		assert_int_equal(x.run.quarter[1].overdue.len, 0);
		assert_int_equal(x.run.round[0].items, 0);
		finish(&x);
	}
}

/* A value that cannot be read is a warning, and the item is evaluated. */
static void
test_bad_value(void **state)
{
	struct fixture x;
	struct ita_record *r;

	(void)state;
	start(&x, ROLL_NONE);
	r = rec(x.h, "indicator", "i1", "", "A", "iit", "2025-09-30", "bogus");
	assert_int_equal(ita_set(r, ITA_COL_END_PRECISION, "week"), 0);
	feed(&x, r);
	assert_int_equal(prun_end(&x.run), 0);
	assert_int_equal(x.out.n, 1);
	assert_string_equal(get(&x.out, 0, "state"), "unknown");
	assert_null(ita_header_find(x.out.v[0]->hdr, "count_items") >= 0 ?
	    "count_items" : NULL);
	fflush(x.diag.err);
	assert_non_null(strstr(x.err, "'week' is not day, month, quarter or "
	    "year"));
	assert_non_null(strstr(x.err, "'bogus' is not a status"));
	assert_int_equal(x.diag.nwarning, 2);
	finish(&x);
}

/* Output that fails stops the run. */
static void
test_put_fails(void **state)
{
	struct fixture x;

	(void)state;
	start(&x, ROLL_NONE);
	x.out.fail_at = 2;
	feed(&x, rec(x.h, "indicator", "i1", "", "A", "iit", "", ""));
	assert_int_equal(prun_record(&x.run, rec(x.h, "indicator", "i2", "",
	    "A", "iit", "", "")), -1);
	assert_true(x.run.failed);
	assert_int_equal(prun_end(&x.run), -1);
	assert_int_equal(x.out.n, 1);
	finish(&x);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_columns_format),
		cmocka_unit_test(test_as_of_round),
		cmocka_unit_test(test_measure_group),
		cmocka_unit_test(test_report_rollups),
		cmocka_unit_test(test_no_rollup_no_tally),
		cmocka_unit_test(test_bad_value),
		cmocka_unit_test(test_put_fails),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

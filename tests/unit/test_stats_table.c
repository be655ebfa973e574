/*
 * ita-stats grouping: groups, empty cells, order independence, sort.
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

#include "lib/diag.h"
#include "lib/record.h"
#include "stats/num.h"
#include "stats/stats.h"

static char *by[] = { "office" };
static char *num[] = { "percent" };
static char *cnt[] = { "status" };

/* office, status, percent */
static const char *rows[][3] = {
	{ "B", "done", "100" },
	{ "A", "in_progress", "50" },
	{ "A", "done", "" },
	{ "A", "done", "25.5" },
	{ "C", "", "" },
	{ "B", "not_started", "0" },
};

static void
config(struct stats_cfg *c)
{
	memset(c, 0, sizeof(*c));
	c->by = by;
	c->nby = 1;
	c->num = num;
	c->nnum = 1;
	c->cnt = cnt;
	c->ncnt = 1;
	c->cnt_auto = (size_t)-1;
	c->sections = SEC_COMPLETION;
	c->pass = 85 * NUM_SCALE;
}

/* Feeds rows in the given order; returns the table. */
static void
run(const int *order, struct table *t, struct ita_diag *d)
{
	static char *names[] = { "kind", "id", "office", "status", "percent" };
	static struct stats_cfg cfg;
	struct ita_header *h;
	struct ita_record *r;
	struct stats st;
	size_t i;

	config(&cfg);
	ita_diag_init(d, "ita-stats");
	assert_int_equal(stats_init(&st, &cfg, d), 0);
	h = ita_header_new(names, 5);
	assert_non_null(h);
	for (i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
		r = ita_record_new(h);
		assert_non_null(r);
		assert_int_equal(ita_set(r, ITA_COL_KIND, "measure"), 0);
		assert_int_equal(ita_set(r, ITA_COL_OFFICE,
		    rows[order[i]][0]), 0);
		assert_int_equal(ita_set(r, ITA_COL_STATUS,
		    rows[order[i]][1]), 0);
		assert_int_equal(ita_set(r, ITA_COL_PERCENT,
		    rows[order[i]][2]), 0);
		assert_int_equal(stats_add(&st, r), 0);
		ita_record_free(r);
	}
	ita_header_unref(h);
	assert_int_equal(stats_finish(&st), 0);
	assert_int_equal(stats_table_build(t, &st), 0);
	stats_free(&st);
}

static const char *
cell(const struct table *t, size_t row, const char *col)
{
	size_t j;

	for (j = 0; j < t->ncols; j++)
		if (strcmp(t->names[j], col) == 0)
			return t->rows[row][j];
	fail_msg("no column %s", col);
	return NULL;
}

static void
test_groups(void **state)
{
	static const int order[] = { 0, 1, 2, 3, 4, 5 };
	struct ita_diag d;
	struct table t;

	(void)state;
	run(order, &t, &d);
	assert_int_equal(t.nrows, 3);
	assert_string_equal(t.names[0], "office");
	assert_string_equal(t.names[1], "count");
	assert_string_equal(cell(&t, 0, "office"), "A");
	assert_string_equal(cell(&t, 0, "count"), "3");
	assert_string_equal(cell(&t, 0, "status_done"), "2");
	assert_string_equal(cell(&t, 0, "status_done_pct"), "66.67");
	assert_string_equal(cell(&t, 0, "completion_pct"), "66.67");
	/* 50 and 25.5; the empty cell is not a zero. */
	assert_string_equal(cell(&t, 0, "percent_n"), "2");
	assert_string_equal(cell(&t, 0, "percent_sum"), "75.5");
	assert_string_equal(cell(&t, 0, "percent_mean"), "37.75");
	assert_string_equal(cell(&t, 0, "percent_median"), "37.75");
	assert_string_equal(cell(&t, 0, "percent_q1"), "31.63");
	/* B: 0 and 100. */
	assert_string_equal(cell(&t, 1, "percent_min"), "0");
	assert_string_equal(cell(&t, 1, "percent_q3"), "75.00");
	/* C: no status, no percent: empty shares and statistics. */
	assert_string_equal(cell(&t, 2, "status_done_pct"), "");
	assert_string_equal(cell(&t, 2, "percent_n"), "0");
	assert_string_equal(cell(&t, 2, "percent_mean"), "");
	assert_string_equal(cell(&t, 2, "completion_pct"), "0.00");
	assert_int_equal(stats_table_sort(&t, "percent_mean", 1), 0);
	assert_string_equal(cell(&t, 0, "office"), "B");
	assert_string_equal(cell(&t, 1, "office"), "A");
	assert_string_equal(cell(&t, 2, "office"), "C");
	assert_int_equal(stats_table_sort(&t, "nothing", 0), -2);
	stats_table_free(&t);
	ita_diag_free(&d);
}

static void
test_order_independent(void **state)
{
	static const int a[] = { 0, 1, 2, 3, 4, 5 };
	static const int b[] = { 5, 3, 4, 1, 0, 2 };
	struct ita_diag d1, d2;
	struct table t1, t2;
	size_t i, j;

	(void)state;
	run(a, &t1, &d1);
	run(b, &t2, &d2);
	assert_int_equal(t1.nrows, t2.nrows);
	assert_int_equal(t1.ncols, t2.ncols);
	for (i = 0; i < t1.nrows; i++)
		for (j = 0; j < t1.ncols; j++)
			assert_string_equal(t1.rows[i][j], t2.rows[i][j]);
	stats_table_free(&t1);
	stats_table_free(&t2);
	ita_diag_free(&d1);
	ita_diag_free(&d2);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_groups),
		cmocka_unit_test(test_order_independent),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

/*
 * Unit tests of ita-progress: state rules, periods, percents, updates.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "progress/progress.h"
#include "record.h"

static long
day(int y, int m, int d)
{
	struct ita_date x;

	x.y = y;
	x.m = m;
	x.d = d;
	return ita_date_to_days(x);
}

static enum pstate
eval(int has_start, long start, int has_end, long end, enum pstatus st,
    long pct, long as_of)
{
	struct pitem it;
	struct presult r;

	memset(&it, 0, sizeof(it));
	it.has_start = has_start;
	it.start = start;
	it.has_end = has_end;
	it.end = end;
	it.status = st;
	it.pct = pct;
	pitem_eval(&it, as_of, 30, &r);
	return r.state;
}

static void
test_rules(void **state)
{
	long s = day(2024, 10, 1), e = day(2025, 6, 30);

	(void)state;
	assert_int_equal(eval(1, s, 1, e, ST_DONE, -1, day(2026, 1, 1)),
	    PS_DONE);
	assert_int_equal(eval(1, s, 1, e, ST_EMPTY, 10000, e + 5), PS_DONE);
	assert_int_equal(eval(0, 0, 0, 0, ST_IN_PROGRESS, 50, e), PS_UNKNOWN);
	assert_int_equal(eval(0, 0, 0, 0, ST_EMPTY, 0, e), PS_NOT_STARTED);
	assert_int_equal(eval(1, s, 1, e, ST_IN_PROGRESS, 50, e + 1),
	    PS_OVERDUE);
	/* exactly on the planned end: not yet overdue */
	assert_int_equal(eval(1, s, 1, e, ST_IN_PROGRESS, 50, e),
	    PS_DUE_SOON);
	assert_int_equal(eval(1, s, 1, e, ST_IN_PROGRESS, 50, e - 30),
	    PS_DUE_SOON);
	assert_int_equal(eval(1, s, 1, e, ST_IN_PROGRESS, 50, e - 31),
	    PS_ON_TRACK);
	assert_int_equal(eval(1, s, 1, e, ST_EMPTY, -1, s - 1), PS_NOT_DUE);
	assert_int_equal(eval(1, s, 1, e, ST_NOT_STARTED, -1, s - 1),
	    PS_NOT_DUE);
	/* started early */
	assert_int_equal(eval(1, s, 1, e, ST_IN_PROGRESS, -1, s - 1),
	    PS_ON_TRACK);
	assert_int_equal(eval(1, s, 1, e, ST_NOT_STARTED, -1, s), PS_NOT_STARTED);
	assert_int_equal(eval(1, s, 1, e, ST_EMPTY, 0, s + 10), PS_NOT_STARTED);
	assert_int_equal(eval(1, s, 1, e, ST_IN_PROGRESS, 0, s + 10),
	    PS_ON_TRACK);
	assert_int_equal(eval(1, s, 1, e, ST_UNKNOWN, -1, s + 10), PS_UNKNOWN);
	assert_int_equal(eval(1, s, 1, e, ST_EMPTY, -1, s + 10), PS_UNKNOWN);
	assert_int_equal(eval(1, s, 1, e, ST_EMPTY, 2000, s + 10),
	    PS_ON_TRACK);
}

static void
test_elapsed_schedule(void **state)
{
	struct pitem it;
	struct presult r;

	(void)state;
	memset(&it, 0, sizeof(it));
	it.has_start = it.has_end = 1;
	it.start = day(2024, 10, 1);
	it.end = day(2025, 9, 30);	/* 365 days */
	it.status = ST_IN_PROGRESS;
	it.pct = 4000;
	pitem_eval(&it, day(2025, 3, 31), 30, &r);
	assert_int_equal(r.elapsed_tenths, 499);	/* 182/365 */
	assert_int_equal(r.schedule, SCHED_ON);
	assert_int_equal(r.days_left, 183);
	it.pct = 3899;
	pitem_eval(&it, day(2025, 3, 31), 30, &r);
	assert_int_equal(r.schedule, SCHED_BEHIND);
	it.pct = 6100;
	pitem_eval(&it, day(2025, 3, 31), 30, &r);
	assert_int_equal(r.schedule, SCHED_AHEAD);
	pitem_eval(&it, day(2024, 9, 1), 30, &r);
	assert_int_equal(r.elapsed_tenths, 0);
	pitem_eval(&it, day(2025, 10, 1), 30, &r);
	assert_int_equal(r.elapsed_tenths, 1000);
	assert_int_equal(r.state, PS_OVERDUE);
	assert_int_equal(r.days_overdue, 1);
	it.pct = -1;
	pitem_eval(&it, day(2025, 3, 31), 30, &r);
	assert_int_equal(r.schedule, SCHED_NONE);
}

static void
test_children(void **state)
{
	unsigned long long c[PS_N];

	(void)state;
	memset(c, 0, sizeof(c));
	c[PS_DONE] = 3;
	assert_int_equal(pstate_from_children(c), PS_DONE);
	c[PS_NOT_DUE] = 1;
	assert_int_equal(pstate_from_children(c), PS_ON_TRACK);
	c[PS_DONE] = 0;
	assert_int_equal(pstate_from_children(c), PS_NOT_DUE);
	c[PS_NOT_STARTED] = 1;
	assert_int_equal(pstate_from_children(c), PS_NOT_STARTED);
	c[PS_UNKNOWN] = 1;
	assert_int_equal(pstate_from_children(c), PS_NOT_STARTED);
	c[PS_NOT_STARTED] = 0;
	assert_int_equal(pstate_from_children(c), PS_UNKNOWN);
	c[PS_ON_TRACK] = 1;
	assert_int_equal(pstate_from_children(c), PS_ON_TRACK);
	c[PS_DUE_SOON] = 1;
	assert_int_equal(pstate_from_children(c), PS_DUE_SOON);
	c[PS_OVERDUE] = 1;
	assert_int_equal(pstate_from_children(c), PS_OVERDUE);
}

/* A measure's days overdue are its activities', like its state. */
static void
test_measure_days_overdue(void **state)
{
	struct presult m, acts[2];

	(void)state;
	memset(&m, 0, sizeof(m));
	memset(acts, 0, sizeof(acts));
	/* its own end passed 59 days ago, its activity is on track */
	m.state = PS_OVERDUE;
	m.days_overdue = 59;
	acts[0].state = PS_ON_TRACK;
	pmeasure_from_children(&m, acts, 1);
	assert_int_equal(m.state, PS_ON_TRACK);
	assert_int_equal(m.days_overdue, 0);
	/* overdue through its activities: the most overdue of them */
	m.state = PS_OVERDUE;
	m.days_overdue = 59;
	acts[0].state = PS_OVERDUE;
	acts[0].days_overdue = 16;
	acts[1].state = PS_OVERDUE;
	acts[1].days_overdue = 3;
	pmeasure_from_children(&m, acts, 2);
	assert_int_equal(m.state, PS_OVERDUE);
	assert_int_equal(m.days_overdue, 16);
	/* no activities: the measure's own result stays */
	pmeasure_from_children(&m, acts, 0);
	assert_int_equal(m.days_overdue, 16);
}

static void
test_period_date(void **state)
{
	struct ita_date d;

	(void)state;
	assert_int_equal(pperiod_date("", "", 1, &d), 1);
	assert_int_equal(pperiod_date("2024-02-01", "month", 1, &d), 0);
	assert_int_equal(d.d, 29);	/* leap day 2024 (2567) */
	assert_int_equal(pperiod_date("2025-02-10", "month", 1, &d), 0);
	assert_int_equal(d.d, 28);
	assert_int_equal(pperiod_date("2025-02-10", "month", 0, &d), 0);
	assert_int_equal(d.d, 1);
	assert_int_equal(pperiod_date("2025-02-10", "quarter", 1, &d), 0);
	assert_true(d.y == 2025 && d.m == 3 && d.d == 31);
	assert_int_equal(pperiod_date("2024-11-10", "quarter", 0, &d), 0);
	assert_true(d.y == 2024 && d.m == 10 && d.d == 1);
	assert_int_equal(pperiod_date("2025-02-10", "year", 1, &d), 0);
	assert_true(d.y == 2025 && d.m == 9 && d.d == 30);
	assert_int_equal(pperiod_date("2024-10-01", "year", 0, &d), 0);
	assert_true(d.y == 2024 && d.m == 10 && d.d == 1);
	assert_int_equal(pperiod_date("2025-06-30", "", 1, &d), 0);
	assert_true(d.m == 6 && d.d == 30);
	assert_int_equal(pperiod_date("2025-02-30", "day", 1, &d), -1);
	assert_int_equal(pperiod_date("2025-02-01", "week", 1, &d), -2);
}

static void
test_percent(void **state)
{
	long v;
	char buf[24];

	(void)state;
	assert_int_equal(ppercent_parse("", &v), 1);
	assert_int_equal(ppercent_parse("0", &v), 0);
	assert_int_equal(v, 0);
	assert_int_equal(ppercent_parse("100", &v), 0);
	assert_int_equal(v, 10000);
	assert_int_equal(ppercent_parse("87.5", &v), 0);
	assert_int_equal(v, 8750);
	assert_int_equal(ppercent_parse("33.333", &v), 0);
	assert_int_equal(v, 3333);
	assert_int_equal(ppercent_parse("100.5", &v), -1);
	assert_int_equal(ppercent_parse("101", &v), -1);
	assert_int_equal(ppercent_parse("-1", &v), -1);
	assert_int_equal(ppercent_parse("5.", &v), -1);
	assert_int_equal(ppercent_parse("50%", &v), -1);
	assert_int_equal(ppercent_parse("๕๐", &v), -1);
	ptenths_format(499, buf, sizeof(buf));
	assert_string_equal(buf, "49.9");
	ptenths_format(1000, buf, sizeof(buf));
	assert_string_equal(buf, "100.0");
	ptenths_format(-15, buf, sizeof(buf));
	assert_string_equal(buf, "-1.5");
}

static void
test_as_of(void **state)
{
	struct ita_buf err = ITA_BUF_INIT;
	struct ita_date d;

	(void)state;
	assert_int_equal(pasof_parse("2024-02-29", &d, &err), 0);
	assert_true(d.y == 2024 && d.m == 2 && d.d == 29);
	assert_int_equal(pasof_parse("31 มี.ค. 68", &d, &err), 0);
	assert_true(d.y == 2025 && d.m == 3 && d.d == 31);
	assert_int_equal(pasof_parse("๑ ตุลาคม ๒๕๖๗", &d, &err), 0);
	assert_true(d.y == 2024 && d.m == 10 && d.d == 1);
	assert_int_equal(pasof_parse("2025-02-29", &d, &err), -1);
	assert_int_equal(pasof_parse("มี.ค. 68", &d, &err), -1);
	assert_int_equal(pasof_parse("yesterday", &d, &err), -1);
	ita_buf_free(&err);
}

/* Regression: rehead onto the grown header of a header only this record
 * holds (ita_set of a new column after its input was freed). */
static void
test_set_after_input(void **state)
{
	char *names[] = { "kind", "id" };
	struct ita_header *h = ita_header_new(names, 2);
	struct ita_record *r;

	(void)state;
	assert_non_null(h);
	r = ita_record_new(h);
	ita_header_unref(h);	/* the record holds the last reference */
	assert_int_equal(ita_set(r, ITA_COL_STATE, "done"), 0);
	assert_int_equal(ita_set(r, ITA_COL_AS_OF, "2025-03-31"), 0);
	assert_string_equal(ita_get(r, ITA_COL_STATE), "done");
	assert_int_equal(r->hdr->ncols, 4);
	ita_record_free(r);
}

static void
test_updates(void **state)
{
	static const char log[] =
	    "id,office,fiscal_year,update_date,status,percent,note\n"
	    "m1,,,2025-03-15,in_progress,40,\n"
	    "m1,,,2025-02-01,in_progress,20,feb\n"
	    "m1,,,2025-04-10,done,100,\n"
	    "m2,,,2025-03-20,,30,a\n"
	    "m2,,,2025-03-20,,35,b\n"
	    "m2,X,2568,2025-03-01,done,,\n";
	char path[] = "/tmp/test_progress_XXXXXX";
	struct pupdates us;
	struct pmerged m;
	struct ita_diag d;
	FILE *fp;
	int fd;

	(void)state;
	memset(&us, 0, sizeof(us));
	ita_diag_init(&d, "test");
	assert_true((fd = mkstemp(path)) >= 0);
	assert_non_null(fp = fdopen(fd, "w"));
	assert_int_equal(fputs(log, fp) >= 0, 1);
	assert_int_equal(fclose(fp), 0);
	assert_int_equal(pupdates_load(&us, path, &d), 0);
	unlink(path);
	pupdates_prepare(&us, &d);
	assert_int_equal(us.n, 6);
	pupdates_merge(&us, "m1", "Y", "2568", day(2025, 3, 31), &m);
	assert_string_equal(m.date, "2025-03-15");
	assert_string_equal(m.percent, "40");
	assert_string_equal(m.note, "feb");	/* the latest that gives one */
	pupdates_merge(&us, "m1", "Y", "2568", day(2025, 1, 31), &m);
	assert_null(m.date);
	pupdates_merge(&us, "m2", "Y", "2568", day(2025, 3, 31), &m);
	assert_string_equal(m.percent, "35");	/* later line, same day */
	assert_null(m.status);			/* X's update is not Y's */
	pupdates_merge(&us, "m2", "X", "2568", day(2025, 3, 31), &m);
	assert_string_equal(m.status, "done");
	assert_int_equal(d.nwarning, 0);
	pupdates_merge(&us, "m9", "", "", day(2025, 3, 31), &m);
	assert_null(m.date);
	pupdates_free(&us);
	ita_diag_free(&d);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_rules),
		cmocka_unit_test(test_elapsed_schedule),
		cmocka_unit_test(test_children),
		cmocka_unit_test(test_measure_days_overdue),
		cmocka_unit_test(test_period_date),
		cmocka_unit_test(test_percent),
		cmocka_unit_test(test_as_of),
		cmocka_unit_test(test_set_after_input),
		cmocka_unit_test(test_updates),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

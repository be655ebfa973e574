/*
 * Unit tests of thdate: calendar, fiscal boundaries, every period form.
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

#include "buf.h"
#include "thdate.h"
#include "thnorm.h"

static struct ita_date
D(int y, int m, int d)
{
	struct ita_date x;

	x.y = y;
	x.m = m;
	x.d = d;
	return x;
}

static void
test_calendar(void **state)
{
	struct ita_date d;
	char buf[11];
	long k;

	(void)state;
	assert_true(ita_is_leap(2024));		/* BE 2567 */
	assert_false(ita_is_leap(2025));	/* BE 2568 */
	assert_false(ita_is_leap(1900));
	assert_true(ita_is_leap(2000));
	assert_int_equal(ita_days_in_month(2024, 2), 29);
	assert_int_equal(ita_days_in_month(2025, 2), 28);
	assert_int_equal(ita_days_in_month(2025, 4), 30);
	assert_int_equal(ita_days_in_month(2025, 13), 0);
	assert_true(ita_date_valid(2024, 2, 29));
	assert_false(ita_date_valid(2025, 2, 29));
	assert_false(ita_date_valid(2023, 2, 30));
	assert_false(ita_date_valid(2023, 4, 31));
	assert_false(ita_date_valid(2023, 0, 1));
	assert_false(ita_date_valid(2023, 1, 0));
	assert_int_equal(ita_date_to_days(D(1970, 1, 1)), 0);
	assert_int_equal(ita_date_to_days(D(2000, 3, 1)), 11017);
	assert_int_equal(ita_date_to_days(D(1969, 12, 31)), -1);
	for (k = -719000; k < 2900000; k += 97) {
		d = ita_days_to_date(k);
		assert_true(ita_date_valid(d.y, d.m, d.d));
		assert_int_equal(ita_date_to_days(d), k);
	}
	assert_int_equal(ita_weekday(D(2023, 3, 1)), 3);	/* Wednesday */
	assert_int_equal(ita_weekday(D(1970, 1, 1)), 4);
	assert_int_equal(ita_date_cmp(D(2024, 9, 30), D(2024, 10, 1)), -1);
	assert_int_equal(ita_date_cmp(D(2024, 10, 1), D(2024, 10, 1)), 0);

	assert_int_equal(ita_date_parse_iso("2024-02-29", &d), 0);
	assert_int_equal(d.y * 10000 + d.m * 100 + d.d, 20240229);
	assert_int_equal(ita_date_parse_iso("2025-02-29", &d), -1);
	assert_int_equal(ita_date_parse_iso("2025-2-28", &d), -1);
	assert_int_equal(ita_date_parse_iso("2025-02-28x", &d), -1);
	assert_int_equal(ita_date_parse_iso("20a5-02-28", &d), -1);
	ita_date_format_iso(D(2025, 9, 30), buf);
	assert_string_equal(buf, "2025-09-30");
	ita_date_format_iso(D(5, 1, 2), buf);
	assert_string_equal(buf, "0005-01-02");

	assert_int_equal(ita_be_to_ce(2568), 2025);
	assert_int_equal(ita_ce_to_be(2025), 2568);
	assert_int_equal(ita_be_to_ce(ita_ce_to_be(1999)), 1999);
}

static void
test_fiscal(void **state)
{
	struct ita_date s, e;

	(void)state;
	/* 30 Sep / 1 Oct */
	assert_int_equal(ita_fiscal_year(D(2024, 9, 30)), 2567);
	assert_int_equal(ita_fiscal_year(D(2024, 10, 1)), 2568);
	assert_int_equal(ita_fiscal_quarter(D(2024, 9, 30)), 4);
	assert_int_equal(ita_fiscal_quarter(D(2024, 10, 1)), 1);
	assert_int_equal(ita_fiscal_quarter(D(2024, 12, 31)), 1);
	assert_int_equal(ita_fiscal_quarter(D(2025, 1, 1)), 2);
	assert_int_equal(ita_fiscal_quarter(D(2025, 3, 31)), 2);
	assert_int_equal(ita_fiscal_quarter(D(2025, 4, 1)), 3);
	assert_int_equal(ita_fiscal_quarter(D(2025, 6, 30)), 3);
	assert_int_equal(ita_fiscal_quarter(D(2025, 7, 1)), 4);
	/* 31 Mar / 1 Apr */
	assert_int_equal(ita_fiscal_round(D(2025, 3, 31)), 6);
	assert_int_equal(ita_fiscal_round(D(2025, 4, 1)), 12);
	assert_int_equal(ita_fiscal_round(D(2024, 10, 1)), 6);
	assert_int_equal(ita_fiscal_round(D(2024, 9, 30)), 12);

	ita_fiscal_bounds(2568, &s, &e);
	assert_int_equal(ita_date_cmp(s, D(2024, 10, 1)), 0);
	assert_int_equal(ita_date_cmp(e, D(2025, 9, 30)), 0);
	assert_int_equal(ita_fiscal_quarter_bounds(2568, 1, &s, &e), 0);
	assert_int_equal(ita_date_cmp(s, D(2024, 10, 1)), 0);
	assert_int_equal(ita_date_cmp(e, D(2024, 12, 31)), 0);
	assert_int_equal(ita_fiscal_quarter_bounds(2567, 2, &s, &e), 0);
	assert_int_equal(ita_date_cmp(s, D(2024, 1, 1)), 0);
	assert_int_equal(ita_date_cmp(e, D(2024, 3, 31)), 0);
	assert_int_equal(ita_fiscal_quarter_bounds(2568, 3, &s, &e), 0);
	assert_int_equal(ita_date_cmp(e, D(2025, 6, 30)), 0);
	assert_int_equal(ita_fiscal_quarter_bounds(2568, 4, &s, &e), 0);
	assert_int_equal(ita_date_cmp(s, D(2025, 7, 1)), 0);
	assert_int_equal(ita_date_cmp(e, D(2025, 9, 30)), 0);
	assert_int_equal(ita_fiscal_quarter_bounds(2568, 5, &s, &e), -1);
	assert_int_equal(ita_fiscal_round_bounds(2568, 6, &s, &e), 0);
	assert_int_equal(ita_date_cmp(s, D(2024, 10, 1)), 0);
	assert_int_equal(ita_date_cmp(e, D(2025, 3, 31)), 0);
	assert_int_equal(ita_fiscal_round_bounds(2568, 12, &s, &e), 0);
	assert_int_equal(ita_date_cmp(e, D(2025, 9, 30)), 0);
	assert_int_equal(ita_fiscal_round_bounds(2568, 3, &s, &e), -1);
}

struct prow {
	const char	*text;
	int		 fy;		/* context */
	int		 r;
	const char	*start, *end;	/* ISO, or the error message */
	enum ita_precision sp, ep;
};

#define DAY	ITA_PREC_DAY
#define MON	ITA_PREC_MONTH
#define QTR	ITA_PREC_QUARTER
#define YR	ITA_PREC_YEAR

static const struct prow prows[] = {
	/* single dates, Thai and ASCII digits, long and short months */
	{ "๓๐ กันยายน ๒๕๖๘", 0, 1, "2025-09-30", "2025-09-30", DAY, DAY },
	{ "30 กันยายน 2568", 0, 1, "2025-09-30", "2025-09-30", DAY, DAY },
	{ "30 ก.ย. 68", 0, 1, "2025-09-30", "2025-09-30", DAY, DAY },
	{ "๓๐ ก.ย. ๖๘", 0, 1, "2025-09-30", "2025-09-30", DAY, DAY },
	{ "1 ต.ค ๖๗", 0, 1, "2024-10-01", "2024-10-01", DAY, DAY },
	{ "1 ต. ค. 67", 0, 1, "2024-10-01", "2024-10-01", DAY, DAY },
	{ "1 ตค 67", 0, 1, "2024-10-01", "2024-10-01", DAY, DAY },
	{ "1 มีนาคม 2023", 0, 1, "2023-03-01", "2023-03-01", DAY, DAY },
	{ "1 มีนาคม ค.ศ. 2023", 0, 1, "2023-03-01", "2023-03-01", DAY, DAY },
	{ "๒๐ เดือน กุมภาพันธ์ พ.ศ.๒๕๖๖", 0, 1, "2023-02-20", "2023-02-20",
	    DAY, DAY },
	{ "เมื่อวันที่ ๔ มกราคม ๒๕๖๘ ได้จัดอบรม", 0, 1, "2025-01-04",
	    "2025-01-04", DAY, DAY },
	/* weekday */
	{ "วันพุธที่ ๑ มีนาคม ๒๕๖๖", 0, 1, "2023-03-01", "2023-03-01",
	    DAY, DAY },
	{ "วันที่ พุธที่ 1 มีนาคม 2566", 0, 1, "2023-03-01", "2023-03-01",
	    DAY, DAY },
	{ "วันพฤหัสบดีที่ ๑ มีนาคม ๒๕๖๖", 0, -1,
	    "วันพฤหัสบดีที่ 1 มีนาคม 2566: weekday does not match the date",
	    NULL, 0, 0 },
	/* months */
	{ "ม.ค.๖๖", 0, 1, "2023-01-01", "2023-01-31", MON, MON },
	{ "ก.พ. 2567", 0, 1, "2024-02-01", "2024-02-29", MON, MON },
	{ "กุมภาพันธ์ ๒๕๖๘", 0, 1, "2025-02-01", "2025-02-28", MON, MON },
	{ "ต.ค. ๒๕", 0, 1, "1982-10-01", "1982-10-31", MON, MON },
	{ "มกราคม", 2568, 1, "2025-01-01", "2025-01-31", MON, MON },
	{ "ธันวาคม", 2568, 1, "2024-12-01", "2024-12-31", MON, MON },
	/* ranges */
	{ "๒๗ - ๓๐ มีนาคม ๒๕๖๗", 0, 1, "2024-03-27", "2024-03-30", DAY, DAY },
	{ "ระหว่างวันที่ 1 - 3 มีนาคม 2566", 0, 1, "2023-03-01",
	    "2023-03-03", DAY, DAY },
	{ "ต.ค. - เม.ย. ๒๕๖๖", 0, 1, "2022-10-01", "2023-04-30", MON, MON },
	{ "ม.ค. - มี.ค. ๒๕๖๖", 0, 1, "2023-01-01", "2023-03-31", MON, MON },
	{ "ม.ค. \xe2\x80\x93 มี.ค. 2566", 0, 1, "2023-01-01", "2023-03-31",
	    MON, MON },
	{ "ม.ค.- เม.ย.๖๖", 0, 1, "2023-01-01", "2023-04-30", MON, MON },
	{ "ต.ค. ๖๗ ถึง ก.ย. ๖๘", 0, 1, "2024-10-01", "2025-09-30", MON, MON },
	{ "ต.ค.67 ถึง ก.ย.68", 0, 1, "2024-10-01", "2025-09-30", MON, MON },
	{ "๒๗ ม.ค.- เม.ย. ๖๖", 0, 1, "2023-01-27", "2023-04-30", DAY, MON },
	{ "(๑ ต.ค ๖๗ - ๓๑ มี.ค. ๖๘)", 0, 1, "2024-10-01", "2025-03-31",
	    DAY, DAY },
	{ "1 ต.ค. 2566 ถึง 30 ก.ย. 2567", 0, 1, "2023-10-01", "2024-09-30",
	    DAY, DAY },
	{ "ต.ค. 2566 - ก.ย. 2568", 0, 1, "2023-10-01", "2025-09-30",
	    MON, MON },
	/* whole years, quarters, rounds */
	{ "ตลอดปีงบประมาณ ๒๕๖๖", 0, 1, "2022-10-01", "2023-09-30", YR, YR },
	{ "ตลอด ปีงบประมาณ 2566", 0, 1, "2022-10-01", "2023-09-30", YR, YR },
	{ "ปีงบประมาณ พ.ศ. 2568", 0, 1, "2024-10-01", "2025-09-30", YR, YR },
	{ "ทั้งปีงบประมาณ", 2568, 1, "2024-10-01", "2025-09-30", YR, YR },
	{ "ดำเนินการตลอดทั้งปี", 2567, 1, "2023-10-01", "2024-09-30",
	    YR, YR },
	{ "ดำเนินการ ตลอดทั้งปี", 2567, 1, "2023-10-01", "2024-09-30",
	    YR, YR },
	{ "ไตรมาส ๒", 2568, 1, "2025-01-01", "2025-03-31", QTR, QTR },
	{ "ไตรมาสที่ 1", 2568, 1, "2024-10-01", "2024-12-31", QTR, QTR },
	{ "ไตรมาส 4 ปีงบประมาณ 2567", 0, 1, "2024-07-01", "2024-09-30",
	    QTR, QTR },
	{ "ไตรมาส 1 - 2 ปีงบประมาณ 2568", 0, 1, "2024-10-01", "2025-03-31",
	    QTR, QTR },
	{ "รอบ ๖ เดือน", 2568, 1, "2024-10-01", "2025-03-31", MON, MON },
	{ "รอบ 12 เดือน ปีงบประมาณ 2567", 0, 1, "2023-10-01", "2024-09-30",
	    YR, YR },
	/* numeric D/M/Y with a BE year, informal month names */
	{ "15/1/2568", 0, 1, "2025-01-15", "2025-01-15", DAY, DAY },
	{ "๓/๐๒/๖๘", 0, 1, "2025-02-03", "2025-02-03", DAY, DAY },
	{ "15/1/2025", 0, 1, "2025-01-15", "2025-01-15", DAY, DAY },
	{ "1/10/2567 - 31/3/2568", 0, 1, "2024-10-01", "2025-03-31", DAY, DAY },
	{ "มกรา - มีนา 68", 0, 1, "2025-01-01", "2025-03-31", MON, MON },
	{ "พฤศจิกา ๖๗", 0, 1, "2024-11-01", "2024-11-30", MON, MON },
	{ "ตค. 67 - กย. 68", 0, 1, "2024-10-01", "2025-09-30", MON, MON },
	/* years alone are fiscal years; a range of them may be long */
	{ "ปี พ.ศ. ๒๕๖๘", 0, 1, "2024-10-01", "2025-09-30", YR, YR },
	{ "2568", 0, 1, "2024-10-01", "2025-09-30", YR, YR },
	{ "พ.ศ. ๒๕๖๑ - ๒๕๘๐", 0, 1, "2017-10-01", "2037-09-30", YR, YR },
	{ "พ.ศ. 2566-67", 0, 1, "2022-10-01", "2024-09-30", YR, YR },
	{ "ค.ศ. 2025", 0, 1, "2024-10-01", "2025-09-30", YR, YR },
	{ "6 เดือนแรก", 2568, 1, "2024-10-01", "2025-03-31", MON, MON },
	{ "6 เดือนหลัง", 2568, 1, "2025-04-01", "2025-09-30", MON, MON },
	{ "ทุกไตรมาส", 2568, 1, "2024-10-01", "2025-09-30", YR, YR },
	/* errors: quoted, never repaired */
	{ "0 มีนาคม 2568", 0, -1, "0 มีนาคม 2568 is not a date", NULL, 0, 0 },
	{ "31/4/2568", 0, -1, "31/4/2568 is not a date", NULL, 0, 0 },
	{ "1/13/2568", 0, -1, "1/13/2568 is not a date", NULL, 0, 0 },
	{ "พ.ศ. 2568 - 2566", 0, -1, "พ.ศ. 2568 - 2566: end is before start",
	    NULL, 0, 0 },
	{ "30 กุมภาพันธ์ 2566", 0, -1, "30 กุมภาพันธ์ 2566 is not a date",
	    NULL, 0, 0 },
	{ "๓๑ เมษายน ๒๕๖๖", 0, -1, "31 เมษายน 2566 is not a date", NULL, 0, 0 },
	{ "29 ก.พ. 68", 0, -1, "29 ก.พ. 68 is not a date", NULL, 0, 0 },
	{ "29 ก.พ. 67", 0, 1, "2024-02-29", "2024-02-29", DAY, DAY },
	{ "30 - 31 กุมภาพันธ์ 2566", 0, -1,
	    "30 - 31 กุมภาพันธ์ 2566 is not a date", NULL, 0, 0 },
	{ "ต.ค. ๖๗ ถึง ก.ย. ๘๗", 0, -1,
	    "ต.ค. 67 ถึง ก.ย. 87: longer than two years", NULL, 0, 0 },
	{ "ต.ค. ๒๕-ม.ค. ๖๖", 0, -1,
	    "ต.ค. 25-ม.ค. 66: longer than two years", NULL, 0, 0 },
	{ "ต.ค. 2566 - ต.ค. 2568", 0, -1,
	    "ต.ค. 2566 - ต.ค. 2568: longer than two years", NULL, 0, 0 },
	{ "มี.ค. 2566 - ม.ค. 2566", 0, -1,
	    "มี.ค. 2566 - ม.ค. 2566: end is before start", NULL, 0, 0 },
	{ "ไตรมาส 5", 2568, -1, "ไตรมาส 5 is not a quarter", NULL, 0, 0 },
	{ "ทั้งปีงบประมาณ", 0, -1, "ทั้งปีงบประมาณ: fiscal year unknown",
	    NULL, 0, 0 },
	{ "ไตรมาส ๔", 0, -1, "ไตรมาส 4: fiscal year unknown", NULL, 0, 0 },
	/* no date */
	{ "", 0, 0, NULL, NULL, 0, 0 },
	{ "สำนักปลัด", 0, 0, NULL, NULL, 0, 0 },
	{ "สำนักงาน ก.พ.", 0, 0, NULL, NULL, 0, 0 },
	{ "มกราคม", 0, 0, NULL, NULL, 0, 0 },
	{ "ทุก 3 เดือน", 0, 0, NULL, NULL, 0, 0 },
	{ "รอบ 3 เดือน", 2568, 0, NULL, NULL, 0, 0 },
	/* look-alikes: abbreviations, agencies, places, numbers */
	{ "ผอ.กค.", 2568, 0, NULL, NULL, 0, 0 },
	{ "ก.ค.ศ.", 2568, 0, NULL, NULL, 0, 0 },
	{ "ก.พ.ร.", 2568, 0, NULL, NULL, 0, 0 },
	{ "ม.๔ ต.ควนสมมุติ อ.เมือง จ.สมมุติ", 2568, 0, NULL, NULL, 0, 0 },
	{ "ม. 3 ต. คลองสมมุติ", 2568, 0, NULL, NULL, 0, 0 },
	{ "ตุลาการ", 2568, 0, NULL, NULL, 0, 0 },
	{ "นางสาวกันยา", 2568, 0, NULL, NULL, 0, 0 },
	{ "ข้อ 1.2.10", 2568, 0, NULL, NULL, 0, 0 },
	{ "ที่ 55/2566", 2568, 0, NULL, NULL, 0, 0 },
	{ "จำนวน 2025 คน", 2568, 0, NULL, NULL, 0, 0 },
	{ "งบประมาณ 2500 บาท", 2568, 0, NULL, NULL, 0, 0 },
};

/* Dates that do not exist, anywhere in a text. */
static void
test_find_bad(void **state)
{
	struct ita_buf err = ITA_BUF_INIT;

	(void)state;
	assert_int_equal(ita_date_find_bad("ประชุม 15 ม.ค. 68 และ 30 ก.พ. 68",
	    strlen("ประชุม 15 ม.ค. 68 และ 30 ก.พ. 68"), 0, &err), 1);
	assert_string_equal(ita_buf_str(&err), "30 ก.พ. 68 is not a date");
	assert_int_equal(ita_date_find_bad("วันที่ ๐ มีนาคม", strlen(
	    "วันที่ ๐ มีนาคม"), 2568, &err), 1);
	assert_int_equal(ita_date_find_bad("29 ก.พ.", strlen("29 ก.พ."), 0,
	    &err), 0);		/* no year: it may exist */
	assert_int_equal(ita_date_find_bad("29 ก.พ.", strlen("29 ก.พ."), 2568,
	    &err), 1);
	assert_int_equal(ita_date_find_bad("ที่ 31/2566 ลงวันที่ 31/12/2566",
	    strlen("ที่ 31/2566 ลงวันที่ 31/12/2566"), 0, &err), 0);
	assert_int_equal(ita_date_find_bad("ต.ค. 67 - ก.ย. 87",
	    strlen("ต.ค. 67 - ก.ย. 87"), 0, &err), 0);
	ita_buf_free(&err);
}

static void
test_period_parse(void **state)
{
	struct ita_buf err = ITA_BUF_INIT;
	struct ita_period p;
	char s[11], e[11];
	const struct prow *w;
	size_t i;
	int r;

	(void)state;
	for (i = 0; i < sizeof(prows) / sizeof(prows[0]); i++) {
		w = &prows[i];
		ita_buf_clear(&err);
		r = ita_period_parse(w->text, strlen(w->text), w->fy, &p, &err);
		if (r != w->r)
			fail_msg("row %zu [%s]: %d, want %d (%s)", i, w->text,
			    r, w->r, ita_buf_str(&err));
		if (r == -1 && strcmp(ita_buf_str(&err), w->start) != 0)
			fail_msg("row %zu: message [%s], want [%s]", i,
			    ita_buf_str(&err), w->start);
		if (r != 1)
			continue;
		ita_date_format_iso(p.start, s);
		ita_date_format_iso(p.end, e);
		if (strcmp(s, w->start) != 0 || strcmp(e, w->end) != 0 ||
		    p.start_prec != w->sp || p.end_prec != w->ep)
			fail_msg("row %zu [%s]: %s %s %s/%s", i, w->text, s, e,
			    ita_precision_name(p.start_prec),
			    ita_precision_name(p.end_prec));
	}
	/* errmsg may be NULL; invalid UTF-8 is an error */
	assert_int_equal(ita_period_parse("30 กุมภาพันธ์ 2566",
	    strlen("30 กุมภาพันธ์ 2566"), 0, &p, NULL), -1);
	assert_int_equal(ita_period_parse("1 ม.ค. 66\xff", 14, 0, &p, &err),
	    -1);
	assert_string_equal(ita_buf_str(&err), "text is not valid utf-8");
	ita_buf_free(&err);
}

struct frow {
	struct ita_date		 d;
	enum ita_precision	 p;
	int			 long_form, thai;
	const char		*want;
};

static void
test_format(void **state)
{
	static const struct frow rows[] = {
		{ { 2025, 9, 30 }, DAY, 1, 1, "๓๐ กันยายน ๒๕๖๘" },
		{ { 2025, 9, 30 }, DAY, 0, 0, "30 ก.ย. 68" },
		{ { 2025, 9, 30 }, DAY, 0, 1, "๓๐ ก.ย. ๖๘" },
		{ { 2025, 9, 30 }, DAY, 1, 0, "30 กันยายน 2568" },
		{ { 2025, 9, 1 }, MON, 1, 0, "กันยายน 2568" },
		{ { 2025, 9, 1 }, MON, 0, 0, "ก.ย. 68" },
		{ { 2457, 1, 5 }, DAY, 0, 0, "5 ม.ค. 00" },
		{ { 2024, 10, 1 }, QTR, 1, 0, "ไตรมาส 1 ปีงบประมาณ 2568" },
		{ { 2025, 7, 1 }, QTR, 0, 1, "ไตรมาส ๔/๖๘" },
		{ { 2024, 10, 1 }, YR, 1, 0, "ปีงบประมาณ 2568" },
	};
	struct ita_buf o = ITA_BUF_INIT;
	struct ita_period p;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
		ita_buf_clear(&o);
		assert_int_equal(ita_date_format_thai(rows[i].d, rows[i].p,
		    rows[i].long_form, rows[i].thai, &o), 0);
		assert_string_equal(ita_buf_str(&o), rows[i].want);
	}
	ita_buf_clear(&o);
	assert_int_equal(ita_date_format_thai(D(2025, 13, 1), DAY, 1, 0, &o),
	    -1);
	/* round trip: format, parse back */
	assert_int_equal(ita_period_parse("๒๗ ม.ค.- เม.ย. ๖๖",
	    strlen("๒๗ ม.ค.- เม.ย. ๖๖"), 0, &p, NULL), 1);
	ita_buf_clear(&o);
	assert_int_equal(ita_period_format_thai(&p, 0, 1, &o), 0);
	assert_string_equal(ita_buf_str(&o), "๒๗ ม.ค. – เม.ย. ๖๖");
	assert_int_equal(ita_period_parse(o.p, o.len, 0, &p, NULL), 1);
	assert_int_equal(ita_date_cmp(p.start, D(2023, 1, 27)), 0);
	assert_int_equal(ita_date_cmp(p.end, D(2023, 4, 30)), 0);
	assert_int_equal(ita_period_parse("ปีงบประมาณ 2568",
	    strlen("ปีงบประมาณ 2568"), 0, &p, NULL), 1);
	ita_buf_clear(&o);
	assert_int_equal(ita_period_format_thai(&p, 1, 0, &o), 0);
	assert_string_equal(ita_buf_str(&o), "ปีงบประมาณ 2568");
	ita_buf_free(&o);
}

/* Every day of a few years: format long and short, parse back. */
static void
test_roundtrip_days(void **state)
{
	struct ita_buf o = ITA_BUF_INIT;
	struct ita_period p;
	struct ita_date d;
	long k;
	int lf, th;

	(void)state;
	for (k = ita_date_to_days(D(2019, 1, 1));
	    k <= ita_date_to_days(D(2026, 12, 31)); k++) {
		d = ita_days_to_date(k);
		for (lf = 0; lf < 2; lf++)
			for (th = 0; th < 2; th++) {
				ita_buf_clear(&o);
				assert_int_equal(ita_date_format_thai(d, DAY,
				    lf, th, &o), 0);
				assert_int_equal(ita_period_parse(o.p, o.len,
				    0, &p, NULL), 1);
				if (ita_date_cmp(p.start, d) != 0)
					fail_msg("[%s]", o.p);
			}
	}
	ita_buf_free(&o);
}

/* Ranges name a shared year once; every form parses back to itself. */
static void
test_period_format_ranges(void **state)
{
	static const struct {
		struct ita_date s, e;
		enum ita_precision sp, ep;
		int long_form, thai;
		const char *want;
	} rows[] = {
		{ { 2025, 1, 1 }, { 2025, 9, 30 }, ITA_PREC_QUARTER,
		    ITA_PREC_QUARTER, 1, 0, "ไตรมาส 2–4 ปีงบประมาณ 2568" },
		{ { 2025, 1, 1 }, { 2025, 9, 30 }, ITA_PREC_QUARTER,
		    ITA_PREC_QUARTER, 0, 1, "ไตรมาส ๒–๔/๖๘" },
		/* two fiscal years: both in full */
		{ { 2025, 7, 1 }, { 2025, 12, 31 }, ITA_PREC_QUARTER,
		    ITA_PREC_QUARTER, 1, 0,
		    "ไตรมาส 4 ปีงบประมาณ 2568 – ไตรมาส 1 ปีงบประมาณ 2569" },
		{ { 2025, 1, 1 }, { 2025, 3, 31 }, ITA_PREC_MONTH,
		    ITA_PREC_MONTH, 0, 0, "ม.ค. – มี.ค. 68" },
		{ { 2025, 1, 1 }, { 2025, 3, 31 }, ITA_PREC_MONTH,
		    ITA_PREC_MONTH, 1, 0, "มกราคม – มีนาคม 2568" },
		{ { 2024, 10, 1 }, { 2024, 12, 31 }, ITA_PREC_DAY,
		    ITA_PREC_DAY, 1, 0, "1 ตุลาคม – 31 ธันวาคม 2567" },
		{ { 2024, 10, 15 }, { 2024, 11, 30 }, ITA_PREC_DAY,
		    ITA_PREC_MONTH, 0, 0, "15 ต.ค. – พ.ย. 67" },
		/* two calendar years: both in full */
		{ { 2024, 10, 1 }, { 2025, 9, 30 }, ITA_PREC_DAY,
		    ITA_PREC_DAY, 0, 0, "1 ต.ค. 67 – 30 ก.ย. 68" },
		{ { 2024, 10, 1 }, { 2025, 3, 31 }, ITA_PREC_MONTH,
		    ITA_PREC_MONTH, 1, 0, "ตุลาคม 2567 – มีนาคม 2568" },
		/* one unit: one date */
		{ { 2025, 3, 1 }, { 2025, 3, 31 }, ITA_PREC_MONTH,
		    ITA_PREC_MONTH, 1, 0, "มีนาคม 2568" },
		{ { 2025, 1, 1 }, { 2025, 3, 31 }, ITA_PREC_QUARTER,
		    ITA_PREC_QUARTER, 1, 0, "ไตรมาส 2 ปีงบประมาณ 2568" },
	};
	struct ita_buf o = ITA_BUF_INIT;
	struct ita_period p, q;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
		p.start = rows[i].s;
		p.end = rows[i].e;
		p.start_prec = rows[i].sp;
		p.end_prec = rows[i].ep;
		ita_buf_clear(&o);
		assert_int_equal(ita_period_format_thai(&p, rows[i].long_form,
		    rows[i].thai, &o), 0);
		assert_string_equal(ita_buf_str(&o), rows[i].want);
		/* ita_period_parse reads no quarter range across years */
		if (rows[i].sp == ITA_PREC_QUARTER &&
		    ita_fiscal_year(p.start) != ita_fiscal_year(p.end))
			continue;
		assert_int_equal(ita_period_parse(o.p, o.len, 0, &q, NULL), 1);
		if (ita_date_cmp(p.start, q.start) != 0 ||
		    ita_date_cmp(p.end, q.end) != 0)
			fail_msg("[%s] parses to another period", o.p);
	}
	ita_buf_free(&o);
}

/*
 * Every range of days, months and quarters within 2025 (quarters within
 * a fiscal year), short and long, ASCII and Thai digits, parses back.
 */
static void
test_period_format_roundtrip(void **state)
{
	struct ita_buf o = ITA_BUF_INIT;
	struct ita_period p, q;
	int a, b, lf, th, prec;

	(void)state;
	for (prec = ITA_PREC_DAY; prec <= ITA_PREC_QUARTER; prec++)
		for (a = 1; a <= 12; a++)
			for (b = a; b <= 12; b++)
				for (lf = 0; lf < 4; lf++) {
					th = lf / 2;
					p.start = D(2025, a, prec == ITA_PREC_DAY ?
					    1 + a : 1);
					p.end = D(2025, b, ita_days_in_month(2025,
					    b));
					p.start_prec = p.end_prec =
					    (enum ita_precision)prec;
					if (prec == ITA_PREC_QUARTER &&
					    ((a - 1) % 3 || b % 3 ||
					    ita_fiscal_year(p.start) !=
					    ita_fiscal_year(p.end)))
						continue;
					ita_buf_clear(&o);
					assert_int_equal(ita_period_format_thai(&p,
					    lf % 2, th, &o), 0);
					assert_int_equal(ita_period_parse(o.p,
					    o.len, 0, &q, NULL), 1);
					if (ita_date_cmp(p.start, q.start) ||
					    ita_date_cmp(p.end, q.end))
						fail_msg("[%s]", o.p);
				}
	ita_buf_free(&o);
}

static void
test_precision_names(void **state)
{
	(void)state;
	assert_string_equal(ita_precision_name(ITA_PREC_DAY), "day");
	assert_string_equal(ita_precision_name(ITA_PREC_MONTH), "month");
	assert_string_equal(ita_precision_name(ITA_PREC_QUARTER), "quarter");
	assert_string_equal(ita_precision_name(ITA_PREC_YEAR), "year");
	assert_int_equal(ita_precision_parse("day"), ITA_PREC_DAY);
	assert_int_equal(ita_precision_parse("year"), ITA_PREC_YEAR);
	assert_int_equal(ita_precision_parse("week"), -1);
	assert_string_equal(ita_month_name(10, 0), "ต.ค.");
	assert_string_equal(ita_month_name(10, 1), "ตุลาคม");
	assert_null(ita_month_name(0, 1));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_calendar),
		cmocka_unit_test(test_fiscal),
		cmocka_unit_test(test_period_parse),
		cmocka_unit_test(test_find_bad),
		cmocka_unit_test(test_format),
		cmocka_unit_test(test_roundtrip_days),
		cmocka_unit_test(test_period_format_ranges),
		cmocka_unit_test(test_period_format_roundtrip),
		cmocka_unit_test(test_precision_names),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

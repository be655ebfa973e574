/*
 * Unit tests of the years OCR read, checked against each other
 * (src/import/ocrnum.c): the readings of a year's digits, the fiscal
 * year the periods agree with, periods rewritten by it.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "import/pdf.h"

static void
test_alts(void **state)
{
	int a[81], n;

	(void)state;
	/* ๒ may be ๖, ๕ ๘ or ๗: 36 readings of ๒๕๒๕ */
	n = iocr_year_alts("๒๕๒๕", strlen("๒๕๒๕"), a, 81);
	assert_int_equal(n, 36);
	assert_int_equal(a[0], 2525);
	assert_int_equal(a[35], 6767);
	n = iocr_year_alts("๒๓", strlen("๒๓"), a, 16);
	assert_int_equal(n, 4);
	assert_int_equal(a[0], 23);
	assert_int_equal(a[3], 67);
	n = iocr_year_alts("14", 2, a, 16);	/* no look-alikes */
	assert_int_equal(n, 1);
	assert_int_equal(a[0], 14);
	assert_int_equal(iocr_year_alts("ioe", 3, a, 16), 0);
	assert_int_equal(iocr_year_alts("25205", 5, a, 16), 0);
}

static int
decide(const char *const *lines, int *fy)
{
	struct ocr_years y;
	char why[200];
	int rc;

	iocr_years_init(&y);
	for (; *lines; lines++)
		iocr_years_scan(&y, *lines, strlen(*lines));
	rc = iocr_years_decide(&y, why, sizeof(why));
	*fy = y.fiscal;
	return rc;
}

/* Report A's scan: ๒๕๖๘ read as ๒๕๒๕, ๖๗ as ๒๓, ๖๘ as ๒๕. */
static void
test_decide(void **state)
{
	static const char *const scan[] = {
		"เทศบาลตำบลหนองสมมุติ ประจำปีงบประมาณ พ.ศ. ๒๕๒๕",
		"1 มาตรการเผย - จัดทำประกาศ (ต .ค. ๒๓ กองคลัง",
		"- ก.ย.",
		"2 มาตรการ ต.คุ.- ธ.ค. ๐๒๓ สำนัก",
		"5 มาตรการเปิด ต.ค. ๒๓ - ก.ย. ioe",
		"6 มาตรการพัฒนา ก.พุ.- เส.ค. ๒๕",
		NULL,
	};
	static const char *const right[] = {
		"ประจำปีงบประมาณ ๒๕๖๘", "ต.ค. ๖๗ - ก.ย. ๖๘", NULL,
	};
	/* 2565 and 2568 are both readings; no period tells */
	static const char *const none[] = {
		"ประจำปีงบประมาณ ๒๕๒๕", "ตลอดปีงบประมาณ", NULL,
	};
	static const char *const old[] = {
		"ประจำปีงบประมาณ 2514", NULL,
	};
	int fy;

	(void)state;
	assert_int_equal(decide(scan, &fy), 1);
	assert_int_equal(fy, 2568);
	assert_int_equal(decide(right, &fy), 0);
	assert_int_equal(fy, 2568);
	assert_int_equal(decide(none, &fy), -1);
	assert_int_equal(fy, 0);
	assert_int_equal(decide(old, &fy), -1);
}

static void
fix(const char *in, int fy, const char *want)
{
	struct ita_buf b = ITA_BUF_INIT;
	int rc = iocr_period_fix(in, strlen(in), fy, &b);

	if (rc != (want != NULL))
		print_error("%s -> %s\n", in, ita_buf_str(&b));

	if (want == NULL)
		assert_int_equal(rc, 0);
	else {
		assert_int_equal(rc, 1);
		assert_string_equal(ita_buf_str(&b), want);
	}
	ita_buf_free(&b);
}

static void
test_fix(void **state)
{
	(void)state;
	fix("ต.คุ.- ธ.ค. ๐๒๓", 2568, "ต.ค. - ธ.ค. 67");
	fix("ต.ค. ๒๓ - ก.ย. ioe", 2568, "ต.ค. 67 - ก.ย. 68");
	fix("ก.พุ.- เส.ค. ๒๕", 2568, "ก.พ. - ส.ค. 68");
	fix("เม.ย.- เก.ยุ. ๒๕", 2568, "เม.ย. - ก.ย. 68");
	/* report B's: ๖๗ as ๒๕, a year's digits apart, a tilde in front */
	fix("ต.ค. - ธ.ค. ๒๕", 2568, "ต.ค. - ธ.ค. 67");
	fix("~ ม.ค . - มี. ค. 2 5", 2568, "ม.ค. - มี.ค. 68");
	fix("(ต .ค. ๒๓ - ก.ย. ๖๘", 2568, "ต.ค. 67 - ก.ย. ๖๘");
	/* a whole fiscal year: no year at all, or one that reads as fy */
	fix("ตลอดปีงบประมาณ ๒๕๒๐๕", 2568, "ตลอดปีงบประมาณ 2568");
	fix("ตลอดปีงบประมาณ ๒๕๒๕", 2568, "ตลอดปีงบประมาณ 2568");
	fix("ตลอดปีงบประมาณ ๒๕๖๗", 2568, NULL);	/* another year */
	/* right already; another year than fy's that it reads as; a
	 * month that could be two; a month that is not one; no fy */
	fix("ต.ค. ๖๗ - ก.ย. ๖๘", 2568, NULL);
	fix("ต.ค. ๖๘ - ก.ย. ๖๙", 2568, NULL);
	fix("ม. ค. - เมิ.ย. ๒๕", 2568, NULL);
	fix("(ต .ค. ๒๓ - Aw. วส", 2568, NULL);
	fix("ต.ค. ๒๓ - ก.ย. ๒๕", 0, NULL);
	fix("", 2568, NULL);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_alts),
		cmocka_unit_test(test_decide),
		cmocka_unit_test(test_fix),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

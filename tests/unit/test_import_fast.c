/*
 * Unit tests of ita-import's quick checks, each against what it spares:
 * the control count against a byte loop, the month test against the
 * date scanner it keeps from running.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "import/doc.h"
#include "thdate.h"

static size_t
slow_controls(const char *s, size_t n)
{
	size_t i, k = 0;

	for (i = 0; i < n; i++)
		if (((unsigned char)s[i] < 0x20 && s[i] != '\t' &&
		    s[i] != '\n' && s[i] != '\r') || s[i] == 0x7f)
			k++;
	return k;
}

/* A control or DEL at every offset of two words, among Thai and ASCII. */
static void
test_controls(void **state)
{
	static const char bytes[] = { 0x01, 0x1b, 0x1f, 0x7f, '\t', '\n',
	    '\r', 0x20, 0x7e, (char)0x80, (char)0xe0, (char)0xff };
	char buf[40];
	size_t i, j, n;

	(void)state;
	assert_int_equal(idoc_controls("", 0), 0);
	assert_int_equal(idoc_controls("ab\x1b" "c", 4), 1);
	assert_int_equal(idoc_controls("กขคงจฉชซ\x7f", strlen("กขคงจฉชซ\x7f")),
	    1);
	assert_int_equal(idoc_controls("\t\n\r\t\n\r\t\n\r", 9), 0);
	for (n = 1; n <= 24; n++)
		for (i = 0; i < n; i++)
			for (j = 0; j < sizeof(bytes); j++) {
				memset(buf, 'a', sizeof(buf));
				memcpy(buf, "กข", n < 6 ? n : 6);
				buf[i] = bytes[j];
				assert_int_equal(idoc_controls(buf, n),
				    slow_controls(buf, n));
			}
}

static void
test_month_cases(void **state)
{
	(void)state;
	assert_int_equal(imay_have_month("30 กุมภาพันธ์ 2568"), 1);
	assert_int_equal(imay_have_month("30ก.พ.68"), 1);
	assert_int_equal(imay_have_month("วันที่ 31 เดือน เมษายน"), 1);
	assert_int_equal(imay_have_month("31 (วันที่) เม.ย."), 1);
	assert_int_equal(imay_have_month("31 ตั้งแต่ ต.ค."), 1);
	assert_int_equal(imay_have_month("3 กค"), 1);
	assert_int_equal(imay_have_month("3 ก. ค."), 1);
	assert_int_equal(imay_have_month("3 กรกฏาคม"), 1);
	assert_int_equal(imay_have_month("31 ตั้งแต่"), 0);
	assert_int_equal(imay_have_month("3 การประเมิน"), 0);
	assert_int_equal(imay_have_month("31/13/2568"), 1);
	assert_int_equal(imay_have_month("1-10-2567"), 1);
	assert_int_equal(imay_have_month("15/01/68 ก"), 1);
	assert_int_equal(imay_have_month("15/ม.ค."), 1);
	assert_int_equal(imay_have_month("30-31 ก.พ."), 1);
	assert_int_equal(imay_have_month("2566-07-07"), 0);	/* ISO */
	assert_int_equal(imay_have_month("12-2568"), 0);
	assert_int_equal(imay_have_month("1/2/345"), 0);
	assert_int_equal(imay_have_month("1/2/34/"), 0);
	assert_int_equal(imay_have_month("ปรับปรุงประกาศ23 ประสิทธิผล"), 0);
	assert_int_equal(imay_have_month("ตัวชี้วัดที่ 3 ความโปร่งใส"), 0);
	assert_int_equal(imay_have_month("123 มกราคม"), 0);
	assert_int_equal(imay_have_month("2568 มกราคม"), 0);
	assert_int_equal(imay_have_month("ร้อยละ 80 ของงาน"), 0);
	assert_int_equal(imay_have_month("30 วัน ทำการ"), 0);
	assert_int_equal(imay_have_month(""), 0);
}

/*
 * Text that ita_date_find_bad finds a bad date in always passes the
 * test: random texts from the pieces of dates, normalized first as the
 * cells are.
 */
static void
test_month_never_misses(void **state)
{
	static const char *const piece[] = { "0", "1", "2", "3", "9", "29",
	    "30", "31", "00", "123", "2568", "68", " ", "  ", "\n", ",", ".",
	    "(", ")", "/", "-", ":", "–", "วันที่", "วัน", "ที่", "เดือน",
	    "2566-07-07", "31/02/2568", "30-2-68", "31/4",
	    "ระหว่าง", "ประจำ", "ตั้งแต่", "ถึง", "จนถึง", "ปี", "พ.ศ.", "ค.ศ.",
	    "มกราคม", "กุมภาพันธ์", "เมษายน", "มิถุนายน", "กันยายน", "กุมภา",
	    "ก.พ.", "ก.พ", "ก. พ.", "กพ", "มิ.ย.", "เม.ย.", "ต.ค.", "ธ.ค.",
	    "พ.ย.", "ส.ค.", "วันจันทร์", "จันทร์", "เสาร์", "ประสิทธิ", "การ",
	    "ก", "ม", "ต", "เ", "a", "x" };
	const size_t np = sizeof(piece) / sizeof(piece[0]);
	struct ita_buf text = ITA_BUF_INIT, err = ITA_BUF_INIT;
	unsigned seed = 14;
	int i, k, n, bad = 0, kept = 0;

	(void)state;
	for (i = 0; i < 60000; i++) {
		ita_buf_clear(&text);
		n = 1 + (int)((seed = seed * 1103515245 + 12345) >> 16) % 8;
		for (k = 0; k < n; k++) {
			seed = seed * 1103515245 + 12345;
			assert_int_equal(ita_buf_adds(&text,
			    piece[(seed >> 16) % np]), 0);
		}
		if (ita_date_find_bad(text.p, text.len, 2568, &err) == 1) {
			bad++;
			if (!imay_have_month(text.p))
				fail_msg("missed a bad date in '%s'", text.p);
		}
		kept += imay_have_month(text.p);
	}
	assert_true(bad > 100);		/* the test saw bad dates */
	assert_true(kept < 60000);	/* and spared some text */
	ita_buf_free(&text);
	ita_buf_free(&err);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_controls),
		cmocka_unit_test(test_month_cases),
		cmocka_unit_test(test_month_never_misses),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

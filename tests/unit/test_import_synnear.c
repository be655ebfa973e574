/*
 * Unit tests of the near lookup of header words that OCR read.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "import/import.h"
#include "schema.h"

static int
near(const struct syntab *t, const char *cell)
{
	enum tkind hint;

	return isyn_lookup_near(t, cell, strlen(cell), &hint);
}

static void
test_near(void **state)
{
	struct syntab t;
	int resp = ifield_parse("responsible"), num = ifield_parse("number");
	int freq = ifield_parse("frequency"), res = ifield_parse("result");
	int meth = ifield_parse("method"), act = F_ACTIVITY;

	(void)state;
	memset(&t, 0, sizeof(t));
	assert_int_equal(isyn_add(&t, "ผู้รับผิดชอบ", resp, TK_NONE), 0);
	assert_int_equal(isyn_add(&t, "ลำดับที่", num, TK_NONE), 0);
	assert_int_equal(isyn_add(&t, "ความถี่", freq, TK_RESP), 0);
	assert_int_equal(isyn_add(&t, "ผลการดำเนินการ", res, TK_NONE), 0);
	/* exact, as isyn_lookup */
	assert_int_equal(near(&t, "ผู้รับผิดชอบ"), resp);
	/* one letter wrong in twelve */
	assert_int_equal(near(&t, "ผู้รับถิดชอบ"), resp);
	/* a tone mark for a vowel above: half an edit */
	assert_int_equal(near(&t, "ลำด้บที่"), num);
	/* a vowel above confused and a tone mark lost, then more text */
	assert_int_equal(near(&t, "ความถิในการ"), freq);
	/* a ruling line in front */
	assert_int_equal(near(&t, "|ผลการดำเนินการ"), res);
	/* a rule read as a leading vowel and a bar */
	assert_int_equal(isyn_add(&t, "รายงานผล", res, TK_NONE), 0);
	assert_int_equal(near(&t, "เ|รายงานผล"), res);
	/* nearer the whole cell than a shorter synonym is its start:
	 * OCR's "ขันตอนก ารปฏิบัติ" (ก า joined to กำ) */
	assert_int_equal(isyn_add(&t, "ขั้นตอน", act, TK_NONE), 0);
	assert_int_equal(isyn_add(&t, "ขั้นตอนการปฏิบัติ", meth, TK_NONE), 0);
	assert_int_equal(near(&t, "ขันตอนก ารปฏิบัติ"), meth);
	assert_int_equal(near(&t, "ขันตอนงาน"), act);
	/* too far, or too short to tell */
	assert_int_equal(near(&t, "ผู้ประสานงาน"), -1);
	assert_int_equal(near(&t, "ผล"), -1);
	assert_int_equal(near(&t, ""), -1);
	isyn_free(&t);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_near),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

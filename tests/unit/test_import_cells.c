/*
 * Unit tests of ita-import's cell helpers.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "import/import.h"

static void
test_numbers(void **state)
{
	struct ita_buf b = ITA_BUF_INIT;
	size_t skip;

	(void)state;
	assert_int_equal(ilead_number("1. มาตรการ", &skip), 1);
	assert_string_equal("มาตรการ", "1. มาตรการ" + skip);
	assert_int_equal(ilead_number("(3) ข้อ", &skip), 1);
	assert_int_equal(ilead_number("มาตรการ", &skip), 0);
	assert_int_equal(isort_key("1.2", &b), 0);
	assert_string_equal(b.p, "0001.0002");
	assert_int_equal(isort_key("010", &b), 0);
	assert_string_equal(b.p, "0010");
	ita_buf_free(&b);
}

/* Every form of an item number, after normalization (ASCII digits). */
static void
test_number_forms(void **state)
{
	static const char *const forms[] = { "7", "7.", "7)", "(7)",
	    "ข้อ 7", "ข้อ7", "ข้อ 7.", "o7", "O7" };
	char out[24];
	size_t i, start, skip;

	(void)state;
	for (i = 0; i < sizeof(forms) / sizeof(forms[0]); i++) {
		assert_int_equal(inumber_cell(forms[i], out), 1);
		assert_string_equal(out, "7");
	}
	assert_int_equal(inumber_cell("07", out), 1);
	assert_string_equal(out, "07");		/* as written */
	assert_int_equal(inumber_cell("2.1", out), 1);
	assert_string_equal(out, "2.1");
	assert_int_equal(inumber_cell("ข้อมูล", out), 0);
	assert_string_equal(out, "ข้อมูล");
	assert_int_equal(inumber_cell("o", out), 0);
	assert_int_equal(inumber_cell("(7", out), 0);
	assert_int_equal(inumber_cell("7 ก", out), 0);
	assert_int_equal(item_number("ข้อ 3 การเปิดเผย", &start, &skip), 1);
	assert_string_equal("การเปิดเผย", "ข้อ 3 การเปิดเผย" + skip);
	assert_int_equal(item_number("o12 ข้อมูล", &start, &skip), 2);
	assert_int_equal(start, 1);
	assert_int_equal(item_number("ข้อมูล 3", &start, &skip), 0);
	assert_int_equal(item_number("Office 3", &start, &skip), 0);
}

static void
test_titles(void **state)
{
	(void)state;
	assert_int_equal(ititles_alike("แผนการจัดซื้อจัดจ้าง หรือการจัดหาพัสดุ",
	    "แผนการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ"), 1);
	assert_int_equal(ititles_alike("สรุปผลการจัดซื้อจัดจ้างรายเดือน",
	    "สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน"), 1);
	assert_int_equal(ititles_alike("Q&A", "q&a"), 1);
	assert_int_equal(ititles_alike("รายงานการประชุมสภาท้องถิ่น",
	    "รายงานผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุประจำปี"), 0);
	assert_int_equal(ititles_alike("", "E-Service"), 0);
}

static void
test_status(void **state)
{
	const char *st;
	char pct[16];

	(void)state;
	assert_true(icell_status("ดำเนินการครบถ้วน 100% - ทำแล้ว", 0, &st, pct));
	assert_string_equal(st, "done");
	assert_string_equal(pct, "100");
	assert_true(icell_status("ร้อยละ 80", 0, &st, pct));
	assert_string_equal(st, "in_progress");
	assert_string_equal(pct, "80");
	assert_true(icell_status("ยังไม่ได้ดำเนินการ", 0, &st, pct));
	assert_string_equal(st, "not_started");
	assert_true(icell_status("- เผยแพร่แล้ว", 3, &st, pct));
	assert_string_equal(st, "done");
	assert_false(icell_status("สำนักปลัด", 0, &st, pct));
	/* the choices of a checkbox list whose boxes were not read */
	assert_null(isaid_status("ยังไม่ได้ดำเนินการอยู่ระหว่างดำเนินการ", 0));
	assert_null(isaid_status("ยังไม่ได้ดำเนินการ ดำเนินการแล้ว", 0));
	assert_string_equal(isaid_status("ยังไม่ได้ดำเนินการ", 0), "not_started");
	assert_string_equal(isaid_status("ยังไม่ได้ดำเนินการ ดำเนินการแล้ว", 3),
	    "done");
	/* every ดำเนินการ of a cell counts, a not-started one first */
	assert_string_equal(isaid_status("ดำเนินการ ยังไม่ได้ดำเนินการ", 0),
	    "not_started");
	assert_null(isaid_status("ดำเนินการครบถ้วน ยังไม่ดำเนินการ", 0));
	assert_string_equal(isaid_status("ข้อความดำเนินการ อยู่ระหว่างการ"
	    "ดำเนินการ และดำเนินการเรียบร้อย", 0), "in_progress");
	assert_string_equal(isaid_status("ดำเนินการ ดำเนินการแล้วเสร็จ", 0),
	    "done");
	assert_string_equal(isaid_status("ดำเนินการแล้ว", 0), "done");
	assert_null(isaid_status("ดำเนินการแล้ว ๆ", 0));
	assert_null(isaid_status("ข้อความดำเนินการประสิทธิภาพ", 0));
	assert_string_equal(isaid_status("done", 0), "done");
}

static void
test_bullets(void **state)
{
	struct ita_buf b = ITA_BUF_INIT;

	(void)state;
	assert_int_equal(isplit_bullets("- ก - ข", &b), 0);
	assert_string_equal(b.p, "- ก\n- ข");
	assert_int_equal(isplit_bullets("1. ก 2. ข 2.5 ค", &b), 0);
	assert_string_equal(b.p, "1. ก\n2. ข 2.5 ค");
	assert_int_equal(isplit_bullets("- ม.ค. - มี.ค.", &b), 0);
	assert_string_equal(b.p, "- ม.ค. - มี.ค.");
	/* Markdown \* bullets (raw text) become "- " lines */
	assert_int_equal(isplit_bullets("\\* ก \\* ข", &b), 0);
	assert_string_equal(b.p, "- ก\n- ข");
	assert_int_equal(isplit_bullets("  \\*  ก  \\* ข", &b), 0);
	assert_string_equal(b.p, "- ก\n- ข");
	assert_int_equal(isplit_bullets("ก\n\\* ข\n\\* ค", &b), 0);
	assert_string_equal(b.p, "ก\n- ข\n- ค");
	assert_int_equal(isplit_bullets("<p>\\* ก</p><p>\\* ข</p>", &b), 0);
	assert_string_equal(b.p, "<p>- ก</p><p>- ข</p>");
	/* not at a line start, not a list: left to the normalizer */
	assert_int_equal(isplit_bullets("ก \\* ข", &b), 0);
	assert_string_equal(b.p, "ก \\* ข");
	assert_int_equal(isplit_bullets("\\*\\*ก\\*\\*", &b), 0);
	assert_string_equal(b.p, "\\*\\*ก\\*\\*");
	ita_buf_free(&b);
}

static void
test_bullets_mid_cell(void **state)
{
	struct ita_buf b = ITA_BUF_INIT;

	(void)state;
	/* a status with its percent, then the list */
	assert_int_equal(isplit_bullets("ครบถ้วน 100% - ก - ข", &b), 0);
	assert_string_equal(b.p, "ครบถ้วน 100%\n- ก\n- ข");
	/* a numbered list after an introduction, when the numbers run on */
	assert_int_equal(isplit_bullets("ประเด็น ก 1. ข 2. ค", &b), 0);
	assert_string_equal(b.p, "ประเด็น ก\n1. ข\n2. ค");
	assert_int_equal(isplit_bullets("ประเด็น ก 1. ข", &b), 0);
	assert_string_equal(b.p, "ประเด็น ก 1. ข");
	/* after a year or a dot, a dash is a range only before a date */
	assert_int_equal(isplit_bullets("- ก 2566 - มีข - ค.", &b), 0);
	assert_string_equal(b.p, "- ก 2566\n- มีข\n- ค.");
	assert_int_equal(isplit_bullets("- ก 2566 - 2567 - ข ม.ค. - มี.ค.", &b), 0);
	assert_string_equal(b.p, "- ก 2566 - 2567\n- ข ม.ค. - มี.ค.");
	assert_int_equal(isplit_bullets("- ทราบฯ. - ก", &b), 0);
	assert_string_equal(b.p, "- ทราบฯ.\n- ก");
	/* a Latin word with a hyphen is one word */
	assert_int_equal(isplit_bullets("- ก on -site - ข", &b), 0);
	assert_string_equal(b.p, "- ก on -site\n- ข");
	ita_buf_free(&b);
}

static void
test_meta(void **state)
{
	struct ita_buf b = ITA_BUF_INIT;
	const char *type, *after;
	char g[8];

	(void)state;
	assert_int_equal(ifind_year("รายงาน ประจำปีงบประมาณ พ.ศ. 2568"), 2568);
	assert_int_equal(ifind_round("รอบ 6 เดือน"), 6);
	assert_int_equal(ifind_office("ของ อบต.บ้านตัวอย่าง ปี", &b, &type), 1);
	assert_string_equal(b.p, "องค์การบริหารส่วนตำบลบ้านตัวอย่าง");
	assert_string_equal(type, "sao");
	assert_int_equal(ifind_after("อำเภอเมืองตัวอย่าง จังหวัดตัวอย่าง",
	    "จังหวัด", "ส่วน", &b), 1);
	assert_string_equal(b.p, "ตัวอย่าง");
	assert_string_equal(ifind_level("อยู่ในระดับ ผ่านดี"), "ผ่านดี");
	assert_string_equal(ifind_tool("แบบวัด (EIT) 97.11 / 89.28", &after),
	    "eit");
	/* the EIT's parts; the part's number is passed over, not a score */
	assert_string_equal(ifind_tool("EIT ส่วนที่ 2 89.28", &after), "eit2");
	assert_string_equal(after, " 89.28");
	assert_string_equal(ifind_tool("EIT ส่วนที่ ๑ ๙๗.๑๑", &after), "eit1");
	assert_string_equal(after, " ๙๗.๑๑");
	assert_string_equal(ifind_tool("EIT (part 1): 97.11", &after), "eit1");
	assert_string_equal(ifind_tool("EIT ส่วนที่ 3", &after), "eit");
	assert_string_equal(ifind_tool("EIT ส่วนที่", &after), "eit");
	assert_int_equal(ifind_oit_group("ตัวชี้วัดย่อยที่ 10.2 มาตรการ", g), 1);
	assert_string_equal(g, "10.2");
	assert_string_equal(ifind_section("ผู้มีส่วนได้เสียภายใน (IIT) และ (EIT)"),
	    "iit");
	ita_buf_free(&b);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_numbers),
		cmocka_unit_test(test_number_forms),
		cmocka_unit_test(test_titles),
		cmocka_unit_test(test_status),
		cmocka_unit_test(test_bullets),
		cmocka_unit_test(test_bullets_mid_cell),
		cmocka_unit_test(test_meta),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

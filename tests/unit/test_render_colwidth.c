/*
 * ita-render: column widths of printed tables from what the cells hold
 * (colwidth.c): shares follow the text, a header word is never cut, a
 * table too wide for portrait goes landscape, and only a row taller than
 * a page may split.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "render/render.h"

static const char method[] =
    "จัดทำแผนผังขั้นตอนการให้บริการประชาชนและติดประกาศ ณ จุดบริการทุกจุด"
    " พร้อมเผยแพร่บนเว็บไซต์ของเทศบาล";

/* A table of ncols columns and nrows rows; cells[i * ncols + k]. */
static void
table_make(struct rtable *t, size_t ncols, size_t nrows,
    const char *const *heads, const char *const *cells)
{
	size_t i;

	memset(t, 0, sizeof(*t));
	t->caption = "ตาราง";
	t->ncols = ncols;
	t->nrows = nrows;
	assert_non_null(t->heads = calloc(ncols, sizeof(*t->heads)));
	assert_non_null(t->styles = calloc(ncols, sizeof(*t->styles)));
	assert_non_null(t->cells = calloc(ncols * nrows, sizeof(*t->cells)));
	assert_non_null(t->share = calloc(ncols, sizeof(*t->share)));
	assert_non_null(t->tall = calloc(nrows, sizeof(*t->tall)));
	for (i = 0; i < ncols; i++)
		assert_non_null(t->heads[i] = strdup(heads[i]));
	for (i = 0; i < ncols * nrows; i++)
		assert_non_null(t->cells[i] = strdup(cells[i]));
}

static void
table_drop(struct rtable *t)
{
	size_t i;

	for (i = 0; i < t->ncols; i++)
		free(t->heads[i]);
	for (i = 0; i < t->ncols * t->nrows; i++)
		free(t->cells[i]);
	free(t->heads);
	free(t->styles);
	free(t->cells);
	free(t->share);
	free(t->tall);
}

/*
 * The text width a share leaves on a portrait page, in tenths of a
 * column: 75.5 columns at 11 pt (16 cm at 6.0 pt a column), less 1.2
 * of padding and border.
 */
static int
room10(int share)
{
	return share * 755 / 1000 - 12;
}

static int
sum(const struct rtable *t)
{
	size_t k;
	int s = 0;

	for (k = 0; k < t->ncols; k++)
		s += t->share[k];
	return s;
}

static void
test_shares_follow_text(void **state)
{
	static const char *const heads[] = { "ลำดับ", "วิธีการดำเนินการ",
	    "ผู้รับผิดชอบ" };
	static const char *const cells[] = {
		"1", method, "สำนักปลัด",
		"2", method, "กองคลัง",
		"3", method, "สำนักปลัด",
	};
	struct rwords *wd = rwords_new();
	struct rtable t;

	(void)state;
	assert_non_null(wd);
	table_make(&t, 3, 3, heads, cells);
	assert_int_equal(rtable_shares(&t, -1, wd), 0);
	assert_int_equal(sum(&t), 1000);
	assert_int_equal(t.landscape, 0);
	/* The long method gets the room; the number keeps its header word. */
	assert_true(t.share[1] > t.share[2]);
	assert_true(t.share[2] > t.share[0]);
	assert_true(t.share[0] >= 70);	/* ลำดับ: 4 columns bold, 2 padding */
	assert_int_equal(t.tall[0], 0);
	table_drop(&t);
	rwords_free(wd);
}

static void
test_landscape_when_too_wide(void **state)
{
	/* Seven columns of long words: their minimums overflow portrait. */
	static const char *const heads[] = { "ประชาสัมพันธ์", "ประชาสัมพันธ์",
	    "ประชาสัมพันธ์", "ประชาสัมพันธ์", "ประชาสัมพันธ์", "ประชาสัมพันธ์",
	    "ประชาสัมพันธ์" };
	static const char *const cells[] = { method, method, method, method,
	    method, method, method };
	struct rwords *wd = rwords_new();
	struct rtable t;

	(void)state;
	assert_non_null(wd);
	table_make(&t, 7, 1, heads, cells);
	assert_true(t.ncols <= RTABLE_PORTRAIT_MAX_COLS);
	assert_int_equal(rtable_shares(&t, -1, wd), 0);
	assert_int_equal(t.landscape, 1);
	assert_int_equal(sum(&t), 1000);
	/* Asked for portrait, it stays so. */
	assert_int_equal(rtable_shares(&t, 0, wd), 0);
	assert_int_equal(t.landscape, 0);
	table_drop(&t);
	rwords_free(wd);
}

static void
test_only_tall_rows_split(void **state)
{
	static const char *const heads[] = { "ลำดับ", "ผลการดำเนินการ" };
	const char *cells[4];
	struct rwords *wd = rwords_new();
	struct rtable t;
	char *huge;
	size_t i, n = strlen(method);

	(void)state;
	assert_non_null(wd);
	assert_non_null(huge = malloc(60 * (n + 1) + 1));
	for (i = 0; i < 60; i++) {
		memcpy(huge + i * (n + 1), method, n);
		huge[i * (n + 1) + n] = '\n';
	}
	huge[60 * (n + 1)] = '\0';
	cells[0] = "1";
	cells[1] = huge;
	cells[2] = "2";
	cells[3] = method;
	table_make(&t, 2, 2, heads, cells);
	assert_int_equal(rtable_shares(&t, -1, wd), 0);
	assert_int_equal(t.tall[0], 1);
	assert_int_equal(t.tall[1], 0);
	table_drop(&t);
	free(huge);
	rwords_free(wd);
}

static void
test_short_header_whole(void **state)
{
	static const char *const heads[] = { "ตัวชี้วัด", "วิธีการดำเนินการ" };
	static const char *const cells[] = { "1", method };
	struct rwords *wd = rwords_new();
	struct rtable t;

	(void)state;
	assert_non_null(wd);
	table_make(&t, 2, 1, heads, cells);
	assert_int_equal(rtable_shares(&t, 0, wd), 0);
	/* ตัวชี้วัด: 5 columns, bold 6 */
	assert_true(room10(t.share[0]) >= 60);
	table_drop(&t);
	rwords_free(wd);
}

/*
 * A column printed as detail rows (html, fodt) gets no share: the others
 * share the width, and the table stays portrait.
 */
static void
test_detail_no_share(void **state)
{
	static const char *const heads[] = { "ลำดับ", "วิธีการดำเนินการ",
	    "ผู้รับผิดชอบ", "ผลการดำเนินการ", "สถานะ", "ร้อยละ", "หมายเหตุ",
	    "หลักฐาน" };
	static const char *const cells[] = {
		"1", method, "สำนักปลัด", method, "☑ ดำเนินการแล้ว", "100",
		"ตามแผน", "กองคลัง",
		"2", method, "กองคลัง", method, "☐ ยังไม่ได้ดำเนินการ", "0",
		"ตามแผน", "กองคลัง",
	};
	struct rwords *wd = rwords_new();
	struct rtable t;

	(void)state;
	assert_non_null(wd);
	table_make(&t, 8, 2, heads, cells);
	assert_non_null(t.detail = calloc(8, 1));
	t.detail[1] = t.detail[3] = 1;
	assert_int_equal(rtable_main_cols(&t), 6);
	assert_int_equal(rtable_shares(&t, -1, wd), 0);
	assert_int_equal(t.share[1], 0);
	assert_int_equal(t.share[3], 0);
	assert_int_equal(sum(&t), 1000);
	/* Six columns left: portrait, where eight would go landscape. */
	assert_int_equal(t.landscape, 0);
	free(t.detail);
	t.detail = NULL;
	assert_int_equal(rtable_shares(&t, -1, wd), 0);
	assert_int_equal(t.landscape, 1);
	table_drop(&t);
	rwords_free(wd);
}

/*
 * A long header takes two lines at its best break, not one word a line
 * (ระยะเวลา / ดำเนินการ: 8 columns, bold 9, and 2 of padding), and gets
 * that line break when its column is narrower than it; one of 8 columns
 * stays whole (ผู้รับผิดชอบ, not ผู้ / รับผิดชอบ); on a tie the later break
 * (ตัวชี้วัด / ย่อย, not ตัวชี้ / วัดย่อย).  A number or a Latin word is never
 * narrower than itself.
 */
static void
test_header_two_lines_numbers_whole(void **state)
{
	static const char *const heads[] = { "ระยะเวลาดำเนินการ", "โทรศัพท์",
	    "ผู้รับผิดชอบ", "ตัวชี้วัดย่อย", "วิธีการดำเนินการ" };
	static const char *const cells[] = { "ปี", "034-123456789", "ก", "1",
	    method };
	struct rwords *wd = rwords_new();
	struct rtable t;

	(void)state;
	assert_non_null(wd);
	table_make(&t, 5, 1, heads, cells);
	assert_int_equal(rtable_shares(&t, 0, wd), 0);
	/* ดำเนินการ: 8 columns, bold 9 */
	assert_true(room10(t.share[0]) >= 90);
	assert_string_equal(t.heads[0], "ระยะเวลา\nดำเนินการ");
	/* the number: 13 columns */
	assert_true(room10(t.share[1]) >= 130);
	assert_true(room10(t.share[2]) >= 90);
	assert_string_equal(t.heads[2], "ผู้รับผิดชอบ");
	assert_string_equal(t.heads[3], "ตัวชี้วัด\nย่อย");
	table_drop(&t);
	rwords_free(wd);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_shares_follow_text),
		cmocka_unit_test(test_landscape_when_too_wide),
		cmocka_unit_test(test_only_tall_rows_split),
		cmocka_unit_test(test_short_header_whole),
		cmocka_unit_test(test_detail_no_share),
		cmocka_unit_test(test_header_two_lines_numbers_whole),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

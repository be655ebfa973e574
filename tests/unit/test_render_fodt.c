/*
 * ita-render, FODT: column width classes from what the columns hold, and
 * landscape pages for a table of more than 7 columns.
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

#include "render/render.h"

static const char long_method[] =
    "จัดทำแผนผังขั้นตอนการให้บริการประชาชนและติดประกาศ ณ จุดบริการทุกจุด"
    " พร้อมเผยแพร่บนเว็บไซต์ของเทศบาล";

static struct ita_record *
measure(struct ita_header *h, int wide_table)
{
	struct ita_record *r = ita_record_new(h);

	assert_non_null(r);
	assert_int_equal(ita_set(r, ITA_COL_ITA, "1"), 0);
	assert_int_equal(ita_set(r, ITA_COL_KIND, "measure"), 0);
	assert_int_equal(ita_set(r, ITA_COL_OFFICE, "เทศบาลตำบลทดลองสุข"), 0);
	assert_int_equal(ita_set(r, ITA_COL_NUMBER, "1"), 0);
	assert_int_equal(ita_set(r, ITA_COL_TITLE, "มาตรการเปิดเผยข้อมูล"), 0);
	assert_int_equal(ita_set(r, ITA_COL_METHOD, long_method), 0);
	assert_int_equal(ita_set(r, ITA_COL_RESPONSIBLE, "สำนักปลัด"), 0);
	assert_int_equal(ita_set(r, ITA_COL_STATUS, "done"), 0);
	if (wide_table) {
		assert_int_equal(ita_set(r, ITA_COL_INDICATOR, "9.4"), 0);
		assert_int_equal(ita_set(r, ITA_COL_PERIOD_TEXT, "ต.ค. 67"), 0);
		assert_int_equal(ita_set(r, ITA_COL_PERCENT, "100"), 0);
		assert_int_equal(ita_set(r, ITA_COL_RESULT, long_method), 0);
	}
	return r;
}

/* long_columns: --long-text columns, the method a column. */
static void
render(int wide_table, int long_columns, struct ita_buf *b, struct rdoc *d,
    int seq)
{
	struct ita_header *h = ita_header_canonical();
	struct rreport rep = { NULL, 0, 0 };
	struct ropts o;

	assert_non_null(h);
	assert_int_equal(rreport_add(&rep, measure(h, wide_table)), 0);
	memset(&o, 0, sizeof(o));
	o.fmt = RFMT_FODT;
	o.long_columns = long_columns;
	assert_int_equal(rdoc_build(d, &rep, &o), 0);
	ita_buf_clear(b);
	assert_int_equal(render_fodt(b, d, &o, seq), 0);
	assert_int_equal(ita_buf_adds(b, ""), 0);
	rreport_clear(&rep);
	free(rep.recs);
	ita_header_unref(h);
}

static void
test_portrait_widths(void **state)
{
	struct ita_buf b = ITA_BUF_INIT;
	struct rdoc d;

	(void)state;
	render(0, 1, &b, &d, 1);
	assert_int_equal(d.ntables, 1);
	assert_int_equal(d.tables[0].ncols, 5);
	assert_int_equal(d.landscape, 0);
	/* number, title, method, responsible, status */
	assert_int_equal(d.tables[0].wide[2], 1);
	assert_int_equal(d.tables[0].wide[3], 0);
	assert_non_null(strstr(ita_buf_str(&b), "\"TitleNewPage\""));
	assert_non_null(strstr(ita_buf_str(&b),
	    "<table:table-column table:style-name=\"ColNum\"/>\n"
	    "<table:table-column table:style-name=\"ColTitle\"/>\n"
	    "<table:table-column table:style-name=\"ColWide\"/>\n"
	    "<table:table-column table:style-name=\"ColText\"/>\n"
	    "<table:table-column table:style-name=\"ColStatus\"/>\n"));
	rdoc_free(&d);
	/* By default the method is a detail row under its row, no column. */
	render(0, 0, &b, &d, 1);
	assert_int_equal(d.tables[0].detail[2], 1);
	assert_non_null(strstr(ita_buf_str(&b),
	    "<table:table-column table:style-name=\"ColNum\"/>\n"
	    "<table:table-column table:style-name=\"ColTitle\"/>\n"
	    "<table:table-column table:style-name=\"ColText\"/>\n"
	    "<table:table-column table:style-name=\"ColStatus\"/>\n"
	    "<table:table-header-rows>"));
	assert_non_null(strstr(ita_buf_str(&b),
	    "table:number-columns-spanned=\"4\""));
	rdoc_free(&d);
	ita_buf_free(&b);
}

static void
test_landscape(void **state)
{
	struct ita_buf b = ITA_BUF_INIT;
	struct rdoc d;

	(void)state;
	render(1, 1, &b, &d, 0);
	assert_true(d.tables[0].ncols > RTABLE_PORTRAIT_MAX_COLS);
	assert_int_equal(d.landscape, 1);
	assert_int_equal(d.tables[0].landscape, 1);
	/* The title stays portrait; the wide table's caption turns the page. */
	assert_non_null(strstr(ita_buf_str(&b),
	    "<text:p text:style-name=\"Title\">"));
	assert_non_null(strstr(ita_buf_str(&b),
	    "<text:p text:style-name=\"CaptionLandscape\">"));
	assert_null(strstr(ita_buf_str(&b), "TitleLandscape"));
	rdoc_free(&d);
	ita_buf_free(&b);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_portrait_widths),
		cmocka_unit_test(test_landscape),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

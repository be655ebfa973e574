/*
 * ita-render: escapers, and the txt layout's promises (no line wider than
 * --width, no grapheme cluster split) over many widths and texts.
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
#include <utf8proc.h>

#include "lib/width.h"
#include "render/render.h"

static void
test_esc_xml(void **state)
{
	struct ita_buf b = ITA_BUF_INIT;

	(void)state;
	assert_int_equal(resc_xml(&b, "<script>alert('x')</script> & \"q\" ก"),
	    0);
	assert_string_equal(ita_buf_str(&b), "&lt;script&gt;alert(&#39;x&#39;)"
	    "&lt;/script&gt; &amp; &quot;q&quot; ก");
	ita_buf_free(&b);
}

static void
test_esc_md(void **state)
{
	struct ita_buf b = ITA_BUF_INIT;

	(void)state;
	assert_int_equal(resc_md(&b, "a|b\n**c** <i>&[x](y)"), 0);
	assert_string_equal(ita_buf_str(&b),
	    "a\\|b<br>\\*\\*c\\*\\* &lt;i&gt;&amp;\\[x\\](y)");
	ita_buf_free(&b);
}

static const char *const texts[] = {
	"มาตรการเปิดเผยขั้นตอนการให้บริการประชาชนอย่างโปร่งใสและตรวจสอบได้ทุกขั้นตอน",
	"ผู้รับผิดชอบ น้ำใจ ก่า ๆ ผู้ใหญ่บ้าน",
	"จัดทำแผนผังขั้นตอนการให้บริการ\nเผยแพร่บนเว็บไซต์ของเทศบาลตำบลทดลองสุข",
	"https://tambon.example/a/very/long/path/without/spaces/at/all/0123456789",
	"สำนักปลัดเทศบาล, กองคลัง, กองช่าง, กองการศึกษา ศาสนาและวัฒนธรรม",
	"ＦＵＬＬＷＩＤＴＨ 全角文字 ตัวอักษรเต็มความกว้าง",
	"",
};

static struct ita_record *
make(struct ita_header *h, const char *kind, int i)
{
	struct ita_record *r = ita_record_new(h);
	char num[16];
	size_t n = sizeof(texts) / sizeof(texts[0]);

	assert_non_null(r);
	snprintf(num, sizeof(num), "%d", i + 1);
	assert_int_equal(ita_set(r, ITA_COL_ITA, "1"), 0);
	assert_int_equal(ita_set(r, ITA_COL_KIND, kind), 0);
	assert_int_equal(ita_set(r, ITA_COL_OFFICE, "เทศบาลตำบลทดลองสุข"), 0);
	assert_int_equal(ita_set(r, ITA_COL_FISCAL_YEAR, "2569"), 0);
	assert_int_equal(ita_set(r, ITA_COL_NUMBER, num), 0);
	assert_int_equal(ita_set(r, ITA_COL_TITLE, texts[i % n]), 0);
	assert_int_equal(ita_set(r, ITA_COL_METHOD, texts[(i + 1) % n]), 0);
	assert_int_equal(ita_set(r, ITA_COL_RESPONSIBLE, texts[(i + 4) % n]),
	    0);
	assert_int_equal(ita_set(r, ITA_COL_RESULT, texts[(i + 2) % n]), 0);
	assert_int_equal(ita_set(r, ITA_COL_EVIDENCE, texts[(i + 3) % n]), 0);
	assert_int_equal(ita_set(r, ITA_COL_STATUS, i % 2 ? "done" :
	    "in_progress"), 0);
	return r;
}

/* 1 if a cluster would continue at s (a mark that needs its base). */
static int
continues_cluster(const char *s)
{
	utf8proc_int32_t cp;
	const utf8proc_property_t *p;

	if (*s == '\0' || *s == '\n')
		return 0;
	if (utf8proc_iterate((const utf8proc_uint8_t *)s, -1, &cp) < 1)
		return 1;
	p = utf8proc_get_property(cp);
	return p->boundclass == UTF8PROC_BOUNDCLASS_EXTEND ||
	    p->boundclass == UTF8PROC_BOUNDCLASS_SPACINGMARK ||
	    p->boundclass == UTF8PROC_BOUNDCLASS_ZWJ;
}

static void
check_txt(const char *out, int width)
{
	const char *line = out, *nl, *p;
	int w;

	for (; *line != '\0'; line = nl + 1) {
		nl = strchr(line, '\n');
		assert_non_null(nl);
		w = ita_width(line, (size_t)(nl - line));
		if (w > width)
			fail_msg("line of %d columns at width %d: %.*s", w,
			    width, (int)(nl - line), line);
		/* Every cell starts at a line start or after " | ". */
		if (continues_cluster(line))
			fail_msg("split cluster: %.*s", (int)(nl - line), line);
		for (p = line; (p = strstr(p, " | ")) != NULL && p < nl; p += 3)
			if (continues_cluster(p + 3))
				fail_msg("split cluster in a cell: %.*s",
				    (int)(nl - line), line);
	}
}

static void
test_txt_width(void **state)
{
	struct ita_header *h = ita_header_canonical();
	struct rreport rep = { NULL, 0, 0 };
	struct ropts o;
	struct rdoc d;
	struct ita_buf b = ITA_BUF_INIT;
	int i, width;

	(void)state;
	assert_non_null(h);
	for (i = 0; i < 12; i++)
		assert_int_equal(rreport_add(&rep, make(h, i % 3 == 2 ?
		    "oit_item" : i % 3 ? "activity" : "measure", i)), 0);
	memset(&o, 0, sizeof(o));
	o.fmt = RFMT_TXT;
	o.long_dates = 1;
	o.sign[0].name = "นางสาวทดสอบ ยาวมากเป็นพิเศษเพื่อการตัดบรรทัด";
	o.sign[0].position = "นักวิเคราะห์นโยบายและแผนชำนาญการพิเศษ";
	for (width = 20; width <= 140; width += 3) {
		o.width = width;
		o.thai_digits = width % 2;
		assert_int_equal(rdoc_build(&d, &rep, &o), 0);
		ita_buf_clear(&b);
		assert_int_equal(render_txt(&b, &d, &o, 1), 0);
		assert_int_equal(ita_buf_adds(&b, ""), 0);
		check_txt(ita_buf_str(&b), width);
		rdoc_free(&d);
	}
	ita_buf_free(&b);
	rreport_clear(&rep);
	free(rep.recs);
	ita_header_unref(h);
}

/*
 * A table of blocks big enough for put_blocks' second thread: the same
 * bytes with the worker as without.
 */
static void
test_txt_two_threads(void **state)
{
	struct ita_header *h = ita_header_canonical();
	struct rreport rep = { NULL, 0, 0 };
	struct ropts o;
	struct rdoc d;
	struct ita_buf one = ITA_BUF_INIT, two = ITA_BUF_INIT;
	int i, width;

	(void)state;
	assert_non_null(h);
	for (i = 0; i < 600; i++)
		assert_int_equal(rreport_add(&rep, make(h, "oit_item", i)), 0);
	memset(&o, 0, sizeof(o));
	o.fmt = RFMT_TXT;
	for (width = 24; width <= 60; width += 12) {
		o.width = width;
		assert_int_equal(rdoc_build(&d, &rep, &o), 0);
		o.wrap2 = NULL;
		ita_buf_clear(&one);
		assert_int_equal(render_txt(&one, &d, &o, 0), 0);
		assert_non_null(o.wrap2 = ita_wrap_new());
		assert_non_null(o.worker = rworker_new());
		ita_buf_clear(&two);
		assert_int_equal(render_txt(&two, &d, &o, 0), 0);
		rworker_free(o.worker);
		o.worker = NULL;
		ita_wrap_free(o.wrap2);
		assert_true(one.len > 65536);
		assert_int_equal(one.len, two.len);
		assert_memory_equal(one.p, two.p, one.len);
		rdoc_free(&d);
	}
	ita_buf_free(&one);
	ita_buf_free(&two);
	rreport_clear(&rep);
	free(rep.recs);
	ita_header_unref(h);
}

/* Every title once, and only escaped, in the HTML body. */
static void
test_html_escaped(void **state)
{
	struct ita_header *h = ita_header_canonical();
	struct rreport rep = { NULL, 0, 0 };
	struct ita_record *r;
	struct ropts o;
	struct rdoc d;
	struct ita_buf b = ITA_BUF_INIT;

	(void)state;
	r = make(h, "measure", 0);
	assert_int_equal(ita_set(r, ITA_COL_TITLE, "<script>x</script>&"), 0);
	assert_int_equal(rreport_add(&rep, r), 0);
	memset(&o, 0, sizeof(o));
	o.fmt = RFMT_HTML;
	assert_int_equal(rdoc_build(&d, &rep, &o), 0);
	assert_int_equal(render_html(&b, &d, &o, 0), 0);
	assert_int_equal(ita_buf_adds(&b, ""), 0);
	assert_null(strstr(ita_buf_str(&b), "<script"));
	assert_non_null(strstr(ita_buf_str(&b),
	    "<td class=\"title\">&lt;script&gt;x&lt;/script&gt;&amp;</td>"));
	rdoc_free(&d);
	ita_buf_free(&b);
	rreport_clear(&rep);
	free(rep.recs);
	ita_header_unref(h);
}

/* A report record with title t, for the heading tests. */
static void
heading_of(const char *t, const char *round, struct rdoc *d,
    const struct ropts *o)
{
	struct ita_header *h = ita_header_canonical();
	struct rreport rep = { NULL, 0, 0 };
	struct ita_record *r;

	assert_non_null(h);
	assert_non_null(r = ita_record_new(h));
	assert_int_equal(ita_set(r, ITA_COL_ITA, "1"), 0);
	assert_int_equal(ita_set(r, ITA_COL_KIND, "report"), 0);
	assert_int_equal(ita_set(r, ITA_COL_OFFICE,
	    "องค์การบริหารส่วนตำบลบ้านทดลอง"), 0);
	assert_int_equal(ita_set(r, ITA_COL_DISTRICT, "เมืองทดลอง"), 0);
	assert_int_equal(ita_set(r, ITA_COL_PROVINCE, "สมมุติ"), 0);
	assert_int_equal(ita_set(r, ITA_COL_FISCAL_YEAR, "2568"), 0);
	assert_int_equal(ita_set(r, ITA_COL_ROUND, round), 0);
	assert_int_equal(ita_set(r, ITA_COL_TITLE, t), 0);
	assert_int_equal(rreport_add(&rep, r), 0);
	assert_int_equal(rdoc_build(d, &rep, o), 0);
	rreport_clear(&rep);
	free(rep.recs);
	ita_header_unref(h);
}

static void
expect_lines(const struct rdoc *d, const char *const *want)
{
	size_t i;

	for (i = 0; want[i] != NULL; i++) {
		if (i >= d->nlines)
			fail_msg("line %zu missing: %s", i, want[i]);
		assert_string_equal(d->lines[i], want[i]);
	}
	assert_int_equal(d->nlines, i);
}

/* A heading line leaves out what the title already says. */
static void
test_heading_unsaid(void **state)
{
	static const char *const none[] = { NULL };
	static const char *const all[] = {
		"องค์การบริหารส่วนตำบลบ้านทดลอง อำเภอเมืองทดลอง จังหวัดสมมุติ",
		"ปีงบประมาณ พ.ศ. 2568 รอบ 6 เดือน", NULL };
	static const char *const round_only[] = { "รอบ 6 เดือน", NULL };
	static const char *const place[] = { "อำเภอเมืองทดลอง จังหวัดสมมุติ",
		"ปีงบประมาณ พ.ศ. 2568", NULL };
	static const char *const year_only[] = { "ปีงบประมาณ พ.ศ. 2568",
		NULL };
	struct ropts o;
	struct rdoc d;

	(void)state;
	memset(&o, 0, sizeof(o));
	o.fmt = RFMT_MD;
	/* Office, district, province, year and round in the title. */
	heading_of("รายงานผลการดำเนินการ รอบ ๖ เดือน\n"
	    "องค์การบริหารส่วนตำบลบ้านทดลอง อำเภอเมืองทดลอง จังหวัดสมมุติ "
	    "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", "6", &d, &o);
	expect_lines(&d, none);
	rdoc_free(&d);
	/* Neither office nor year: both lines. */
	heading_of("รายงานผลการดำเนินการตามมาตรการ", "6", &d, &o);
	expect_lines(&d, all);
	rdoc_free(&d);
	/* Office with its place and year, not the round: the round alone. */
	heading_of("องค์การบริหารส่วนตำบลบ้านทดลอง อ. เมืองทดลอง จ.สมมุติ "
	    "ปีงบประมาณ 2568", "6", &d, &o);
	expect_lines(&d, round_only);
	rdoc_free(&d);
	/* The round but not the year; 25680 is not the year 2568. */
	heading_of("รายงานผล รอบ 12 เดือน องค์การบริหารส่วนตำบลบ้านทดลอง "
	    "เลขที่ 25680", "12", &d, &o);
	expect_lines(&d, place);
	rdoc_free(&d);
	/* No round in the data: the year alone. */
	heading_of("องค์การบริหารส่วนตำบลบ้านทดลอง อำเภอเมืองทดลอง "
	    "จังหวัดสมมุติ", "", &d, &o);
	expect_lines(&d, year_only);
	rdoc_free(&d);
	/* "รอบ 12" does not say round 6... nor 2568 with a digit after. */
	heading_of("องค์การบริหารส่วนตำบลบ้านทดลอง อำเภอเมืองทดลอง "
	    "จังหวัดสมมุติ รอบ 12 เดือน ปีงบประมาณ 2568", "1", &d, &o);
	assert_int_equal(d.nlines, 1);
	assert_string_equal(d.lines[0], "รอบ 1 เดือน");
	rdoc_free(&d);
	/* --title replaces the title; the record's title is the first line
	 * and counts as said. */
	o.title = "Integrity report";
	heading_of("องค์การบริหารส่วนตำบลบ้านทดลอง ปีงบประมาณ 2568", "6", &d,
	    &o);
	assert_int_equal(d.nlines, 3);
	assert_string_equal(d.lines[1], "อำเภอเมืองทดลอง จังหวัดสมมุติ");
	assert_string_equal(d.lines[2], "รอบ 6 เดือน");
	rdoc_free(&d);
}

/* Columns of figures are right-aligned in txt and md, others not. */
static void
test_figures_right(void **state)
{
	static char *const names[] = { "office", "count", "pct", "code",
		"note" };
	static const char *const vals[2][5] = {
		{ "เทศบาลตำบลทดลองสุข", "12", "๔๒.๘๖%", "1a", "" },
		{ "อบต. ตัวอย่าง", "1,204", "-0.5", "2", "x" },
	};
	struct ita_header *h = ita_header_new(names, 5);
	struct rreport rep = { NULL, 0, 0 };
	struct ita_record *r;
	struct ropts o;
	struct rdoc d;
	struct ita_buf b = ITA_BUF_INIT;
	size_t i, k;

	(void)state;
	assert_non_null(h);
	for (i = 0; i < 2; i++) {
		assert_non_null(r = ita_record_new(h));
		for (k = 0; k < 5; k++)
			assert_int_equal(ita_set_name(r, names[k], vals[i][k]),
			    0);
		assert_int_equal(rreport_add(&rep, r), 0);
	}
	memset(&o, 0, sizeof(o));
	o.fmt = RFMT_TXT;
	o.width = 80;
	assert_int_equal(rdoc_build(&d, &rep, &o), 0);
	assert_int_equal(d.ntables, 1);
	assert_int_equal(d.tables[0].ncols, 5);
	assert_int_equal(d.tables[0].right[0], 0);
	assert_int_equal(d.tables[0].right[1], 1);
	assert_int_equal(d.tables[0].right[2], 1);
	assert_int_equal(d.tables[0].right[3], 0);
	assert_int_equal(d.tables[0].right[4], 0);
	assert_int_equal(render_txt(&b, &d, &o, 0), 0);
	assert_int_equal(ita_buf_adds(&b, ""), 0);
	assert_non_null(strstr(ita_buf_str(&b),
	    "หน่วยงาน           | จำนวนระเบียน |    pct | code | "));
	assert_non_null(strstr(ita_buf_str(&b),
	    "เทศบาลตำบลทดลองสุข |          12 | ๔๒.๘๖% | 1a   |\n"));
	ita_buf_clear(&b);
	assert_int_equal(render_md(&b, &d, &o, 0), 0);
	assert_int_equal(ita_buf_adds(&b, ""), 0);
	assert_non_null(strstr(ita_buf_str(&b), "\n|---|---:|---:|---|---|\n"));
	rdoc_free(&d);
	ita_buf_free(&b);
	rreport_clear(&rep);
	free(rep.recs);
	ita_header_unref(h);
}

/*
 * html and fodt print a column of long text (the method) as detail rows
 * under each row; md, txt and --long-text columns keep it a column.
 */
static void
test_detail_rows(void **state)
{
	static const enum rfmt fmts[] = { RFMT_HTML, RFMT_FODT, RFMT_MD,
	    RFMT_TXT };
	static const char long_method[] =
	    "จัดทำแผนผังขั้นตอนการให้บริการประชาชนและติดประกาศ ณ จุดบริการ"
	    "ทุกจุด พร้อมเผยแพร่บนเว็บไซต์ของเทศบาลตำบลทดลองสุข";
	struct ita_header *h = ita_header_canonical();
	struct rreport rep = { NULL, 0, 0 };
	struct ita_record *r;
	struct ropts o;
	struct rdoc d;
	struct ita_buf b = ITA_BUF_INIT;
	const struct rtable *t;
	size_t f, k, m;
	int i, lc;

	(void)state;
	for (i = 0; i < 3; i++) {
		r = make(h, "measure", i);
		assert_int_equal(ita_set(r, ITA_COL_METHOD, long_method), 0);
		assert_int_equal(ita_set(r, ITA_COL_RESPONSIBLE, "สำนักปลัด"),
		    0);
		assert_int_equal(ita_set(r, ITA_COL_RESULT, ""), 0);
		assert_int_equal(ita_set(r, ITA_COL_EVIDENCE, ""), 0);
		assert_int_equal(rreport_add(&rep, r), 0);
	}
	for (f = 0; f < 4; f++)
		for (lc = 0; lc < 2; lc++) {
			memset(&o, 0, sizeof(o));
			o.fmt = fmts[f];
			o.long_columns = lc;
			assert_int_equal(rdoc_build(&d, &rep, &o), 0);
			t = &d.tables[0];
			for (k = m = 0; k < t->ncols; k++)
				if (!strcmp(t->heads[k], "วิธีการดำเนินการ"))
					m = k + 1;
			assert_true(m > 0);
			assert_int_equal(RTABLE_DETAIL(t, m - 1),
			    f < 2 && !lc);
			assert_int_equal(rtable_main_cols(t),
			    t->ncols - (f < 2 && !lc));
			ita_buf_clear(&b);
			if (f == 0)
				assert_int_equal(render_html(&b, &d, &o, 0), 0);
			else if (f == 1)
				assert_int_equal(render_fodt(&b, &d, &o, 0), 0);
			assert_int_equal(ita_buf_adds(&b, ""), 0);
			if (f == 0 && !lc) {
				assert_non_null(strstr(ita_buf_str(&b),
				    "<tr class=\"detail\"><td class=\"detail\" "
				    "colspan="));
				assert_non_null(strstr(ita_buf_str(&b),
				    "<span class=\"label\">วิธีการดำเนินการ"
				    "</span> จัดทำแผนผัง"));
				assert_null(strstr(ita_buf_str(&b),
				    "<th class=\"text\">วิธีการดำเนินการ"));
			}
			if (f == 1 && !lc)
				assert_non_null(strstr(ita_buf_str(&b),
				    "table:number-columns-spanned="));
			if (f < 2 && lc)
				assert_null(strstr(ita_buf_str(&b), "detail"));
			rdoc_free(&d);
		}
	ita_buf_free(&b);
	rreport_clear(&rep);
	free(rep.recs);
	ita_header_unref(h);
}

/* The dates kept on one line: day, month and year, an era and its year. */
static void
test_glue(void **state)
{
	static const struct { const char *s, *want; } t[] = {
		{ "เผยแพร่เมื่อวันที่ 15 ตุลาคม 2568 แล้ว", "15 ตุลาคม 2568" },
		{ "ต.ค. 67 ถึง ก.ย. 68", "ต.ค. 67" },
		{ "ในปี พ.ศ. 2560*", "พ.ศ. 2560*" },
		{ "ในปี พ.ศ. 2560 แล้ว", "พ.ศ. 2560" },
		{ "(1 ต.ค 67 - 31 มี.ค. 68)", "(1 ต.ค 67" },
		{ "มกราคม พ.ศ. ๒๕๖๘", "มกราคม พ.ศ. ๒๕๖๘" },
		{ "31 March 2025", "31 March 2025" },
		{ "ปีงบประมาณ 2568", NULL },
		{ "ตุลาคม\n2567", NULL },
		{ "9 ตัวชี้วัด 12345", NULL },
	};
	size_t i, a, b;
	int found;

	(void)state;
	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		found = rglue_next(t[i].s, strlen(t[i].s), &a, &b);
		if (t[i].want == NULL) {
			if (found)
				fail_msg("%s: glued %.*s", t[i].s, (int)(b - a),
				    t[i].s + a);
			continue;
		}
		assert_int_equal(found, 1);
		assert_int_equal(b - a, strlen(t[i].want));
		assert_memory_equal(t[i].s + a, t[i].want, b - a);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_esc_xml),
		cmocka_unit_test(test_esc_md),
		cmocka_unit_test(test_txt_width),
		cmocka_unit_test(test_txt_two_threads),
		cmocka_unit_test(test_html_escaped),
		cmocka_unit_test(test_heading_unsaid),
		cmocka_unit_test(test_figures_right),
		cmocka_unit_test(test_detail_rows),
		cmocka_unit_test(test_glue),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

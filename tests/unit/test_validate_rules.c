/*
 * Unit tests of ita-validate's ITA rules, driven record by record.
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

#include "lib/opts.h"
#include "validate/validate.h"
#include "yeardata.h"

struct fixture {
	struct ita_diag		 d;
	struct ita_years	*ys;
	struct vstate		 st;
	struct ita_header	*h;
	FILE			*err;
	char			 out[8192];
	unsigned long		 line;
};

static const char *const cols[] = { "kind", "id", "office", "fiscal_year",
	"round", "oit_item", "oit_group", "title", "period_text", "start",
	"start_precision", "end", "end_precision", "status", "percent", "tool",
	"score", "level", "memo_date", "note", "result" };

static int
setup(void **state)
{
	struct fixture *f = calloc(1, sizeof(*f));

	assert_non_null(f);
	setenv("ITA_SHARE", "share/ita", 1);
	unsetenv("ITA_YEARS");
	ita_diag_init(&f->d, "test");
	assert_non_null(f->err = tmpfile());
	f->d.err = f->err;
	assert_non_null(f->ys = ita_years_load(NULL, &f->d));
	assert_int_equal(vstate_init(&f->st, &f->d), 0);
	assert_int_equal(vstate_set_years(&f->st, f->ys), 0);
	f->h = ita_header_new((char *const *)cols,
	    sizeof(cols) / sizeof(cols[0]));
	assert_non_null(f->h);
	*state = f;
	return 0;
}

static int
teardown(void **state)
{
	struct fixture *f = *state;

	vstate_free(&f->st);
	ita_years_free(f->ys);
	ita_header_unref(f->h);
	fclose(f->err);
	ita_diag_free(&f->d);
	free(f);
	return 0;
}

/* One record: "col=value" pairs, then NULL. */
static void
feed(struct fixture *f, ...)
{
	struct ita_record *r = ita_record_new(f->h);
	const char *kv, *eq;
	char name[64];
	va_list ap;

	assert_non_null(r);
	r->loc.file = "t.csv";
	r->loc.line = ++f->line;
	va_start(ap, f);
	while ((kv = va_arg(ap, const char *)) != NULL) {
		eq = strchr(kv, '=');
		assert_non_null(eq);
		snprintf(name, sizeof(name), "%.*s", (int)(eq - kv), kv);
		assert_int_equal(ita_set_name(r, name, eq + 1), 0);
	}
	va_end(ap);
	vstate_enter(&f->st, r);
	vcheck_record(&f->st, r);
	ita_record_free(r);
}

/* What was said so far, and forget it. */
static const char *
said(struct fixture *f)
{
	size_t n;

	vstate_end(&f->st);
	rewind(f->err);
	n = fread(f->out, 1, sizeof(f->out) - 1, f->err);
	f->out[n] = '\0';
	rewind(f->err);
	assert_int_equal(ftruncate(fileno(f->err), 0), 0);
	return f->out;
}

#define R(...)	feed(f, "office=อบต.ทดลอง", "round=12", __VA_ARGS__, NULL)
/* A second report of the same office and year: the other round. */
#define R6(...)	feed(f, "office=อบต.ทดลอง", "round=6", __VA_ARGS__, NULL)

static void
test_helpers(void **state)
{
	char b[64], *c;
	double x;

	(void)state;
	vexcerpt("สวัสดีครับ", 3, b, sizeof(b));
	assert_string_equal(b, "สวั...");
	vexcerpt("ab\ncd", 10, b, sizeof(b));
	assert_string_equal(b, "ab...");
	vfmt2(92.635, b);
	assert_string_equal(b, "92.64");
	vfmt2(5, b);
	assert_string_equal(b, "5.00");
	assert_int_equal(ita_parse_decimal("95.88", &x), 0);
	assert_true(x > 95.879 && x < 95.881);
	assert_int_equal(ita_parse_decimal("95,88", &x), -1);
	c = voffice_core("องค์การบริหารส่วนตำบลบ้านนา");
	assert_string_equal(c, "บ้านนา");
	free(c);
	c = voffice_core("อบต.บ้านนา");
	assert_string_equal(c, "บ้านนา");
	free(c);
	c = voffice_core("สำนักงานเขต");
	assert_string_equal(c, "สำนักงานเขต");
	free(c);
}

static void
test_periods(void **state)
{
	struct fixture *f = *state;

	R("kind=report", "id=report", "fiscal_year=2568");
	R("kind=measure", "id=m1", "fiscal_year=2568", "title=ก",
	    "period_text=ต.ค. 67 ถึง ก.ย. 87");
	assert_non_null(strstr(said(f), "t.csv:2: error: field 'period_text':"
	    " ต.ค. 67 ถึง ก.ย. 87: longer than two years; check the years "
	    "[period.long]"));
	R6("kind=report", "id=report", "fiscal_year=2568");
	R6("kind=measure", "id=m1", "fiscal_year=2568", "title=ก",
	    "start=2024-10-01", "start_precision=month", "end=2025-09-30",
	    "end_precision=month");
	R6("kind=measure", "id=m2", "fiscal_year=2568", "title=ข",
	    "start=2025-10-01", "start_precision=day", "end=2025-10-31",
	    "end_precision=day");
	assert_string_equal(said(f), "t.csv:5: error: field 'start': the "
	    "period (2025-10-01 to 2025-10-31) lies outside fiscal year 2568 "
	    "(2024-10-01 to 2025-09-30) [period.outside]\n");
}

static void
test_scores(void **state)
{
	struct fixture *f = *state;

	/* The real report's figures: consistent, ผ่านดี. */
	R("kind=report", "id=report", "fiscal_year=2568");
	R("kind=score", "id=s1", "fiscal_year=2568", "tool=iit", "score=99.73");
	R("kind=score", "id=s2", "fiscal_year=2568", "tool=eit1", "score=97.11");
	R("kind=score", "id=s3", "fiscal_year=2568", "tool=eit2", "score=89.28");
	R("kind=score", "id=s4", "fiscal_year=2568", "tool=oit", "score=95");
	R("kind=score", "id=s5", "fiscal_year=2568", "tool=overall",
	    "score=95.88", "level=ผ่านดี");
	assert_string_equal(said(f), "");
	/* Without tool scores, any level the overall allows is accepted. */
	R("kind=report", "id=report", "fiscal_year=2567");
	R("kind=score", "id=s5", "fiscal_year=2567", "tool=overall",
	    "score=96", "level=ผ่าน");
	assert_string_equal(said(f), "");
	R6("kind=report", "id=report", "fiscal_year=2567");
	R6("kind=score", "id=s5", "fiscal_year=2567", "tool=overall",
	    "score=80", "level=ผ่าน");
	assert_non_null(strstr(said(f), "which give 'ต้องปรับปรุง' "
	    "[score.level]"));
}

static void
test_oit_and_status(void **state)
{
	struct fixture *f = *state;

	R("kind=report", "id=report", "fiscal_year=2566");
	R("kind=oit_item", "id=o1", "fiscal_year=2566", "oit_item=o10",
	    "oit_group=9.1", "title=นโยบาย คุ้มครองข้อมูลส่วนบุคคล");
	R("kind=oit_item", "id=o2", "fiscal_year=2566", "oit_item=o10",
	    "title=x");
	R("kind=oit_item", "id=o3", "fiscal_year=2566", "oit_item=o50",
	    "title=x");
	R("kind=measure", "id=m1", "fiscal_year=2566", "title=ก",
	    "status=not_started", "percent=100");
	assert_string_equal(said(f),
	    "t.csv:3: error: field 'oit_item': 'o10' is listed twice in this "
	    "report [oit.duplicate]\n"
	    "t.csv:4: error: field 'oit_item': 'o50' is not an item of the "
	    "fiscal year 2566 OIT list (43 items) [oit.unknown]\n"
	    "t.csv:5: error: field 'percent': 100 % done with field 'status' "
	    "'not_started' [status.percent]\n");
}

static void
test_consistency(void **state)
{
	struct fixture *f = *state;

	R("kind=report", "id=report", "fiscal_year=2568",
	    "title=รายงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๗");
	R("kind=measure", "id=m1", "fiscal_year=2567", "title=ก");
	R("kind=measure", "id=m2", "fiscal_year=2568", "title=ข",
	    "result=ส่งให้อบต.บ้านอื่น แล้ว");
	assert_string_equal(said(f),
	    "t.csv:1: warning: field 'title': 'ปีงบประมาณ พ.ศ. ๒๕๖๗' names "
	    "fiscal year 2567, not the report's 2568 [year.mismatch]\n"
	    "t.csv:1: warning: field 'title': Thai digits left in 'รายงาน "
	    "ประจำปีงบประมาณ พ.ศ. ๒๕...'; run it through ita-import "
	    "[text.digits]\n"
	    "t.csv:2: error: field 'fiscal_year': '2567' differs from '2568' "
	    "of its report (line 1) [report.mixed]\n"
	    "t.csv:3: warning: field 'result' names 'อบต.บ้านอื่น', not the "
	    "report's office 'อบต.ทดลอง': a copied template? "
	    "[office.other]\n");
	/* Last year's results, and the office's own name, are fine. */
	R6("kind=report", "id=report", "fiscal_year=2568",
	    "note=ผลการประเมิน ITA ประจำปีงบประมาณ 2567 ของ อบต.ทดลอง");
	assert_string_equal(said(f), "");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_helpers),
		cmocka_unit_test_setup_teardown(test_periods, setup, teardown),
		cmocka_unit_test_setup_teardown(test_scores, setup, teardown),
		cmocka_unit_test_setup_teardown(test_oit_and_status, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_consistency, setup,
		    teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

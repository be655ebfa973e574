/*
 * Unit tests of yeardata: the shipped files, levels, weights, bad data.
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

#include "buf.h"
#include "diag.h"
#include "yeardata.h"

#ifndef TOP
#define TOP "."
#endif

static struct ita_years *
load_shipped(struct ita_diag *d, FILE *err)
{
	ita_diag_init(d, "test");
	d->err = err;
	setenv("ITA_SHARE", "share/ita", 1);
	unsetenv("ITA_YEARS");
	return ita_years_load(NULL, d);
}

static void
test_shipped(void **state)
{
	struct ita_diag d;
	struct ita_years *ys;
	const struct ita_year *y;
	const struct ita_oit_item *it;
	size_t i;

	(void)state;
	ys = load_shipped(&d, stderr);
	assert_non_null(ys);
	assert_int_equal(d.nerror, 0);
	assert_true(ita_years_count(ys) >= 5);
	for (i = 0; i < ita_years_count(ys); i++) {
		y = ita_years_at(ys, i);
		assert_int_equal(y->nitems, 43);
		assert_true(y->weight_iit + y->weight_eit + y->weight_oit
		    == 100);
		if (i > 0)
			assert_true(ita_years_at(ys, i - 1)->fy < y->fy);
	}
	y = ita_years_get(ys, 2567);
	assert_non_null(y);
	assert_int_equal(y->eit_parts, 2);
	assert_int_equal(y->level_kind, ITA_LEVEL_WORDS);
	it = ita_year_item(y, "o10");
	assert_non_null(it);
	assert_string_equal(it->title, "นโยบายคุ้มครองข้อมูลส่วนบุคคล");
	assert_string_equal(it->group, "9.1");
	assert_string_equal(ita_year_item(y, "o43")->group, "10.2");
	assert_null(ita_year_item(y, "o44"));
	y = ita_years_get(ys, 2564);
	assert_non_null(y);
	assert_string_equal(y->certainty, "recalled");
	assert_string_equal(ita_year_item(y, "o18")->group, "9.3");
	assert_null(ita_years_get(ys, 2563));
	ita_years_free(ys);
	ita_diag_free(&d);
}

static void
test_levels(void **state)
{
	struct ita_buf b = ITA_BUF_INIT;
	struct ita_diag d;
	struct ita_years *ys;
	const struct ita_year *y;
	double t[4];

	(void)state;
	ys = load_shipped(&d, stderr);
	y = ita_years_get(ys, 2566);
	assert_int_equal(ita_year_level(y, 95, NULL, 0, &b), 0);
	assert_string_equal(b.p, "AA");
	assert_int_equal(ita_year_level(y, 94.99, NULL, 0, &b), 0);
	assert_string_equal(b.p, "A");
	assert_int_equal(ita_year_level(y, 49.99, NULL, 0, &b), 0);
	assert_string_equal(b.p, "F");
	/* The real report: 99.73, 97.11 / 89.28, 95 -> 95.88 ผ่านดี. */
	y = ita_years_get(ys, 2568);
	t[0] = 99.73; t[1] = 97.11; t[2] = 89.28; t[3] = 95;
	assert_int_equal(ita_year_level(y, 95.88, t, 4, &b), 0);
	assert_string_equal(b.p, "ผ่านดี");
	assert_true(ita_year_overall(y, 99.73, (97.11 + 89.28) / 2, 95)
	    > 95.875);
	assert_true(ita_year_overall(y, 99.73, (97.11 + 89.28) / 2, 95)
	    < 95.885);
	t[2] = 96;
	assert_int_equal(ita_year_level(y, 96.5, t, 4, &b), 0);
	assert_string_equal(b.p, "ผ่านดีเยี่ยม");
	t[2] = 80;
	assert_int_equal(ita_year_level(y, 90, t, 4, &b), 0);
	assert_string_equal(b.p, "ผ่าน");
	assert_int_equal(ita_year_level(y, 84.99, t, 4, &b), 0);
	assert_string_equal(b.p, "ต้องปรับปรุง");
	assert_int_equal(ita_year_level(y, 69.99, t, 4, &b), 0);
	assert_string_equal(b.p, "ต้องปรับปรุงโดยด่วน");
	assert_true(ita_year_has_level(y, "ผ่าน"));
	assert_false(ita_year_has_level(y, "AA"));
	ita_buf_free(&b);
	ita_years_free(ys);
	ita_diag_free(&d);
}

static void
test_user_dir(void **state)
{
	char dir[] = "/tmp/test_yeardata.XXXXXX", path[64], msg[4096];
	struct ita_diag d;
	struct ita_years *ys;
	const struct ita_year *y;
	FILE *fp, *err;
	size_t n;

	(void)state;
	assert_non_null(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/2569.conf", dir);
	fp = fopen(path, "w");
	assert_non_null(fp);
	fputs("# a user's year\nfiscal_year 2569\ncertainty unconfirmed\n"
	    "weights iit 30 eit 30 oit 40\nlevel ผ่าน 85\nlevel ไม่ผ่าน 0\n"
	    "item o1 9.1 โครงสร้าง\nitem o1 9.1 again\nbogus 1\n"
	    "fiscal_year 2570\nweights iit 30 eit 30 oit 30\nlevel x 0\n"
	    "fiscal_year 2571 2572\nitems_like 2566\n"
	    "weights iit 30 eit 30 oit 40\nlevel x 0\n", fp);
	assert_int_equal(fclose(fp), 0);
	err = tmpfile();
	assert_non_null(err);
	ys = load_shipped(&d, err);
	assert_int_equal(ita_years_add_path(ys, dir, &d), 0);
	rewind(err);
	n = fread(msg, 1, sizeof(msg) - 1, err);
	msg[n] = '\0';
	fclose(err);
	/* The block with a bad item is refused; 2570's weights are 90. */
	assert_non_null(strstr(msg, "2569.conf:8: error: item 'o1' is listed "
	    "twice [years.data]"));
	assert_non_null(strstr(msg, "2569.conf:9: error: unknown keyword "
	    "'bogus' [years.data]"));
	assert_non_null(strstr(msg, "2569.conf:10: error: fiscal year 2570: "
	    "weights add up to 90, not 100 [years.data]"));
	assert_null(ita_years_get(ys, 2569));
	assert_null(ita_years_get(ys, 2570));
	y = ita_years_get(ys, 2572);
	assert_non_null(y);
	assert_int_equal(y->nitems, 43);	/* items_like 2566 */
	assert_string_equal(y->certainty, "unknown");
	unlink(path);
	rmdir(dir);
	ita_years_free(ys);
	ita_diag_free(&d);
}

static void
test_certainty_word(void **state)
{
	char dir[] = "/tmp/test_yeardata.XXXXXX", path[64], msg[4096];
	struct ita_diag d;
	struct ita_years *ys;
	FILE *fp, *err;
	size_t n;

	(void)state;
	assert_non_null(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/2573.conf", dir);
	fp = fopen(path, "w");
	assert_non_null(fp);
	fputs("fiscal_year 2573\ncertainty unconfirmed\n"
	    "weights iit 30 eit 30 oit 40\nlevel x 0\n"
	    "fiscal_year 2574\ncertainty observed\n"
	    "weights iit 30 eit 30 oit 40\nlevel x 0\n", fp);
	assert_int_equal(fclose(fp), 0);
	err = tmpfile();
	assert_non_null(err);
	ys = load_shipped(&d, err);
	assert_int_equal(ita_years_add_path(ys, dir, &d), 0);
	rewind(err);
	n = fread(msg, 1, sizeof(msg) - 1, err);
	msg[n] = '\0';
	fclose(err);
	/* A word outside the four is refused with its block. */
	assert_non_null(strstr(msg, "2573.conf:2: error: certainty "
	    "'unconfirmed' is not confirmed, observed, recalled or unknown "
	    "[years.data]"));
	assert_null(ita_years_get(ys, 2573));
	assert_non_null(ita_years_get(ys, 2574));
	assert_string_equal(ita_years_get(ys, 2574)->certainty, "observed");
	unlink(path);
	rmdir(dir);
	ita_years_free(ys);
	ita_diag_free(&d);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_shipped),
		cmocka_unit_test(test_levels),
		cmocka_unit_test(test_user_dir),
		cmocka_unit_test(test_certainty_word),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

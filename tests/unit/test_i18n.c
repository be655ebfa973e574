/*
 * Languages: --lang values, the default from the locale, Thai headings.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "lib/i18n.h"

static void
test_lang(void **state)
{
	enum ita_lang l = ITA_LANG_EN;

	(void)state;
	assert_int_equal(ita_lang_parse("th", &l), 0);
	assert_int_equal(l, ITA_LANG_TH);
	assert_int_equal(ita_lang_parse("en", &l), 0);
	assert_int_equal(l, ITA_LANG_EN);
	assert_int_equal(ita_lang_parse("thai", &l), -1);
	/* LC_ALL wins over LANG; "th" must be the whole language. */
	setenv("LANG", "th_TH.UTF-8", 1);
	setenv("LC_ALL", "C.UTF-8", 1);
	assert_int_equal(ita_lang_default(), ITA_LANG_EN);
	unsetenv("LC_ALL");
	unsetenv("LC_MESSAGES");
	assert_int_equal(ita_lang_default(), ITA_LANG_TH);
	setenv("LANG", "thx", 1);
	assert_int_equal(ita_lang_default(), ITA_LANG_EN);
	setenv("LC_MESSAGES", "th", 1);
	assert_int_equal(ita_lang_default(), ITA_LANG_TH);
}

static void
test_heading(void **state)
{
	(void)state;
	assert_string_equal(ita_heading("office", ITA_LANG_TH), "หน่วยงาน");
	assert_string_equal(ita_heading("completion_pct", ITA_LANG_TH),
	    "ความสำเร็จ (%)");
	/* The first and the last of the table: it is sorted for bsearch. */
	assert_string_equal(ita_heading("as_of", ITA_LANG_TH), "ณ วันที่");
	assert_string_equal(ita_heading("validity", ITA_LANG_TH),
	    "ความถูกต้อง");
	assert_string_equal(ita_heading("office", ITA_LANG_EN), "office");
	assert_string_equal(ita_heading("my_column", ITA_LANG_TH),
	    "my_column");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_lang),
		cmocka_unit_test(test_heading),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

/*
 * Unit tests of the Thai repairs of PDF text (src/import/pdfthai.c).
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
expect(const char *in, const char *want)
{
	struct ita_buf b = ITA_BUF_INIT;

	assert_int_equal(ipdf_thai_text(in, strlen(in), &b), 0);
	assert_string_equal(ita_buf_str(&b), want);
	ita_buf_free(&b);
}

/* NIKHAHIT + SARA AA is SARA AM, also with a tone mark between. */
static void
test_sara_am(void **state)
{
	(void)state;
	expect("\u0E19\u0E4D\u0E32", "นำ");
	expect("\u0E19\u0E4D\u0E49\u0E32", "น้ำ");
	expect("\u0E01\u0E32\u0E23\u0E14\u0E4D\u0E32\u0E40\u0E19\u0E34\u0E19",
	    "การดำเนิน");
	expect("นำ", "นำ");		/* already right */
}

/* A mark given before the consonant it sits on goes after it. */
static void
test_mark_before_consonant(void **state)
{
	(void)state;
	expect("\u0E48\u0E01", "ก่");
	expect("\u0E34\u0E1B\u0E14", "ปิด");
	expect("\u0E40\u0E49\u0E19", "เน้");	/* after a leading vowel */
	expect("\u0E01\u0E49", "ก้");		/* already right */
}

/* A tone mark before the vowel above or below its consonant. */
static void
test_tone_before_vowel(void **state)
{
	(void)state;
	expect("\u0E17\u0E48\u0E35", "ที่");
	expect("\u0E1C\u0E49\u0E39", "ผู้");
	expect("\u0E1C\u0E39\u0E49", "ผู้");
}

/* The private-use glyphs of Thai fonts, Windows and Mac. */
static void
test_pua(void **state)
{
	(void)state;
	expect("\u0E1B\uF70B\u0E32", "ป้า");	/* MAI THO shifted down */
	expect("\u0E1B\uF713", "ป่");		/* MAI EK shifted left */
	expect("\u0E1B\uF701", "ปิ");		/* SARA I shifted left */
	expect("\uF700\u0E32\u0E19", "ฐาน");	/* THO THAN without tail */
	expect("\uF70F\u0E32\u0E13", "ญาณ");	/* YO YING without tail */
	expect("\u0E0E\uF718", "ฎุ");		/* SARA U shifted down */
	expect("\u0E01\uF88B", "ก่");		/* Mac MAI EK */
	expect("\u0E2A\uF710\uF70A", "สั่");	/* two shifted marks */
	expect("\uE000", "\uE000");		/* other PUA kept */
}

/* Ligatures, soft hyphens, zero-width characters; doubled marks. */
static void
test_debris(void **state)
{
	(void)state;
	expect("\uFB01le \uFB02ow \uFB03x", "file flow ffix");
	expect("\u0E01\u0E32\u00AD\u0E23", "การ");
	expect("\u0E01\u200B\u0E32\u200D\u0E23\uFEFF", "การ");
	expect("\u0E01\u0E48\u0E48", "ก่");
}

static void
add(struct pdf_page *pg, double x0, double x1, const char *s)
{
	assert_int_equal(ipdf_page_add(pg, x0, 240, x1, 261, s, strlen(s)), 0);
}

static void
expect_words(struct pdf_page *pg, const char *const *want, size_t n)
{
	size_t i;

	assert_int_equal(ipdf_thai_page(pg), 0);
	assert_int_equal(pg->n, n);
	for (i = 0; i < n; i++)
		assert_string_equal(ipdf_word_text(pg, &pg->w[i]), want[i]);
}

/*
 * Marks given as words of their own, of zero width, where pdftotext
 * puts them (positions from a LibreOffice PDF in Laksaman): each joins
 * the word of its consonant.
 */
static void
test_detached_marks(void **state)
{
	static const char *const w1[] = { "ดังนี้" };
	static const char *const w2[] = { "ทบทวนขั้", "น", "ตอน" };
	static const char *const w3[] = { "จัดทำคำสั่", "ง" };
	static const char *const w4[] = { "ก่า" };
	struct pdf_page pg;

	(void)state;
	ipdf_page_init(&pg);
	add(&pg, 294.1, 422.4, "ดังนี");
	add(&pg, 423.1, 423.1, "\u0E49");
	expect_words(&pg, w1, 1);

	ipdf_page_clear(&pg);
	add(&pg, 212, 270, "ทบทวนขั");
	add(&pg, 270, 280, "น");
	add(&pg, 271, 271, "\u0E49");
	add(&pg, 280, 309, "ตอน");
	expect_words(&pg, w2, 3);

	ipdf_page_clear(&pg);
	add(&pg, 273, 324, "จัดทำคำสั");
	add(&pg, 324, 330, "ง");
	add(&pg, 324, 324, "\u0E48");
	expect_words(&pg, w3, 2);

	/* inside a word: after the consonant under it */
	ipdf_page_clear(&pg);
	add(&pg, 0, 40, "กา");
	add(&pg, 8, 8, "\u0E48");
	expect_words(&pg, w4, 1);

	/* a mark alone with nothing near it stays a word */
	ipdf_page_clear(&pg);
	add(&pg, 100, 100, "\u0E49");
	assert_int_equal(ipdf_thai_page(&pg), 0);
	assert_int_equal(pg.n, 1);
	ipdf_page_free(&pg);
}

/*
 * A word that starts with a mark where the word before it ends (from a
 * LibreOffice PDF in Laksaman: "ตัวชี" "ว" "้" "ัดที่"): its marks are
 * that word's; a word apart from any other keeps the old repair (the
 * mark goes after its first consonant).
 */
static void
test_leading_marks(void **state)
{
	static const char *const w1[] = { "ตัวชี้", "วั", "ดที่" };
	static const char *const w2[] = { "ปิด" };
	static const char *const w3[] = { "ก", "ข", "ดังนี้" };
	struct pdf_page pg;

	(void)state;
	ipdf_page_init(&pg);
	add(&pg, 324.7, 347.884, "ตัวชี");
	add(&pg, 347.87, 354.912, "ว");
	add(&pg, 348.472, 348.472, "้");
	add(&pg, 354.87, 372.16, "ัดที่");
	expect_words(&pg, w1, 3);

	ipdf_page_clear(&pg);
	add(&pg, 100, 120, "ิปด");
	expect_words(&pg, w2, 1);

	/* a detached mark listed before its owner, other words between */
	ipdf_page_clear(&pg);
	add(&pg, 60, 60, "\u0E49");
	add(&pg, 0, 20, "ก");
	add(&pg, 25, 40, "ข");
	add(&pg, 45, 60, "ดังนี");
	expect_words(&pg, w3, 3);
	ipdf_page_free(&pg);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sara_am),
		cmocka_unit_test(test_mark_before_consonant),
		cmocka_unit_test(test_tone_before_vowel),
		cmocka_unit_test(test_pua),
		cmocka_unit_test(test_debris),
		cmocka_unit_test(test_detached_marks),
		cmocka_unit_test(test_leading_marks),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

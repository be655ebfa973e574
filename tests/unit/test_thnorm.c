/*
 * Unit tests of thnorm: one table row per rule, properties, the seeds.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <cmocka.h>

#include <utf8proc.h>

#include "buf.h"
#include "thnorm.h"

struct row {
	const char	*in;
	const char	*want;
	int		 rule;	/* a rule that must have counted, or -1 */
};

static const struct row rows[] = {
	/* layer 1: markup */
	{ "<p>หนึ่ง</p><p>สอง</p>", "หนึ่ง\nสอง", ITA_NORM_BLOCK_TAG },
	{ "<ul style=\"list-style-type: none\"> - ก<br>- ข", "- ก\n- ข",
	    ITA_NORM_BLOCK_TAG },
	{ "<ol><li>ก<li>ข</ol>", "ก\nข", ITA_NORM_BLOCK_TAG },
	{ "<div>ก</div><tr>ข", "ก\nข", ITA_NORM_BLOCK_TAG },
	{ "<u>ดำเนินการ</u> <span class=x>ครบ</span>", "ดำเนินการ ครบ",
	    ITA_NORM_TAG },
	{ "ก<!-- note -->ข", "กข", ITA_NORM_TAG },
	{ "a < b > c", "a < b > c", -1 },
	{ "x<y", "x<y", -1 },
	/* only known elements with well-formed attributes are tags */
	{ "if a<b and c>d then", "if a<b and c>d then", -1 },
	{ "a<b>c</b> <i class=\"x\">d</i>", "ac d", ITA_NORM_TAG },
	{ "<xyz>ก</xyz> <b x> <p =1>", "<xyz>ก</xyz> <b x> <p =1>", -1 },
	{ "<input type=checkbox disabled> <br/>ก", "ก", ITA_NORM_CHECKBOX },
	/* markup a removal makes goes in the same pass */
	{ "<p<b>>ก", "ก", ITA_NORM_BLOCK_TAG },
	{ "&amp;amp;lt;", "<", ITA_NORM_ENTITY },
	{ "*<u></u>*ก", "ก", ITA_NORM_MARKDOWN },
	{ "R&D &amp; Q&amp;A", "R&D & Q&A", ITA_NORM_ENTITY },
	{ "&lt;&gt;&quot;&#39;&apos;", "<>\"''", ITA_NORM_ENTITY },
	{ "ก&nbsp;ข", "ก ข", ITA_NORM_ENTITY },
	{ "&#3585;&#x0E02;&#X0e04;", "กขค", ITA_NORM_ENTITY },
	{ "&#0; &#xD800; &bogus;", "&#0; &#xD800; &bogus;", -1 },
	{ "**หัวข้อ**", "หัวข้อ", ITA_NORM_MARKDOWN },
	{ "\\*หมายเหตุ", "หมายเหตุ", ITA_NORM_MARKDOWN },
	{ "# ชื่อเรื่อง", "ชื่อเรื่อง", ITA_NORM_MARKDOWN },
	{ "ก\n## ข", "ก\nข", ITA_NORM_MARKDOWN },
	{ "ข้อ #1", "ข้อ #1", -1 },
	{ "ดู <https://www.example.go.th/a?b=1>", "ดู https://www.example.go.th/a?b=1",
	    ITA_NORM_MARKDOWN },
	/* layer 2: Unicode */
	{ "ก\xe2\x80\x8bข\xe2\x80\x8c\xe2\x80\x8d\xe2\x81\xa0ค\xef\xbb\xbf\xc2\xad",
	    "กขค", ITA_NORM_IGNORABLE },
	{ "ก\xc2\xa0ข\xe2\x80\x83ค\xe2\x80\xafง\xe3\x80\x80จ\tฉ",
	    "ก ข ค ง จ ฉ", ITA_NORM_ODD_SPACE },
	{ "ก\r\nข\rค\x01", "ก\nข\nค", ITA_NORM_CONTROL },
	{ "cafe\xcc\x81", "caf\xc3\xa9", ITA_NORM_NFC },
	/* NFC by pieces: Thai marks sorted in place, utf8proc on the rest */
	{ "ก\xe0\xb9\x88\xe0\xb8\xb8 cafe\xcc\x81 ข\xe0\xb9\x89\xe0\xb8\xb9",
	    "กุ่ caf\xc3\xa9 ขู้", ITA_NORM_NFC },
	{ "A\xcc\x8a\xe0\xb8\x81\xe0\xb9\x88\xe0\xb8\xb8", "\xc3\x85กุ่",
	    ITA_NORM_NFC },
	{ "ทำ", "ทำ", -1 },	/* SARA AM survives: never NFKC */
	/* layer 3: Thai repairs */
	{ "ข้อ ๐๑๑ ปี ๒๕๖๘", "ข้อ 011 ปี 2568", ITA_NORM_THAI_DIGIT },
	{ "ค\xe0\xa5\x81ณ", "คุณ", ITA_NORM_LOOKALIKE },
	{ "ก\xe0\xa4\xb0ม", "กรม", ITA_NORM_LOOKALIKE },
	{ "น า", "นำ", ITA_NORM_SARA_AM },
	{ "น้ า", "น้ำ", ITA_NORM_SARA_AM },
	{ "น\xcc\x8aา", "นำ", ITA_NORM_SARA_AM },
	{ "น\xe0\xb9\x8dา", "นำ", ITA_NORM_SARA_AM },
	{ "น\xe0\xb9\x8d\xe0\xb9\x89า", "น้ำ", ITA_NORM_SARA_AM },
	{ "เเม่", "แม่", ITA_NORM_SARA_AE },
	{ "ก\xe0\xb9\x88\xe0\xb8\xb4", "กิ่", ITA_NORM_TONE_ORDER },
	{ "ก\xe0\xb9\x8c\xe0\xb8\xb4", "กิ์", ITA_NORM_TONE_ORDER },
	{ "กา\xe0\xb9\x88", "ก่า", ITA_NORM_FOLLOW_ORDER },
	{ "น\xe0\xb8\xb3\xe0\xb9\x89", "น้ำ", ITA_NORM_FOLLOW_ORDER },
	{ "กๅ", "กา", ITA_NORM_LAKKHANGYAO },
	{ "ฤๅษี ฦๅ", "ฤๅษี ฦๅ", -1 },
	{ "ก ่ า", "ก่ำ", ITA_NORM_MARK_SPACE },
	{ "ที ่", "ที่", ITA_NORM_MARK_SPACE },
	{ "น ำ", "นำ", ITA_NORM_MARK_SPACE },
	{ "กาา", "กา", ITA_NORM_REPEAT },
	{ "กิิ", "กิ", ITA_NORM_REPEAT },
	{ "ก\xe0\xb9\x88\xe0\xb9\x89", "ก้", ITA_NORM_REPEAT },
	{ "\xe0\xb9\x88เริ่ม", "เริ่ม", ITA_NORM_DANGLING },
	{ "A \xe0\xb8\xb4" "B", "A B", ITA_NORM_DANGLING },
	{ "ก\n\xe0\xb8\xb4ข", "ก\nข", ITA_NORM_DANGLING },
	{ "ครบ ๑๐๐ %", "ครบ 100%", ITA_NORM_PERCENT },
	{ "ร้อยละ 80  %", "ร้อยละ 80%", ITA_NORM_PERCENT },
	{ "ก  ข   ค", "ก ข ค", ITA_NORM_SPACE },
	{ "  ก \n  ข  ", "ก\nข", ITA_NORM_SPACE },
	{ "\n\nก\n\n\nข\n\n", "ก\nข", ITA_NORM_BLANK_LINE },
	/* not done on purpose */
	{ "ระยะเวลา ดำเนินการ", "ระยะเวลา ดำเนินการ", -1 },
	{ "ต่าง ๆ ต่างๆ", "ต่าง ๆ ต่างๆ", -1 },
	{ "ถาม - ตอบ “ข้อ”", "ถาม - ตอบ “ข้อ”", -1 },
	{ "", "", -1 },
};

static void
test_rules(void **state)
{
	struct ita_buf out = ITA_BUF_INIT;
	struct ita_norm_stats st;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
		memset(&st, 0, sizeof(st));
		assert_int_equal(ita_norm_cell(rows[i].in, strlen(rows[i].in),
		    &out, NULL, &st), 0);
		if (strcmp(ita_buf_str(&out), rows[i].want) != 0)
			fail_msg("row %zu: [%s] -> [%s], want [%s]", i,
			    rows[i].in, ita_buf_str(&out), rows[i].want);
		if (rows[i].rule >= 0 && st.count[rows[i].rule] == 0)
			fail_msg("row %zu: rule %s not counted", i,
			    ita_norm_rule_name(rows[i].rule));
	}
	ita_buf_free(&out);
}

struct cbrow {
	const char		*in;
	const char		*want;
	enum ita_checkbox	 status;
	const char		*label;
};

static const struct cbrow cbrows[] = {
	{ "<input type=\"checkbox\"/> ยังไม่ได้ดำเนินการ "
	  "<input checked=\"\" type=\"checkbox\"/> ดำเนินการ - จัดทำคู่มือแล้ว",
	  "- จัดทำคู่มือแล้ว", ITA_CHECK_DONE, "ดำเนินการ" },
	{ "<input checked=\"\" type=\"checkbox\"/> ยังไม่ได้ดำเนินการ "
	  "<input type=\"checkbox\"/> ดำเนินการ",
	  "", ITA_CHECK_NOT_STARTED, "ยังไม่ได้ดำเนินการ" },
	{ "<input type=checkbox checked> อยู่ระหว่างดำเนินการ<br>รอผล",
	  "รอผล", ITA_CHECK_IN_PROGRESS, "อยู่ระหว่างดำเนินการ" },
	{ "<input type=\"checkbox\" checked=\"checked\"/> แล้วเสร็จ ๑๐๐ %",
	  "100%", ITA_CHECK_DONE, "แล้วเสร็จ" },
	{ "<input checked type=\"checkbox\"> อื่น ๆ", "", ITA_CHECK_OTHER,
	  "อื่น ๆ" },
	{ "<input type=\"checkbox\"/> ก <input type=\"checkbox\"/> ข",
	  "", ITA_CHECK_NONE, "" },
	{ "<input checked=\"\" type=\"checkbox\"/> ดำเนินการ ได้จัดทำ"
	  "รายงาน ส่ง ผู้บริหาร", "ได้จัดทำรายงาน ส่ง ผู้บริหาร",
	  ITA_CHECK_DONE, "ดำเนินการ" },
	{ "<input type=\"text\" value=\"x\"> ข้อความ", "ข้อความ",
	  ITA_CHECK_NONE, "" },
};

/*
 * The quick check takes a run of Thai letters that need no work in a loop
 * of its own: whatever follows the run (a letter that may need work, a
 * cut letter, the end of the text) is seen at every length of the run.
 */
static void
test_canon_runs(void **state)
{
	static const char *const work[] = { "\xe0\xb8\xb2",	/* repeated SARA AA */
	    "\xe0\xb9\x8d",	/* NIKHAHIT */
	    "\xe0\xb9\x91",	/* a Thai digit */
	    " \xe0\xb9\x88",	/* a tone mark after a space */
	    "\xe0\xb8",		/* a letter cut short */
	    "\xe0\xa4\xb0",	/* the Devanagari look-alike */
	    "  ", "<b>", NULL };
	char s[128];
	size_t n, i, j, k;

	(void)state;
	for (n = 1; n < 14; n++) {
		/* a consonant and SARA AA in turn: canonical */
		for (i = 0; i < n; i++)
			memcpy(s + 3 * i, i % 2 ? "\xe0\xb8\xb2" : "\xe0\xb8\x81", 3);
		assert_int_equal(ita_norm_is_canonical(s, 3 * n), 1);
		assert_int_equal(ita_norm_check(s, 3 * n), ITA_TEXT_CANONICAL);
		/* cut inside its last letter */
		assert_int_equal(ita_norm_is_canonical(s, 3 * n - 1), 0);
		assert_int_equal(ita_norm_is_canonical(s, 3 * n - 2), 0);
		for (j = 0; work[j] != NULL; j++) {
			k = strlen(work[j]);
			/* after KO KAI and SARA AA, which a first SARA AA
			 * repeats */
			memcpy(s + 3 * n, "\xe0\xb8\x81\xe0\xb8\xb2", 6);
			memcpy(s + 3 * n + 6, work[j], k);
			memcpy(s + 3 * n + 6 + k, "\xe0\xb8\x81\xe0\xb8\x82", 6);
			assert_int_equal(ita_norm_is_canonical(s,
			    3 * n + 6 + k + 6), 0);
			assert_int_equal(ita_norm_is_canonical(s, 3 * n + 6), 1);
		}
	}
}

static void
test_checkbox(void **state)
{
	struct ita_buf out = ITA_BUF_INIT;
	struct ita_norm_info info;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cbrows) / sizeof(cbrows[0]); i++) {
		assert_int_equal(ita_norm_cell(cbrows[i].in,
		    strlen(cbrows[i].in), &out, &info, NULL), 0);
		if (strcmp(ita_buf_str(&out), cbrows[i].want) != 0 ||
		    info.checkbox != cbrows[i].status ||
		    strcmp(info.checked_label, cbrows[i].label) != 0)
			fail_msg("row %zu: [%s] %s [%s]", i, ita_buf_str(&out),
			    ita_checkbox_name(info.checkbox),
			    info.checked_label);
	}
	assert_int_equal(ita_checkbox_classify("ไม่ได้ดำเนินการ",
	    strlen("ไม่ได้ดำเนินการ")), ITA_CHECK_NOT_STARTED);
	assert_int_equal(ita_checkbox_classify("ดำเนินการเรียบร้อยแล้ว",
	    strlen("ดำเนินการเรียบร้อยแล้ว")), ITA_CHECK_DONE);
	ita_buf_free(&out);
}

static void
test_foreign(void **state)
{
	struct ita_buf out = ITA_BUF_INIT;
	struct ita_norm_info info;
	struct ita_norm_stats st;

	(void)state;
	memset(&st, 0, sizeof(st));
	/* Cyrillic о inside a Thai word: reported, not changed. */
	assert_int_equal(ita_norm_cell("ก\xd0\xbeข ITAประจำปี",
	    strlen("ก\xd0\xbeข ITAประจำปี"), &out,
	    &info, &st), 0);
	assert_string_equal(ita_buf_str(&out), "ก\xd0\xbeข ITAประจำปี");
	assert_int_equal(info.foreign_letters, 1);
	assert_int_equal(st.count[ITA_NORM_FOREIGN], 1);
	assert_int_equal(ita_norm_cell("กxข", 7, &out, &info, NULL), 0);
	assert_int_equal(info.foreign_letters, 1);
	ita_buf_free(&out);
}

static void
test_errors(void **state)
{
	struct ita_buf out = ITA_BUF_INIT;

	(void)state;
	assert_int_equal(ita_norm_cell("ก\xff", 4, &out, NULL, NULL), -1);
	assert_int_equal(ita_norm_cell("\xe0\xb8", 2, &out, NULL, NULL), -1);
	assert_int_equal(ita_norm_cell("a\xc0\x80", 3, &out, NULL, NULL), -1);
	assert_int_equal(ita_norm_is_canonical("\xff", 1), 0);
	ita_buf_free(&out);
}

static void
test_key(void **state)
{
	struct ita_buf a = ITA_BUF_INIT, b = ITA_BUF_INIT;

	(void)state;
	assert_int_equal(ita_norm_key("ระยะเวลา ดำเนินการ", 
	    strlen("ระยะเวลา ดำเนินการ"), &a), 0);
	assert_int_equal(ita_norm_key("<p>ระยะเวลาดำเนินการ</p>",
	    strlen("<p>ระยะเวลาดำเนินการ</p>"), &b), 0);
	assert_string_equal(ita_buf_str(&a), ita_buf_str(&b));
	assert_int_equal(ita_norm_key("ลำดับ ที่", strlen("ลำดับ ที่"), &a), 0);
	assert_string_equal(ita_buf_str(&a), "ลำดับที่");
	assert_int_equal(ita_norm_key("Integrity and\nTransparency ITA", 30,
	    &a), 0);
	assert_string_equal(ita_buf_str(&a), "integrityandtransparencyita");
	/* Thai eight bytes at a time, ASCII on either side and between */
	assert_int_equal(ita_norm_key("AB ข้อมูลข่าวสาร Cd\nการเปิดเผยE",
	    strlen("AB ข้อมูลข่าวสาร Cd\nการเปิดเผยE"), &a), 0);
	assert_string_equal(ita_buf_str(&a), "abข้อมูลข่าวสารcdการเปิดเผยe");
	ita_buf_free(&a);
	ita_buf_free(&b);
}

static void
test_digits(void **state)
{
	struct ita_buf o = ITA_BUF_INIT;

	(void)state;
	assert_int_equal(ita_thai_digits_to_ascii("๐๑๒๓๔๕๖๗๘๙ ก1", 35, &o), 0);
	assert_string_equal(ita_buf_str(&o), "0123456789 ก1");
	ita_buf_clear(&o);
	assert_int_equal(ita_ascii_digits_to_thai("0123456789 ก๑", 17, &o), 0);
	assert_string_equal(ita_buf_str(&o), "๐๑๒๓๔๕๖๗๘๙ ก๑");
	ita_buf_clear(&o);
	/* both directions give back the original, leading zeros kept */
	assert_int_equal(ita_thai_digits_to_ascii("๐๑๑", 9, &o), 0);
	assert_string_equal(ita_buf_str(&o), "011");
	/* converted digits that make markup: the passes run after all */
	assert_int_equal(ita_norm_cell("ก &#๓๖; ข", strlen("ก &#๓๖; ข"), &o,
	    NULL, NULL), 0);
	assert_string_equal(ita_buf_str(&o), "ก $ ข");
	assert_int_equal(ita_norm_cell("ก ๓๖ ข", strlen("ก ๓๖ ข"), &o, NULL,
	    NULL), 0);
	assert_string_equal(ita_buf_str(&o), "ก 36 ข");
	/* only the bytes from the first digit to the last are converted */
	assert_int_equal(ita_norm_cell("๑ ก ๒ ข ๓", strlen("๑ ก ๒ ข ๓"), &o,
	    NULL, NULL), 0);
	assert_string_equal(ita_buf_str(&o), "1 ก 2 ข 3");
	assert_int_equal(ita_norm_cell("กข ๔๕ คง", strlen("กข ๔๕ คง"), &o,
	    NULL, NULL), 0);
	assert_string_equal(ita_buf_str(&o), "กข 45 คง");
	ita_buf_free(&o);
}

/* Any bytes: each E0 B9 90..99 becomes its digit, nothing else changes. */
static void
test_digits_bytes(void **state)
{
	static const unsigned char b[] = { 0xE0, 0xB9, 0x90, 0x99, 0x9A,
	    0x8F, 0xB8, 'a', ' ' };
	struct ita_buf o = ITA_BUF_INIT;
	char s[16], want[16];
	unsigned seed = 5;
	size_t i, j, n, k;

	(void)state;
	for (i = 0; i < 200000; i++) {
		seed = seed * 1103515245 + 12345;
		n = (seed >> 16) % 13;
		for (j = 0; j < n; j++) {
			seed = seed * 1103515245 + 12345;
			s[j] = (char)b[(seed >> 16) % sizeof(b)];
		}
		for (j = k = 0; j < n; j++)
			if (j + 2 < n && (unsigned char)s[j] == 0xE0 &&
			    (unsigned char)s[j + 1] == 0xB9 &&
			    (unsigned char)s[j + 2] >= 0x90 &&
			    (unsigned char)s[j + 2] <= 0x99) {
				want[k++] = (char)('0' + s[j + 2] - (char)0x90);
				j += 2;
			} else
				want[k++] = s[j];
		ita_buf_clear(&o);
		assert_int_equal(ita_thai_digits_to_ascii(s, n, &o), 0);
		assert_int_equal(o.len, k);
		assert_memory_equal(o.p, want, k);
	}
	ita_buf_free(&o);
}

static void
test_rule_names(void **state)
{
	int i;

	(void)state;
	for (i = 0; i < ITA_NORM_NRULES; i++)
		assert_non_null(ita_norm_rule_name(i));
	assert_null(ita_norm_rule_name(ITA_NORM_NRULES));
	assert_null(ita_norm_rule_name(-1));
	assert_string_equal(ita_norm_rule_name(ITA_NORM_THAI_DIGIT),
	    "thai-digit");
}

/* ---- property test on a generated corpus ---- */

static uint32_t
rnd(uint32_t *s)
{
	*s ^= *s << 13;
	*s ^= *s >> 17;
	*s ^= *s << 5;
	return *s;
}

/* Pieces chosen to hit every rule and their interactions. */
static const char *const pieces[] = {
	"ก", "ข", "น", "ม", "ร", "ฤ", "เ", "แ", "า", "ำ", "ะ", "ๅ", "ิ", "ี",
	"ุ", "ู", "่", "้", "๊", "๋", "์", "ํ", "ั", "็", "ๆ", "ฯ", "๑", "๐",
	"๙", " ", " ", "  ", "\n", "\t", "\xc2\xa0", "\xe2\x80\x8b", "<p>",
	"</p>", "<br>", "<ul>", "<u>", "&amp;", "&lt;", "&gt;", "&#3585;",
	"&nbsp;", "**", "\\*", "# ", "%", "1", "0", "a", "Z", "<", ">", "&",
	"\xcc\x8a", "\xcc\x81", "e", "\xe0\xa5\x81", "\xe0\xa4\xb0", "\r",
	"<input type=\"checkbox\"/>", "<input checked type=\"checkbox\"/>",
	"ยังไม่", "ดำเนินการ", "<https://a.b>", "ＡＢ", "\xef\xbb\xbf",
	"กา", "ที่", "น้ำ", "ผู้", "การประเมิน", "-", "\xd0\xbe",
	"<p", "<b", "p>", "\b", "&amp", "lt;", ";", "<!--", "-->", "#",
	"&#60;", "&#x๓c;", "\xcd\xbe", "๑", "๒๕", " %", "x", "ก๑ข",
};

static size_t
gen(uint32_t *seed, char *buf, size_t max)
{
	size_t n = 0, k, l;
	const char *p;

	k = rnd(seed) % 24;
	while (k-- > 0) {
		p = pieces[rnd(seed) % (sizeof(pieces) / sizeof(pieces[0]))];
		l = strlen(p);
		if (n + l >= max)
			break;
		memcpy(buf + n, p, l);
		n += l;
	}
	buf[n] = '\0';
	return n;
}

static int
is_nfc(const char *s, size_t n)
{
	utf8proc_uint8_t *m = NULL;
	utf8proc_ssize_t r;
	int ok;

	r = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &m,
	    UTF8PROC_STABLE | UTF8PROC_COMPOSE);
	ok = r >= 0 && (size_t)r == n && memcmp(m, s, n) == 0;
	free(m);
	return ok;
}

static void
test_idempotent_nfc(void **state)
{
	struct ita_buf a = ITA_BUF_INIT, b = ITA_BUF_INIT;
	struct ita_norm_info ia, ib;
	uint32_t seed = 0x1badcafe;
	char buf[512];
	size_t n;
	int i;

	(void)state;
	for (i = 0; i < 200000; i++) {
		n = gen(&seed, buf, sizeof(buf));
		assert_int_equal(ita_norm_cell(buf, n, &a, &ia, NULL), 0);
		assert_int_equal(ita_norm_cell(a.p, a.len, &b, &ib, NULL), 0);
		if (!(a.len == b.len && memcmp(a.p, b.p, a.len) == 0))
			fail_msg("not idempotent: [%s] -> [%s] -> [%s]", buf,
			    a.p, b.p);
		/* the fast paths count foreign letters as the passes do */
		if (ia.foreign_letters != ib.foreign_letters)
			fail_msg("foreign letters %d then %d: [%s]",
			    ia.foreign_letters, ib.foreign_letters, buf);
		if (!is_nfc(a.p, a.len))
			fail_msg("not NFC: [%s] -> [%s]", buf, a.p);
		/* the quick check never lies */
		if (ita_norm_is_canonical(buf, n) &&
		    !(a.len == n && memcmp(a.p, buf, n) == 0))
			fail_msg("canonical but changed: [%s]", buf);
	}
	ita_buf_free(&a);
	ita_buf_free(&b);
}

/* Inputs that once normalized to one text and then to another. */
static void
test_idempotent_cases(void **state)
{
	static const char *const cases[] = {
		"<u<p<n<p<<\bl>h>>>>>",		/* issue 13, item 6 */
		"<p<p<p<p<p<p<p<p<p<p>>>>>>>>>>x",
		"&amp;amp;amp;amp;amp;amp;amp;amp;amp;lt;p&gt;x",
		"<\bp<\bp<\bp>>>x", "&#x๓c;p>x", "<p\xcd\xbe>x",
		"**<b>**</b>x", "#<b></b> x", "<b<https://a.b>>",
	};
	struct ita_buf a = ITA_BUF_INIT, b = ITA_BUF_INIT;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		assert_int_equal(ita_norm_cell(cases[i], strlen(cases[i]), &a,
		    NULL, NULL), 0);
		assert_int_equal(ita_norm_cell(a.p, a.len, &b, NULL, NULL), 0);
		if (!(a.len == b.len && memcmp(a.p, b.p, a.len) == 0))
			fail_msg("not idempotent: [%s] -> [%s] -> [%s]",
			    cases[i], a.p, b.p);
	}
	ita_buf_free(&a);
	ita_buf_free(&b);
}

/* ---- the seeds in ../shared/seeds ---- */

static int
has_thai_digit(const char *s)
{
	return strstr(s, "\xe0\xb9\x90") || strstr(s, "\xe0\xb9\x91") ||
	    strstr(s, "\xe0\xb9\x92") || strstr(s, "\xe0\xb9\x93") ||
	    strstr(s, "\xe0\xb9\x94") || strstr(s, "\xe0\xb9\x95") ||
	    strstr(s, "\xe0\xb9\x96") || strstr(s, "\xe0\xb9\x97") ||
	    strstr(s, "\xe0\xb9\x98") || strstr(s, "\xe0\xb9\x99");
}

static void
check_seed_cell(const char *cell, size_t n, struct ita_buf *o)
{
	assert_int_equal(ita_norm_cell(cell, n, o, NULL, NULL), 0);
	if (has_thai_digit(ita_buf_str(o)) || strstr(ita_buf_str(o), "<p") ||
	    strstr(ita_buf_str(o), "<input") || strstr(ita_buf_str(o), "</") ||
	    strstr(ita_buf_str(o), "<ul") || strstr(ita_buf_str(o), "**") ||
	    strstr(ita_buf_str(o), "\\*") || strstr(ita_buf_str(o), "<u>"))
		fail_msg("debris left: [%s]", ita_buf_str(o));
}

static void
test_seeds(void **state)
{
	struct ita_buf o = ITA_BUF_INIT;
	struct dirent *de;
	char path[1024], *line = NULL, *c, *t;
	size_t cap = 0, files = 0;
	ssize_t n;
	DIR *d;
	FILE *f;

	(void)state;
	if ((d = opendir("../shared/seeds")) == NULL)
		skip();
	while ((de = readdir(d)) != NULL) {
		if (strstr(de->d_name, ".txt") == NULL)
			continue;
		snprintf(path, sizeof(path), "../shared/seeds/%s", de->d_name);
		assert_non_null(f = fopen(path, "r"));
		files++;
		while ((n = getline(&line, &cap, f)) > 0) {
			for (c = line; c != NULL; c = t) {
				if ((t = strchr(c, '\t')) != NULL)
					*t++ = '\0';
				c[strcspn(c, "\n")] = '\0';
				check_seed_cell(c, strlen(c), &o);
			}
		}
		fclose(f);
	}
	closedir(d);
	free(line);
	ita_buf_free(&o);
	assert_true(files >= 3);
}

/*
 * The quick check never calls text canonical that the normalizer would
 * change: every pair of Thai code points (and a space) after a Thai
 * letter, a run long enough for the quick check's run of Thai, with a
 * Thai letter or a space after; and the repairs of a run are seen.
 */
static void
test_quick_check_thai(void **state)
{
	struct ita_buf out = ITA_BUF_INIT;
	char s[32];
	uint32_t a, b;
	int k, n, e;

	(void)state;
	for (a = 0x0DFF; a <= 0x0E5B; a++)
		for (b = 0x0DFF; b <= 0x0E5B; b++)
			for (e = 0; e < 2; e++) {
				n = utf8proc_encode_char(0x0E01,
				    (utf8proc_uint8_t *)s);
				n += utf8proc_encode_char(0x0E01,
				    (utf8proc_uint8_t *)s + n);
				k = utf8proc_encode_char(a == 0x0DFF ? ' ' :
				    (utf8proc_int32_t)a, (utf8proc_uint8_t *)s + n);
				n += k;
				k = utf8proc_encode_char(b == 0x0DFF ? ' ' :
				    (utf8proc_int32_t)b, (utf8proc_uint8_t *)s + n);
				n += k;
				n += utf8proc_encode_char(e ? ' ' : 0x0E01,
				    (utf8proc_uint8_t *)s + n);
				if (!ita_norm_is_canonical(s, (size_t)n))
					continue;
				assert_int_equal(ita_norm_cell(s, (size_t)n,
				    &out, NULL, NULL), 0);
				if (out.len != (size_t)n ||
				    memcmp(out.p, s, (size_t)n) != 0)
					fail_msg("U+%04X U+%04X: called canonical",
					    (unsigned)a, (unsigned)b);
			}
	assert_false(ita_norm_is_canonical("กกิิก", strlen("กกิิก")));
	assert_false(ita_norm_is_canonical("กก่ิก", strlen("กก่ิก")));
	assert_false(ita_norm_is_canonical("กกเเก", strlen("กกเเก")));
	assert_false(ita_norm_is_canonical("กก ่ก", strlen("กก ่ก")));
	assert_false(ita_norm_is_canonical("กกๅก", strlen("กกๅก")));
	assert_true(ita_norm_is_canonical("ฤๅษี", strlen("ฤๅษี")));
	assert_true(ita_norm_is_canonical("กกก่าน้ำ", strlen("กกก่าน้ำ")));
	ita_buf_free(&out);
}

/*
 * Text the normalizer leaves as it is holds no C0 control but tab, line
 * feed and carriage return, and no DEL (ita-import counts the ones it
 * deletes only in text it changed): random texts of controls, markup,
 * checkboxes, entities and Thai.
 */
static void
test_unchanged_no_controls(void **state)
{
	static const char *const piece[] = { "\x01", "\x1b", "\x1f", "\x7f",
	    "\t", "\r", "\n", "<", ">", "<p>", "<input type=\"checkbox\"/>",
	    "<input checked=\"\" type=\"checkbox\"/>", "\"", "=", " ", "ก",
	    "่", "a", "&", "&#1;", "&#27;", ";", "*", "#", "<!--", "-->",
	    "<br\x1b>", "\xe2\x80\x8b", "\xc2\x85" };
	const size_t np = sizeof(piece) / sizeof(piece[0]);
	struct ita_buf t = ITA_BUF_INIT, out = ITA_BUF_INIT;
	unsigned seed = 9;
	size_t i, j, k, m;
	unsigned char c;

	(void)state;
	for (i = 0; i < 100000; i++) {
		ita_buf_clear(&t);
		m = ((seed = seed * 1103515245 + 12345) >> 16) % 12;
		for (k = 0; k < m; k++) {
			seed = seed * 1103515245 + 12345;
			assert_int_equal(ita_buf_adds(&t,
			    piece[(seed >> 16) % np]), 0);
		}
		if (ita_norm_cell(t.p ? t.p : "", t.len, &out, NULL,
		    NULL) != 0 || out.len != t.len ||
		    memcmp(out.p, t.p ? t.p : "", t.len) != 0)
			continue;
		for (j = 0; j < t.len; j++) {
			c = (unsigned char)t.p[j];
			if ((c < 0x20 && c != '\t' && c != '\n' &&
			    c != '\r') || c == 0x7f)
				fail_msg("kept a control: %s", t.p);
		}
	}
	ita_buf_free(&t);
	ita_buf_free(&out);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_rules),
		cmocka_unit_test(test_canon_runs),
		cmocka_unit_test(test_checkbox),
		cmocka_unit_test(test_foreign),
		cmocka_unit_test(test_errors),
		cmocka_unit_test(test_key),
		cmocka_unit_test(test_digits),
		cmocka_unit_test(test_digits_bytes),
		cmocka_unit_test(test_rule_names),
		cmocka_unit_test(test_idempotent_nfc),
		cmocka_unit_test(test_idempotent_cases),
		cmocka_unit_test(test_seeds),
		cmocka_unit_test(test_quick_check_thai),
		cmocka_unit_test(test_unchanged_no_controls),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

/*
 * Unit tests of width: display width, cutting, padding, Thai wrap.
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

#include "buf.h"
#include "width.h"

#define W(s)	ita_width((s), strlen(s))

static void
test_width(void **state)
{
	(void)state;
	assert_int_equal(W(""), 0);
	assert_int_equal(W("abc"), 3);
	assert_int_equal(W("ก่า"), 2);
	assert_int_equal(W("น้ำ"), 2);
	assert_int_equal(W("ผู้"), 1);
	assert_int_equal(W("ＡＢＣ"), 6);		/* full-width Latin */
	assert_int_equal(W("ภาษาไทย"), 7);
	assert_int_equal(W("ที่"), 1);
	assert_int_equal(W("\xff"), 1);		/* invalid byte: 1 column */
	assert_int_equal(ita_width("ab", 1), 1);
}

/* The fast paths of ASCII and the Thai block agree with utf8proc. */
static void
test_width_table(void **state)
{
	utf8proc_uint8_t u[4];
	utf8proc_ssize_t n;
	int32_t c;
	int w;

	(void)state;
	for (c = 1; c < 0x0E80; c = c == 0x7F ? 0x0E00 : c + 1) {
		n = utf8proc_encode_char(c, u);
		w = utf8proc_charwidth(c);
		assert_int_equal(ita_width((const char *)u, (size_t)n),
		    w < 0 ? 0 : w);
	}
}

/*
 * The grapheme boundaries of ASCII and Thai without utf8proc's tables:
 * the same answer and state as utf8proc for every pair, from every
 * state the fast path takes.
 */
static void
test_grapheme_break(void **state)
{
	static const int32_t starts[] = {
		UTF8PROC_BOUNDCLASS_START, UTF8PROC_BOUNDCLASS_OTHER,
		UTF8PROC_BOUNDCLASS_EXTEND, UTF8PROC_BOUNDCLASS_SPACINGMARK,
		UTF8PROC_BOUNDCLASS_REGIONAL_INDICATOR,
		UTF8PROC_BOUNDCLASS_EXTENDED_PICTOGRAPHIC
	};
	int32_t a, b, s1, s2;
	size_t k;
	int r1, r2;

	(void)state;
	for (a = 0x0A; a < 0x0E80; a = a == 0x7F ? 0x0E00 : a + 1)
		for (b = 0x0A; b < 0x0E80; b = b == 0x7F ? 0x0E00 : b + 1)
			for (k = 0; k < sizeof(starts) / sizeof(starts[0]);
			    k++) {
				s1 = s2 = starts[k];
				r1 = ita_grapheme_break(a, b, &s1);
				r2 = utf8proc_grapheme_break_stateful(a, b,
				    &s2);
				if (r1 != r2 || s1 != s2)
					fail_msg("U+%04X U+%04X from %d: "
					    "%d %d, state %d %d", (unsigned)a,
					    (unsigned)b, (int)starts[k], r1,
					    r2, (int)s1, (int)s2);
			}
}

static void
test_cut(void **state)
{
	const char *s = "น้ำผู้ก่า";
	char *e = "e\xcc\x81x";		/* e + combining acute: one cluster */

	(void)state;
	/* น้ำ is one cluster (SARA AM extends it) of 2 columns */
	assert_int_equal(ita_cut_width(s, strlen(s), 0), 0);
	assert_int_equal(ita_cut_width(s, strlen(s), 1), 0);	/* no น้ alone */
	assert_int_equal(ita_cut_width(s, strlen(s), 2), 9);	/* น้ำ */
	assert_int_equal(ita_cut_width(s, strlen(s), 3), 18);	/* +ผู้ */
	assert_int_equal(ita_cut_width(s, strlen(s), 4), 24);	/* +ก่ */
	assert_int_equal(ita_cut_width(s, strlen(s), 5), strlen(s));
	assert_int_equal(ita_cut_width(s, strlen(s), 99), strlen(s));
	assert_int_equal(ita_cut_width(e, strlen(e), 1), 3);
	assert_int_equal(ita_cut_width("ＡＢ", 6, 3), 3);
}

static void
test_pad(void **state)
{
	struct ita_buf o = ITA_BUF_INIT;

	(void)state;
	assert_int_equal(ita_pad(&o, "ก่า", strlen("ก่า"), 4, 0), 0);
	assert_string_equal(ita_buf_str(&o), "ก่า  ");
	ita_buf_clear(&o);
	assert_int_equal(ita_pad(&o, "ผู้", strlen("ผู้"), 3, 1), 0);
	assert_string_equal(ita_buf_str(&o), "  ผู้");
	ita_buf_clear(&o);
	assert_int_equal(ita_pad(&o, "ＡＢ", 6, 3, 0), 0);
	assert_string_equal(ita_buf_str(&o), "Ａ ");
	ita_buf_free(&o);
}

/* Wraps and checks the invariants; returns the lines joined by '|'. */
static void
wrap(struct ita_wrap *w, const char *s, int width, struct ita_buf *out)
{
	const struct ita_line *l;
	size_t n, i;

	ita_buf_clear(out);
	assert_int_equal(ita_wrap_lines(w, s, strlen(s), width, &l, &n), 0);
	for (i = 0; i < n; i++) {
		assert_true(l[i].off + l[i].len <= strlen(s));
		if (ita_width(s + l[i].off, l[i].len) > width && width > 1)
			fail_msg("line %zu too wide: [%.*s]", i,
			    (int)l[i].len, s + l[i].off);
		if (i > 0 && l[i].len > 0 && width > 3 && (strncmp(s + l[i].off, "ๆ", 3) ==
		    0 || strchr(")],.;:", s[l[i].off]) != NULL))
			fail_msg("line %zu starts badly: [%.*s]", i,
			    (int)l[i].len, s + l[i].off);
		if (i > 0)
			assert_int_equal(ita_buf_addc(out, '|'), 0);
		assert_int_equal(ita_buf_add(out, s + l[i].off, l[i].len), 0);
	}
}

static void
test_wrap(void **state)
{
	struct ita_wrap *w;
	struct ita_buf o = ITA_BUF_INIT;

	(void)state;
	assert_non_null(w = ita_wrap_new());
	wrap(w, "hello world foo", 11, &o);
	assert_string_equal(ita_buf_str(&o), "hello world|foo");
	wrap(w, "การประเมินคุณธรรม", 12, &o);
	assert_string_equal(ita_buf_str(&o), "การประเมิน|คุณธรรม");
	/* ๆ never starts a line, with or without a space before it */
	wrap(w, "ข้อมูลต่าง ๆ", 7, &o);
	assert_string_equal(ita_buf_str(&o), "ข้อมูล|ต่าง ๆ");
	wrap(w, "ข่าวสารต่างๆ", 7, &o);
	assert_string_equal(ita_buf_str(&o), "ข่าวสาร|ต่างๆ");
	/* a closing mark stays with its word */
	wrap(w, "abc def)", 7, &o);
	assert_string_equal(ita_buf_str(&o), "abc|def)");
	/* a word longer than the line: grapheme boundaries */
	wrap(w, "กกกกกกกกกก", 4, &o);
	assert_string_equal(ita_buf_str(&o), "กกกก|กกกก|กก");
	wrap(w, "น้ำน้ำน้ำ", 3, &o);
	assert_string_equal(ita_buf_str(&o), "น้ำ|น้ำ|น้ำ");
	/* explicit line breaks, empty lines kept */
	wrap(w, "ก\n\nข", 10, &o);
	assert_string_equal(ita_buf_str(&o), "ก||ข");
	/* narrower than one grapheme: one grapheme per line */
	wrap(w, "ＡＢ", 1, &o);
	assert_string_equal(ita_buf_str(&o), "Ａ|Ｂ");
	wrap(w, "", 5, &o);
	assert_string_equal(ita_buf_str(&o), "");
	/*
	 * The breaker runs only on the words where a line ends, each from
	 * the space before it: the same breaks as over the whole line.
	 */
	wrap(w, "ข้อมูลข่าวสาร การประเมินคุณธรรมและความโปร่งใส ก.พ.ร. "
	    "ของหน่วยงาน", 20, &o);
	assert_string_equal(ita_buf_str(&o),
	    "ข้อมูลข่าวสาร การประเมิน|คุณธรรมและความโปร่งใส|ก.พ.ร. ของหน่วยงาน");
	wrap(w, "ข้อมูลข่าวสาร การประเมินคุณธรรมและความโปร่งใส ก.พ.ร. "
	    "ของหน่วยงาน", 30, &o);
	assert_string_equal(ita_buf_str(&o),
	    "ข้อมูลข่าวสาร การประเมินคุณธรรมและ|ความโปร่งใส ก.พ.ร. ของหน่วยงาน");
	wrap(w, "ผู้บริหาร ค.ศ. 2025 (ITA) การเปิดเผยข้อมูล", 30, &o);
	assert_string_equal(ita_buf_str(&o),
	    "ผู้บริหาร ค.ศ. 2025 (ITA) การ|เปิดเผยข้อมูล");
	ita_wrap_free(w);
	ita_buf_free(&o);
}

/* Many widths over a long mixed text: only the invariants. */
static void
test_wrap_invariants(void **state)
{
	static const char text[] =
	    "ตามที่ได้ดำเนินการวิเคราะห์ผลคะแนนการประเมินคุณธรรมและความ"
	    "โปร่งใส (Integrity and Transparency Assessment: ITA) ประจำปี "
	    "2568 เพื่อยกระดับค่าคะแนนฯ ต่าง ๆ ได้แก่ น้ำประปา, ผู้ใช้บริการ;"
	    "\nเผยแพร่ข้อมูลผ่านเว็บไซต์ E-Service ＦＵＬＬ ๆ 100%";
	struct ita_wrap *w;
	struct ita_buf o = ITA_BUF_INIT;
	int width;

	(void)state;
	assert_non_null(w = ita_wrap_new());
	for (width = 2; width < 80; width++)
		wrap(w, text, width, &o);
	ita_wrap_free(w);
	ita_buf_free(&o);
}

/*
 * Grapheme cluster starts and widths as utf8proc gives them, the way
 * ita_wrap_lines decodes (a line feed, and what follows it, start a
 * cluster without asking): start[i] for the byte offset i.
 */
static void
clusters(const char *s, size_t len, unsigned char *start, int *cw)
{
	utf8proc_int32_t c, prev = 0, st = 0;
	utf8proc_ssize_t k;
	size_t i, last = 0, n = 0;

	memset(start, 0, len + 1);
	start[len] = 1;
	for (i = 0; i < len; i += (size_t)k, n++) {
		k = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
		    (utf8proc_ssize_t)(len - i), &c);
		if (k <= 0 || c < 0) {
			k = 1;
			c = 0xFFFD;
		}
		cw[i] = 0;
		if (n == 0 || c == '\n' || prev == '\n' ||
		    utf8proc_grapheme_break_stateful(prev, c, &st)) {
			start[i] = 1;
			last = i;
		}
		cw[last] += utf8proc_charwidth(c) < 0 ? 0 :
		    utf8proc_charwidth(c);
		prev = c;
	}
}

/*
 * Random texts of ASCII, Thai (marks, SARA AM, ๆ), line feeds, other
 * scripts' marks, Hangul, emoji and bad bytes, at widths 1 to 12: every
 * line starts and ends between clusters, and is no wider than the line
 * unless it is one cluster.
 */
static void
test_wrap_clusters(void **state)
{
	static const char *const piece[] = { "a", "Z", "1", " ", "  ", "\n",
	    ",", "(", "ก", "น", "เ", "่", "้", "ิ", "ุ", "ั", "ำ", "า", "ๆ",
	    "ฯ", "๑", "ผู้", "น้ำ", "การ", "e\xcc\x81", "\xcc\x81",
	    "\xe1\x84\x80", "\xea\xb0\x80", "\xf0\x9f\x98\x80",
	    "\xe2\x80\x8d", "\xd8\x80", "\xef\xbc\xa1", "\xff", "\t",
	    "\r", "\xe0\xb8", "\xe0\xb9\xbf" };
	const size_t np = sizeof(piece) / sizeof(piece[0]);
	struct ita_wrap *w;
	struct ita_buf t = ITA_BUF_INIT;
	const struct ita_line *ln;
	unsigned char start[256];
	int cw[256], width, lw;
	unsigned seed = 3;
	size_t nl, i, j, k, m;

	(void)state;
	assert_non_null(w = ita_wrap_new());
	for (i = 0; i < 4000; i++) {
		ita_buf_clear(&t);
		m = 1 + ((seed = seed * 1103515245 + 12345) >> 16) % 24;
		for (k = 0; k < m; k++) {
			seed = seed * 1103515245 + 12345;
			assert_int_equal(ita_buf_adds(&t,
			    piece[(seed >> 16) % np]), 0);
		}
		assert_true(t.len < sizeof(start));
		clusters(t.p, t.len, start, cw);
		for (width = 1; width <= 12; width++) {
			assert_int_equal(ita_wrap_lines(w, t.p, t.len, width,
			    &ln, &nl), 0);
			for (j = 0; j < nl; j++) {
				if (!start[ln[j].off] ||
				    !start[ln[j].off + ln[j].len])
					fail_msg("text %zu width %d line %zu: "
					    "not at a cluster", i, width, j);
				for (k = ln[j].off, lw = 0, m = 0;
				    k < ln[j].off + ln[j].len; k++)
					if (start[k]) {
						lw += cw[k];
						m++;
					}
				if (lw > width && m > 1)
					fail_msg("text %zu width %d line %zu: "
					    "%d columns", i, width, j, lw);
			}
		}
	}
	ita_wrap_free(w);
	ita_buf_free(&t);
}

/*
 * ita_width and ita_width_max over random texts of Thai (marks, SARA
 * AM), ASCII, other scripts and bad bytes, long enough for the pairs of
 * Thai code points they take at once: the sum of utf8proc_charwidth.
 */
static void
test_width_random(void **state)
{
	static const char *const piece[] = { "ก", "น", "่", "้", "ิ", "ำ",
	    "า", "ๆ", "๑", "a", " ", "e\xcc\x81", "\xe1\x84\x80",
	    "\xef\xbc\xa1", "\xff", "\xe0\xb8", "\xe0\xb9\xbf", "\t" };
	const size_t np = sizeof(piece) / sizeof(piece[0]);
	struct ita_buf t = ITA_BUF_INIT;
	utf8proc_int32_t c;
	utf8proc_ssize_t k;
	unsigned seed = 21;
	size_t i, j, m;
	int want, max;

	(void)state;
	for (i = 0; i < 20000; i++) {
		ita_buf_clear(&t);
		m = ((seed = seed * 1103515245 + 12345) >> 16) % 30;
		for (j = 0; j < m; j++) {
			seed = seed * 1103515245 + 12345;
			assert_int_equal(ita_buf_adds(&t,
			    piece[(seed >> 16) % np]), 0);
		}
		for (j = 0, want = 0; j < t.len; j += (size_t)k) {
			k = utf8proc_iterate((const utf8proc_uint8_t *)t.p +
			    j, (utf8proc_ssize_t)(t.len - j), &c);
			if (k <= 0 || c < 0) {
				k = 1;
				c = 0xFFFD;
			}
			want += utf8proc_charwidth(c) < 0 ? 0 :
			    utf8proc_charwidth(c);
		}
		assert_int_equal(ita_width(t.p ? t.p : "", t.len), want);
		for (max = 0; max < 12; max++)
			assert_int_equal(ita_width_max(t.p ? t.p : "", t.len,
			    max), want > max ? max + 1 : want);
	}
	ita_buf_free(&t);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_width),
		cmocka_unit_test(test_width_table),
		cmocka_unit_test(test_grapheme_break),
		cmocka_unit_test(test_cut),
		cmocka_unit_test(test_pad),
		cmocka_unit_test(test_wrap),
		cmocka_unit_test(test_wrap_invariants),
		cmocka_unit_test(test_wrap_clusters),
		cmocka_unit_test(test_width_random),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

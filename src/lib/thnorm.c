/*
 * Cell text normalization (issue 3, part 1).
 *
 * One pass runs three layers:
 *   1. markup debris, on bytes: checkboxes, tags, entities, Markdown;
 *   2. Unicode, while decoding to code points: default-ignorables out,
 *      odd spaces folded, NFC (utf8proc, STABLE|COMPOSE; never NFKC, which
 *      splits SARA AM into NIKHAHIT + SARA AA);
 *   3. Thai repairs on the code points.  The Thai rules follow PyThaiNLP's
 *      normalize() (pythainlp/util/normalize.py: remove_zw,
 *      remove_dup_spaces, remove_repeat_vowels, remove_dangling, and the
 *      reorder table), plus repairs for what PDF and Word exports break.
 *
 * A rule may expose work for another (an entity decoding to '<', a
 * removed zero-width space joining "&am" and "p;"), so ita_norm_cell
 * repeats the pass until the text is stable: that makes it idempotent.
 * Already canonical text (most Thai cells) is recognised by a quick check
 * and copied, which is what makes this faster than NFC on every field.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "buf.h"
#include "thnorm.h"
#include "utf8.h"

#define MAX_PASSES	6

/* Thai block classes, indexed by cp - 0x0E00. */
enum {
	TC_NONE = 0,
	TC_CONS,	/* ก-ฮ */
	TC_FOLLOW,	/* ะ า ำ ๅ */
	TC_ABOVE,	/* ั ิ ี ึ ื ็ */
	TC_BELOW,	/* ุ ู ฺ */
	TC_LEAD,	/* เ แ โ ใ ไ */
	TC_TONE,	/* ่ ้ ๊ ๋ */
	TC_SIGN,	/* ์ ํ ๎ */
	TC_DIGIT,	/* ๐-๙ */
	TC_OTHER	/* ฯ ๆ ฿ ๏ ๚ ๛ */
};

#define TH_SARA_AA	0x0E32
#define TH_SARA_AM	0x0E33
#define TH_LAKKHANGYAO	0x0E45
#define TH_SARA_E	0x0E40
#define TH_SARA_AE	0x0E41
#define TH_THANTHAKHAT	0x0E4C
#define TH_NIKHAHIT	0x0E4D
#define TH_RU		0x0E24
#define TH_LU		0x0E26

/* A pass's state that outlives the pass: the checked box's label. */
struct cbox {
	int	 seen;		/* any checkbox */
	int	 have;		/* a checked one */
	char	 label[256];
	size_t	 labellen;
};

/* Growable code point array. */
struct cpv {
	uint32_t *p;
	size_t	 n, cap;
};

static const char *const rule_names[ITA_NORM_NRULES] = {
	"checkbox", "block-tag", "tag", "entity", "markdown", "ignorable",
	"odd-space", "control", "nfc", "thai-digit", "lookalike",
	"foreign-letter", "mark-space", "sara-am", "dangling", "sara-ae",
	"tone-order", "follow-order", "lakkhangyao", "repeat", "percent",
	"space", "blank-line"
};

const char *
ita_norm_rule_name(int rule)
{
	if (rule < 0 || rule >= ITA_NORM_NRULES)
		return NULL;
	return rule_names[rule];
}

static void
count(struct ita_norm_stats *st, int rule, unsigned long n)
{
	if (st != NULL)
		st->count[rule] += n;
}

/* The class of each code point of the Thai block. */
#define N TC_NONE
#define C TC_CONS
#define F TC_FOLLOW
#define A TC_ABOVE
#define B TC_BELOW
#define L TC_LEAD
#define T TC_TONE
#define S TC_SIGN
#define D TC_DIGIT
#define O TC_OTHER
static const unsigned char thai_class[128] = {
	N, C, C, C, C, C, C, C,	/* 0E00 */
	C, C, C, C, C, C, C, C,	/* 0E08 */
	C, C, C, C, C, C, C, C,	/* 0E10 */
	C, C, C, C, C, C, C, C,	/* 0E18 */
	C, C, C, C, C, C, C, C,	/* 0E20 */
	C, C, C, C, C, C, C, O,	/* 0E28 */
	F, A, F, F, A, A, A, A,	/* 0E30 */
	B, B, B, N, N, N, N, O,	/* 0E38 */
	L, L, L, L, L, F, O, A,	/* 0E40 */
	T, T, T, T, S, S, S, O,	/* 0E48 */
	D, D, D, D, D, D, D, D,	/* 0E50 */
	D, D, O, O, N, N, N, N,	/* 0E58 */
	N, N, N, N, N, N, N, N,	/* 0E60 */
	N, N, N, N, N, N, N, N,	/* 0E68 */
	N, N, N, N, N, N, N, N,	/* 0E70 */
	N, N, N, N, N, N, N, N,	/* 0E78 */
};
#undef N
#undef C
#undef F
#undef A
#undef B
#undef L
#undef T
#undef S
#undef D
#undef O

static int
thcls(uint32_t c)
{
	return c - 0x0E00 < 128 ? thai_class[c - 0x0E00] : TC_NONE;
}

/* Combining Thai marks: what PyThaiNLP calls dangling when alone. */
static int
is_mark(uint32_t c)
{
	int k = thcls(c);

	return k == TC_ABOVE || k == TC_BELOW || k == TC_TONE || k == TC_SIGN;
}

/* A Thai letter or mark: "inside a Thai word". */
static int
is_thai_letter(uint32_t c)
{
	return c >= 0x0E01 && c <= 0x0E4E;
}

static int
is_ignorable(uint32_t c)
{
	return c == 0x00AD || (c >= 0x200B && c <= 0x200D) ||
	    (c >= 0x2060 && c <= 0x2064) || c == 0xFEFF;
}

static int
is_odd_space(uint32_t c)
{
	return c == 0x00A0 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F ||
	    c == 0x205F || c == 0x3000 || c == '\t';
}

/*
 * Could utf8proc's NFC change this non-ASCII, non-Thai code point, alone
 * or with a neighbour?  Conservative: marks, anything with a canonical
 * decomposition or taking part in a composition, Hangul jamo.
 */
static int
nfc_risky(uint32_t c)
{
	const utf8proc_property_t *p;

	if (c >= 0x1100 && c <= 0x11FF)
		return 1;
	p = utf8proc_get_property((utf8proc_int32_t)c);
	if (p->combining_class != 0 || p->comb_index != UINT16_MAX)
		return 1;
	if (p->decomp_seqindex != UINT16_MAX && p->decomp_type == 0)
		return 1;
	return p->category == UTF8PROC_CATEGORY_MN ||
	    p->category == UTF8PROC_CATEGORY_MC ||
	    p->category == UTF8PROC_CATEGORY_ME;
}

static int
is_letter_or_mark(uint32_t c)
{
	utf8proc_category_t k;

	k = utf8proc_category((utf8proc_int32_t)c);
	return (k >= UTF8PROC_CATEGORY_LU && k <= UTF8PROC_CATEGORY_ME);
}

static int
is_combining(uint32_t c)
{
	utf8proc_category_t k;

	k = utf8proc_category((utf8proc_int32_t)c);
	return k >= UTF8PROC_CATEGORY_MN && k <= UTF8PROC_CATEGORY_ME;
}

/* Decodes one code point; returns its length, or -1 on invalid UTF-8. */
static int
dec(const char *s, size_t n, uint32_t *cp)
{
	const unsigned char *u = (const unsigned char *)s;
	utf8proc_int32_t c;
	utf8proc_ssize_t k;

	if (u[0] < 0x80) {
		*cp = u[0];
		return 1;
	}
	/* Thai, the common case: E0 B8 80..E0 B9 BF. */
	if (n >= 3 && u[0] == 0xE0 && (u[1] == 0xB8 || u[1] == 0xB9) &&
	    (u[2] & 0xC0) == 0x80) {
		*cp = 0x0E00 | ((uint32_t)(u[1] & 0x01) << 6) | (u[2] & 0x3F);
		return 3;
	}
	k = utf8proc_iterate(u, (utf8proc_ssize_t)n, &c);
	if (k <= 0 || c < 0)
		return -1;
	*cp = (uint32_t)c;
	return (int)k;
}

static int
enc(uint32_t c, char *o)
{
	return (int)utf8proc_encode_char((utf8proc_int32_t)c,
	    (utf8proc_uint8_t *)o);
}

static int
cpv_reserve(struct cpv *v, size_t need)
{
	uint32_t *p;
	size_t cap;

	if (need <= v->cap)
		return 0;
	if ((cap = ita_grow_cap(v->cap, need, 64, sizeof(*p))) == 0)
		return -1;
	if ((p = realloc(v->p, cap * sizeof(*p))) == NULL)
		return -1;
	v->p = p;
	v->cap = cap;
	return 0;
}

/*
 * Appends the n code points at p as UTF-8: ASCII and the Thai block
 * written in place (the most of a text), the rest by utf8proc.
 */
static int
encode_cps(const uint32_t *p, size_t n, struct ita_buf *out)
{
	unsigned char *o;
	uint32_t c;
	size_t i;

	if (n > SIZE_MAX / 4) {
		errno = ENOMEM;
		return -1;
	}
	if (ita_buf_reserve(out, n * 4) == -1)
		return -1;
	o = (unsigned char *)out->p + out->len;
	for (i = 0; i < n; i++) {
		c = p[i];
		if (c < 0x80)
			*o++ = (unsigned char)c;
		else if (c - 0x0E00 < 0x80) {
			o[0] = 0xE0;
			o[1] = (unsigned char)(0xB8 | ((c >> 6) & 1));
			o[2] = (unsigned char)(0x80 | (c & 0x3F));
			o += 3;
		} else
			o += enc(c, (char *)o);
	}
	out->len = (size_t)((char *)o - out->p);
	out->p[out->len] = '\0';
	return 0;
}

static int
cpv_encode(const struct cpv *v, struct ita_buf *out)
{
	return encode_cps(v->p, v->n, out);
}

/* ---- foreign letters (reported, never changed) ---- */

static int
count_foreign(const char *s, size_t n)
{
	uint32_t prev = 0, c, next;
	size_t i = 0;
	int k, nf = 0;

	while (i < n) {
		if ((k = dec(s + i, n - i, &c)) < 0)
			return nf;
		if (!is_thai_letter(c) && is_thai_letter(prev) &&
		    (c >= 0x80 || (c | 0x20) - 'a' < 26) &&
		    is_letter_or_mark(c)) {
			next = 0;
			if (i + (size_t)k < n &&
			    dec(s + i + k, n - i - k, &next) < 0)
				next = 0;
			if (is_thai_letter(next) || is_combining(c))
				nf++;
		}
		prev = c;
		i += (size_t)k;
	}
	return nf;
}

/* ---- the quick check ---- */

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define LITTLE	1
#else
#define LITTLE	0
#endif

static int	markup_at(const char *, size_t);

/* The quick check's rules for ASCII c after p and pp: 1 if work is due. */
static int
ascii_needs_work(uint32_t c, uint32_t p, uint32_t pp, const char *s, size_t n)
{
	if ((c < 0x20 && c != '\n') || c == 0x7F)
		return 1;
	if ((c == '<' || c == '&') && markup_at(s, n))
		return 1;
	if (c == '*' && (p == '*' || p == '\\'))
		return 1;
	if ((c == ' ' || c == '\n') && (p == ' ' || p == '\n'))
		return 1;
	if (c == '%' && p == ' ' && pp >= '0' && pp <= '9')
		return 1;
	return c == '#' && p == '\n';
}

/* The same for a Thai character c of class kc after p. */
static int
thai_needs_work(uint32_t c, int kc, uint32_t p)
{
	int kp;

	if (kc == TC_CONS)	/* most Thai text: only the look-alike rule */
		return p == 0x0930;
	kp = thcls(p);
	if (kc == TC_DIGIT || c == TH_NIKHAHIT)
		return 1;
	if ((is_mark(c) || kc == TC_FOLLOW) && (p == ' ' || p == '\n'))
		return 1;
	if ((kc == TC_ABOVE || kc == TC_BELOW) &&
	    (kp == TC_TONE || p == TH_THANTHAKHAT))
		return 1;
	if (kc == TC_TONE && (kp == TC_FOLLOW || kp == TC_TONE))
		return 1;
	if (c == TH_LAKKHANGYAO && p != TH_RU && p != TH_LU)
		return 1;
	if (c == p && kc != TC_CONS && kc != TC_OTHER)
		return 1;	/* repeat, เเ */
	/* only below vowels and tones have a combining class */
	if ((kc == TC_BELOW || kc == TC_TONE) &&
	    ita_thai_ccc(p) > ita_thai_ccc(c))
		return 1;
	return p == 0x0930;	/* look-alike before Thai */
}

/* The same for any other character c after p; s, n: the text after c. */
static int
other_needs_work(uint32_t c, uint32_t p, const char *s, size_t n)
{
	uint32_t nx;

	if (is_ignorable(c) || is_odd_space(c) || nfc_risky(c))
		return 1;
	switch (utf8proc_category((utf8proc_int32_t)c)) {
	case UTF8PROC_CATEGORY_ZS:
	case UTF8PROC_CATEGORY_ZL:
	case UTF8PROC_CATEGORY_ZP:
	case UTF8PROC_CATEGORY_CC:
	case UTF8PROC_CATEGORY_CF:
		return 1;
	default:
		break;
	}
	/* A Devanagari look-alike next to a Thai letter. */
	return c == 0x0930 && (is_thai_letter(p) ||
	    (n > 0 && dec(s, n, &nx) > 0 && is_thai_letter(nx)));
}

/*
 * A prefilter of thai_needs_work, kept conservative: what a previous
 * character can be (pmask), and for each Thai character what previous
 * ones may make work (thai_work); only a hit asks thai_needs_work.
 */
#define P_SPACE		0x01	/* ' ' or '\n' */
#define P_TONE		0x02
#define P_THAN		0x04	/* THANTHAKHAT */
#define P_FOLLOW	0x08
#define P_RULU		0x10
#define P_CCC103	0x20	/* SARA U, SARA UU */
#define P_0930		0x40	/* the Devanagari look-alike */
#define W_REPEAT	0x100	/* work when repeated */
#define W_ALWAYS	0x200	/* always asked */
static const unsigned char thai_pmask[128] = {
	0, 0, 0, 0,	/* 0E00 */
	0, 0, 0, 0,	/* 0E04 */
	0, 0, 0, 0,	/* 0E08 */
	0, 0, 0, 0,	/* 0E0C */
	0, 0, 0, 0,	/* 0E10 */
	0, 0, 0, 0,	/* 0E14 */
	0, 0, 0, 0,	/* 0E18 */
	0, 0, 0, 0,	/* 0E1C */
	0, 0, 0, 0,	/* 0E20 */
	P_RULU, 0, P_RULU, 0,	/* 0E24 */
	0, 0, 0, 0,	/* 0E28 */
	0, 0, 0, 0,	/* 0E2C */
	P_FOLLOW, 0, P_FOLLOW, P_FOLLOW,	/* 0E30 */
	0, 0, 0, 0,	/* 0E34 */
	P_CCC103, P_CCC103, 0, 0,	/* 0E38 */
	0, 0, 0, 0,	/* 0E3C */
	0, 0, 0, 0,	/* 0E40 */
	0, P_FOLLOW, 0, 0,	/* 0E44 */
	P_TONE, P_TONE, P_TONE, P_TONE,	/* 0E48 */
	P_THAN, 0, 0, 0,	/* 0E4C */
	0, 0, 0, 0,	/* 0E50 */
	0, 0, 0, 0,	/* 0E54 */
	0, 0, 0, 0,	/* 0E58 */
	0, 0, 0, 0,	/* 0E5C */
	0, 0, 0, 0,	/* 0E60 */
	0, 0, 0, 0,	/* 0E64 */
	0, 0, 0, 0,	/* 0E68 */
	0, 0, 0, 0,	/* 0E6C */
	0, 0, 0, 0,	/* 0E70 */
	0, 0, 0, 0,	/* 0E74 */
	0, 0, 0, 0,	/* 0E78 */
	0, 0, 0, 0,	/* 0E7C */
};
static const unsigned short thai_work[128] = {
	W_ALWAYS, P_0930, P_0930, P_0930,	/* 0E00 */
	P_0930, P_0930, P_0930, P_0930,	/* 0E04 */
	P_0930, P_0930, P_0930, P_0930,	/* 0E08 */
	P_0930, P_0930, P_0930, P_0930,	/* 0E0C */
	P_0930, P_0930, P_0930, P_0930,	/* 0E10 */
	P_0930, P_0930, P_0930, P_0930,	/* 0E14 */
	P_0930, P_0930, P_0930, P_0930,	/* 0E18 */
	P_0930, P_0930, P_0930, P_0930,	/* 0E1C */
	P_0930, P_0930, P_0930, P_0930,	/* 0E20 */
	P_0930, P_0930, P_0930, P_0930,	/* 0E24 */
	P_0930, P_0930, P_0930, P_0930,	/* 0E28 */
	P_0930, P_0930, P_0930, P_0930,	/* 0E2C */
	P_SPACE|P_0930|W_REPEAT, P_SPACE|P_TONE|P_THAN|P_0930|W_REPEAT, P_SPACE|P_0930|W_REPEAT, P_SPACE|P_0930|W_REPEAT,	/* 0E30 */
	P_SPACE|P_TONE|P_THAN|P_0930|W_REPEAT, P_SPACE|P_TONE|P_THAN|P_0930|W_REPEAT, P_SPACE|P_TONE|P_THAN|P_0930|W_REPEAT, P_SPACE|P_TONE|P_THAN|P_0930|W_REPEAT,	/* 0E34 */
	P_SPACE|P_TONE|P_THAN|P_0930|W_REPEAT, P_SPACE|P_TONE|P_THAN|P_0930|W_REPEAT, P_SPACE|P_TONE|P_THAN|P_0930|W_REPEAT|P_CCC103, W_ALWAYS,	/* 0E38 */
	W_ALWAYS, W_ALWAYS, W_ALWAYS, P_0930,	/* 0E3C */
	P_0930|W_REPEAT, P_0930|W_REPEAT, P_0930|W_REPEAT, P_0930|W_REPEAT,	/* 0E40 */
	P_0930|W_REPEAT, W_ALWAYS, P_0930, P_SPACE|P_TONE|P_THAN|P_0930|W_REPEAT,	/* 0E44 */
	P_SPACE|P_TONE|P_FOLLOW|P_0930|W_REPEAT, P_SPACE|P_TONE|P_FOLLOW|P_0930|W_REPEAT, P_SPACE|P_TONE|P_FOLLOW|P_0930|W_REPEAT, P_SPACE|P_TONE|P_FOLLOW|P_0930|W_REPEAT,	/* 0E48 */
	P_SPACE|P_0930|W_REPEAT, W_ALWAYS, P_SPACE|P_0930|W_REPEAT, P_0930,	/* 0E4C */
	W_ALWAYS, W_ALWAYS, W_ALWAYS, W_ALWAYS,	/* 0E50 */
	W_ALWAYS, W_ALWAYS, W_ALWAYS, W_ALWAYS,	/* 0E54 */
	W_ALWAYS, W_ALWAYS, P_0930, P_0930,	/* 0E58 */
	W_ALWAYS, W_ALWAYS, W_ALWAYS, W_ALWAYS,	/* 0E5C */
	W_ALWAYS, W_ALWAYS, W_ALWAYS, W_ALWAYS,	/* 0E60 */
	W_ALWAYS, W_ALWAYS, W_ALWAYS, W_ALWAYS,	/* 0E64 */
	W_ALWAYS, W_ALWAYS, W_ALWAYS, W_ALWAYS,	/* 0E68 */
	W_ALWAYS, W_ALWAYS, W_ALWAYS, W_ALWAYS,	/* 0E6C */
	W_ALWAYS, W_ALWAYS, W_ALWAYS, W_ALWAYS,	/* 0E70 */
	W_ALWAYS, W_ALWAYS, W_ALWAYS, W_ALWAYS,	/* 0E74 */
	W_ALWAYS, W_ALWAYS, W_ALWAYS, W_ALWAYS,	/* 0E78 */
	W_ALWAYS, W_ALWAYS, W_ALWAYS, W_ALWAYS,	/* 0E7C */
};

/*
 * The two tests of quick_canon's pair loop as one bit: pair_work[s] has
 * bit t set when the Thai letter U+0E00 + t after state s may need work,
 * that is when thai_work[t] & (pmask | W_ALWAYS | W_REPEAT if a repeat)
 * is not 0.  The state is the low seven bits of the Thai letter before,
 * else PS_SPACE, PS_0930 or PS_NONE (the pmask of anything else).  Made
 * from the two tables above; test_thnorm_pairs checks every bit.
 */
#define PS_SPACE	128
#define PS_0930		129
#define PS_NONE		130
static const uint64_t pair_work[131][2] = {
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 00 */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 01 */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 02 */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 03 */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 04 */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 05 */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 06 */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 07 */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 08 */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 09 */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 0A */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 0B */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 0C */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 0D */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 0E */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 0F */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 10 */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 11 */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 12 */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 13 */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 14 */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 15 */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 16 */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 17 */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 18 */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 19 */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 1A */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 1B */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 1C */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 1D */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 1E */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 1F */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 20 */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 21 */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 22 */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 23 */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 24 */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 25 */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 26 */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 27 */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 28 */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 29 */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 2A */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 2B */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 2C */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 2D */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 2E */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 2F */
	{ UINT64_C(0x7801000000000001), UINT64_C(0xfffffffff3ff2f20) },	/* 30 */
	{ UINT64_C(0x7802000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 31 */
	{ UINT64_C(0x7804000000000001), UINT64_C(0xfffffffff3ff2f20) },	/* 32 */
	{ UINT64_C(0x7808000000000001), UINT64_C(0xfffffffff3ff2f20) },	/* 33 */
	{ UINT64_C(0x7810000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 34 */
	{ UINT64_C(0x7820000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 35 */
	{ UINT64_C(0x7840000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 36 */
	{ UINT64_C(0x7880000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 37 */
	{ UINT64_C(0x7d00000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 38 */
	{ UINT64_C(0x7e00000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 39 */
	{ UINT64_C(0x7c00000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 3A */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 3B */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 3C */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 3D */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 3E */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 3F */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2021) },	/* 40 */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2022) },	/* 41 */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2024) },	/* 42 */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2028) },	/* 43 */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2030) },	/* 44 */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2f20) },	/* 45 */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 46 */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff20a0) },	/* 47 */
	{ UINT64_C(0x7ff2000000000001), UINT64_C(0xfffffffff3ff2fa0) },	/* 48 */
	{ UINT64_C(0x7ff2000000000001), UINT64_C(0xfffffffff3ff2fa0) },	/* 49 */
	{ UINT64_C(0x7ff2000000000001), UINT64_C(0xfffffffff3ff2fa0) },	/* 4A */
	{ UINT64_C(0x7ff2000000000001), UINT64_C(0xfffffffff3ff2fa0) },	/* 4B */
	{ UINT64_C(0x7ff2000000000001), UINT64_C(0xfffffffff3ff30a0) },	/* 4C */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 4D */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff6020) },	/* 4E */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 4F */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 50 */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 51 */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 52 */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 53 */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 54 */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 55 */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 56 */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 57 */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 58 */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 59 */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 5A */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 5B */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 5C */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 5D */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 5E */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 5F */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 60 */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 61 */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 62 */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 63 */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 64 */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 65 */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 66 */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 67 */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 68 */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 69 */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 6A */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 6B */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 6C */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 6D */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 6E */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 6F */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 70 */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 71 */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 72 */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 73 */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 74 */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 75 */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 76 */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 77 */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 78 */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 79 */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 7A */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 7B */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 7C */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 7D */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 7E */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* 7F */
	{ UINT64_C(0x7fff000000000001), UINT64_C(0xfffffffff3ff7fa0) },	/* space */
	{ UINT64_C(0xffffffffffffffff), UINT64_C(0xffffffffffffffff) },	/* U+0930 */
	{ UINT64_C(0x7800000000000001), UINT64_C(0xfffffffff3ff2020) },	/* other */
};
#define PAIR_WORK(s, t)	((pair_work[s][(t) >> 6] >> ((t) & 63)) & 1)

/* The pmask of any code point. */
static unsigned
pmask_of(uint32_t c)
{
	if (c - 0x0E00 < 128)
		return thai_pmask[c - 0x0E00];
	if (c == ' ' || c == '\n')
		return P_SPACE;
	return c == 0x0930 ? P_0930 : 0;
}

/*
 * ASCII that the quick check must look at: controls, the starts of
 * markup, spaces, '%'.  Anything else is canonical after anything.
 */
static int
ascii_special(unsigned c)
{
	return c < 0x20 || c == 0x7F || c == '<' || c == '&' || c == '*' ||
	    c == ' ' || c == '%' || c == '#';
}

/* Is c, after a Thai letter, a foreign letter (see count_foreign)? */
static int
foreign_at(uint32_t c, const char *s, size_t n)
{
	uint32_t next = 0;

	if (!(c >= 0x80 || (c | 0x20) - 'a' < 26) || is_thai_letter(c) ||
	    !is_letter_or_mark(c))
		return 0;
	if (n > 0 && dec(s, n, &next) < 0)
		next = 0;
	return is_thai_letter(next) || is_combining(c);
}

/*
 * 1 canonical, 0 maybe not, -1 invalid UTF-8.  One pass, ASCII and Thai
 * decoded inline.  With nf, the foreign letters of canonical text are
 * counted on the way (count_foreign).  With dg, Thai digits are taken
 * for the ASCII digits they become and counted: 1 then says that
 * converting them is all that the first pass would do.
 */
struct qdig {
	size_t	n;		/* Thai digits */
	size_t	first, end;	/* bytes from the first to past the last */
	int	markup;		/* a '<' or '&' (they look ahead) */
};

static int
quick_canon(const char *s, size_t n, int *nf, struct qdig *dg)
{
	const unsigned char *u = (const unsigned char *)s;
	uint32_t c, d, p = '\n', pp = '\n';
	size_t i = 0;
	unsigned pm = P_SPACE, w, t;
	uint32_t x;
	int k, kc, work, foreign = 0, markup = 0;

	while (i < n) {
		/*
		 * A run of Thai that needs nothing, most of the text: three
		 * bytes a code point, one table look-up each.
		 */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
		/*
		 * Two code points a step, their six bytes in one word; the
		 * state is carried as ps (pm is pmask_of(p) all along).
		 */
		if (n - i >= 8) {
			unsigned ps, a = 0, b, la = 0, moved = 0, alone = 0;

			ps = p - 0x0E00 < 128 ? p - 0x0E00 : p == ' ' ||
			    p == '\n' ? PS_SPACE : p == 0x0930 ? PS_0930 :
			    PS_NONE;
			do {
				uint64_t xw;

				memcpy(&xw, u + i, 8);
				if ((xw & UINT64_C(0x0000C0FEFFC0FEFF)) !=
				    UINT64_C(0x000080B8E080B8E0))
					break;
				a = (unsigned)(((xw >> 2) & 0x40) |
				    ((xw >> 16) & 0x3F));
				b = (unsigned)(((xw >> 26) & 0x40) |
				    ((xw >> 40) & 0x3F));
				if (PAIR_WORK(ps, a) | PAIR_WORK(a, b)) {
					alone = !PAIR_WORK(ps, a);
					break;
				}
				la = a;
				ps = b;
				moved = 1;
				i += 6;
			} while (n - i >= 8);
			if (moved) {
				pm = thai_pmask[ps];
				pp = 0x0E00 | la;
				p = 0x0E00 | ps;
			}
			if (alone) {	/* a needs nothing, b may */
				pm = thai_pmask[a];
				pp = p;
				p = 0x0E00 | a;
				i += 3;
			}
		}
#endif
		while (n - i >= 3 && u[i] == 0xE0 &&
		    (u[i + 1] & 0xFE) == 0xB8 && (u[i + 2] & 0xC0) == 0x80) {
			c = ((uint32_t)(u[i + 1] & 0x01) << 6) |
			    (u[i + 2] & 0x3F);
			w = thai_work[c];
			if ((w & (pm | W_ALWAYS)) != 0 ||
			    ((w & W_REPEAT) && (c | 0x0E00) == p))
				break;
			pm = thai_pmask[c];
			pp = p;
			p = c | 0x0E00;
			i += 3;
		}
		if (i == n)
			break;
		c = u[i];
		if (c < 0x80) {
			if (ascii_special(c)) {
				if (ascii_needs_work(c, p, pp, s + i, n - i))
					return 0;
				markup |= c == '<' || c == '&';
			}
			if (nf != NULL && ((c | 0x20) - 'a') < 26 &&
			    is_thai_letter(p) &&
			    foreign_at(c, s + i + 1, n - i - 1))
				foreign++;
			pm = c == ' ' || c == '\n' ? P_SPACE : 0;
			pp = p;
			p = c;
			i++;
			continue;
		}
		if (n - i >= 3 && c == 0xE0 && (u[i + 1] & 0xFE) == 0xB8 &&
		    (u[i + 2] & 0xC0) == 0x80) {
			/*
			 * A run of Thai letters that need no work, in a loop
			 * of its own, until one may: the next letter is told
			 * by the low three bytes of a word read little-endian
			 * while four bytes are left.
			 */
			for (;;) {
				t = ((unsigned)(u[i + 1] & 0x01) << 6) |
				    (u[i + 2] & 0x3F);
				c = 0x0E00 | t;
				w = thai_work[t];
				if ((w & (pm | W_ALWAYS)) != 0)
					break;
				if (c == p && (w & W_REPEAT))
					break;
				pm = thai_pmask[t];
				pp = p;
				p = c;
				i += 3;
				if (LITTLE && n - i >= 4) {
					memcpy(&x, u + i, 4);
					if ((x & 0x00c0feff) == 0x0080b8e0)
						continue;
				} else if (n - i >= 3 && u[i] == 0xE0 &&
				    (u[i + 1] & 0xFE) == 0xB8 &&
				    (u[i + 2] & 0xC0) == 0x80)
					continue;
				t = 128;	/* the run ended */
				break;
			}
			if (t == 128)
				continue;
			k = 3;
		} else if ((k = dec(s + i, n - i, &d)) < 0)
			return -1;
		else
			c = d;	/* d, not c, has its address taken: c stays
				 * in a register in the loop above */
		if (dg != NULL && c >= 0x0E50 && c <= 0x0E59) {
			if (dg->n++ == 0)
				dg->first = i;
			dg->end = i + (size_t)k;
			pm = 0;
			pp = p;
			p = '0' + (c - 0x0E50);
			i += (size_t)k;
			continue;
		}
		if ((kc = thcls(c)) != TC_NONE)
			work = thai_needs_work(c, kc, p);
		else
			work = other_needs_work(c, p, s + i + k, n - i - k);
		if (work)
			return 0;
		if (nf != NULL && kc == TC_NONE && is_thai_letter(p) &&
		    foreign_at(c, s + i + k, n - i - k))
			foreign++;
		pm = pmask_of(c);
		pp = p;
		p = c;
		i += (size_t)k;
	}
	if (nf != NULL)
		*nf = foreign;
	if (dg != NULL)
		dg->markup = markup;
	return !(p == ' ' || (p == '\n' && n > 0));
}

int
ita_norm_is_canonical(const char *s, size_t len)
{
	return quick_canon(s, len, NULL, NULL) == 1;
}

enum ita_text_form
ita_norm_check(const char *s, size_t len)
{
	if (quick_canon(s, len, NULL, NULL) == 1)
		return ITA_TEXT_CANONICAL;
	return ita_utf8_is_nfc(s, len) ? ITA_TEXT_NFC : ITA_TEXT_NOT_NFC;
}

/* ---- layer 1: markup debris ---- */

static int
ascii_lower(int c)
{
	return (c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : c;
}

static int
ascii_alpha(int c)
{
	c = ascii_lower(c);
	return c >= 'a' && c <= 'z';
}

static int
ascii_space(int c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/* Case-insensitive search for an ASCII word in [s, s+n). */
static const char *
find_ci(const char *s, size_t n, const char *w)
{
	size_t wl = strlen(w), i, j;

	for (i = 0; i + wl <= n; i++) {
		for (j = 0; j < wl; j++)
			if (ascii_lower((unsigned char)s[i + j]) != w[j])
				break;
		if (j == wl)
			return s + i;
	}
	return NULL;
}

/* The HTML elements that cells carry; any other "<word" is text. */
static int
is_known_tag(const char *name)
{
	static const char *const tags[] = {
		"a", "abbr", "address", "article", "aside", "b", "big",
		"blockquote", "body", "br", "button", "caption", "center",
		"cite", "code", "col", "colgroup", "dd", "del", "div", "dl",
		"dt", "em", "embed", "figcaption", "figure", "font", "footer",
		"form", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header",
		"hr", "html", "i", "iframe", "img", "input", "ins", "kbd",
		"label", "li", "link", "main", "mark", "meta", "nav", "nobr",
		"object", "ol", "option", "p", "pre", "q", "s", "script",
		"section", "select", "small", "span", "strike", "strong",
		"style", "sub", "sup", "table", "tbody", "td", "textarea",
		"tfoot", "th", "thead", "title", "tr", "tt", "u", "ul", "wbr",
		NULL
	};
	int i;

	for (i = 0; tags[i] != NULL; i++)
		if (strcmp(name, tags[i]) == 0)
			return 1;
	return 0;
}

/* Attributes that stand alone; any other needs "=value". */
static int
is_bool_attr(const char *s, size_t n)
{
	static const char *const attrs[] = {
		"checked", "disabled", "selected", "readonly", "hidden",
		"nowrap", "noshade", "required", "multiple", NULL
	};
	int i;

	for (i = 0; attrs[i] != NULL; i++)
		if (strlen(attrs[i]) == n && find_ci(s, n, attrs[i]) == s)
			return 1;
	return 0;
}

static int
attr_char(int c)
{
	return ascii_alpha(c) || (c >= '0' && c <= '9') || c == '-' ||
	    c == '_' || c == ':' || c == '.';
}

/*
 * The attributes of a tag from s[i]: name="v", name='v', name=v or a
 * boolean name, up to '>' or "/>".  The length with the '>', 0 when this
 * is no tag ("<b and c>" is text).  A '<' inside is never a tag.
 */
static size_t
scan_attrs(const char *s, size_t n, size_t i)
{
	size_t a;
	char q;

	for (;;) {
		while (i < n && ascii_space((unsigned char)s[i]))
			i++;
		if (i < n && s[i] == '/')
			i++;
		if (i >= n || i >= 4096)
			return 0;
		if (s[i] == '>')
			return i + 1;
		if (s[i - 1] == '/' || !ascii_space((unsigned char)s[i - 1]))
			return 0;	/* attributes are spaced */
		for (a = i; i < n && attr_char((unsigned char)s[i]); i++)
			;
		if (i == a)
			return 0;
		if (i >= n || s[i] != '=') {
			if (!is_bool_attr(s + a, i - a))
				return 0;
			continue;
		}
		if (++i >= n)
			return 0;
		if (s[i] == '"' || s[i] == '\'') {
			for (q = s[i++]; i < n && s[i] != q && s[i] != '<'; i++)
				;
			if (i >= n || s[i] != q)
				return 0;
			i++;
		} else {
			for (a = i; i < n && !ascii_space((unsigned char)s[i]) &&
			    s[i] != '>' && s[i] != '<' && s[i] != '"' &&
			    s[i] != '\''; i++)
				;
			if (i == a)
				return 0;
		}
		if (i < n && s[i] != '>' && s[i] != '/' &&
		    !ascii_space((unsigned char)s[i]))
			return 0;
	}
}

/*
 * Recognise a tag at s[0] == '<': returns its length (up to and with
 * '>'), 0 if it is not one.  name gets the lower-cased name.  Tags are
 * stripped, not parsed: cells open <ul> and never close it.  Only known
 * elements with well-formed attributes are tags: "if a<b and c>d" stays.
 */
static size_t
scan_tag(const char *s, size_t n, char *name, size_t namesz)
{
	size_t i = 1, k = 0;
	int closing = 0;

	if (i < n && s[i] == '/') {
		closing = 1;
		i++;
	}
	if (i >= n || !ascii_alpha((unsigned char)s[i]))
		return 0;
	while (i < n && (ascii_alpha((unsigned char)s[i]) ||
	    (s[i] >= '0' && s[i] <= '9'))) {
		if (k + 1 >= namesz)
			return 0;
		name[k++] = (char)ascii_lower((unsigned char)s[i]);
		i++;
	}
	name[k] = '\0';
	if (!is_known_tag(name))
		return 0;
	if (i >= n || !(ascii_space((unsigned char)s[i]) || s[i] == '/' ||
	    s[i] == '>'))
		return 0;
	if (closing) {
		while (i < n && i < 4096 && ascii_space((unsigned char)s[i]))
			i++;
		return i < n && s[i] == '>' ? i + 1 : 0;
	}
	return scan_attrs(s, n, i);
}

static int
is_block(const char *name)
{
	static const char *const blocks[] = {
		"p", "ul", "ol", "li", "br", "div", "tr", "table", "h1", "h2",
		"h3", "h4", "h5", "h6", NULL
	};
	int i;

	for (i = 0; blocks[i] != NULL; i++)
		if (strcmp(name, blocks[i]) == 0)
			return 1;
	return 0;
}

/* Autolink "<https://...>": returns its length, 0 if not one. */
static size_t
scan_autolink(const char *s, size_t n)
{
	size_t i;

	if (find_ci(s, n < 9 ? n : 9, "<https://") != s &&
	    find_ci(s, n < 8 ? n : 8, "<http://") != s &&
	    find_ci(s, n < 8 ? n : 8, "<mailto:") != s)
		return 0;
	for (i = 1; i < n && i < 4096; i++) {
		if (s[i] == '>')
			return i + 1;
		if (ascii_space((unsigned char)s[i]) || s[i] == '<')
			return 0;
	}
	return 0;
}

/* Decodes an entity at s[0] == '&' into cp; returns its length or 0. */
static size_t
scan_entity(const char *s, size_t n, uint32_t *cp)
{
	static const struct { const char *name; uint32_t cp; } named[] = {
		{ "&amp;", '&' }, { "&lt;", '<' }, { "&gt;", '>' },
		{ "&quot;", '"' }, { "&apos;", '\'' }, { "&nbsp;", ' ' },
		{ NULL, 0 }
	};
	size_t i, l;
	uint32_t v = 0;
	int hex = 0, nd = 0, d;

	for (i = 0; named[i].name != NULL; i++) {
		l = strlen(named[i].name);
		if (l <= n && find_ci(s, l, named[i].name) == s) {
			*cp = named[i].cp;
			return l;
		}
	}
	if (n < 4 || s[1] != '#')
		return 0;
	i = 2;
	if (s[i] == 'x' || s[i] == 'X') {
		hex = 1;
		i++;
	}
	for (; i < n && nd < 8; i++, nd++) {
		d = (unsigned char)s[i];
		if (d >= '0' && d <= '9')
			d -= '0';
		else if (hex && ascii_lower(d) >= 'a' && ascii_lower(d) <= 'f')
			d = ascii_lower(d) - 'a' + 10;
		else
			break;
		v = v * (hex ? 16 : 10) + (uint32_t)d;
	}
	if (nd == 0 || nd >= 8 || i >= n || s[i] != ';')
		return 0;
	if (v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
		return 0;
	*cp = v;
	return i + 1;
}

/*
 * The label of a checkbox starts after it and ends at a tag, a line
 * break, a tab or a "-" bullet.  A label of one or two words is taken
 * whole; a longer run is result text, so only its first word is the
 * label ("ดำเนินการ ได้จัดทำรายงาน...").  Returns the bytes consumed.
 */
static size_t
take_label(const char *s, size_t n, const char **lab, size_t *lablen)
{
	size_t i = 0, end, words = 0, first = 0;
	int inword = 0;

	while (i < n && s[i] == ' ')
		i++;
	for (end = i; end < n; end++) {
		if (s[end] == '<' || s[end] == '\n' || s[end] == '\t' ||
		    s[end] == '\r' || s[end] == '-')
			break;
		if (s[end] == ' ') {
			if (inword && words == 1)
				first = end;
			inword = 0;
		} else if (!inword) {
			inword = 1;
			words++;
		}
	}
	if (inword && words == 1)
		first = end;
	while (end > i && s[end - 1] == ' ')
		end--;
	if (words > 2)
		end = first;
	*lab = s + i;
	*lablen = end - i;
	while (end < n && s[end] == ' ')
		end++;
	return end;
}

static int
checkbox(const char *tag, size_t taglen, const char *rest, size_t restlen,
    struct cbox *cb, size_t *used)
{
	const char *attrs = tag + 6, *lab;
	size_t alen = taglen - 6, ll;
	const char *ck;
	int checked;

	*used = 0;
	if (find_ci(attrs, alen, "checkbox") == NULL)
		return 0;
	ck = find_ci(attrs, alen, "checked");
	checked = ck != NULL && (ck == attrs ||
	    ascii_space((unsigned char)ck[-1]));
	*used = take_label(rest, restlen, &lab, &ll);
	cb->seen = 1;
	if (checked && !cb->have) {
		cb->have = 1;
		if (ll >= sizeof(cb->label))
			ll = sizeof(cb->label) - 1;
		memcpy(cb->label, lab, ll);
		cb->labellen = ll;
	}
	return 1;
}

/* Would layer 1 change something at s[0] ('<' or '&')? */
static int
markup_at(const char *s, size_t n)
{
	char name[16];
	uint32_t cp;

	if (s[0] == '&')
		return scan_entity(s, n, &cp) > 0;
	return scan_autolink(s, n) > 0 || scan_tag(s, n, name,
	    sizeof(name)) > 0 || (n >= 4 && memcmp(s, "<!--", 4) == 0);
}

static int
has_markup(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		switch (s[i]) {
		case '<': case '&': case '*': case '#':
			return 1;
		default:
			break;
		}
	return 0;
}

static int
add_cp(struct ita_buf *o, uint32_t c)
{
	char u[4];

	return ita_buf_add(o, u, (size_t)enc(c, u));
}

/* Is the output at the start of a line (only spaces since '\n')? */
static int
at_line_start(const struct ita_buf *o)
{
	size_t i = o->len;

	while (i > 0 && o->p[i - 1] == ' ')
		i--;
	return i == 0 || o->p[i - 1] == '\n';
}

/*
 * Markup that starts with '<' at s: an autolink (its URL kept), a
 * comment, a checkbox (its status kept aside), a block tag (a line
 * break) or another tag (nothing). Bytes used, 0 when none, -1 ENOMEM.
 */
static long
strip_angle(const char *s, size_t n, struct ita_buf *o, struct cbox *cb,
    struct ita_norm_stats *st)
{
	const char *end;
	char name[16];
	size_t k, used;

	if ((k = scan_autolink(s, n)) > 0) {
		count(st, ITA_NORM_MARKDOWN, 1);
		return ita_buf_add(o, s + 1, k - 2) == -1 ? -1 : (long)k;
	}
	if (n >= 4 && memcmp(s, "<!--", 4) == 0 &&
	    (end = find_ci(s + 4, n - 4, "-->")) != NULL) {
		count(st, ITA_NORM_TAG, 1);
		return (long)(end - s) + 3;
	}
	if ((k = scan_tag(s, n, name, sizeof(name))) == 0)
		return 0;
	if (strcmp(name, "input") == 0 && s[1] != '/' &&
	    checkbox(s, k, s + k, n - k, cb, &used)) {
		count(st, ITA_NORM_CHECKBOX, 1);
		return ita_buf_addc(o, ' ') == -1 ? -1 : (long)(k + used);
	}
	if (is_block(name)) {
		count(st, ITA_NORM_BLOCK_TAG, 1);
		return ita_buf_addc(o, '\n') == -1 ? -1 : (long)k;
	}
	count(st, ITA_NORM_TAG, 1);
	if ((strcmp(name, "td") == 0 || strcmp(name, "th") == 0) &&
	    ita_buf_addc(o, ' ') == -1)
		return -1;
	return (long)k;
}

/* Markdown debris at s: **, \*, a heading's #s at a line start. */
static size_t
strip_markdown(const char *s, size_t n, const struct ita_buf *o,
    struct ita_norm_stats *st)
{
	size_t k;

	if (n >= 2 && (s[0] == '*' || s[0] == '\\') && s[1] == '*') {
		count(st, ITA_NORM_MARKDOWN, 1);
		return 2;
	}
	if (s[0] != '#' || !at_line_start(o))
		return 0;
	for (k = 0; k < n && s[k] == '#'; k++)
		;
	if (k < n && k <= 6 && (s[k] == ' ' || s[k] == '\t')) {
		count(st, ITA_NORM_MARKDOWN, 1);
		return k + 1;
	}
	return 0;
}

/* The last c in [s, s+n), NULL if none (memrchr is not standard). */
static const char *
last_of(const char *s, size_t n, char c)
{
	while (n > 0)
		if (s[--n] == c)
			return s + n;
	return NULL;
}

/*
 * The output may end in markup that a removal made, as "<p<b>>" leaves
 * "<p>" and "&amp;lt;" leaves "&lt;": it is removed at once, so that
 * nested debris goes in one pass.  A checkbox made so is debris too: it
 * is removed as a tag, not read as a checkbox (left to the next pass, it
 * peeled one level of nesting a pass, and deep nesting never came to
 * rest).  0, or -1 on ENOMEM.
 */
static int
reduce(struct ita_buf *o, struct ita_norm_stats *st)
{
	const char *lt, *t;
	char name[16];
	size_t m, k, j;
	uint32_t cp;
	char last;

	while (o->len > 0) {
		t = o->p;
		last = o->p[o->len - 1];
		if (last == '>') {
			m = o->len < 4096 ? o->len : 4096;
			if ((lt = last_of(o->p + o->len - m, m, '<')) == NULL)
				return 0;
			j = (size_t)(lt - o->p);
			m = o->len - j;
			if ((k = scan_autolink(lt, m)) == m) {
				count(st, ITA_NORM_MARKDOWN, 1);
				memmove(o->p + j, lt + 1, m - 2);
				o->len -= 2;
			} else if (m >= 7 && memcmp(lt, "<!--", 4) == 0 &&
			    memcmp(lt + m - 3, "-->", 3) == 0) {
				count(st, ITA_NORM_TAG, 1);
				o->len = j;
			} else if (scan_tag(lt, m, name, sizeof(name)) == m) {
				o->len = j;
				if (is_block(name)) {
					count(st, ITA_NORM_BLOCK_TAG, 1);
					o->p[o->len++] = '\n';
				} else {
					count(st, ITA_NORM_TAG, 1);
					if (strcmp(name, "td") == 0 ||
					    strcmp(name, "th") == 0)
						o->p[o->len++] = ' ';
				}
			} else
				return 0;
		} else if (last == ';') {
			m = o->len < 12 ? o->len : 12;
			if ((lt = last_of(o->p + o->len - m, m, '&')) == NULL)
				return 0;
			j = (size_t)(lt - o->p);
			if (scan_entity(lt, o->len - j, &cp) != o->len - j)
				return 0;
			count(st, ITA_NORM_ENTITY, 1);
			o->len = j;
			if (add_cp(o, cp) == -1)
				return -1;
		} else if (last == '*' && o->len >= 2 &&
		    (t[o->len - 2] == '*' || t[o->len - 2] == '\\')) {
			count(st, ITA_NORM_MARKDOWN, 1);
			o->len -= 2;
		} else if (last == ' ' || last == '\t') {
			for (j = o->len - 1; j > 0 && t[j - 1] == '#'; j--)
				;
			k = o->len - 1 - j;
			if (k == 0 || k > 6)
				return 0;
			o->len = j;
			if (!at_line_start(o)) {
				o->len = j + k + 1;
				return 0;
			}
			count(st, ITA_NORM_MARKDOWN, 1);
		} else
			return 0;
		o->p[o->len] = '\0';
	}
	return 0;
}

/*
 * Layer 1: markup is stripped, never parsed into a tree, since real
 * cells open <ul> and never close it.
 */
static int
strip_markup(const char *s, size_t n, struct ita_buf *o, struct cbox *cb,
    struct ita_norm_stats *st)
{
	size_t i = 0, k;
	uint32_t cp;
	long used;

	while (i < n) {
		used = 0;
		if (s[i] == '<')
			used = strip_angle(s + i, n - i, o, cb, st);
		else if (s[i] == '&' &&
		    (k = scan_entity(s + i, n - i, &cp)) > 0) {
			count(st, ITA_NORM_ENTITY, 1);
			used = add_cp(o, cp) == -1 ? -1 : (long)k;
		} else
			used = (long)strip_markdown(s + i, n - i, o, st);
		if (used == -1)
			return -1;
		if (used == 0 && ita_buf_addc(o, s[i]) == -1)
			return -1;
		if (reduce(o, st) == -1)
			return -1;
		i += used > 0 ? (size_t)used : 1;
	}
	return 0;
}

/* ---- layer 2: decode, drop ignorables, fold spaces, NFC ---- */

static int
decode_clean(const char *s, size_t n, struct cpv *v,
    struct ita_norm_stats *st)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0;
	uint32_t c;
	int k;

	if (cpv_reserve(v, n + 1) == -1)
		return -1;
	v->n = 0;
	while (i < n) {
		/* printable ASCII and Thai, the most of a text, as they are */
		if (u[i] - 0x20u < 0x5Fu) {
			v->p[v->n++] = u[i++];
			continue;
		}
		if (n - i >= 3 && u[i] == 0xE0 && (u[i + 1] & 0xFE) == 0xB8 &&
		    (u[i + 2] & 0xC0) == 0x80) {
			v->p[v->n++] = 0x0E00 | ((uint32_t)(u[i + 1] & 0x01) <<
			    6) | (u[i + 2] & 0x3F);
			i += 3;
			continue;
		}
		if ((k = dec(s + i, n - i, &c)) < 0) {
			errno = EILSEQ;
			return -1;
		}
		i += (size_t)k;
		if (is_ignorable(c)) {
			count(st, ITA_NORM_IGNORABLE, 1);
			continue;
		}
		if (is_odd_space(c)) {
			count(st, ITA_NORM_ODD_SPACE, 1);
			c = ' ';
		} else if (c == '\r') {
			count(st, ITA_NORM_CONTROL, 1);
			if (i < n && s[i] == '\n')
				continue;
			c = '\n';
		} else if ((c < 0x20 && c != '\n') || c == 0x7F) {
			count(st, ITA_NORM_CONTROL, 1);
			continue;
		}
		v->p[v->n++] = c;
	}
	return 0;
}

/* Is the array certainly NFC?  Thai and ASCII are checked exactly. */
static int
nfc_quick(const struct cpv *v)
{
	size_t i;
	uint32_t c;
	int prev = 0, cc;

	for (i = 0; i < v->n; i++) {
		c = v->p[i];
		if (c < 0x80) {
			prev = 0;
			continue;
		}
		if (c >= 0x0E00 && c <= 0x0E7F) {
			cc = ita_thai_ccc(c);
			if (cc != 0 && prev > cc)
				return 0;
			prev = cc;
			continue;
		}
		if (nfc_risky(c))
			return 0;
		prev = 0;
	}
	return 1;
}

/*
 * NFC works on pieces that each start at ASCII or a Thai character of
 * class 0: nothing composes with one of these as its second part nor is
 * reordered across it, so the NFC of a text is that of its pieces.
 */
static size_t
piece_end(const struct cpv *v, size_t a)
{
	size_t b;
	uint32_t c;

	for (b = a + 1; b < v->n; b++) {
		c = v->p[b];
		if (c < 0x80 || (c - 0x0E00 < 128 && ita_thai_ccc(c) == 0))
			break;
	}
	return b;
}

/*
 * Sorts a piece's marks by combining class (stable), which is all NFC
 * does to a piece with no risky code point; 0, or -1 if it has one.
 * Only Thai marks have a class then.
 */
static int
sort_marks(uint32_t *p, size_t n)
{
	size_t i, j;
	uint32_t c;
	int cc;

	for (i = 0; i < n; i++)
		if (p[i] >= 0x80 && p[i] - 0x0E00 >= 128 && nfc_risky(p[i]))
			return -1;
	for (i = 1; i < n; i++) {
		c = p[i];
		if ((cc = ita_thai_ccc(c)) == 0)
			continue;
		for (j = i; j > 0 && ita_thai_ccc(p[j - 1]) > cc; j--)
			p[j] = p[j - 1];
		p[j] = c;
	}
	return 0;
}

/* utf8proc's NFC of the piece [a, b) of v, appended to o. */
static int
nfc_piece(const struct cpv *v, size_t a, size_t b, struct cpv *o,
    struct ita_buf *tmp)
{
	utf8proc_option_t opt = UTF8PROC_STABLE | UTF8PROC_COMPOSE;
	utf8proc_ssize_t m, r;

	ita_buf_clear(tmp);
	if (encode_cps(v->p + a, b - a, tmp) == -1)
		return -1;
	m = utf8proc_decompose((const utf8proc_uint8_t *)ita_buf_str(tmp),
	    (utf8proc_ssize_t)tmp->len, NULL, 0, opt);
	if (m < 0 || cpv_reserve(o, o->n + (size_t)m + 1) == -1)
		return -1;
	r = utf8proc_decompose((const utf8proc_uint8_t *)ita_buf_str(tmp),
	    (utf8proc_ssize_t)tmp->len, (utf8proc_int32_t *)o->p + o->n, m,
	    opt);
	if (r != m)
		return -1;
	r = utf8proc_normalize_utf32((utf8proc_int32_t *)o->p + o->n, r, opt);
	if (r < 0)
		return -1;
	o->n += (size_t)r;
	return 0;
}

/*
 * NFC in place where a piece needs only its marks sorted (all Thai and
 * ASCII text); utf8proc only on the pieces with a risky code point.
 */
static int
nfc(struct cpv *v, struct ita_norm_stats *st)
{
	struct ita_buf tmp = ITA_BUF_INIT;
	struct cpv o = { NULL, 0, 0 };
	size_t a, b, oldn = v->n;
	int risky = 0;

	if (nfc_quick(v))
		return 0;
	for (a = 0; a < v->n; a = b) {
		b = piece_end(v, a);
		if (sort_marks(v->p + a, b - a) == -1)
			risky = 1;
	}
	if (!risky)
		return 0;
	for (a = 0; a < v->n; a = b) {
		b = piece_end(v, a);
		if (sort_marks(v->p + a, b - a) == 0) {
			if (cpv_reserve(&o, o.n + (b - a) + 1) == -1)
				goto nomem;
			memcpy(o.p + o.n, v->p + a, (b - a) * sizeof(*o.p));
			o.n += b - a;
		} else if (nfc_piece(v, a, b, &o, &tmp) == -1)
			goto nomem;
	}
	free(v->p);
	*v = o;
	ita_buf_free(&tmp);
	if (v->n != oldn)
		count(st, ITA_NORM_NFC, 1);
	return 0;
nomem:
	free(o.p);
	ita_buf_free(&tmp);
	errno = ENOMEM;
	return -1;
}

/* ---- layer 3: Thai repairs, each one pass over the array ---- */

static void
thai_digits(struct cpv *v, struct ita_norm_stats *st)
{
	size_t i;

	for (i = 0; i < v->n; i++)
		if (v->p[i] >= 0x0E50 && v->p[i] <= 0x0E59) {
			v->p[i] = '0' + (v->p[i] - 0x0E50);
			count(st, ITA_NORM_THAI_DIGIT, 1);
		}
}

/* PDF extraction leaves Devanagari signs that look Thai. */
static void
lookalikes(struct cpv *v, struct ita_norm_stats *st)
{
	size_t i;
	uint32_t prev, next;

	for (i = 0; i < v->n; i++) {
		prev = i > 0 ? v->p[i - 1] : 0;
		next = i + 1 < v->n ? v->p[i + 1] : 0;
		if (v->p[i] == 0x0941 && is_thai_letter(prev)) {
			v->p[i] = 0x0E38;	/* SARA U */
			count(st, ITA_NORM_LOOKALIKE, 1);
		} else if (v->p[i] == 0x0930 && (is_thai_letter(prev) ||
		    is_thai_letter(next))) {
			v->p[i] = 0x0E23;	/* RO RUA */
			count(st, ITA_NORM_LOOKALIKE, 1);
		}
	}
}

/* Last non-space before index i, 0 if none on the line. */
static size_t
skip_spaces_back(const struct cpv *v, size_t i)
{
	while (i > 0 && v->p[i - 1] == ' ')
		i--;
	return i;
}

/*
 * "ก ่" -> "ก่", "น ำ" -> "นำ": a Thai mark or follow vowel (not SARA AA,
 * see sara_am) cannot begin a word, so spaces before it are export damage.
 */
static void
mark_space(struct cpv *v, struct ita_norm_stats *st)
{
	size_t i, o = 0, b;
	uint32_t c, p;
	int kp;

	for (i = 0; i < v->n; i++) {
		c = v->p[i];
		if ((is_mark(c) || (thcls(c) == TC_FOLLOW && c != TH_SARA_AA)) &&
		    o > 0 && v->p[o - 1] == ' ' &&
		    (b = skip_spaces_back(v, o)) > 0) {
			p = v->p[b - 1];
			kp = thcls(p);
			if (kp == TC_CONS || kp == TC_FOLLOW || is_mark(p)) {
				count(st, ITA_NORM_MARK_SPACE, 1);
				o = b;
			}
		}
		v->p[o++] = c;
	}
	v->n = o;
}

/*
 * SARA AM broken three ways: NIKHAHIT (+ tone) + SARA AA, U+030A (+ tone)
 * + SARA AA, and consonant (+ tone) + space + SARA AA.
 */
static void
sara_am(struct cpv *v, struct ita_norm_stats *st)
{
	size_t i, o = 0, j, b;
	uint32_t c;

	for (i = 0; i < v->n; i++) {
		c = v->p[i];
		if (c == TH_NIKHAHIT || c == 0x030A) {
			for (j = i + 1; j < v->n && thcls(v->p[j]) == TC_TONE;
			    j++)
				;
			if (j < v->n && v->p[j] == TH_SARA_AA) {
				/* keep the tones, drop the sign */
				for (i = i + 1; i < j; i++)
					v->p[o++] = v->p[i];
				v->p[o++] = TH_SARA_AM;
				count(st, ITA_NORM_SARA_AM, 1);
				continue;
			}
		} else if (c == TH_SARA_AA && o > 0 && v->p[o - 1] == ' ') {
			b = skip_spaces_back(v, o);
			if (b > 0 && (thcls(v->p[b - 1]) == TC_CONS ||
			    (thcls(v->p[b - 1]) == TC_TONE && b > 1 &&
			    thcls(v->p[b - 2]) == TC_CONS))) {
				o = b;
				v->p[o++] = TH_SARA_AM;
				count(st, ITA_NORM_SARA_AM, 1);
				continue;
			}
		}
		v->p[o++] = c;
	}
	v->n = o;
}

/* PyThaiNLP remove_dangling, also after a space or a line break. */
static void
dangling(struct cpv *v, struct ita_norm_stats *st)
{
	size_t i, o = 0;
	uint32_t p;

	for (i = 0; i < v->n; i++) {
		p = o > 0 ? v->p[o - 1] : '\n';
		if (is_mark(v->p[i]) && (p == ' ' || p == '\n')) {
			count(st, ITA_NORM_DANGLING, 1);
			continue;
		}
		v->p[o++] = v->p[i];
	}
	v->n = o;
}

/* เ + เ -> แ (PyThaiNLP's first reorder pair). */
static void
sara_ae(struct cpv *v, struct ita_norm_stats *st)
{
	size_t i, o = 0;

	for (i = 0; i < v->n; i++) {
		if (v->p[i] == TH_SARA_E && i + 1 < v->n &&
		    v->p[i + 1] == TH_SARA_E) {
			v->p[o++] = TH_SARA_AE;
			i++;
			count(st, ITA_NORM_SARA_AE, 1);
			continue;
		}
		v->p[o++] = v->p[i];
	}
	v->n = o;
}

static void
reverse(uint32_t *p, size_t a, size_t b)
{
	uint32_t t;

	while (a + 1 < b) {
		t = p[a];
		p[a++] = p[--b];
		p[b] = t;
	}
}

/* [a, m) [m, b) -> [m, b) [a, m). */
static void
rotate(uint32_t *p, size_t a, size_t m, size_t b)
{
	reverse(p, a, m);
	reverse(p, m, b);
	reverse(p, a, b);
}

static int
is_tone_or_thanthakhat(uint32_t c)
{
	return thcls(c) == TC_TONE || c == TH_THANTHAKHAT;
}

static int
is_above_below(uint32_t c)
{
	return thcls(c) == TC_ABOVE || thcls(c) == TC_BELOW;
}

static int
is_follow(uint32_t c)
{
	return thcls(c) == TC_FOLLOW;
}

static int
is_tone(uint32_t c)
{
	return thcls(c) == TC_TONE;
}

/*
 * Moves a run of class second written before a run of class first
 * behind it: tone or thanthakhat before above/below vowel (ก่ิ -> กิ่),
 * follow vowel before tone (กา่ -> ก่า).
 */
static void
reorder(struct cpv *v, int (*late)(uint32_t), int (*early)(uint32_t),
    int rule, struct ita_norm_stats *st)
{
	size_t i = 0, j, k;

	while (i < v->n) {
		if (!late(v->p[i])) {
			i++;
			continue;
		}
		for (j = i; j < v->n && late(v->p[j]); j++)
			;
		for (k = j; k < v->n && early(v->p[k]); k++)
			;
		if (k > j) {
			rotate(v->p, i, j, k);
			count(st, rule, 1);
		}
		i = k > j ? k : j;
	}
}

static void
lakkhangyao(struct cpv *v, struct ita_norm_stats *st)
{
	size_t i;

	for (i = 0; i < v->n; i++)
		if (v->p[i] == TH_LAKKHANGYAO && (i == 0 ||
		    (v->p[i - 1] != TH_RU && v->p[i - 1] != TH_LU))) {
			v->p[i] = TH_SARA_AA;
			count(st, ITA_NORM_LAKKHANGYAO, 1);
		}
}

/* Repeated vowels and signs collapse; of repeated tones the last stays. */
static void
repeats(struct cpv *v, struct ita_norm_stats *st)
{
	size_t i, o = 0;
	uint32_t c;
	int k;

	for (i = 0; i < v->n; i++) {
		c = v->p[i];
		k = thcls(c);
		if (o > 0 && k == TC_TONE && thcls(v->p[o - 1]) == TC_TONE) {
			v->p[o - 1] = c;
			count(st, ITA_NORM_REPEAT, 1);
			continue;
		}
		if (o > 0 && c == v->p[o - 1] && (k == TC_FOLLOW ||
		    k == TC_LEAD || k == TC_ABOVE || k == TC_BELOW ||
		    k == TC_SIGN)) {
			count(st, ITA_NORM_REPEAT, 1);
			continue;
		}
		v->p[o++] = c;
	}
	v->n = o;
}

/* Spaces collapsed, lines trimmed, empty lines dropped, "100 %". */
static void
spaces(struct cpv *v, struct ita_norm_stats *st)
{
	size_t i, o = 0, ls = 0;
	uint32_t c;

	for (i = 0; i < v->n; i++) {
		c = v->p[i];
		if (c == '\n') {
			while (o > ls && v->p[o - 1] == ' ') {
				o--;
				count(st, ITA_NORM_SPACE, 1);
			}
			if (o == ls) {
				count(st, ITA_NORM_BLANK_LINE, 1);
				continue;
			}
			v->p[o++] = '\n';
			ls = o;
			continue;
		}
		if (c == ' ' && (o == ls || v->p[o - 1] == ' ')) {
			count(st, ITA_NORM_SPACE, 1);
			continue;
		}
		if (c == '%' && o >= ls + 2 && v->p[o - 1] == ' ' &&
		    v->p[o - 2] >= '0' && v->p[o - 2] <= '9') {
			o--;
			count(st, ITA_NORM_PERCENT, 1);
		}
		v->p[o++] = c;
	}
	while (o > ls && v->p[o - 1] == ' ') {
		o--;
		count(st, ITA_NORM_SPACE, 1);
	}
	if (o > 0 && o == ls) {
		o--;	/* the line break before an empty last line */
		count(st, ITA_NORM_BLANK_LINE, 1);
	}
	v->n = o;
}

/* ---- the pass and the entry points ---- */

struct work {
	struct cpv	 v;
	struct ita_buf	 markup;
	struct cbox	 cb;
};

static int
norm_pass(const char *in, size_t len, struct ita_buf *out, struct work *w,
    struct ita_norm_stats *st)
{
	const char *s = in;
	size_t n = len;

	if (has_markup(in, len)) {
		ita_buf_clear(&w->markup);
		if (strip_markup(in, len, &w->markup, &w->cb, st) == -1)
			return -1;
		s = ita_buf_str(&w->markup);
		n = w->markup.len;
	}
	if (decode_clean(s, n, &w->v, st) == -1 || nfc(&w->v, st) == -1)
		return -1;
	thai_digits(&w->v, st);
	lookalikes(&w->v, st);
	mark_space(&w->v, st);
	sara_am(&w->v, st);
	dangling(&w->v, st);
	sara_ae(&w->v, st);
	reorder(&w->v, is_tone_or_thanthakhat, is_above_below,
	    ITA_NORM_TONE_ORDER, st);
	reorder(&w->v, is_follow, is_tone, ITA_NORM_FOLLOW_ORDER, st);
	lakkhangyao(&w->v, st);
	repeats(&w->v, st);
	spaces(&w->v, st);
	if (nfc(&w->v, st) == -1)
		return -1;
	ita_buf_clear(out);
	if (ita_buf_reserve(out, 0) == -1)
		return -1;
	return cpv_encode(&w->v, out);
}

static int
same(const struct ita_buf *a, const struct ita_buf *b)
{
	return a->len == b->len && (a->len == 0 ||
	    memcmp(a->p, b->p, a->len) == 0);
}

/* Passes until stable: rules may expose work for each other. */
static int
norm_fix(const char *in, size_t len, struct ita_buf *out, struct work *w,
    struct ita_norm_stats *st)
{
	struct ita_buf b = ITA_BUF_INIT, t;
	int i, r = 0;

	if (norm_pass(in, len, out, w, st) == -1)
		return -1;
	for (i = 1; i < MAX_PASSES; i++) {
		if (quick_canon(out->p, out->len, NULL, NULL) == 1)
			break;
		if ((r = norm_pass(out->p, out->len, &b, w, st)) == -1)
			break;
		if (same(out, &b))
			break;
		t = *out;
		*out = b;
		b = t;
	}
	ita_buf_free(&b);
	return r;
}

/* Copies at most max-1 bytes of s, cut on a UTF-8 boundary. */
static void
copy_utf8(char *dst, size_t max, const char *s, size_t n)
{
	if (n >= max) {
		n = max - 1;
		while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
			n--;
	}
	memcpy(dst, s, n);
	dst[n] = '\0';
}

static int
fill_info(struct ita_norm_info *info, const struct cbox *cb,
    const struct ita_buf *out)
{
	struct ita_buf lab = ITA_BUF_INIT;

	info->foreign_letters = count_foreign(ita_buf_str(out), out->len);
	if (!cb->have)
		return 0;
	if (ita_norm_cell(cb->label, cb->labellen, &lab, NULL, NULL) == -1) {
		ita_buf_free(&lab);
		return -1;
	}
	copy_utf8(info->checked_label, sizeof(info->checked_label),
	    ita_buf_str(&lab), lab.len);
	info->checkbox = ita_checkbox_classify(lab.p, lab.len);
	ita_buf_free(&lab);
	return 0;
}

/*
 * Text whose only work is Thai digits: they are converted in one copy.
 * 1 when the result is canonical, so that it is what the passes give;
 * 0 when the passes must run after all; -1 on ENOMEM.
 */
static int
digits_only(const char *in, size_t len, struct ita_buf *out, int *nf,
    const struct qdig *dg)
{
	/* none before dg->first or after dg->end: those are copied */
	if (ita_buf_add(out, in, dg->first) == -1)
		return -1;
	if (ita_thai_digits_to_ascii(in + dg->first, dg->end - dg->first,
	    out) == -1 || ita_buf_add(out, in + dg->end, len - dg->end) == -1)
		return -1;
	/*
	 * The quick check took the digits for the ASCII ones they become,
	 * so only where it looks ahead past them can the converted text
	 * differ: what follows '<' and '&' ("&#๓๖;" becomes an entity).
	 */
	if (!dg->markup)
		return 1;
	return quick_canon(out->p, out->len, nf, NULL) == 1;
}

int
ita_norm_cell(const char *in, size_t len, struct ita_buf *out,
    struct ita_norm_info *info, struct ita_norm_stats *st)
{
	struct work w;
	struct qdig dg = { 0, 0, 0, 0 };
	int r, nf = 0;

	if (info != NULL)
		memset(info, 0, sizeof(*info));
	ita_buf_clear(out);
	if ((r = quick_canon(in, len, info != NULL ? &nf : NULL, &dg)) == -1) {
		errno = EILSEQ;
		return -1;
	}
	if (r == 1 && dg.n > 0) {
		if ((r = digits_only(in, len, out, info != NULL ? &nf : NULL,
		    &dg)) < 0)
			return -1;
		if (r == 1) {
			count(st, ITA_NORM_THAI_DIGIT, dg.n);
			if (info != NULL)
				info->foreign_letters = nf;
			if (st != NULL)
				count(st, ITA_NORM_FOREIGN, (unsigned long)(info != NULL ?
				    nf : count_foreign(out->p, out->len)));
			return 0;
		}
		ita_buf_clear(out);
	} else if (r == 1) {	/* the fast path: one check, one copy */
		if (ita_buf_add(out, in, len) == -1)
			return -1;
		if (info != NULL)
			info->foreign_letters = nf;
		if (st != NULL && info != NULL)
			count(st, ITA_NORM_FOREIGN, (unsigned long)nf);
		return 0;
	}
	memset(&w, 0, sizeof(w));
	r = norm_fix(in, len, out, &w, st);
	if (r == 0 && info != NULL)
		r = fill_info(info, &w.cb, out);
	if (r == 0 && st != NULL)
		count(st, ITA_NORM_FOREIGN, (unsigned long)(info != NULL ?
		    info->foreign_letters : count_foreign(out->p, out->len)));
	free(w.v.p);
	ita_buf_free(&w.markup);
	return r;
}

int
ita_norm_key(const char *in, size_t len, struct ita_buf *out)
{
	size_t i, o = 0;
	uint64_t x;

	if (ita_norm_cell(in, len, out, NULL, NULL) == -1)
		return -1;
	for (i = 0; i < out->len; ) {
		/* eight bytes of no ASCII (Thai, mostly) stay as they are */
		if (out->len - i >= 8) {
			memcpy(&x, out->p + i, 8);
			if ((x & UINT64_C(0x8080808080808080)) ==
			    UINT64_C(0x8080808080808080)) {
				memcpy(out->p + o, &x, 8);	/* o <= i */
				o += 8;
				i += 8;
				continue;
			}
		}
		if (out->p[i] != ' ' && out->p[i] != '\n')
			out->p[o++] = (char)ascii_lower((unsigned char)out->p[i]);
		i++;
	}
	out->len = o;
	if (out->p != NULL)
		out->p[o] = '\0';
	return 0;
}

/* ---- digits ---- */

int
ita_thai_digits_to_ascii(const char *in, size_t len, struct ita_buf *out)
{
	const unsigned char *u = (const unsigned char *)in;
	size_t i = 0, j;

	if (ita_buf_reserve(out, len) == -1)
		return -1;
	while (i < len) {
		/*
		 * ๐..๙ are E0 B9 90..99: runs without them go in one copy.
		 * Past an E0 that starts no digit, the next one may start at
		 * the first E0 of the two bytes after it.
		 */
		for (j = i; j + 2 < len; )
			if (u[j] != 0xE0)
				j++;
			else if (u[j + 1] == 0xB9 && u[j + 2] >= 0x90 &&
			    u[j + 2] <= 0x99)
				break;
			else
				j += u[j + 1] == 0xE0 ? 1 : u[j + 2] == 0xE0 ?
				    2 : 3;
		if (j + 2 >= len)
			j = len;
		if (ita_buf_add(out, in + i, j - i) == -1)
			return -1;
		if (j == len)
			break;
		if (ita_buf_addc(out, '0' + (u[j + 2] - 0x90)) == -1)
			return -1;
		i = j + 3;
	}
	return 0;
}

int
ita_ascii_digits_to_thai(const char *in, size_t len, struct ita_buf *out)
{
	char th[3] = { (char)0xE0, (char)0xB9, 0 };
	size_t i;

	if (ita_buf_reserve(out, len) == -1)
		return -1;
	for (i = 0; i < len; i++) {
		if (in[i] >= '0' && in[i] <= '9') {
			th[2] = (char)(0x90 + (in[i] - '0'));
			if (ita_buf_add(out, th, 3) == -1)
				return -1;
		} else if (ita_buf_addc(out, in[i]) == -1)
			return -1;
	}
	return 0;
}

/* ---- checkbox status ---- */

enum ita_checkbox
ita_checkbox_classify(const char *label, size_t len)
{
	if (label == NULL || len == 0)
		return ITA_CHECK_OTHER;
	if (ita_mem_has(label, len, "ยังไม่") ||
	    ita_mem_has(label, len, "ไม่ได้"))
		return ITA_CHECK_NOT_STARTED;
	if (ita_mem_has(label, len, "อยู่ระหว่าง"))
		return ITA_CHECK_IN_PROGRESS;
	if (ita_mem_has(label, len, "ดำเนินการ") ||
	    ita_mem_has(label, len, "เรียบร้อย") ||
	    ita_mem_has(label, len, "แล้วเสร็จ"))
		return ITA_CHECK_DONE;
	return ITA_CHECK_OTHER;
}

const char *
ita_checkbox_name(enum ita_checkbox c)
{
	switch (c) {
	case ITA_CHECK_NONE:
		return "none";
	case ITA_CHECK_NOT_STARTED:
		return "not-started";
	case ITA_CHECK_IN_PROGRESS:
		return "in-progress";
	case ITA_CHECK_DONE:
		return "done";
	case ITA_CHECK_OTHER:
		return "other";
	}
	return "other";
}

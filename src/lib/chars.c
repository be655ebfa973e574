/*
 * The one character policy of the writers (chars.h) and the formula
 * guard.  The scan is on every field written, so the common text (ASCII
 * and the Thai block) takes a short path.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <stdint.h>
#include <string.h>

#include "chars.h"
#include "parse.h"

#define REPLACEMENT	"\xef\xbf\xbd"	/* U+FFFD */
#define ONES		((uint64_t)0x0101010101010101)
#define HIGH		(ONES * 0x80)
/* Two Thai letters in the low six bytes of a word read little-endian. */
#define THAI2_MASK	((uint64_t)0x0000c0feffc0feff)
#define THAI2		((uint64_t)0x000080b8e080b8e0)
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define LITTLE	1
#else
#define LITTLE	0
#endif

/*
 * The length of the character at s (at most n bytes) when a writer may
 * pass it on, else 0 for one that it replaces: *bad gets the number of
 * bytes replaced by one U+FFFD (a whole character, or one stray byte).
 */
static size_t
char_ok(const unsigned char *s, size_t n, size_t *bad)
{
	unsigned c = s[0];
	size_t k, len;
	uint32_t cp;

	*bad = 1;
	if (c < 0x80)
		return (c >= 0x20 && c != 0x7f) || c == '\t' || c == '\n' ||
		    c == '\r' ? 1 : 0;
	if (c >= 0xc2 && c <= 0xdf)
		len = 2, cp = c & 0x1f;
	else if (c >= 0xe0 && c <= 0xef)
		len = 3, cp = c & 0x0f;
	else if (c >= 0xf0 && c <= 0xf4)
		len = 4, cp = c & 0x07;
	else
		return 0;
	if (n < len)
		return 0;
	for (k = 1; k < len; k++) {
		if ((s[k] & 0xc0) != 0x80)
			return 0;
		cp = (cp << 6) | (s[k] & 0x3f);
	}
	if ((len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
	    (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff)
		return 0;
	*bad = len;
	if (cp <= 0x9f || (cp >= 0xfdd0 && cp <= 0xfdef) ||
	    (cp & 0xfffe) == 0xfffe)
		return 0;
	return len;
}

size_t
ita_chars_scan(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, n, bad;
	uint64_t w, v;

	while (i < len) {
		/* eight printable ASCII bytes at a time: none high, none
		 * below 0x20, none DEL (a false alarm only goes slowly) */
		while (len - i >= 8) {
			memcpy(&w, p + i, 8);
			if (((w | ((w - ONES * 0x20) & ~w) |
			    ((w ^ ONES * 0x7f) - ONES)) & HIGH) != 0)
				break;
			i += 8;
		}
		if (i == len)
			break;
		if (p[i] >= 0x20 && p[i] < 0x7f) {
			i++;
			continue;
		}
		/*
		 * U+0E00-U+0E7F, most of what is not ASCII: four letters
		 * (E0 B8|B9 80-BF) in two compares of the low six bytes of
		 * little-endian words, then one at a time.
		 */
		if (p[i] == 0xe0) {
			while (LITTLE && len - i >= 12) {
				memcpy(&w, p + i, 8);
				memcpy(&v, p + i + 4, 8);
				if ((w & THAI2_MASK) != THAI2 ||
				    ((v >> 16) & THAI2_MASK) != THAI2)
					break;
				i += 12;
			}
			if (len - i >= 3 && p[i] == 0xe0 &&
			    (p[i + 1] & 0xfe) == 0xb8 &&
			    (p[i + 2] & 0xc0) == 0x80) {
				i += 3;
				continue;
			}
			if (i == len || p[i] != 0xe0)
				continue;
		}
		if ((n = char_ok(p + i, len - i, &bad)) == 0)
			return i;
		i += n;
	}
	return len;
}

long
ita_chars_clean(const char *s, size_t len, struct ita_buf *out)
{
	size_t i = 0, n, bad;
	long count = 0;

	ita_buf_clear(out);
	while (i < len) {
		n = ita_chars_scan(s + i, len - i);
		if (ita_buf_add(out, s + i, n) == -1)
			return -1;
		i += n;
		if (i == len)
			break;
		(void)char_ok((const unsigned char *)s + i, len - i, &bad);
		if (ita_buf_adds(out, REPLACEMENT) == -1)
			return -1;
		count++;
		i += bad;
	}
	if (ita_buf_add(out, "", 0) == -1)
		return -1;
	return count;
}

int
ita_formula_risky(const char *s)
{
	double x;

	if (*s == '\0' || strchr(ITA_FORMULA_CHARS, *s) == NULL)
		return 0;
	return ita_parse_decimal(s, &x) == -1;
}

int
ita_formula_guarded(const char *s, size_t len)
{
	return len >= 2 && s[0] == '\'' &&
	    memchr(ITA_FORMULA_CHARS, s[1], strlen(ITA_FORMULA_CHARS)) != NULL;
}

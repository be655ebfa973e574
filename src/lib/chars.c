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
#include "utf8.h"

#define REPLACEMENT	"\xef\xbf\xbd"	/* U+FFFD */
#define ONES		((uint64_t)0x0101010101010101)
#define HIGH		(ONES * 0x80)

/*
 * The length of the character at s (at most n bytes) when a writer may
 * pass it on, else 0 for one that it replaces: *bad gets the number of
 * bytes replaced by one U+FFFD (a whole character, or one stray byte).
 */
static size_t
char_ok(const unsigned char *s, size_t n, size_t *bad)
{
	unsigned c = s[0];
	size_t len;
	uint32_t cp;

	*bad = 1;
	if (c < 0x80)
		return (c >= 0x20 && c != 0x7f) || c == '\t' || c == '\n' ||
		    c == '\r' ? 1 : 0;
	if ((len = ita_utf8_decode((const char *)s, n, &cp)) == 0)
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
	uint64_t w;

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
		/* U+0E00-U+0E7F, most of what is not ASCII. */
		if (p[i] == 0xe0 && (n = ita_thai_run(s + i, len - i)) > 0) {
			i += n;
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

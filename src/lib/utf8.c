/* SPDX-License-Identifier: ISC (see the file LICENSE) */
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "utf8.h"

#define ONES	((uint64_t)0x0101010101010101)
/* Two Thai letters in the low six bytes of a word read little-endian. */
#define THAI2_MASK	((uint64_t)0x0000c0feffc0feff)
#define THAI2		((uint64_t)0x000080b8e080b8e0)
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define LITTLE	1
#else
#define LITTLE	0
#endif

enum ita_utf8_problem
ita_utf8_check(const char *s, size_t len, size_t *off)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, n, k;
	unsigned c;
	uint32_t cp;
	uint64_t w;

	while (i < len) {
		/* Eight printable ASCII bytes at a time: no high bit, none
		 * below 0x20. */
		while (len - i >= 8) {
			memcpy(&w, p + i, 8);
			if (((w | ((w - ONES * 0x20) & ~w)) & ONES * 0x80) != 0)
				break;
			i += 8;
		}
		if (i == len)
			break;
		c = p[i];
		if (c >= 0x20 && c < 0x80) {
			i++;
			continue;
		}
		/*
		 * The Thai block, U+0E00-U+0E7F, is most of the rest: two
		 * letters (E0 B8|B9 80-BF twice) at a time, in one compare
		 * of a little-endian word's low six bytes.
		 */
		if (c == 0xe0) {
			while (LITTLE && len - i >= 8) {
				memcpy(&w, p + i, 8);
				if ((w & THAI2_MASK) != THAI2)
					break;
				i += 6;
			}
			if (len - i >= 3 && p[i] == 0xe0 &&
			    (p[i + 1] & 0xfe) == 0xb8 &&
			    (p[i + 2] & 0xc0) == 0x80) {
				i += 3;
				continue;
			}
			if (p[i] != 0xe0)
				continue;
		}
		*off = i;
		if (c < 0x80) {
			if (c == 0)
				return ITA_UTF8_NUL;
			if (c != '\t' && c != '\n' && c != '\r')
				return ITA_UTF8_CONTROL;
			i++;
			continue;
		}
		if (c >= 0xc2 && c <= 0xdf)
			n = 1, cp = c & 0x1f;
		else if (c >= 0xe0 && c <= 0xef)
			n = 2, cp = c & 0x0f;
		else if (c >= 0xf0 && c <= 0xf4)
			n = 3, cp = c & 0x07;
		else
			return ITA_UTF8_INVALID;
		if (len - i <= n)
			return ITA_UTF8_INVALID;
		for (k = 1; k <= n; k++) {
			if ((p[i + k] & 0xc0) != 0x80)
				return ITA_UTF8_INVALID;
			cp = (cp << 6) | (p[i + k] & 0x3f);
		}
		/* Overlong forms, surrogates, beyond U+10FFFF. */
		if ((n == 2 && cp < 0x800) || (n == 3 && cp < 0x10000) ||
		    (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff)
			return ITA_UTF8_INVALID;
		i += n + 1;
	}
	return ITA_UTF8_OK;
}

static int
slow_is_nfc(const char *s, size_t len)
{
	utf8proc_uint8_t *nfc = NULL;
	utf8proc_ssize_t n;
	int same;

	n = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)len,
	    &nfc, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
	if (n < 0)
		return 0;
	same = (size_t)n == len && memcmp(nfc, s, len) == 0;
	free(nfc);
	return same;
}

int
ita_utf8_is_nfc(const char *s, size_t len)
{
	const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
	utf8proc_int32_t cp, d;
	utf8proc_ssize_t n;
	int ccc, last = 0;
	size_t i = 0;

	while (i < len) {
		if (p[i] < 0x80) {
			i++;
			last = 0;
			continue;
		}
		/* Thai decoded here: it is most of what is not ASCII. */
		if (p[i] == 0xe0 && len - i >= 3 && (p[i + 1] & 0xfe) == 0xb8 &&
		    (p[i + 2] & 0xc0) == 0x80) {
			cp = 0x0e00 | ((p[i + 1] & 0x01) << 6) | (p[i + 2] & 0x3f);
			i += 3;
			ccc = ita_thai_ccc((uint32_t)cp);
			if (ccc != 0 && ccc < last)
				return 0;
			last = ccc;
			continue;
		}
		n = utf8proc_iterate(p + i, (utf8proc_ssize_t)(len - i), &d);
		if (n < 0)
			return 0;
		cp = d;		/* d has its address taken, so cp stays in a
				 * register in the Thai loop */
		i += (size_t)n;
		if (cp < 0x300)
			last = 0;
		else if (cp >= 0x0e00 && cp <= 0x0e7f) {
			/*
			 * Thai composes with nothing; NFC only asks that
			 * its marks stand in canonical order.
			 */
			ccc = ita_thai_ccc((uint32_t)cp);
			if (ccc != 0 && ccc < last)
				return 0;
			last = ccc;
		} else
			return slow_is_nfc(s, len);
	}
	return 1;
}

int
ita_thai_ccc(uint32_t c)
{
	if (c == 0x0E38 || c == 0x0E39)
		return 103;
	if (c == 0x0E3A)
		return 9;
	if (c >= 0x0E48 && c <= 0x0E4B)
		return 107;
	return 0;
}

size_t
ita_utf8_column(const char *s, size_t off)
{
	size_t i, col = 1;

	for (i = 0; i < off; i++)
		if (((unsigned char)s[i] & 0xc0) != 0x80)
			col++;
	return col;
}

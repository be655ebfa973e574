/* SPDX-License-Identifier: ISC (see the file LICENSE) */
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "utf8.h"

#define ONES	((uint64_t)0x0101010101010101)

enum ita_utf8_problem
ita_utf8_check(const char *s, size_t len, size_t *off)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, n;
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
		/* The Thai block, U+0E00-U+0E7F, is most of the rest. */
		if (c == 0xe0 && (n = ita_thai_run(s + i, len - i)) > 0) {
			i += n;
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
		if ((n = ita_utf8_decode(s + i, len - i, &cp)) == 0)
			return ITA_UTF8_INVALID;
		i += n;
	}
	return ITA_UTF8_OK;
}

size_t
ita_utf8_decode(const char *s, size_t n, uint32_t *cp)
{
	const unsigned char *p = (const unsigned char *)s;
	unsigned c = p[0];
	size_t k, len;

	if (c >= 0xc2 && c <= 0xdf)
		len = 2, *cp = c & 0x1f;
	else if (c >= 0xe0 && c <= 0xef)
		len = 3, *cp = c & 0x0f;
	else if (c >= 0xf0 && c <= 0xf4)
		len = 4, *cp = c & 0x07;
	else
		return 0;
	if (n < len)
		return 0;
	for (k = 1; k < len; k++) {
		if ((p[k] & 0xc0) != 0x80)
			return 0;
		*cp = (*cp << 6) | (p[k] & 0x3f);
	}
	/* Overlong forms, surrogates, beyond U+10FFFF. */
	if ((len == 3 && *cp < 0x800) || (len == 4 && *cp < 0x10000) ||
	    (*cp >= 0xd800 && *cp <= 0xdfff) || *cp > 0x10ffff)
		return 0;
	return len;
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

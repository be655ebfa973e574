/*
 * Checks on UTF-8 text: well-formed, free of control bytes, in NFC.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#ifndef ITA_UTF8_H
#define ITA_UTF8_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

enum ita_utf8_problem {
	ITA_UTF8_OK = 0,
	ITA_UTF8_INVALID,	/* not well-formed UTF-8 */
	ITA_UTF8_NUL,		/* a NUL byte */
	ITA_UTF8_CONTROL	/* a C0 control other than TAB, LF, CR */
};

/* The first problem in s, with its byte offset in *off. */
enum ita_utf8_problem ita_utf8_check(const char *s, size_t len, size_t *off);
/*
 * The multi-byte character at s (at most n bytes, s[0] >= 0x80): its
 * length, 2 to 4, with its code point in *cp; 0 if it is not
 * well-formed (a stray byte, cut short, overlong, a surrogate, beyond
 * U+10FFFF).  The UTF-8 check and the writers' character scan decode so.
 */
size_t	ita_utf8_decode(const char *s, size_t n, uint32_t *cp);
/* 1 if s (well-formed UTF-8) is in NFC; a fast path skips most text. */
int	ita_utf8_is_nfc(const char *s, size_t len);
/*
 * The canonical combining class of a Thai code point (U+0E00-U+0E7F):
 * 103 for the below vowels, 9 for PHINTHU, 107 for the tone marks, else 0.
 * Kept here so that the NFC check and the normalizer need no table look-up.
 */
int	ita_thai_ccc(uint32_t);
/*
 * The length of the run of Thai-block code points (U+0E00-U+0E7F, the
 * bytes E0 B8|B9 80-BF) that s[0..len) starts with, 0 if none: four
 * letters at a time in two compares of the low six bytes of
 * little-endian words, then one at a time.  Inline: the UTF-8 check of
 * every line read and the writers' character scan take Thai this way.
 */
static inline size_t
ita_thai_run(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	const uint64_t mask = 0x0000c0feffc0feff, two = 0x000080b8e080b8e0;
	uint64_t w, v;

	while (len - i >= 12) {
		memcpy(&w, p + i, 8);
		memcpy(&v, p + i + 4, 8);
		if ((w & mask) != two || ((v >> 16) & mask) != two)
			break;
		i += 12;
	}
#endif
	while (len - i >= 3 && p[i] == 0xe0 && (p[i + 1] & 0xfe) == 0xb8 &&
	    (p[i + 2] & 0xc0) == 0x80)
		i += 3;
	return i;
}

/* Number of code points before byte offset off, plus one: a column. */
size_t	ita_utf8_column(const char *s, size_t off);

#endif

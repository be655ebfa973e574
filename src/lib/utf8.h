/*
 * Checks on UTF-8 text: well-formed, free of control bytes, in NFC.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#ifndef ITA_UTF8_H
#define ITA_UTF8_H

#include <stddef.h>
#include <stdint.h>

enum ita_utf8_problem {
	ITA_UTF8_OK = 0,
	ITA_UTF8_INVALID,	/* not well-formed UTF-8 */
	ITA_UTF8_NUL,		/* a NUL byte */
	ITA_UTF8_CONTROL	/* a C0 control other than TAB, LF, CR */
};

/* The first problem in s, with its byte offset in *off. */
enum ita_utf8_problem ita_utf8_check(const char *s, size_t len, size_t *off);
/* 1 if s (well-formed UTF-8) is in NFC; a fast path skips most text. */
int	ita_utf8_is_nfc(const char *s, size_t len);
/*
 * The canonical combining class of a Thai code point (U+0E00-U+0E7F):
 * 103 for the below vowels, 9 for PHINTHU, 107 for the tone marks, else 0.
 * Kept here so that the NFC check and the normalizer need no table look-up.
 */
int	ita_thai_ccc(uint32_t);
/* Number of code points before byte offset off, plus one: a column. */
size_t	ita_utf8_column(const char *s, size_t off);

#endif

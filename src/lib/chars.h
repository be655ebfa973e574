/*
 * What every writer does with characters it may not pass on (ita(5),
 * CHARACTERS), and the formula guard of CSV and TSV cells for sheets.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#ifndef ITA_CHARS_H
#define ITA_CHARS_H

#include <stddef.h>

#include "buf.h"

/*
 * No writer passes on a control character other than tab, line feed and
 * carriage return (C0, DEL, C1: ESC would drive a terminal, XML cannot
 * hold most of them), a non-character (U+FDD0-U+FDEF and every U+xFFFE,
 * U+xFFFF: XML cannot hold U+FFFE) or a byte that is not UTF-8.  Each is
 * written as U+FFFD, and the writer warns (rule output.char, clean.h).
 *
 * ita_chars_scan: the byte offset of the first such character, or len.
 */
size_t	ita_chars_scan(const char *s, size_t len);
/*
 * s into out (cleared first) with each such character as U+FFFD; the
 * number replaced (0: out is a copy of s), or -1 (ENOMEM).
 */
long	ita_chars_clean(const char *s, size_t len, struct ita_buf *out);

/* The character spreadsheets read as the start of a formula. */
#define ITA_FORMULA_CHARS	"=+-@\t\r"
/*
 * 1 when a sheet would take cell s for a formula: it begins with one of
 * ITA_FORMULA_CHARS and is not wholly a decimal number ("-5", "-12.5",
 * which sheets read as numbers).  The guard writes ' before such a cell.
 */
int	ita_formula_risky(const char *s);
/* 1 when s (len bytes) is a guarded cell: ' then a formula character. */
int	ita_formula_guarded(const char *s, size_t len);

#endif

/*
 * Normalization of cell text to the stream's canonical form (issue 3,
 * part 1): markup debris out, Unicode cleaned and NFC, Thai export
 * damage repaired.  Idempotent; never NFKC.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#ifndef ITA_THNORM_H
#define ITA_THNORM_H

#include <stddef.h>

#include "buf.h"

enum ita_checkbox {
	ITA_CHECK_NONE = 0,		/* no checkbox, or none checked */
	ITA_CHECK_NOT_STARTED,		/* label contains ยังไม่ */
	ITA_CHECK_IN_PROGRESS,		/* label contains อยู่ระหว่าง */
	ITA_CHECK_DONE,			/* ดำเนินการ, เรียบร้อย, แล้วเสร็จ */
	ITA_CHECK_OTHER
};

/* The rules, in the order they are applied; counted by ita_norm_stats. */
enum ita_norm_rule {
	ITA_NORM_CHECKBOX,	/* checkbox input turned into a status */
	ITA_NORM_BLOCK_TAG,	/* p ul ol li br div tr -> line break */
	ITA_NORM_TAG,		/* other tag or comment removed */
	ITA_NORM_ENTITY,	/* &amp; &#3585; ... decoded */
	ITA_NORM_MARKDOWN,	/* ** \* leading "# " <https://...> */
	ITA_NORM_IGNORABLE,	/* ZWSP ZWNJ ZWJ WJ BOM SHY deleted */
	ITA_NORM_ODD_SPACE,	/* NBSP, U+2000-200A, ..., tab -> space */
	ITA_NORM_CONTROL,	/* other C0 controls deleted, CR -> LF */
	ITA_NORM_NFC,		/* text was not in NFC */
	ITA_NORM_THAI_DIGIT,	/* ๐-๙ -> 0-9 */
	ITA_NORM_LOOKALIKE,	/* Devanagari look-alike -> Thai letter */
	ITA_NORM_FOREIGN,	/* foreign letter in a Thai word (reported) */
	ITA_NORM_MARK_SPACE,	/* space between consonant and its mark */
	ITA_NORM_SARA_AM,	/* broken SARA AM rejoined */
	ITA_NORM_DANGLING,	/* mark at text start or after a space */
	ITA_NORM_SARA_AE,	/* เ + เ -> แ */
	ITA_NORM_TONE_ORDER,	/* tone before above/below vowel */
	ITA_NORM_FOLLOW_ORDER,	/* follow vowel before tone */
	ITA_NORM_LAKKHANGYAO,	/* ๅ not after ฤ/ฦ -> า */
	ITA_NORM_REPEAT,	/* repeated vowel or sign collapsed */
	ITA_NORM_PERCENT,	/* "100 %" -> "100%" */
	ITA_NORM_SPACE,		/* runs of spaces collapsed, lines trimmed */
	ITA_NORM_BLANK_LINE,	/* empty line removed */
	ITA_NORM_NRULES
};

struct ita_norm_stats {
	unsigned long	count[ITA_NORM_NRULES];
};

struct ita_norm_info {
	enum ita_checkbox checkbox;
	char	checked_label[128];	/* label of the checked box, normalized */
	int	foreign_letters;	/* non-Thai letters inside Thai words */
};

/* Short name of a rule ("thai-digit"), NULL when out of range. */
const char	*ita_norm_rule_name(int rule);

/*
 * Normalize one cell.  out is cleared first.  info (reset here) and st
 * (counts are added) may be NULL.  Returns 0, or -1 with errno EILSEQ on
 * invalid UTF-8 or ENOMEM.
 */
int	 ita_norm_cell(const char *in, size_t len, struct ita_buf *out,
	    struct ita_norm_info *info, struct ita_norm_stats *st);

/*
 * 1 if the text is certainly canonical (ita_norm_cell returns it as is):
 * the fast path.  0 means it may change.  Conservative: text with '<' or
 * '&', NIKHAHIT, or non-Thai combining marks is never reported canonical.
 */
int	 ita_norm_is_canonical(const char *s, size_t len);
/*
 * Both checks ita-validate makes on every field, from one pass when the
 * text is canonical (most is; canonical text is in NFC): the NFC check
 * only runs on the rest.
 */
enum ita_text_form {
	ITA_TEXT_NOT_NFC = 0,	/* not in NFC (or not UTF-8) */
	ITA_TEXT_NFC,		/* in NFC, maybe not canonical */
	ITA_TEXT_CANONICAL	/* canonical, so in NFC */
};
enum ita_text_form ita_norm_check(const char *s, size_t len);

/* Match key: normalized, spaces and newlines removed, ASCII lower-cased. */
int	 ita_norm_key(const char *in, size_t len, struct ita_buf *out);

/* Digit conversions; out is appended to.  Other bytes are copied. */
int	 ita_thai_digits_to_ascii(const char *in, size_t len, struct ita_buf *out);
int	 ita_ascii_digits_to_thai(const char *in, size_t len, struct ita_buf *out);

/* Status of a checkbox label ("ยังไม่ได้ดำเนินการ" -> NOT_STARTED). */
enum ita_checkbox ita_checkbox_classify(const char *label, size_t len);
const char	*ita_checkbox_name(enum ita_checkbox);

#endif

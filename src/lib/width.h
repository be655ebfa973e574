/*
 * Display width, grapheme-safe cutting and padding, and Thai word wrap
 * (issue 3, part 3).  This is THE width function of ita-tools.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#ifndef ITA_WIDTH_H
#define ITA_WIDTH_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"

/*
 * Display columns: the sum of utf8proc_charwidth over the code points
 * (ก่า 2, น้ำ 2, ผู้ 1, full-width Latin 2 each).  An invalid byte counts
 * as one column.
 */
int	 ita_width(const char *s, size_t len);
/*
 * utf8proc_grapheme_break_stateful (1: a cluster boundary between prev
 * and c), with ASCII and Thai taken without its tables.
 */
int	 ita_grapheme_break(int32_t prev, int32_t c, int32_t *state);
/* ita_width, or max + 1 as soon as it is wider than max columns (max >= 0). */
int	 ita_width_max(const char *s, size_t len, int max);

/*
 * Byte length of the longest prefix of s that fits in maxcols columns
 * and ends on a grapheme cluster boundary.
 */
size_t	 ita_cut_width(const char *s, size_t len, int maxcols);

/*
 * Appends s cut to width columns and padded with spaces to exactly
 * width columns (on the left when right_align).  0, or -1 on ENOMEM.
 */
int	 ita_pad(struct ita_buf *out, const char *s, size_t len, int width,
	    int right_align);

/* One output line: bytes [off, off + len) of the wrapped text. */
struct ita_line {
	size_t	off, len;
};

struct ita_wrap;

/* A wrap context holds the libthai word breaker (loaded on first use). */
struct ita_wrap	*ita_wrap_new(void);
void		 ita_wrap_free(struct ita_wrap *);

/*
 * Wraps s to width columns at spaces and at Thai word boundaries found
 * by libthai (th_brk), falling back to grapheme boundaries for a word
 * longer than the line.  A line never starts with ๆ, ฯ or a closing
 * mark ) ] } ” ’ , . ; : ! ? %.  "\n" forces a break.  Spaces at a break
 * are dropped.  Every line has ita_width <= width unless one grapheme is
 * wider.  *lines points into the context and is valid until the next
 * call.  Returns 0, or -1 on ENOMEM.
 */
int	 ita_wrap_lines(struct ita_wrap *, const char *s, size_t len,
	    int width, const struct ita_line **lines, size_t *nlines);

#endif

/*
 * libFuzzer harness for the normalizer and the width functions: no crash,
 * idempotence (normalize(normalize(x)) = normalize(x), issue 13 item 6),
 * the quick check never lies, the fast paths count foreign letters as the
 * passes do, wrapped lines fit.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "thnorm.h"
#include "width.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static void
check_wrap(const char *s, size_t n)
{
	static struct ita_wrap *w;	/* the dictionary loads once */
	const struct ita_line *l;
	size_t nl, i;
	int width = 1 + (int)(n % 40);

	if (w == NULL && (w = ita_wrap_new()) == NULL)
		abort();
	if (ita_wrap_lines(w, s, n, width, &l, &nl) == -1)
		abort();
	for (i = 0; i < nl; i++) {
		if (l[i].off + l[i].len > n)
			abort();
		if (width > 1 && ita_width(s + l[i].off, l[i].len) > width &&
		    ita_cut_width(s + l[i].off, l[i].len, width) > 0)
			abort();
	}
	if (ita_cut_width(s, n, width) > n)
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct ita_buf a = ITA_BUF_INIT, b = ITA_BUF_INIT;
	struct ita_norm_info info, info2;
	struct ita_norm_stats st;
	const char *s = (const char *)data;

	memset(&st, 0, sizeof(st));
	if (ita_norm_cell(s, size, &a, &info, &st) == 0) {
		if (ita_norm_cell(a.p, a.len, &b, &info2, NULL) != 0)
			abort();
		if (a.len != b.len || memcmp(a.p, b.p, a.len) != 0)
			abort();	/* not idempotent */
		if (info.foreign_letters != info2.foreign_letters)
			abort();	/* fast path and passes disagree */
		if (ita_norm_is_canonical(s, size) &&
		    (a.len != size || memcmp(a.p, s, size) != 0))
			abort();	/* the quick check lied */
		if (ita_norm_key(s, size, &b) != 0)
			abort();
		check_wrap(a.p, a.len);
	}
	check_wrap(s, size);
	ita_buf_free(&a);
	ita_buf_free(&b);
	return 0;
}

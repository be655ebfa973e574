/*
 * libFuzzer harness for the period parser: no crash, a parsed period is
 * made of real dates in order, an error has a message, and a parsed
 * period formats and parses back to the same dates.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "thdate.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct ita_buf err = ITA_BUF_INIT, f = ITA_BUF_INIT;
	struct ita_period p, q;
	int fy, r;

	/* The first byte picks the context fiscal year (0: unknown). */
	fy = size > 0 && data[0] % 2 ? 2560 + data[0] % 16 : 0;
	r = ita_period_parse((const char *)data, size, fy, &p, &err);
	if (r == -1 && err.len == 0 && size > 0)
		abort();
	if (r == 1) {
		if (!ita_date_valid(p.start.y, p.start.m, p.start.d) ||
		    !ita_date_valid(p.end.y, p.end.m, p.end.d) ||
		    ita_date_cmp(p.start, p.end) > 0 ||
		    p.start_prec == ITA_PREC_NONE ||
		    p.end_prec == ITA_PREC_NONE)
			abort();
		if (ita_period_format_thai(&p, 1, 1, &f) != 0)
			abort();
		/* quarter and year ranges do not print as one phrase */
		if (p.start_prec <= ITA_PREC_MONTH &&
		    p.end_prec <= ITA_PREC_MONTH && p.start.y >= 1900 &&
		    p.end.y <= 2300 &&
		    (ita_period_parse(f.p, f.len, 0, &q, NULL) != 1 ||
		    ita_date_cmp(p.start, q.start) != 0 ||
		    ita_date_cmp(p.end, q.end) != 0))
			abort();
	}
	ita_buf_free(&err);
	ita_buf_free(&f);
	return 0;
}

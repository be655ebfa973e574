/*
 * libFuzzer harness for the parsers of option values that every program
 * shares: decimal numbers (never read through the locale), whole numbers
 * in a range, stream form names, ISO dates (--as-of, --from dates) and
 * precision names. Each value is a NUL-terminated string, as argv gives
 * it; what a parser accepts must format back to what it parses again.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <math.h>
#include <string.h>

#include "fuzz.h"
#include "opts.h"
#include "thdate.h"

FUZZ_TARGET(values)
{
	static char *s;
	static size_t cap;
	struct ita_date dt, again;
	enum ita_format fmt;
	char iso[11];
	double x;
	long v;

	if (size + 1 > cap) {
		cap = size + 1;
		if ((s = realloc(s, cap)) == NULL)
			abort();
	}
	memcpy(s, data, size);
	s[size] = '\0';
	if (ita_parse_decimal(s, &x) == 0 && isnan(x))
		abort();		/* "nan" is not a number of ours */
	if (ita_parse_long(s, -100000, 100000, &v) == 0 &&
	    (v < -100000 || v > 100000))
		abort();
	if (ita_format_parse(s, &fmt) == 0 &&
	    strcmp(ita_format_name(fmt), s) != 0)
		abort();
	if (ita_date_parse_iso(s, &dt) == 0) {
		if (!ita_date_valid(dt.y, dt.m, dt.d))
			abort();
		ita_date_format_iso(dt, iso);
		if (strcmp(iso, s) != 0 ||
		    ita_date_parse_iso(iso, &again) != 0 ||
		    ita_date_cmp(dt, again) != 0)
			abort();
	}
	(void)ita_precision_parse(s);
	return 0;
}

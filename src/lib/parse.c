/*
 * Strict numbers: whole numbers in a range, decimals with '.'.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <errno.h>
#include <stdlib.h>

#include "parse.h"

int
ita_parse_long(const char *s, long min, long max, long *out)
{
	char *end;
	long v;

	if (*s == '\0' || *s == ' ' || *s == '+')
		return -1;
	errno = 0;
	v = strtol(s, &end, 10);
	if (errno != 0 || *end != '\0' || v < min || v > max)
		return -1;
	*out = v;
	return 0;
}

int
ita_parse_decimal(const char *s, double *out)
{
	double x = 0, scale = 1;
	int neg = 0;

	if (*s == '-') {
		neg = 1;
		s++;
	}
	if (*s < '0' || *s > '9')
		return -1;
	for (; *s >= '0' && *s <= '9'; s++)
		x = x * 10 + (*s - '0');
	if (*s == '.') {
		if (s[1] < '0' || s[1] > '9')
			return -1;
		for (s++; *s >= '0' && *s <= '9'; s++) {
			scale /= 10;
			x += (*s - '0') * scale;
		}
	}
	if (*s != '\0')
		return -1;
	*out = neg ? -x : x;
	return 0;
}

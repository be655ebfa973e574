/* SPDX-License-Identifier: ISC (see the file LICENSE) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "num.h"

enum num_parse
snum_parse(const char *s, int64_t *out)
{
	uint64_t v = 0;
	int neg = 0, digits = 0, decimals = 0, point = 0;
	const uint64_t limit = (uint64_t)INT64_MAX;

	if (*s == '-') {
		neg = 1;
		s++;
	}
	for (; *s != '\0'; s++) {
		if (*s == '.' && !point) {
			point = 1;
			continue;
		}
		if (*s < '0' || *s > '9')
			return NUM_NOT_NUMBER;
		digits++;
		if (point && ++decimals > NUM_DECIMALS) {
			/* Trailing zeros beyond the scale lose nothing. */
			if (*s != '0')
				return NUM_TOO_PRECISE;
			continue;
		}
		if (v > (limit - (uint64_t)(*s - '0')) / 10)
			return NUM_TOO_BIG;
		v = v * 10 + (uint64_t)(*s - '0');
	}
	if (digits == 0)
		return NUM_NOT_NUMBER;
	for (; decimals < NUM_DECIMALS; decimals++) {
		if (v > limit / 10)
			return NUM_TOO_BIG;
		v *= 10;
	}
	*out = neg ? -(int64_t)v : (int64_t)v;
	return NUM_OK;
}

/* Decimal digits of an unsigned 128-bit number. */
static void
u128_str(unsigned __int128 v, char *buf, size_t size)
{
	char tmp[48];
	size_t i = sizeof(tmp);

	tmp[--i] = '\0';
	do {
		tmp[--i] = (char)('0' + (int)(v % 10));
		v /= 10;
	} while (v != 0 && i > 0);
	snprintf(buf, size, "%s", tmp + i);
}

void
snum_format_exact(__int128 v, char *buf, size_t size)
{
	unsigned __int128 a = v < 0 ? (unsigned __int128)(-v) :
	    (unsigned __int128)v;
	char ip[48], frac[NUM_DECIMALS + 1];
	int n;

	u128_str(a / NUM_SCALE, ip, sizeof(ip));
	snprintf(frac, sizeof(frac), "%0*u", NUM_DECIMALS,
	    (unsigned)(a % NUM_SCALE));
	for (n = NUM_DECIMALS; n > 0 && frac[n - 1] == '0'; n--)
		frac[n - 1] = '\0';
	snprintf(buf, size, "%s%s%s%s", v < 0 ? "-" : "", ip, n > 0 ? "." : "",
	    frac);
}

void
snum_format_ratio(__int128 num, __int128 den, int decimals, char *buf,
    size_t size)
{
	unsigned __int128 a, q, r, p = 1;
	char ip[48];
	int i, neg = num < 0;

	for (i = 0; i < decimals; i++)
		p *= 10;
	a = neg ? (unsigned __int128)(-num) : (unsigned __int128)num;
	a *= p;
	q = a / (unsigned __int128)den;
	r = a % (unsigned __int128)den;
	if (2 * r >= (unsigned __int128)den)	/* half away from zero */
		q++;
	u128_str(q / p, ip, sizeof(ip));
	if (decimals == 0)
		snprintf(buf, size, "%s%s", neg && q ? "-" : "", ip);
	else
		snprintf(buf, size, "%s%s.%0*llu", neg && q ? "-" : "", ip,
		    decimals, (unsigned long long)(q % p));
}

void
snum_format_mean(__int128 sum, uint64_t n, char *buf, size_t size)
{
	snum_format_ratio(sum, (__int128)n * NUM_SCALE, NUM_OUT_DECIMALS, buf,
	    size);
}

void
snum_format_pct(uint64_t part, uint64_t whole, char *buf, size_t size)
{
	snum_format_ratio((__int128)part * 100, (__int128)whole,
	    NUM_OUT_DECIMALS, buf, size);
}

void
snum_format_quartile(const int64_t *v, size_t n, int k, char *buf,
    size_t size)
{
	/* 4h = (n - 1) k: index and quarter fraction, all exact. */
	uint64_t h4 = (uint64_t)(n - 1) * (uint64_t)k;
	size_t i = (size_t)(h4 / 4);
	__int128 f = (__int128)(h4 % 4), num;

	num = (__int128)v[i] * 4;
	if (f != 0)
		num += f * ((__int128)v[i + 1] - (__int128)v[i]);
	snum_format_ratio(num, (__int128)4 * NUM_SCALE, NUM_OUT_DECIMALS, buf,
	    size);
}

static int
cmp_i64(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;

	return (x > y) - (x < y);
}

void
snum_sort(int64_t *v, size_t n)
{
	if (n > 1)
		qsort(v, n, sizeof(*v), cmp_i64);
}

int
snum_cmp_text(const char *a, const char *b)
{
	int64_t x, y;
	int ea = snum_parse(a, &x) != NUM_OK, eb = snum_parse(b, &y) != NUM_OK;

	if (ea || eb)
		return ea && eb ? strcmp(a, b) : ea ? -1 : 1;
	return (x > y) - (x < y);
}

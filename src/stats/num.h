/*
 * Exact decimal arithmetic for ita-stats: values are 64-bit integers in
 * units of 1/10000, sums are __int128, and every printed mean, share or
 * quantile is one exact rational rounded once (half away from zero), so
 * the order of the input never changes the output.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#ifndef STATS_NUM_H
#define STATS_NUM_H

#include <stddef.h>
#include <stdint.h>

#define NUM_DECIMALS	4
#define NUM_SCALE	10000
#define NUM_OUT_DECIMALS 2	/* means, quantiles and shares */

enum num_parse {
	NUM_OK = 0,
	NUM_NOT_NUMBER = -1,	/* not a decimal number */
	NUM_TOO_PRECISE = -2,	/* more than NUM_DECIMALS decimals */
	NUM_TOO_BIG = -3	/* beyond what 64 bits hold */
};

/* "-12.5" -> -125000. Digits with one optional '.' and a leading '-'. */
enum num_parse snum_parse(const char *, int64_t *);

/* A scaled value exactly, without trailing zeros: "92.31", "100", "-0.5". */
void	snum_format_exact(__int128, char *, size_t);

/*
 * num / den (den > 0) rounded half away from zero to `decimals` places
 * and printed with exactly that many: "12.35".
 */
void	snum_format_ratio(__int128 num, __int128 den, int decimals, char *,
	    size_t);

/* A mean of scaled values: sum / n, NUM_OUT_DECIMALS places. */
void	snum_format_mean(__int128 sum, uint64_t n, char *, size_t);
/* A share in percent: part * 100 / whole, NUM_OUT_DECIMALS places. */
void	snum_format_pct(uint64_t part, uint64_t whole, char *, size_t);

/*
 * Quantile p = k/4 (k 1..3) of sorted values v[0..n-1], n > 0, by
 * Hyndman and Fan's method 7 (R's default, numpy's "linear", Excel's
 * QUARTILE.INC): h = (n - 1) p, x[floor h] + (h - floor h)(x[floor h + 1]
 * - x[floor h]); printed with NUM_OUT_DECIMALS places.
 */
void	snum_format_quartile(const int64_t *v, size_t n, int k, char *,
	    size_t);

/* Sorts values ascending. */
void	snum_sort(int64_t *, size_t);

/* Compares two printed decimal numbers (for --sort); "" sorts first. */
int	snum_cmp_text(const char *, const char *);

#endif

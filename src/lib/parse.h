/*
 * Strict numbers, of cells and of options alike: no locale, no spaces,
 * no '+', nothing after the number.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#ifndef ITA_PARSE_H
#define ITA_PARSE_H

/*
 * A decimal number with '.' as its point ("-12.5"), read by our code and
 * never through the locale; 0, or -1 when s is anything else.
 */
int	ita_parse_decimal(const char *, double *);
/* Parses a whole decimal number in [min, max]; 0 or -1. */
int	ita_parse_long(const char *, long min, long max, long *);

#endif

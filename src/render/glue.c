/*
 * Dates that print on one line (html, fodt): a day, a month and a year
 * ("4 มกราคม 2568", "ต.ค. 67", "พ.ศ. 2560", "31 March 2025") are never
 * broken between their words, as Thai typesetting keeps them; a browser
 * or a word processor would break at their spaces like at any other.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <string.h>

#include "render.h"

enum tok { T_OTHER, T_NUM, T_MONTH, T_ERA };

/* Months, Thai (abbreviations without their last dot) and English. */
static const char *const months[] = {
	"มกราคม", "ม.ค", "กุมภาพันธ์", "ก.พ", "มีนาคม", "มี.ค", "เมษายน",
	"เม.ย", "พฤษภาคม", "พ.ค", "มิถุนายน", "มิ.ย", "กรกฎาคม", "ก.ค",
	"สิงหาคม", "ส.ค", "กันยายน", "ก.ย", "ตุลาคม", "ต.ค", "พฤศจิกายน",
	"พ.ย", "ธันวาคม", "ธ.ค",
	"January", "Jan", "February", "Feb", "March", "Mar", "April", "Apr",
	"May", "June", "Jun", "July", "Jul", "August", "Aug", "September",
	"Sep", "Sept", "October", "Oct", "November", "Nov", "December", "Dec",
	NULL
};

/* Eras, without their last dot. */
static const char *const eras[] = { "พ.ศ", "ค.ศ", NULL };

static int
rglue_in_list(const char *const *l, const char *s, size_t n)
{
	for (; *l != NULL; l++)
		if (strlen(*l) == n && memcmp(*l, s, n) == 0)
			return 1;
	return 0;
}

/* A number of 1 to 4 digits, ASCII or Thai (U+0E50 to U+0E59). */
static int
is_num(const char *s, size_t n)
{
	size_t i = 0, d = 0;

	while (i < n) {
		if (s[i] >= '0' && s[i] <= '9')
			i++;
		else if (i + 2 < n && (unsigned char)s[i] == 0xE0 &&
		    (unsigned char)s[i + 1] == 0xB9 &&
		    (unsigned char)s[i + 2] >= 0x90 &&
		    (unsigned char)s[i + 2] <= 0x99)
			i += 3;
		else
			return 0;
		d++;
	}
	return d >= 1 && d <= 4;
}

/* What the word [s, s + n) is, less brackets and punctuation around it. */
static enum tok
classify(const char *s, size_t n)
{
	while (n > 0 && (*s == '(' || *s == '[')) {
		s++;
		n--;
	}
	while (n > 0 && strchr(")],;:*", s[n - 1]) != NULL)
		n--;
	if (n > 0 && s[n - 1] == '.')
		n--;
	if (n == 0)
		return T_OTHER;
	if (is_num(s, n))
		return T_NUM;
	if (rglue_in_list(months, s, n))
		return T_MONTH;
	if (rglue_in_list(eras, s, n))
		return T_ERA;
	return T_OTHER;
}

/* The word at s (up to a space, a line break or the end): its length. */
static size_t
word_len(const char *s, size_t n)
{
	size_t i = 0;

	while (i < n && s[i] != ' ' && s[i] != '\n' && s[i] != '\t')
		i++;
	return i;
}

/*
 * The words from s + at, each after one space: up to 4, their kinds and
 * ends; how many.
 */
static int
words(const char *s, size_t n, size_t at, enum tok *t, size_t *end)
{
	size_t len;
	int k = 0;

	while (k < 4 && at < n) {
		if (k > 0) {
			if (s[at] != ' ')
				break;
			at++;
		}
		if ((len = word_len(s + at, n - at)) == 0)
			break;
		t[k] = classify(s + at, len);
		end[k] = at + len;
		at += len;
		k++;
	}
	return k;
}

int
rglue_next(const char *s, size_t n, size_t *a, size_t *b)
{
	enum tok t[4];
	size_t i = 0, end[4];
	int k, j;

	while (i < n) {
		while (i < n && (s[i] == ' ' || s[i] == '\n' || s[i] == '\t'))
			i++;
		if (i >= n)
			break;
		k = words(s, n, i, t, end);
		j = 0;
		if (k >= 2 && t[0] == T_NUM && t[1] == T_MONTH)
			j = 1;
		else if (k >= 2 && t[0] == T_MONTH && (t[1] == T_NUM ||
		    t[1] == T_ERA))
			j = 0;
		else if (k >= 2 && t[0] == T_ERA && t[1] == T_NUM)
			j = 1;
		else
			j = -1;
		if (j >= 0) {
			/* past the month: an era and a year, or a year */
			if (t[j] == T_MONTH && j + 2 < k && t[j + 1] == T_ERA &&
			    t[j + 2] == T_NUM)
				j += 2;
			else if (t[j] == T_MONTH && j + 1 < k &&
			    t[j + 1] == T_NUM)
				j++;
			if (j > 0) {
				*a = i;
				*b = end[j];
				return 1;
			}
		}
		i = end[0];
	}
	return 0;
}

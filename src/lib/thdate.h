/*
 * Thai dates, periods and the fiscal calendar (issue 3, part 2).
 * Years are Common Era (CE) in struct ita_date; Buddhist Era (BE) =
 * CE + 543 only where a name says so (fiscal years are BE).
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#ifndef ITA_THDATE_H
#define ITA_THDATE_H

#include <stddef.h>

#include "buf.h"

struct ita_date {
	int	y, m, d;	/* CE year; d is 1..31 */
};

/*
 * The Buddhist Era years a fiscal year of ita(5) may be: the one place
 * they are written (the schema's fiscal_year columns use them).
 */
#define ITA_BE_MIN	2400
#define ITA_BE_MAX	2700

enum ita_precision {
	ITA_PREC_NONE = 0,
	ITA_PREC_DAY,
	ITA_PREC_MONTH,
	ITA_PREC_QUARTER,
	ITA_PREC_YEAR
};

/*
 * start and end are always full dates: a month-precision start is the
 * 1st, a month-precision end the last day of its month; a quarter or
 * year start/end are the bounds of the fiscal quarter or year.
 */
struct ita_period {
	struct ita_date	   start, end;
	enum ita_precision start_prec, end_prec;
};

int	 ita_is_leap(int y);
int	 ita_days_in_month(int y, int m);		/* 0 if m is bad */
int	 ita_date_valid(int y, int m, int d);		/* 1 if it exists */
int	 ita_date_cmp(struct ita_date, struct ita_date);	/* <0 0 >0 */
long	 ita_date_to_days(struct ita_date);		/* since 1970-01-01 */
struct ita_date ita_days_to_date(long);
int	 ita_weekday(struct ita_date);			/* 0 Sunday .. 6 */

/* Strict YYYY-MM-DD of an existing date: 0, or -1. */
int	 ita_date_parse_iso(const char *s, struct ita_date *out);
void	 ita_date_format_iso(struct ita_date, char buf[11]);

int	 ita_be_to_ce(int be);
int	 ita_ce_to_be(int ce);

/* Fiscal year N (BE) runs from 1 October of N-1 to 30 September of N. */
int	 ita_fiscal_year(struct ita_date);	/* BE */
int	 ita_fiscal_quarter(struct ita_date);	/* 1..4, Q1 starts October */
int	 ita_fiscal_round(struct ita_date);	/* 6 in Oct-Mar, else 12 */
void	 ita_fiscal_bounds(int fy_be, struct ita_date *start,
	    struct ita_date *end);
/* Return 0, or -1 if q is not 1..4 / round not 6 or 12. */
int	 ita_fiscal_quarter_bounds(int fy_be, int q, struct ita_date *start,
	    struct ita_date *end);
/* Round 6: 1 October - 31 March; round 12: the whole fiscal year. */
int	 ita_fiscal_round_bounds(int fy_be, int round, struct ita_date *start,
	    struct ita_date *end);

/*
 * Finds the first date or period in text (Thai or ASCII digits, raw or
 * normalized): "๓๐ ก.ย. ๖๘", "วันพุธที่ ๑ มีนาคม ๒๕๖๖", "ม.ค.๖๖",
 * "๒๗ - ๓๐ มีนาคม ๒๕๖๗", "ต.ค. - เม.ย. ๒๕๖๖", "ต.ค. ๖๗ ถึง ก.ย. ๖๘",
 * "ตลอดปีงบประมาณ ๒๕๖๖", "ทั้งปีงบประมาณ", "ไตรมาส ๒", "รอบ ๖ เดือน",
 * "15/1/2568", "มกรา 68", "6 เดือนแรก", "ทุกไตรมาส", and years alone
 * ("ปี 2568", "พ.ศ. 2561 - 2580", "ค.ศ. 2025": fiscal years).
 * fiscal_year_be (0 if unknown) completes forms without a year.
 * Returns 1 parsed, 0 no date found, -1 an error: errmsg (may be NULL)
 * gets a lower-case message quoting the text ("30 กุมภาพันธ์ 2566 is
 * not a date", "...: end is before start", "...: longer than two
 * years", "...: weekday does not match the date").  Never repairs.
 * ita_date_find_bad tells a date that does not exist from the others.
 */
int	 ita_period_parse(const char *text, size_t len, int fiscal_year_be,
	    struct ita_period *out, struct ita_buf *errmsg);

/*
 * Looks for a date that does not exist anywhere in text (a memo line, a
 * cell): 1 and errmsg "30 ก.พ. 2568 is not a date" if one is, 0 if
 * none, -1 when out of memory.
 */
int	 ita_date_find_bad(const char *text, size_t len, int fiscal_year_be,
	    struct ita_buf *errmsg);

/*
 * Appends "๓๐ กันยายน ๒๕๖๘" (long_form) or "30 ก.ย. 68"; month
 * precision prints no day, quarter "ไตรมาส 4 ปีงบประมาณ 2568" (short
 * "ไตรมาส 4/68"), year "ปีงบประมาณ 2568" (short "ปีงบประมาณ 68").
 */
int	 ita_date_format_thai(struct ita_date, enum ita_precision,
	    int long_form, int thai_digits, struct ita_buf *out);
/*
 * A period: one date when both ends name the same unit, else "a – b"
 * (en dash) with a shared year named once: "ไตรมาส 2–4 ปีงบประมาณ 2568",
 * "มกราคม – มีนาคม 2568".
 */
/* Do both ends name the same day, month, quarter or fiscal year? */
int	 ita_period_one_unit(const struct ita_period *);
int	 ita_period_format_thai(const struct ita_period *, int long_form,
	    int thai_digits, struct ita_buf *out);

/* Thai month names, m 1..12; NULL otherwise. */
const char	*ita_month_name(int m, int long_form);

const char	*ita_precision_name(enum ita_precision);	/* "day" ... */
/* "day", "month", "quarter", "year" -> the enum; -1 if unknown. */
int		 ita_precision_parse(const char *name);

#endif

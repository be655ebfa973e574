/*
 * English dates for --lang en: calendar dates in the Common Era, as an
 * English reader expects ("31 March 2025"); fiscal years keep their
 * Buddhist Era number, the name the office and the heading use
 * ("fiscal year 2568").  The Thai forms are thdate's.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <errno.h>

#include "render.h"

static const char *const months[12] = {
	"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"
};

/* "March 2025" or "Mar 2025"; without the year when year is 0. */
static int
put_month(struct ita_buf *b, struct ita_date d, int long_form, int year)
{
	const char *m;

	if (d.m < 1 || d.m > 12) {
		errno = EINVAL;
		return -1;
	}
	m = months[d.m - 1];
	if (ita_buf_printf(b, "%.*s", long_form ? 9 : 3, m) == -1)
		return -1;
	return year ? ita_buf_printf(b, " %d", d.y) : 0;
}

static int
put_fy(struct ita_buf *b, int fy, int long_form)
{
	return ita_buf_printf(b, long_form ? "fiscal year %d" : "FY%d", fy);
}

int
ren_date_format(struct ita_date d, enum ita_precision prec, int long_form,
    struct ita_buf *b)
{
	switch (prec) {
	case ITA_PREC_QUARTER:
		if (ita_buf_printf(b, long_form ? "quarter %d, " : "Q%d ",
		    ita_fiscal_quarter(d)) == -1)
			return -1;
		return put_fy(b, ita_fiscal_year(d), long_form);
	case ITA_PREC_YEAR:
		return put_fy(b, ita_fiscal_year(d), long_form);
	case ITA_PREC_MONTH:
		return put_month(b, d, long_form, 1);
	default:
		if (ita_buf_printf(b, "%d ", d.d) == -1)
			return -1;
		return put_month(b, d, long_form, 1);
	}
}

/* Like ita_period_format_thai: a shared year is named once. */
int
ren_period_format(const struct ita_period *p, int long_form,
    struct ita_buf *b)
{
	int fy = ita_fiscal_year(p->start);
	int sp = p->start_prec, ep = p->end_prec;

	if (ita_period_one_unit(p))
		return ren_date_format(p->start, p->start_prec, long_form, b);
	if (sp == ITA_PREC_QUARTER && ep == ITA_PREC_QUARTER &&
	    fy == ita_fiscal_year(p->end)) {
		if (ita_buf_printf(b, long_form ? "quarters %d\xe2\x80\x93%d, " :
		    "Q%d\xe2\x80\x93Q%d ", ita_fiscal_quarter(p->start),
		    ita_fiscal_quarter(p->end)) == -1)
			return -1;
		return put_fy(b, fy, long_form);
	}
	if (sp >= ITA_PREC_DAY && sp <= ITA_PREC_MONTH &&
	    ep >= ITA_PREC_DAY && ep <= ITA_PREC_MONTH &&
	    p->start.y == p->end.y) {
		if (sp == ITA_PREC_DAY &&
		    ita_buf_printf(b, "%d ", p->start.d) == -1)
			return -1;
		if (put_month(b, p->start, long_form, 0) == -1)
			return -1;
	} else if (ren_date_format(p->start, p->start_prec, long_form, b) ==
	    -1)
		return -1;
	if (ita_buf_adds(b, " \xe2\x80\x93 ") == -1)
		return -1;
	return ren_date_format(p->end, p->end_prec, long_form, b);
}

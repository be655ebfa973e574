/*
 * The state of one item on a date, and of a measure from its
 * activities; the rules are those of ita-progress(1), STATES.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <stdio.h>
#include <string.h>

#include "progress.h"

static const char *const state_names[PS_N] = { "done", "on_track",
	"due_soon", "overdue", "not_started", "not_due", "unknown" };

const char *
pstate_name(enum pstate s)
{
	return s >= 0 && s < PS_N ? state_names[s] : "";
}

const char *
pschedule_name(enum pschedule s)
{
	switch (s) {
	case SCHED_BEHIND:
		return "behind";
	case SCHED_ON:
		return "on_schedule";
	case SCHED_AHEAD:
		return "ahead";
	default:
		return "";
	}
}

enum pstatus
pstatus_parse(const char *s)
{
	if (*s == '\0')
		return ST_EMPTY;
	if (strcmp(s, "not_started") == 0)
		return ST_NOT_STARTED;
	if (strcmp(s, "in_progress") == 0)
		return ST_IN_PROGRESS;
	if (strcmp(s, "done") == 0)
		return ST_DONE;
	if (strcmp(s, "unknown") == 0)
		return ST_UNKNOWN;
	return ST_BAD;
}

/* The not_started rule: said so, or 0 % without "in progress". */
static int
not_started(const struct pitem *it)
{
	return it->status == ST_NOT_STARTED ||
	    (it->pct == 0 && it->status != ST_IN_PROGRESS);
}

/* Nothing at all is known about how far the item is. */
static int
nothing_known(const struct pitem *it)
{
	return (it->status == ST_EMPTY || it->status == ST_UNKNOWN ||
	    it->status == ST_BAD) && it->pct < 0;
}

static enum pstate
state_of(const struct pitem *it, long as_of, long soon)
{
	if (it->status == ST_DONE || it->pct == 10000)
		return PS_DONE;
	if (!it->has_end)
		return not_started(it) ? PS_NOT_STARTED : PS_UNKNOWN;
	if (as_of > it->end)
		return PS_OVERDUE;
	if (it->has_start && it->start > as_of &&
	    it->status != ST_IN_PROGRESS && it->pct <= 0)
		return PS_NOT_DUE;
	if (not_started(it))
		return PS_NOT_STARTED;
	if (nothing_known(it))
		return PS_UNKNOWN;
	return it->end - as_of <= soon ? PS_DUE_SOON : PS_ON_TRACK;
}

void
pitem_eval(const struct pitem *it, long as_of, long soon, struct presult *r)
{
	long total, el, gap;

	memset(r, 0, sizeof(*r));
	r->schedule = SCHED_NONE;
	r->state = state_of(it, as_of, soon);
	if (it->has_end) {
		r->has_days = 1;
		r->days_left = it->end - as_of;
		if (r->state == PS_OVERDUE)
			r->days_overdue = as_of - it->end;
	}
	if (it->has_start && it->has_end && it->end >= it->start) {
		total = it->end - it->start + 1;
		el = as_of - it->start + 1;
		if (el < 0)
			el = 0;
		if (el > total)
			el = total;
		r->has_elapsed = 1;
		r->elapsed_tenths = (el * 1000 + total / 2) / total;
		if (it->pct >= 0) {
			/* hundredths against tenths: 10 points = 1000 */
			gap = it->pct - r->elapsed_tenths * 10;
			r->schedule = gap < -1000 ? SCHED_BEHIND :
			    gap > 1000 ? SCHED_AHEAD : SCHED_ON;
		}
	}
}

enum pstate
pstate_from_children(const unsigned long long c[PS_N])
{
	unsigned long long n = 0;
	int i;

	for (i = 0; i < PS_N; i++)
		n += c[i];
	if (c[PS_DONE] == n)
		return PS_DONE;
	if (c[PS_OVERDUE])
		return PS_OVERDUE;
	if (c[PS_DUE_SOON])
		return PS_DUE_SOON;
	if (c[PS_ON_TRACK])
		return PS_ON_TRACK;
	if (c[PS_NOT_STARTED])
		return c[PS_DONE] ? PS_ON_TRACK : PS_NOT_STARTED;
	if (c[PS_UNKNOWN])
		return PS_UNKNOWN;
	return c[PS_DONE] ? PS_ON_TRACK : PS_NOT_DUE;
}

void
pmeasure_from_children(struct presult *m, const struct presult *acts,
    size_t n)
{
	unsigned long long counts[PS_N] = { 0 };
	size_t i;

	if (n == 0)
		return;
	for (i = 0; i < n; i++)
		counts[acts[i].state]++;
	m->state = pstate_from_children(counts);
	/*
	 * The state is the activities', so the days overdue are too: the
	 * measure's own end may have passed while its activities run on.
	 */
	m->days_overdue = 0;
	if (m->state == PS_OVERDUE)
		for (i = 0; i < n; i++)
			if (acts[i].days_overdue > m->days_overdue)
				m->days_overdue = acts[i].days_overdue;
}

int
pperiod_date(const char *date, const char *prec, int is_end,
    struct ita_date *out)
{
	struct ita_date a, b;
	int p;

	if (*date == '\0' && *prec == '\0')
		return 1;
	/* A date without its precision is taken as a day. */
	p = *prec == '\0' ? ITA_PREC_DAY : ita_precision_parse(prec);
	if (p == -1)
		return -2;
	if (ita_date_parse_iso(date, out) == -1)
		return -1;
	switch (p) {
	case ITA_PREC_DAY:
		return 0;
	case ITA_PREC_MONTH:
		out->d = is_end ? ita_days_in_month(out->y, out->m) : 1;
		return 0;
	case ITA_PREC_QUARTER:
		if (ita_fiscal_quarter_bounds(ita_fiscal_year(*out),
		    ita_fiscal_quarter(*out), &a, &b) == -1)
			return -1;
		*out = is_end ? b : a;
		return 0;
	case ITA_PREC_YEAR:
		ita_fiscal_bounds(ita_fiscal_year(*out), &a, &b);
		*out = is_end ? b : a;
		return 0;
	default:
		return -2;
	}
}

int
ppercent_parse(const char *s, long *out)
{
	long v = 0;
	int frac = -1;

	if (*s == '\0')
		return 1;
	if (*s < '0' || *s > '9')
		return -1;
	for (; *s >= '0' && *s <= '9'; s++) {
		v = v * 10 + (*s - '0');
		if (v > 100)
			return -1;
	}
	v *= 100;
	if (*s == '.') {
		s++;
		if (*s < '0' || *s > '9')
			return -1;
		for (frac = 0; *s >= '0' && *s <= '9'; s++, frac++) {
			if (frac == 0)
				v += (*s - '0') * 10;
			else if (frac == 1)
				v += *s - '0';
			/* further decimals cannot change 0..100 bounds */
		}
	}
	if (*s != '\0' || v > 10000)
		return -1;
	*out = v;
	return 0;
}

void
ptenths_format(long t, char *buf, size_t size)
{
	const char *sign = t < 0 ? "-" : "";

	if (t < 0)
		t = -t;
	snprintf(buf, size, "%s%ld.%ld", sign, t / 10, t % 10);
}

int
pasof_parse(const char *s, struct ita_date *d, struct ita_buf *err)
{
	struct ita_period p;
	int rc;

	if (ita_date_parse_iso(s, d) == 0)
		return 0;
	rc = ita_period_parse(s, strlen(s), 0, &p, err);
	if (rc == 1 && p.start_prec == ITA_PREC_DAY &&
	    ita_date_cmp(p.start, p.end) == 0) {
		*d = p.start;
		return 0;
	}
	if (rc != -1) {
		ita_buf_clear(err);
		ita_buf_printf(err, "'%s' is not a date (give a day: "
		    "2025-03-31 or 31 มี.ค. 68)", s);
	}
	return -1;
}

/*
 * The evaluation of one record: its as-of date, the progress updates
 * that apply to it, and its state from its period, status and percent.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <string.h>

#include "filter.h"
#include "progress.h"
#include "thdate.h"

int
pkind_is_item(const char *k)
{
	return strcmp(k, "measure") == 0 || strcmp(k, "activity") == 0 ||
	    strcmp(k, "indicator") == 0 || strcmp(k, "oit_item") == 0;
}

struct ita_date
prun_as_of(const struct prun *s, const struct ita_record *r)
{
	struct ita_date a, b;
	long fy;

	if (s->o->round == 0)
		return s->o->as_of;
	if (ita_parse_long(ita_get(r, ITA_COL_FISCAL_YEAR), ITA_BE_MIN, ITA_BE_MAX,
	    &fy) == -1)
		fy = ita_fiscal_year(s->o->as_of);
	if (ita_fiscal_round_bounds((int)fy, s->o->round, &a, &b) == -1)
		return s->o->as_of;
	return b;
}

static void
bad_value(struct prun *s, const struct ita_record *r, const char *col,
    const char *what)
{
	ita_diag_record(s->diag, r, col, ITA_SEV_WARNING,
	    "progress.bad-value", "field '%s': '%s' is not %s; evaluated "
	    "without it", col, ita_get_name(r, col), what);
}

/*
 * One end of a record's period, as days: 1, or 0 when it has none or it
 * is not a date (with a warning).
 */
static int
period_bound(struct prun *s, const struct ita_record *r, enum ita_col date,
    enum ita_col prec, int is_end, long *days)
{
	struct ita_date d;
	int rc;

	rc = pperiod_date(ita_get(r, date), ita_get(r, prec), is_end, &d);
	if (rc == -2)
		bad_value(s, r, ita_cols[prec].name,
		    "day, month, quarter or year");
	else if (rc < 0)
		bad_value(s, r, ita_cols[date].name, "a date (YYYY-MM-DD)");
	if (rc != 0)
		return 0;
	*days = ita_date_to_days(d);
	return 1;
}

static int
set_update(struct ita_record *r, const struct pmerged *u)
{
	if ((u->status && ita_set(r, ITA_COL_STATUS, u->status) == -1) ||
	    (u->percent && ita_set(r, ITA_COL_PERCENT, u->percent) == -1) ||
	    (u->result && ita_set(r, ITA_COL_RESULT, u->result) == -1) ||
	    (u->evidence && ita_set(r, ITA_COL_EVIDENCE, u->evidence) ==
	    -1) ||
	    (u->note && ita_set(r, ITA_COL_NOTE, u->note) == -1))
		return -1;
	return 0;
}

int
prun_evaluate(struct prun *s, struct ita_record *r, struct presult *res,
    const char **update_date)
{
	struct pmerged u;
	struct ita_date as_of = prun_as_of(s, r);
	struct pitem it;

	*update_date = "";
	if (s->ups.n > 0 && *ita_get(r, ITA_COL_ID) != '\0') {
		pupdates_merge(&s->ups, ita_get(r, ITA_COL_ID),
		    ita_get(r, ITA_COL_OFFICE), ita_get(r,
		    ITA_COL_FISCAL_YEAR), ita_date_to_days(as_of), &u);
		if (u.date != NULL) {
			if (set_update(r, &u) == -1)
				return -1;
			*update_date = u.date;
		}
	}
	memset(&it, 0, sizeof(it));
	it.has_start = period_bound(s, r, ITA_COL_START,
	    ITA_COL_START_PRECISION, 0, &it.start);
	it.has_end = period_bound(s, r, ITA_COL_END, ITA_COL_END_PRECISION, 1,
	    &it.end);
	it.status = pstatus_parse(ita_get(r, ITA_COL_STATUS));
	if (it.status == ST_BAD)
		bad_value(s, r, "status", "a status of ita(5)");
	if (ppercent_parse(ita_get(r, ITA_COL_PERCENT), &it.pct) != 0) {
		if (*ita_get(r, ITA_COL_PERCENT) != '\0')
			bad_value(s, r, "percent", "a percent from 0 to 100");
		it.pct = -1;
	}
	pitem_eval(&it, ita_date_to_days(as_of), s->o->soon, res);
	return 0;
}

/*
 * The columns ita-progress adds to a record: the as-of date and its
 * fiscal placement, the state, days, schedule, planned end placement,
 * update date, and (with --rollup) the summary counts, empty on items.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "progress.h"
#include "schema.h"
#include "thdate.h"

/*
 * The header h with every column the run sets (kept for the next record
 * of the same header); NULL on ENOMEM.
 */
static struct ita_header *
prun_full_header(struct prun *s, struct ita_header *h)
{
	struct ita_header *g;
	char **names;
	size_t n = 0;
	int c, last;

	/* hdr_out has them all: summaries made in it keep the cache. */
	if (h == s->hdr_in || h == s->hdr_out)
		return s->hdr_out;
	last = s->o->rollup != ROLL_NONE ? ITA_COL_OVERDUE_IDS :
	    ITA_COL_UPDATE_DATE;
	if ((names = malloc((h->ncols + ITA_NCOLS) * sizeof(*names))) == NULL)
		return NULL;
	memcpy(names, h->names, h->ncols * sizeof(*names));
	n = h->ncols;
	for (c = ITA_COL_AS_OF; c <= last; c++)
		if (h->index[c] < 0)
			names[n++] = (char *)ita_cols[c].name;
	g = n == h->ncols ? ita_header_ref(h) : ita_header_new(names, n);
	free(names);
	if (g == NULL)
		return NULL;
	ita_header_unref(s->hdr_in);
	ita_header_unref(s->hdr_out);
	s->hdr_in = ita_header_ref(h);
	s->hdr_out = g;
	return g;
}

void
pcols_format(struct pcols *c, struct ita_date as_of,
    const struct presult *res)
{
	struct ita_date d;

	memset(c, 0, sizeof(*c));
	ita_date_format_iso(as_of, c->iso);
	snprintf(c->fy, sizeof(c->fy), "%d", ita_fiscal_year(as_of));
	snprintf(c->q, sizeof(c->q), "%d", ita_fiscal_quarter(as_of));
	snprintf(c->rnd, sizeof(c->rnd), "%d", ita_fiscal_round(as_of));
	if (res == NULL)
		return;
	if (res->has_days) {
		snprintf(c->days, sizeof(c->days), "%ld", res->days_left);
		d = ita_days_to_date(ita_date_to_days(as_of) + res->days_left);
		snprintf(c->efy, sizeof(c->efy), "%d", ita_fiscal_year(d));
		snprintf(c->eq, sizeof(c->eq), "%d", ita_fiscal_quarter(d));
		snprintf(c->ernd, sizeof(c->ernd), "%d", ita_fiscal_round(d));
	}
	if (res->days_overdue > 0)
		snprintf(c->over, sizeof(c->over), "%ld", res->days_overdue);
	if (res->has_elapsed)
		ptenths_format(res->elapsed_tenths, c->el, sizeof(c->el));
}

/* Roll-up columns: summaries set them; other records keep them empty. */
static int
clear_rollup_columns(struct ita_record *r)
{
	int c;

	if (strcmp(ita_get(r, ITA_COL_KIND), "summary") == 0 &&
	    *ita_get(r, ITA_COL_COUNT_ITEMS) != '\0')
		return 0;
	for (c = ITA_COL_COUNT_ITEMS; c <= ITA_COL_OVERDUE_IDS; c++)
		if (ita_set(r, (enum ita_col)c, "") == -1)
			return -1;
	return 0;
}

int
prun_set_columns(struct prun *s, struct ita_record *r,
    const struct presult *res, const char *update_date)
{
	struct pcols c;
	struct ita_header *full;

	if ((full = prun_full_header(s, r->hdr)) == NULL ||
	    (full != r->hdr && ita_record_rehead(r, full) == -1))
		return -1;
	pcols_format(&c, prun_as_of(s, r), res);
	if (ita_set(r, ITA_COL_AS_OF, c.iso) == -1 ||
	    ita_set(r, ITA_COL_AS_OF_FISCAL_YEAR, c.fy) == -1 ||
	    ita_set(r, ITA_COL_AS_OF_QUARTER, c.q) == -1 ||
	    ita_set(r, ITA_COL_AS_OF_ROUND, c.rnd) == -1 ||
	    ita_set(r, ITA_COL_STATE, res ? pstate_name(res->state) : "") ==
	    -1 ||
	    ita_set(r, ITA_COL_DAYS_LEFT, c.days) == -1 ||
	    ita_set(r, ITA_COL_DAYS_OVERDUE, c.over) == -1 ||
	    ita_set(r, ITA_COL_ELAPSED_PERCENT, c.el) == -1 ||
	    ita_set(r, ITA_COL_SCHEDULE, res ?
	    pschedule_name(res->schedule) : "") == -1 ||
	    ita_set(r, ITA_COL_END_FISCAL_YEAR, c.efy) == -1 ||
	    ita_set(r, ITA_COL_END_QUARTER, c.eq) == -1 ||
	    ita_set(r, ITA_COL_END_ROUND, c.ernd) == -1 ||
	    ita_set(r, ITA_COL_UPDATE_DATE, update_date) == -1)
		return -1;
	if (s->o->rollup != ROLL_NONE)
		return clear_rollup_columns(r);
	return 0;
}

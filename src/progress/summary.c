/*
 * Roll-ups: the report's tallies per section, quarter, round or office,
 * and the summary records written from them.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <stdio.h>
#include <string.h>

#include "progress.h"
#include "schema.h"
#include "thdate.h"

/* Sections in summary order; the last is "none". */
static const char *const psection_keys[PR_NSECT] = { "iit", "eit", "oit",
	"none" };

int
prun_tally_item(struct prun *s, const struct ita_record *r,
    const struct presult *res)
{
	const char *id = ita_get(r, ITA_COL_ID);
	const char *sec = ita_get(r, ITA_COL_SECTION);
	struct ita_date d;
	int i, q = 0, rd = 0;

	/* Only a report roll-up reads these, and only it clears them at the
	 * end of each report: without one they would grow with the input. */
	if (!prollup_per_report(s->o->rollup))
		return 0;
	for (i = 0; i < PR_NSECT - 1 && strcmp(sec, psection_keys[i]) != 0;
	    i++)
		;
	if (res->has_days) {
		d = ita_days_to_date(ita_date_to_days(prun_as_of(s, r)) +
		    res->days_left);
		q = ita_fiscal_quarter(d);
		rd = ita_fiscal_round(d) == 6 ? 1 : 2;
	}
	if (ptally_add(&s->sect[i], res->state, id) == -1 ||
	    ptally_add(&s->quarter[q == 0 ? 4 : q - 1], res->state, id) == -1 ||
	    ptally_add(&s->round[rd == 0 ? 2 : rd - 1], res->state, id) == -1 ||
	    ptally_add(&s->office, res->state, id) == -1) {
		prun_fail(s, "summary");
		return -1;
	}
	return 0;
}

static int
set_if(struct ita_record *r, enum ita_col c, const char *v)
{
	if (*v == '\0' && r->hdr->index[c] < 0)
		return 0;
	return ita_set(r, c, v);
}

struct ita_record *
prun_summary(struct prun *s, struct ita_header *hdr,
    const struct ita_record *from, const char *id, const char *parent,
    const char *section, const struct tally *t)
{
	struct ita_record *r;
	size_t i;

	if ((r = ita_record_new(hdr)) == NULL)
		return NULL;
	r->loc = from->loc;
	/* Columns the stream lacks are added only when they have a value,
	 * so that summaries keep the header of the records around them. */
	if ((r->hdr->index[ITA_COL_ITA] >= 0 &&
	    ita_set(r, ITA_COL_ITA, ITA_STREAM_VERSION) == -1) ||
	    ita_set(r, ITA_COL_KIND, "summary") == -1 ||
	    ita_set(r, ITA_COL_ID, id) == -1 ||
	    set_if(r, ITA_COL_PARENT, parent) == -1 ||
	    set_if(r, ITA_COL_SECTION, section) == -1)
		goto fail;
	for (i = 0; i < PREPORT_NPLACE; i++)
		if (set_if(r, preport_place[i],
		    ita_get(from, preport_place[i])) == -1)
			goto fail;
	if (ptally_set(t, r) == -1 || prun_set_columns(s, r, NULL, "") == -1)
		goto fail;
	return r;
fail:
	ita_record_free(r);
	return NULL;
}

static int
prun_put_summary(struct prun *s, const struct ita_record *from,
    const char *id, const char *section, const struct tally *t)
{
	struct ita_record *r;

	if (t->items == 0 || s->last_hdr == NULL)
		return 0;
	if ((r = prun_summary(s, s->last_hdr, from, id, "", section, t)) ==
	    NULL) {
		prun_fail(s, "summary");
		return -1;
	}
	return prun_put(s, r);
}

int
prun_put_rollups(struct prun *s)
{
	static const char *const rkeys[] = { "6", "12", "none" };
	static const char *const qkeys[] = { "1", "2", "3", "4", "none" };
	char id[64];
	int i, rc = 0;

	switch (s->o->rollup) {
	case ROLL_SECTION:
		for (i = 0; i < PR_NSECT && rc == 0; i++) {
			snprintf(id, sizeof(id), "summary.section.%s",
			    psection_keys[i]);
			rc = prun_put_summary(s, s->report_rec, id,
			    i < PR_NSECT - 1 ? psection_keys[i] : "",
			    &s->sect[i]);
		}
		return rc;
	case ROLL_QUARTER:
		for (i = 0; i < 5 && rc == 0; i++) {
			snprintf(id, sizeof(id), "summary.quarter.%s",
			    qkeys[i]);
			rc = prun_put_summary(s, s->report_rec, id, "",
			    &s->quarter[i]);
		}
		return rc;
	case ROLL_ROUND:
		for (i = 0; i < 3 && rc == 0; i++) {
			snprintf(id, sizeof(id), "summary.round.%s", rkeys[i]);
			rc = prun_put_summary(s, s->report_rec, id, "",
			    &s->round[i]);
		}
		return rc;
	case ROLL_OFFICE:
		return prun_put_summary(s, s->report_rec, "summary.office", "",
		    &s->office);
	default:
		return 0;
	}
}

void
prun_each_tally(struct prun *s, void (*fn)(struct tally *))
{
	int i;

	for (i = 0; i < PR_NSECT; i++)
		fn(&s->sect[i]);
	for (i = 0; i < 5; i++)
		fn(&s->quarter[i]);
	for (i = 0; i < 3; i++)
		fn(&s->round[i]);
	fn(&s->office);
}

/*
 * Which report and which measure a record belongs to: a report is one
 * office, fiscal year and round (ita(5)); a measure holds the activities
 * that follow it and name it as parent, in the same report.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "progress.h"
#include "report_id.h"

int
prun_flush_report(struct prun *s)
{
	if (s->report_rec == NULL)
		return 0;
	if (prun_put_rollups(s) == -1)
		return -1;
	prun_each_tally(s, ptally_clear);
	ita_record_free(s->report_rec);
	s->report_rec = NULL;
	return 0;
}

const enum ita_col preport_place[PREPORT_NPLACE] = {
	ITA_COL_OFFICE, ITA_COL_OFFICE_TYPE, ITA_COL_DISTRICT,
	ITA_COL_PROVINCE, ITA_COL_FISCAL_YEAR, ITA_COL_ROUND
};

int
prun_enter_report(struct prun *s, const struct ita_record *r)
{
	struct ita_buf key = ITA_BUF_INIT;
	size_t i;

	if (!prollup_per_report(s->o->rollup))
		return 0;
	if (ita_report_key(r, &key) == -1) {
		prun_fail(s, "report");
		return -1;
	}
	if (s->report_key != NULL && strcmp(s->report_key, key.p) == 0) {
		ita_buf_free(&key);
		return 0;
	}
	if (prun_flush_report(s) == -1) {
		ita_buf_free(&key);
		return -1;
	}
	free(s->report_key);
	s->report_key = ita_buf_take(&key);
	if ((s->report_rec = ita_record_new(r->hdr)) == NULL)
		goto fail;
	s->report_rec->loc = r->loc;
	for (i = 0; i < PREPORT_NPLACE; i++)
		if (ita_set(s->report_rec, preport_place[i],
		    ita_get(r, preport_place[i])) == -1)
			goto fail;
	return 0;
fail:
	prun_fail(s, "report");
	return -1;
}

int
prun_belongs(const struct prun *s, const struct ita_record *r)
{
	const struct ita_record *m;

	if (s->ngroup == 0 ||
	    strcmp(ita_get(r, ITA_COL_KIND), "activity") != 0)
		return 0;
	m = s->group[0];
	return strcmp(ita_get(r, ITA_COL_PARENT), ita_get(m, ITA_COL_ID)) ==
	    0 && *ita_get(m, ITA_COL_ID) != '\0' && ita_report_same(r, m);
}

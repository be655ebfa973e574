/*
 * One run over a record stream: a measure is held with its activities
 * until the group ends, then evaluated (the measure from its activities)
 * and written with its summary; other records are evaluated and written
 * as they come. Reports end with their roll-ups.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "grow.h"
#include "progress.h"

void
prun_init(struct prun *s, const struct popts *o, struct ita_diag *d,
    int (*put)(void *, struct ita_record *), void *put_ctx)
{
	memset(s, 0, sizeof(*s));
	s->o = o;
	s->diag = d;
	s->put = put;
	s->put_ctx = put_ctx;
}

void
prun_fail(struct prun *s, const char *what)
{
	ita_diag_sys(s->diag, "%s", what);
	s->failed = 1;
}

int
prun_put(struct prun *s, struct ita_record *r)
{
	if (s->last_hdr != r->hdr) {
		ita_header_unref(s->last_hdr);
		s->last_hdr = ita_header_ref(r->hdr);
	}
	if (s->put(s->put_ctx, r) == -1) {
		s->failed = 1;
		return -1;
	}
	return 0;
}

/*
 * Evaluates the held records (udates: their update dates), and the
 * measure from its activities, counting the activities in acts.
 */
static int
evaluate_group(struct prun *s, const char **udates, struct tally *acts)
{
	size_t i, n = s->ngroup;

	for (i = 0; i < n; i++)
		if (prun_evaluate(s, s->group[i], &s->res[i], &udates[i]) ==
		    -1) {
			prun_fail(s, "update");
			return -1;
		}
	/* Only --rollup measure writes the activities' tally. */
	for (i = 1; i < n && s->o->rollup == ROLL_MEASURE; i++)
		if (ptally_add(acts, s->res[i].state, ita_get(s->group[i],
		    ITA_COL_ID)) == -1) {
			prun_fail(s, "summary");
			return -1;
		}
	pmeasure_from_children(&s->res[0], &s->res[1], n - 1);
	if (prun_tally_item(s, s->group[0], &s->res[0]) == -1)
		return -1;
	for (i = 0; i < n; i++)
		if (prun_set_columns(s, s->group[i], &s->res[i], udates[i]) ==
		    -1) {
			prun_fail(s, "columns");
			return -1;
		}
	return 0;
}

/* --rollup measure: the summary of a measure's activities (*sum). */
static int
measure_summary(struct prun *s, const struct tally *acts,
    struct ita_record **sum)
{
	const struct ita_record *m = s->group[0];
	struct ita_buf id = ITA_BUF_INIT;

	*sum = NULL;
	if (s->ngroup < 2 || s->o->rollup != ROLL_MEASURE)
		return 0;
	if (ita_buf_printf(&id, "summary.measure.%s",
	    ita_get(m, ITA_COL_ID)) == -1 ||
	    (*sum = prun_summary(s, m->hdr, m, id.p, ita_get(m, ITA_COL_ID),
	    ita_get(m, ITA_COL_SECTION), acts)) == NULL) {
		ita_buf_free(&id);
		prun_fail(s, "summary");
		return -1;
	}
	ita_buf_free(&id);
	return 0;
}

/* Writes the held records, then sum; the records are no longer held. */
static int
prun_put_group(struct prun *s, struct ita_record **sum)
{
	struct ita_record *r;
	size_t i;
	int rc = 0;

	for (i = 0; i < s->ngroup && rc == 0; i++) {
		r = s->group[i];
		s->group[i] = NULL;
		rc = prun_put(s, r);
	}
	if (*sum != NULL && rc == 0) {
		rc = prun_put(s, *sum);
		*sum = NULL;
	}
	return rc;
}

static void
drop_group(struct prun *s)
{
	size_t i;

	for (i = 0; i < s->ngroup; i++) {
		ita_record_free(s->group[i]);
		s->group[i] = NULL;
	}
	s->ngroup = 0;
}

/* Evaluates and writes the held measure and its activities. */
static int
flush_group(struct prun *s)
{
	struct tally acts;
	const char **udates;
	struct ita_record *sum = NULL;
	int rc = -1;

	if (s->ngroup == 0)
		return 0;
	memset(&acts, 0, sizeof(acts));
	if ((udates = calloc(s->ngroup, sizeof(*udates))) == NULL)
		prun_fail(s, "measure");
	else if (evaluate_group(s, udates, &acts) == 0 &&
	    measure_summary(s, &acts, &sum) == 0)
		rc = prun_put_group(s, &sum);
	drop_group(s);
	ita_record_free(sum);
	free(udates);
	ptally_free(&acts);
	return rc;
}

static int
prun_hold(struct prun *s, struct ita_record *r)
{
	struct ita_grow_arr a[] = {
		ITA_GROW_ARR(s->group), ITA_GROW_ARR(s->res)
	};

	if (ita_grow_arrays(a, 2, &s->capgroup, s->ngroup + 1, 16) == -1) {
		ita_record_free(r);
		prun_fail(s, "measure");
		return -1;
	}
	s->group[s->ngroup++] = r;
	return 0;
}

int
prun_record(struct prun *s, struct ita_record *r)
{
	const char *kind = ita_get(r, ITA_COL_KIND);
	const char *udate;
	struct presult res;

	if (prun_belongs(s, r))
		return prun_hold(s, r);
	if (flush_group(s) == -1 || prun_enter_report(s, r) == -1) {
		ita_record_free(r);
		return -1;
	}
	if (strcmp(kind, "measure") == 0)
		return prun_hold(s, r);
	if (!pkind_is_item(kind)) {
		if (prun_set_columns(s, r, NULL, "") == -1) {
			ita_record_free(r);
			prun_fail(s, "columns");
			return -1;
		}
		return prun_put(s, r);
	}
	if (prun_evaluate(s, r, &res, &udate) == -1 ||
	    prun_set_columns(s, r, &res, udate) == -1) {
		ita_record_free(r);
		prun_fail(s, "columns");
		return -1;
	}
	if (strcmp(kind, "activity") != 0 && prun_tally_item(s, r, &res) ==
	    -1) {
		ita_record_free(r);
		return -1;
	}
	return prun_put(s, r);
}

int
prun_end(struct prun *s)
{
	if (s->failed || flush_group(s) == -1)
		return -1;
	return prun_flush_report(s);
}

void
prun_free(struct prun *s)
{
	drop_group(s);
	free(s->group);
	free(s->res);
	prun_each_tally(s, ptally_free);
	ita_record_free(s->report_rec);
	free(s->report_key);
	ita_header_unref(s->last_hdr);
	ita_header_unref(s->hdr_in);
	ita_header_unref(s->hdr_out);
	pupdates_free(&s->ups);
}

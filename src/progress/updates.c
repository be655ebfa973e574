/*
 * Progress updates (--update): a dated log held in memory (one entry
 * per update), sorted so that each record finds its latest update on or
 * before the as-of date by binary search.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "filter.h"
#include "progress.h"
#include "stream.h"
#include "thdate.h"

static char *
dup_or_null(const char *s)
{
	return *s == '\0' ? NULL : strdup(s);
}

static void
update_free(struct pupdate *u)
{
	free(u->id);
	free(u->office);
	free(u->fiscal_year);
	free(u->date);
	free(u->status);
	free(u->percent);
	free(u->result);
	free(u->evidence);
	free(u->note);
	free(u->file);
}

static void bad_update(struct ita_diag *, const struct ita_record *,
    const char *, ...) __attribute__((format(printf, 3, 4)));

static void
bad_update(struct ita_diag *d, const struct ita_record *r, const char *fmt,
    ...)
{
	va_list ap;

	va_start(ap, fmt);
	ita_vdiag_at(d, &r->loc, ITA_SEV_ERROR, "progress.update-invalid",
	    NULL, fmt, ap);
	va_end(ap);
}

/* Checks one update; 1 when it may be used. */
static int
update_ok(struct ita_diag *d, const struct ita_record *r,
    struct ita_date *date)
{
	const char *v;
	long n;

	if (*ita_get(r, ITA_COL_ID) == '\0') {
		bad_update(d, r, "update without field 'id'; ignored");
		return 0;
	}
	v = ita_get(r, ITA_COL_UPDATE_DATE);
	if (*v == '\0') {
		bad_update(d, r, "update without field 'update_date'; "
		    "ignored");
		return 0;
	}
	if (ita_date_parse_iso(v, date) == -1) {
		bad_update(d, r, "field 'update_date': '%s' is not a date "
		    "(YYYY-MM-DD); update ignored", v);
		return 0;
	}
	v = ita_get(r, ITA_COL_STATUS);
	if (pstatus_parse(v) == ST_BAD) {
		bad_update(d, r, "field 'status': '%s' is not a status of "
		    "ita(5); update ignored", v);
		return 0;
	}
	v = ita_get(r, ITA_COL_PERCENT);
	if (ppercent_parse(v, &n) == -1) {
		bad_update(d, r, "field 'percent': '%s' is not a percent from 0 "
		    "to 100; update ignored", v);
		return 0;
	}
	v = ita_get(r, ITA_COL_FISCAL_YEAR);
	if (*v != '\0' && ita_parse_long(v, ITA_BE_MIN, ITA_BE_MAX, &n) == -1) {
		bad_update(d, r, "field 'fiscal_year': '%s' is not a fiscal year; "
		    "update ignored", v);
		return 0;
	}
	return 1;
}

static int
update_add(struct pupdates *us, const struct ita_record *r,
    struct ita_date date)
{
	struct pupdate *u, *nv;

	if ((nv = ita_grow(us->v, us->n, &us->cap, sizeof(*nv), 64)) == NULL)
		return -1;
	us->v = nv;
	u = &us->v[us->n];
	memset(u, 0, sizeof(*u));
	u->seq = us->n;
	u->day = ita_date_to_days(date);
	u->line = r->loc.line;
	if ((u->id = strdup(ita_get(r, ITA_COL_ID))) == NULL ||
	    (u->date = strdup(ita_get(r, ITA_COL_UPDATE_DATE))) == NULL ||
	    (u->file = strdup(r->loc.file ? r->loc.file : "<stdin>")) ==
	    NULL)
		goto fail;
#define OPT(f, c) \
	if ((u->f = dup_or_null(ita_get(r, c))) == NULL && \
	    *ita_get(r, c) != '\0') \
		goto fail
	OPT(office, ITA_COL_OFFICE);
	OPT(fiscal_year, ITA_COL_FISCAL_YEAR);
	OPT(status, ITA_COL_STATUS);
	OPT(percent, ITA_COL_PERCENT);
	OPT(result, ITA_COL_RESULT);
	OPT(evidence, ITA_COL_EVIDENCE);
	OPT(note, ITA_COL_NOTE);
#undef OPT
	us->n++;
	return 0;
fail:
	update_free(u);
	return -1;
}

int
pupdates_load(struct pupdates *us, const char *file, struct ita_diag *d)
{
	struct ita_input *in;
	struct ita_record *r;
	struct ita_date date;
	char *files[1];
	int rc = 0;

	files[0] = (char *)file;
	if ((in = ita_input_new(files, 1, d)) == NULL) {
		ita_diag_sys(d, "%s", file);
		return -1;
	}
	while (ita_input_next(in, &r)) {
		if (update_ok(d, r, &date) && update_add(us, r, date) == -1) {
			ita_diag_sys(d, "%s", file);
			ita_record_free(r);
			rc = -1;
			break;
		}
		ita_record_free(r);
	}
	ita_input_free(in);
	return rc;
}

static int
strcmp_null(const char *a, const char *b)
{
	return strcmp(a ? a : "", b ? b : "");
}

/* By identity as written, then date, then order in the file. */
static int
cmp_update(const void *pa, const void *pb)
{
	const struct pupdate *a = pa, *b = pb;
	int c;

	if ((c = strcmp(a->id, b->id)) != 0 ||
	    (c = strcmp_null(a->office, b->office)) != 0 ||
	    (c = strcmp_null(a->fiscal_year, b->fiscal_year)) != 0)
		return c;
	if (a->day != b->day)
		return a->day < b->day ? -1 : 1;
	return a->seq < b->seq ? -1 : a->seq > b->seq;
}

static int
same_identity(const struct pupdate *a, const struct pupdate *b)
{
	return strcmp(a->id, b->id) == 0 &&
	    strcmp_null(a->office, b->office) == 0 &&
	    strcmp_null(a->fiscal_year, b->fiscal_year) == 0;
}

static void
backwards(struct ita_diag *d, const struct pupdate *u, int status, int pct)
{
	struct ita_loc loc;

	loc.file = u->file;
	loc.line = u->line;
	loc.col = 0;
	ita_diag_at(d, &loc, ITA_SEV_WARNING, "progress.update-backwards",
	    NULL, "update of '%s' on %s goes backwards: %s%s%s", u->id,
	    u->date, status ? "status is no longer done" : "",
	    status && pct ? ", " : "", pct ? "percent is lower than before" :
	    "");
}

void
pupdates_prepare(struct pupdates *us, struct ita_diag *d)
{
	const char *last_status = NULL;
	long last_pct = -1, pct;
	size_t i;
	int bs, bp;

	if (us->n == 0)
		return;
	qsort(us->v, us->n, sizeof(us->v[0]), cmp_update);
	for (i = 0; i < us->n; i++) {
		if (i > 0 && !same_identity(&us->v[i - 1], &us->v[i])) {
			last_status = NULL;
			last_pct = -1;
		}
		bs = bp = 0;
		if (us->v[i].status != NULL) {
			bs = last_status != NULL &&
			    strcmp(last_status, "done") == 0 &&
			    strcmp(us->v[i].status, "done") != 0;
			last_status = us->v[i].status;
		}
		if (us->v[i].percent != NULL &&
		    ppercent_parse(us->v[i].percent, &pct) == 0) {
			bp = last_pct >= 0 && pct < last_pct;
			last_pct = pct;
		}
		if (bs || bp)
			backwards(d, &us->v[i], bs, bp);
	}
}

/* Later in time, or the same day and later in the file. */
static int
later(const struct pupdate *a, const struct pupdate *b)
{
	return b == NULL || a->day > b->day ||
	    (a->day == b->day && a->seq > b->seq);
}

static int
cmp_key(const struct pupdate *u, const char *id, const char *office,
    const char *fy)
{
	int c;

	if ((c = strcmp(u->id, id)) != 0 ||
	    (c = strcmp_null(u->office, office)) != 0)
		return c;
	return strcmp_null(u->fiscal_year, fy);
}

/* The first update whose identity as written is (id, office, fy). */
static size_t
lower_bound(const struct pupdates *us, const char *id, const char *office,
    const char *fy)
{
	size_t lo = 0, hi = us->n, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (cmp_key(&us->v[mid], id, office, fy) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

void
pupdates_merge(struct pupdates *us, const char *id, const char *office,
    const char *fy, long as_of, struct pmerged *m)
{
	const struct pupdate *best = NULL, *bs = NULL, *bp = NULL, *br = NULL,
	    *be = NULL, *bn = NULL;
	struct pupdate *u;
	size_t i;
	int k;

	memset(m, 0, sizeof(*m));
	/*
	 * An update names the office and the year, or leaves either empty
	 * to mean any: four identities to look up, each a sorted run.
	 */
	for (k = 0; k < 4; k++) {
		const char *o = k & 1 ? "" : office, *y = k & 2 ? "" : fy;

		if ((k & 1 && *office == '\0') || (k & 2 && *fy == '\0'))
			continue;	/* the same run as an earlier k */
		for (i = lower_bound(us, id, o, y); i < us->n &&
		    cmp_key(&us->v[i], id, o, y) == 0; i++) {
			u = &us->v[i];
			u->used = 1;
			if (u->day > as_of)
				continue;
			if (later(u, best))
				best = u;
#define FIELD(f, b) if (u->f != NULL && later(u, b)) b = u
			FIELD(status, bs);
			FIELD(percent, bp);
			FIELD(result, br);
			FIELD(evidence, be);
			FIELD(note, bn);
#undef FIELD
		}
	}
	if (best == NULL)
		return;
	m->date = best->date;
	m->status = bs ? bs->status : NULL;
	m->percent = bp ? bp->percent : NULL;
	m->result = br ? br->result : NULL;
	m->evidence = be ? be->evidence : NULL;
	m->note = bn ? bn->note : NULL;
}

static int
cmp_seq(const void *pa, const void *pb)
{
	const struct pupdate *const *a = pa, *const *b = pb;

	return (*a)->seq < (*b)->seq ? -1 : (*a)->seq > (*b)->seq;
}

void
pupdates_report_unknown(const struct pupdates *us, struct ita_diag *d)
{
	const struct pupdate **v;
	struct ita_loc loc;
	size_t i, n = 0;

	/* In the order of the update file, as a user reads it. */
	if ((v = calloc(us->n ? us->n : 1, sizeof(*v))) == NULL) {
		ita_diag_sys(d, "updates");
		return;
	}
	for (i = 0; i < us->n; i++)
		if (!us->v[i].used)
			v[n++] = &us->v[i];
	qsort(v, n, sizeof(*v), cmp_seq);
	for (i = 0; i < n; i++) {
		loc.file = v[i]->file;
		loc.line = v[i]->line;
		loc.col = 0;
		ita_diag_at(d, &loc, ITA_SEV_WARNING, "progress.update-unknown",
		    NULL, "update for '%s'%s%s%s%s is for no record of the "
		    "stream; ignored", v[i]->id,
		    v[i]->office ? " of " : "", v[i]->office ? v[i]->office : "",
		    v[i]->fiscal_year ? " in " : "",
		    v[i]->fiscal_year ? v[i]->fiscal_year : "");
	}
	free(v);
}

void
pupdates_free(struct pupdates *us)
{
	size_t i;

	for (i = 0; i < us->n; i++)
		update_free(&us->v[i]);
	free(us->v);
	memset(us, 0, sizeof(*us));
}

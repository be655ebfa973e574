/*
 * ita-progress: the state of each measure, activity and OIT item on an
 * as-of date, with fiscal placement, progress updates and roll-ups.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "filter.h"
#include "progress.h"
#include "thdate.h"

enum {
	OPT_AS_OF = ITA_OPT_PROGRAM,
	OPT_ROUND,
	OPT_UPDATE,
	OPT_ROLLUP,
	OPT_SOON
};

static const struct ita_optdoc options[] = {
	{ "as-of", required_argument, OPT_AS_OF, "DATE",
	    N_("evaluate on DATE (ISO or Thai; default today)") },
	{ "round", required_argument, OPT_ROUND, "6|12",
	    N_("evaluate at the end of that round of "
	    "each record's fiscal year") },
	{ "update", required_argument, OPT_UPDATE, "FILE",
	    N_("merge the progress updates in FILE") },
	{ "rollup", required_argument, OPT_ROLLUP, "LEVEL",
	    N_("add summaries per measure, section, quarter, round or office") },
	{ "soon", required_argument, OPT_SOON, "DAYS",
	    N_("due_soon window before a planned end (default 30)") },
	{ NULL, 0, 0, NULL, NULL }
};

static const struct ita_prog prog = {
	"ita-progress", "[options] [file ...]",
	N_("Compute the progress state of each measure on a date."),
	options
};

struct popts {
	struct ita_diag		*diag;
	struct ita_date		 as_of;
	int			 as_of_set;
	int			 round;		/* 0, 6 or 12 */
	const char		*update;
	enum rollup_level	 rollup;
	long			 soon;
};

/* Sections in summary order; the last is "none". */
static const char *const section_keys[] = { "iit", "eit", "oit", "none" };
#define NSECT 4

struct prog_state {
	struct ita_filter	*f;
	struct popts		*o;
	struct pupdates		 ups;
	/* a measure held with its activities */
	struct ita_record	**group;
	struct presult		*res;
	size_t			 ngroup, capgroup;
	/* the current report and its tallies */
	char			*report_key;
	struct ita_record	*report_rec;	/* identity of the report */
	struct tally		 sect[NSECT], quarter[5], round[3], office;
	struct ita_header	*last_hdr;	/* of the last record written */
	/* An input header and that header with our columns (one rehead
	 * per record instead of one per column added). */
	struct ita_header	*hdr_in, *hdr_out;
	int			 failed;
};

static int
own_option(void *ctx, int val, const char *arg)
{
	struct popts *o = ctx;
	struct ita_buf err = ITA_BUF_INIT;
	long n;

	switch (val) {
	case OPT_AS_OF:
		if (asof_parse(arg, &o->as_of, &err) == -1) {
			ita_diag_usage(o->diag, "--as-of: %s",
			    ita_buf_str(&err));
			ita_buf_free(&err);
			return -1;
		}
		ita_buf_free(&err);
		o->as_of_set = 1;
		return 0;
	case OPT_ROUND:
		if (strcmp(arg, "6") != 0 && strcmp(arg, "12") != 0) {
			ita_diag_usage(o->diag, "--round: '%s' is not 6 or 12",
			    arg);
			return -1;
		}
		o->round = arg[0] == '6' ? 6 : 12;
		return 0;
	case OPT_UPDATE:
		o->update = arg;
		return 0;
	case OPT_ROLLUP:
		if (rollup_parse(arg, &o->rollup) == -1) {
			ita_diag_usage(o->diag, "--rollup: '%s' is not measure, "
			    "section, quarter, round or office", arg);
			return -1;
		}
		return 0;
	case OPT_SOON:
		if (ita_parse_long(arg, 0, 3650, &n) == -1) {
			ita_diag_usage(o->diag, "--soon: '%s' is not a number "
			    "of days from 0 to 3650", arg);
			return -1;
		}
		o->soon = n;
		return 0;
	}
	ita_diag_usage(o->diag, "unknown option");
	return -1;
}

static struct ita_date
today(void)
{
	struct ita_date d = { 1970, 1, 1 };
	struct tm tm;
	time_t t = time(NULL);

	if (localtime_r(&t, &tm) != NULL) {
		d.y = tm.tm_year + 1900;
		d.m = tm.tm_mon + 1;
		d.d = tm.tm_mday;
	}
	return d;
}

static int
is_item_kind(const char *k)
{
	return strcmp(k, "measure") == 0 || strcmp(k, "activity") == 0 ||
	    strcmp(k, "indicator") == 0 || strcmp(k, "oit_item") == 0;
}

/* The as-of date of a record: --round takes its fiscal year. */
static struct ita_date
record_as_of(const struct prog_state *s, const struct ita_record *r)
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
bad_value(struct prog_state *s, const struct ita_record *r, const char *col,
    const char *what)
{
	ita_diag_record(&s->f->diag, r, col, ITA_SEV_WARNING,
	    "progress.bad-value", "field '%s': '%s' is not %s; evaluated "
	    "without it", col, ita_get_name(r, col), what);
}

static void
bad_period(struct prog_state *s, const struct ita_record *r, int rc,
    const char *date, const char *prec)
{
	if (rc == -2)
		bad_value(s, r, prec, "day, month, quarter or year");
	else
		bad_value(s, r, date, "a date (YYYY-MM-DD)");
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

/* Applies the update, reads the item and evaluates it. */
static int
evaluate(struct prog_state *s, struct ita_record *r, struct presult *res,
    const char **update_date)
{
	struct pmerged u;
	struct ita_date as_of = record_as_of(s, r), d;
	struct pitem it;
	int rc;

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
	rc = period_date(ita_get(r, ITA_COL_START),
	    ita_get(r, ITA_COL_START_PRECISION), 0, &d);
	if (rc < 0)
		bad_period(s, r, rc, "start", "start_precision");
	else if (rc == 0) {
		it.has_start = 1;
		it.start = ita_date_to_days(d);
	}
	rc = period_date(ita_get(r, ITA_COL_END),
	    ita_get(r, ITA_COL_END_PRECISION), 1, &d);
	if (rc < 0)
		bad_period(s, r, rc, "end", "end_precision");
	else if (rc == 0) {
		it.has_end = 1;
		it.end = ita_date_to_days(d);
	}
	it.status = pstatus_parse(ita_get(r, ITA_COL_STATUS));
	if (it.status == ST_BAD)
		bad_value(s, r, "status", "a status of ita(5)");
	if (percent_parse(ita_get(r, ITA_COL_PERCENT), &it.pct) != 0) {
		if (*ita_get(r, ITA_COL_PERCENT) != '\0')
			bad_value(s, r, "percent", "a percent from 0 to 100");
		it.pct = -1;
	}
	pitem_eval(&it, ita_date_to_days(as_of), s->o->soon, res);
	return 0;
}

/* The header of r with every column we set; NULL on ENOMEM. */
static struct ita_header *
full_header(struct prog_state *s, struct ita_header *h)
{
	struct ita_header *g;
	char **names;
	size_t n = 0;
	int c, last;

	if (h == s->hdr_in)
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

/* The computed columns of one record, as text. */
struct pcols {
	char	iso[11], fy[16], q[8], rnd[8], days[24], over[24], el[24];
	char	efy[16], eq[8], ernd[8];
};

/* Fiscal placement of the as-of date, and of the planned end when known. */
static void
format_columns(struct pcols *c, struct ita_date as_of,
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
		tenths_format(res->elapsed_tenths, c->el, sizeof(c->el));
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

/* Sets the added columns, always all of them and in one order. */
static int
set_columns(struct prog_state *s, struct ita_record *r,
    const struct presult *res, const char *update_date)
{
	struct pcols c;
	struct ita_header *full;

	if ((full = full_header(s, r->hdr)) == NULL ||
	    (full != r->hdr && ita_record_rehead(r, full) == -1))
		return -1;
	format_columns(&c, record_as_of(s, r), res);
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

static int
put(struct prog_state *s, struct ita_record *r)
{
	if (s->last_hdr != r->hdr) {
		ita_header_unref(s->last_hdr);
		s->last_hdr = ita_header_ref(r->hdr);
	}
	if (ita_filter_put(s->f, r) == -1) {
		s->failed = 1;
		return -1;
	}
	return 0;
}

static void
sys_fail(struct prog_state *s, const char *what)
{
	ita_diag_sys(&s->f->diag, "%s", what);
	s->failed = 1;
}

/* Counts an item (measure, indicator, OIT item) in the report tallies. */
static int
tally_item(struct prog_state *s, const struct ita_record *r,
    const struct presult *res)
{
	const char *id = ita_get(r, ITA_COL_ID);
	const char *sec = ita_get(r, ITA_COL_SECTION);
	struct ita_date d;
	int i, q = 0, rd = 0;

	for (i = 0; i < NSECT - 1 && strcmp(sec, section_keys[i]) != 0; i++)
		;
	if (res->has_days) {
		d = ita_days_to_date(ita_date_to_days(record_as_of(s, r)) +
		    res->days_left);
		q = ita_fiscal_quarter(d);
		rd = ita_fiscal_round(d) == 6 ? 1 : 2;
	}
	if (tally_add(&s->sect[i], res->state, id) == -1 ||
	    tally_add(&s->quarter[q == 0 ? 4 : q - 1], res->state, id) == -1 ||
	    tally_add(&s->round[rd == 0 ? 2 : rd - 1], res->state, id) == -1 ||
	    tally_add(&s->office, res->state, id) == -1) {
		sys_fail(s, "summary");
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

/*
 * A summary record with the identity of the report (or measure) in
 * from, in the header of the records written; NULL on ENOMEM.
 */
static struct ita_record *
make_summary(struct prog_state *s, struct ita_header *hdr,
    const struct ita_record *from, const char *id, const char *parent,
    const char *section, const struct tally *t)
{
	static const enum ita_col copy[] = { ITA_COL_OFFICE,
		ITA_COL_OFFICE_TYPE, ITA_COL_DISTRICT, ITA_COL_PROVINCE,
		ITA_COL_FISCAL_YEAR, ITA_COL_ROUND };
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
	for (i = 0; i < sizeof(copy) / sizeof(copy[0]); i++)
		if (set_if(r, copy[i], ita_get(from, copy[i])) == -1)
			goto fail;
	if (tally_set(t, r) == -1 || set_columns(s, r, NULL, "") == -1)
		goto fail;
	return r;
fail:
	ita_record_free(r);
	return NULL;
}

static int
put_summary(struct prog_state *s, const struct ita_record *from,
    const char *id, const char *section, const struct tally *t)
{
	struct ita_record *r;

	if (t->items == 0 || s->last_hdr == NULL)
		return 0;
	if ((r = make_summary(s, s->last_hdr, from, id, "", section, t)) ==
	    NULL) {
		sys_fail(s, "summary");
		return -1;
	}
	return put(s, r);
}

/* The summaries of the report's tallies at the --rollup level. */
static int
put_rollups(struct prog_state *s)
{
	static const char *const rkeys[] = { "6", "12", "none" };
	static const char *const qkeys[] = { "1", "2", "3", "4", "none" };
	char id[64];
	int i, rc = 0;

	switch (s->o->rollup) {
	case ROLL_SECTION:
		for (i = 0; i < NSECT && rc == 0; i++) {
			snprintf(id, sizeof(id), "summary.section.%s",
			    section_keys[i]);
			rc = put_summary(s, s->report_rec, id, i < NSECT - 1 ?
			    section_keys[i] : "", &s->sect[i]);
		}
		return rc;
	case ROLL_QUARTER:
		for (i = 0; i < 5 && rc == 0; i++) {
			snprintf(id, sizeof(id), "summary.quarter.%s",
			    qkeys[i]);
			rc = put_summary(s, s->report_rec, id, "",
			    &s->quarter[i]);
		}
		return rc;
	case ROLL_ROUND:
		for (i = 0; i < 3 && rc == 0; i++) {
			snprintf(id, sizeof(id), "summary.round.%s", rkeys[i]);
			rc = put_summary(s, s->report_rec, id, "",
			    &s->round[i]);
		}
		return rc;
	case ROLL_OFFICE:
		return put_summary(s, s->report_rec, "summary.office", "",
		    &s->office);
	default:
		return 0;
	}
}

static void
clear_tallies(struct prog_state *s)
{
	int i;

	for (i = 0; i < NSECT; i++)
		tally_clear(&s->sect[i]);
	for (i = 0; i < 5; i++)
		tally_clear(&s->quarter[i]);
	for (i = 0; i < 3; i++)
		tally_clear(&s->round[i]);
	tally_clear(&s->office);
}

static int
flush_report(struct prog_state *s)
{
	if (s->report_rec == NULL)
		return 0;
	if (put_rollups(s) == -1)
		return -1;
	clear_tallies(s);
	ita_record_free(s->report_rec);
	s->report_rec = NULL;
	return 0;
}

/* A new office, fiscal year or round starts a new report (ita(5)). */
static int
enter_report(struct prog_state *s, const struct ita_record *r)
{
	static const enum ita_col copy[] = { ITA_COL_OFFICE,
		ITA_COL_OFFICE_TYPE, ITA_COL_DISTRICT, ITA_COL_PROVINCE,
		ITA_COL_FISCAL_YEAR, ITA_COL_ROUND };
	struct ita_buf key = ITA_BUF_INIT;
	size_t i;

	if (s->o->rollup == ROLL_NONE || s->o->rollup == ROLL_MEASURE)
		return 0;
	if (ita_buf_printf(&key, "%s\037%s\037%s", ita_get(r, ITA_COL_OFFICE),
	    ita_get(r, ITA_COL_FISCAL_YEAR), ita_get(r, ITA_COL_ROUND)) == -1) {
		sys_fail(s, "report");
		return -1;
	}
	if (s->report_key != NULL && strcmp(s->report_key, key.p) == 0) {
		ita_buf_free(&key);
		return 0;
	}
	if (flush_report(s) == -1) {
		ita_buf_free(&key);
		return -1;
	}
	free(s->report_key);
	s->report_key = ita_buf_take(&key);
	if ((s->report_rec = ita_record_new(r->hdr)) == NULL)
		goto fail;
	s->report_rec->loc = r->loc;
	for (i = 0; i < sizeof(copy) / sizeof(copy[0]); i++)
		if (ita_set(s->report_rec, copy[i], ita_get(r, copy[i])) == -1)
			goto fail;
	return 0;
fail:
	sys_fail(s, "report");
	return -1;
}

/*
 * Evaluates the held records (udates: their update dates), and the
 * measure from its activities, counting the activities in acts.
 */
static int
evaluate_group(struct prog_state *s, const char **udates, struct tally *acts)
{
	size_t i, n = s->ngroup;

	for (i = 0; i < n; i++)
		if (evaluate(s, s->group[i], &s->res[i], &udates[i]) == -1) {
			sys_fail(s, "update");
			return -1;
		}
	for (i = 1; i < n; i++)
		if (tally_add(acts, s->res[i].state, ita_get(s->group[i],
		    ITA_COL_ID)) == -1) {
			sys_fail(s, "summary");
			return -1;
		}
	pmeasure_from_children(&s->res[0], &s->res[1], n - 1);
	if (tally_item(s, s->group[0], &s->res[0]) == -1)
		return -1;
	for (i = 0; i < n; i++)
		if (set_columns(s, s->group[i], &s->res[i], udates[i]) == -1) {
			sys_fail(s, "columns");
			return -1;
		}
	return 0;
}

/* --rollup measure: the summary of a measure's activities (*sum). */
static int
measure_summary(struct prog_state *s, const struct tally *acts,
    struct ita_record **sum)
{
	const struct ita_record *m = s->group[0];
	struct ita_buf id = ITA_BUF_INIT;

	*sum = NULL;
	if (s->ngroup < 2 || s->o->rollup != ROLL_MEASURE)
		return 0;
	if (ita_buf_printf(&id, "summary.measure.%s",
	    ita_get(m, ITA_COL_ID)) == -1 ||
	    (*sum = make_summary(s, m->hdr, m, id.p, ita_get(m, ITA_COL_ID),
	    ita_get(m, ITA_COL_SECTION), acts)) == NULL) {
		ita_buf_free(&id);
		sys_fail(s, "summary");
		return -1;
	}
	ita_buf_free(&id);
	return 0;
}

/* Writes the held records, then sum; the records are no longer held. */
static int
put_group(struct prog_state *s, struct ita_record **sum)
{
	struct ita_record *r;
	size_t i;
	int rc = 0;

	for (i = 0; i < s->ngroup && rc == 0; i++) {
		r = s->group[i];
		s->group[i] = NULL;
		rc = put(s, r);
	}
	if (*sum != NULL && rc == 0) {
		rc = put(s, *sum);
		*sum = NULL;
	}
	return rc;
}

static void
drop_group(struct prog_state *s)
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
flush_group(struct prog_state *s)
{
	struct tally acts;
	const char **udates;
	struct ita_record *sum = NULL;
	int rc = -1;

	if (s->ngroup == 0)
		return 0;
	memset(&acts, 0, sizeof(acts));
	if ((udates = calloc(s->ngroup, sizeof(*udates))) == NULL)
		sys_fail(s, "measure");
	else if (evaluate_group(s, udates, &acts) == 0 &&
	    measure_summary(s, &acts, &sum) == 0)
		rc = put_group(s, &sum);
	drop_group(s);
	ita_record_free(sum);
	free(udates);
	tally_free(&acts);
	return rc;
}

static int
hold(struct prog_state *s, struct ita_record *r)
{
	size_t cap;
	void *p;

	if (s->ngroup == s->capgroup) {
		cap = s->capgroup ? s->capgroup * 2 : 16;
		if ((p = realloc(s->group, cap * sizeof(*s->group))) == NULL)
			goto fail;
		s->group = p;
		if ((p = realloc(s->res, cap * sizeof(*s->res))) == NULL)
			goto fail;
		s->res = p;
		s->capgroup = cap;
	}
	s->group[s->ngroup++] = r;
	return 0;
fail:
	ita_record_free(r);
	sys_fail(s, "measure");
	return -1;
}

/* An activity of the held measure, in the same report. */
static int
belongs(const struct prog_state *s, const struct ita_record *r)
{
	const struct ita_record *m;

	if (s->ngroup == 0 ||
	    strcmp(ita_get(r, ITA_COL_KIND), "activity") != 0)
		return 0;
	m = s->group[0];
	return strcmp(ita_get(r, ITA_COL_PARENT), ita_get(m, ITA_COL_ID)) ==
	    0 && *ita_get(m, ITA_COL_ID) != '\0' &&
	    strcmp(ita_get(r, ITA_COL_OFFICE), ita_get(m, ITA_COL_OFFICE)) ==
	    0 && strcmp(ita_get(r, ITA_COL_FISCAL_YEAR),
	    ita_get(m, ITA_COL_FISCAL_YEAR)) == 0 &&
	    strcmp(ita_get(r, ITA_COL_ROUND), ita_get(m, ITA_COL_ROUND)) == 0;
}

/* One input record. */
static int
process(struct prog_state *s, struct ita_record *r)
{
	const char *kind = ita_get(r, ITA_COL_KIND);
	const char *udate;
	struct presult res;

	if (belongs(s, r))
		return hold(s, r);
	if (flush_group(s) == -1 || enter_report(s, r) == -1) {
		ita_record_free(r);
		return -1;
	}
	if (strcmp(kind, "measure") == 0)
		return hold(s, r);
	if (!is_item_kind(kind)) {
		if (set_columns(s, r, NULL, "") == -1) {
			ita_record_free(r);
			sys_fail(s, "columns");
			return -1;
		}
		return put(s, r);
	}
	if (evaluate(s, r, &res, &udate) == -1 ||
	    set_columns(s, r, &res, udate) == -1) {
		ita_record_free(r);
		sys_fail(s, "columns");
		return -1;
	}
	if (strcmp(kind, "activity") != 0 && tally_item(s, r, &res) == -1) {
		ita_record_free(r);
		return -1;
	}
	return put(s, r);
}

static void
state_free(struct prog_state *s)
{
	size_t i;

	for (i = 0; i < s->ngroup; i++)
		ita_record_free(s->group[i]);
	free(s->group);
	free(s->res);
	for (i = 0; i < NSECT; i++)
		tally_free(&s->sect[i]);
	for (i = 0; i < 5; i++)
		tally_free(&s->quarter[i]);
	for (i = 0; i < 3; i++)
		tally_free(&s->round[i]);
	tally_free(&s->office);
	ita_record_free(s->report_rec);
	free(s->report_key);
	ita_header_unref(s->last_hdr);
	ita_header_unref(s->hdr_in);
	ita_header_unref(s->hdr_out);
	pupdates_free(&s->ups);
}

int
main(int argc, char *argv[])
{
	struct ita_filter f;
	struct ita_record *rec;
	struct prog_state s;
	struct popts o;
	int rc;

	memset(&o, 0, sizeof(o));
	memset(&s, 0, sizeof(s));
	o.diag = &f.diag;
	o.soon = 30;
	if ((rc = ita_filter_init(&f, &prog, argc, argv, own_option, &o, 1)) !=
	    -1)
		return rc;
	if (!o.as_of_set)
		o.as_of = today();
	s.f = &f;
	s.o = &o;
	if (o.update != NULL && ita_out_apart(f.common.output,
	    (char *const *)&o.update, 1, &f.diag) == -1) {
		state_free(&s);
		return ita_filter_end(&f);
	}
	if (o.update != NULL) {
		/* A log that cannot be read gives no output, not a wrong one. */
		if (pupdates_load(&s.ups, o.update, &f.diag) == -1 ||
		    f.diag.status >= ITA_EXIT_IO) {
			state_free(&s);
			return ita_filter_end(&f);
		}
		pupdates_prepare(&s.ups, &f.diag);
	}
	while (!s.failed && ita_filter_next(&f, &rec))
		(void)process(&s, rec);
	if (!s.failed && flush_group(&s) == 0)
		(void)flush_report(&s);
	if (!s.failed && ita_out_ok(&f.out))
		pupdates_report_unknown(&s.ups, &f.diag);
	state_free(&s);
	return ita_filter_end(&f);
}

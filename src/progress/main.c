/*
 * ita-progress: the state of each measure, activity and OIT item on an
 * as-of date, with fiscal placement, progress updates and roll-ups.
 * This file is the options and the read-evaluate-write loop; the run
 * itself is run.c and the files it names.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
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
	{ "as-of", OPT_AS_OF, "DATE",
	    N_("evaluate on DATE (ISO or Thai; default today)") },
	{ "round", OPT_ROUND, "6|12",
	    N_("evaluate at the end of that round of "
	    "each record's fiscal year") },
	{ "update", OPT_UPDATE, "FILE",
	    N_("merge the progress updates in FILE") },
	{ "rollup", OPT_ROLLUP, "LEVEL",
	    N_("add summaries per measure, section, quarter, round or office") },
	{ "soon", OPT_SOON, "DAYS",
	    N_("due_soon window before a planned end (default 30)") },
	{ NULL, 0, NULL, NULL }
};

static const struct ita_prog prog = {
	"ita-progress", "[options] [file ...]",
	N_("Compute the progress state of each measure on a date."),
	options
};

static int
own_option(void *ctx, int val, const char *arg)
{
	struct popts *o = ctx;
	struct ita_buf err = ITA_BUF_INIT;
	long n;

	switch (val) {
	case OPT_AS_OF:
		if (pasof_parse(arg, &o->as_of, &err) == -1) {
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
		if (prollup_parse(arg, &o->rollup) == -1) {
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
put_filter(void *f, struct ita_record *r)
{
	return ita_filter_put(f, r);
}

int
main(int argc, char *argv[])
{
	struct ita_filter f;
	struct ita_record *rec;
	struct prun s;
	struct popts o;
	int rc;

	memset(&o, 0, sizeof(o));
	o.diag = &f.diag;
	o.soon = 30;
	if ((rc = ita_filter_init(&f, &prog, argc, argv, own_option, &o, 1)) !=
	    -1)
		return rc;
	if (!o.as_of_set)
		o.as_of = today();
	prun_init(&s, &o, &f.diag, put_filter, &f);
	if (o.update != NULL && ita_out_apart(f.common.output,
	    (char *const *)&o.update, 1, &f.diag) == -1) {
		prun_free(&s);
		return ita_filter_end(&f);
	}
	if (o.update != NULL) {
		/* A log that cannot be read gives no output, not a wrong one. */
		if (pupdates_load(&s.ups, o.update, &f.diag) == -1 ||
		    f.diag.status >= ITA_EXIT_IO) {
			prun_free(&s);
			return ita_filter_end(&f);
		}
		pupdates_prepare(&s.ups, &f.diag);
	}
	while (!s.failed && ita_filter_next(&f, &rec))
		(void)prun_record(&s, rec);
	(void)prun_end(&s);
	if (!s.failed && ita_out_ok(&f.out))
		pupdates_report_unknown(&s.ups, &f.diag);
	prun_free(&s);
	return ita_filter_end(&f);
}

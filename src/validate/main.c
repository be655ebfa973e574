/*
 * ita-validate: check records against ita(5) and the ITA rules; clean
 * records out, diagnostics to stderr.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diagout.h"
#include "filter.h"
#include "validate.h"
#include "yeardata.h"

enum {
	OPT_KEEP_INVALID = ITA_OPT_PROGRAM,
	OPT_DISABLE,
	OPT_ERROR,
	OPT_LIST_RULES,
	OPT_YEARS,
	OPT_YEARS_DIR,
	OPT_REPORT,
	OPT_REPORT_FORMAT
};

static const struct ita_optdoc options[] = {
	{ "keep-invalid", OPT_KEEP_INVALID, NULL,
	    N_("write every record, with its worst severity in 'validity'") },
	{ "disable", OPT_DISABLE, "RULE",
	    N_("do not check RULE (may be repeated)") },
	{ "error", OPT_ERROR, "RULE",
	    N_("make RULE an error (may be repeated)") },
	{ "list-rules", OPT_LIST_RULES, NULL,
	    N_("list the rules with their severity and meaning, and exit") },
	{ "years", OPT_YEARS, NULL,
	    N_("list the fiscal years whose framework is known, and exit") },
	{ "years-dir", OPT_YEARS_DIR, "DIR",
	    N_("also read year data files from DIR (after $ITA_YEARS)") },
	{ "report", OPT_REPORT, "FILE",
	    N_("write the diagnostics to FILE as a table") },
	{ "report-format", OPT_REPORT_FORMAT, "FMT",
	    N_("the form of that table: csv (default) or xml") },
	{ NULL, 0, NULL, NULL }
};

static const struct ita_prog prog = {
	"ita-validate", "[options] [file ...]",
	N_("Check ita records; write the valid ones, report the others."),
	options
};

struct vopts {
	struct ita_diag	*diag;
	int		 keep_invalid;
	int		 list_rules;
	int		 years;
	const char	*years_dir;
	const char	*report_file;
	int		 report_xml;
};

static const char *const sev_word[] = { "note", "warning", "error" };

static int
own_option(void *ctx, int val, const char *arg)
{
	struct vopts *o = ctx;

	switch (val) {
	case OPT_KEEP_INVALID:
		o->keep_invalid = 1;
		return 0;
	case OPT_LIST_RULES:
		o->list_rules = 1;
		return 0;
	case OPT_YEARS:
		o->years = 1;
		return 0;
	case OPT_YEARS_DIR:
		o->years_dir = arg;
		return 0;
	case OPT_REPORT:
		/* The form it had once (--report=csv FILE) took two words. */
		if (strcmp(arg, "csv") == 0 || strcmp(arg, "xml") == 0) {
			ita_diag_usage(o->diag, "--report takes the FILE "
			    "(--report=FILE --report-format=%s)", arg);
			return -1;
		}
		o->report_file = arg;
		return 0;
	case OPT_REPORT_FORMAT:
		if (strcmp(arg, "csv") != 0 && strcmp(arg, "xml") != 0) {
			ita_diag_usage(o->diag, "--report-format wants csv or "
			    "xml, not '%s'", arg);
			return -1;
		}
		o->report_xml = strcmp(arg, "xml") == 0;
		return 0;
	case OPT_DISABLE:
	case OPT_ERROR:
		if (vrule_find(arg) == NULL) {
			ita_diag_usage(o->diag, "unknown rule '%s' (see "
			    "--list-rules)", arg);
			return -1;
		}
		if (ita_diag_override(o->diag, arg, val == OPT_DISABLE ?
		    ITA_SEV_OFF : ITA_SEV_ERROR) == -1) {
			ita_diag_sys(o->diag, "options");
			return -1;
		}
		return 0;
	}
	ita_diag_usage(o->diag, "unknown option");
	return -1;
}

static int
list_rules(struct ita_filter *f)
{
	const struct vrule *r;
	enum ita_severity sev;

	for (r = vrules; r->id != NULL; r++) {
		sev = ita_diag_severity(&f->diag, r->id, r->sev);
		fprintf(f->out.fp, "%s\t%s\t%s\n", r->id,
		    sev == ITA_SEV_OFF ? "off" : sev_word[sev], r->summary);
	}
	return 0;
}

static void
list_years(struct ita_filter *f, const struct ita_years *ys)
{
	const struct ita_year *y;
	size_t i, j;
	FILE *fp = f->out.fp;

	for (i = 0; i < ita_years_count(ys); i++) {
		y = ita_years_at(ys, i);
		fprintf(fp, "%d\tiit %g, eit %g%s, oit %g\t%s:", y->fy,
		    y->weight_iit, y->weight_eit, y->eit_parts == 2 ?
		    " (2 parts)" : "", y->weight_oit,
		    y->level_kind == ITA_LEVEL_WORDS ? "words" : "letters");
		for (j = 0; j < y->nlevels; j++)
			fprintf(fp, " %s", y->levels[j].name);
		fprintf(fp, "\tpass %g\t%zu OIT items\t%s\t%s\n",
		    y->pass_mark, y->nitems, y->certainty, y->file);
	}
}

/*
 * Checks each record and writes it: all of them with --keep-invalid
 * (marked with their worst severity), else those without an error.
 */
static void
validate_records(struct ita_filter *f, struct vstate *st, int keep_invalid)
{
	struct ita_record *rec;
	unsigned long long errors, warnings;
	const char *validity;

	while (ita_filter_next(f, &rec)) {
		/* Findings on the report that ends here are not this
		 * record's. */
		vstate_enter(st, rec);
		errors = f->diag.nerror;
		warnings = f->diag.nwarning + f->diag.nnote;
		vcheck_record(st, rec);
		errors = f->diag.nerror - errors;
		warnings = f->diag.nwarning + f->diag.nnote - warnings;
		if (keep_invalid) {
			validity = errors ? "error" : warnings ? "warning" : "";
			if (ita_set_name(rec, "validity", validity) == -1) {
				ita_diag_sys(&f->diag, "validity");
				ita_record_free(rec);
				return;
			}
		} else if (errors) {
			ita_record_free(rec);
			continue;
		}
		if (ita_filter_put(f, rec) == -1)
			return;
	}
}

/* The report goes to a file that is neither an input nor the -o file. */
static int
report_apart(struct ita_filter *f, const char *report)
{
	const char *out = f->common.output;

	if (ita_out_apart(report, f->files, f->nfiles, &f->diag) == -1)
		return -1;
	if (out == NULL || strcmp(out, "-") == 0)
		return 0;
	if (strcmp(out, report) == 0) {
		ita_diag_usage(&f->diag, "--report and -o name the same file");
		return -1;
	}
	return ita_out_apart(report, (char *const *)&out, 1, &f->diag);
}

int
main(int argc, char *argv[])
{
	struct ita_filter f;
	struct vstate st;
	struct vopts o;
	struct ita_years *ys = NULL;
	struct diagout rep;
	int rc;

	memset(&o, 0, sizeof(o));
	memset(&rep, 0, sizeof(rep));
	o.diag = &f.diag;
	if ((rc = ita_filter_init(&f, &prog, argc, argv, own_option, &o, 1)) !=
	    -1)
		return rc;
	/* A header without kind or id: none of its rows is checked. */
	ita_input_need_ids(f.in);
	if (o.list_rules) {
		list_rules(&f);
		return ita_filter_end(&f);
	}
	if (o.report_file != NULL && (report_apart(&f, o.report_file) == -1 ||
	    vdiagout_open(&rep, o.report_file, o.report_xml,
	    f.common.formula_guard, &f.diag) == -1))
		return ita_filter_end(&f);
	if ((ys = ita_years_load(o.years_dir, &f.diag)) == NULL)
		goto done;
	if (o.years)
		list_years(&f, ys);
	else if (vstate_init(&st, &f.diag) == -1 ||
	    vstate_set_years(&st, ys) == -1) {
		ita_diag_sys(&f.diag, "starting");
		vstate_free(&st);
	} else {
		validate_records(&f, &st, o.keep_invalid);
		vstate_end(&st);
		vstate_free(&st);
	}
	ita_years_free(ys);
done:
	/* A write error on the report is counted in f.diag: exit 3. */
	(void)vdiagout_close(&rep, &f.diag);
	return ita_filter_end(&f);
}

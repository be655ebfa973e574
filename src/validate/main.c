/*
 * ita-validate: check records against ita(5) and the ITA rules; clean
 * records out, diagnostics to stderr.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "filter.h"
#include "validate.h"

enum {
	OPT_KEEP_INVALID = ITA_OPT_PROGRAM,
	OPT_DISABLE,
	OPT_ERROR,
	OPT_LIST_RULES
};

static const struct ita_optdoc options[] = {
	{ "keep-invalid", no_argument, OPT_KEEP_INVALID, NULL,
	    "write every record, with its worst severity in 'validity'" },
	{ "disable", required_argument, OPT_DISABLE, "RULE",
	    "do not check RULE (may be repeated)" },
	{ "error", required_argument, OPT_ERROR, "RULE",
	    "make RULE an error (may be repeated)" },
	{ "list-rules", no_argument, OPT_LIST_RULES, NULL,
	    "list the rules with their severity and meaning, and exit" },
	{ NULL, 0, 0, NULL, NULL }
};

static const struct ita_prog prog = {
	"ita-validate", "[options] [file ...]",
	"Check ita records; write the valid ones, report the others.",
	options
};

struct vopts {
	struct ita_diag	*diag;
	int		 keep_invalid;
	int		 list_rules;
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

int
main(int argc, char *argv[])
{
	struct ita_filter f;
	struct ita_record *rec;
	struct vstate st;
	struct vopts o;
	unsigned long long before, worst_err, worst_warn;
	int rc;

	memset(&o, 0, sizeof(o));
	o.diag = &f.diag;
	if ((rc = ita_filter_init(&f, &prog, argc, argv, own_option, &o, 1)) !=
	    -1)
		return rc;
	if (o.list_rules) {
		list_rules(&f);
		return ita_filter_end(&f);
	}
	if (vstate_init(&st, &f.diag) == -1) {
		ita_diag_sys(&f.diag, "starting");
		return ita_filter_end(&f);
	}
	while (ita_filter_next(&f, &rec)) {
		before = f.diag.nerror;
		worst_warn = f.diag.nwarning + f.diag.nnote;
		check_record(&st, rec);
		worst_err = f.diag.nerror - before;
		if (o.keep_invalid) {
			if (ita_set_name(rec, "validity", worst_err ? "error" :
			    f.diag.nwarning + f.diag.nnote > worst_warn ?
			    "warning" : "") == -1) {
				ita_diag_sys(&f.diag, "validity");
				ita_record_free(rec);
				break;
			}
		} else if (worst_err) {
			ita_record_free(rec);
			continue;
		}
		if (ita_filter_put(&f, rec) == -1)
			break;
	}
	vstate_free(&st);
	return ita_filter_end(&f);
}

/*
 * The ITA rules on one record: dates and periods against the fiscal year,
 * status against percent, measures, OIT items and scores (the last two
 * also feed the whole-report checks of report.c).
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "filter.h"
#include "thdate.h"
#include "thnorm.h"
#include "validate.h"
#include "yeardata.h"

static enum ita_severity
vsev(const struct vstate *s, const char *rule)
{
	return ita_diag_severity(s->diag, rule, vrule_find(rule)->sev);
}

void
vreport_rec(struct vstate *s, const struct ita_record *r, const char *field,
    const char *rule, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	ita_vdiag_record(s->diag, r, field, vsev(s, rule), rule, fmt, ap);
	va_end(ap);
}

void
vreport_at(struct vstate *s, const struct vplace *p, const char *field,
    const char *rule, const char *fmt, ...)
{
	struct ita_diagnostic dg;
	char msg[1024];
	va_list ap;

	memset(&dg, 0, sizeof(dg));
	if ((dg.sev = vsev(s, rule)) == ITA_SEV_OFF)
		return;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), ita_tr(fmt), ap);
	va_end(ap);
	dg.loc.file = p->file;
	dg.loc.line = p->line;
	dg.rule = rule;
	dg.record = p->id != NULL && *p->id != '\0' ? p->id : NULL;
	dg.field = field;
	dg.message = msg;
	ita_diag_full(s->diag, &dg, NULL);
}

void
vexcerpt(const char *s, size_t n, char *out, size_t outsz)
{
	size_t i = 0, cps = 0;

	/* Stop at a line break too: a message is one line. */
	while (s[i] != '\0' && s[i] != '\n' && s[i] != '\r' && cps < n) {
		i++;
		while (((unsigned char)s[i] & 0xC0) == 0x80)
			i++;
		cps++;
	}
	if (i + 4 > outsz)
		i = 0;
	memcpy(out, s, i);
	if (s[i] != '\0')
		memcpy(out + i, "...", 4);
	else
		out[i] = '\0';
}

void
vfmt2(double x, char out[32])
{
	long c = (long)(x * 100 + (x < 0 ? -0.5 : 0.5));

	snprintf(out, 32, "%s%ld.%02ld", c < 0 ? "-" : "", labs(c) / 100,
	    labs(c) % 100);
}

int
vstate_set_years(struct vstate *s, const struct ita_years *ys)
{
	struct ita_buf key = ITA_BUF_INIT;
	const struct ita_year *y;
	size_t i, j, n = ita_years_count(ys);

	s->years = ys;
	if (n == 0)
		return 0;
	if ((s->item_keys = calloc(n, sizeof(*s->item_keys))) == NULL ||
	    (s->rep.oit_match = calloc(n, sizeof(size_t))) == NULL)
		return -1;
	for (i = 0; i < n; i++) {
		y = ita_years_at(ys, i);
		if (y->nitems == 0)
			continue;
		if ((s->item_keys[i] = calloc(y->nitems, sizeof(char *))) ==
		    NULL)
			return -1;
		for (j = 0; j < y->nitems; j++) {
			ita_buf_clear(&key);
			if (ita_norm_key(y->items[j].title,
			    strlen(y->items[j].title), &key) == -1 ||
			    (s->item_keys[i][j] = strdup(ita_buf_str(&key))) ==
			    NULL) {
				ita_buf_free(&key);
				return -1;
			}
		}
	}
	ita_buf_free(&key);
	return 0;
}

void
vstate_enter(struct vstate *s, const struct ita_record *r)
{
	vreport_enter(s, r);
}

void
vstate_end(struct vstate *s)
{
	vreport_finish(s);
}

/* Checks a period against the report's fiscal year. */
static void
period_in_year(struct vstate *s, const struct ita_record *r,
    const char *field, const char *what, struct ita_date a, struct ita_date b)
{
	struct ita_date fs, fe;
	char as[11], bs[11], fss[11], fes[11];

	ita_date_format_iso(a, as);
	ita_date_format_iso(b, bs);
	if (ita_date_to_days(b) - ita_date_to_days(a) > 731) {
		vreport_rec(s, r, field, "period.long",
		    "field '%s': %s (%s to %s) is longer than two years; "
		    "check the years", field, what, as, bs);
		return;
	}
	if (s->rep.fy == 0)
		return;
	ita_fiscal_bounds(s->rep.fy, &fs, &fe);
	if (ita_date_cmp(b, fs) < 0 || ita_date_cmp(a, fe) > 0) {
		ita_date_format_iso(fs, fss);
		ita_date_format_iso(fe, fes);
		vreport_rec(s, r, field, "period.outside",
		    "field '%s': %s (%s to %s) lies outside fiscal year %d "
		    "(%s to %s)", field, what, as, bs, s->rep.fy, fss, fes);
	}
}

static void
check_periods(struct vstate *s, const struct ita_record *r)
{
	const char *start = ita_get(r, ITA_COL_START);
	const char *end = ita_get(r, ITA_COL_END);
	const char *text = ita_get(r, ITA_COL_PERIOD_TEXT);
	struct ita_buf err = ITA_BUF_INIT;
	struct ita_period p;
	struct ita_date a, b;
	char what[160], ex[128];
	const char *rule, *e;
	int ha, hb;

	ha = ita_date_parse_iso(start, &a) == 0;
	hb = ita_date_parse_iso(end, &b) == 0;
	if (ha || hb) {
		snprintf(what, sizeof(what), "the period");
		period_in_year(s, r, ha ? "start" : "end", what, ha ? a : b,
		    hb ? b : a);
		return;
	}
	if (*start != '\0' || *end != '\0' || *text == '\0')
		return;
	/* The importer leaves start and end empty when it cannot read the
	 * text; read it again to say why. */
	vexcerpt(text, 40, ex, sizeof(ex));
	switch (ita_period_parse(text, strlen(text), s->rep.fy, &p, &err)) {
	case 1:
		snprintf(what, sizeof(what), "'%s'", ex);
		period_in_year(s, r, "period_text", what, p.start, p.end);
		break;
	case -1:
		e = ita_buf_str(&err);
		rule = strstr(e, "longer than") != NULL ? "period.long" :
		    strstr(e, "not a date") != NULL ? "date.invalid" :
		    strstr(e, "before start") != NULL ? "period.order" :
		    strstr(e, "weekday") != NULL ? "date.weekday" :
		    "period.text";
		vreport_rec(s, r, "period_text", rule,
		    "field 'period_text': %s%s", e,
		    strcmp(rule, "period.long") == 0 ? "; check the years" :
		    "");
		break;
	}
	ita_buf_free(&err);
}

static void
check_memo_date(struct vstate *s, const struct ita_record *r)
{
	struct ita_date d, fs, fe;
	const char *v = ita_get(r, ITA_COL_MEMO_DATE);

	if (s->rep.fy == 0 || ita_date_parse_iso(v, &d) == -1)
		return;
	ita_fiscal_bounds(s->rep.fy, &fs, &fe);
	/* Reports on a year are written during it or in the half year
	 * after it ends. */
	if (ita_date_cmp(d, fs) < 0 ||
	    ita_date_to_days(d) > ita_date_to_days(fe) + 182)
		vreport_rec(s, r, "memo_date", "memo.date",
		    "field 'memo_date': %s is in fiscal year %d, not in fiscal "
		    "year %d or the six months after it", v,
		    ita_fiscal_year(d), s->rep.fy);
}

static void
check_status(struct vstate *s, const struct ita_record *r)
{
	const char *status = ita_get(r, ITA_COL_STATUS);
	const char *pv = ita_get(r, ITA_COL_PERCENT);
	double p;

	if (ita_parse_decimal(pv, &p) == -1)
		return;
	if (strcmp(status, "done") == 0 && p < 50)
		vreport_rec(s, r, "percent", "status.percent",
		    "field 'percent': %s %% done with field 'status' 'done'",
		    pv);
	else if (strcmp(status, "not_started") == 0 && p > 0)
		vreport_rec(s, r, "percent", "status.percent",
		    "field 'percent': %s %% done with field 'status' "
		    "'not_started'", pv);
}

static int
has_letter(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;

	for (; *p != '\0'; p++) {
		if ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z'))
			return 1;
		/* Thai letters U+0E01-U+0E2E: E0 B8 81 .. E0 B8 AE */
		if (p[0] == 0xE0 && p[1] == 0xB8 && p[2] >= 0x81 &&
		    p[2] <= 0xAE)
			return 1;
	}
	return 0;
}

/* A title with no letter and nothing else said: 1 if reported. */
static int
measure_empty(struct vstate *s, const struct ita_record *r)
{
	const char *title = ita_get(r, ITA_COL_TITLE);
	char ex[128];

	if (*title == '\0' || has_letter(title) ||
	    *ita_get(r, ITA_COL_METHOD) != '\0' ||
	    *ita_get(r, ITA_COL_RESULT) != '\0' ||
	    *ita_get(r, ITA_COL_OUTCOME) != '\0')
		return 0;
	vexcerpt(title, 20, ex, sizeof(ex));
	vreport_rec(s, r, "title", "measure.empty",
	    "field 'title': '%s' says nothing, and the measure has no "
	    "method, result or outcome", ex);
	return 1;
}

/* Adds 'name' to the list of empty fields. */
static void
missing_add(char missing[160], int *np, const char *name)
{
	if ((*np)++ > 0)
		strcat(missing, ", ");
	strcat(missing, name);
}

/*
 * A responsible unit, a period and a method.  Judged only in streams
 * that carry all three (as ita-import writes them): a hand-made stream
 * of a few columns never meant to.
 */
static void
check_measure_fields(struct vstate *s, const struct ita_record *r)
{
	const struct ita_header *h = r->hdr;
	char missing[160];
	int np = 0;

	missing[0] = '\0';
	if (h->index[ITA_COL_RESPONSIBLE] < 0 ||
	    h->index[ITA_COL_METHOD] < 0 ||
	    (h->index[ITA_COL_PERIOD_TEXT] < 0 &&
	    h->index[ITA_COL_START] < 0 && h->index[ITA_COL_END] < 0))
		return;
	if (*ita_get(r, ITA_COL_RESPONSIBLE) == '\0')
		missing_add(missing, &np, "'responsible'");
	if (*ita_get(r, ITA_COL_PERIOD_TEXT) == '\0' &&
	    *ita_get(r, ITA_COL_START) == '\0' &&
	    *ita_get(r, ITA_COL_END) == '\0')
		missing_add(missing, &np, "'period_text'");
	if (*ita_get(r, ITA_COL_METHOD) == '\0')
		missing_add(missing, &np, "'method'");
	if (np > 0)
		vreport_rec(s, r, NULL, "measure.incomplete",
		    "a measure needs a responsible unit, a period and a "
		    "method: field%s %s %s empty", np > 1 ? "s" : "", missing,
		    np > 1 ? "are" : "is");
}

/* A title given twice under one parent in a report. */
static void
check_measure_duplicate(struct vstate *s, const struct ita_record *r)
{
	const char *title = ita_get(r, ITA_COL_TITLE);
	struct ita_buf key = ITA_BUF_INIT, norm = ITA_BUF_INIT;
	char ex[128];

	if (*title == '\0' || s->rep.measures == NULL)
		return;
	/* (ita_norm_key writes its buffer from the start: the parent first
	 * would be lost, and measures of two parents compared by title) */
	if (ita_norm_key(title, strlen(title), &norm) == -1 ||
	    ita_buf_printf(&key, "%s\037%s", ita_get(r, ITA_COL_PARENT),
	    ita_buf_str(&norm)) == -1) {
		ita_buf_free(&norm);
		ita_buf_free(&key);
		ita_diag_sys(s->diag, "checking measures");
		return;
	}
	ita_buf_free(&norm);
	switch (vidset_add(s->rep.measures, key.p)) {
	case 0:
		vexcerpt(title, 40, ex, sizeof(ex));
		vreport_rec(s, r, "title", "measure.duplicate",
		    "field 'title': '%s' is the title of an earlier measure "
		    "of this report", ex);
		break;
	case -1:
		ita_diag_sys(s->diag, "checking measures");
		break;
	}
	ita_buf_free(&key);
}

static void
check_measure(struct vstate *s, const struct ita_record *r)
{
	if (measure_empty(s, r))
		return;
	check_measure_fields(s, r);
	check_measure_duplicate(s, r);
}

void
vita_rules_record(struct vstate *s, const struct ita_record *r)
{
	const char *kind = ita_get(r, ITA_COL_KIND);

	vreport_record(s, r);
	check_periods(s, r);
	check_status(s, r);
	if (strcmp(kind, "report") == 0) {
		check_memo_date(s, r);
		vcheck_year_mentions(s, r);
	} else if (strcmp(kind, "measure") == 0)
		check_measure(s, r);
	vcheck_other_office(s, r);
	vcheck_text(s, r);
}

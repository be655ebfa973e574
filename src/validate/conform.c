/*
 * Conformance to ita(5): columns, types, vocabularies, dates, periods and
 * identities. A report is a run of records with one office, fiscal year
 * and round; ids are unique within it and a parent comes before its
 * children, so checking holds one report's ids, never its records.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "filter.h"
#include "report_id.h"
#include "thdate.h"
#include "thnorm.h"
#include "validate.h"
#include "yeardata.h"

int
vstate_init(struct vstate *s, struct ita_diag *d)
{
	memset(s, 0, sizeof(*s));
	s->diag = d;
	return (s->ids = vidset_new()) == NULL ? -1 : 0;
}

void
vstate_free(struct vstate *s)
{
	size_t i, j;

	vidset_free(s->ids);
	ita_buf_free(&s->report_key);
	ita_buf_free(&s->next_key);
	ita_buf_free(&s->form);
	vreport_free(&s->rep);
	for (i = 0; s->item_keys != NULL && i < ita_years_count(s->years);
	    i++) {
		for (j = 0; s->item_keys[i] != NULL &&
		    j < ita_years_at(s->years, i)->nitems; j++)
			free(s->item_keys[i][j]);
		free(s->item_keys[i]);
	}
	free(s->item_keys);
}

static void
check_field(struct vstate *s, const struct ita_record *r, int col,
    const char *v)
{
	const struct ita_coldef *c = &ita_cols[col];
	struct ita_date dt;
	double x;
	long n;

	switch (c->type) {
	case ITA_T_TEXT:
		break;
	case ITA_T_LINE:
		if (strpbrk(v, "\r\n") != NULL)
			vreport_rec(s, r, c->name, "field.line",
			    "field '%s' holds a line break", c->name);
		break;
	case ITA_T_ENUM:
		if (!ita_vocab_has(col, v))
			vreport_rec(s, r, c->name, "field.vocab",
			    "field '%s': '%s' is not one of its words "
			    "(see ita(5))", c->name, v);
		break;
	case ITA_T_INT:
		if (ita_parse_long(v, c->min, c->max, &n) == -1)
			vreport_rec(s, r, c->name, "field.int", "field '%s': "
			    "'%s' is not a whole number from %ld to %ld",
			    c->name, v, c->min, c->max);
		break;
	case ITA_T_NUM:
		if (ita_parse_decimal(v, &x) == -1 || x < c->min || x > c->max)
			vreport_rec(s, r, c->name, "field.number", "field '%s': "
			    "'%s' is not a number from %ld to %ld", c->name, v,
			    c->min, c->max);
		break;
	case ITA_T_DATE:
		if (ita_date_parse_iso(v, &dt) == -1)
			vreport_rec(s, r, c->name, "date.invalid",
			    "field '%s': '%s' is not a date (YYYY-MM-DD)",
			    c->name, v);
		break;
	}
}

static void
check_period(struct vstate *s, const struct ita_record *r)
{
	const char *start = ita_get(r, ITA_COL_START);
	const char *end = ita_get(r, ITA_COL_END);
	struct ita_date a, b;

	if ((*start != '\0') != (*ita_get(r, ITA_COL_START_PRECISION) != '\0'))
		vreport_rec(s, r, "start_precision", "period.precision",
		    "field 'start' and field 'start_precision' must both be "
		    "given or both be empty");
	if ((*end != '\0') != (*ita_get(r, ITA_COL_END_PRECISION) != '\0'))
		vreport_rec(s, r, "end_precision", "period.precision",
		    "field 'end' and field 'end_precision' must both be "
		    "given or both be empty");
	if (ita_date_parse_iso(start, &a) == 0 &&
	    ita_date_parse_iso(end, &b) == 0 &&
	    ita_date_to_days(b) < ita_date_to_days(a))
		vreport_rec(s, r, "end", "period.order",
		    "period ends (%s) before it starts (%s)", end, start);
}

static void
check_required(struct vstate *s, const struct ita_record *r)
{
	static const struct {
		const char	*kind;
		enum ita_col	 col;
	} need[] = {
		{ "report", ITA_COL_OFFICE },
		{ "measure", ITA_COL_TITLE },
		{ "activity", ITA_COL_TITLE },
		{ "activity", ITA_COL_PARENT },
		{ "indicator", ITA_COL_INDICATOR },
		{ "oit_item", ITA_COL_OIT_ITEM },
		{ "responsibility", ITA_COL_OIT_ITEM },
		{ "score", ITA_COL_TOOL },
		{ "score", ITA_COL_SCORE },
	};
	const char *kind = ita_get(r, ITA_COL_KIND);
	size_t i;

	for (i = 0; i < sizeof(need) / sizeof(need[0]); i++)
		if (strcmp(kind, need[i].kind) == 0 &&
		    *ita_get(r, need[i].col) == '\0')
			vreport_rec(s, r, ita_cols[need[i].col].name,
			    "record.required", "a %s record needs field '%s'",
			    kind, ita_cols[need[i].col].name);
}

/* A new office, year or round starts a new report and a new id space. */
static void
enter_report(struct vstate *s, const struct ita_record *r)
{
	struct ita_buf *key = &s->next_key, swap;

	if (ita_report_key(r, key) == -1) {
		ita_diag_sys(s->diag, "report identity");
		return;
	}
	if (s->report_key.len && strcmp(s->report_key.p, key->p) == 0)
		return;
	swap = s->report_key;
	s->report_key = *key;
	*key = swap;
	vidset_clear(s->ids);
}

static void
check_identity(struct vstate *s, const struct ita_record *r)
{
	const char *id = ita_get(r, ITA_COL_ID);
	const char *parent = ita_get(r, ITA_COL_PARENT);

	enter_report(s, r);
	if (*parent != '\0' && !vidset_has(s->ids, parent))
		vreport_rec(s, r, "parent", "record.parent",
		    "field 'parent': '%s' is no earlier record of this "
		    "report", parent);
	if (*id == '\0')
		return;
	switch (vidset_add(s->ids, id)) {
	case 0:
		vreport_rec(s, r, "id", "record.duplicate",
		    "field 'id': '%s' is used twice in one report", id);
		break;
	case -1:
		ita_diag_sys(s->diag, "checking identities");
		break;
	}
}

void
vcheck_record(struct vstate *s, const struct ita_record *r)
{
	const struct ita_header *h = r->hdr;
	unsigned long long before = s->diag->nerror;
	enum ita_text_form form;
	size_t i;

	if (*ita_get(r, ITA_COL_KIND) == '\0' && h->index[ITA_COL_KIND] >= 0)
		vreport_rec(s, r, "kind", "record.kind",
		    "field 'kind' is empty");
	if (*ita_get(r, ITA_COL_ID) == '\0' && h->index[ITA_COL_ID] >= 0)
		vreport_rec(s, r, "id", "record.id", "field 'id' is empty");
	/* Out of memory: text.c finds the forms again. */
	ita_buf_clear(&s->form);
	s->form_of = ita_buf_reserve(&s->form, h->ncols) == 0 ? r : NULL;
	for (i = 0; i < h->ncols; i++) {
		form = ITA_TEXT_CANONICAL;
		if (r->vals[i][0] != '\0')
			form = ita_norm_check(r->vals[i], strlen(r->vals[i]));
		if (s->form_of != NULL)
			s->form.p[i] = (char)form;
		if (r->vals[i][0] == '\0')
			continue;
		if (h->col[i] >= 0)
			check_field(s, r, h->col[i], r->vals[i]);
		if (form == ITA_TEXT_NOT_NFC)
			vreport_rec(s, r, h->names[i], "text.nfc",
			    "field '%s' is not in Unicode NFC; run it through "
			    "ita-import", h->names[i]);
	}
	if (s->form_of != NULL) {
		s->form.len = h->ncols;
		s->form.p[h->ncols] = '\0';
	}
	check_period(s, r);
	check_required(s, r);
	check_identity(s, r);
	/* A record that does not conform is not judged on its content. */
	if (s->diag->nerror == before)
		vita_rules_record(s, r);
}

/*
 * Whole-report rules: a report is the run of records that a report record
 * opens (or, in hand-made streams, a run with one office, fiscal year and
 * round).  Only small state is kept (scores, which OIT items were seen,
 * measure title keys); the findings are given when the report ends,
 * pointing at its report record, its overall score or its first OIT item.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "filter.h"
#include "report_id.h"
#include "thdate.h"
#include "thnorm.h"
#include "validate.h"
#include "yeardata.h"

static void
place_free(struct vplace *p)
{
	free(p->file);
	free(p->id);
	memset(p, 0, sizeof(*p));
}

static int
place_set(struct vplace *p, const struct ita_record *r)
{
	struct ita_loc l = ita_record_loc(r);

	place_free(p);
	p->line = l.line;
	p->file = strdup(l.file != NULL ? l.file : "<stdin>");
	p->id = strdup(ita_get(r, ITA_COL_ID));
	return p->file == NULL || p->id == NULL ? -1 : 0;
}

/* Forgets the report, keeping the buffers that can be reused. */
static void
report_clear(struct vreport *p)
{
	size_t *match = p->oit_match;
	struct idset *m = p->measures;

	free(p->key);
	free(p->office);
	free(p->fiscal_year);
	free(p->round);
	free(p->office_core);
	free(p->level);
	place_free(&p->at);
	place_free(&p->overall_at);
	place_free(&p->oit_at);
	memset(p, 0, sizeof(*p));
	p->oit_match = match;
	p->measures = m;
	if (m != NULL)
		vidset_clear(m);
}

void
vreport_free(struct vreport *p)
{
	report_clear(p);
	free(p->oit_match);
	vidset_free(p->measures);
	memset(p, 0, sizeof(*p));
}

static int
same_or_empty(const char *a, const char *b)
{
	return *a == '\0' || *b == '\0' || strcmp(a, b) == 0;
}

static void
report_start(struct vstate *s, const struct ita_record *r)
{
	struct vreport *p = &s->rep;
	long fy;

	report_clear(p);
	p->active = 1;
	p->has_record = strcmp(ita_get(r, ITA_COL_KIND), "report") == 0;
	p->input = r->loc.file;
	p->key = strdup(ita_buf_str(&s->next_key));
	p->office = strdup(ita_get(r, ITA_COL_OFFICE));
	p->fiscal_year = strdup(ita_get(r, ITA_COL_FISCAL_YEAR));
	p->round = strdup(ita_get(r, ITA_COL_ROUND));
	p->office_core = voffice_core(ita_get(r, ITA_COL_OFFICE));
	if (p->measures == NULL)
		p->measures = vidset_new();
	if (p->key == NULL || p->office == NULL || p->fiscal_year == NULL ||
	    p->round == NULL ||
	    p->office_core == NULL || p->measures == NULL ||
	    place_set(&p->at, r) == -1) {
		ita_diag_sys(s->diag, "checking reports");
		return;
	}
	if (ita_parse_long(p->fiscal_year, ITA_BE_MIN, ITA_BE_MAX, &fy) == 0)
		p->fy = (int)fy;
	if (p->fy != 0 && s->years != NULL &&
	    (p->year = ita_years_get(s->years, p->fy)) == NULL)
		vreport_at(s, &p->at, "fiscal_year", "year.unknown",
		    "no year data for fiscal year %d: its levels, weights and "
		    "OIT list are not checked (see --years)", p->fy);
}

void
vreport_enter(struct vstate *s, const struct ita_record *r)
{
	struct vreport *p = &s->rep;
	const char *file = r->loc.file != NULL ? r->loc.file : "";

	if (ita_report_key(r, &s->next_key) == -1) {
		ita_diag_sys(s->diag, "checking reports");
		return;
	}
	/* A report record holds its records until the next one. */
	if (p->active && strcmp(ita_get(r, ITA_COL_KIND), "report") != 0 &&
	    strcmp(p->input != NULL ? p->input : "", file) == 0 &&
	    (p->has_record ||
	    (p->key != NULL && strcmp(p->key, s->next_key.p) == 0)))
		return;
	vreport_finish(s);
	report_start(s, r);
}

/* A record that names another office, year or round than its report's. */
static void
check_mixed(struct vstate *s, const struct ita_record *r)
{
	static const enum ita_col cols[] = { ITA_COL_OFFICE,
	    ITA_COL_FISCAL_YEAR, ITA_COL_ROUND };
	struct vreport *p = &s->rep;
	const char *mine[3], *v;
	size_t i;

	if (!p->has_record || strcmp(ita_get(r, ITA_COL_KIND), "report") == 0)
		return;
	mine[0] = p->office;
	mine[1] = p->fiscal_year;
	mine[2] = p->round;
	for (i = 0; i < 3; i++) {
		v = ita_get(r, cols[i]);
		if (!same_or_empty(v, mine[i]))
			vreport_rec(s, r, ita_cols[cols[i]].name,
			    "report.mixed", "field '%s': '%s' differs from "
			    "'%s' of its report (line %lu)",
			    ita_cols[cols[i]].name, v, mine[i], p->at.line);
	}
}

static void
check_score(struct vstate *s, const struct ita_record *r)
{
	struct vreport *p = &s->rep;
	const char *tool = ita_get(r, ITA_COL_TOOL);
	double x;
	int t;

	if ((t = ita_tool_find(tool)) < 0 ||
	    ita_parse_decimal(ita_get(r, ITA_COL_SCORE), &x) == -1)
		return;
	if (p->sc.have[t]) {
		vreport_rec(s, r, "tool", "score.duplicate",
		    "field 'tool': the report already gives a score for '%s'",
		    tool);
		return;
	}
	p->sc.have[t] = 1;
	p->sc.v[t] = x;
	if (t == ITA_TOOL_OVERALL) {
		if (place_set(&p->overall_at, r) == -1 ||
		    (p->level = strdup(ita_get(r, ITA_COL_LEVEL))) == NULL)
			ita_diag_sys(s->diag, "checking scores");
	}
}

/* 1 if two match keys name the same title: one holds the other. */
static int
title_match(const char *a, const char *b)
{
	if (*a == '\0' || *b == '\0')
		return 0;
	if (strcmp(a, b) == 0)		/* the usual case, and cheap */
		return 1;
	return strstr(a, b) != NULL || strstr(b, a) != NULL;
}

static size_t
year_index(const struct vstate *s, const struct ita_year *y)
{
	size_t i;

	for (i = 0; i < ita_years_count(s->years); i++)
		if (ita_years_at(s->years, i) == y)
			return i;
	return 0;
}

static long
item_index(const struct ita_year *y, const char *code)
{
	size_t i;

	for (i = 0; i < y->nitems; i++)
		if (strcmp(y->items[i].code, code) == 0)
			return (long)i;
	return -1;
}

static int
code_number(const char *code)
{
	long n;

	if (code[0] != 'o' || code[1] == '0' ||
	    ita_parse_long(code + 1, 1, 999, &n) == -1)
		return 0;
	return (int)n;
}

/*
 * Notes an OIT item of the report: 0, or -1 when the item is not one of
 * the year's or is given twice (reported); *k: its index in the list.
 */
static int
oit_note(struct vstate *s, const struct ita_record *r, const char *code,
    long *k)
{
	struct vreport *p = &s->rep;
	const struct ita_year *y = p->year;
	int n = code_number(code);

	if ((*k = item_index(y, code)) < 0) {
		vreport_rec(s, r, "oit_item", "oit.unknown",
		    "field 'oit_item': '%s' is not an item of the fiscal year "
		    "%d OIT list (%zu items)", code, p->fy, y->nitems);
		return -1;
	}
	if (p->oit_seen[n]) {
		vreport_rec(s, r, "oit_item", "oit.duplicate",
		    "field 'oit_item': '%s' is listed twice in this report",
		    code);
		return -1;
	}
	p->oit_seen[n] = 1;
	if (p->noit++ == 0 && place_set(&p->oit_at, r) == -1)
		ita_diag_sys(s->diag, "checking OIT items");
	return 0;
}

/*
 * Counts, for every known year, whether key is its title of code (for
 * oit.other-year); the first such year, or 0.
 */
static int
count_title_years(struct vstate *s, const char *code, const char *key)
{
	size_t i;
	long k;
	int other = 0;

	for (i = 0; i < ita_years_count(s->years); i++) {
		k = item_index(ita_years_at(s->years, i), code);
		if (k >= 0 && title_match(key, s->item_keys[i][k])) {
			s->rep.oit_match[i]++;
			if (other == 0)
				other = ita_years_at(s->years, i)->fy;
		}
	}
	return other;
}

/* The title of item k is not its title in the report's year. */
static void
wrong_oit_title(struct vstate *s, const struct ita_record *r, long k,
    const char *key, const char *hint)
{
	const struct vreport *p = &s->rep;
	const struct ita_year *y = p->year;
	const char *title = ita_get(r, ITA_COL_TITLE);
	const char *code = y->items[k].code;
	size_t yi = year_index(s, y), j;
	char ex[128];

	vexcerpt(title, 40, ex, sizeof(ex));
	for (j = 0; j < y->nitems; j++)
		if (title_match(key, s->item_keys[yi][j]))
			break;
	if (j < y->nitems)
		vreport_rec(s, r, "title", "oit.title",
		    "field 'title': '%s' is the title of %s, not %s, "
		    "in fiscal year %d%s", ex, y->items[j].code, code,
		    p->fy, hint);
	else
		vreport_rec(s, r, "title", "oit.title",
		    "field 'title': '%s' is not the title of %s in "
		    "fiscal year %d ('%s')%s", ex, code, p->fy,
		    y->items[k].title, hint);
}

/* The title of OIT item k of the year: its own, or some year's. */
static void
check_oit_title(struct vstate *s, const struct ita_record *r, long k)
{
	const char *title = ita_get(r, ITA_COL_TITLE);
	const char *code = s->rep.year->items[k].code;
	struct ita_buf key = ITA_BUF_INIT;
	char hint[80];
	int other;

	if (ita_norm_key(title, strlen(title), &key) == -1) {
		ita_buf_free(&key);
		ita_diag_sys(s->diag, "checking OIT items");
		return;
	}
	if ((other = count_title_years(s, code, key.p)) != 0)
		snprintf(hint, sizeof(hint), "; it is %s's title in fiscal "
		    "year %d", code, other);
	else
		hint[0] = '\0';
	if (!title_match(key.p, s->item_keys[year_index(s, s->rep.year)][k]))
		wrong_oit_title(s, r, k, key.p, hint);
	ita_buf_free(&key);
}

static void
check_oit(struct vstate *s, const struct ita_record *r)
{
	struct vreport *p = &s->rep;
	const struct ita_year *y = p->year;
	const char *code = ita_get(r, ITA_COL_OIT_ITEM);
	const char *group = ita_get(r, ITA_COL_OIT_GROUP);
	long k;

	if (y == NULL || oit_note(s, r, code, &k) == -1)
		return;
	if (*group != '\0' && strcmp(group, y->items[k].group) != 0)
		vreport_rec(s, r, "oit_group", "oit.group",
		    "field 'oit_group': %s is in group %s in fiscal year %d, "
		    "not %s", code, y->items[k].group, p->fy, group);
	if (*ita_get(r, ITA_COL_TITLE) != '\0')
		check_oit_title(s, r, k);
}

void
vreport_record(struct vstate *s, const struct ita_record *r)
{
	const char *kind = ita_get(r, ITA_COL_KIND);

	check_mixed(s, r);
	if (strcmp(kind, "score") == 0)
		check_score(s, r);
	else if (strcmp(kind, "oit_item") == 0)
		check_oit(s, r);
}

/* The overall score against the tool scores weighted for the year. */
static void
check_overall(struct vstate *s)
{
	struct vreport *p = &s->rep;
	const struct ita_year *y = p->year;
	double eit, overall = p->sc.v[ITA_TOOL_OVERALL], expect;
	char a[32], b[32], c[32], d[32], e[32];

	if (!ita_scores_weighted(&p->sc, y, &expect) ||
	    !ita_scores_eit(&p->sc, &eit))
		return;
	/* Tool scores are rounded to two decimals. */
	if (!(expect - overall > 0.015 || overall - expect > 0.015))
		return;
	vfmt2(overall, a);
	vfmt2(p->sc.v[ITA_TOOL_IIT], b);
	vfmt2(eit, c);
	vfmt2(p->sc.v[ITA_TOOL_OIT], d);
	vfmt2(expect, e);
	vreport_at(s, &p->overall_at, "score", "score.overall",
	    "field 'score': overall %s does not match iit %s, eit %s, oit %s "
	    "weighted %g/%g/%g for fiscal year %d, which give %s", a, b, c, d,
	    y->weight_iit, y->weight_eit, y->weight_oit, p->fy, e);
}

/* Without tool scores, can the overall score have this level? */
static int
level_possible(const struct ita_year *y, double overall, const char *level)
{
	size_t i;

	for (i = 0; i < y->nlevels; i++) {
		if (overall + 0.0005 < y->levels[i].min)
			continue;
		if (strcmp(y->levels[i].name, level) == 0)
			return 1;
		if (y->levels[i].tool_min < 0)
			break;
	}
	return 0;
}

/* A level that is not one of the year's: the year's are listed. */
static void
unknown_level(struct vstate *s)
{
	const struct vreport *p = &s->rep;
	const struct ita_year *y = p->year;
	struct ita_buf names = ITA_BUF_INIT;
	size_t i;

	for (i = 0; i < y->nlevels; i++)
		if (ita_buf_printf(&names, "%s%s", i ? ", " : "",
		    y->levels[i].name) == -1)
			break;	/* out of memory: fewer names */
	vreport_at(s, &p->overall_at, "level", "score.level",
	    "field 'level': '%s' is not a level of fiscal year %d (%s)",
	    p->level, p->fy, ita_buf_str(&names));
	ita_buf_free(&names);
}

/* The level given with the overall score against the year's rules. */
static void
check_level(struct vstate *s)
{
	struct vreport *p = &s->rep;
	const struct ita_year *y = p->year;
	struct ita_buf want = ITA_BUF_INIT;
	double tools[4], overall = p->sc.v[ITA_TOOL_OVERALL];
	char a[32];
	size_t nt;

	if (!ita_year_has_level(y, p->level)) {
		unknown_level(s);
		return;
	}
	nt = ita_scores_tools(&p->sc, tools);
	if (ita_year_level(y, overall, tools, nt, &want) == 0 &&
	    strcmp(want.p, p->level) != 0 &&
	    (nt > 0 || !level_possible(y, overall, p->level))) {
		vfmt2(overall, a);
		vreport_at(s, &p->overall_at, "level", "score.level",
		    "field 'level': '%s' does not match overall %s%s under "
		    "the rules of fiscal year %d, which give '%s'", p->level,
		    a, nt ? " and the tool scores" : "", p->fy, want.p);
	}
	ita_buf_free(&want);
}

static void
finish_scores(struct vstate *s)
{
	struct vreport *p = &s->rep;

	if (!p->sc.have[ITA_TOOL_OVERALL])
		return;
	check_overall(s);
	if (p->level != NULL && *p->level != '\0')
		check_level(s);
}

static int
same_list(const struct vstate *s, size_t a, size_t b)
{
	const struct ita_year *ya = ita_years_at(s->years, a);
	const struct ita_year *yb = ita_years_at(s->years, b);
	size_t i;

	if (ya->nitems != yb->nitems)
		return 0;
	for (i = 0; i < ya->nitems; i++)
		if (strcmp(ya->items[i].code, yb->items[i].code) != 0 ||
		    strcmp(s->item_keys[a][i], s->item_keys[b][i]) != 0)
			return 0;
	return 1;
}

static void
finish_oit(struct vstate *s)
{
	struct vreport *p = &s->rep;
	const struct ita_year *y = p->year;
	struct ita_buf miss = ITA_BUF_INIT;
	size_t i, n = 0, own, best = 0, found = 0;

	if (p->noit == 0)
		return;
	own = year_index(s, y);
	for (i = 0; i < ita_years_count(s->years); i++) {
		if (i == own || same_list(s, i, own))
			continue;
		if (p->oit_match[i] > p->oit_match[own] &&
		    p->oit_match[i] * 2 >= p->noit &&
		    (!found || p->oit_match[i] > p->oit_match[best])) {
			best = i;
			found = 1;
		}
	}
	if (found) {
		vreport_at(s, &p->oit_at, NULL, "oit.other-year",
		    "the OIT checklist looks like the list of fiscal year %d "
		    "(%zu of %zu titles match it, %zu match fiscal year %d's)",
		    ita_years_at(s->years, best)->fy, p->oit_match[best],
		    p->noit, p->oit_match[own], p->fy);
		return;
	}
	/* A checklist names most items; a few items are a selection. */
	if (p->noit * 3 < y->nitems * 2)
		return;
	for (i = 0; i < y->nitems; i++)
		if (!p->oit_seen[code_number(y->items[i].code)] &&
		    ita_buf_printf(&miss, "%s%s", n++ ? ", " : "",
		    y->items[i].code) == -1)
			break;	/* out of memory: fewer codes */
	if (n > 0)
		vreport_at(s, &p->oit_at, NULL, "oit.missing",
		    "the OIT checklist misses %zu of the %zu items of fiscal "
		    "year %d: %s", n, y->nitems, p->fy, ita_buf_str(&miss));
	ita_buf_free(&miss);
}

void
vreport_finish(struct vstate *s)
{
	struct vreport *p = &s->rep;
	size_t i;

	if (!p->active)
		return;
	if (p->year != NULL) {
		finish_scores(s);
		finish_oit(s);
	}
	for (i = 0; p->oit_match != NULL && i < ita_years_count(s->years);
	    i++)
		p->oit_match[i] = 0;
	report_clear(p);
}

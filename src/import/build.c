/*
 * The record of a table row, per kind of table: measures and their
 * activities, indicators, OIT items and responsibilities, stream rows.
 * The record then waits: rows that continue it may follow.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "doc.h"

static int
set_number(struct doc *doc, struct ita_record *r, const char *num)
{
	if (ita_set(r, ITA_COL_NUMBER, num) == -1 ||
	    isort_key(num, &doc->tmp) == -1 ||
	    ita_set(r, ITA_COL_SORT_KEY, ita_buf_str(&doc->tmp)) == -1)
		return -1;
	return 0;
}

/* Splits "1. title", "ข้อ 1 title", "o1 title" into number and title. */
static void
split_number(const char *s, char num[24], const char **rest)
{
	size_t start, skip, n;

	num[0] = '\0';
	*rest = s;
	if ((n = item_number(s, &start, &skip)) > 0 && n < 24 &&
	    s[skip] != '\0') {
		memcpy(num, s + start, n);
		num[n] = '\0';
		*rest = s + skip;
	}
}

static const char *
indicator_section(long ind)
{
	return ind >= 1 && ind <= 5 ? "iit" : ind <= 8 ? "eit" : "oit";
}

/* A record of a table row with its id, section, number and title. */
static struct ita_record *
row_rec(struct doc *doc, const char *kind, unsigned long line,
    const char *id, const char *section, const char *num, const char *title)
{
	struct ita_record *r;
	int e = 0;

	if ((r = idoc_record(doc, kind, line)) == NULL)
		return NULL;
	e |= ita_set(r, ITA_COL_ID, id);
	e |= ita_set(r, ITA_COL_SECTION, section ? section : "");
	if (num[0])
		e |= set_number(doc, r, num);
	e |= ita_set(r, ITA_COL_TITLE, title);
	if (e) {
		ita_record_free(r);
		return NULL;
	}
	return r;
}

/*
 * The rest of the row's cells into r, which then waits as the pending
 * record: the rows after it may continue it. e: what setting r's own
 * fields gave (-1 when out of memory).
 */
static int
fill_pending(struct doc *doc, struct ita_record *r, int e,
    unsigned long line, size_t n)
{
	if (e || ifill_fields(doc, r, line, n) == -1) {
		ita_record_free(r);
		return idoc_nomem(doc);
	}
	doc->pending = r;
	return 0;
}

/* The measure of a numbered heading above an activity table. */
static int
heading_measure(struct doc *doc)
{
	struct ita_record *r;

	doc->heading_new = 0;
	doc->nmeasure++;
	doc->nact = 0;
	snprintf(doc->measure_id, sizeof(doc->measure_id), "m%u",
	    doc->nmeasure);
	snprintf(doc->measure_num, sizeof(doc->measure_num), "%s",
	    doc->heading_num);
	if ((r = row_rec(doc, "measure", doc->heading_line, doc->measure_id,
	    doc->section, doc->heading_num, doc->heading.p)) == NULL)
		return idoc_nomem(doc);
	return idoc_emit(doc, r, TK_MEASURE);
}

int
irow_measure(struct doc *doc, unsigned long line, size_t n)
{
	int ct = itable_col(&doc->t, ITA_COL_TITLE), cn = itable_col(&doc->t,
	    ITA_COL_NUMBER), ca = itable_col(&doc->t, F_ACTIVITY);
	const char *title = idoc_cell(doc, ct), *act = idoc_cell(doc, ca);
	const char *rest;
	struct ita_record *r;
	char num[24], id[48], anum[48] = "";

	if (doc->t.kind == TK_ACTIVITY && *title == '\0' && doc->heading_new &&
	    heading_measure(doc) == -1)
		return -1;
	if (doc->t.kind == TK_ACTIVITY && *title == '\0' && doc->nmeasure == 0)
		title = act, act = "";	/* activities with no measure */
	if (*title || (doc->t.kind != TK_ACTIVITY && *act == '\0')) {
		split_number(title, num, &rest);
		if (*idoc_cell(doc, cn))
			(void)inumber_cell(idoc_cell(doc, cn), num);
		doc->nmeasure++;
		doc->nact = 0;
		snprintf(doc->measure_id, sizeof(doc->measure_id), "m%u",
		    doc->nmeasure);
		snprintf(doc->measure_num, sizeof(doc->measure_num), "%s",
		    num);
		if ((r = row_rec(doc, "measure", line, doc->measure_id,
		    doc->section, num, rest)) == NULL)
			return idoc_nomem(doc);
		if (*act == '\0')
			return fill_pending(doc, r, 0, line, n);
		if (idoc_emit(doc, r, TK_MEASURE) == -1)
			return -1;
	}
	/* an activity of the current measure */
	doc->nact++;
	snprintf(id, sizeof(id), "%s.%u", doc->measure_id, doc->nact);
	if (doc->measure_num[0])
		snprintf(anum, sizeof(anum), "%s.%u", doc->measure_num,
		    doc->nact);
	split_number(act, num, &rest);
	if ((r = row_rec(doc, "activity", line, id, doc->section, anum,
	    rest)) == NULL)
		return idoc_nomem(doc);
	return fill_pending(doc, r, ita_set(r, ITA_COL_PARENT,
	    doc->measure_id), line, n);
}

int
irow_indicator(struct doc *doc, unsigned long line, size_t n)
{
	int ct = itable_col(&doc->t, ITA_COL_TITLE), ci = itable_col(&doc->t,
	    ITA_COL_INDICATOR), cn = itable_col(&doc->t, ITA_COL_NUMBER);
	const char *title = idoc_cell(doc, ct), *rest = title, *p;
	struct ita_record *r;
	char num[24] = "", id[48];

	if ((p = strstr(title, "ตัวชี้วัดที่")) == title) {
		p += strlen("ตัวชี้วัดที่");
		while (*p == ' ')
			p++;
		split_number(p, num, &rest);
		if (num[0] == '\0' && (p[0] >= '0' && p[0] <= '9')) {
			size_t k = strspn(p, "0123456789.");
			if (k < sizeof(num)) {
				memcpy(num, p, k);
				num[k] = '\0';
				rest = p + k;
			}
		}
	} else
		split_number(title, num, &rest);
	if (*idoc_cell(doc, ci))
		(void)inumber_cell(idoc_cell(doc, ci), num);
	else if (num[0] == '\0' && *idoc_cell(doc, cn))
		(void)inumber_cell(idoc_cell(doc, cn), num);
	if (num[0] == '\0') {
		doc->nrejected++;
		idoc_diag(doc, line, ITA_SEV_ERROR, "import.indicator",
		    "indicator row without an indicator number: not imported");
		return 0;
	}
	snprintf(id, sizeof(id), "ind.%s", num);
	if ((r = row_rec(doc, "indicator", line, id,
	    indicator_section(strtol(num, NULL, 10)), num, rest)) == NULL)
		return idoc_nomem(doc);
	return fill_pending(doc, r, ita_set(r, ITA_COL_INDICATOR, num), line,
	    n);
}

/*
 * The group of an OIT item: from the fiscal year's list when the item is
 * in it under a like title (an empty title too), else from the last
 * group heading.  A code whose title is another item's is left to
 * ita-validate (oit.title).  0, or -1 on ENOMEM.
 */
static int
oit_group_of(struct doc *doc, const char *item, const char *title,
    char grp[8])
{
	const struct ita_year *y;
	const struct ita_oit_item *it;
	int alike = 1;

	snprintf(grp, 8, "%s", doc->oit_group);
	if (doc->o->years == NULL || doc->year == 0 ||
	    (y = ita_years_get(doc->o->years, doc->year)) == NULL ||
	    (it = ita_year_item(y, item)) == NULL)
		return 0;
	if (*title != '\0' && (alike = ititles_alike(title, it->title)) == -1)
		return -1;
	if (alike)
		snprintf(grp, 8, "%s", it->group);
	return 0;
}

int
irow_oit(struct doc *doc, unsigned long line, size_t n, int resp)
{
	int ct = itable_col(&doc->t, ITA_COL_TITLE), cn = itable_col(&doc->t,
	    ITA_COL_NUMBER), co = itable_col(&doc->t, ITA_COL_OIT_ITEM);
	const char *title = idoc_cell(doc, ct), *rest = title, *code;
	struct ita_record *r;
	char num[24] = "", id[48], item[24], grp[8];
	int e = 0;

	code = *idoc_cell(doc, co) ? idoc_cell(doc, co) : idoc_cell(doc, cn);
	if (*code)
		(void)inumber_cell(code, num);
	else
		split_number(title, num, &rest);
	if (num[0] == '\0' || strspn(num, "0123456789") != strlen(num) ||
	    strlen(num) > 4) {
		doc->nrejected++;
		idoc_diag(doc, line, ITA_SEV_ERROR, "import.oit-item",
		    "OIT row without an item code ('%s'): not imported", num);
		return 0;
	}
	snprintf(item, sizeof(item), "o%ld", strtol(num, NULL, 10));
	if (oit_group_of(doc, item, rest, grp) == -1)
		return idoc_nomem(doc);
	snprintf(id, sizeof(id), "%s.%s", resp ? "resp" : "oit", item);
	if ((r = row_rec(doc, resp ? "responsibility" : "oit_item", line, id,
	    "oit", num, rest)) == NULL)
		return idoc_nomem(doc);
	e |= ita_set(r, ITA_COL_OIT_ITEM, item);
	e |= ita_set(r, ITA_COL_OIT_GROUP, grp);
	return fill_pending(doc, r, e, line, n);
}

int
irow_stream(struct doc *doc, unsigned long line, size_t n)
{
	struct ita_record *r;
	size_t i;
	int f, e = 0;

	if ((r = ita_record_new(doc->hdr)) == NULL)
		return idoc_nomem(doc);
	for (i = 0; i < n && i < doc->t.ncols; i++) {
		const char *v = ita_buf_str(&doc->cell[i]);
		f = doc->t.field[i];
		if (f >= 0 && f < ITA_NCOLS)
			e |= ita_set(r, (enum ita_col)f, v);
		else if (f == -1 && *doc->t.name[i])
			e |= ita_set_name(r, doc->t.name[i], v);
	}
	e |= istream_dups(doc, r, n);
	/* provenance: the original document when the stream has it */
	if (*ita_get(r, ITA_COL_SOURCE) == '\0') {
		e |= ita_set(r, ITA_COL_SOURCE, doc->source);
		e |= irec_setnum(r, ITA_COL_LINE, (long)line);
	}
	return idoc_emit_made(doc, r, e, TK_STREAM);
}

/*
 * Prose lines around the tables: title, office, place, fiscal year and
 * round, memo, section headings; a prose line ends the table above it.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <stdio.h>
#include <string.h>

#include "doc.h"
#include "thdate.h"

static void
option_differs(struct doc *doc, unsigned long line, const char *what,
    const char *said, const char *given)
{
	idoc_diag(doc, line, ITA_SEV_WARNING, "import.option-differs",
	    "the document says %s '%s', the option says '%s'; using the "
	    "option", what, said, given);
}

/*
 * The report's own title line ("รายงาน... ประจำปีงบประมาณ 2568", or the
 * line after it) decides the fiscal year over one read earlier, such as
 * a cover left from an earlier year; a warning names both.
 */
static void
title_year(struct doc *doc, unsigned long line, const char *s, int y)
{
	int title = strncmp(s, "รายงาน", strlen("รายงาน")) == 0;

	if (doc->title_year || (!title && !doc->title_next)) {
		doc->title_next = 0;
		return;
	}
	doc->title_next = title && y == 0;
	if (y == 0)
		return;
	doc->title_year = 1;
	if (doc->o->year)
		return;
	if (doc->year && doc->year != y)
		idoc_diag(doc, line, ITA_SEV_WARNING, "import.year-differs",
		    "the document states fiscal year %d (line %lu) and %d "
		    "in the report's title (line %lu); using %d", doc->year,
		    doc->year_line, y, line, y);
	doc->year = y;
	doc->year_line = line;
}

static int
meta_year_round(struct doc *doc, unsigned long line, const char *s)
{
	char a[16], b[16];
	int y = 0, rd;

	if (!doc->seen_table && (y = ifind_year(s)) != 0) {
		if (doc->o->year && y != doc->o->year && !doc->seen_table) {
			snprintf(a, sizeof(a), "%d", y);
			snprintf(b, sizeof(b), "%d", doc->o->year);
			option_differs(doc, line, "fiscal year", a, b);
			doc->seen_table = -1;	/* say it once */
		} else if (!doc->o->year && doc->year == 0) {
			doc->year = y;
			doc->year_line = line;
		}
	}
	if (doc->seen_table <= 0)
		title_year(doc, line, s, y);
	if (doc->seen_table <= 0 && (rd = ifind_round(s)) != 0) {
		if (doc->o->round && rd != doc->o->round) {
			snprintf(a, sizeof(a), "%d", rd);
			snprintf(b, sizeof(b), "%d", doc->o->round);
			option_differs(doc, line, "round", a, b);
		} else if (!doc->o->round && doc->round == 0)
			doc->round = rd;
	}
	return 0;
}

static int
meta_place(struct doc *doc, unsigned long line, const char *s)
{
	const char *type;
	int r;

	if (doc->office.len == 0 &&
	    (r = ifind_office(s, &doc->tmp, &type)) != 0) {
		if (r == -1)
			return idoc_nomem(doc);
		if (doc->o->office && strcmp(doc->o->office, doc->tmp.p) != 0)
			option_differs(doc, line, "office", doc->tmp.p,
			    doc->o->office);
		if (ita_buf_adds(&doc->office, doc->tmp.p) == -1)
			return idoc_nomem(doc);
		doc->office_type = type;
	}
	if (doc->district.len == 0 &&
	    ifind_after(s, "อำเภอ", NULL, &doc->tmp) == 1 &&
	    ita_buf_adds(&doc->district, doc->tmp.p) == -1)
		return idoc_nomem(doc);
	if (doc->province.len == 0 &&
	    ifind_after(s, "จังหวัด", "ส่วน", &doc->tmp) == 1) {
		if (doc->o->province &&
		    strcmp(doc->o->province, doc->tmp.p) != 0)
			option_differs(doc, line, "province", doc->tmp.p,
			    doc->o->province);
		if (ita_buf_adds(&doc->province, doc->tmp.p) == -1)
			return idoc_nomem(doc);
	}
	if (doc->website.len == 0) {
		const char *p = strstr(s, "www.");
		if (p == NULL)
			p = strstr(s, "http");
		if (p != NULL && (p == s || p[-1] == ' ' || p[-1] == '/' ||
		    p[-1] == ':')) {
			while (p > s && p[-1] != ' ')
				p--;
			if (ita_buf_add(&doc->website, p,
			    strcspn(p, " \t\n")) == -1)
				return idoc_nomem(doc);
		}
	}
	return 0;
}

/*
 * A memo's number and date ("ที่ ... วันที่ ..."), and its subject
 * ("เรื่อง ..."), which the report record keeps in its note: a memo
 * about another fiscal year is a mistake ita-validate looks for there.
 */
static int
meta_memo(struct doc *doc, const char *s)
{
	struct ita_period p;
	const char *d;

	if (strncmp(s, "เรื่อง ", strlen("เรื่อง ")) == 0 &&
	    doc->memo_subject.len == 0) {
		if (ita_buf_adds(&doc->memo_subject, s) == -1)
			return idoc_nomem(doc);
		return 0;
	}
	if (strncmp(s, "ที่ ", strlen("ที่ ")) != 0 || doc->memo_number.len)
		return 0;
	s += strlen("ที่ ");
	d = strstr(s, "วันที่");
	if (ita_buf_add(&doc->memo_number, s, d ? (size_t)(d - s) :
	    strlen(s)) == -1)
		return idoc_nomem(doc);
	while (doc->memo_number.len && doc->memo_number.p[
	    doc->memo_number.len - 1] == ' ')
		doc->memo_number.p[--doc->memo_number.len] = '\0';
	if (d && ita_period_parse(d, strlen(d), doc->year, &p, NULL) == 1 &&
	    p.start_prec == ITA_PREC_DAY)
		ita_date_format_iso(p.start, doc->memo_date);
	return 0;
}

/* Page numbers, "/2. ...", "-2-": breaks that do not end a table. */
static int
page_noise(const char *s)
{
	size_t n = strlen(s);

	if (n <= 6 || s[0] == '/')
		return 1;
	return s[0] == '-' && s[n - 1] == '-' && n <= 8;
}

/* Prose ends the table: the pending record is complete. */
static int
deactivate(struct doc *doc)
{
	int rc = doc->active ? idoc_flush(doc) : 0;

	doc->active = 0;
	doc->unknown = 0;
	doc->expect_sub = 0;
	return rc;
}

/*
 * "๑) มาตรการ...", "1. มาตรการ...": a heading that names the measure of
 * the activity table below it.  The same heading again (after a page
 * break) is the same measure.
 */
static int
measure_heading(struct doc *doc, unsigned long line, const char *s)
{
	size_t start, skip, n;

	if ((n = item_number(s, &start, &skip)) == 0 || n >= 24 ||
	    strncmp(s + skip, "มาตรการ", strlen("มาตรการ")) != 0 ||
	    strlen(s) > 400)
		return 0;
	if (doc->heading.len && strcmp(doc->heading.p, s + skip) == 0 &&
	    strlen(doc->heading_num) == n &&
	    memcmp(doc->heading_num, s + start, n) == 0)
		return 0;		/* number and title again: a page break */
	ita_buf_clear(&doc->heading);
	if (ita_buf_adds(&doc->heading, s + skip) == -1)
		return idoc_nomem(doc);
	memcpy(doc->heading_num, s + start, n);
	doc->heading_num[n] = '\0';
	doc->heading_line = line;
	doc->heading_new = 1;
	return 0;
}

/*
 * The heading of a part of the report ("ผลคะแนนการประเมิน", "ส่วนที่ 2",
 * "มาตรการและผลการดำเนินการ", an IIT/EIT/OIT heading, a numbered
 * measure) or the first line of its prose ("ตามที่ ..."): where a document
 * puts no blank line after its title, the title ends there.
 */
static int
section_heading(const char *s)
{
	static const char *const starts[] = { "ผลคะแนน", "ผลการประเมิน",
	    "ส่วนที่", "ตอนที่", "มาตรการและผล", "ตัวชี้วัดและผล",
	    "การเปิดเผยข้อมูล", "ผู้รับผิดชอบการเปิดเผย",
	    /* the memo's and the report's first prose */
	    "ตามที่", "อ้างถึง", "เรียน" };
	size_t i, start, skip;

	for (i = 0; i < sizeof(starts) / sizeof(starts[0]); i++)
		if (strncmp(s, starts[i], strlen(starts[i])) == 0)
			return 1;
	if (item_number(s, &start, &skip) > 0 &&
	    strncmp(s + skip, "มาตรการ", strlen("มาตรการ")) == 0)
		return 1;
	return ifind_section(s) != NULL;
}

int
idoc_line(struct doc *doc, unsigned long lineno, const char *raw, size_t n)
{
	struct ita_buf *b = &doc->tmp2;
	const char *s, *sec;
	char grp[8];
	int r;

	if ((r = idoc_norm(doc, lineno, raw, n, b, NULL)) != 0)
		return r < 0 ? -1 : 0;
	s = ita_buf_str(b);
	if (*s == '\0') {
		doc->nblank++;
		if (doc->title_lines == 1)
			doc->title_lines = 2;	/* the title ends */
		return 0;
	}
	if (!page_noise(s) && deactivate(doc) == -1)
		return -1;
	doc->nprose++;
	if (strstr(s, "บันทึกข้อความ") == s)
		doc->in_memo = 1;
	if (doc->title_lines == 1 && section_heading(s))
		doc->title_lines = 2;	/* the title ends before it */
	if (!doc->seen_table && doc->title_lines < 2 && n < 600) {
		if (doc->title.len && ita_buf_addc(&doc->title, '\n') == -1)
			return idoc_nomem(doc);
		if (ita_buf_adds(&doc->title, s) == -1)
			return idoc_nomem(doc);
		if (doc->title_lines == 0)
			doc->title_line = lineno;
		doc->title_lines = 1;
	}
	if (icheck_dates(doc, lineno, NULL, s) == -1 ||
	    measure_heading(doc, lineno, s) == -1 ||
	    meta_year_round(doc, lineno, s) == -1 ||
	    meta_place(doc, lineno, s) == -1 ||
	    iscore_line(doc, lineno, s) == -1)
		return -1;
	if (doc->in_memo && meta_memo(doc, s) == -1)
		return -1;
	if (n < 400) {
		if (ifind_oit_group(s, grp)) {
			memcpy(doc->oit_group, grp, sizeof(grp));
			doc->section = "oit";
		} else if ((sec = ifind_section(s)) != NULL) {
			doc->section = sec;
			doc->oit_group[0] = '\0';
		}
	}
	return 0;
}

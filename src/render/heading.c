/*
 * Heading of a report: the title, the heading lines under it (office and
 * place, fiscal year and round, memo, as-of date, website), each leaving
 * out what the title already says, and the signers.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <stdlib.h>
#include <string.h>

#include "render.h"
#include "thdate.h"
#include "thnorm.h"

/* A day in the heading (digits follow the options in add_line). */
static int
put_day(struct ita_buf *b, struct ita_date d, const struct ropts *o)
{
	if (o->lang == ITA_LANG_TH)
		return ita_date_format_thai(d, ITA_PREC_DAY, o->long_dates, 0,
		    b);
	return ren_date_format(d, ITA_PREC_DAY, o->long_dates, b);
}

const char *
rsign_label(int i, enum ita_lang lang)
{
	static const char *const th[] = { "ผู้จัดทำ", "ผู้ตรวจสอบ", "ผู้อนุมัติ" };
	static const char *const en[] = { "Prepared by", "Checked by",
	    "Approved by" };

	return lang == ITA_LANG_TH ? th[i] : en[i];
}

const char *
rsign_word(enum ita_lang lang)
{
	return lang == ITA_LANG_TH ? "(ลงชื่อ)" : "(signed)";
}

static const struct ita_record *
report_record(const struct rreport *r)
{
	size_t i;

	for (i = 0; i < r->n; i++)
		if (!strcmp(ita_get(r->recs[i], ITA_COL_KIND), "report"))
			return r->recs[i];
	return r->n ? r->recs[0] : NULL;
}

/* "ปีงบประมาณ พ.ศ. 2568 รอบ 6 เดือน", without what the title already says. */
static int
put_year_round_if(struct ita_buf *b, const struct ita_record *h, int year,
    int round, const struct ropts *o)
{
	const char *fy = year ? ita_get(h, ITA_COL_FISCAL_YEAR) : "";
	const char *rd = round ? ita_get(h, ITA_COL_ROUND) : "";
	int rc = 0;

	if (*fy)
		rc |= ita_buf_printf(b, o->lang == ITA_LANG_TH ?
		    "ปีงบประมาณ พ.ศ. %s" : "fiscal year %s (B.E.)", fy);
	if (*rd)
		rc |= ita_buf_printf(b, o->lang == ITA_LANG_TH ?
		    "%sรอบ %s เดือน" : "%s%s-month round", *fy ? " " : "", rd);
	return rc ? -1 : 0;
}

static int
put_year_round(struct ita_buf *b, const struct ita_record *h,
    const struct ropts *o)
{
	return put_year_round_if(b, h, 1, 1, o);
}

/*
 * What the title (and the report record's title above the heading lines)
 * already says, so that a heading line does not say it again.  The text
 * is held with ASCII digits: titles are written with either.
 */
static int
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static const char *
skip_spaces(const char *s)
{
	while (*s == ' ')
		s++;
	return s;
}

/* 1 when above holds num as a number of its own ("2568", not "25680"). */
static int
says_number(const char *above, const char *num)
{
	const char *p = above;
	size_t n = strlen(num);

	if (n == 0)
		return 0;
	for (; (p = strstr(p, num)) != NULL; p++)
		if ((p == above || !is_digit(p[-1])) && !is_digit(p[n]))
			return 1;
	return 0;
}

/* 1 when above holds label, spaces, then value ("อำเภอ เมือง"). */
static int
says_after(const char *above, const char *label, const char *value,
    int number)
{
	const char *p = above, *v;
	size_t n = strlen(value);

	if (n == 0)
		return 0;
	for (; (p = strstr(p, label)) != NULL; p++) {
		v = skip_spaces(p + strlen(label));
		if (strncmp(v, value, n) == 0 && !(number && is_digit(v[n])))
			return 1;
	}
	return 0;
}

/* The round: "รอบ 6 เดือน", "รอบ ๖", "6-month round". */
static int
says_round(const char *above, const char *rd)
{
	struct ita_buf en = ITA_BUF_INIT;
	int yes;

	if (*rd == '\0')
		return 0;
	if (says_after(above, "รอบ", rd, 1))
		return 1;
	if (ita_buf_printf(&en, "%s-month", rd) == -1)
		return 0;
	yes = says_number(above, ita_buf_str(&en));
	ita_buf_free(&en);
	return yes;
}

static int
says_place(const char *above, const char *th, const char *abbr,
    const char *en, const char *value)
{
	return says_after(above, th, value, 0) ||
	    says_after(above, abbr, value, 0) ||
	    says_after(above, en, value, 0);
}

/* "องค์การบริหารส่วนตำบล... อำเภอ... จังหวัด...": the parts not said above. */
static int
put_place(struct ita_buf *b, const struct ita_record *h, const char *above,
    const struct ropts *o)
{
	const char *v = o->office != NULL ? o->office :
	    ita_get(h, ITA_COL_OFFICE);
	int rc = 0;

	if (*v && strstr(above, v) == NULL)
		rc |= ita_buf_adds(b, v);
	v = ita_get(h, ITA_COL_DISTRICT);
	if (*v && !says_place(above, "อำเภอ", "อ.", "district ", v))
		rc |= ita_buf_printf(b, o->lang == ITA_LANG_TH ? "%sอำเภอ%s" :
		    "%sdistrict %s", b->len ? " " : "", v);
	v = ita_get(h, ITA_COL_PROVINCE);
	if (*v && !says_place(above, "จังหวัด", "จ.", "province ", v))
		rc |= ita_buf_printf(b, o->lang == ITA_LANG_TH ? "%sจังหวัด%s" :
		    "%sprovince %s", b->len ? " " : "", v);
	return rc ? -1 : 0;
}

/* The fiscal year and round, when the title does not name them. */
static int
put_year_round_unsaid(struct ita_buf *b, const struct ita_record *h,
    const char *above, const struct ropts *o)
{
	return put_year_round_if(b, h,
	    !says_number(above, ita_get(h, ITA_COL_FISCAL_YEAR)),
	    !says_round(above, ita_get(h, ITA_COL_ROUND)), o);
}

/* The texts above the heading lines, with ASCII digits, into b. */
static int
text_above(struct ita_buf *b, const char *title, const char *line)
{
	int rc = 0;

	rc |= ita_thai_digits_to_ascii(title, strlen(title), b);
	rc |= ita_buf_addc(b, '\n');
	rc |= ita_thai_digits_to_ascii(line, strlen(line), b);
	rc |= ita_buf_adds(b, "");
	return rc ? -1 : 0;
}

/* b as the next heading line, if it holds any text; url: keep its digits. */
int
rdoc_add_line(struct rdoc *d, const char *s, int url, const struct ropts *o)
{
	char **p;

	if ((p = ita_grow(d->lines, d->nlines, &d->linecap, sizeof(*p), 8)) ==
	    NULL)
		return -1;
	d->lines = p;
	if ((p[d->nlines] = rtext_dup(s, url, o)) == NULL)
		return -1;
	d->nlines++;
	return 0;
}

/* The line in b, if any, to the heading; b emptied. */
static int
add_line(struct rdoc *d, struct ita_buf *b, int url, const struct ropts *o)
{
	if (b->len == 0)
		return 0;
	if (rdoc_add_line(d, ita_buf_str(b), url, o) == -1)
		return -1;
	ita_buf_clear(b);
	return 0;
}

/*
 * Signers from the options; the report record may name who prepared it
 * (prepared_by) when --prepared-by does not.
 */
static void
resolve_signers(struct rdoc *d, const struct ita_record *h,
    const struct ropts *o)
{
	int i;

	for (i = 0; i < 3; i++)
		d->sign[i] = o->sign[i];
	if (d->sign[0].name == NULL && h != NULL &&
	    !strcmp(ita_get(h, ITA_COL_KIND), "report") &&
	    *ita_get(h, ITA_COL_PREPARED_BY))
		d->sign[0].name = ita_get(h, ITA_COL_PREPARED_BY);
}

/* A plain table's heading: no office or year but what the options give. */
static int
build_table_heading(struct rdoc *d, const struct ropts *o)
{
	struct ita_buf b = ITA_BUF_INIT;
	int rc = 0;

	if ((d->title = rtext_dup(o->title != NULL ? o->title :
	    o->lang == ITA_LANG_TH ? "สรุปสถิติ ITA" : "ITA statistics", 0, o)) ==
	    NULL)
		return -1;
	if (o->office != NULL && (o->title == NULL ||
	    strstr(o->title, o->office) == NULL)) {
		rc |= ita_buf_adds(&b, o->office);
		rc |= add_line(d, &b, 0, o);
	}
	ita_buf_free(&b);
	resolve_signers(d, NULL, o);
	return rc ? -1 : 0;
}

/* The title: --title, the report record's (rt), or made from the data. */
static int
build_title(struct rdoc *d, const struct ita_record *h, const char *rt,
    const struct ropts *o)
{
	struct ita_buf b = ITA_BUF_INIT;
	int rc = 0;

	if (o->title != NULL)
		rc |= ita_buf_adds(&b, o->title);
	else if (*rt)
		rc |= ita_buf_adds(&b, rt);
	else {
		rc |= ita_buf_adds(&b, o->lang == ITA_LANG_TH ?
		    "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส" :
		    "Report on the measures for integrity and transparency");
		if (*ita_get(h, ITA_COL_FISCAL_YEAR) ||
		    *ita_get(h, ITA_COL_ROUND)) {
			rc |= ita_buf_adds(&b, o->lang == ITA_LANG_TH ?
			    " ประจำ" : ", ");
			rc |= put_year_round(&b, h, o);
		}
	}
	if (rc == 0 && ita_buf_adds(&b, "") == 0)
		d->title = rtext_dup(ita_buf_str(&b), 0, o);
	ita_buf_free(&b);
	return d->title == NULL ? -1 : 0;
}

/* Memo number and date: "ที่ ตย 80101/123 ลงวันที่ 8 เมษายน 2568". */
static int
put_memo(struct ita_buf *b, const struct ita_record *h, const struct ropts *o)
{
	const char *v = ita_get(h, ITA_COL_MEMO_NUMBER);
	struct ita_date md;
	int rc = 0;

	if (*v)
		rc |= ita_buf_printf(b, o->lang == ITA_LANG_TH ? "ที่ %s" :
		    "No. %s", v);
	if (ita_date_parse_iso(ita_get(h, ITA_COL_MEMO_DATE), &md) == 0) {
		rc |= ita_buf_adds(b, b->len ? " " : "");
		rc |= ita_buf_adds(b, o->lang == ITA_LANG_TH ? "ลงวันที่ " :
		    "dated ");
		rc |= put_day(b, md, o);
	}
	return rc ? -1 : 0;
}

/* The as-of date ita-progress(1) stamps on every record, and the website. */
static int
add_asof_website(struct rdoc *d, struct ita_buf *b, const struct ita_record *h,
    const struct ropts *o)
{
	const char *v = ita_get(h, ITA_COL_WEBSITE);
	struct ita_date day;
	int rc = 0;

	if (ita_date_parse_iso(ita_get(h, ITA_COL_AS_OF), &day) == 0) {
		rc |= ita_buf_adds(b, o->lang == ITA_LANG_TH ?
		    "ข้อมูล ณ วันที่ " : "Progress as of ");
		rc |= put_day(b, day, o);
		rc |= add_line(d, b, 0, o);
	}
	if (*v) {
		rc |= ita_buf_adds(b, o->lang == ITA_LANG_TH ? "เว็บไซต์ " :
		    "Website ");
		rc |= ita_buf_adds(b, v);
	}
	/* A link keeps its ASCII digits. */
	rc |= add_line(d, b, 1, o);
	return rc ? -1 : 0;
}

/*
 * The heading lines under the title; a line leaves out what the title
 * (or the report record's title shown under --title) already says.
 */
int
rdoc_heading(struct rdoc *d, const struct rreport *r, const struct ropts *o)
{
	const struct ita_record *h = report_record(r);
	const char *rt = ita_get(h, ITA_COL_TITLE);
	struct ita_buf b = ITA_BUF_INIT, above = ITA_BUF_INIT;
	int rc = 0;

	if (strcmp(ita_get(h, ITA_COL_KIND), "report"))
		rt = "";
	if (rrecord_is_table(h))
		return build_table_heading(d, o);
	if (build_title(d, h, rt, o) == -1)
		return -1;
	/* The report record's own title when --title replaced it. */
	if (o->title == NULL)
		rt = "";
	rc |= ita_buf_adds(&b, rt);
	rc |= add_line(d, &b, 0, o);
	rc |= text_above(&above, d->title, rt);
	if (rc == 0) {
		rc |= put_place(&b, h, ita_buf_str(&above), o);
		rc |= add_line(d, &b, 0, o);
		rc |= put_year_round_unsaid(&b, h, ita_buf_str(&above), o);
		rc |= add_line(d, &b, 0, o);
	}
	rc |= put_memo(&b, h, o);
	rc |= add_line(d, &b, 0, o);
	rc |= add_asof_website(d, &b, h, o);
	ita_buf_free(&b);
	ita_buf_free(&above);
	resolve_signers(d, h, o);
	return rc ? -1 : 0;
}

int
rdoc_head_title(const struct rreport *r, const struct ropts *o,
    struct ita_buf *b)
{
	const struct ita_record *h = report_record(r);
	const char *office = o->office;
	size_t before = b->len;
	int rc = 0;

	if (h == NULL || rrecord_is_table(h))
		return rtext_put(b, o->title ? o->title :
		    o->lang == ITA_LANG_TH ? "สรุปสถิติ ITA" : "ITA statistics",
		    0, o);
	if (office == NULL)
		office = ita_get(h, ITA_COL_OFFICE);
	rc |= rtext_put(b, office, 0, o);
	if (*ita_get(h, ITA_COL_FISCAL_YEAR) || *ita_get(h, ITA_COL_ROUND)) {
		struct ita_buf yr = ITA_BUF_INIT;

		rc |= ita_buf_adds(b, *office ? " — " : "");
		rc |= put_year_round(&yr, h, o);
		rc |= ita_buf_adds(&yr, "");
		rc |= rtext_put(b, ita_buf_str(&yr), 0, o);
		ita_buf_free(&yr);
	}
	if (b->len == before)
		rc |= ita_buf_adds(b, o->lang == ITA_LANG_TH ? "รายงาน ITA" :
		    "ITA report");
	return rc ? -1 : 0;
}

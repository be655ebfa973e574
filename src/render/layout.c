/*
 * Layout: which tables a report has, which columns each shows (only the
 * columns the data fills), and the presentation text of every cell
 * (status boxes, Thai dates, Thai digits).
 */
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "render.h"
#include "thdate.h"
#include "thnorm.h"

/* Cells computed from several columns. */
enum { SP_PERIOD = ITA_NCOLS + 1, SP_STATUS, SP_TOOL, SP_STATE, SP_GROUP };

struct colspec {
	int		 col;		/* enum ita_col or SP_* */
	enum rstyle	 style;
	const char	*th, *en;
};

#define END { -1, RSTYLE_TEXT, NULL, NULL }

static const struct colspec plan_cols[] = {
	{ ITA_COL_NUMBER, RSTYLE_NUM, "ลำดับ", "No." },
	{ ITA_COL_TITLE, RSTYLE_TITLE, "มาตรการ/กิจกรรม", "Measure" },
	{ ITA_COL_INDICATOR, RSTYLE_NUM, "ตัวชี้วัด", "Indicator" },
	{ ITA_COL_METHOD, RSTYLE_TEXT, "วิธีการดำเนินการ", "Method" },
	{ SP_PERIOD, RSTYLE_TEXT, "ระยะเวลาดำเนินการ", "Period" },
	{ ITA_COL_RESPONSIBLE, RSTYLE_TEXT, "ผู้รับผิดชอบ", "Responsible" },
	{ SP_STATUS, RSTYLE_STATUS, "สถานะ", "Status" },
	{ ITA_COL_PERCENT, RSTYLE_NUM, "ร้อยละ", "%" },
	{ SP_STATE, RSTYLE_TEXT, "ความก้าวหน้า", "Progress" },
	{ ITA_COL_DAYS_OVERDUE, RSTYLE_NUM, "เกินกำหนด (วัน)", "Days overdue" },
	{ ITA_COL_RESULT, RSTYLE_TEXT, "ผลการดำเนินการ", "Result" },
	{ ITA_COL_OUTCOME, RSTYLE_TEXT, "ผลลัพธ์/ความสำเร็จ", "Outcome" },
	{ ITA_COL_EVIDENCE, RSTYLE_TEXT, "หลักฐาน", "Evidence" },
	{ ITA_COL_NOTE, RSTYLE_TEXT, "หมายเหตุ", "Note" },
	END
};

static const struct colspec oit_cols[] = {
	{ ITA_COL_NUMBER, RSTYLE_NUM, "ข้อ", "Item" },
	{ ITA_COL_OIT_GROUP, RSTYLE_NUM, "ตัวชี้วัดย่อย", "Group" },
	{ ITA_COL_TITLE, RSTYLE_TITLE, "ข้อมูล", "Information" },
	{ ITA_COL_RESPONSIBLE, RSTYLE_TEXT, "ผู้รับผิดชอบ", "Responsible" },
	{ SP_PERIOD, RSTYLE_TEXT, "ระยะเวลาดำเนินการ", "Period" },
	{ SP_STATUS, RSTYLE_STATUS, "สถานะ", "Status" },
	{ ITA_COL_PERCENT, RSTYLE_NUM, "ร้อยละ", "%" },
	{ SP_STATE, RSTYLE_TEXT, "ความก้าวหน้า", "Progress" },
	{ ITA_COL_DAYS_OVERDUE, RSTYLE_NUM, "เกินกำหนด (วัน)", "Days overdue" },
	{ ITA_COL_RESULT, RSTYLE_TEXT, "ผลการดำเนินการ", "Result" },
	{ ITA_COL_EVIDENCE, RSTYLE_TEXT, "หลักฐาน", "Evidence" },
	{ ITA_COL_NOTE, RSTYLE_TEXT, "หมายเหตุ", "Note" },
	END
};

static const struct colspec resp_cols[] = {
	{ ITA_COL_NUMBER, RSTYLE_NUM, "ข้อ", "Item" },
	{ ITA_COL_TITLE, RSTYLE_TITLE, "ข้อมูล", "Information" },
	{ ITA_COL_PREPARED_BY, RSTYLE_TEXT, "ผู้จัดทำ", "Prepared by" },
	{ ITA_COL_COLLECTED_BY, RSTYLE_TEXT, "ผู้รวบรวม", "Collected by" },
	{ ITA_COL_PUBLISHED_BY, RSTYLE_TEXT, "ผู้เผยแพร่", "Published by" },
	{ ITA_COL_RESPONSIBLE, RSTYLE_TEXT, "ผู้รับผิดชอบ", "Responsible" },
	{ ITA_COL_FREQUENCY, RSTYLE_TEXT, "ความถี่ในการเผยแพร่",
	    "Frequency" },
	{ ITA_COL_NOTE, RSTYLE_TEXT, "หมายเหตุ", "Note" },
	END
};

static const struct colspec score_cols[] = {
	{ SP_TOOL, RSTYLE_TEXT, "เครื่องมือ", "Tool" },
	{ ITA_COL_TITLE, RSTYLE_TITLE, "รายการ", "Item" },
	{ ITA_COL_SCORE, RSTYLE_NUM, "คะแนน", "Score" },
	{ ITA_COL_LEVEL, RSTYLE_TEXT, "ระดับผลการประเมิน", "Level" },
	{ ITA_COL_NOTE, RSTYLE_TEXT, "หมายเหตุ", "Note" },
	END
};

/* ita-progress(1) roll-ups. */
static const struct colspec summary_cols[] = {
	{ SP_GROUP, RSTYLE_TEXT, "กลุ่ม", "Group" },
	{ ITA_COL_COUNT_ITEMS, RSTYLE_NUM, "รายการ", "Items" },
	{ ITA_COL_COUNT_DONE, RSTYLE_NUM, "เสร็จแล้ว", "Done" },
	{ ITA_COL_COUNT_ON_TRACK, RSTYLE_NUM, "ตามแผน", "On track" },
	{ ITA_COL_COUNT_DUE_SOON, RSTYLE_NUM, "ใกล้ครบกำหนด", "Due soon" },
	{ ITA_COL_COUNT_OVERDUE, RSTYLE_NUM, "เกินกำหนด", "Overdue" },
	{ ITA_COL_COUNT_NOT_STARTED, RSTYLE_NUM, "ยังไม่เริ่ม", "Not started" },
	{ ITA_COL_COUNT_NOT_DUE, RSTYLE_NUM, "ยังไม่ถึงกำหนด", "Not due" },
	{ ITA_COL_COUNT_UNKNOWN, RSTYLE_NUM, "ไม่ทราบ", "Unknown" },
	{ ITA_COL_DONE_PERCENT, RSTYLE_NUM, "ร้อยละที่เสร็จ", "% done" },
	{ ITA_COL_OVERDUE_IDS, RSTYLE_TEXT, "รายการที่เกินกำหนด", "Overdue items" },
	{ ITA_COL_NOTE, RSTYLE_TEXT, "หมายเหตุ", "Note" },
	END
};

enum group {
	G_NONE = -1, G_PLAN, G_IND, G_OIT, G_RESP, G_SCORE, G_SUMMARY, G_OTHER,
	G_N
};

static const struct {
	const struct colspec *cols;	/* NULL: every filled column */
	const char *th, *en;
} groups[G_N] = {
	{ plan_cols, "มาตรการและผลการดำเนินการ", "Measures and results" },
	/* Own table: their number, status and percent columns would stand
	   empty in every measure row. */
	{ plan_cols, "ตัวชี้วัดและผลการดำเนินการ", "Indicators and results" },
	{ oit_cols, "การเปิดเผยข้อมูลสาธารณะ (OIT)",
	    "Open information checklist (OIT)" },
	{ resp_cols, "ผู้รับผิดชอบการเปิดเผยข้อมูล",
	    "Responsibility for open information" },
	{ score_cols, "ผลคะแนนการประเมิน", "Assessment scores" },
	{ summary_cols, "สรุปความก้าวหน้า", "Progress summary" },
	{ NULL, "ตารางข้อมูล", "Data" }
};

/*
 * Columns never shown in a table: they are in the heading or internal.
 * A plain table (ita-stats) shows all its columns but provenance.
 */
static int
hidden_col(const char *name, int plain)
{
	static const char *const h[] = {
		"ita", "kind", "id", "parent", "office", "fiscal_year", "round",
		"sort_key", "start_precision", "end_precision", "source", "line",
		NULL
	};
	int i;

	if (plain)
		return !strcmp(name, "source") || !strcmp(name, "line");
	for (i = 0; h[i] != NULL; i++)
		if (strcmp(name, h[i]) == 0)
			return 1;
	return 0;
}

static enum group
group_of(const struct ita_record *r)
{
	const char *k = ita_get(r, ITA_COL_KIND);

	if (!strcmp(k, "measure") || !strcmp(k, "activity"))
		return G_PLAN;
	if (!strcmp(k, "indicator"))
		return G_IND;
	if (!strcmp(k, "oit_item"))
		return G_OIT;
	if (!strcmp(k, "responsibility"))
		return G_RESP;
	if (!strcmp(k, "score"))
		return G_SCORE;
	if (!strcmp(k, "report"))
		return G_NONE;
	/* A roll-up of ita-progress; other summaries (ita-stats) are generic. */
	if (!strcmp(k, "summary") && *ita_get(r, ITA_COL_COUNT_ITEMS))
		return G_SUMMARY;
	return G_OTHER;
}

static int
is_url_col(const char *name)
{
	return !strcmp(name, "evidence") || !strcmp(name, "website");
}

/* Appends presentation text: Thai digits if asked, except in links. */
static int
put_text(struct ita_buf *b, const char *s, int url, const struct ropts *o)
{
	if (o->thai_digits && !url)
		return ita_ascii_digits_to_thai(s, strlen(s), b);
	return ita_buf_adds(b, s);
}

static char *
text_dup(const char *s, int url, const struct ropts *o)
{
	struct ita_buf b = ITA_BUF_INIT;

	if (put_text(&b, s, url, o) == -1 || ita_buf_adds(&b, "") == -1) {
		ita_buf_free(&b);
		return NULL;
	}
	return ita_buf_take(&b);
}

static const char *
status_label(const char *st, enum rlang lang)
{
	static const struct { const char *code, *th, *en; } statuses[] = {
		{ "done", "☑ ดำเนินการแล้ว", "☑ done" },
		{ "in_progress", "☐ อยู่ระหว่างดำเนินการ", "☐ in progress" },
		{ "not_started", "☐ ยังไม่ได้ดำเนินการ", "☐ not started" },
		{ "unknown", "☐ ไม่ทราบสถานะ", "☐ unknown" },
		{ NULL, NULL, NULL }
	};
	int i;

	for (i = 0; statuses[i].code != NULL; i++)
		if (!strcmp(st, statuses[i].code))
			return lang == RLANG_TH ? statuses[i].th :
			    statuses[i].en;
	return st;
}

static const char *
state_label(const char *st, enum rlang lang)
{
	static const struct { const char *code, *th, *en; } states[] = {
		{ "done", "เสร็จแล้ว", "done" },
		{ "on_track", "ตามแผน", "on track" },
		{ "due_soon", "ใกล้ครบกำหนด", "due soon" },
		{ "overdue", "เกินกำหนด", "overdue" },
		{ "not_started", "ยังไม่เริ่ม", "not started" },
		{ "not_due", "ยังไม่ถึงกำหนด", "not due" },
		{ "unknown", "ไม่ทราบ", "unknown" },
		{ NULL, NULL, NULL }
	};
	int i;

	for (i = 0; states[i].code != NULL; i++)
		if (!strcmp(st, states[i].code))
			return lang == RLANG_TH ? states[i].th : states[i].en;
	return st;
}

/* A section's key upper-cased: "iit" -> "IIT". */
static int
put_upper(struct ita_buf *b, const char *s)
{
	char up[16];
	size_t k;

	for (k = 0; s[k] && k < sizeof(up) - 1; k++)
		up[k] = s[k] >= 'a' && s[k] <= 'z' ? (char)(s[k] - 'a' + 'A') :
		    s[k];
	up[k] = '\0';
	return ita_buf_adds(b, up);
}

/* What a roll-up counts, from its id (ita-progress(1), Roll-ups). */
static int
put_group(struct ita_buf *b, const char *id, enum rlang lang)
{
	static const struct { const char *prefix, *th, *en; } g[] = {
		{ "summary.section.", "ส่วน ", "section " },
		{ "summary.quarter.", "ไตรมาส ", "quarter " },
		{ "summary.round.", "รอบ ", "round " },
		{ "summary.measure.", "กิจกรรมของมาตรการ ", "activities of " },
		{ NULL, NULL, NULL }
	};
	const char *rest;
	int i;

	if (!strcmp(id, "summary.office"))
		return ita_buf_adds(b, lang == RLANG_TH ? "ทั้งหน่วยงาน" :
		    "whole office");
	for (i = 0; g[i].prefix != NULL; i++)
		if (!strncmp(id, g[i].prefix, strlen(g[i].prefix)))
			break;
	if (g[i].prefix == NULL)
		return ita_buf_adds(b, id);
	rest = id + strlen(g[i].prefix);
	if (ita_buf_adds(b, lang == RLANG_TH ? g[i].th : g[i].en) == -1)
		return -1;
	if (!strcmp(rest, "none"))
		return ita_buf_adds(b, lang == RLANG_TH ? "(ไม่ระบุ)" : "(none)");
	if (i == 0)		/* a section */
		return put_upper(b, rest);
	return ita_buf_adds(b, rest);
}

static const char *
tool_label(const char *t, enum rlang lang)
{
	static const struct { const char *code, *th, *en; } tools[] = {
		{ "iit", "IIT", "IIT" },
		{ "eit", "EIT", "EIT" },
		{ "eit1", "EIT ส่วนที่ 1", "EIT part 1" },
		{ "eit2", "EIT ส่วนที่ 2", "EIT part 2" },
		{ "oit", "OIT", "OIT" },
		{ "overall", "คะแนนรวม", "Overall" },
		{ NULL, NULL, NULL }
	};
	int i;

	for (i = 0; tools[i].code != NULL; i++)
		if (!strcmp(t, tools[i].code))
			return lang == RLANG_TH ? tools[i].th : tools[i].en;
	return t;
}

/* A date with its precision from two columns; 1 if both are usable. */
static int
get_date(const struct ita_record *r, enum ita_col dc, enum ita_col pc,
    struct ita_date *d, enum ita_precision *p)
{
	int prec;

	if (ita_date_parse_iso(ita_get(r, dc), d) == -1)
		return 0;
	prec = ita_precision_parse(ita_get(r, pc));
	*p = prec == -1 ? ITA_PREC_DAY : (enum ita_precision)prec;
	return 1;
}

/* The planned period: from start and end when both parse, else as written. */
static int
put_period(struct ita_buf *b, const struct ita_record *r,
    const struct ropts *o)
{
	struct ita_period per;

	struct ita_buf en = ITA_BUF_INIT;
	int rc;

	if (!get_date(r, ITA_COL_START, ITA_COL_START_PRECISION, &per.start,
	    &per.start_prec) || !get_date(r, ITA_COL_END,
	    ITA_COL_END_PRECISION, &per.end, &per.end_prec))
		return put_text(b, ita_get(r, ITA_COL_PERIOD_TEXT), 0, o);
	if (o->lang == RLANG_TH)
		return ita_period_format_thai(&per, o->long_dates,
		    o->thai_digits, b);
	rc = en_period_format(&per, o->long_dates, &en);
	if (rc == 0)
		rc = ita_buf_adds(&en, "");
	if (rc == 0)
		rc = put_text(b, ita_buf_str(&en), 0, o);
	ita_buf_free(&en);
	return rc;
}

/* A day in the heading (digits follow the options in add_line). */
static int
put_day(struct ita_buf *b, struct ita_date d, const struct ropts *o)
{
	if (o->lang == RLANG_TH)
		return ita_date_format_thai(d, ITA_PREC_DAY, o->long_dates, 0,
		    b);
	return en_date_format(d, ITA_PREC_DAY, o->long_dates, b);
}

static int
put_cell(struct ita_buf *b, const struct ita_record *r, int col,
    const char *name, const struct ropts *o)
{
	switch (col) {
	case SP_PERIOD:
		return put_period(b, r, o);
	case SP_STATUS:
		return put_text(b, status_label(ita_get(r, ITA_COL_STATUS),
		    o->lang), 0, o);
	case SP_TOOL:
		return put_text(b, tool_label(ita_get(r, ITA_COL_TOOL),
		    o->lang), 0, o);
	case SP_STATE:
		return put_text(b, state_label(ita_get(r, ITA_COL_STATE),
		    o->lang), 0, o);
	case SP_GROUP: {
		struct ita_buf g = ITA_BUF_INIT;
		int rc;

		rc = put_group(&g, ita_get(r, ITA_COL_ID), o->lang);
		if (rc == 0)
			rc = ita_buf_adds(&g, "");
		if (rc == 0)
			rc = put_text(b, ita_buf_str(&g), 0, o);
		ita_buf_free(&g);
		return rc;
	}
	case -1:
		return put_text(b, ita_get_name(r, name), is_url_col(name), o);
	default:
		return put_text(b, ita_get(r, (enum ita_col)col),
		    is_url_col(ita_cols[col].name), o);
	}
}

static int
filled(const struct ita_record *r, int col, const char *name)
{
	switch (col) {
	case SP_PERIOD:
		return *ita_get(r, ITA_COL_PERIOD_TEXT) ||
		    *ita_get(r, ITA_COL_START) || *ita_get(r, ITA_COL_END);
	case SP_STATUS:
		return *ita_get(r, ITA_COL_STATUS) != '\0';
	case SP_TOOL:
		return *ita_get(r, ITA_COL_TOOL) != '\0';
	case SP_STATE:
		return *ita_get(r, ITA_COL_STATE) != '\0';
	case SP_GROUP:
		return *ita_get(r, ITA_COL_ID) != '\0';
	case -1:
		return *ita_get_name(r, name) != '\0';
	default:
		return *ita_get(r, (enum ita_col)col) != '\0';
	}
}

/* A column of a table being built. */
struct bcol {
	int		 col;
	const char	*name;		/* user column name (col -1) */
	enum rstyle	 style;
	const char	*head;
};

struct bcols {
	struct bcol	*v;
	size_t		 n, cap;
};

static int
bcols_add(struct bcols *c, int col, const char *name, enum rstyle style,
    const char *head)
{
	struct bcol *p;
	size_t i, cap;

	for (i = 0; i < c->n; i++)
		if (c->v[i].col == col && (col != -1 ||
		    !strcmp(c->v[i].name, name)))
			return 0;
	if (c->n == c->cap) {
		cap = c->cap ? 2 * c->cap : 16;
		if ((p = realloc(c->v, cap * sizeof(*p))) == NULL)
			return -1;
		c->v = p;
		c->cap = cap;
	}
	c->v[c->n].col = col;
	c->v[c->n].name = name;
	c->v[c->n].style = style;
	c->v[c->n].head = head;
	c->n++;
	return 0;
}

/* The heading of a schema column in a generic table. */
static const char *
generic_head(int col, const char *name, enum rlang lang)
{
	static const struct colspec *const all[] = {
		plan_cols, oit_cols, resp_cols, score_cols, summary_cols, NULL
	};
	const struct colspec *cs;
	int i;

	for (i = 0; col >= 0 && all[i] != NULL; i++)
		for (cs = all[i]; cs->th != NULL; cs++)
			if (cs->col == col)
				return lang == RLANG_TH ? cs->th : cs->en;
	/* ita-stats' columns and the keys it groups by */
	return ita_heading(name, lang == RLANG_TH ? ITA_LANG_TH : ITA_LANG_EN);
}

/* The spec's columns that some row fills. */
static int
spec_cols(struct bcols *c, const struct colspec *cs,
    struct ita_record *const *rows, size_t nrows, const struct ropts *o)
{
	size_t i;

	for (; cs != NULL && cs->th != NULL; cs++) {
		for (i = 0; i < nrows && !o->all_columns &&
		    !filled(rows[i], cs->col, NULL); i++)
			;
		if (i < nrows && bcols_add(c, cs->col, NULL, cs->style,
		    o->lang == RLANG_TH ? cs->th : cs->en) == -1)
			return -1;
	}
	return 0;
}

/*
 * Filled columns of one row that a table shows besides its spec: user
 * columns, and in a generic table (g G_OTHER) schema columns too.
 */
static int
extra_cols(struct bcols *c, enum group g, const struct ita_record *r,
    const struct ropts *o)
{
	const struct ita_header *h = r->hdr;
	size_t k;
	int col;

	for (k = 0; k < h->ncols; k++) {
		col = h->col[k];
		if (*r->vals[k] == '\0' ||
		    hidden_col(h->names[k], rrecord_is_table(r)))
			continue;
		if (g != G_OTHER && col >= 0)
			continue;	/* not in this table's spec */
		/* bcols_add skips a user column repeated under a later header */
		if (bcols_add(c, col, h->names[k], col == ITA_COL_TITLE ?
		    RSTYLE_TITLE : RSTYLE_TEXT,
		    generic_head(col, h->names[k], o->lang)) == -1)
			return -1;
	}
	return 0;
}

/* Columns of a table: the spec's filled ones, then filled user columns. */
static int
choose_cols(struct bcols *c, enum group g, struct ita_record *const *rows,
    size_t nrows, const struct ropts *o)
{
	size_t i;

	if (spec_cols(c, groups[g].cols, rows, nrows, o) == -1)
		return -1;
	for (i = 0; i < nrows; i++)
		if (extra_cols(c, g, rows[i], o) == -1)
			return -1;
	return 0;
}

/*
 * A text column of long cells (mean display width over the filled cells
 * at least RTABLE_WIDE_COLS): a method or a result, not a date or a name.
 */
#define RTABLE_WIDE_COLS 30

static int
long_text(const struct rtable *t, size_t k)
{
	const char *s;
	long sum = 0;
	size_t i, n = 0;

	for (i = 0; i < t->nrows; i++) {
		s = t->cells[i * t->ncols + k];
		if (*s == '\0')
			continue;
		sum += ita_width(s, strlen(s));
		n++;
	}
	return n > 0 && sum >= (long)n * RTABLE_WIDE_COLS;
}

/* A figure: digits (ASCII or Thai), a sign, separators, a final %. */
static int
is_figure(const char *s)
{
	int digits = 0;

	if (*s == '-' || *s == '+')
		s++;
	while (*s != '\0') {
		if (*s >= '0' && *s <= '9') {
			s++;
			digits = 1;
		} else if (!strncmp(s, "\xe0\xb9", 2) &&
		    (unsigned char)s[2] >= 0x90 && (unsigned char)s[2] <= 0x99) {
			s += 3;		/* ๐ to ๙ */
			digits = 1;
		} else if ((*s == '.' || *s == ',') && digits && s[1] != '\0')
			s++;
		else
			break;
	}
	if (*s == '%')
		s++;
	return digits && *s == '\0';
}

/* A column of figures: a number column, or text that is all figures. */
static int
figures(const struct rtable *t, size_t k)
{
	const char *s;
	size_t i, n = 0;

	if (t->styles[k] == RSTYLE_NUM)
		return 1;
	if (t->styles[k] != RSTYLE_TEXT)
		return 0;
	for (i = 0; i < t->nrows; i++) {
		s = t->cells[i * t->ncols + k];
		if (*s == '\0')
			continue;
		if (!is_figure(s))
			return 0;
		n++;
	}
	return n > 0;
}

static int
build_table(struct rtable *t, enum group g, struct ita_record *const *rows,
    size_t nrows, const struct ropts *o)
{
	struct bcols c = { NULL, 0, 0 };
	struct ita_buf b = ITA_BUF_INIT;
	size_t i, k;
	int rc = -1;

	memset(t, 0, sizeof(*t));
	t->caption = o->lang == RLANG_TH ? groups[g].th : groups[g].en;
	if (choose_cols(&c, g, rows, nrows, o) == -1)
		goto out;
	t->ncols = c.n;
	t->nrows = nrows;
	if ((t->heads = calloc(c.n + 1, sizeof(*t->heads))) == NULL ||
	    (t->styles = calloc(c.n + 1, sizeof(*t->styles))) == NULL ||
	    (t->cells = calloc(nrows * c.n + 1, sizeof(*t->cells))) == NULL ||
	    (t->level = calloc(nrows + 1, sizeof(*t->level))) == NULL ||
	    (t->wide = calloc(c.n + 1, sizeof(*t->wide))) == NULL ||
	    (t->right = calloc(c.n + 1, sizeof(*t->right))) == NULL ||
	    (t->share = calloc(c.n + 1, sizeof(*t->share))) == NULL)
		goto out;
	for (k = 0; k < c.n; k++) {
		t->styles[k] = c.v[k].style;
		if ((t->heads[k] = text_dup(c.v[k].head, 0, o)) == NULL)
			goto out;
	}
	for (i = 0; i < nrows; i++) {
		t->level[i] = !strcmp(ita_get(rows[i], ITA_COL_KIND),
		    "activity");
		for (k = 0; k < c.n; k++) {
			ita_buf_clear(&b);
			if (put_cell(&b, rows[i], c.v[k].col, c.v[k].name, o) ||
			    ita_buf_adds(&b, "") ||
			    (t->cells[i * c.n + k] = strdup(ita_buf_str(&b))) ==
			    NULL)
				goto out;
		}
	}
	for (k = 0; k < c.n; k++) {
		/* Only fodt sizes columns by it: measuring costs. */
		t->wide[k] = o->fmt == RFMT_FODT &&
		    c.v[k].style == RSTYLE_TEXT && long_text(t, k);
		t->right[k] = (unsigned char)figures(t, k);
	}
	rc = 0;
out:
	free(c.v);
	ita_buf_free(&b);
	return rc;
}

static void
table_free(struct rtable *t)
{
	size_t i;

	if (t->heads != NULL)
		for (i = 0; i < t->ncols; i++)
			free(t->heads[i]);
	if (t->cells != NULL)
		for (i = 0; i < t->nrows * t->ncols; i++)
			free(t->cells[i]);
	free(t->heads);
	free(t->styles);
	free(t->cells);
	free(t->level);
	free(t->wide);
	free(t->right);
	free(t->share);
}

const char *
rsign_label(int i, enum rlang lang)
{
	static const char *const th[] = { "ผู้จัดทำ", "ผู้ตรวจสอบ", "ผู้อนุมัติ" };
	static const char *const en[] = { "Prepared by", "Checked by",
	    "Approved by" };

	return lang == RLANG_TH ? th[i] : en[i];
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
		rc |= ita_buf_printf(b, o->lang == RLANG_TH ?
		    "ปีงบประมาณ พ.ศ. %s" : "fiscal year %s (B.E.)", fy);
	if (*rd)
		rc |= ita_buf_printf(b, o->lang == RLANG_TH ?
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
		rc |= ita_buf_printf(b, o->lang == RLANG_TH ? "%sอำเภอ%s" :
		    "%sdistrict %s", b->len ? " " : "", v);
	v = ita_get(h, ITA_COL_PROVINCE);
	if (*v && !says_place(above, "จังหวัด", "จ.", "province ", v))
		rc |= ita_buf_printf(b, o->lang == RLANG_TH ? "%sจังหวัด%s" :
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
static int
add_line(struct rdoc *d, struct ita_buf *b, int url, const struct ropts *o)
{
	char **p;

	if (b->len == 0)
		return 0;
	if ((p = realloc(d->lines, (d->nlines + 1) * sizeof(*p))) == NULL)
		return -1;
	d->lines = p;
	if ((d->lines[d->nlines] = text_dup(ita_buf_str(b), url, o)) == NULL)
		return -1;
	d->nlines++;
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

	if ((d->title = text_dup(o->title != NULL ? o->title :
	    o->lang == RLANG_TH ? "สรุปสถิติ ITA" : "ITA statistics", 0, o)) ==
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
		rc |= ita_buf_adds(&b, o->lang == RLANG_TH ?
		    "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส" :
		    "Report on the measures for integrity and transparency");
		if (*ita_get(h, ITA_COL_FISCAL_YEAR) ||
		    *ita_get(h, ITA_COL_ROUND)) {
			rc |= ita_buf_adds(&b, o->lang == RLANG_TH ? " ประจำ" :
			    ", ");
			rc |= put_year_round(&b, h, o);
		}
	}
	if (rc == 0 && ita_buf_adds(&b, "") == 0)
		d->title = text_dup(ita_buf_str(&b), 0, o);
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
		rc |= ita_buf_printf(b, o->lang == RLANG_TH ? "ที่ %s" :
		    "No. %s", v);
	if (ita_date_parse_iso(ita_get(h, ITA_COL_MEMO_DATE), &md) == 0) {
		rc |= ita_buf_adds(b, b->len ? " " : "");
		rc |= ita_buf_adds(b, o->lang == RLANG_TH ? "ลงวันที่ " :
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
		rc |= ita_buf_adds(b, o->lang == RLANG_TH ?
		    "ข้อมูล ณ วันที่ " : "Progress as of ");
		rc |= put_day(b, day, o);
		rc |= add_line(d, b, 0, o);
	}
	if (*v) {
		rc |= ita_buf_adds(b, o->lang == RLANG_TH ? "เว็บไซต์ " :
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
static int
build_heading(struct rdoc *d, const struct rreport *r, const struct ropts *o)
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
		return put_text(b, o->title ? o->title : o->lang == RLANG_TH ?
		    "สรุปสถิติ ITA" : "ITA statistics", 0, o);
	if (office == NULL)
		office = ita_get(h, ITA_COL_OFFICE);
	rc |= put_text(b, office, 0, o);
	if (*ita_get(h, ITA_COL_FISCAL_YEAR) || *ita_get(h, ITA_COL_ROUND)) {
		struct ita_buf yr = ITA_BUF_INIT;

		rc |= ita_buf_adds(b, *office ? " — " : "");
		rc |= put_year_round(&yr, h, o);
		rc |= ita_buf_adds(&yr, "");
		rc |= put_text(b, ita_buf_str(&yr), 0, o);
		ita_buf_free(&yr);
	}
	if (b->len == before)
		rc |= ita_buf_adds(b, o->lang == RLANG_TH ? "รายงาน ITA" :
		    "ITA report");
	return rc ? -1 : 0;
}

int
rdoc_build(struct rdoc *d, const struct rreport *r, const struct ropts *o)
{
	struct ita_record **rows = NULL;
	enum group order[G_N], g;
	size_t norder = 0, i, k, nrows;
	int seen[G_N] = { 0 };

	memset(d, 0, sizeof(*d));
	if (build_heading(d, r, o) == -1)
		goto fail;
	/* Tables in the order their first record comes in the report. */
	for (i = 0; i < r->n; i++)
		if ((g = group_of(r->recs[i])) != G_NONE && !seen[g]) {
			seen[g] = 1;
			order[norder++] = g;
		}
	if ((d->tables = calloc(norder + 1, sizeof(*d->tables))) == NULL ||
	    (rows = calloc(r->n + 1, sizeof(*rows))) == NULL)
		goto fail;
	for (k = 0; k < norder; k++) {
		for (i = nrows = 0; i < r->n; i++)
			if (group_of(r->recs[i]) == order[k])
				rows[nrows++] = r->recs[i];
		d->ntables++;
		if (build_table(&d->tables[k], order[k], rows, nrows, o) == -1)
			goto fail;
		if (d->tables[k].ncols > RTABLE_PORTRAIT_MAX_COLS)
			d->landscape = 1;
	}
	free(rows);
	/* Printed formats size their columns by content. */
	if (o->wrap != NULL && (o->fmt == RFMT_HTML || o->fmt == RFMT_FODT))
		for (k = 0; k < d->ntables; k++)
			if (rtable_shares(&d->tables[k], d->landscape,
			    o->wrap) == -1)
				goto fail_built;
	return 0;
fail_built:
	rdoc_free(d);
	return -1;
fail:
	free(rows);
	rdoc_free(d);
	return -1;
}

void
rdoc_free(struct rdoc *d)
{
	size_t i;

	free(d->title);
	for (i = 0; i < d->nlines; i++)
		free(d->lines[i]);
	free(d->lines);
	for (i = 0; i < d->ntables; i++)
		table_free(&d->tables[i]);
	free(d->tables);
	memset(d, 0, sizeof(*d));
}

/*
 * The presentation text of a report's cells: status boxes and labels,
 * Thai or English dates of a period, roll-up groups, tools, and Thai
 * digits when asked (never in links).
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <string.h>

#include "render.h"
#include "thdate.h"
#include "thnorm.h"

static int
is_url_col(const char *name)
{
	return !strcmp(name, "evidence") || !strcmp(name, "website");
}

/* Appends presentation text: Thai digits if asked, except in links. */
int
rtext_put(struct ita_buf *b, const char *s, int url, const struct ropts *o)
{
	if (o->thai_digits && !url)
		return ita_ascii_digits_to_thai(s, strlen(s), b);
	return ita_buf_adds(b, s);
}

char *
rtext_dup(const char *s, int url, const struct ropts *o)
{
	struct ita_buf b = ITA_BUF_INIT;

	if (rtext_put(&b, s, url, o) == -1 || ita_buf_adds(&b, "") == -1) {
		ita_buf_free(&b);
		return NULL;
	}
	return ita_buf_take(&b);
}

/* The label of a code in a closed vocabulary; the code if unknown. */
struct label {
	const char	*code, *th, *en;
};

static const char *
label_of(const struct label *t, const char *code, enum ita_lang lang)
{
	for (; t->code != NULL; t++)
		if (!strcmp(code, t->code))
			return lang == ITA_LANG_TH ? t->th : t->en;
	return code;
}

static const struct label statuses[] = {
	{ "done", "☑ ดำเนินการแล้ว", "☑ done" },
	{ "in_progress", "☑ อยู่ระหว่างดำเนินการ", "☑ in progress" },
	{ "not_started", "☑ ยังไม่ได้ดำเนินการ", "☑ not started" },
	{ "unknown", "☐ ไม่ทราบสถานะ", "☐ unknown" },
	{ NULL, NULL, NULL }
};

static const struct label states[] = {
	{ "done", "เสร็จแล้ว", "done" },
	{ "on_track", "ตามแผน", "on track" },
	{ "due_soon", "ใกล้ครบกำหนด", "due soon" },
	{ "overdue", "เกินกำหนด", "overdue" },
	{ "not_started", "ยังไม่เริ่ม", "not started" },
	{ "not_due", "ยังไม่ถึงกำหนด", "not due" },
	{ "unknown", "ไม่ทราบ", "unknown" },
	{ NULL, NULL, NULL }
};

static const struct label tools[] = {
	{ "iit", "IIT", "IIT" },
	{ "eit", "EIT", "EIT" },
	{ "eit1", "EIT ส่วนที่ 1", "EIT part 1" },
	{ "eit2", "EIT ส่วนที่ 2", "EIT part 2" },
	{ "oit", "OIT", "OIT" },
	{ "overall", "คะแนนรวม", "Overall" },
	{ NULL, NULL, NULL }
};

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
put_group(struct ita_buf *b, const char *id, enum ita_lang lang)
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
		return ita_buf_adds(b, lang == ITA_LANG_TH ? "ทั้งหน่วยงาน" :
		    "whole office");
	for (i = 0; g[i].prefix != NULL; i++)
		if (!strncmp(id, g[i].prefix, strlen(g[i].prefix)))
			break;
	if (g[i].prefix == NULL)
		return ita_buf_adds(b, id);
	rest = id + strlen(g[i].prefix);
	if (ita_buf_adds(b, lang == ITA_LANG_TH ? g[i].th : g[i].en) == -1)
		return -1;
	if (!strcmp(rest, "none"))
		return ita_buf_adds(b, lang == ITA_LANG_TH ? "(ไม่ระบุ)" :
		    "(none)");
	if (i == 0)		/* a section */
		return put_upper(b, rest);
	return ita_buf_adds(b, rest);
}

/*
 * Appends the text built in t (rc: 0 if building it worked, else -1) as
 * presentation text, and frees t.
 */
static int
put_built(struct ita_buf *b, struct ita_buf *t, int rc, const struct ropts *o)
{
	if (rc == 0)
		rc = ita_buf_adds(t, "");
	if (rc == 0)
		rc = rtext_put(b, ita_buf_str(t), 0, o);
	ita_buf_free(t);
	return rc;
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

	if (!get_date(r, ITA_COL_START, ITA_COL_START_PRECISION, &per.start,
	    &per.start_prec) || !get_date(r, ITA_COL_END,
	    ITA_COL_END_PRECISION, &per.end, &per.end_prec))
		return rtext_put(b, ita_get(r, ITA_COL_PERIOD_TEXT), 0, o);
	if (o->lang == ITA_LANG_TH)
		return ita_period_format_thai(&per, o->long_dates,
		    o->thai_digits, b);
	return put_built(b, &en, ren_period_format(&per, o->long_dates, &en),
	    o);
}

int
rcell_put(struct ita_buf *b, const struct ita_record *r, int col,
    const char *name, const struct ropts *o)
{
	switch (col) {
	case RCOL_PERIOD:
		return put_period(b, r, o);
	case RCOL_STATUS:
		return rtext_put(b, label_of(statuses, ita_get(r,
		    ITA_COL_STATUS), o->lang), 0, o);
	case RCOL_TOOL:
		return rtext_put(b, label_of(tools, ita_get(r, ITA_COL_TOOL),
		    o->lang), 0, o);
	case RCOL_STATE:
		return rtext_put(b, label_of(states, ita_get(r, ITA_COL_STATE),
		    o->lang), 0, o);
	case RCOL_GROUP: {
		struct ita_buf g = ITA_BUF_INIT;

		return put_built(b, &g, put_group(&g, ita_get(r, ITA_COL_ID),
		    o->lang), o);
	}
	case -1:
		return rtext_put(b, ita_get_name(r, name), is_url_col(name), o);
	default:
		return rtext_put(b, ita_get(r, (enum ita_col)col),
		    is_url_col(ita_cols[col].name), o);
	}
}

int
rcell_filled(const struct ita_record *r, int col, const char *name)
{
	switch (col) {
	case RCOL_PERIOD:
		return *ita_get(r, ITA_COL_PERIOD_TEXT) ||
		    *ita_get(r, ITA_COL_START) || *ita_get(r, ITA_COL_END);
	case RCOL_STATUS:
		return *ita_get(r, ITA_COL_STATUS) != '\0';
	case RCOL_TOOL:
		return *ita_get(r, ITA_COL_TOOL) != '\0';
	case RCOL_STATE:
		return *ita_get(r, ITA_COL_STATE) != '\0';
	case RCOL_GROUP:
		return *ita_get(r, ITA_COL_ID) != '\0';
	case -1:
		return *ita_get_name(r, name) != '\0';
	default:
		return *ita_get(r, (enum ita_col)col) != '\0';
	}
}

/*
 * Layout of the tables: which tables a report has and which columns each
 * shows (only the columns the data fills).  What each cell says is
 * cells.c's; the title and the heading lines are heading.c's.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "render.h"

struct colspec {
	int		 col;		/* enum ita_col or SP_* */
	enum rstyle	 style;
	const char	*th, *en;
};

#define END { -1, RSTYLE_TEXT, NULL, NULL }

/* The measures' and the OIT items' state and result, headed alike. */
#define PROGRESS_COLS \
	{ RCOL_STATUS, RSTYLE_STATUS, "สถานะ", "Status" }, \
	{ ITA_COL_PERCENT, RSTYLE_NUM, "ร้อยละ", "%" }, \
	{ RCOL_STATE, RSTYLE_TEXT, "ความก้าวหน้า", "Progress" }, \
	{ ITA_COL_DAYS_OVERDUE, RSTYLE_NUM, "เกินกำหนด (วัน)", \
	    "Days overdue" }, \
	{ ITA_COL_RESULT, RSTYLE_TEXT, "ผลการดำเนินการ", "Result" }

static const struct colspec plan_cols[] = {
	{ ITA_COL_NUMBER, RSTYLE_NUM, "ลำดับ", "No." },
	{ ITA_COL_TITLE, RSTYLE_TITLE, "มาตรการ/กิจกรรม", "Measure" },
	{ ITA_COL_INDICATOR, RSTYLE_NUM, "ตัวชี้วัดที่", "Indicator no." },
	{ ITA_COL_METHOD, RSTYLE_TEXT, "วิธีการดำเนินการ", "Method" },
	{ RCOL_PERIOD, RSTYLE_TEXT, "ระยะเวลาดำเนินการ", "Period" },
	{ ITA_COL_RESPONSIBLE, RSTYLE_TEXT, "ผู้รับผิดชอบ", "Responsible" },
	PROGRESS_COLS,
	{ ITA_COL_OUTCOME, RSTYLE_TEXT, "ผลลัพธ์/ความสำเร็จ", "Outcome" },
	{ ITA_COL_EVIDENCE, RSTYLE_TEXT, "หลักฐาน", "Evidence" },
	{ ITA_COL_NOTE, RSTYLE_TEXT, "หมายเหตุ", "Note" },
	END
};

static const struct colspec oit_cols[] = {
	{ ITA_COL_NUMBER, RSTYLE_NUM, "ข้อ", "Item" },
	{ ITA_COL_OIT_GROUP, RSTYLE_NUM, "ตัวชี้วัดย่อย", "Group" },
	{ ITA_COL_TITLE, RSTYLE_TITLE, "ข้อมูล", "Information" },
	{ ITA_COL_METHOD, RSTYLE_TEXT, "วิธีการดำเนินการ", "Method" },
	{ ITA_COL_RESPONSIBLE, RSTYLE_TEXT, "ผู้รับผิดชอบ", "Responsible" },
	{ RCOL_PERIOD, RSTYLE_TEXT, "ระยะเวลาดำเนินการ", "Period" },
	PROGRESS_COLS,
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
	{ RCOL_TOOL, RSTYLE_TEXT, "เครื่องมือ", "Tool" },
	{ ITA_COL_TITLE, RSTYLE_TITLE, "รายการ", "Item" },
	{ ITA_COL_SCORE, RSTYLE_NUM, "คะแนน", "Score" },
	{ ITA_COL_LEVEL, RSTYLE_TEXT, "ระดับผลการประเมิน", "Level" },
	{ ITA_COL_NOTE, RSTYLE_TEXT, "หมายเหตุ", "Note" },
	END
};

/* ita-progress(1) roll-ups. */
static const struct colspec summary_cols[] = {
	{ RCOL_GROUP, RSTYLE_TEXT, "กลุ่ม", "Group" },
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

/* A column of a table being built. */
struct bcol {
	int		 col;
	const char	*name;		/* user column name (col -1) */
	enum rstyle	 style;
	const char	*head;
};

/*
 * The columns in order, and a hash set of them (slot: index in v + 1,
 * 0 empty; nslot a power of two, at most half full): a header of many
 * user columns is not compared with itself column by column.
 */
struct bcols {
	struct bcol	*v;
	size_t		 n, cap;
	size_t		*slot;
	size_t		 nslot;
};

/* A schema column by its id, a user column (col -1) by its name. */
static size_t
bcol_hash(int col, const char *name)
{
	if (col != -1)
		return (size_t)col * 2654435761u;
	return (size_t)ita_hash_str(ITA_HASH_INIT, name);
}

/* The slot of (col, name): the one holding it, else the empty one. */
static size_t *
bcols_slot(const struct bcols *c, int col, const char *name)
{
	size_t i = bcol_hash(col, name) & (c->nslot - 1);
	const struct bcol *b;

	for (; c->slot[i] != 0; i = (i + 1) & (c->nslot - 1)) {
		b = &c->v[c->slot[i] - 1];
		if (b->col == col && (col != -1 || !strcmp(b->name, name)))
			break;
	}
	return &c->slot[i];
}

static int
bcols_rehash(struct bcols *c)
{
	size_t i, n = c->nslot ? 2 * c->nslot : 64;

	free(c->slot);
	if ((c->slot = calloc(n, sizeof(*c->slot))) == NULL)
		return -1;
	c->nslot = n;
	for (i = 0; i < c->n; i++)
		*bcols_slot(c, c->v[i].col, c->v[i].name) = i + 1;
	return 0;
}

static int
bcols_add(struct bcols *c, int col, const char *name, enum rstyle style,
    const char *head)
{
	struct bcol *p;
	size_t *sl;

	if (2 * (c->n + 1) > c->nslot && bcols_rehash(c) == -1)
		return -1;
	if (*(sl = bcols_slot(c, col, name)) != 0)
		return 0;
	if ((p = ita_grow(c->v, c->n, &c->cap, sizeof(*p), 16)) == NULL)
		return -1;
	c->v = p;
	c->v[c->n] = (struct bcol){ .col = col, .name = name, .style = style,
	    .head = head };
	*sl = ++c->n;
	return 0;
}

/* The heading of a schema column in a generic table. */
static const char *
generic_head(int col, const char *name, enum ita_lang lang)
{
	static const struct colspec *const all[] = {
		plan_cols, oit_cols, resp_cols, score_cols, summary_cols, NULL
	};
	const struct colspec *cs;
	int i;

	for (i = 0; col >= 0 && all[i] != NULL; i++)
		for (cs = all[i]; cs->th != NULL; cs++)
			if (cs->col == col)
				return lang == ITA_LANG_TH ? cs->th : cs->en;
	/* ita-stats' columns and the keys it groups by */
	return ita_heading(name, lang);
}

/*
 * 1 if the number of every row of an indicator table is empty or its
 * indicator's: the column ตัวชี้วัดที่ says it, and a second column of the
 * same figures would only narrow the others.
 */
static int
number_is_indicator(struct ita_record *const *rows, size_t nrows)
{
	const char *num;
	size_t i;

	for (i = 0; i < nrows; i++) {
		num = ita_get(rows[i], ITA_COL_NUMBER);
		if (*num != '\0' && strcmp(num, ita_get(rows[i],
		    ITA_COL_INDICATOR)) != 0)
			return 0;
	}
	return 1;
}

/* The column of spec cs if some row fills it; 0 or -1. */
static int
spec_add(struct bcols *c, const struct colspec *cs,
    struct ita_record *const *rows, size_t nrows, const struct ropts *o)
{
	size_t i;

	for (i = 0; i < nrows && !o->all_columns &&
	    !rcell_filled(rows[i], cs->col, NULL); i++)
		;
	if (i < nrows)
		return bcols_add(c, cs->col, NULL, cs->style,
		    o->lang == ITA_LANG_TH ? cs->th : cs->en);
	return 0;
}

/*
 * The spec's columns that some row fills.  Indicators (g G_IND) have the
 * columns of the measures but head them as report tables do: their
 * number ตัวชี้วัดที่ first, then the indicator, ตัวชี้วัด (not มาตรการ/กิจกรรม
 * and ตัวชี้วัด, which ita-import read back as measures with a second
 * title); in html and fodt the number (ลำดับ) only where some row's is
 * not its indicator's.
 */
static int
spec_cols(struct bcols *c, enum group g, struct ita_record *const *rows,
    size_t nrows, const struct ropts *o)
{
	static const struct colspec ind_title = { ITA_COL_TITLE,
	    RSTYLE_TITLE, "ตัวชี้วัด", "Indicator" };
	const struct colspec *cs, *ind = NULL;
	/* Printed formats only: md and txt have no page width to save. */
	int same = g == G_IND && (o->fmt == RFMT_HTML ||
	    o->fmt == RFMT_FODT) && number_is_indicator(rows, nrows);

	for (cs = groups[g].cols; cs != NULL && cs->th != NULL; cs++)
		if (cs->col == ITA_COL_INDICATOR)
			ind = cs;
	for (cs = groups[g].cols; cs != NULL && cs->th != NULL; cs++) {
		if (g != G_IND) {
			if (spec_add(c, cs, rows, nrows, o) == -1)
				return -1;
			continue;
		}
		if (cs->col == ITA_COL_INDICATOR || (same &&
		    cs->col == ITA_COL_NUMBER && !o->all_columns))
			continue;
		if (cs->col == ITA_COL_TITLE && ind != NULL &&
		    spec_add(c, ind, rows, nrows, o) == -1)
			return -1;
		if (spec_add(c, cs->col == ITA_COL_TITLE ? &ind_title : cs,
		    rows, nrows, o) == -1)
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

	if (spec_cols(c, g, rows, nrows, o) == -1)
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

/*
 * html, fodt: a column of long running text (a method, a result) is
 * printed as a full-width line under its row, not as a narrow column of
 * a wide table, unless --long-text columns; a table keeps one column at
 * least.
 */
static void
mark_detail(struct rtable *t, const struct ropts *o)
{
	size_t k, n = 0;

	if ((o->fmt != RFMT_HTML && o->fmt != RFMT_FODT) || o->long_columns)
		return;
	for (k = 0; k < t->ncols; k++)
		if (t->styles[k] == RSTYLE_TEXT && long_text(t, k)) {
			t->detail[k] = 1;
			n++;
		}
	if (n == t->ncols)
		memset(t->detail, 0, t->ncols);
}

size_t
rtable_main_cols(const struct rtable *t)
{
	size_t k, n = 0;

	for (k = 0; k < t->ncols; k++)
		n += !RTABLE_DETAIL(t, k);
	return n;
}

size_t
rtable_detail_next(const struct rtable *t, size_t i, size_t k)
{
	for (; k < t->ncols; k++)
		if (RTABLE_DETAIL(t, k) &&
		    t->cells[i * t->ncols + k][0] != '\0')
			break;
	return k;
}

static int
build_table(struct rtable *t, enum group g, struct ita_record *const *rows,
    size_t nrows, const struct ropts *o)
{
	struct bcols c = { NULL, 0, 0, NULL, 0 };
	struct ita_buf b = ITA_BUF_INIT;
	size_t i, k;
	int rc = -1;

	memset(t, 0, sizeof(*t));
	t->caption = o->lang == ITA_LANG_TH ? groups[g].th : groups[g].en;
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
	    (t->detail = calloc(c.n + 1, sizeof(*t->detail))) == NULL ||
	    (t->share = calloc(c.n + 1, sizeof(*t->share))) == NULL ||
	    (t->tall = calloc(nrows + 1, sizeof(*t->tall))) == NULL)
		goto out;
	for (k = 0; k < c.n; k++) {
		t->styles[k] = c.v[k].style;
		if ((t->heads[k] = rtext_dup(c.v[k].head, 0, o)) == NULL)
			goto out;
	}
	for (i = 0; i < nrows; i++) {
		t->level[i] = !strcmp(ita_get(rows[i], ITA_COL_KIND),
		    "activity");
		for (k = 0; k < c.n; k++) {
			ita_buf_clear(&b);
			if (rcell_put(&b, rows[i], c.v[k].col, c.v[k].name, o) ||
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
	mark_detail(t, o);
	rc = 0;
out:
	free(c.v);
	free(c.slot);
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
	free(t->detail);
	free(t->share);
	free(t->tall);
}

int
rdoc_fit_tables(struct rdoc *d, int landscape, const struct ropts *o)
{
	size_t k;

	if (o->words != NULL && (o->fmt == RFMT_HTML || o->fmt == RFMT_FODT))
		for (k = 0; k < d->ntables; k++)
			if (rtable_shares(&d->tables[k], landscape, o->words) ==
			    -1)
				return -1;
	for (k = 0; k < d->ntables; k++)
		d->landscape |= d->tables[k].landscape;
	return 0;
}

int
rdoc_build(struct rdoc *d, const struct rreport *r, const struct ropts *o)
{
	struct ita_record **rows = NULL;
	enum group order[G_N], g;
	size_t norder = 0, i, k, nrows;
	int seen[G_N] = { 0 };

	memset(d, 0, sizeof(*d));
	if (rdoc_heading(d, r, o) == -1)
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
		d->tables[k].landscape = rtable_main_cols(&d->tables[k]) >
		    RTABLE_PORTRAIT_MAX_COLS;
	}
	free(rows);
	rows = NULL;
	if (rdoc_fit_tables(d, -1, o) == -1)
		goto fail;
	return 0;
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
	for (i = 0; i < d->ncharts; i++) {
		free(d->charts[i].svg);
		free(d->charts[i].title);
	}
	free(d->charts);
	memset(d, 0, sizeof(*d));
}

/*
 * ita-render --summary: the charts of a summary of reports (svg.c draws
 * them): the newest year's scores per office with the pass mark, the
 * offices per level, the completion of measures per office and the OIT
 * items that most offices have not done.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "render.h"
#include "summary.h"
#include "yeardata.h"

/* The OIT items charted: those the fewest offices have done. */
#define ITEMS_N		15
/* Display columns of an item's title in its label. */
#define ITEM_TITLE_W	18
/* Bars of all done, and of some not done; their labels say the figures. */
#define FILL_DONE	"#3f9b5b"
#define FILL_PART	"#f0b45a"

/* Adds one to a count of key (done: to its done too); 0 or -1. */
int
rsum_count(struct rsum_count **v, size_t *n, size_t *cap, const char *key,
    const char *title, int done)
{
	struct rsum_count *nv;
	size_t i;

	for (i = 0; i < *n; i++)
		if (!strcmp((*v)[i].key, key))
			break;
	if (i == *n) {
		if ((nv = ita_grow(*v, *n, cap, sizeof(*nv), 16)) == NULL)
			return -1;
		*v = nv;
		memset(&(*v)[i], 0, sizeof(**v));
		if (((*v)[i].key = strdup(key)) == NULL)
			return -1;
		if (((*v)[i].title = strdup(title)) == NULL) {
			free((*v)[i].key);
			return -1;
		}
		(*n)++;
	}
	(*v)[i].total++;
	(*v)[i].done += done != 0;
	return 0;
}

void
rsum_counts_free(struct rsum_count *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free(v[i].key);
		free(v[i].title);
	}
	free(v);
}

static double
pct(const struct rsum_count *c)
{
	return c->total > 0 ? 100.0 * (double)c->done / (double)c->total : 0;
}

/* Fewest done first, then the key. */
static int
by_coverage(const void *a, const void *b)
{
	double x = pct(a), y = pct(b);

	if (x != y)
		return x < y ? -1 : 1;
	return strcmp(((const struct rsum_count *)a)->key,
	    ((const struct rsum_count *)b)->key);
}

/* "75% (3/4)", Thai digits when asked; NULL on ENOMEM. */
static char *
pct_text(const struct rsum_count *c, const struct ropts *o)
{
	char s[128];

	snprintf(s, sizeof(s), "%.0f%% (%ld/%ld)", pct(c), c->done, c->total);
	return rtext_dup(s, 0, o);
}

struct barset {
	struct rbar	*v;
	char		**own;		/* strings the bars point to */
	size_t		 n, nown;
};

static int
keep(struct barset *bs, char *s)
{
	if (s == NULL)
		return -1;
	bs->own[bs->nown++] = s;
	return 0;
}

static int
barset_alloc(struct barset *bs, size_t n)
{
	memset(bs, 0, sizeof(*bs));
	bs->v = calloc(n + 1, sizeof(*bs->v));
	bs->own = calloc(2 * n + 1, sizeof(*bs->own));
	bs->n = n;
	return bs->v == NULL || bs->own == NULL ? -1 : 0;
}

static void
barset_free(struct barset *bs)
{
	ita_strv_free(bs->own, bs->nown);
	free(bs->v);
}

/* Scores of the newest year's n offices, the pass mark as a dashed line. */
static int
score_chart(struct rdoc *d, const struct rsummary *s, size_t n,
    const struct ita_year *y, const struct ropts *o)
{
	struct barset bs;
	char title[256], desc[512];
	size_t i;
	int rc = -1;

	if (barset_alloc(&bs, n) == -1)
		goto out;
	for (i = 0; i < n; i++) {
		const struct rsum_row *r = &s->rows[i];

		bs.v[i].label = r->office;
		bs.v[i].value = r->score;
		bs.v[i].fill = rsvg_level_fill(y, r->level);
		snprintf(title, sizeof(title), "%.2f %s", r->score, r->level);
		if (keep(&bs, rtext_dup(title, 0, o)) == -1)
			goto out;
		bs.v[i].text = bs.own[bs.nown - 1];
	}
	snprintf(title, sizeof(title), o->lang == ITA_LANG_TH ?
	    "คะแนนของหน่วยงาน ปีงบประมาณ %d" : "Scores of the offices, "
	    "fiscal year %d", s->rows[0].fy);
	snprintf(desc, sizeof(desc), o->lang == ITA_LANG_TH ?
	    "แผนภูมิแท่งแนวนอน คะแนน 0 ถึง 100 ของ %zu หน่วยงาน "
	    "เส้นประคือเกณฑ์ผ่าน คะแนนและระดับอยู่ขวาของแท่ง ตารางด้านล่างมีค่าเดียวกัน" :
	    "Horizontal bars, scores from 0 to 100 of %zu offices; the "
	    "dashed line is the pass mark; score and level right of the bars; "
	    "the table below holds the same figures", n);
	rc = rdoc_add_bars(d, title, desc, bs.v, n, 100, y, o->lang);
out:
	barset_free(&bs);
	return rc;
}

/* How many of the newest year's offices are at each of its levels. */
static int
level_chart(struct rdoc *d, const struct rsummary *s, size_t n,
    const struct ita_year *y, const struct ropts *o)
{
	struct barset bs;
	char title[256], desc[512], num[32];
	size_t i, j, count, max = 1;
	int rc = -1;

	if (y == NULL || y->nlevels == 0)
		return 0;
	if (barset_alloc(&bs, y->nlevels) == -1)
		goto out;
	for (j = 0; j < y->nlevels; j++) {
		for (i = count = 0; i < n; i++)
			count += !strcmp(s->rows[i].level, y->levels[j].name);
		if (count > max)
			max = count;
		bs.v[j].label = y->levels[j].name;
		bs.v[j].value = (double)count;
		bs.v[j].fill = rsvg_level_fill(y, y->levels[j].name);
		snprintf(num, sizeof(num), "%zu", count);
		if (keep(&bs, rtext_dup(num, 0, o)) == -1)
			goto out;
		bs.v[j].text = bs.own[bs.nown - 1];
	}
	snprintf(title, sizeof(title), o->lang == ITA_LANG_TH ?
	    "จำนวนหน่วยงานในแต่ละระดับ ปีงบประมาณ %d" : "Offices per level, "
	    "fiscal year %d", y->fy);
	snprintf(desc, sizeof(desc), "%s", o->lang == ITA_LANG_TH ?
	    "แผนภูมิแท่งแนวนอน จำนวนหน่วยงานในแต่ละระดับ ตัวเลขอยู่ขวาของแท่ง" :
	    "Horizontal bars, the number of offices at each level, the count "
	    "right of the bars");
	rc = rdoc_add_bars(d, title, desc, bs.v, y->nlevels, (double)max, NULL,
	    o->lang);
out:
	barset_free(&bs);
	return rc;
}

/* Percent of a count per key: measures per office, OIT items. */
static int
count_chart(struct rdoc *d, const struct rsum_count *v, size_t n,
    const char *title, const char *desc, int item_labels,
    const struct ropts *o)
{
	struct ita_buf lb = ITA_BUF_INIT;
	struct barset bs;
	size_t i;
	int rc = -1;

	if (barset_alloc(&bs, n) == -1)
		goto out;
	for (i = 0; i < n; i++) {
		bs.v[i].value = pct(&v[i]);
		bs.v[i].fill = bs.v[i].value >= 100 ? FILL_DONE : FILL_PART;
		if (keep(&bs, pct_text(&v[i], o)) == -1)
			goto out;
		bs.v[i].text = bs.own[bs.nown - 1];
		ita_buf_clear(&lb);
		if (item_labels) {
			const char *t = v[i].title;
			size_t cut = ita_cut_width(t, strlen(t), ITEM_TITLE_W);

			if (ita_buf_adds(&lb, v[i].key) == -1 ||
			    ita_buf_adds(&lb, " ") == -1 ||
			    ita_buf_add(&lb, t, cut) == -1 ||
			    (cut < strlen(t) && ita_buf_adds(&lb, "…") == -1))
				goto out;
		} else if (ita_buf_adds(&lb, v[i].key) == -1)
			goto out;
		if (ita_buf_adds(&lb, "") == -1 ||
		    keep(&bs, rtext_dup(ita_buf_str(&lb), 0, o)) == -1)
			goto out;
		bs.v[i].label = bs.own[bs.nown - 1];
	}
	rc = rdoc_add_bars(d, title, desc, bs.v, n, 100, NULL, o->lang);
out:
	ita_buf_free(&lb);
	barset_free(&bs);
	return rc;
}

/*
 * The charts of a summary sorted newest year first (its first year's
 * offices): into d->charts.  0, or -1 on ENOMEM.
 */
int
rsum_charts(struct rdoc *d, struct rsummary *s, const struct ita_years *years,
    const struct ropts *o)
{
	const struct ita_year *y;
	size_t n;

	if (o->chart == RCHART_NONE)
		return 0;
	if (s->n > 0) {
		for (n = 0; n < s->n && s->rows[n].fy == s->rows[0].fy; n++)
			;
		y = years != NULL ? ita_years_get(years, s->rows[0].fy) : NULL;
		if (score_chart(d, s, n, y, o) == -1)
			return -1;
		if (o->chart == RCHART_ALL && level_chart(d, s, n, y, o) == -1)
			return -1;
	}
	if (o->chart != RCHART_ALL)
		return 0;
	if (s->nmeasures > 0 && count_chart(d, s->measures, s->nmeasures,
	    o->lang == ITA_LANG_TH ? "ความสำเร็จของมาตรการ รายหน่วยงาน" :
	    "Measures done, per office",
	    o->lang == ITA_LANG_TH ?
	    "แผนภูมิแท่งแนวนอน ร้อยละของมาตรการที่ดำเนินการแล้ว "
	    "ของแต่ละหน่วยงาน จำนวนที่เสร็จจากทั้งหมดอยู่ขวาของแท่ง" :
	    "Horizontal bars, the percent of each office's measures that are "
	    "done, done of all right of the bars", 0, o) == -1)
		return -1;
	if (s->nitems == 0)
		return 0;
	qsort(s->items, s->nitems, sizeof(*s->items), by_coverage);
	return count_chart(d, s->items, s->nitems < ITEMS_N ? s->nitems :
	    ITEMS_N, o->lang == ITA_LANG_TH ?
	    "ข้อ OIT ที่หน่วยงานดำเนินการน้อยที่สุด" :
	    "OIT items the fewest offices have done",
	    o->lang == ITA_LANG_TH ?
	    "แผนภูมิแท่งแนวนอน ร้อยละของหน่วยงานที่ดำเนินการข้อนั้นแล้ว "
	    "เรียงจากน้อยไปมาก จำนวนหน่วยงานอยู่ขวาของแท่ง" :
	    "Horizontal bars, the percent of offices that have done each "
	    "item, fewest first, offices done of all right of the bars", 1, o);
}

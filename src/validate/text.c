/*
 * Rules on the text of a record: canonical form (what ita-import would
 * still change), another office's name left from a copied template, and
 * a fiscal year in a title or memo that is not the report's.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "filter.h"
#include "thdate.h"
#include "thnorm.h"
#include "validate.h"

/* Office prefixes, the longer first where one starts another. */
static const char *const office_prefixes[] = {
	"องค์การบริหารส่วนตำบล", "องค์การบริหารส่วนจังหวัด", "เทศบาลตำบล",
	"เทศบาลเมือง", "เทศบาลนคร", "อบต.", "อบจ.", NULL
};

/* Words that may follow a prefix without naming an office. */
static const char *const generic_words[] = {
	"ทุก", "และ", "ใน", "ที่", "ของ", "ได้", "จะ", "ให้", "ซึ่ง", "โดย",
	"ต้อง", "แห่ง", "นี้", "นั้น", "เป็น", "มี", "ทั้ง", "หรือ", "กับ",
	"เพื่อ", "ต่าง", "อื่น", "ดังกล่าว", "เช่น", "ตาม", "จำนวน", "ฯ",
	"เป้าหมาย", "ข้างเคียง", "ใกล้เคียง", NULL
};

static size_t
prefix_len(const char *s)
{
	size_t i, n;

	for (i = 0; office_prefixes[i] != NULL; i++) {
		n = strlen(office_prefixes[i]);
		if (strncmp(s, office_prefixes[i], n) == 0)
			return n;
	}
	return 0;
}

char *
voffice_core(const char *office)
{
	while (*office == ' ')
		office++;
	office += prefix_len(office);
	while (*office == ' ')
		office++;
	return strdup(office);
}

/* 1 if text starts with name, spaces in either ignored. */
static int
starts_with_name(const char *text, const char *name)
{
	if (*name == '\0')
		return 0;
	while (*name != '\0') {
		if (*name == ' ') {
			name++;
			continue;
		}
		if (*text == ' ') {
			text++;
			continue;
		}
		if (*text != *name)
			return 0;
		text++;
		name++;
	}
	return 1;
}

static int
thai_consonant(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;

	return p[0] == 0xE0 && p[1] == 0xB8 && p[2] >= 0x81 && p[2] <= 0xAE;
}

static int
generic_after(const char *s)
{
	size_t i;

	if (!thai_consonant(s))
		return 1;
	for (i = 0; generic_words[i] != NULL; i++)
		if (strncmp(s, generic_words[i], strlen(generic_words[i])) == 0)
			return 1;
	return 0;
}

/* An excerpt from the prefix to the next space, a dozen letters at most. */
static void
name_excerpt(const char *start, const char *after, char *out, size_t sz)
{
	size_t cps = 0, n = (size_t)(after - start);

	while (after[0] != '\0' && after[0] != ' ' && after[0] != '\n' &&
	    cps < 16) {
		after++;
		while (((unsigned char)*after & 0xC0) == 0x80)
			after++;
		cps++;
	}
	n = (size_t)(after - start);
	if (n + 4 > sz)
		n = sz - 4;
	memcpy(out, start, n);
	strcpy(out + n, *after != '\0' && *after != ' ' && *after != '\n' ?
	    "..." : "");
}

/*
 * Where an office prefix may start, told by a letter of it that Thai
 * text holds seldom, so that one memchr of its last byte runs far between
 * stops (the first letters, อ and เ, are in nearly every word): ์ of
 * องค์การบริหารส่วน, ศ of เทศบาล, the '.' of อบต. and อบจ.  A prefix starts
 * where the stem is, the key's last byte off bytes before.
 */
static const struct stem_key {
	const char	*stem;
	size_t		 off;		/* of the key's last byte */
	unsigned char	 b1, b2, b3;	/* the key's UTF-8 (b3 alone: ASCII) */
} stem_keys[] = {
	{ "องค์การบริหารส่วน", 11, 0xE0, 0xB9, 0x8C },
	{ "เทศบาล", 8, 0xE0, 0xB8, 0xA8 },
	{ "อบ", 9, 0, 0, '.' }
};
#define NSTEMS	(sizeof(stem_keys) / sizeof(stem_keys[0]))
#define NONE	((size_t)-1)

/*
 * The start of the next stem i in v (n bytes) whose key is at or after
 * key; *next: where to look for the key after it.
 */
static size_t
stem_next(const char *v, size_t n, size_t key, size_t i, size_t *next)
{
	const struct stem_key *l = &stem_keys[i];
	const unsigned char *u = (const unsigned char *)v, *q;
	size_t at;

	for (; key < n; key = (size_t)(q - u) + 1) {
		if ((q = memchr(u + key, l->b3, n - key)) == NULL)
			break;
		at = (size_t)(q - u);
		if (at < l->off || (l->b1 != 0 && (q[-1] != l->b2 ||
		    q[-2] != l->b1)))
			continue;
		if (strncmp(v + at - l->off, l->stem, strlen(l->stem)) == 0) {
			*next = at + 1;
			return at - l->off;
		}
	}
	*next = n;
	return NONE;
}

static int
other_office_in(struct vstate *s, const struct ita_record *r,
    const char *field, const char *v)
{
	const char *q, *after;
	char ex[200];
	size_t at[NSTEMS], key[NSTEMS], len = strlen(v), n, i, k;

	/*
	 * The places where a stem starts, taken in the order of the text
	 * from one search per stem.
	 */
	for (i = 0; i < NSTEMS; i++)
		at[i] = stem_next(v, len, 0, i, &key[i]);
	for (;;) {
		for (k = 0, i = 1; i < NSTEMS; i++)
			if (at[i] < at[k])
				k = i;
		if (at[k] == NONE)
			break;
		q = v + at[k];
		at[k] = stem_next(v, len, key[k], k, &key[k]);
		if ((n = prefix_len(q)) == 0)
			continue;
		after = q + n;
		if (starts_with_name(after, s->rep.office_core))
			continue;
		/* A name is written onto its prefix; after a space comes
		 * the sentence ("... ตำบล รวมถึง"). */
		if (*after == ' ' || generic_after(after))
			continue;
		/* The provincial organisation of its own province. */
		if ((strncmp(q, "อบจ.", strlen("อบจ.")) == 0 ||
		    strncmp(q, "องค์การบริหารส่วนจังหวัด",
		    strlen("องค์การบริหารส่วนจังหวัด")) == 0) &&
		    starts_with_name(after, ita_get(r, ITA_COL_PROVINCE)))
			continue;
		name_excerpt(q, after, ex, sizeof(ex));
		vreport_rec(s, r, field, "office.other",
		    "field '%s' names '%s', not the report's office '%s': a "
		    "copied template?", field, ex, s->rep.office);
		return 1;
	}
	return 0;
}

void
vcheck_other_office(struct vstate *s, const struct ita_record *r)
{
	const struct ita_header *h = r->hdr;
	size_t i;
	int c;

	if (s->rep.office_core == NULL || *s->rep.office_core == '\0')
		return;
	for (i = 0; i < h->ncols; i++) {
		c = h->col[i];
		if (c < 0 || r->vals[i][0] == '\0' ||
		    (ita_cols[c].type != ITA_T_TEXT &&
		    ita_cols[c].type != ITA_T_LINE) ||
		    c == ITA_COL_OFFICE || c == ITA_COL_DISTRICT ||
		    c == ITA_COL_PROVINCE || c == ITA_COL_SOURCE ||
		    c == ITA_COL_WEBSITE)
			continue;
		other_office_in(s, r, h->names[i], r->vals[i]);
	}
}

/* A Buddhist Era year of four ASCII or Thai digits at s: its value. */
static int
year_at(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	int y = 0, i;

	for (i = 0; i < 4; i++) {
		if (*p >= '0' && *p <= '9') {
			y = y * 10 + (*p - '0');
			p++;
		} else if (p[0] == 0xE0 && p[1] == 0xB9 && p[2] >= 0x90 &&
		    p[2] <= 0x99) {
			y = y * 10 + (p[2] - 0x90);
			p += 3;
		} else
			return 0;
	}
	if ((*p >= '0' && *p <= '9') || (p[0] == 0xE0 && p[1] == 0xB9))
		return 0;
	return y;
}

/* 1 if the text before pos (in the same field) speaks of scores. */
static int
about_results(const char *start, const char *pos)
{
	static const char *const words[] = { "ผลการประเมิน", "คะแนน", NULL };
	const char *from = pos - start > 600 ? pos - 600 : start;
	const char *q;
	size_t i;

	for (i = 0; words[i] != NULL; i++)
		if ((q = strstr(from, words[i])) != NULL && q < pos)
			return 1;
	return 0;
}

static void
year_mentions_in(struct vstate *s, const struct ita_record *r,
    const char *field, const char *v)
{
	static const char *const anchors[] = { "ปีงบประมาณ", "ประจำปี", NULL };
	const char *p, *q, *y;
	char ex[200];
	size_t i;
	int year;

	for (i = 0; anchors[i] != NULL; i++)
		for (p = v; (q = strstr(p, anchors[i])) != NULL; p = y) {
			y = q + strlen(anchors[i]);
			while (*y == ' ')
				y++;
			if (strncmp(y, "พ.ศ.", strlen("พ.ศ.")) == 0)
				y += strlen("พ.ศ.");
			while (*y == ' ')
				y++;
			if ((year = year_at(y)) < ITA_BE_MIN || year > ITA_BE_MAX ||
			    year == s->rep.fy)
				continue;
			/* Last year's results are what reports speak of. */
			if (year == s->rep.fy - 1 && about_results(v, q))
				continue;
			vexcerpt(q, 30, ex, sizeof(ex));
			vreport_rec(s, r, field, "year.mismatch",
			    "field '%s': '%s' names fiscal year %d, not the "
			    "report's %d", field, ex, year, s->rep.fy);
			return;
		}
}

void
vcheck_year_mentions(struct vstate *s, const struct ita_record *r)
{
	if (s->rep.fy == 0)
		return;
	year_mentions_in(s, r, "title", ita_get(r, ITA_COL_TITLE));
	year_mentions_in(s, r, "note", ita_get(r, ITA_COL_NOTE));
}

static int
is_markup_rule(int k)
{
	return k == ITA_NORM_CHECKBOX || k == ITA_NORM_BLOCK_TAG ||
	    k == ITA_NORM_TAG || k == ITA_NORM_ENTITY ||
	    k == ITA_NORM_MARKDOWN;
}

/* form: what ita_norm_check says of v (not NFC: text.nfc says it). */
static void
text_field(struct vstate *s, const struct ita_record *r, const char *field,
    const char *v, enum ita_text_form form, struct ita_buf *out)
{
	struct ita_norm_stats st;
	struct ita_buf what = ITA_BUF_INIT;
	char ex[128];
	size_t len = strlen(v);
	int k, markup = 0;

	if (form != ITA_TEXT_NFC)
		return;
	memset(&st, 0, sizeof(st));
	if (ita_norm_cell(v, len, out, NULL, &st) == -1 ||
	    strcmp(ita_buf_str(out), v) == 0)
		return;
	vexcerpt(v, 30, ex, sizeof(ex));
	for (k = 0; k < ITA_NORM_NRULES; k++)
		markup |= st.count[k] > 0 && is_markup_rule(k);
	if (markup)
		vreport_rec(s, r, field, "text.markup",
		    "field '%s': HTML or Markdown left in '%s'; run it through "
		    "ita-import", field, ex);
	else if (st.count[ITA_NORM_THAI_DIGIT] > 0)
		vreport_rec(s, r, field, "text.digits",
		    "field '%s': Thai digits left in '%s'; run it through "
		    "ita-import", field, ex);
	else {
		for (k = 0; k < ITA_NORM_NRULES; k++)
			if (st.count[k] > 0 && ita_buf_printf(&what, "%s%s",
			    what.len ? ", " : "", ita_norm_rule_name(k)) == -1)
				break;	/* out of memory: fewer repairs */
		vreport_rec(s, r, field, "text.form",
		    "field '%s' is not in canonical form (%s): '%s'; run it "
		    "through ita-import", field, ita_buf_str(&what), ex);
		ita_buf_free(&what);
	}
}

void
vcheck_text(struct vstate *s, const struct ita_record *r)
{
	const struct ita_header *h = r->hdr;
	struct ita_buf out = ITA_BUF_INIT;
	enum ita_text_form form;
	size_t i;
	int c, known = s->form_of == r && s->form.len == h->ncols;

	for (i = 0; i < h->ncols; i++) {
		c = h->col[i];
		if (c < 0 || r->vals[i][0] == '\0' ||
		    (ita_cols[c].type != ITA_T_TEXT &&
		    ita_cols[c].type != ITA_T_LINE) ||
		    c == ITA_COL_SOURCE || c == ITA_COL_WEBSITE)
			continue;
		/* check_record found them on its way (conform.c). */
		form = known ? (enum ita_text_form)s->form.p[i] :
		    ita_norm_check(r->vals[i], strlen(r->vals[i]));
		text_field(s, r, h->names[i], r->vals[i], form, &out);
	}
	ita_buf_free(&out);
}

/*
 * Header words as OCR reads them: a letter or two wrong ("ผู้รับถิดชอบ",
 * "ลำด้บที่"), a ruling line or a bracket glued to the front ("|ผลการ").
 * The synonym nearest the cell by edit distance over code points, if
 * close enough; only the pages OCR read ask for it.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "import.h"
#include "pdf.h"
#include "thnorm.h"

#define NEAR_MAX	64	/* code points looked at */

/* The code points of s (at most NEAR_MAX); how many. */
static size_t
decode(const char *s, size_t len, utf8proc_int32_t *cp)
{
	const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
	utf8proc_ssize_t k;
	size_t n = 0, i = 0;

	while (i < len && n < NEAR_MAX) {
		if ((k = utf8proc_iterate(p + i, (utf8proc_ssize_t)(len - i),
		    &cp[n])) <= 0)
			return n;
		i += (size_t)k;
		n++;
	}
	return n;
}

/* Debris OCR makes of a ruling line, a bracket or a checkbox. */
static int
debris(utf8proc_int32_t c)
{
	return c < 0x80 && c != 0 && strchr("|[](){}'\"`.,:;!li17/\\-_=", (int)c)
	    != NULL;
}

/* Thai marks OCR drops or confuses: a tone mark, a vowel above. */
static int
light(utf8proc_int32_t c)
{
	return (c >= 0x0E48 && c <= 0x0E4C) || c == 0x0E31 ||
	    (c >= 0x0E34 && c <= 0x0E37);
}

/* Costs in half edits: a light mark dropped, added or swapped is one. */
static size_t
sub_cost(utf8proc_int32_t a, utf8proc_int32_t b)
{
	if (a == b)
		return 0;
	return light(a) && light(b) ? 1 : 2;
}

static size_t
indel_cost(utf8proc_int32_t c)
{
	return light(c) ? 1 : 2;
}

/*
 * d[j]: the edit distance (in half edits) of syn (m code points) to the
 * first j code points of key, for every j from 0 to n.
 */
static void
prefix_distances(const utf8proc_int32_t *syn, size_t m,
    const utf8proc_int32_t *key, size_t n, size_t d[NEAR_MAX + 1])
{
	size_t prev, tmp, i, j;

	d[0] = 0;
	for (j = 1; j <= n; j++)
		d[j] = d[j - 1] + indel_cost(key[j - 1]);
	for (i = 1; i <= m; i++) {
		prev = d[0];
		d[0] += indel_cost(syn[i - 1]);
		for (j = 1; j <= n; j++) {
			tmp = d[j];
			d[j] = prev + sub_cost(syn[i - 1], key[j - 1]);
			if (d[j - 1] + indel_cost(key[j - 1]) < d[j])
				d[j] = d[j - 1] + indel_cost(key[j - 1]);
			if (tmp + indel_cost(syn[i - 1]) < d[j])
				d[j] = tmp + indel_cost(syn[i - 1]);
			prev = tmp;
		}
	}
}

/*
 * The edit distance of syn to the best prefix of key that is at least
 * as long as syn less a quarter: a header cell may go on after its
 * synonym, as isyn_lookup's prefix match allows.
 */
static size_t
prefix_distance(const utf8proc_int32_t *syn, size_t m,
    const utf8proc_int32_t *key, size_t n, size_t *whole)
{
	size_t d[NEAR_MAX + 1], j, best = (size_t)-1, far = m + 2 * m / 5 + 1;

	/*
	 * A prefix more than two fifths longer than syn is further from it
	 * than isyn_lookup_near takes (every letter of the key left over is
	 * an edit): its distance need not be known, nor the whole key's
	 * when that is longer still (n - m says as much).
	 */
	prefix_distances(syn, m, key, n < far ? n : far, d);
	for (j = m - m / 4; j <= n && j <= far; j++)
		if (d[j] < best)
			best = d[j];
	*whole = n <= far ? d[n] : n - m;
	return best;
}

int
isyn_lookup_near(const struct syntab *t, const char *cell, size_t len,
    enum tkind *hint)
{
	const struct synonym *e;
	int f;

	if ((f = isyn_lookup(t, cell, len, hint)) >= 0)
		return f;
	if ((e = isyn_nearest(t, cell, len)) == NULL)
		return -1;
	*hint = e->hint;
	return e->field;
}

const struct synonym *
isyn_nearest(const struct syntab *t, const char *cell, size_t len)
{
	struct ita_buf key = ITA_BUF_INIT;
	utf8proc_int32_t kc[NEAR_MAX], sc[NEAR_MAX];
	const struct synonym *e, *best = NULL;
	size_t i, n, m, d, bestd = (size_t)-1, s0, whole;
	int full, bestfull = 0;

	if (len == 0 || len > 300 || ita_norm_key(cell, len, &key) == -1) {
		ita_buf_free(&key);
		return NULL;
	}
	n = decode(key.p ? key.p : "", key.len, kc);
	ita_buf_free(&key);
	/* a rule read as a bar, a bracket, or a leading vowel and a bar
	 * ("เ|รายงานผล") */
	for (s0 = 0; s0 < n && s0 < 2 && (debris(kc[s0]) || (s0 + 1 < n &&
	    (kc[s0] == 0x0E40 || kc[s0] == 0x0E41) && debris(kc[s0 + 1])));
	    s0++)
		continue;
	if (n - s0 < 4)
		return NULL;
	for (i = 0; i < t->n; i++) {
		e = &t->v[i];
		if (e->ncp < 4 || e->ncp > NEAR_MAX)
			continue;
		m = decode(e->key, e->klen, sc);
		if (m - m / 4 > n - s0)
			continue;
		d = prefix_distance(sc, m, kc + s0, n - s0, &whole);
		/*
		 * one edit in five letters; a synonym near the whole cell
		 * before one near its start ("ขั้นตอนการปฏิบัติ", not
		 * "ขั้นตอน", for OCR's "ขันตอนกำรปฏิบัติ"); later entries
		 * (user files) win
		 */
		full = whole * 5 <= 2 * m;
		if (full)
			d = whole;
		if (d * 5 <= 2 * m && (full > bestfull || (full == bestfull &&
		    (d < bestd || (d == bestd && m >= best->ncp))))) {
			bestd = d;
			bestfull = full;
			best = e;
		}
	}
	return best;
}

/*
 * The label of a checkbox as OCR read it ("ยังไมได้ดำเนินการ",
 * "ด๋าเนินการแล้ว"): the status phrase nearest the start of s, within
 * one edit in five letters; *used is the bytes of s it stands for.
 */
const char *
iocr_near_label(const char *s, size_t len, size_t *used)
{
	static const char *labels[] = { "ยังไม่ได้ดำเนินการ",
	    "ยังไม่ดำเนินการ", "อยู่ระหว่างดำเนินการ",
	    "อยู่ระหว่างการดำเนินการ", "ดำเนินการแล้ว", "ดำเนินการแล้วเสร็จ",
	    "ดำเนินการครบถ้วน", "ดำเนินการเรียบร้อยแล้ว" };
	utf8proc_int32_t kc[NEAR_MAX], sc[NEAR_MAX];
	const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
	size_t at[NEAR_MAX + 1], d[NEAR_MAX + 1];
	size_t j, m, n = 0, l, bestd = (size_t)-1, bestj = 0, bestm = 0;
	const char *best = NULL;
	utf8proc_ssize_t k;

	at[0] = 0;
	while (at[n] < len && n < NEAR_MAX && (k = utf8proc_iterate(p + at[n],
	    (utf8proc_ssize_t)(len - at[n]), &kc[n])) > 0) {
		at[n + 1] = at[n] + (size_t)k;
		n++;
	}
	for (l = 0; l < sizeof(labels) / sizeof(labels[0]); l++) {
		m = decode(labels[l], strlen(labels[l]), sc);
		prefix_distances(sc, m, kc, n, d);
		for (j = m - m / 4; j <= n; j++)
			if (d[j] * 5 <= 2 * m && (d[j] < bestd ||
			    (d[j] == bestd && m > bestm))) {
				bestd = d[j];
				bestj = j;
				bestm = m;
				best = labels[l];
			}
	}
	if (best != NULL)
		*used = at[bestj];
	return best;
}

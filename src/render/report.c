/*
 * A report is a run of consecutive records with the same office, fiscal
 * year and round (ita(5)); render holds one at a time for layout.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <stdlib.h>
#include <string.h>

#include "render.h"

int
rreport_same(const struct rreport *r, const struct ita_record *rec)
{
	static const enum ita_col key[] = {
		ITA_COL_OFFICE, ITA_COL_FISCAL_YEAR, ITA_COL_ROUND
	};
	size_t i;

	if (r->n == 0)
		return 1;
	/*
	 * Records without a kind column are a table of ita-stats(1): one
	 * table, whatever offices its rows name.
	 */
	if (rrecord_is_table(r->recs[0]) || rrecord_is_table(rec))
		return rrecord_is_table(r->recs[0]) && rrecord_is_table(rec);
	for (i = 0; i < sizeof(key) / sizeof(key[0]); i++)
		if (strcmp(ita_get(r->recs[0], key[i]), ita_get(rec, key[i])))
			return 0;
	return 1;
}

int
rrecord_is_table(const struct ita_record *rec)
{
	return rec->hdr->index[ITA_COL_KIND] == -1;
}

int
rreport_add(struct rreport *r, struct ita_record *rec)
{
	struct ita_record **p;
	size_t cap;

	if (r->n == r->cap) {
		cap = r->cap ? 2 * r->cap : 64;
		if ((p = realloc(r->recs, cap * sizeof(*p))) == NULL)
			return -1;
		r->recs = p;
		r->cap = cap;
	}
	r->recs[r->n++] = rec;
	return 0;
}

/* Frees the records; keeps the array for the next report. */
void
rreport_clear(struct rreport *r)
{
	size_t i;

	for (i = 0; i < r->n; i++)
		ita_record_free(r->recs[i]);
	r->n = 0;
}

/*
 * The report a record belongs to, as one string: office, fiscal year and
 * round joined by U+001F (a byte no cell of these columns holds).
 */
int
rreport_key(const struct ita_record *rec, struct ita_buf *b)
{
	ita_buf_clear(b);
	if (ita_buf_printf(b, "%s\x1f%s\x1f%s", ita_get(rec, ITA_COL_OFFICE),
	    ita_get(rec, ITA_COL_FISCAL_YEAR), ita_get(rec, ITA_COL_ROUND)) ==
	    -1 || ita_buf_adds(b, "") == -1)
		return -1;
	return 0;
}

static int
key_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Sorted, so that a stream of many reports stays fast. */
int
rkeys_add(struct rkeys *k, const char *key)
{
	size_t lo = 0, hi = k->n, mid, cap;
	char **p;
	int c;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		c = key_cmp(&key, &k->v[mid]);
		if (c == 0)
			return 1;
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	if (k->n == k->cap) {
		cap = k->cap ? 2 * k->cap : 16;
		if ((p = realloc(k->v, cap * sizeof(*p))) == NULL)
			return -1;
		k->v = p;
		k->cap = cap;
	}
	if ((key = strdup(key)) == NULL)
		return -1;
	memmove(&k->v[lo + 1], &k->v[lo], (k->n - lo) * sizeof(*k->v));
	k->v[lo] = (char *)key;
	k->n++;
	return 0;
}

void
rkeys_free(struct rkeys *k)
{
	size_t i;

	for (i = 0; i < k->n; i++)
		free(k->v[i]);
	free(k->v);
	memset(k, 0, sizeof(*k));
}

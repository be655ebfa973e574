/*
 * A report is a run of consecutive records with the same office, fiscal
 * year and round (ita(5)); render holds one at a time for layout.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <stdlib.h>
#include <string.h>

#include "render.h"
#include "report_id.h"

int
rreport_same(const struct rreport *r, const struct ita_record *rec)
{
	if (r->n == 0)
		return 1;
	/*
	 * Records without a kind column are a table of ita-stats(1): one
	 * table, whatever offices its rows name.
	 */
	if (rrecord_is_table(r->recs[0]) || rrecord_is_table(rec))
		return rrecord_is_table(r->recs[0]) && rrecord_is_table(rec);
	return ita_report_same(r->recs[0], rec);
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

	if ((p = ita_grow(r->recs, r->n, &r->cap, sizeof(*p), 64)) == NULL)
		return -1;
	r->recs = p;
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

static int
key_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Sorted, so that a stream of many reports stays fast. */
int
rkeys_add(struct rkeys *k, const char *key)
{
	size_t lo = 0, hi = k->n, mid;
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
	if ((p = ita_grow(k->v, k->n, &k->cap, sizeof(*p), 16)) == NULL)
		return -1;
	k->v = p;
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
	ita_strv_free(k->v, k->n);
	memset(k, 0, sizeof(*k));
}

/*
 * A report is a run of consecutive records with the same office, fiscal
 * year and round (ita(5)); render holds one at a time for layout.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <stdint.h>
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

/*
 * A 64-bit digest of the key (FNV-1a), never 0, which marks a free slot.
 * Only digests are kept, so that memory stays small on a stream of very
 * many reports; two keys share one with a chance of about n^2 / 2^65.
 */
static uint64_t
key_digest(const char *s)
{
	uint64_t h = ita_hash_str(ITA_HASH_INIT, s);

	return h != 0 ? h : 1;
}

static size_t
key_slot(const struct rkeys *k, uint64_t d)
{
	size_t i = (size_t)(d ^ (d >> 32)) & (k->cap - 1);

	while (k->v[i] != 0 && k->v[i] != d)
		i = (i + 1) & (k->cap - 1);
	return i;
}

/* Twice as many slots, each digest moved to its new place. */
static int
keys_grow(struct rkeys *k)
{
	struct rkeys g;
	size_t i;

	g.cap = k->cap ? 2 * k->cap : 64;
	g.n = k->n;
	if ((g.v = calloc(g.cap, sizeof(*g.v))) == NULL)
		return -1;
	for (i = 0; i < k->cap; i++)
		if (k->v[i] != 0)
			g.v[key_slot(&g, k->v[i])] = k->v[i];
	free(k->v);
	*k = g;
	return 0;
}

int
rkeys_add(struct rkeys *k, const char *key)
{
	uint64_t d = key_digest(key);
	size_t i;

	if (2 * (k->n + 1) > k->cap && keys_grow(k) == -1)
		return -1;
	i = key_slot(k, d);
	if (k->v[i] == d)
		return 1;
	k->v[i] = d;
	k->n++;
	return 0;
}

void
rkeys_free(struct rkeys *k)
{
	free(k->v);
	memset(k, 0, sizeof(*k));
}

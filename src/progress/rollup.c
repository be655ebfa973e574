/*
 * Roll-up tallies: counts per state, percent done, overdue ids.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <stdio.h>
#include <string.h>

#include "progress.h"

int
ptally_add(struct tally *t, enum pstate s, const char *id)
{
	t->items++;
	t->n[s]++;
	if (s != PS_OVERDUE)
		return 0;
	if (t->overdue.len > 0 && ita_buf_addc(&t->overdue, ' ') == -1)
		return -1;
	return ita_buf_adds(&t->overdue, id);
}

void
ptally_clear(struct tally *t)
{
	memset(t->n, 0, sizeof(t->n));
	t->items = 0;
	ita_buf_clear(&t->overdue);
}

void
ptally_free(struct tally *t)
{
	ita_buf_free(&t->overdue);
}

int
ptally_set(const struct tally *t, struct ita_record *r)
{
	static const enum ita_col cols[PS_N] = { ITA_COL_COUNT_DONE,
		ITA_COL_COUNT_ON_TRACK, ITA_COL_COUNT_DUE_SOON,
		ITA_COL_COUNT_OVERDUE, ITA_COL_COUNT_NOT_STARTED,
		ITA_COL_COUNT_NOT_DUE, ITA_COL_COUNT_UNKNOWN };
	char buf[32];
	int i;

	snprintf(buf, sizeof(buf), "%llu", t->items);
	if (ita_set(r, ITA_COL_COUNT_ITEMS, buf) == -1)
		return -1;
	for (i = 0; i < PS_N; i++) {
		snprintf(buf, sizeof(buf), "%llu", t->n[i]);
		if (ita_set(r, cols[i], buf) == -1)
			return -1;
	}
	buf[0] = '\0';
	if (t->items > 0)
		ptenths_format((long)((t->n[PS_DONE] * 1000 + t->items / 2) /
		    t->items), buf, sizeof(buf));
	if (ita_set(r, ITA_COL_DONE_PERCENT, buf) == -1 ||
	    ita_set(r, ITA_COL_OVERDUE_IDS, ita_buf_str(&t->overdue)) == -1)
		return -1;
	return 0;
}

int
prollup_per_report(enum rollup_level l)
{
	return l != ROLL_NONE && l != ROLL_MEASURE;
}

int
prollup_parse(const char *s, enum rollup_level *l)
{
	static const char *const names[] = { "measure", "section", "quarter",
		"round", "office" };
	size_t i;

	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (strcmp(s, names[i]) == 0) {
			*l = (enum rollup_level)(i + 1);
			return 0;
		}
	return -1;
}

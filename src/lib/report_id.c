/*
 * The identity of a report: office, fiscal year and round (ita(5)).
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <string.h>

#include "report_id.h"

static const enum ita_col report_cols[] = {
	ITA_COL_OFFICE, ITA_COL_FISCAL_YEAR, ITA_COL_ROUND
};
#define NREPORT_COLS (sizeof(report_cols) / sizeof(report_cols[0]))

int
ita_report_key(const struct ita_record *r, struct ita_buf *b)
{
	size_t i;

	ita_buf_clear(b);
	for (i = 0; i < NREPORT_COLS; i++)
		if ((i > 0 && ita_buf_addc(b, '\037') == -1) ||
		    ita_buf_adds(b, ita_get(r, report_cols[i])) == -1)
			return -1;
	return 0;
}

int
ita_report_same(const struct ita_record *a, const struct ita_record *b)
{
	size_t i;

	for (i = 0; i < NREPORT_COLS; i++)
		if (strcmp(ita_get(a, report_cols[i]),
		    ita_get(b, report_cols[i])) != 0)
			return 0;
	return 1;
}

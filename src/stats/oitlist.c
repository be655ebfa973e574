/*
 * The year data of a fiscal year written in a record (share/ita/years,
 * $ITA_YEARS): OIT coverage counts items done out of that year's list.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <stdlib.h>
#include <string.h>

#include "opts.h"
#include "stats.h"
#include "thdate.h"
#include "yeardata.h"

const struct ita_year *
syear_of(const struct ita_years *years, const char *fiscal_year)
{
	long fy;

	if (years == NULL || ita_parse_long(fiscal_year, ITA_BE_MIN, ITA_BE_MAX, &fy) ==
	    -1)
		return NULL;
	return ita_years_get(years, (int)fy);
}

size_t
soitlists_nitems(const struct ita_years *years, const char *fiscal_year)
{
	const struct ita_year *y = syear_of(years, fiscal_year);

	return y != NULL ? y->nitems : 0;
}

int
soitlists_index(const struct ita_years *years, const char *fiscal_year,
    const char *item)
{
	const struct ita_year *y = syear_of(years, fiscal_year);
	const struct ita_oit_item *it;

	if (y == NULL || (it = ita_year_item(y, item)) == NULL)
		return -1;
	return (int)(it - y->items);
}

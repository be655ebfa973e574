/*
 * The OIT list of each fiscal year, from the year data files (share/ita/
 * years, $ITA_YEARS): coverage counts items done out of that list.
 */
#include <stdlib.h>
#include <string.h>

#include "opts.h"
#include "stats.h"
#include "yeardata.h"

struct oitlists {
	struct ita_years *years;
};

struct oitlists *
oitlists_load(struct ita_diag *d)
{
	struct oitlists *o;

	if ((o = calloc(1, sizeof(*o))) == NULL)
		return NULL;
	if ((o->years = ita_years_load(NULL, d)) == NULL) {
		free(o);
		return NULL;
	}
	return o;
}

static const struct ita_year *
year_of(struct oitlists *o, const char *fiscal_year)
{
	long fy;

	if (o == NULL || ita_parse_long(fiscal_year, 2400, 2700, &fy) == -1)
		return NULL;
	return ita_years_get(o->years, (int)fy);
}

size_t
oitlists_nitems(struct oitlists *o, const char *fiscal_year)
{
	const struct ita_year *y = year_of(o, fiscal_year);

	return y != NULL ? y->nitems : 0;
}

int
oitlists_index(struct oitlists *o, const char *fiscal_year,
    const char *item)
{
	const struct ita_year *y = year_of(o, fiscal_year);
	const struct ita_oit_item *it;

	if (y == NULL || (it = ita_year_item(y, item)) == NULL)
		return -1;
	return (int)(it - y->items);
}

void
oitlists_free(struct oitlists *o)
{
	if (o == NULL)
		return;
	ita_years_free(o->years);
	free(o);
}

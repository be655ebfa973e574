/*
 * libFuzzer harness for the year data reader: any bytes as a year file
 * (share/ita/years/NAME.conf) on top of an empty set or of a copy of
 * itself (items_like across files) give years or [years.data]
 * diagnostics; every year loaded answers its queries without a crash.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include "buf.h"
#include "fuzz.h"
#include "yeardata.h"

FUZZ_TARGET(yeardata)
{
	static struct fuzz_file f;
	struct ita_diag d;
	struct ita_years *ys;
	const struct ita_year *y;
	const double tools[3] = { 90, 72.5, 0 };
	struct ita_buf level = ITA_BUF_INIT;
	size_t i;

	if (fuzz_file_put(&f, data, size) == -1)
		return 0;
	ita_diag_init(&d, "fuzz");
	d.err = fuzz_sink();
	if ((ys = ita_years_new()) == NULL)
		abort();
	(void)ita_years_add_path(ys, f.path, &d);
	if (size > 0 && data[0] & 1)	/* a second file redefines years */
		(void)ita_years_add_path(ys, f.path, &d);
	for (i = 0; i < ita_years_count(ys); i++) {
		y = ita_years_at(ys, i);
		(void)ita_year_item(y, "o1");
		(void)ita_year_level(y, 85.5, tools, 3, &level);
		(void)ita_year_overall(y, 80, 70, 60);
		(void)ita_year_has_level(y, "A");
	}
	ita_buf_free(&level);
	ita_years_free(ys);
	ita_diag_free(&d);
	return 0;
}

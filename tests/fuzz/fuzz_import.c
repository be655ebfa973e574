/*
 * libFuzzer harness for ita-import's document reader: any bytes, read as
 * a text export (or, when the first byte is odd, as a spreadsheet), give
 * records or diagnostics; never a crash, a hang or a leak. The synonym
 * table and year data come from $ITA_SHARE, else the share directory the
 * harness was built with (tests/fuzz/run.sh makes both absolute), and are
 * loaded once; the input file and the sinks are reused (fuzz.h).
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <iconv.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "buf.h"
#include "fuzz.h"
#include "import/import.h"
#include "lines.h"
#include "yeardata.h"

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static int
drop_record(void *ctx, struct ita_record *r)
{
	(void)ctx;
	ita_record_free(r);
	return 0;
}

static void
import_bytes(const uint8_t *data, size_t size, const struct syntab *syn,
    const struct ita_years *years)
{
	static struct fuzz_file f;
	struct imp_opts o;
	struct ita_lines lines;
	struct ita_diag d;
	struct doc *doc;

	if (fuzz_file_put(&f, data, size) == -1)
		return;
	ita_diag_init(&d, "fuzz");
	d.err = fuzz_sink();
	memset(&o, 0, sizeof(o));
	o.years = years;
	if (ita_lines_open(&lines, f.path, &d) == 0) {
		if ((doc = idoc_new(f.path, &o, syn, &d, drop_record, NULL)) !=
		    NULL) {
			iread_text(doc, &lines, (iconv_t)-1,
			    size > 0 && (data[0] & 1), &d);
			idoc_free(doc);
		} else
			ita_lines_close(&lines);
	}
	ita_diag_free(&d);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct syntab syn;
	static struct ita_years *years;
	static int loaded;
	struct ita_diag d;
	struct ita_buf b = ITA_BUF_INIT;
	const char *share;

	/* Loaded once, as a program would at start; kept for the run. */
	if (!loaded) {
		loaded = 1;
		ita_diag_init(&d, "fuzz");
		share = getenv("ITA_SHARE");
		ita_buf_printf(&b, "%s/synonyms.tsv", share ? share :
		    ITA_SHAREDIR);
		if (isyn_load(&syn, ita_buf_str(&b), 1, &d) == -1) {
			fprintf(stderr, "fuzz_import: no %s; set ITA_SHARE\n",
			    ita_buf_str(&b));
			abort();
		}
		years = ita_years_load(NULL, &d);
		ita_buf_free(&b);
		ita_diag_free(&d);
	}
	import_bytes(data, size, &syn, years);
	return fuzz_run_end();
}

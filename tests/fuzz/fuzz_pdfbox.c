/*
 * libFuzzer harness for ita-import's word-box reader (pdftotext
 * -bbox-layout XHTML and hOCR, src/import/pdfbox.c and what it feeds: the
 * Thai repairs and the layout of pdfthai.c and pdflayout.c): any bytes
 * give records or diagnostics; never a crash, a hang or a leak.  The
 * synonym table comes from $ITA_SHARE (or the share directory built in)
 * and is loaded once.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <iconv.h>
#include <string.h>

#include "buf.h"
#include "fuzz.h"
#include "import/import.h"
#include "import/pdf.h"
#include "lines.h"

static int
pdfbox_drop(void *ctx, struct ita_record *r)
{
	(void)ctx;
	ita_record_free(r);
	return 0;
}

FUZZ_TARGET(pdfbox)
{
	static struct fuzz_file f;
	static struct syntab syn;
	static int loaded;
	struct ita_buf b = ITA_BUF_INIT;
	struct imp_opts o;
	struct ita_lines lines;
	struct ita_diag d;
	struct doc *doc;
	const char *share;

	ita_diag_init(&d, "fuzz");
	d.err = fuzz_sink();
	if (!loaded) {
		loaded = 1;
		share = getenv("ITA_SHARE");
		ita_buf_printf(&b, "%s/synonyms.tsv", share ? share :
		    ITA_SHAREDIR);
		if (isyn_load(&syn, ita_buf_str(&b), 1, &d) == -1) {
			fprintf(stderr, "fuzz_pdfbox: no %s; set ITA_SHARE\n",
			    ita_buf_str(&b));
			abort();
		}
		ita_buf_free(&b);
	}
	if (fuzz_file_put(&f, data, size) == 0 &&
	    ita_lines_open(&lines, f.path, &d) == 0) {
		memset(&o, 0, sizeof(o));
		if ((doc = idoc_new(f.path, &o, &syn, &d, pdfbox_drop, NULL)) !=
		    NULL) {
			(void)import_pdfbox(doc, NULL, &lines, &d);
			idoc_free(doc);
		} else
			ita_lines_close(&lines);
	}
	ita_diag_free(&d);
	return fuzz_run_end();
}

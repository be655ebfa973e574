/*
 * libFuzzer harness for ita-import's OpenDocument text reader
 * (src/import/odt.c: .odt through zip.c, and flat .fodt; and the
 * document model it feeds, dm.c and the recognition of doc.h): any
 * bytes, read as an .odt or .fodt, give records or diagnostics; never a
 * crash, a hang or a leak.  The input is handed over in a buffer of its
 * own size, as main.c holds an original, so a read past its end is seen
 * by ASan.  The synonym table comes from $ITA_SHARE (or the share
 * directory built in) and is loaded once.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <string.h>

#include "buf.h"
#include "fuzz.h"
#include "import/import.h"
#include "import/orig.h"

static int
odt_drop(void *ctx, struct ita_record *r)
{
	(void)ctx;
	ita_record_free(r);
	return 0;
}

FUZZ_TARGET(odt)
{
	static struct syntab syn;
	static int loaded;
	struct ita_buf b = ITA_BUF_INIT;
	struct imp_opts o;
	struct ita_diag d;
	struct orig or;
	struct doc *doc;
	const char *share;
	char *buf;

	ita_diag_init(&d, "fuzz");
	d.err = fuzz_sink();
	if (!loaded) {
		loaded = 1;
		share = getenv("ITA_SHARE");
		ita_buf_printf(&b, "%s/synonyms.tsv", share ? share :
		    ITA_SHAREDIR);
		if (syn_load(&syn, ita_buf_str(&b), 1, &d) == -1) {
			fprintf(stderr, "fuzz_odt: no %s; set ITA_SHARE\n",
			    ita_buf_str(&b));
			abort();
		}
		ita_buf_free(&b);
	}
	if ((buf = malloc(size > 0 ? size : 1)) == NULL) {
		ita_diag_free(&d);
		return 0;
	}
	if (size > 0)
		memcpy(buf, data, size);
	memset(&o, 0, sizeof(o));
	memset(&or, 0, sizeof(or));
	or.name = "fuzz.odt";
	or.buf = buf;
	or.len = size;
	or.o = &o;
	or.d = &d;
	if ((doc = doc_new(or.name, &o, &syn, &d, odt_drop, NULL)) != NULL) {
		dm_init(&or.dm, doc);
		if (read_odt(&or) == 0)
			(void)dm_end(&or.dm);
		dm_free(&or.dm);
		doc_free(doc);
	}
	free(buf);
	ita_diag_free(&d);
	return 0;
}

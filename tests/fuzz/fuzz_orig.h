/*
 * What the harnesses of ita-import's readers of originals share
 * (fuzz_html.c, fuzz_odt.c): the synonym table, loaded once from
 * $ITA_SHARE (or the share directory built in), and one run of a reader
 * on the bytes, handed over in a buffer of their own size, as main.c
 * holds an original, so that a read past its end is seen by ASan.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#ifndef ITA_FUZZ_ORIG_H
#define ITA_FUZZ_ORIG_H

#include <string.h>

#include "buf.h"
#include "fuzz.h"
#include "import/import.h"
#include "import/orig.h"

static int
fuzz_orig_drop(void *ctx, struct ita_record *r)
{
	(void)ctx;
	ita_record_free(r);
	return 0;
}

static const struct syntab *
fuzz_orig_synonyms(struct ita_diag *d)
{
	static struct syntab syn;
	static int loaded;
	struct ita_buf b = ITA_BUF_INIT;
	const char *share;

	if (!loaded) {
		loaded = 1;
		share = getenv("ITA_SHARE");
		ita_buf_printf(&b, "%s/synonyms.tsv", share ? share :
		    ITA_SHAREDIR);
		if (syn_load(&syn, ita_buf_str(&b), 1, d) == -1) {
			fprintf(stderr, "fuzz: no %s; set ITA_SHARE\n",
			    ita_buf_str(&b));
			abort();
		}
		ita_buf_free(&b);
	}
	return &syn;
}

/* One run of read (read_html, read_odt) on the bytes, named name. */
static int
fuzz_orig_run(const uint8_t *data, size_t size, const char *name,
    int (*read)(struct orig *))
{
	struct imp_opts o;
	struct ita_diag d;
	struct orig or;
	struct doc *doc;
	char *buf;

	ita_diag_init(&d, "fuzz");
	d.err = fuzz_sink();
	if ((buf = malloc(size > 0 ? size : 1)) == NULL) {
		ita_diag_free(&d);
		return 0;
	}
	if (size > 0)
		memcpy(buf, data, size);
	memset(&o, 0, sizeof(o));
	memset(&or, 0, sizeof(or));
	or.name = name;
	or.buf = buf;
	or.len = size;
	or.o = &o;
	or.d = &d;
	if ((doc = doc_new(or.name, &o, fuzz_orig_synonyms(&d), &d,
	    fuzz_orig_drop, NULL)) != NULL) {
		dm_init(&or.dm, doc);
		if (read(&or) == 0)
			(void)dm_end(&or.dm);
		dm_free(&or.dm);
		doc_free(doc);
	}
	free(buf);
	ita_diag_free(&d);
	return 0;
}

#endif

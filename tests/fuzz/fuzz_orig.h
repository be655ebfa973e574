/*
 * What the harnesses of ita-import's readers of originals share
 * (fuzz_html.c, fuzz_odt.c, fuzz_docx.c, fuzz_xlsx.c, fuzz_ods.c): the
 * synonym table, loaded once from $ITA_SHARE (or the share directory
 * built in), and one run of a reader on the bytes, handed over in a
 * buffer of their own size, as main.c holds an original, so that a read
 * past its end is seen by ASan.  For the zip formats, fuzz_zip_run builds
 * the archive from XML parts apart by NUL bytes, so that the fuzzer
 * mutates the XML the readers parse, not compressed bytes whose CRC
 * check would refuse nearly every mutation.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#ifndef ITA_FUZZ_ORIG_H
#define ITA_FUZZ_ORIG_H

#include <string.h>

#include <zip.h>

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
		if (isyn_load(&syn, ita_buf_str(&b), 1, d) == -1) {
			fprintf(stderr, "fuzz: no %s; set ITA_SHARE\n",
			    ita_buf_str(&b));
			abort();
		}
		ita_buf_free(&b);
	}
	return &syn;
}

/* One run of read (iread_html, iread_odt) on the bytes, named name. */
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
	if ((doc = idoc_new(or.name, &o, fuzz_orig_synonyms(&d), &d,
	    fuzz_orig_drop, NULL)) != NULL) {
		idm_init(&or.dm, doc);
		if (read(&or) == 0)
			(void)idm_end(&or.dm);
		idm_free(&or.dm);
		idoc_free(doc);
	}
	free(buf);
	ita_diag_free(&d);
	return fuzz_run_end();
}

/*
 * The bytes as the entry name of za, stored: deflating them cost more
 * than the reader that the fuzzer is after (zlib's state is set up anew
 * for every entry).
 */
static void
fuzz_zip_add(zip_t *za, const char *name, const void *p, size_t n)
{
	zip_source_t *ps;
	zip_int64_t idx;

	if ((ps = zip_source_buffer(za, p, n, 0)) == NULL)
		return;
	if ((idx = zip_file_add(za, name, ps, 0)) < 0) {
		zip_source_free(ps);
		return;
	}
	(void)zip_set_file_compression(za, (zip_uint64_t)idx, ZIP_CM_STORE, 0);
}

/*
 * The zip of the parts of data (NUL between them) named names[0], ...
 * (a part beyond nnames is dropped; an empty one is left out), with the
 * entries of fixed (name, content pairs, NULL-ended) after them unless a
 * part has their name: then reader read runs on it.  Data that starts
 * with "PK" is a zip already and is read as it is.
 */
static int
fuzz_zip_run(const uint8_t *data, size_t size, const char *name,
    const char *const *names, size_t nnames, const char *const *fixed,
    int (*read)(struct orig *))
{
	zip_error_t err;
	zip_source_t *src;
	zip_stat_t st;
	zip_t *za;
	const uint8_t *p = data, *end = data + size, *nul;
	char *buf;
	size_t i, k;
	int have;

	/*
	 * libzip hands every entry's DOS time to mktime, which with TZ
	 * unset reads /etc/localtime again at each call; the same zone,
	 * named, is read once.
	 */
	if (getenv("TZ") == NULL && setenv("TZ", ":/etc/localtime", 0) == -1)
		abort();
	if (size >= 2 && memcmp(data, "PK", 2) == 0)
		return fuzz_orig_run(data, size, name, read);
	zip_error_init(&err);
	if ((src = zip_source_buffer_create(NULL, 0, 0, &err)) == NULL)
		return 0;
	zip_source_keep(src);
	if ((za = zip_open_from_source(src, ZIP_TRUNCATE, &err)) == NULL) {
		zip_source_free(src);
		zip_error_fini(&err);
		return 0;
	}
	for (i = 0; i < nnames && p <= end; i++, p = nul + 1) {
		if ((nul = memchr(p, '\0', (size_t)(end - p))) == NULL)
			nul = end;
		if (nul > p)
			fuzz_zip_add(za, names[i], p, (size_t)(nul - p));
		if (nul == end)
			break;
	}
	for (k = 0; fixed != NULL && fixed[k] != NULL; k += 2) {
		for (have = 0, i = 0; i < nnames; i++)
			if (strcmp(names[i], fixed[k]) == 0 &&
			    zip_name_locate(za, names[i], 0) >= 0)
				have = 1;
		if (!have)
			fuzz_zip_add(za, fixed[k], fixed[k + 1],
			    strlen(fixed[k + 1]));
	}
	if (zip_close(za) < 0) {
		zip_discard(za);
		zip_source_free(src);
		zip_error_fini(&err);
		return 0;
	}
	buf = NULL;
	zip_stat_init(&st);
	if (zip_source_stat(src, &st) == 0 && (st.valid & ZIP_STAT_SIZE) &&
	    zip_source_open(src) == 0) {
		if ((buf = malloc(st.size + 1)) != NULL &&
		    zip_source_read(src, buf, st.size) == (zip_int64_t)st.size)
			(void)fuzz_orig_run((const uint8_t *)buf, st.size, name,
			    read);
		zip_source_close(src);
	}
	free(buf);
	zip_source_free(src);
	zip_error_fini(&err);
	return 0;
}

#endif

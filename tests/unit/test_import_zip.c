/*
 * Unit tests of reading zip entries (src/import/zip.c): izip_read gives
 * each entry whole and NUL-terminated, an empty one, a small one and one
 * larger than its 64 KB reads, and holds a small entry in a buffer of
 * about its own size, not 128 KB (every part of every document did).
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE		/* malloc_usable_size */
#endif
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <malloc.h>
#include <stdlib.h>
#include <string.h>

#include <zip.h>

#include "diag.h"
#include "import/import.h"
#include "import/zip.h"

enum { BIG = 200000 };

/* A zip of the entries (name, bytes, length), deflated, into *len. */
static char *
make_zip(const char *const *names, char *const *data, const size_t *lens,
    size_t n, size_t *len)
{
	zip_error_t err;
	zip_source_t *src, *ps;
	zip_stat_t st;
	zip_t *za;
	char *buf;
	size_t i;

	zip_error_init(&err);
	src = zip_source_buffer_create(NULL, 0, 0, &err);
	assert_non_null(src);
	zip_source_keep(src);
	za = zip_open_from_source(src, ZIP_TRUNCATE, &err);
	assert_non_null(za);
	for (i = 0; i < n; i++) {
		ps = zip_source_buffer(za, data[i], lens[i], 0);
		assert_non_null(ps);
		assert_true(zip_file_add(za, names[i], ps, 0) >= 0);
	}
	assert_int_equal(zip_close(za), 0);
	zip_stat_init(&st);
	assert_int_equal(zip_source_stat(src, &st), 0);
	assert_int_equal(zip_source_open(src), 0);
	buf = malloc(st.size);
	assert_non_null(buf);
	assert_true(zip_source_read(src, buf, st.size) ==
	    (zip_int64_t)st.size);
	zip_source_close(src);
	zip_source_free(src);
	zip_error_fini(&err);
	*len = st.size;
	return buf;
}

static void
test_izip_read(void **state)
{
	static const char *const names[] = { "empty", "small", "big" };
	char *data[3], *zbuf, *out;
	size_t lens[3] = { 0, 5, BIG }, zlen, len, i;
	struct imp_opts o;
	struct ita_diag d;
	struct orig or;
	struct izip *z;

	(void)state;
	data[0] = "";
	data[1] = "<a/>\n";
	data[2] = malloc(BIG);
	assert_non_null(data[2]);
	for (i = 0; i < BIG; i++)
		data[2][i] = (char)('a' + i % 26);
	zbuf = make_zip(names, data, lens, 3, &zlen);
	ita_diag_init(&d, "test");
	memset(&o, 0, sizeof(o));
	memset(&or, 0, sizeof(or));
	or.name = "t.zip";
	or.buf = zbuf;
	or.len = zlen;
	or.o = &o;
	or.d = &d;
	z = izip_open(&or);
	assert_non_null(z);
	for (i = 0; i < 3; i++) {
		assert_int_equal(izip_read(z, names[i], &out, &len), 1);
		assert_int_equal(len, lens[i]);
		assert_memory_equal(out, data[i], len);
		assert_int_equal(out[len], '\0');
		/* the size the entry gives, not 128 KB */
		if (i < 2)
			assert_true(malloc_usable_size(out) < 1024);
		free(out);
	}
	assert_int_equal(izip_read(z, "none", &out, &len), 0);
	assert_null(out);
	izip_close(z);
	assert_int_equal(d.nerror, 0);
	ita_diag_free(&d);
	free(zbuf);
	free(data[2]);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_izip_read),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

/*
 * The line reader: a small file costs a buffer of its size, not two
 * blocks (every fuzzed input and every file of a batch is one), and
 * whatever the file's size says (a file that grows, a /proc file of size
 * 0), every byte is read.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "lib/lines.h"

/* A temporary file holding n bytes of pattern (lines of 'a'..'z'). */
static void
make_file(char *path, size_t n)
{
	FILE *fp;
	size_t i;
	int fd;

	strcpy(path, "/tmp/test_lines.XXXXXX");
	assert_true((fd = mkstemp(path)) >= 0);
	assert_non_null(fp = fdopen(fd, "w"));
	for (i = 0; i < n; i++)
		assert_int_not_equal(fputc(i % 27 == 26 ? '\n' : 'a' + i % 27,
		    fp), EOF);
	assert_int_equal(fclose(fp), 0);
}

/* Every byte of the file through ita_lines_next: their count. */
static size_t
count_bytes(const char *path, struct ita_lines *l, int keep_open)
{
	struct ita_diag d;
	const char *s;
	size_t len, total = 0;
	int r;

	ita_diag_init(&d, "test");
	assert_int_equal(ita_lines_open(l, path, &d), 0);
	while ((r = ita_lines_next(l, &s, &len, &d)) == 1)
		total += len;
	assert_int_equal(r, 0);
	if (!keep_open)
		ita_lines_close(l);
	ita_diag_free(&d);
	return total;
}

static void
test_small_file_small_buffer(void **state)
{
	struct ita_lines l;
	char path[64];

	(void)state;
	make_file(path, 100);
	assert_int_equal(count_bytes(path, &l, 1), 100);
	/* Before: 128 KiB for 100 bytes. */
	assert_true(l.cap <= 1024);
	ita_lines_close(&l);
	unlink(path);
}

static void
test_sizes_around_a_block(void **state)
{
	static const size_t sizes[] = { 0, 1, 65535, 65536, 65537, 300001 };
	struct ita_lines l;
	char path[64];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++) {
		make_file(path, sizes[i]);
		assert_int_equal(count_bytes(path, &l, 0), sizes[i]);
		unlink(path);
	}
}

/*
 * ita_lines_take gives the bytes ita_lines_read copies, in the same
 * pieces, after a peek too (the XML reader feeds libxml2 so).
 */
static void
test_take_as_read(void **state)
{
	struct ita_lines a, b;
	struct ita_diag d;
	const char *p, *q;
	char buf[5000], path[64];
	ssize_t n, m;

	(void)state;
	ita_diag_init(&d, "test");
	make_file(path, 300001);
	assert_int_equal(ita_lines_open(&a, path, &d), 0);
	assert_int_equal(ita_lines_open(&b, path, &d), 0);
	assert_true(ita_lines_peek(&a, 100, &p, &d) >= 100);
	assert_true(ita_lines_peek(&b, 100, &q, &d) >= 100);
	do {
		n = ita_lines_read(&a, buf, sizeof(buf), &d);
		m = ita_lines_take(&b, sizeof(buf), &q, &d);
		assert_int_equal(n, m);
		if (n > 0)
			assert_memory_equal(buf, q, (size_t)n);
	} while (n > 0);
	ita_lines_close(&a);
	ita_lines_close(&b);
	ita_diag_free(&d);
	unlink(path);
}

static void
test_file_that_grows(void **state)
{
	struct ita_diag d;
	struct ita_lines l;
	const char *s;
	char path[64];
	size_t len, total = 0, i;
	FILE *fp;
	int r;

	(void)state;
	make_file(path, 10);
	ita_diag_init(&d, "test");
	assert_int_equal(ita_lines_open(&l, path, &d), 0);
	assert_non_null(fp = fopen(path, "a"));
	for (i = 0; i < 200000; i++)
		assert_int_not_equal(fputc(i % 50 == 49 ? '\n' : 'b', fp), EOF);
	assert_int_equal(fclose(fp), 0);
	while ((r = ita_lines_next(&l, &s, &len, &d)) == 1)
		total += len;
	assert_int_equal(r, 0);
	assert_int_equal(total, 200010);
	ita_lines_close(&l);
	ita_diag_free(&d);
	unlink(path);
}

/* /proc files say size 0 and have bytes: all of them are read. */
static void
test_size_that_lies(void **state)
{
	struct ita_lines l;
	char buf[8192];
	size_t want;
	FILE *fp;

	(void)state;
	assert_non_null(fp = fopen("/proc/self/cmdline", "r"));
	want = fread(buf, 1, sizeof(buf), fp);
	fclose(fp);
	assert_true(want > 0);
	assert_int_equal(count_bytes("/proc/self/cmdline", &l, 0), want);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_small_file_small_buffer),
		cmocka_unit_test(test_sizes_around_a_block),
		cmocka_unit_test(test_take_as_read),
		cmocka_unit_test(test_file_that_grows),
		cmocka_unit_test(test_size_that_lies),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

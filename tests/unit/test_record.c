/*
 * Records and headers: lookup, growth, user columns, provenance.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "lib/record.h"

static struct ita_header *
hdr(const char *csv)
{
	char buf[512], *names[32], *p, *save = NULL;
	size_t n = 0;

	snprintf(buf, sizeof(buf), "%s", csv);
	for (p = strtok_r(buf, ",", &save); p != NULL;
	    p = strtok_r(NULL, ",", &save))
		names[n++] = p;
	return ita_header_new(names, n);
}

static void
test_lookup(void **state)
{
	struct ita_header *h = hdr("kind,my col,id,title");

	(void)state;
	assert_int_equal(h->ncols, 4);
	assert_int_equal(h->index[ITA_COL_KIND], 0);
	assert_int_equal(h->index[ITA_COL_ID], 2);
	assert_int_equal(h->index[ITA_COL_STATUS], -1);
	assert_int_equal(h->col[1], -1);
	assert_int_equal(ita_header_find(h, "my col"), 1);
	assert_int_equal(ita_header_find(h, "nope"), -1);
	ita_header_unref(h);
}

static void
test_get_set(void **state)
{
	struct ita_header *h = hdr("kind,id");
	struct ita_record *r = ita_record_new(h);

	(void)state;
	assert_string_equal(ita_get(r, ITA_COL_KIND), "");
	assert_string_equal(ita_get(r, ITA_COL_TITLE), "");
	assert_int_equal(ita_set(r, ITA_COL_KIND, "measure"), 0);
	assert_string_equal(ita_get(r, ITA_COL_KIND), "measure");
	/* A column the header lacks is added at the end. */
	assert_int_equal(ita_set(r, ITA_COL_STATUS, "done"), 0);
	assert_int_equal(r->hdr->ncols, 3);
	assert_string_equal(r->hdr->names[2], "status");
	assert_string_equal(ita_get(r, ITA_COL_KIND), "measure");
	assert_int_equal(ita_set_name(r, "ผล", "ดี"), 0);
	assert_string_equal(ita_get_name(r, "ผล"), "ดี");
	assert_int_equal(r->hdr->ncols, 4);
	ita_record_free(r);
	ita_header_unref(h);
}

static void
test_grow_is_shared(void **state)
{
	struct ita_header *h = hdr("kind,id");
	struct ita_record *a = ita_record_new(h), *b = ita_record_new(h);

	(void)state;
	ita_set(a, ITA_COL_STATUS, "done");
	ita_set(b, ITA_COL_STATUS, "in_progress");
	/* Records grown the same way share one header: one CSV header row. */
	assert_ptr_equal(a->hdr, b->hdr);
	ita_record_free(a);
	ita_record_free(b);
	ita_header_unref(h);
}

static void
test_same(void **state)
{
	struct ita_header *a = hdr("kind,id"), *b = hdr("kind,id");
	struct ita_header *c = hdr("kind,title");

	(void)state;
	assert_true(ita_header_same(a, b));
	assert_false(ita_header_same(a, c));
	assert_false(ita_header_same(a, NULL));
	ita_header_unref(a);
	ita_header_unref(b);
	ita_header_unref(c);
}

static void
test_canonical(void **state)
{
	struct ita_header *h = ita_header_canonical();

	(void)state;
	assert_string_equal(h->names[0], "ita");
	assert_string_equal(h->names[1], "kind");
	assert_int_equal(h->index[ITA_COL_LINE], ITA_COL_LINE);
	ita_header_unref(h);
}

static void
test_provenance(void **state)
{
	struct ita_header *h = hdr("kind,id,source,line");
	struct ita_record *r = ita_record_new(h);
	struct ita_loc l;

	(void)state;
	r->loc.file = "stream.csv";
	r->loc.line = 7;
	l = ita_record_loc(r);
	assert_string_equal(l.file, "stream.csv");
	assert_int_equal(l.line, 7);
	ita_set(r, ITA_COL_SOURCE, "report.txt");
	ita_set(r, ITA_COL_LINE, "57");
	l = ita_record_loc(r);
	assert_string_equal(l.file, "report.txt");
	assert_int_equal(l.line, 57);
	ita_set(r, ITA_COL_LINE, "x");
	l = ita_record_loc(r);
	assert_int_equal(l.line, 0);
	ita_record_free(r);
	ita_header_unref(h);
}

static void
test_schema(void **state)
{
	(void)state;
	assert_int_equal(ita_col_lookup("kind"), ITA_COL_KIND);
	assert_int_equal(ita_col_lookup("Kind"), -1);
	assert_true(ita_vocab_has(ITA_COL_STATUS, "done"));
	assert_false(ita_vocab_has(ITA_COL_STATUS, "Done"));
	assert_true(ita_vocab_has(ITA_COL_TITLE, "anything"));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_lookup),
		cmocka_unit_test(test_get_set),
		cmocka_unit_test(test_grow_is_shared),
		cmocka_unit_test(test_same),
		cmocka_unit_test(test_canonical),
		cmocka_unit_test(test_provenance),
		cmocka_unit_test(test_schema),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

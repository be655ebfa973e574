/*
 * Reading and writing the stream: forms, quoting, headers, errors.
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
#include <utf8proc.h>

#include "lib/read.h"
#include "lib/stream.h"
#include "lib/utf8.h"

struct fixture {
	char		 path[64];
	struct ita_diag	 diag;
	char		*errbuf;
	size_t		 errlen;
};

static int
setup(void **state)
{
	struct fixture *f = calloc(1, sizeof(*f));

	if (f == NULL)
		return -1;
	strcpy(f->path, "/tmp/ita-test-XXXXXX");
	close(mkstemp(f->path));
	ita_diag_init(&f->diag, "test");
	f->diag.err = open_memstream(&f->errbuf, &f->errlen);
	*state = f;
	return 0;
}

static int
teardown(void **state)
{
	struct fixture *f = *state;

	unlink(f->path);
	fclose(f->diag.err);
	free(f->errbuf);
	ita_diag_free(&f->diag);
	free(f);
	return 0;
}

static void
put_file(struct fixture *f, const char *s, size_t n)
{
	FILE *fp = fopen(f->path, "wb");

	assert_non_null(fp);
	assert_int_equal(fwrite(s, 1, n, fp), n);
	fclose(fp);
}

/* Reads the file and writes it in fmt; returns the malloc'd text. */
static char *
convert(struct fixture *f, enum ita_format fmt, unsigned long long *nrec)
{
	char *files[1] = { f->path }, *out = NULL;
	struct ita_input *in = ita_input_new(files, 1, &f->diag);
	struct ita_writer *w;
	struct ita_record *r;
	size_t len = 0;
	FILE *fp = open_memstream(&out, &len);
	struct ita_wopts c = { .format = fmt };

	w = ita_writer_new(fp, &c, &f->diag);
	while (ita_input_next(in, &r) == 1) {
		assert_int_equal(ita_writer_put(w, r), 0);
		ita_record_free(r);
	}
	*nrec = ita_input_records(in);
	ita_writer_end(w);
	ita_input_free(in);
	fclose(fp);
	fflush(f->diag.err);
	return out;
}

static void
test_csv_minimal_quoting(void **state)
{
	struct fixture *f = *state;
	const char *in = "kind,id,title\n"
	    "measure,m1,\"a, b\"\n"
	    "measure,m2,\"say \"\"hi\"\"\"\n"
	    "measure,m3,\"two\nlines\"\n"
	    "measure,m4,\"quoted but plain\"\n"
	    "measure,m5, spaces kept \n";
	const char *want = "kind,id,title\n"
	    "measure,m1,\"a, b\"\n"
	    "measure,m2,\"say \"\"hi\"\"\"\n"
	    "measure,m3,\"two\nlines\"\n"
	    "measure,m4,quoted but plain\n"
	    "measure,m5, spaces kept \n";
	unsigned long long n;
	char *out;

	put_file(f, in, strlen(in));
	out = convert(f, ITA_FMT_CSV, &n);
	assert_int_equal(n, 5);
	assert_string_equal(out, want);
	assert_int_equal(f->diag.nerror, 0);
	free(out);
}

static void
test_line_numbers(void **state)
{
	struct fixture *f = *state;
	const char *in = "kind,id,title\n"
	    "measure,m1,\"two\nlines\"\n"
	    "\n"
	    "measure,m2,x\n";
	char *files[1] = { f->path };
	struct ita_input *inp;
	struct ita_record *r;

	put_file(f, in, strlen(in));
	inp = ita_input_new(files, 1, &f->diag);
	assert_int_equal(ita_input_next(inp, &r), 1);
	assert_int_equal(r->loc.line, 2);
	ita_record_free(r);
	assert_int_equal(ita_input_next(inp, &r), 1);
	assert_int_equal(r->loc.line, 5);
	assert_string_equal(ita_get(r, ITA_COL_ID), "m2");
	ita_record_free(r);
	assert_int_equal(ita_input_next(inp, &r), 0);
	ita_input_free(inp);
}

static void
test_tsv_escapes_roundtrip(void **state)
{
	struct fixture *f = *state;
	const char *in = "kind,id,title\nmeasure,m1,\"tab\there\nand \\ slash\"\n";
	unsigned long long n;
	char *tsv, *csv;

	put_file(f, in, strlen(in));
	tsv = convert(f, ITA_FMT_TSV, &n);
	assert_string_equal(tsv, "kind\tid\ttitle\n"
	    "measure\tm1\ttab\\there\\nand \\\\ slash\n");
	put_file(f, tsv, strlen(tsv));
	csv = convert(f, ITA_FMT_CSV, &n);
	assert_string_equal(csv, in);
	free(tsv);
	free(csv);
}

static void
test_xml_roundtrip(void **state)
{
	struct fixture *f = *state;
	const char *in = "kind,id,my col,title\n"
	    "measure,m1,,\"<b>&amp; \"\"q\"\"\r\nx\"\n"
	    "measure,m2,v,\n";
	unsigned long long n;
	char *xml, *csv;

	put_file(f, in, strlen(in));
	xml = convert(f, ITA_FMT_XML, &n);
	assert_non_null(strstr(xml, "<field name=\"my col\">v</field>"));
	assert_non_null(strstr(xml, "&lt;b&gt;&amp;amp;"));
	put_file(f, xml, strlen(xml));
	csv = convert(f, ITA_FMT_CSV, &n);
	assert_int_equal(n, 2);
	assert_string_equal(csv, in);
	free(xml);
	free(csv);
}

static void
test_detect(void **state)
{
	(void)state;
	assert_int_equal(ita_detect_format("kind,id\n", 8), ITA_FMT_CSV);
	assert_int_equal(ita_detect_format("kind\tid\n", 8), ITA_FMT_TSV);
	assert_int_equal(ita_detect_format("a,b\tc\n", 6), ITA_FMT_CSV);
	assert_int_equal(ita_detect_format("\xef\xbb\xbf  <ita", 9), ITA_FMT_XML);
	assert_int_equal(ita_detect_format("", 0), ITA_FMT_CSV);
	/* a first line of blank names and a tab is TSV, whatever follows */
	assert_int_equal(ita_detect_format(" \t\n<\tm\n", 7), ITA_FMT_TSV);
	assert_int_equal(ita_detect_format("\t\r\n{\n", 5), ITA_FMT_TSV);
	assert_int_equal(ita_detect_format(" \n\t<ita", 7), ITA_FMT_XML);
	assert_int_equal(ita_detect_format("\t<x\tkind\n", 10), ITA_FMT_TSV);
	/* the escape TSV writes before a first name's '{' */
	assert_int_equal(ita_detect_format("\\{x\tkind\n", 10), ITA_FMT_TSV);
	assert_int_equal(ita_detect_format(" {x\n", 5), ITA_FMT_JSONL);
	/* and of its commas, which before the first tab would tell CSV */
	assert_int_equal(ita_detect_format("a\\,b\tkind\n", 11), ITA_FMT_TSV);
	assert_int_equal(ita_detect_format("a,b\\\tkind\n", 11), ITA_FMT_CSV);
}

/* A BOM is dropped from the start of a line only, and only whole. */
static void
test_skip_bom(void **state)
{
	const char *line;
	size_t len;

	(void)state;
	line = "\xef\xbb\xbfkind,id\n";
	len = strlen(line);
	ita_rd_skip_bom(&line, &len);
	assert_int_equal(len, 8);
	assert_memory_equal(line, "kind,id\n", 8);
	/* every BOM, so that none starts the first field */
	line = "\xef\xbb\xbf\xef\xbb\xbfkind";
	len = strlen(line);
	ita_rd_skip_bom(&line, &len);
	assert_int_equal(len, 4);
	line = "\xef\xbb";
	len = 2;
	ita_rd_skip_bom(&line, &len);
	assert_int_equal(len, 2);
	line = "a\xef\xbb\xbf";
	len = 4;
	ita_rd_skip_bom(&line, &len);
	assert_int_equal(len, 4);
	assert_int_equal(line[0], 'a');
}

static void
test_header_repeats(void **state)
{
	struct fixture *f = *state;
	const char *in = "kind,id\nmeasure,m1\nkind,id,title\nmeasure,m2,t\n";
	unsigned long long n;
	char *out;

	put_file(f, in, strlen(in));
	out = convert(f, ITA_FMT_CSV, &n);
	assert_int_equal(n, 2);
	assert_string_equal(out, in);
	free(out);
}

static void
test_errors_counted(void **state)
{
	struct fixture *f = *state;
	const char *in = "kind,id\nmeasure\nmeasure,m2\nmea\"sure,m3\n";
	char *files[1] = { f->path };
	struct ita_input *inp;
	struct ita_record *r;

	put_file(f, in, strlen(in));
	inp = ita_input_new(files, 1, &f->diag);
	assert_int_equal(ita_input_next(inp, &r), 1);
	assert_string_equal(ita_get(r, ITA_COL_ID), "m2");
	ita_record_free(r);
	assert_int_equal(ita_input_next(inp, &r), 0);
	assert_int_equal(ita_input_rejected(inp), 2);
	assert_int_equal(f->diag.nerror, 2);
	assert_int_equal(f->diag.status, ITA_EXIT_DATA);
	ita_input_free(inp);
}

static void
test_csv_field_writer(void **state)
{
	char *out = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&out, &len);

	(void)state;
	ita_csv_field(fp, "plain ไทย");
	putc('|', fp);
	ita_csv_field(fp, "");
	putc('|', fp);
	ita_csv_field(fp, "cr\ronly");
	fclose(fp);
	assert_string_equal(out, "plain ไทย||\"cr\ronly\"");
	free(out);
}

static void
test_utf8(void **state)
{
	size_t off = 99;

	(void)state;
	assert_int_equal(ita_utf8_check("ไทย ok", 12, &off), ITA_UTF8_OK);
	assert_int_equal(ita_utf8_check("a\xff", 2, &off), ITA_UTF8_INVALID);
	assert_int_equal(off, 1);
	assert_int_equal(ita_utf8_check("\xc0\x80", 2, &off), ITA_UTF8_INVALID);
	assert_int_equal(ita_utf8_check("\xed\xa0\x80", 3, &off),
	    ITA_UTF8_INVALID);
	assert_int_equal(ita_utf8_check("\xe0\xb8", 2, &off), ITA_UTF8_INVALID);
	assert_int_equal(ita_utf8_check("a\0b", 3, &off), ITA_UTF8_NUL);
	assert_int_equal(ita_utf8_check("a\x01", 2, &off), ITA_UTF8_CONTROL);
	assert_int_equal(ita_utf8_check("\t\r\n", 3, &off), ITA_UTF8_OK);
	/* Thai two letters at a time: what ends the run is still found. */
	assert_int_equal(ita_utf8_check("ไทยไทยไทย\xff", 28, &off),
	    ITA_UTF8_INVALID);
	assert_int_equal(off, 27);
	assert_int_equal(ita_utf8_check("ไทยไทย\x01", 19, &off),
	    ITA_UTF8_CONTROL);
	assert_int_equal(off, 18);
	assert_int_equal(ita_utf8_check("ไทยไท\xe0\xa4\xb0ย", 21, &off),
	    ITA_UTF8_OK);
	assert_int_equal(ita_utf8_check("ไทยไทยไ\xe0\xb8", 23, &off),
	    ITA_UTF8_INVALID);
	assert_int_equal(off, 21);
	assert_int_equal(ita_utf8_check("ไทยไ\xe0\xb8\x41ทย", 21, &off),
	    ITA_UTF8_INVALID);
	assert_int_equal(off, 12);
	assert_int_equal(ita_utf8_column("ไทยx", 9), 4);
	/* น้ำ is NFC; tone mark before sara u is not (canonical order). */
	assert_true(ita_utf8_is_nfc("น้ำ", strlen("น้ำ")));
	assert_true(ita_utf8_is_nfc("นุ้", strlen("นุ้")));
	assert_false(ita_utf8_is_nfc("นุ้", strlen("นุ้")));
	assert_false(ita_utf8_is_nfc("e\xcc\x81", 3));
	assert_true(ita_utf8_is_nfc("\xc3\xa9", 2));
}

static void
test_thai_ccc(void **state)
{
	uint32_t c;

	(void)state;
	/* The hard-coded classes agree with utf8proc's tables. */
	for (c = 0x0E00; c <= 0x0E7F; c++)
		assert_int_equal(ita_thai_ccc(c),
		    utf8proc_get_property((utf8proc_int32_t)c)->combining_class);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_csv_minimal_quoting, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_line_numbers, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_tsv_escapes_roundtrip,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_xml_roundtrip, setup,
		    teardown),
		cmocka_unit_test(test_detect),
		cmocka_unit_test(test_skip_bom),
		cmocka_unit_test_setup_teardown(test_header_repeats, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_errors_counted, setup,
		    teardown),
		cmocka_unit_test(test_csv_field_writer),
		cmocka_unit_test(test_utf8),
		cmocka_unit_test(test_thai_ccc),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

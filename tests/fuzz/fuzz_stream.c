/*
 * libFuzzer harness for the stream reader and writer: any bytes, read as
 * CSV, TSV or XML (told by content), give records or diagnostics, never a
 * crash, a hang or a leak; and what is read writes back in each form to a
 * stream that reads back to the same records: write(read(write(x))) is
 * write(x), byte for byte, in CSV, TSV and XML.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <string.h>

#include "fuzz.h"
#include "stream.h"

/* Records of the file f, written in form fmt to a string; its length. */
static size_t
stream_rewrite(struct fuzz_file *f, enum ita_format fmt, char **out,
    unsigned long long *nrec)
{
	struct ita_wopts c = { .format = ITA_FMT_CSV };
	struct ita_diag d;
	struct ita_input *in;
	struct ita_writer *w;
	struct ita_record *r;
	char *files[1] = { f->path };
	size_t len = 0;
	FILE *mem;

	*out = NULL;
	*nrec = 0;
	ita_diag_init(&d, "fuzz");
	d.err = fuzz_sink();
	if ((mem = open_memstream(out, &len)) == NULL)
		abort();
	c.format = fmt;
	w = ita_writer_new(mem, &c, &d);
	if (w != NULL && (in = ita_input_new(files, 1, &d)) != NULL) {
		while (ita_input_next(in, &r) == 1) {
			ita_writer_put(w, r);
			ita_record_free(r);
			(*nrec)++;
		}
		ita_input_free(in);
	}
	if (w != NULL)
		ita_writer_end(w);
	fclose(mem);
	ita_diag_free(&d);
	return len;
}

/* 1 if the text of n bytes holds a blank line. */
static int
blank_line(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (s[i] == '\n' && (i == 0 || s[i - 1] == '\n'))
			return 1;
	return 0;
}

FUZZ_TARGET(stream)
{
	static struct fuzz_file src, again;
	unsigned long long n1, n2;
	char *once, *twice;
	size_t l1, l2;
	int fmt;

	if (fuzz_file_put(&src, data, size) == -1)
		return 0;
	for (fmt = ITA_FMT_CSV; fmt <= ITA_FMT_JSONL; fmt++) {
		l1 = stream_rewrite(&src, (enum ita_format)fmt, &once, &n1);
		if (fuzz_file_put(&again, once, l1) == -1)
			abort();
		l2 = stream_rewrite(&again, (enum ita_format)fmt, &twice, &n2);
		/*
		 * An empty stream still writes a header or an XML shell.  A
		 * TSV stream of one column reads as CSV, and TSV has no way
		 * to write one empty field (a blank line, which readers
		 * skip) under a later header of one column (ita(5)): not a
		 * round trip of TSV.
		 */
		if (fmt == ITA_FMT_TSV && l1 > 0 &&
		    (memchr(once, '\t', strcspn(once, "\n")) == NULL ||
		    blank_line(once, l1))) {
			free(once);
			free(twice);
			continue;
		}
		if (n1 != n2 || l1 != l2 || memcmp(once, twice, l1) != 0) {
			fprintf(stderr, "round trip in form %d: %llu records "
			    "became %llu\n", fmt, n1, n2);
			abort();
		}
		free(once);
		free(twice);
	}
	return fuzz_run_end();
}

/*
 * One form of the stream, fuzzed alone (fuzz_csv.c, fuzz_tsv.c,
 * fuzz_xml.c define FUZZ_FORM_PREFIX and FUZZ_FORM_NAME): the prefix fixes
 * the form the reader detects, the fuzzer writes the rest. Every record
 * read is written back in the same form; no crash, hang or leak.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <string.h>

#include "fuzz.h"
#include "stream.h"

FUZZ_TARGET(FUZZ_FORM_NAME)
{
	static struct fuzz_file f;
	static char *buf;
	static size_t cap;
	const size_t plen = sizeof(FUZZ_FORM_PREFIX) - 1;
	struct ita_wopts c = { .format = ITA_FMT_CSV };
	struct ita_diag d;
	struct ita_input *in;
	struct ita_writer *w;
	struct ita_record *r;
	char *files[1];

	if (plen + size > cap) {
		cap = plen + size;
		if ((buf = realloc(buf, cap)) == NULL)
			abort();
	}
	memcpy(buf, FUZZ_FORM_PREFIX, plen);
	if (size > 0)
		memcpy(buf + plen, data, size);
	if (fuzz_file_put(&f, buf, plen + size) == -1)
		return 0;
	files[0] = f.path;
	ita_diag_init(&d, "fuzz");
	d.err = fuzz_sink();
	c.format = ita_detect_format(buf, plen);
	w = ita_writer_new(fuzz_sink(), &c, &d);
	if (w != NULL && (in = ita_input_new(files, 1, &d)) != NULL) {
		while (ita_input_next(in, &r) == 1) {
			ita_writer_put(w, r);
			ita_record_free(r);
		}
		ita_input_free(in);
	}
	if (w != NULL)
		ita_writer_end(w);
	ita_diag_free(&d);
	return fuzz_run_end();
}

#undef FUZZ_FORM_PREFIX
#undef FUZZ_FORM_NAME

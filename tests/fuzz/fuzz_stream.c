/*
 * libFuzzer harness for the stream reader and writer: any bytes, read as
 * CSV, TSV or XML, must give records or diagnostics, never a crash, a
 * hang or a leak; what is read must write back in all three forms.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

#include "stream.h"

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct ita_diag d;
	struct ita_input *in;
	struct ita_writer *w[3];
	struct ita_record *r;
	char path[64], *files[1] = { path };
	FILE *sink;
	int fd, i;

	if ((fd = memfd_create("fuzz", 0)) == -1)
		return 0;
	if (write(fd, data, size) != (ssize_t)size) {
		close(fd);
		return 0;
	}
	snprintf(path, sizeof(path), "/proc/self/fd/%d", fd);
	ita_diag_init(&d, "fuzz");
	if ((d.err = fopen("/dev/null", "w")) == NULL ||
	    (sink = fopen("/dev/null", "w")) == NULL)
		abort();
	for (i = 0; i < 3; i++)
		w[i] = ita_writer_new(sink, (enum ita_format)i, 0, 0);
	if ((in = ita_input_new(files, 1, &d)) != NULL) {
		while (ita_input_next(in, &r) == 1) {
			for (i = 0; i < 3; i++)
				ita_writer_put(w[i], r);
			ita_record_free(r);
		}
		ita_input_free(in);
	}
	for (i = 0; i < 3; i++)
		ita_writer_end(w[i]);
	fclose(sink);
	fclose(d.err);
	ita_diag_free(&d);
	close(fd);
	return 0;
}

/*
 * What the harnesses share: an input handed to the code under test as a
 * file (one memfd reused for every run, so a run costs no open or close),
 * a sink for output and diagnostics, and FUZZ_TARGET, which names the
 * entry point: LLVMFuzzerTestOneInput for libFuzzer, or fuzz_NAME when a
 * unit test includes several harnesses to replay their corpora
 * (FUZZ_REPLAY defined).
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#ifndef ITA_FUZZ_H
#define ITA_FUZZ_H

#include <sys/syscall.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include <libxml/xmlerror.h>

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

struct fuzz_file {
	int	 fd;
	char	 path[64];	/* /proc/self/fd/N: opened by name */
};

/* The bytes as the file's whole content; 0, or -1. */
static inline int
fuzz_file_put(struct fuzz_file *f, const void *data, size_t size)
{
	const char *p = data;
	ssize_t n;
	off_t off;

	if (f->path[0] == '\0') {
		/*
		 * By its system call: glibc declares memfd_create only under
		 * _GNU_SOURCE, too late here when a harness's own system
		 * headers came first (an implicit declaration).
		 */
		if ((f->fd = (int)syscall(SYS_memfd_create, "fuzz", 0)) == -1)
			return -1;
		snprintf(f->path, sizeof(f->path), "/proc/self/fd/%d", f->fd);
	}
	/*
	 * Written over the last input, then cut to size: truncating to 0
	 * first would free the file's pages and fault new ones in each run.
	 */
	off = 0;
	while ((size_t)off < size) {
		if ((n = pwrite(f->fd, p + off, size - (size_t)off, off)) <= 0)
			return -1;
		off += n;
	}
	if (ftruncate(f->fd, (off_t)size) == -1)
		return -1;
	return lseek(f->fd, 0, SEEK_SET) == -1 ? -1 : 0;
}

/* /dev/null, opened once for the whole run. */
static inline FILE *
fuzz_sink(void)
{
	static FILE *sink;

	if (sink == NULL && (sink = fopen("/dev/null", "w")) == NULL)
		abort();
	return sink;
}

/*
 * The end of a run.  libxml2 keeps a copy of the last error, strings it
 * allocates, from one run to the next: a run whose error has more of
 * them than the last one's ends with more allocations than frees, which
 * libFuzzer takes for a possible leak and runs the input again (about a
 * fifth of the runs of the document readers).  Forgotten here, every
 * run frees what it allocated.
 */
static inline int
fuzz_run_end(void)
{
	xmlResetLastError();
	return 0;
}

#endif

/* Outside the guard: a unit test may define FUZZ_REPLAY between two. */
#undef FUZZ_TARGET
#ifdef FUZZ_REPLAY
#define FUZZ_TARGET(name) FUZZ_REPLAY_ENTRY(name)
#define FUZZ_REPLAY_ENTRY(name) \
	static int fuzz_##name(const uint8_t *data, size_t size)
#else
#define FUZZ_TARGET(name) \
	int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
#endif

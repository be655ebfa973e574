/*
 * The frame of a filter program: options, input stream, safe output and
 * the exit status, so that each program's main holds only its own logic.
 *
 *	struct ita_filter f;
 *	if ((rc = ita_filter_init(&f, &prog, argc, argv, own, ctx)) != -1)
 *		return rc;		(usage error, or --help)
 *	while (ita_filter_next(&f, &rec))
 *		... ita_filter_put(&f, rec) ...
 *	return ita_filter_end(&f);
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#ifndef ITA_FILTER_H
#define ITA_FILTER_H

#include "diag.h"
#include "opts.h"
#include "output.h"
#include "record.h"
#include "stream.h"

struct ita_filter {
	struct ita_diag		 diag;
	struct ita_common	 common;
	struct ita_input	*in;
	struct ita_out		 out;
	struct ita_writer	*w;	/* made at the first record */
	int			 stream; /* 0 for programs that write documents */
	char			**files;
	int			 nfiles;
	unsigned long long	 nout;	/* records written */
};

/*
 * The start and the end of every program, ita_filter_init's and
 * ita_filter_end's too, for a program with a loop of its own (ita-import).
 * Start: the diagnostics named for the program, the signals of a safe
 * output, the options (--help and --version exit); returns the index of
 * the first operand, or -1 on a usage error, reported, with the status
 * to exit with (2, or 3 if memory failed) in diag and diag freed.
 * End: the summary of nrecords records, unless output went to a closed
 * pipe; frees diag and returns the exit status.
 */
int	ita_prog_start(struct ita_diag *, struct ita_common *,
	    const struct ita_prog *, int argc, char *argv[],
	    int (*own)(void *, int, const char *), void *ctx);
int	ita_prog_end(struct ita_diag *, const struct ita_out *,
	    unsigned long long nrecords);

/*
 * Parses options and opens input and output. Returns -1 when the program
 * should go on, else the exit status to return at once (diag freed).
 * With stream 0 no record writer is made (ita-render writes documents).
 */
int	ita_filter_init(struct ita_filter *, const struct ita_prog *, int argc,
	    char *argv[], int (*own)(void *, int, const char *), void *ctx,
	    int stream);
/*
 * For a program whose options decide whether it writes a stream or a
 * document (ita-stats --pretty): after ita_filter_init, before the first
 * record goes out.
 */
void	ita_filter_set_stream(struct ita_filter *, int stream);
/* The next input record: 1, or 0 at the end or once output failed. */
int	ita_filter_next(struct ita_filter *, struct ita_record **);
/* Writes a record and frees it; 0, or -1 when output failed. */
int	ita_filter_put(struct ita_filter *, struct ita_record *);
/*
 * Ends a writer (NULL: none) and closes the output, keeping -o FILE
 * unless usage or the system failed; for programs with their own loop.
 */
int	ita_output_finish(struct ita_out *, struct ita_writer *,
	    struct ita_diag *);
/* Writes a header with no record under it (an empty table). */
int	ita_filter_header(struct ita_filter *, struct ita_header *);
/*
 * Finishes the output (commits -o FILE only when nothing failed badly),
 * prints the summary and returns the exit status.
 */
int	ita_filter_end(struct ita_filter *);

/* Where a record's diagnostics point, and a diagnostic about it. */
void	ita_diag_record(struct ita_diag *, const struct ita_record *,
	    const char *field, enum ita_severity, const char *rule,
	    const char *fmt, ...) __attribute__((format(printf, 6, 7)));
void	ita_vdiag_record(struct ita_diag *, const struct ita_record *,
	    const char *field, enum ita_severity, const char *rule,
	    const char *fmt, va_list) __attribute__((format(printf, 6, 0)));

#endif

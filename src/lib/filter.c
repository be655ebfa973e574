/* SPDX-License-Identifier: ISC (see the file LICENSE) */
#include <stdlib.h>
#include <string.h>

#include "filter.h"
#include "width.h"

int
ita_prog_start(struct ita_diag *d, struct ita_common *c,
    const struct ita_prog *p, int argc, char *argv[],
    int (*own)(void *, int, const char *), void *ctx)
{
	int first;

	ita_diag_init(d, p->name);
	ita_out_signals();
	if ((first = ita_opts_parse(p, argc, argv, c, d, own, ctx)) == -1) {
		/* an option that failed for want of memory keeps its 3 */
		if (d->status == 0)
			ita_diag_raise(d, ITA_EXIT_USAGE);
		ita_diag_free(d);
	}
	return first;
}

int
ita_prog_end(struct ita_diag *d, const struct ita_out *out,
    unsigned long long nrecords)
{
	/* After a closed pipe no one reads on, a summary least of all. */
	if (!out->epipe)
		ita_diag_summary(d, nrecords);
	ita_diag_free(d);
	return d->status;
}

int
ita_filter_init(struct ita_filter *f, const struct ita_prog *p, int argc,
    char *argv[], int (*own)(void *, int, const char *), void *ctx,
    int stream)
{
	int first, rc;

	memset(f, 0, sizeof(*f));
	if ((first = ita_prog_start(&f->diag, &f->common, p, argc, argv, own,
	    ctx)) == -1)
		return f->diag.status;
	f->files = argv + first;
	f->nfiles = argc - first;
	if (ita_out_apart(f->common.output, f->files, f->nfiles, &f->diag) ==
	    -1)
		rc = ITA_EXIT_USAGE;
	else if ((f->in = ita_input_new(f->files, f->nfiles, &f->diag)) ==
	    NULL)
		rc = ITA_EXIT_IO;
	else if (ita_out_open(&f->out, f->common.output, &f->diag) == -1) {
		ita_input_free(f->in);
		rc = ITA_EXIT_IO;
	} else {
		f->stream = stream;
		return -1;
	}
	/* what the options kept (overrides of rules) goes with the diag */
	ita_diag_free(&f->diag);
	return rc;
}

/*
 * The writer is made when the first record goes out (or at the end), so
 * that a program can still refuse its options without printing anything.
 */
static int
writer(struct ita_filter *f)
{
	struct ita_wopts wo = { f->common.format, f->common.crlf,
	    f->common.bom, f->common.formula_guard };

	if (f->w == NULL && (f->w = ita_writer_new(f->out.fp, &wo,
	    &f->diag)) == NULL) {
		ita_diag_sys(&f->diag, "output");
		return -1;
	}
	return 0;
}

void
ita_filter_set_stream(struct ita_filter *f, int stream)
{
	f->stream = stream;
}

int
ita_filter_next(struct ita_filter *f, struct ita_record **rec)
{
	if (!ita_out_ok(&f->out)) {
		*rec = NULL;
		return 0;
	}
	return ita_input_next(f->in, rec);
}

int
ita_filter_put(struct ita_filter *f, struct ita_record *rec)
{
	int rc;

	rc = writer(f) == -1 ? -1 : ita_writer_put(f->w, rec);
	ita_record_free(rec);
	/* ita_out_ok first: it tells a closed pipe by errno, still EPIPE */
	if (!ita_out_ok(&f->out) || rc == -1)
		return -1;
	f->nout++;
	return 0;
}

int
ita_filter_header(struct ita_filter *f, struct ita_header *h)
{
	if (writer(f) == -1 || ita_writer_header(f->w, h) == -1 ||
	    !ita_out_ok(&f->out))
		return -1;
	return 0;
}

int
ita_output_finish(struct ita_out *out, struct ita_writer *w,
    struct ita_diag *d)
{
	if (w != NULL && ita_writer_end(w) == -1 && ita_out_ok(out))
		ita_diag_msg(d, ITA_EXIT_IO, "cannot write the output");
	/*
	 * Data errors still give a complete output (the good records);
	 * usage errors and failures of the system leave the old file.
	 */
	return ita_out_close(out, d->status <= ITA_EXIT_DATA, d);
}

int
ita_filter_end(struct ita_filter *f)
{
	unsigned long long n;

	/* An empty stream is still a stream (an XML document). */
	if (f->stream && f->diag.status <= ITA_EXIT_DATA)
		(void)writer(f);
	ita_output_finish(&f->out, f->w, &f->diag);
	f->w = NULL;
	n = ita_input_records(f->in) + ita_input_rejected(f->in);
	ita_input_free(f->in);
	f->in = NULL;
	return ita_prog_end(&f->diag, &f->out, n);
}

void
ita_diag_record(struct ita_diag *d, const struct ita_record *r,
    const char *field, enum ita_severity sev, const char *rule,
    const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	ita_vdiag_record(d, r, field, sev, rule, fmt, ap);
	va_end(ap);
}

void
ita_vdiag_record(struct ita_diag *d, const struct ita_record *r,
    const char *field, enum ita_severity sev, const char *rule,
    const char *fmt, va_list ap)
{
	struct ita_diagnostic dg;
	char msg[1024], ctx[1024];
	const char *id, *title;
	size_t tlen;

	if ((sev = ita_diag_severity(d, rule, sev)) == ITA_SEV_OFF)
		return;
	vsnprintf(msg, sizeof(msg), ita_tr(fmt), ap);
	memset(&dg, 0, sizeof(dg));
	dg.loc = ita_record_loc(r);
	dg.sev = sev;
	dg.rule = rule;
	id = ita_get(r, ITA_COL_ID);
	dg.record = *id ? id : NULL;
	dg.field = field;
	dg.message = msg;
	title = ita_get(r, ITA_COL_TITLE);
	/* A line's worth of the title, cut between grapheme clusters. */
	tlen = ita_cut_width(title, strlen(title), 60);
	snprintf(ctx, sizeof(ctx), "record %s%s%.*s", *id ? id : "(no id)",
	    *title ? ": " : "", (int)tlen, title);
	ita_diag_full(d, &dg, ctx);
}

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"

static const char *const sev_names[] = { "note", "warning", "error" };

void
ita_diag_init(struct ita_diag *d, const char *prog)
{
	memset(d, 0, sizeof(*d));
	d->prog = prog;
	d->err = stderr;
}

void
ita_diag_free(struct ita_diag *d)
{
	size_t i;

	for (i = 0; i < d->nover; i++)
		free(d->over[i].rule);
	free(d->over);
	d->over = NULL;
	d->nover = 0;
}

int
ita_diag_override(struct ita_diag *d, const char *rule, enum ita_severity sev)
{
	struct ita_rule_override *o;
	size_t i;

	for (i = 0; i < d->nover; i++)
		if (strcmp(d->over[i].rule, rule) == 0) {
			d->over[i].sev = sev;
			return 0;
		}
	o = realloc(d->over, (d->nover + 1) * sizeof(*o));
	if (o == NULL)
		return -1;
	d->over = o;
	if ((o[d->nover].rule = strdup(rule)) == NULL)
		return -1;
	o[d->nover].sev = sev;
	d->nover++;
	return 0;
}

enum ita_severity
ita_diag_severity(const struct ita_diag *d, const char *rule,
    enum ita_severity dflt)
{
	size_t i;

	if (rule == NULL)
		return dflt;
	for (i = 0; i < d->nover; i++)
		if (strcmp(d->over[i].rule, rule) == 0)
			return d->over[i].sev;
	return dflt;
}

void
ita_diag_raise(struct ita_diag *d, int status)
{
	if (status > d->status)
		d->status = status;
}

void
ita_diag_full(struct ita_diag *d, const struct ita_diagnostic *dg,
    const char *context)
{
	const struct ita_loc *l = &dg->loc;

	switch (dg->sev) {
	case ITA_SEV_OFF:
		return;
	case ITA_SEV_ERROR:
		d->nerror++;
		ita_diag_raise(d, ITA_EXIT_DATA);
		break;
	case ITA_SEV_WARNING:
		d->nwarning++;
		break;
	case ITA_SEV_NOTE:
		d->nnote++;
		break;
	}
	if (d->sink != NULL)
		d->sink(d->sink_ctx, dg);
	if (d->sink_only || (d->quiet && dg->sev != ITA_SEV_ERROR))
		return;
	fprintf(d->err, "%s", l->file != NULL ? l->file : "<stdin>");
	if (l->line > 0)
		fprintf(d->err, ":%lu", l->line);
	if (l->col > 0)
		fprintf(d->err, ":%lu", l->col);
	fprintf(d->err, ": %s: %s", sev_names[dg->sev], dg->message);
	if (dg->rule != NULL)
		fprintf(d->err, " [%s]", dg->rule);
	fputc('\n', d->err);
	if (d->verbose && context != NULL && *context != '\0')
		fprintf(d->err, "    %s\n", context);
}

void
ita_vdiag_at(struct ita_diag *d, const struct ita_loc *loc,
    enum ita_severity sev, const char *rule, const char *context,
    const char *fmt, va_list ap)
{
	struct ita_diagnostic dg;
	char msg[1024];

	sev = ita_diag_severity(d, rule, sev);
	if (sev == ITA_SEV_OFF)
		return;
	vsnprintf(msg, sizeof(msg), fmt, ap);
	memset(&dg, 0, sizeof(dg));
	dg.loc = *loc;
	dg.sev = sev;
	dg.rule = rule;
	dg.message = msg;
	ita_diag_full(d, &dg, context);
}

void
ita_diag_at(struct ita_diag *d, const struct ita_loc *loc,
    enum ita_severity sev, const char *rule, const char *context,
    const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	ita_vdiag_at(d, loc, sev, rule, context, fmt, ap);
	va_end(ap);
}

void
ita_diag_sys(struct ita_diag *d, const char *fmt, ...)
{
	va_list ap;
	int e = errno;

	fprintf(d->err, "%s: ", d->prog);
	va_start(ap, fmt);
	vfprintf(d->err, fmt, ap);
	va_end(ap);
	fprintf(d->err, ": %s\n", strerror(e));
	ita_diag_raise(d, ITA_EXIT_IO);
}

void
ita_diag_msg(struct ita_diag *d, int status, const char *fmt, ...)
{
	va_list ap;

	fprintf(d->err, "%s: ", d->prog);
	va_start(ap, fmt);
	vfprintf(d->err, fmt, ap);
	va_end(ap);
	fputc('\n', d->err);
	ita_diag_raise(d, status);
}

void
ita_diag_usage(struct ita_diag *d, const char *fmt, ...)
{
	va_list ap;

	fprintf(d->err, "%s: ", d->prog);
	va_start(ap, fmt);
	vfprintf(d->err, fmt, ap);
	va_end(ap);
	fprintf(d->err, "\nTry '%s --help' for more information.\n", d->prog);
	ita_diag_raise(d, ITA_EXIT_USAGE);
}

void
ita_format_count(unsigned long long n, char *out, size_t size)
{
	char digits[32];
	size_t len, i, o = 0;

	len = (size_t)snprintf(digits, sizeof(digits), "%llu", n);
	for (i = 0; i < len && o + 1 < size; i++) {
		if (i > 0 && (len - i) % 3 == 0 && o + 2 < size)
			out[o++] = ',';
		out[o++] = digits[i];
	}
	out[o] = '\0';
}

/* ", 3 errors": a count and its noun, nothing when the count is 0. */
static void
put_count(FILE *fp, unsigned long long n, const char *what, int *first)
{
	char num[40];

	if (n == 0)
		return;
	ita_format_count(n, num, sizeof(num));
	fprintf(fp, "%s%s %s%s", *first ? "" : ", ", num, what,
	    n == 1 ? "" : "s");
	*first = 0;
}

void
ita_diag_summary(struct ita_diag *d, unsigned long long nrecords)
{
	char num[40];
	int first = 1;

	if (d->quiet || (d->nerror + d->nwarning + d->nnote == 0 &&
	    !d->verbose))
		return;
	fprintf(d->err, "%s: ", d->prog);
	put_count(d->err, d->nerror, "error", &first);
	put_count(d->err, d->nwarning, "warning", &first);
	put_count(d->err, d->nnote, "note", &first);
	if (first)
		fputs("no problems", d->err);
	ita_format_count(nrecords, num, sizeof(num));
	fprintf(d->err, " in %s record%s\n", num, nrecords == 1 ? "" : "s");
}

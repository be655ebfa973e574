/* SPDX-License-Identifier: ISC (see the file LICENSE) */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "i18n.h"

static const char *const sev_names[] = { "note", "warning", "error" };

void
ita_diag_init(struct ita_diag *d, const char *prog)
{
	memset(d, 0, sizeof(*d));
	d->prog = prog;
	d->err = stderr;
	d->max_per_rule = ITA_MAX_ERRORS;
	ita_i18n_init();
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
	for (i = 0; i < d->ncount; i++)
		free(d->count[i].rule);
	free(d->count);
	d->count = NULL;
	d->ncount = 0;
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

/*
 * Whether one more line of this rule may be shown under --max-errors;
 * a rule whose count cannot be kept (no memory) is always shown.
 */
static int
under_cap(struct ita_diag *d, const char *rule)
{
	struct ita_rule_count *c;
	size_t i;

	if (d->max_per_rule == 0 || rule == NULL)
		return 1;
	for (i = 0; i < d->ncount; i++)
		if (strcmp(d->count[i].rule, rule) == 0)
			break;
	if (i == d->ncount) {
		c = realloc(d->count, (d->ncount + 1) * sizeof(*c));
		if (c == NULL)
			return 1;
		d->count = c;
		if ((c[i].rule = strdup(rule)) == NULL)
			return 1;
		c[i].shown = c[i].more = 0;
		d->ncount++;
	}
	c = &d->count[i];
	if (c->shown < d->max_per_rule) {
		c->shown++;
		return 1;
	}
	c->more++;
	return 0;
}

/*
 * Text from the data (a file name, a value quoted in a message) reaches a
 * terminal: C0 controls but the tab, DEL and C1 controls are written as
 * U+FFFD, as every writer writes them (ita(5)), so that no escape sequence
 * passes and a diagnostic stays one line.
 */
static void
put_safe(FILE *fp, const char *s)
{
	const unsigned char *p = (const unsigned char *)s, *run = p;

	for (; *p != '\0'; p++) {
		if ((*p >= 0x20 && *p != 0x7f && !(*p == 0xc2 && p[1] >= 0x80 &&
		    p[1] <= 0x9f)) || *p == '\t')
			continue;
		fwrite(run, 1, (size_t)(p - run), fp);
		fputs("\xef\xbf\xbd", fp);
		if (*p == 0xc2)
			p++;
		run = p + 1;
	}
	fwrite(run, 1, (size_t)(p - run), fp);
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
	if (!under_cap(d, dg->rule))
		return;
	put_safe(d->err, l->file != NULL ? l->file : "<stdin>");
	if (l->line > 0)
		fprintf(d->err, ":%lu", l->line);
	if (l->col > 0)
		fprintf(d->err, ":%lu", l->col);
	fprintf(d->err, ": %s: ", sev_names[dg->sev]);
	put_safe(d->err, dg->message);
	if (dg->rule != NULL)
		fprintf(d->err, " [%s]", dg->rule);
	fputc('\n', d->err);
	if (d->verbose && context != NULL && *context != '\0') {
		fputs("    ", d->err);
		put_safe(d->err, context);
		fputc('\n', d->err);
	}
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
	memset(&dg, 0, sizeof(dg));
	/* under -q a warning or note that no sink takes is only counted */
	if (d->quiet && sev != ITA_SEV_ERROR && d->sink == NULL) {
		dg.loc = *loc;
		dg.sev = sev;
		dg.rule = rule;
		dg.message = "";
		ita_diag_full(d, &dg, context);
		return;
	}
	vsnprintf(msg, sizeof(msg), ita_tr(fmt), ap);
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

/* "prog: message[: tail]" and a newline: the line of every message. */
static void
say(struct ita_diag *d, const char *tail, const char *fmt, va_list ap)
{
	char msg[1024];

	fprintf(d->err, "%s: ", d->prog);
	vsnprintf(msg, sizeof(msg), ita_tr(fmt), ap);
	put_safe(d->err, msg);
	if (tail != NULL) {
		fputs(": ", d->err);
		put_safe(d->err, tail);
	}
	fputc('\n', d->err);
}

void
ita_diag_sys(struct ita_diag *d, const char *fmt, ...)
{
	va_list ap;
	int e = errno;

	va_start(ap, fmt);
	say(d, strerror(e), fmt, ap);
	va_end(ap);
	ita_diag_raise(d, ITA_EXIT_IO);
}

void
ita_diag_msg(struct ita_diag *d, int status, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	say(d, NULL, fmt, ap);
	va_end(ap);
	ita_diag_raise(d, status);
}

void
ita_diag_usage(struct ita_diag *d, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	say(d, NULL, fmt, ap);
	va_end(ap);
	fprintf(d->err, ita_tr("Try '%s --help' for more information."),
	    d->prog);
	fputc('\n', d->err);
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

/* A message with its one %s replaced by s (no printf: it is a variable). */
static void
put_subst(FILE *fp, const char *msg, const char *s)
{
	const char *p;

	if ((p = strstr(msg, "%s")) == NULL) {
		fputs(msg, fp);
		return;
	}
	fprintf(fp, "%.*s%s%s", (int)(p - msg), msg, s, p + 2);
}

/* ", 3 errors": a count and its noun, nothing when the count is 0. */
static void
put_count(FILE *fp, unsigned long long n, const char *one, const char *many,
    int *first)
{
	char num[40];

	if (n == 0)
		return;
	ita_format_count(n, num, sizeof(num));
	if (!*first)
		fputs(ita_tr(", "), fp);
	put_subst(fp, ita_ntr(one, many, n), num);
	*first = 0;
}

/* The rules whose lines --max-errors held back, one line each. */
static void
put_held_back(struct ita_diag *d)
{
	char num[40];
	size_t i;

	for (i = 0; i < d->ncount; i++) {
		if (d->count[i].more == 0)
			continue;
		ita_format_count(d->count[i].more, num, sizeof(num));
		fprintf(d->err, "%s: ", d->prog);
		fprintf(d->err, ita_ntr("%s more diagnostic not shown "
		    "(--max-errors=0 shows all)", "%s more diagnostics not shown "
		    "(--max-errors=0 shows all)", d->count[i].more), num);
		fprintf(d->err, " [%s]\n", d->count[i].rule);
	}
}

void
ita_diag_summary(struct ita_diag *d, unsigned long long nrecords)
{
	char num[40];
	int first = 1;

	put_held_back(d);
	if (d->quiet || (d->nerror + d->nwarning + d->nnote == 0 &&
	    !d->verbose))
		return;
	fprintf(d->err, "%s: ", d->prog);
	put_count(d->err, d->nerror, "%s error", "%s errors", &first);
	put_count(d->err, d->nwarning, "%s warning", "%s warnings", &first);
	put_count(d->err, d->nnote, "%s note", "%s notes", &first);
	if (first)
		fputs(ita_tr("no problems"), d->err);
	ita_format_count(nrecords, num, sizeof(num));
	fprintf(d->err, ita_ntr(" in %s record", " in %s records", nrecords),
	    num);
	fputc('\n', d->err);
}

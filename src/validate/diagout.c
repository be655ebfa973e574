/*
 * --report=csv|xml FILE: the diagnostics as a table for spreadsheets and
 * scripts, one row per diagnostic (file, line, record, field, rule,
 * severity, message), written through the diag sink.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <stdio.h>
#include <string.h>

#include "chars.h"
#include "diagout.h"
#include "escape.h"
#include "stream.h"

static const char *const sev_names[] = { "note", "warning", "error" };

/*
 * s as a writer may pass it on (chars.h), in b; no warning, for this is
 * a copy of a diagnostic, which quotes the data the writer warns about.
 */
static const char *
clean(const char *s, struct ita_buf *b)
{
	if (s == NULL || ita_chars_scan(s, strlen(s)) == strlen(s) ||
	    ita_chars_clean(s, strlen(s), b) == -1)
		return s;
	return ita_buf_str(b);
}

/* What XML text's markup characters become (attribute values too). */
static const char *const xml_esc[128] = {
	['<'] = "&lt;", ['>'] = "&gt;", ['&'] = "&amp;", ['"'] = "&quot;"
};

static void
xml_text(FILE *fp, const char *s)
{
	struct ita_buf b = ITA_BUF_INIT;

	if ((s = clean(s, &b)) != NULL)
		ita_put_escaped(fp, s, strlen(s), xml_esc);
	ita_buf_free(&b);
}

static void
xml_attr(FILE *fp, const char *name, const char *v)
{
	if (v == NULL)
		return;
	fprintf(fp, " %s=\"", name);
	xml_text(fp, v);
	fputc('"', fp);
}

static void
sink(void *ctx, const struct ita_diagnostic *dg)
{
	struct diagout *o = ctx;
	struct ita_buf b = ITA_BUF_INIT;
	FILE *fp = o->out.fp;
	char line[32];
	int sev = dg->sev < 0 ? 0 : dg->sev;

	if (!ita_out_ok(&o->out))
		return;
	snprintf(line, sizeof(line), "%lu", dg->loc.line);
	if (o->xml) {
		fputs("<diagnostic", fp);
		xml_attr(fp, "file", dg->loc.file != NULL ? dg->loc.file :
		    "<stdin>");
		if (dg->loc.line > 0)
			xml_attr(fp, "line", line);
		xml_attr(fp, "record", dg->record);
		xml_attr(fp, "field", dg->field);
		xml_attr(fp, "rule", dg->rule);
		xml_attr(fp, "severity", sev_names[sev]);
		fputc('>', fp);
		xml_text(fp, dg->message);
		fputs("</diagnostic>\n", fp);
		return;
	}
	ita_csv_cell(fp, clean(dg->loc.file != NULL ? dg->loc.file :
	    "<stdin>", &b), o->guard);
	fputc(',', fp);
	if (dg->loc.line > 0)
		fputs(line, fp);
	fputc(',', fp);
	ita_csv_cell(fp, clean(dg->record != NULL ? dg->record : "", &b),
	    o->guard);
	fputc(',', fp);
	ita_csv_cell(fp, clean(dg->field != NULL ? dg->field : "", &b),
	    o->guard);
	fputc(',', fp);
	ita_csv_cell(fp, dg->rule != NULL ? dg->rule : "", o->guard);
	fprintf(fp, ",%s,", sev_names[sev]);
	ita_csv_cell(fp, clean(dg->message, &b), o->guard);
	ita_buf_free(&b);
	fputc('\n', fp);
}

int
vdiagout_open(struct diagout *o, const char *path, int xml, int guard,
    struct ita_diag *d)
{
	memset(o, 0, sizeof(*o));
	o->xml = xml;
	o->guard = guard;
	if (ita_out_open(&o->out, path, d) == -1)
		return -1;
	if (xml)
		fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
		    "<diagnostics>\n", o->out.fp);
	else
		fputs("file,line,record,field,rule,severity,message\n",
		    o->out.fp);
	o->open = 1;
	d->sink = sink;
	d->sink_ctx = o;
	d->sink_only = 1;
	return 0;
}

int
vdiagout_close(struct diagout *o, struct ita_diag *d)
{
	if (!o->open)
		return 0;
	d->sink = NULL;
	d->sink_only = 0;
	o->open = 0;
	if (o->xml && ita_out_ok(&o->out))
		fputs("</diagnostics>\n", o->out.fp);
	return ita_out_close(&o->out, 1, d);
}

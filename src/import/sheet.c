/*
 * Rows of a workbook's sheet into the document model, the sheet --sheet
 * names, and cell values as text (sheet.h).
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "grow.h"
#include "sheet.h"
#include "zip.h"

static int
zread(void *ctx, char *buf, int len)
{
	return izip_fread(ctx, buf, len);
}

static int
zclose(void *ctx)
{
	(void)ctx;
	return 0;
}

static void
quiet(void *ctx, xmlErrorPtr e)
{
	(void)ctx;
	(void)e;
}

xmlTextReaderPtr
isheet_reader(struct izip_file *zf, const char *buf, size_t len)
{
	const int opts = XML_PARSE_NONET | XML_PARSE_NOERROR |
	    XML_PARSE_NOWARNING;
	xmlTextReaderPtr r;

	if (zf != NULL)
		r = xmlReaderForIO(zread, zclose, zf, NULL, NULL, opts);
	else
		r = len < 0x7fffffff ? xmlReaderForMemory(buf, (int)len, NULL,
		    NULL, opts) : NULL;
	if (r != NULL)
		xmlTextReaderSetStructuredErrorHandler(r,
		    quiet, NULL);
	return r;
}

int
ixr_is(xmlTextReaderPtr r, const char *name)
{
	const xmlChar *n = xmlTextReaderConstLocalName(r);

	return n != NULL && strcmp((const char *)n, name) == 0;
}

int
ixr_attr(xmlTextReaderPtr r, const char *name, char *out, size_t n)
{
	const xmlChar *v;
	int found = 0;

	if (xmlTextReaderMoveToFirstAttribute(r) != 1)
		return 0;
	do {
		if (ixr_is(r, name) &&
		    (v = xmlTextReaderConstValue(r)) != NULL) {
			snprintf(out, n, "%s", (const char *)v);
			found = 1;
			break;
		}
	} while (xmlTextReaderMoveToNextAttribute(r) == 1);
	xmlTextReaderMoveToElement(r);
	return found;
}

void
isheet_diag(struct orig *or, unsigned long line, enum ita_severity sev,
    const char *rule, const char *fmt, ...)
{
	va_list ap;

	if (or->quiet)
		return;
	va_start(ap, fmt);
	ita_vdiag_at(or->d, &(struct ita_loc){ or->name, line, 0 }, sev, rule,
	    NULL, fmt, ap);
	va_end(ap);
}

static int
isrow_grow(struct sheet_row *r, size_t want)
{
	struct ita_grow_arr a[] = {
		ITA_GROW_ARR(r->cell), ITA_GROW_ARR(r->dc)
	};

	return ita_grow_arrays(a, 2, &r->cap, want, 32);
}

struct xtext *
isrow_cell(struct orig *or, struct sheet_row *r, unsigned long col,
    unsigned long line)
{
	if (col >= SHEET_MAXCOLS) {
		if (!r->wide_said)
			isheet_diag(or, line, ITA_SEV_WARNING, "import.sheet",
			    "a cell beyond column %lu: not imported",
			    SHEET_MAXCOLS);
		r->wide_said = 1;
		return NULL;
	}
	if (isrow_grow(r, (size_t)col + 1) == -1) {
		r->nomem = 1;
		return NULL;
	}
	ixt_clear(&r->cell[col]);
	r->cell[col].failed = 0;
	return &r->cell[col];
}

void
isrow_set(struct sheet_row *r, size_t col)
{
	if (col < r->cap && r->cell[col].b.len > 0 && col + 1 > r->n)
		r->n = col + 1;
}

void
isrow_clear(struct sheet_row *r)
{
	size_t i;

	for (i = 0; i < r->n; i++)
		ixt_clear(&r->cell[i]);
	r->n = 0;
}

int
isrow_emit(struct orig *or, struct sheet_row *r, unsigned long line,
    unsigned long times)
{
	unsigned long k;
	size_t i;
	int rc = 0;

	if (r->nomem) {
		errno = ENOMEM;
		ita_diag_sys(or->d, "%s", or->name);
		return -1;
	}
	if (r->counting) {		/* a sheet not read: how much it holds */
		if (r->n > 0)
			r->counted += times;
		isrow_clear(r);
		return 0;
	}
	for (i = 0; i < r->n; i++) {
		if (r->cell[i].failed) {
			errno = ENOMEM;
			ita_diag_sys(or->d, "%s", or->name);
			return -1;
		}
		r->dc[i].text = ixt_done(&r->cell[i], &r->dc[i].len);
		r->dc[i].colspan = 1;
		r->dc[i].vmerged = 0;
	}
	for (k = 0; k < times && r->n > 0 && rc == 0; k++) {
		if (r->full || r->ncells + r->n > SHEET_MAXCELLS) {
			if (!r->full)
				isheet_diag(or, line + k, ITA_SEV_ERROR,
				    "import.sheet", "the sheet has more than "
				    "%lu cells: the rest is not imported",
				    SHEET_MAXCELLS);
			r->full = 1;
			break;
		}
		r->ncells += r->n;
		idm_set_pos(&or->dm, line + k);
		rc = idm_row(&or->dm, r->dc, r->n);
	}
	isrow_clear(r);
	return rc;
}

void
isrow_free(struct sheet_row *r)
{
	size_t i;

	for (i = 0; i < r->cap; i++)
		ixt_free(&r->cell[i]);
	free(r->cell);
	free(r->dc);
	memset(r, 0, sizeof(*r));
}

int
isheets_add(struct sheets *s, const char *name)
{
	char **v;

	if ((v = ita_grow(s->name, s->n, &s->cap, sizeof(*v), 8)) == NULL)
		return -1;
	s->name = v;
	if ((s->name[s->n] = strdup(name ? name : "")) == NULL)
		return -1;
	s->n++;
	return 0;
}

/* --sheet as a 1-based number, or 0. */
static unsigned long
isheet_number_of(const char *arg)
{
	const char *p;
	unsigned long v = 0;

	for (p = arg; *p >= '0' && *p <= '9' && v < 100000; p++)
		v = v * 10 + (unsigned long)(*p - '0');
	return p != arg && *p == '\0' ? v : 0;
}

int
isheet_by_number(const struct orig *or)
{
	return or->o->sheet != NULL && isheet_number_of(or->o->sheet) > 0;
}

int
isheets_wanted(const struct orig *or, size_t i, const char *name)
{
	const char *want = or->o->sheet;

	if (want == NULL)
		return i == 0;
	return name != NULL && strcmp(name, want) == 0;
}

long
isheets_pick(struct orig *or, const struct sheets *s, const char *rule)
{
	unsigned long k;
	size_t i;

	if (or->o->sheet == NULL && s->n > 0)
		return 0;
	for (i = 0; or->o->sheet != NULL && i < s->n; i++)
		if (strcmp(s->name[i], or->o->sheet) == 0)
			return (long)i;
	/* a number is the sheet at that place, unless a sheet has it */
	if (or->o->sheet != NULL && (k = isheet_number_of(or->o->sheet)) > 0 &&
	    k <= s->n)
		return (long)k - 1;
	return isheets_unknown(or, s, rule);
}

int
isheets_unknown(struct orig *or, const struct sheets *s, const char *rule)
{
	struct ita_buf b = ITA_BUF_INIT;
	size_t i;

	for (i = 0; i < s->n && i < 50; i++)
		ita_buf_printf(&b, "%s%zu '%s'", i ? ", " : "", i + 1,
		    s->name[i]);
	if (i < s->n)
		ita_buf_printf(&b, ", ...");
	if (s->n == 0)
		iorig_error(or, rule, "the workbook has no sheets: not "
		    "imported");
	else
		iorig_error(or, rule, "--sheet %s: no such sheet; the "
		    "workbook's sheets are %s: not imported", or->o->sheet,
		    ita_buf_str(&b));
	ita_buf_free(&b);
	return -1;
}

int
isheet_enter(struct orig *or, struct sheets *s, struct sheet_row *r, size_t i,
    int read)
{
	if (s->file == NULL)
		s->file = or->name;
	isrow_clear(r);
	r->counting = !read;
	r->counted = 0;
	or->quiet = !read;
	if (!read || !or->o->all_sheets)
		return 0;
	/* the table and record of the sheet before end with it */
	if (idoc_break(or->dm.doc) == -1)
		return -1;
	ita_buf_clear(&s->label);
	if (ita_buf_printf(&s->label, "%s[%s]", s->file, i < s->n ?
	    s->name[i] : "") == -1) {
		ita_diag_sys(or->d, "%s", s->file);
		return -1;
	}
	or->name = ita_buf_str(&s->label);
	idoc_set_source(or->dm.doc, or->name);
	if (or->d->verbose)
		fprintf(or->d->err, "%s: sheet %zu of the workbook read\n",
		    or->name, i + 1);
	return 0;
}

int
isheet_leave(struct orig *or, struct sheets *s, struct sheet_row *r, size_t i)
{
	int rc = 0;

	if (r->counting && r->counted > 0 && i < s->n) {
		rc = ita_buf_printf(&s->unread, "%s%zu '%s' (%lu)",
		    s->nunread ? ", " : "", i + 1, s->name[i], r->counted);
		s->nunread++;
	}
	r->counting = 0;
	r->counted = 0;
	or->quiet = 0;
	if (rc == -1)
		ita_diag_sys(or->d, "%s", s->file ? s->file : or->name);
	return rc;
}

void
isheets_done(struct orig *or, struct sheets *s)
{
	or->quiet = 0;
	if (s->file != NULL) {
		or->name = s->file;
		idoc_set_source(or->dm.doc, s->file);
	}
	if (s->nunread > 0)
		isheet_diag(or, 0, ITA_SEV_WARNING, "import.sheet-unread",
		    "sheets with text not read (number 'name' (rows with "
		    "text)): %s; --sheet NAME reads one, --all-sheets every "
		    "sheet", ita_buf_str(&s->unread));
}

void
isheets_verbose(struct orig *or, const struct sheets *s, size_t read)
{
	if (!or->d->verbose || read >= s->n)
		return;
	fprintf(or->d->err, "%s: sheet %zu of %zu read: '%s'%s\n", or->name,
	    read + 1, s->n, s->name[read], s->n > 1 && or->o->sheet == NULL ?
	    " (--sheet names another)" : "");
}

void
isheets_free(struct sheets *s)
{
	ita_strv_free(s->name, s->n);
	ita_buf_free(&s->label);
	ita_buf_free(&s->unread);
	memset(s, 0, sizeof(*s));
}

/* v as a number: 1 and *d, or 0 when it is not one. */
static int
parse_num(const char *v, double *d)
{
	char *end;

	while (*v == ' ')
		v++;
	if (*v == '\0')
		return 0;
	errno = 0;
	*d = strtod(v, &end);
	while (*end == ' ')
		end++;
	return *end == '\0' && errno == 0 && isfinite(*d);
}

static void
put_double(struct xtext *t, double d)
{
	char s[40];

	if (d == 0)
		d = 0;		/* no "-0" */
	if (d == floor(d) && fabs(d) < 1e15)
		snprintf(s, sizeof(s), "%.0f", d);
	else
		snprintf(s, sizeof(s), "%.15g", d);
	ixt_adds(t, s);
}

void
isheet_number(struct xtext *t, const char *v, int percent)
{
	double d;

	if (!parse_num(v, &d)) {
		ixt_add(t, v, strlen(v), 0);	/* kept as it is */
		return;
	}
	if (percent) {
		put_double(t, d * 100);
		ixt_adds(t, "%");
	} else
		put_double(t, d);
}

/* Days since 1970-01-01 to a civil date (proleptic Gregorian). */
static void
civil(long z, long *y, int *m, int *d)
{
	long era, doe, yoe, doy, mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = yoe + era * 400 + (*m <= 2);
}

static void
put_time(struct xtext *t, long secs, int lead_space)
{
	char s[32];

	if (secs % 60)
		snprintf(s, sizeof(s), "%s%ld:%02ld:%02ld", lead_space ? " " :
		    "", secs / 3600, secs / 60 % 60, secs % 60);
	else
		snprintf(s, sizeof(s), "%s%ld:%02ld", lead_space ? " " : "",
		    secs / 3600, secs / 60 % 60);
	ixt_adds(t, s);
}

int
isheet_serial(struct xtext *t, const char *v, int date1904, int what)
{
	char s[40];
	double d;
	long days, secs, y;
	int m, dd;

	/* 2958465 is 9999-12-31, the last day either system has */
	if (!parse_num(v, &d) || d < 0 || d >= 2958466)
		return 0;
	days = (long)floor(d);
	secs = lround((d - (double)days) * 86400);
	if (secs >= 86400) {
		days++;
		secs -= 86400;
	}
	if (what == 't') {
		put_time(t, days * 86400 + secs, 0);
		return 1;
	}
	if (date1904)
		civil(days - 24107, &y, &m, &dd);	/* 1904-01-01 is 0 */
	else if (days == 60) {
		/* Lotus's 29 February 1900, which Excel kept: not a day */
		y = 1900;
		m = 2;
		dd = 29;
	} else if (days == 0) {
		y = 1900;		/* Excel's "0 January 1900" */
		m = 1;
		dd = 0;
	} else
		/* 1 is 1900-01-01; from 61 (1 March) on, 1899-12-30 + n */
		civil(days - (days < 60 ? 25568 : 25569), &y, &m, &dd);
	snprintf(s, sizeof(s), "%d/%d/%ld", dd, m, y);
	ixt_adds(t, s);
	if (what == 'D' && secs > 0)
		put_time(t, secs, 1);
	return 1;
}

int
isheet_isodate(struct xtext *t, const char *v)
{
	char s[40];
	int y, m, d, hh = 0, mm = 0, ss = 0, n = 0;

	if (sscanf(v, "%4d-%2d-%2d%n", &y, &m, &d, &n) != 3 || n != 10 ||
	    m < 1 || m > 12 || d < 1 || d > 31)
		return 0;
	snprintf(s, sizeof(s), "%d/%d/%d", d, m, y);
	ixt_adds(t, s);
	if (v[10] == 'T' && sscanf(v + 11, "%2d:%2d:%2d", &hh, &mm, &ss) >= 2 &&
	    hh >= 0 && hh < 24 && mm >= 0 && mm < 60 && ss >= 0 && ss < 61 &&
	    (hh || mm || ss))
		put_time(t, (long)hh * 3600 + mm * 60 + ss, 1);
	return 1;
}

void
isheet_bool(struct xtext *t, int v)
{
	ixt_adds(t, v ? "TRUE" : "FALSE");
}

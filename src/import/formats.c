/*
 * The formats ita-import reads, told by content: magic bytes first (a zip
 * archive), then the XML root or the HTML start, then a CSV sheet by the
 * shape of its first records; a name ending in .csv says CSV too.  A new
 * format is a line of ifmts and, if its content tells it, a test below.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "orig.h"
#include "pdf.h"
#include "stream.h"
#include "zip.h"

static int read_zip(struct orig *);

static const struct ifmt ifmts[] = {
	{ "text",	NULL,		't',	0 },
	{ "csv",	NULL,		'c',	0 },
	{ "tsv",	NULL,		't',	0 },
	{ "xml",	NULL,		'x',	0 },	/* the stream, any form */
	{ "docx",	iread_docx,	0,	0 },
	{ "odt",	iread_odt,	0,	0 },
	{ "fodt",	iread_odt,	0,	0 },	/* flat: iread_odt tells */
	{ "html",	iread_html,	0,	0 },
	{ "xlsx",	iread_xlsx,	0,	0 },
	{ "ods",	iread_ods,	0,	0 },
	{ "fods",	iread_ods,	0,	0 },	/* flat: iread_ods tells */
	{ "pdf",	NULL,		'p',	0 },
	{ "pdfbox",	NULL,		'b',	0 },
	{ "zip",	read_zip,	0,	1 },	/* which: read_zip looks */
	{ NULL,		NULL,		0,	0 }
};

static const struct ifmt *
lookup(const char *name)
{
	const struct ifmt *f;

	for (f = ifmts; f->name != NULL; f++)
		if (strcasecmp(f->name, name) == 0)
			return f;
	return NULL;
}

const struct ifmt *
ifmt_find(const char *name)
{
	const struct ifmt *f = lookup(name);

	return f != NULL && !f->hidden ? f : NULL;
}

const char *
ifmt_list(void)
{
	static char list[256];
	const struct ifmt *f;
	size_t n = 0;
	int k;

	if (list[0] != '\0')
		return list;
	for (f = ifmts; f->name != NULL; f++) {
		if (f->hidden)
			continue;
		k = snprintf(list + n, sizeof(list) - n, "%s%s",
		    n ? ", " : "", f->name);
		if (k < 0 || (size_t)k >= sizeof(list) - n)
			break;
		n += (size_t)k;
	}
	return list;
}

void
iorig_error(struct orig *or, const char *rule, const char *fmt, ...)
{
	va_list ap;

	if (or->quiet)
		return;
	va_start(ap, fmt);
	ita_vdiag_at(or->d, &(struct ita_loc){ or->name, 0, 0 }, ITA_SEV_ERROR,
	    rule, NULL, fmt, ap);
	va_end(ap);
}

static int
ends_with(const char *s, const char *suf)
{
	size_t n = strlen(s), m = strlen(suf);

	return n >= m && strcasecmp(s + n - m, suf) == 0;
}

/* s (n bytes) holds needle, case ignored for ASCII. */
static int
has_ci(const char *s, size_t n, const char *needle)
{
	size_t m = strlen(needle), i;

	for (i = 0; m <= n && i <= n - m; i++)
		if (strncasecmp(s + i, needle, m) == 0)
			return 1;
	return 0;
}

/* Past a BOM, white space, <?xml ...?>, comments and a DOCTYPE. */
static const char *
skip_prolog(const char *p, const char *end, int *doctype_html)
{
	const char *q;

	*doctype_html = 0;
	for (;;) {
		while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' ||
		    *p == '\r'))
			p++;
		if (end - p >= 4 && memcmp(p, "<!--", 4) == 0) {
			for (q = p + 4; end - q >= 3 && memcmp(q, "-->", 3);
			    q++)
				;
			if (end - q < 3)
				return end;
			p = q + 3;
		} else if (end - p >= 2 && (memcmp(p, "<?", 2) == 0 ||
		    memcmp(p, "<!", 2) == 0)) {
			if (end - p >= 14 && strncasecmp(p, "<!DOCTYPE html",
			    14) == 0)
				*doctype_html = 1;
			if ((q = memchr(p, '>', (size_t)(end - p))) == NULL)
				return end;
			p = q + 1;
		} else
			return p;
	}
}

/* An HTML start tag name at p ("<html", "<head", "<body", ...). */
static int
html_start(const char *p, const char *end)
{
	static const char *const tags[] = { "html", "head", "body", "meta",
	    "title", "table", "div", "p", "h1", "h2", "h3", NULL };
	size_t i, m;

	if (p >= end || *p != '<')
		return 0;
	p++;
	for (i = 0; tags[i] != NULL; i++) {
		m = strlen(tags[i]);
		if ((size_t)(end - p) > m && strncasecmp(p, tags[i], m) == 0 &&
		    (p[m] == '>' || p[m] == ' ' || p[m] == '\n' ||
		    p[m] == '\r' || p[m] == '\t' || p[m] == '/'))
			return 1;
	}
	return 0;
}

/*
 * The fields of the CSV records in the first bytes: 1 when there are two
 * or more complete records, all with the same number (two or more) of
 * fields, and no tab outside quotes: a text export is not that regular.
 */
static int
looks_csv(const char *p, const char *end)
{
	size_t fields = 1, first = 0, nrec = 0;
	int inq = 0, fieldstart = 1;

	for (; p < end; p++) {
		if (inq) {
			if (*p == '"') {
				if (p + 1 < end && p[1] == '"')
					p++;
				else
					inq = 0;
			}
			continue;
		}
		switch (*p) {
		case '"':
			if (fieldstart)
				inq = 1;
			break;
		case '\t':
			return 0;
		case ',':
			fields++;
			fieldstart = 1;
			continue;
		case '\n':
			if (nrec == 0)
				first = fields;
			else if (fields != first)
				return 0;
			nrec++;
			fields = 1;
			fieldstart = 1;
			if (nrec == 8)
				return first >= 2;
			continue;
		case '\r':
			continue;
		}
		fieldstart = 0;
	}
	return nrec >= 2 && first >= 2;
}

const struct ifmt *
ifmt_sniff(const char *path, const char *buf, size_t n)
{
	const char *p = buf, *end = buf + n, *nl;
	int dt;

	switch (ipdf_sniff(buf, n)) {
	case 'p': return lookup("pdf");
	case 'b': return lookup("pdfbox");
	}
	if (n >= 4 && memcmp(buf, "PK\003\004", 4) == 0)
		return lookup("zip");
	if (n >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)
		p += 3;
	if ((p = skip_prolog(p, end, &dt)) < end && *p == '<') {
		if (strncmp(p, "<office:document", 16) == 0)
			return has_ci(p, (size_t)(end - p), "opendocument."
			    "spreadsheet") ? lookup("ods") : lookup("odt");
		if (dt || html_start(p, end))
			return lookup("html");
	}
	if (ita_detect_format(buf, n) == ITA_FMT_XML ||
	    ita_detect_format(buf, n) == ITA_FMT_JSONL)
		return lookup("xml");	/* the stream, or an error there */
	p = buf + (n >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0);
	while (p < end && (*p == ' ' || *p == '\n' || *p == '\r'))
		p++;
	if ((nl = memchr(p, '\n', (size_t)(end - p))) == NULL)
		nl = end;
	if (memchr(p, '\t', (size_t)(nl - p)) != NULL)
		return lookup("tsv");
	if (ends_with(path, ".csv") || (end - p >= 4 &&
	    memcmp(p, "ita,", 4) == 0) || looks_csv(p, end))
		return lookup("csv");
	return lookup("text");
}

/* Which zip it is, from the entries and ODF's mimetype; then read it. */
static int
read_zip(struct orig *or)
{
	const struct ifmt *f;
	const char *kind = NULL;
	struct izip *z;
	char *mt = NULL;
	size_t n;
	int rc;

	if ((z = izip_open(or)) == NULL)
		return -1;
	rc = izip_has(z, "mimetype") ? izip_read(z, "mimetype", &mt, &n) : 0;
	if (rc == -1) {
		izip_close(z);
		return -1;
	}
	if (mt != NULL && strstr(mt, "opendocument.spreadsheet") != NULL)
		kind = "ods";
	else if (mt != NULL && strstr(mt, "opendocument.text") != NULL)
		kind = "odt";
	else if (izip_has(z, "word/document.xml"))
		kind = "docx";
	else if (izip_has(z, "xl/workbook.xml"))
		kind = "xlsx";
	free(mt);
	izip_close(z);
	if (kind != NULL && (f = lookup(kind)) != NULL && f->read != NULL)
		return f->read(or);
	iorig_error(or, "import.format", "a zip archive that is not a .docx, "
	    ".odt, .xlsx or .ods document: not imported");
	return -1;
}

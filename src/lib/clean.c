/*
 * Replacements with their warnings (clean.h).
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chars.h"
#include "clean.h"
#include "i18n.h"

/*
 * The warning of n replacements in a field of r, or else in option name,
 * or else (name NULL) in column name v; what it shows is cleaned too.
 */
static void
warn(struct ita_diag *d, const struct ita_record *r, const char *name,
    const char *cleaned, long n)
{
	struct ita_buf b = ITA_BUF_INIT;
	struct ita_diagnostic dg;
	char msg[512];

	if ((dg.sev = ita_diag_severity(d, "output.char", ITA_SEV_WARNING)) ==
	    ITA_SEV_OFF)
		return;
	if (name != NULL && ita_chars_clean(name, strlen(name), &b) == -1) {
		ita_diag_sys(d, "output");
		return;
	}
	memset(&dg.loc, 0, sizeof(dg.loc));
	dg.loc.file = d->prog;	/* not in a record: "ita-render: warning" */
	dg.record = dg.field = NULL;
	if (r != NULL) {
		dg.loc = ita_record_loc(r);
		dg.record = *ita_get(r, ITA_COL_ID) ? ita_get(r, ITA_COL_ID) :
		    NULL;
		dg.field = ita_buf_str(&b);
		snprintf(msg, sizeof(msg), ita_tr("field '%s': %ld "
		    "character(s) that no output may carry (control, "
		    "non-character or not UTF-8) written as U+FFFD"),
		    ita_buf_str(&b), n);
	} else if (name != NULL)
		snprintf(msg, sizeof(msg), ita_tr("option %s: %ld "
		    "character(s) that no output may carry (control, "
		    "non-character or not UTF-8) written as U+FFFD"),
		    ita_buf_str(&b), n);
	else
		snprintf(msg, sizeof(msg), ita_tr("column name '%s': %ld "
		    "character(s) that no output may carry (control, "
		    "non-character or not UTF-8) written as U+FFFD"), cleaned,
		    n);
	dg.rule = "output.char";
	dg.message = msg;
	ita_diag_full(d, &dg, NULL);
	ita_buf_free(&b);
}

const char *
ita_chars_value(struct ita_diag *d, const struct ita_record *r,
    const char *name, const char *v, struct ita_buf *b)
{
	size_t len = strlen(v);
	long n;

	if (ita_chars_scan(v, len) == len)
		return v;
	if ((n = ita_chars_clean(v, len, b)) == -1) {
		ita_diag_sys(d, "output");
		return NULL;
	}
	warn(d, r, name, ita_buf_str(b), n);
	return ita_buf_str(b);
}

/* h, or a header like it with its names cleaned (cached); NULL: ENOMEM. */
static struct ita_header *
clean_header(struct ita_diag *d, struct ita_header *h,
    struct ita_chars_cache *c)
{
	struct ita_buf *b;
	char **names;
	size_t i;

	if (c->src == h)
		return c->clean != NULL ? c->clean : h;
	ita_chars_cache_free(c);
	c->src = ita_header_ref(h);
	for (i = 0; i < h->ncols; i++)
		if (ita_chars_scan(h->names[i], strlen(h->names[i])) !=
		    strlen(h->names[i]))
			break;
	if (i == h->ncols)
		return h;
	b = calloc(h->ncols, sizeof(*b));
	names = calloc(h->ncols, sizeof(*names));
	for (i = 0; b != NULL && names != NULL && i < h->ncols; i++)
		if ((names[i] = (char *)ita_chars_value(d, NULL, NULL,
		    h->names[i], &b[i])) == NULL)
			break;
	if (b != NULL && names != NULL && i == h->ncols)
		c->clean = ita_header_new(names, h->ncols);
	for (i = 0; b != NULL && i < h->ncols; i++)
		ita_buf_free(&b[i]);
	free(b);
	free(names);
	if (c->clean == NULL)
		ita_diag_sys(d, "output");
	return c->clean;
}

int
ita_chars_record(struct ita_diag *d, struct ita_record *r,
    struct ita_chars_cache *c)
{
	struct ita_buf b = ITA_BUF_INIT;
	struct ita_header *h;
	const char *v;
	size_t i;

	for (i = 0; i < r->hdr->ncols; i++) {
		if ((v = ita_chars_value(d, r, r->hdr->names[i], r->vals[i],
		    &b)) == NULL)
			return -1;
		if (v != r->vals[i]) {
			free(r->vals[i]);
			r->vals[i] = ita_buf_take(&b);
		}
	}
	ita_buf_free(&b);
	if ((h = clean_header(d, r->hdr, c)) == NULL)
		return -1;
	if (h != r->hdr) {
		/* the same columns in the same order: only the names differ */
		ita_header_unref(r->hdr);
		r->hdr = ita_header_ref(h);
	}
	return 0;
}

void
ita_chars_cache_free(struct ita_chars_cache *c)
{
	ita_header_unref(c->clean);
	ita_header_unref(c->src);
	c->src = c->clean = NULL;
}


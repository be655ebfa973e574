/*
 * The document: its state, diagnostics at its lines, cell text normalized.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dm.h"
#include "doc.h"
#include "thnorm.h"

struct doc *
idoc_new(const char *source, const struct imp_opts *o, const struct syntab *syn,
    struct ita_diag *d, emit_fn emit, void *ectx)
{
	struct doc *doc;

	if ((doc = calloc(1, sizeof(*doc))) == NULL)
		return NULL;
	doc->source = source;
	doc->o = o;
	doc->syn = syn;
	doc->diag = d;
	doc->emit = emit;
	doc->ectx = ectx;
	if ((doc->hdr = ita_header_canonical()) == NULL) {
		free(doc);
		return NULL;
	}
	doc->year = o->year;
	doc->round = o->round;
	return doc;
}

void
idoc_set_form(struct doc *doc, enum doc_form form)
{
	doc->form = form;
}

void
idoc_set_source(struct doc *doc, const char *source)
{
	doc->source = source;
}

int
idoc_break(struct doc *doc)
{
	int rc = idoc_flush(doc);

	doc->active = 0;
	doc->unknown = 0;
	doc->expect_sub = 0;
	itable_clear(&doc->t);
	return rc;
}

void
idoc_free(struct doc *doc)
{
	size_t i;

	if (doc == NULL)
		return;
	ita_record_free(doc->pending);
	itable_clear(&doc->t);
	ita_header_unref(doc->hdr);
	ita_buf_free(&doc->office);
	ita_buf_free(&doc->district);
	ita_buf_free(&doc->province);
	ita_buf_free(&doc->title);
	ita_buf_free(&doc->memo_number);
	ita_buf_free(&doc->memo_subject);
	ita_buf_free(&doc->website);
	ita_buf_free(&doc->level);
	ita_buf_free(&doc->tmp);
	ita_buf_free(&doc->tmp2);
	ita_buf_free(&doc->heading);
	for (i = 0; i < doc->cap; i++)
		ita_buf_free(&doc->cell[i]);
	free(doc->cell);
	free(doc->check);
	free(doc->rfield);
	free(doc->rhint);
	free(doc->t.field);
	free(doc->t.upper);
	free(doc->t.name);
	free(doc);
}

/* p, an array of cap elements of size sz, to n elements zeroed beyond. */
static int
grow_array(void *pp, size_t cap, size_t n, size_t sz)
{
	void **p = pp, *q;

	if ((q = reallocarray(*p, n, sz)) == NULL)
		return -1;
	memset((char *)q + cap * sz, 0, (n - cap) * sz);
	*p = q;
	return 0;
}

int
idoc_grow(struct doc *doc, size_t n)
{
	size_t cap;

	if (n <= doc->cap)
		return 0;
	if ((cap = ita_grow_cap(doc->cap, n, 16, sizeof(*doc->cell))) == 0 ||
	    grow_array(&doc->cell, doc->cap, cap, sizeof(*doc->cell)) == -1 ||
	    grow_array(&doc->check, doc->cap, cap, sizeof(*doc->check)) == -1 ||
	    grow_array(&doc->rfield, doc->cap, cap,
	    sizeof(*doc->rfield)) == -1 ||
	    grow_array(&doc->rhint, doc->cap, cap, sizeof(*doc->rhint)) == -1 ||
	    grow_array(&doc->t.field, doc->cap, cap,
	    sizeof(*doc->t.field)) == -1 ||
	    grow_array(&doc->t.upper, doc->cap, cap,
	    sizeof(*doc->t.upper)) == -1 ||
	    grow_array(&doc->t.name, doc->cap, cap, sizeof(*doc->t.name)) == -1)
		return idoc_nomem(doc);
	doc->cap = cap;
	return 0;
}

static struct ita_loc
loc_at(const struct doc *doc, unsigned long line)
{
	struct ita_loc l;

	l.file = doc->source;
	l.line = line;
	l.col = 0;
	return l;
}

void
idoc_diag(struct doc *doc, unsigned long line, enum ita_severity sev,
    const char *rule, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));

void
idoc_diag(struct doc *doc, unsigned long line, enum ita_severity sev,
    const char *rule, const char *fmt, ...)
{
	struct ita_loc l = loc_at(doc, line);
	va_list ap;

	va_start(ap, fmt);
	ita_vdiag_at(doc->diag, &l, sev, rule, NULL, fmt, ap);
	va_end(ap);
}

int
idoc_nomem(struct doc *doc)
{
	ita_diag_sys(doc->diag, "%s", doc->source);
	doc->failed = 1;
	return -1;
}

/*
 * The control characters the normalizer deletes (C0 but tab, line feed
 * and carriage return, and DEL), counted so that none goes unreported.
 */
size_t
idoc_controls(const char *s, size_t n)
{
	const uint64_t ones = 0x0101010101010101, high = ones * 0x80;
	uint64_t w, x;
	size_t i = 0, end, k = 0;
	unsigned char c;

	while (i < n) {
		/* eight bytes at a time while none is below 0x20 or DEL */
		if (n - i >= 8) {
			memcpy(&w, s + i, 8);
			x = w ^ (ones * 0x7f);
			if (((((w - ones * 0x20) & ~w) |
			    ((x - ones) & ~x)) & high) == 0) {
				i += 8;
				continue;
			}
		}
		for (end = n - i > 8 ? i + 8 : n; i < end; i++) {
			c = (unsigned char)s[i];
			if ((c < 0x20 && c != '\t' && c != '\n' &&
			    c != '\r') || c == 0x7f)
				k++;
		}
	}
	return k;
}

/* Normalizes text into buf; a diagnostic for text that is not UTF-8. */
int
idoc_norm(struct doc *doc, unsigned long line, const char *s, size_t n,
    struct ita_buf *out, int *checkbox)
{
	struct ita_norm_info info;
	struct ita_buf boxes = ITA_BUF_INIT;
	size_t ncontrol;
	int rc;

	if (checkbox)
		*checkbox = 0;
	/* Glyph checkboxes (☑ ☐ ■ □) read as <input> ones (dm.h). */
	if (checkbox && (rc = idm_boxes(s, n, &boxes)) != 0) {
		if (rc == -1)
			return idoc_nomem(doc);
		s = boxes.p;
		n = boxes.len;
	}
	rc = ita_norm_cell(s, n, out, checkbox ? &info : NULL, NULL);
	/* text the normalizer left as it was has none to delete */
	ncontrol = rc == 0 && n > 0 && (out->len != n ||
	    memcmp(out->p, s, n) != 0) ? idoc_controls(s, n) : 0;
	ita_buf_free(&boxes);
	if (rc == 0 && ncontrol > 0)
		idoc_diag(doc, line, ITA_SEV_WARNING, "import.control",
		    "text holds %zu control character(s) (such as ESC), "
		    "deleted", ncontrol);
	if (rc == -1) {
		if (errno == ENOMEM)
			return idoc_nomem(doc);
		idoc_diag(doc, line, ITA_SEV_ERROR, "import.encoding",
		    "text is not UTF-8; give its encoding with -e TIS-620");
		ita_buf_clear(out);
		return 1;
	}
	if (checkbox)
		*checkbox = (int)info.checkbox;
	return 0;
}

const char *
idoc_cell(struct doc *doc, int col)
{
	return col < 0 ? "" : ita_buf_str(&doc->cell[col]);
}

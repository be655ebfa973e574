/*
 * Text of paragraphs and cells built from markup, and small libxml2
 * helpers shared by the readers of originals.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/parser.h>

#include "orig.h"
#include "xtext.h"

static int
is_ws(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

static void
put(struct xtext *t, const char *s, size_t n)
{
	if (!t->failed && ita_buf_add(&t->b, s, n) == -1)
		t->failed = 1;
}

static int
at_space(const struct xtext *t)
{
	return t->b.len == 0 || t->b.p[t->b.len - 1] == ' ' ||
	    t->b.p[t->b.len - 1] == '\n';
}

void
ixt_add(struct xtext *t, const char *s, size_t n, int collapse)
{
	size_t i, j;

	for (i = 0; i < n; i = j) {
		if (collapse && is_ws(s[i])) {
			for (j = i; j < n && is_ws(s[j]); j++)
				;
			if (!at_space(t))
				put(t, " ", 1);
			continue;
		}
		for (j = i; j < n && !(collapse && is_ws(s[j])); j++)
			if (s[j] == '\r' || s[j] == '\t')
				break;	/* not kept even when not collapsed */
		put(t, s + i, j - i);
		if (j < n && !(collapse && is_ws(s[j]))) {
			if (s[j] == '\t')
				put(t, " ", 1);
			j++;
		}
	}
}

void
ixt_adds(struct xtext *t, const char *s)
{
	ixt_add(t, s, strlen(s), 0);
}

void
ixt_space(struct xtext *t)
{
	if (!at_space(t))
		put(t, " ", 1);
}

void
ixt_break(struct xtext *t)
{
	put(t, "\n", 1);
}

void
ixt_soft(struct xtext *t)
{
	if (t->b.len > 0 && t->b.p[t->b.len - 1] != '\n')
		put(t, "\n", 1);
}

static int
xt_empty(const struct xtext *t)
{
	size_t i;

	for (i = 0; i < t->b.len; i++)
		if (!is_ws(t->b.p[i]))
			return 0;
	return 1;
}

const char *
ixt_done(struct xtext *t, size_t *len)
{
	char *p = t->b.p;
	size_t i, o = 0, n = t->b.len;

	if (p == NULL) {
		*len = 0;
		return "";
	}
	/* Spaces at line starts and ends go; blank lines at the ends too. */
	for (i = 0; i < n; i++) {
		if (p[i] == ' ' && (o == 0 || p[o - 1] == '\n'))
			continue;
		if (p[i] == '\n') {
			while (o > 0 && p[o - 1] == ' ')
				o--;
			if (o == 0)
				continue;
		}
		p[o++] = p[i];
	}
	while (o > 0 && (p[o - 1] == ' ' || p[o - 1] == '\n'))
		o--;
	p[o] = '\0';
	t->b.len = o;
	*len = o;
	return p;
}

void
ixt_clear(struct xtext *t)
{
	ita_buf_clear(&t->b);
}

void
ixt_free(struct xtext *t)
{
	ita_buf_free(&t->b);
}

int
ix_is(const xmlNode *n, const char *name)
{
	return n != NULL && n->type == XML_ELEMENT_NODE &&
	    strcmp((const char *)n->name, name) == 0;
}

const char *
ix_attr(const xmlNode *n, const char *name)
{
	const xmlAttr *a;

	if (n == NULL || n->type != XML_ELEMENT_NODE)
		return NULL;
	for (a = n->properties; a != NULL; a = a->next)
		if (strcasecmp((const char *)a->name, name) == 0)
			return a->children != NULL && a->children->content ?
			    (const char *)a->children->content : "";
	return NULL;
}

unsigned
ix_uattr(const xmlNode *n, const char *name, unsigned dflt, unsigned max)
{
	const char *v = ix_attr(n, name);
	unsigned long u;
	char *end;

	if (v == NULL)
		return dflt;
	while (*v == ' ')
		v++;
	if (*v < '0' || *v > '9')
		return dflt;
	u = strtoul(v, &end, 10);
	if (u < 1)
		return dflt;
	return u > max ? max : (unsigned)u;
}

xmlNode *
ix_child(const xmlNode *n, const char *name)
{
	xmlNode *c;

	for (c = n->children; c != NULL; c = c->next)
		if (ix_is(c, name))
			return c;
	return NULL;
}

xmlDoc *
ix_parse(const char *buf, size_t len)
{
	if (len >= 0x7fffffff)
		return NULL;
	return xmlReadMemory(buf, (int)len, NULL, NULL, XML_PARSE_NONET |
	    XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
}

void
ixt_add_cell(struct xtext *t, struct xtext *cell)
{
	const char *s;
	size_t n, k;

	s = ixt_done(cell, &n);
	for (k = 0; k < n; k++)		/* the cell on this line */
		if (cell->b.p[k] == '\n')
			cell->b.p[k] = ' ';
	ixt_space(t);
	ixt_add(t, s, n, 0);
	if (cell->failed)
		t->failed = 1;
}

void
ixdoc_paragraph(struct xdoc *d, int keep_empty)
{
	const char *s;
	size_t n;

	if (d->para.failed)
		d->failed = d->nomem = 1;
	if (keep_empty || !xt_empty(&d->para)) {
		s = ixt_done(&d->para, &n);
		if (!d->failed && idm_paragraph(&d->or->dm, s, n) == -1)
			d->failed = 1;
	}
	ixt_clear(&d->para);
}

int
ixdoc_end(struct xdoc *d)
{
	if (d->nomem)
		ita_diag_sys(d->or->d, "%s", d->or->name);
	ixt_free(&d->para);
	return d->failed ? -1 : 0;
}

void
ixdoc_table_end(struct xdoc *d, struct xtext *texts, size_t n)
{
	size_t i;

	if (idm_table_end(&d->or->dm) == -1)
		d->failed = 1;
	for (i = 0; i < n; i++)
		ixt_free(&texts[i]);
}

/* SPDX-License-Identifier: ISC (see the file LICENSE) */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "record.h"

static const char empty[] = "";

/* qsort(3) has no context: the names being sorted travel in the keys. */
static int
named_cmp(const void *a, const void *b)
{
	const struct ita_named *x = a, *y = b;
	int c;

	if ((c = strcmp(x->name, y->name)) != 0)
		return c;
	return x->col < y->col ? -1 : x->col > y->col;
}

void
ita_named_sort(struct ita_named *v, size_t n)
{
	qsort(v, n, sizeof(*v), named_cmp);
}

/*
 * The user columns sorted by name (then position), and which columns
 * repeat an earlier name: O(n log n) for a header of any width.
 */
static int
index_names(struct ita_header *h)
{
	struct ita_named *k;
	size_t i, n = 0;

	if ((h->repeated = calloc(h->ncols ? h->ncols : 1, 1)) == NULL ||
	    (k = calloc(h->ncols ? h->ncols : 1, sizeof(*k))) == NULL)
		return -1;
	for (i = 0; i < h->ncols; i++) {
		if (h->col[i] >= 0) {
			h->repeated[i] = h->index[h->col[i]] != (int)i;
			continue;
		}
		k[n].name = h->names[i];
		k[n++].col = i;
	}
	ita_named_sort(k, n);
	if ((h->byname = calloc(n ? n : 1, sizeof(size_t))) == NULL) {
		free(k);
		return -1;
	}
	for (i = 0; i < n; i++) {
		h->byname[i] = k[i].col;
		if (i > 0 && strcmp(k[i].name, k[i - 1].name) == 0)
			h->repeated[k[i].col] = 1;
	}
	h->nuser = n;
	free(k);
	return 0;
}

struct ita_header *
ita_header_new(char *const *names, size_t n)
{
	struct ita_header *h;
	size_t i;
	int c;

	if ((h = calloc(1, sizeof(*h))) == NULL)
		return NULL;
	h->refs = 1;
	h->grown_col = -1;
	for (i = 0; i < ITA_NCOLS; i++)
		h->index[i] = -1;
	if ((h->names = calloc(n ? n : 1, sizeof(char *))) == NULL ||
	    (h->col = calloc(n ? n : 1, sizeof(int))) == NULL)
		goto fail;
	for (i = 0; i < n; i++) {
		if ((h->names[i] = strdup(names[i])) == NULL)
			goto fail;
		h->ncols++;
		c = ita_col_lookup(names[i]);
		h->col[i] = c;
		/* A repeated name: the first one is the column. */
		if (c >= 0 && h->index[c] == -1)
			h->index[c] = (int)i;
	}
	if (index_names(h) == -1)
		goto fail;
	return h;
fail:
	ita_header_unref(h);
	return NULL;
}

struct ita_header *
ita_header_canonical(void)
{
	char *names[ITA_NCOLS_BASE];
	int i;

	for (i = 0; i < ITA_NCOLS_BASE; i++)
		names[i] = (char *)ita_cols[i].name;
	return ita_header_new(names, ITA_NCOLS_BASE);
}

struct ita_header *
ita_header_ref(struct ita_header *h)
{
	h->refs++;
	return h;
}

void
ita_header_unref(struct ita_header *h)
{
	if (h == NULL || --h->refs > 0)
		return;
	ita_strv_free(h->names, h->ncols);
	free(h->col);
	free(h->byname);
	free(h->repeated);
	free(h->grown_name);
	ita_header_unref(h->grown);
	free(h);
}

/* The first user column of that name: a binary search of byname. */
static int
user_column(const struct ita_header *h, const char *name)
{
	size_t lo = 0, hi = h->nuser, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (strcmp(h->names[h->byname[mid]], name) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < h->nuser && strcmp(h->names[h->byname[lo]], name) == 0)
		return (int)h->byname[lo];
	return -1;
}

int
ita_header_find(const struct ita_header *h, const char *name)
{
	int c;

	if ((c = ita_col_lookup(name)) >= 0)
		return h->index[c];
	return user_column(h, name);
}

int
ita_header_same(const struct ita_header *a, const struct ita_header *b)
{
	size_t i;

	if (a == b)
		return 1;
	if (a == NULL || b == NULL || a->ncols != b->ncols)
		return 0;
	for (i = 0; i < a->ncols; i++)
		if (strcmp(a->names[i], b->names[i]) != 0)
			return 0;
	return 1;
}

struct ita_header *
ita_header_grow(struct ita_header *h, const char *name)
{
	struct ita_header *g;
	char **names;

	if (h->grown != NULL && strcmp(h->grown_name, name) == 0)
		return h->grown;
	if ((names = malloc((h->ncols + 1) * sizeof(char *))) == NULL)
		return NULL;
	memcpy(names, h->names, h->ncols * sizeof(char *));
	names[h->ncols] = (char *)name;
	g = ita_header_new(names, h->ncols + 1);
	free(names);
	if (g == NULL)
		return NULL;
	free(h->grown_name);
	ita_header_unref(h->grown);
	if ((h->grown_name = strdup(name)) == NULL) {
		ita_header_unref(g);
		h->grown = NULL;
		return NULL;
	}
	h->grown = g;	/* the cache holds the reference */
	return g;
}

struct ita_record *
ita_record_new(struct ita_header *h)
{
	struct ita_record *r;
	size_t i;

	if ((r = calloc(1, sizeof(*r))) == NULL)
		return NULL;
	if ((r->vals = malloc((h->ncols ? h->ncols : 1) * sizeof(char *))) ==
	    NULL) {
		free(r);
		return NULL;
	}
	for (i = 0; i < h->ncols; i++)
		r->vals[i] = (char *)empty;
	r->hdr = ita_header_ref(h);
	return r;
}

static void
free_val(char *v)
{
	if (v != empty)
		free(v);
}

void
ita_record_free(struct ita_record *r)
{
	size_t i;

	if (r == NULL)
		return;
	for (i = 0; i < r->hdr->ncols; i++)
		free_val(r->vals[i]);
	free(r->vals);
	ita_header_unref(r->hdr);
	free(r);
}

const char *
ita_get(const struct ita_record *r, enum ita_col c)
{
	int i = r->hdr->index[c];

	return i >= 0 ? r->vals[i] : empty;
}

const char *
ita_get_name(const struct ita_record *r, const char *name)
{
	int i = ita_header_find(r->hdr, name);

	return i >= 0 ? r->vals[i] : empty;
}

int
ita_record_rehead(struct ita_record *r, struct ita_header *h)
{
	struct ita_header *old;
	char **vals;
	size_t i;
	int j;

	if ((vals = malloc((h->ncols ? h->ncols : 1) * sizeof(char *))) ==
	    NULL)
		return -1;
	for (i = 0; i < h->ncols; i++) {
		/* Schema columns by id; only user columns by name. */
		j = h->col[i] >= 0 ? r->hdr->index[h->col[i]] :
		    user_column(r->hdr, h->names[i]);
		vals[i] = j >= 0 ? r->vals[j] : (char *)empty;
		if (j >= 0)
			r->vals[j] = (char *)empty;
	}
	for (i = 0; i < r->hdr->ncols; i++)
		free_val(r->vals[i]);
	free(r->vals);
	r->vals = vals;
	/*
	 * Take the new header before letting the old one go: h may be the
	 * old header's grown cache, freed with it when this record held the
	 * last reference.
	 */
	old = r->hdr;
	r->hdr = ita_header_ref(h);
	ita_header_unref(old);
	return 0;
}

/* col is the schema id of name, or -1 for a user column. */
static int
set_at(struct ita_record *r, int col, const char *name, char *v)
{
	struct ita_header *g;
	int i;

	i = col >= 0 ? r->hdr->index[col] : user_column(r->hdr, name);
	if (i < 0) {
		if ((g = ita_header_grow(r->hdr, name)) == NULL ||
		    ita_record_rehead(r, g) == -1) {
			free_val(v);
			return -1;
		}
		i = (int)r->hdr->ncols - 1;
	}
	free_val(r->vals[i]);
	r->vals[i] = v;
	return 0;
}

int
ita_set_own(struct ita_record *r, enum ita_col c, char *v)
{
	return set_at(r, (int)c, ita_cols[c].name, v);
}

/* A value as records hold it: the shared empty string, or a copy. */
static char *
copy_val(const char *v)
{
	return *v == '\0' ? (char *)empty : strdup(v);
}

static int
set_copy(struct ita_record *r, int col, const char *name, const char *v)
{
	char *copy;

	if ((copy = copy_val(v)) == NULL)
		return -1;
	return set_at(r, col, name, copy);
}

int
ita_set(struct ita_record *r, enum ita_col c, const char *v)
{
	return set_copy(r, (int)c, ita_cols[c].name, v);
}

int
ita_set_name(struct ita_record *r, const char *name, const char *v)
{
	return set_copy(r, ita_col_lookup(name), name, v);
}

/*
 * The value of the record's column i, where its name cannot say which
 * (several columns of a header may have no name).
 */
int
ita_set_index(struct ita_record *r, size_t i, const char *v)
{
	char *copy;

	if (i >= r->hdr->ncols || (copy = copy_val(v)) == NULL)
		return -1;
	free_val(r->vals[i]);
	r->vals[i] = copy;
	return 0;
}

struct ita_loc
ita_record_loc(const struct ita_record *r)
{
	struct ita_loc l = r->loc;
	const char *src = ita_get(r, ITA_COL_SOURCE);
	const char *line = ita_get(r, ITA_COL_LINE);
	char *end;
	unsigned long n;

	if (*src != '\0') {
		l.file = src;
		l.col = 0;
		errno = 0;
		n = strtoul(line, &end, 10);
		l.line = (*line != '\0' && *end == '\0' && errno == 0) ? n : 0;
	}
	return l;
}

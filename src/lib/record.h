/*
 * A record is one row of the stream: values in the order of its header.
 * Headers are shared and reference-counted: every record read under one
 * header row points at the same header.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#ifndef ITA_RECORD_H
#define ITA_RECORD_H

#include <stddef.h>

#include "diag.h"
#include "schema.h"

/*
 * A header column's name and place, to sort a header by name (then
 * place) and find the names it repeats: ita_named_sort (qsort).
 */
struct ita_named {
	const char	*name;
	size_t		 col;
};
void	ita_named_sort(struct ita_named *, size_t n);

struct ita_header {
	size_t		 ncols;
	char		**names;
	int		*col;		/* schema id of each column, or -1 */
	int		 index[ITA_NCOLS]; /* column of each schema id, or -1 */
	size_t		*byname;	/* user columns sorted by name */
	size_t		 nuser;
	unsigned char	*repeated;	/* 1: an earlier column has the name */
	unsigned long	 line;		/* where the reader found it, or 0 */
	unsigned	 refs;
	/* The header with one more column, as last asked for. */
	struct ita_header *grown;
	int		 grown_col;
	char		*grown_name;
};

struct ita_record {
	struct ita_header *hdr;
	char		**vals;		/* hdr->ncols strings, never NULL */
	struct ita_loc	 loc;		/* where the row starts in the input */
};

struct ita_header *ita_header_new(char *const *names, size_t n);
/* The base schema columns, ita to line, in order (what ita-import
 * writes); not the computed ones (ITA_NCOLS_BASE). */
struct ita_header *ita_header_canonical(void);
struct ita_header *ita_header_ref(struct ita_header *);
void	ita_header_unref(struct ita_header *);
/* The column of a name (the first one when repeated), or -1; O(log n). */
int	ita_header_find(const struct ita_header *, const char *name);
int	ita_header_same(const struct ita_header *, const struct ita_header *);
/* This header plus one column at the end (cached); NULL on ENOMEM. */
struct ita_header *ita_header_grow(struct ita_header *, const char *name);

/* A record of empty values; takes a reference on hdr. */
struct ita_record *ita_record_new(struct ita_header *);
void	ita_record_free(struct ita_record *);
/* "" when the header has no such column. */
const char *ita_get(const struct ita_record *, enum ita_col);
const char *ita_get_name(const struct ita_record *, const char *name);
/* Set a value (copied), adding the column at the end when missing. */
int	ita_set(struct ita_record *, enum ita_col, const char *);
int	ita_set_name(struct ita_record *, const char *name, const char *);
int	ita_set_index(struct ita_record *, size_t, const char *);
/* Set, taking ownership of a malloc'd string. */
int	ita_set_own(struct ita_record *, enum ita_col, char *);
/* Move the record to another header, by column name; values of columns
 * the new header lacks are lost, so callers only grow headers. */
int	ita_record_rehead(struct ita_record *, struct ita_header *);

/*
 * Where diagnostics about a record point: its provenance (source, line)
 * when it has one, else where it was read.
 */
struct ita_loc ita_record_loc(const struct ita_record *);

#endif

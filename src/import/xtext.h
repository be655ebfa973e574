/*
 * What the readers of XML and HTML originals share: the text of a
 * paragraph or cell built up piece by piece (white space of markup
 * collapsed, line breaks kept), and attribute and name tests on libxml2
 * nodes that need no allocation.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#ifndef ITA_IMPORT_XTEXT_H
#define ITA_IMPORT_XTEXT_H

#include <stddef.h>

#include <libxml/tree.h>

#include "buf.h"

#define GLYPH_CHECKED	"\xE2\x98\x91"	/* U+2611 BALLOT BOX WITH CHECK */
#define GLYPH_UNCHECKED	"\xE2\x98\x90"	/* U+2610 BALLOT BOX */

struct xtext {
	struct ita_buf	 b;
	int		 failed;	/* out of memory: ENOMEM */
};

/* Text as markup holds it: collapse 1 turns runs of white space to one. */
void	ixt_add(struct xtext *, const char *, size_t, int collapse);
void	ixt_adds(struct xtext *, const char *);
void	ixt_space(struct xtext *);	/* one space unless at a space */
void	ixt_break(struct xtext *);	/* a line break */
void	ixt_soft(struct xtext *);	/* a line break unless at a line start */
/* The text with spaces around line breaks trimmed; stays in the xtext. */
const char *ixt_done(struct xtext *, size_t *len);
void	ixt_clear(struct xtext *);
void	ixt_free(struct xtext *);

/*
 * An XML document of len bytes parsed without the network, entity
 * expansion or DTDs, and quietly; NULL when it is not well-formed.
 */
xmlDoc	*ix_parse(const char *, size_t len);
/* A cell of a table inside a cell: its lines on t's line, after a space. */
void	ixt_add_cell(struct xtext *t, struct xtext *cell);

struct orig;

/*
 * What the readers of XML and HTML originals (docx.c, odt.c, html.c)
 * keep while they walk a document.
 */
struct xdoc {
	struct orig	*or;
	struct xtext	 para;		/* the paragraph of the body read */
	int		 failed;	/* stop: output failed or out of memory */
	int		 nomem;		/* out of memory, reported at the end */
	unsigned	 depth;		/* of elements, against deep nesting */
};

/*
 * The paragraph read into para out to the document model, and para
 * emptied; an empty one is an empty line when keep_empty.
 */
void	ixdoc_paragraph(struct xdoc *, int keep_empty);
/* The end of a reading: out of memory reported, para freed; 0 or -1. */
int	ixdoc_end(struct xdoc *);
/*
 * The end of a table out to the document model (failed set if it fails),
 * and the n cell texts its rows were read into freed.
 */
void	ixdoc_table_end(struct xdoc *, struct xtext *texts, size_t n);

/* The element's local name is name (namespace prefix ignored). */
int	ix_is(const xmlNode *, const char *name);
/* The value of the attribute of that local name, or NULL. */
const char *ix_attr(const xmlNode *, const char *name);
/* A positive number attribute, at least 1, at most max (else dflt). */
unsigned ix_uattr(const xmlNode *, const char *name, unsigned dflt,
	    unsigned max);
/* The first child element of that local name, or NULL. */
xmlNode	*ix_child(const xmlNode *, const char *name);

#endif

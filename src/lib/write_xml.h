/*
 * The XML form of the stream as stream_write.c writes it: byte for byte
 * what libxml2's xmlTextWriter wrote (indent of one space, UTF-8 as is),
 * each record built in one buffer and written at once.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#ifndef ITA_WRITE_XML_H
#define ITA_WRITE_XML_H

#include <stdio.h>

#include "record.h"

struct ita_xmlw;

/* NULL on ENOMEM. Nothing is written before the first call below. */
struct ita_xmlw *ita_xmlw_new(FILE *);
/* All return 0, or -1 on ENOMEM; write errors stay in the FILE's flag. */
/* <columns> of h; the records after it are of h (or of its names). */
int	ita_xmlw_header(struct ita_xmlw *, const struct ita_header *h);
int	ita_xmlw_record(struct ita_xmlw *, const struct ita_record *);
/* Closes the document (an empty one when nothing came) and frees. */
int	ita_xmlw_end(struct ita_xmlw *);

#endif

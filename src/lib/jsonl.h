/*
 * The JSON Lines form of the stream (ita(5)): write_jsonl.c writes it,
 * read_jsonl.c reads it for stream_read.c (a stream whose first byte,
 * after white space, is '{').
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#ifndef ITA_JSONL_H
#define ITA_JSONL_H

#include <stdio.h>

#include "record.h"

/* One record as one line; 0, or -1 on a write error. */
int	ita_jsonl_put(FILE *, const struct ita_record *);

#endif

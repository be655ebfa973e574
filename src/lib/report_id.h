/*
 * The identity of a report (ita(5)): its office, fiscal year and round.
 * One definition for every program: which run of records a record
 * belongs to is asked here and nowhere else.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#ifndef ITA_REPORT_ID_H
#define ITA_REPORT_ID_H

#include "buf.h"
#include "record.h"

/*
 * The identity as one string in b: office, fiscal year and round joined
 * by U+001F (a byte no cell of these columns holds), for keeping and
 * comparing with strcmp. 0, or -1 on allocation failure (errno set).
 */
int	ita_report_key(const struct ita_record *, struct ita_buf *b);
/* 1 when both records belong to the same report, else 0. */
int	ita_report_same(const struct ita_record *, const struct ita_record *);

#endif

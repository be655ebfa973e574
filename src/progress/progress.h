/*
 * ita-progress: the state of measures, activities and OIT items on a
 * date (issue 6). The logic lives outside main.c so unit tests link it.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#ifndef ITA_PROGRESS_H
#define ITA_PROGRESS_H

#include <stddef.h>

#include "diag.h"
#include "record.h"
#include "thdate.h"

/* Progress states, in the order of their count columns. */
enum pstate {
	PS_DONE = 0, PS_ON_TRACK, PS_DUE_SOON, PS_OVERDUE, PS_NOT_STARTED,
	PS_NOT_DUE, PS_UNKNOWN, PS_N
};

/* A status as read; ST_BAD when it is not a word of ita(5). */
enum pstatus {
	ST_EMPTY = 0, ST_NOT_STARTED, ST_IN_PROGRESS, ST_DONE, ST_UNKNOWN,
	ST_BAD
};

enum pschedule { SCHED_NONE = -1, SCHED_BEHIND, SCHED_ON, SCHED_AHEAD };

/* What the evaluation of one item needs; dates already widened. */
struct pitem {
	int		has_start, has_end;
	long		start, end;	/* days since 1970-01-01 */
	enum pstatus	status;
	long		pct;		/* hundredths of a percent, -1: none */
};

struct presult {
	enum pstate	state;
	int		has_days;
	long		days_left;
	long		days_overdue;	/* > 0 when overdue */
	int		has_elapsed;
	long		elapsed_tenths;	/* 0..1000 */
	enum pschedule	schedule;
};

const char	*pstate_name(enum pstate);
const char	*pschedule_name(enum pschedule);
enum pstatus	 pstatus_parse(const char *);

/* Evaluates an item on day as_of; soon is the due_soon window in days. */
void	pitem_eval(const struct pitem *, long as_of, long soon,
	    struct presult *);
/* A measure's state from its activities' state counts (n > 0). */
enum pstate pstate_from_children(const unsigned long long counts[PS_N]);
/*
 * A measure's state and days overdue from its n activities' results; its
 * other results stay those of its own period.
 */
void	pmeasure_from_children(struct presult *measure,
	    const struct presult *acts, size_t n);

/*
 * A date column with its precision, widened to the first (start) or last
 * (end) day of its month, fiscal quarter or fiscal year.
 * 0 ok, 1 both empty, -1 the date is not valid, -2 the precision.
 */
int	period_date(const char *date, const char *prec, int is_end,
	    struct ita_date *out);
/* A percent 0..100 with up to two decimals: 0 ok, 1 empty, -1 bad. */
int	percent_parse(const char *, long *hundredths);
/* "12.5" from tenths; buf of at least 24 bytes. */
void	tenths_format(long tenths, char *buf, size_t size);
/*
 * --as-of: an ISO date or a Thai date naming one day. 0, or -1 with a
 * message in err.
 */
int	asof_parse(const char *, struct ita_date *, struct ita_buf *err);

/* Progress updates (--update). */
struct pupdate {
	char		*id, *office, *fiscal_year;
	long		 day;
	char		*date;
	char		*status, *percent, *result, *evidence, *note;
	char		*file;
	unsigned long	 line;
	size_t		 seq;		/* order in the file */
	int		 used;		/* matched a record of the stream */
};

struct pupdates {
	struct pupdate	*v;
	size_t		 n, cap;
};

/* Reads and checks an update stream; -1 on a system error (reported). */
int	pupdates_load(struct pupdates *, const char *file, struct ita_diag *);
/* Sorts, and reports updates that go backwards. */
void	pupdates_prepare(struct pupdates *, struct ita_diag *);
/*
 * What the updates of a record on or before day as_of say: each field
 * the latest value given (NULL: none), and the date of the latest
 * update (NULL when none applies).
 */
struct pmerged {
	const char	*date, *status, *percent, *result, *evidence, *note;
};
void	pupdates_merge(struct pupdates *, const char *id, const char *office,
	    const char *fiscal_year, long as_of, struct pmerged *);
void	pupdates_report_unknown(const struct pupdates *, struct ita_diag *);
void	pupdates_free(struct pupdates *);

/* Roll-ups. */
enum rollup_level {
	ROLL_NONE = 0, ROLL_MEASURE, ROLL_SECTION, ROLL_QUARTER, ROLL_ROUND,
	ROLL_OFFICE
};

struct tally {
	unsigned long long	n[PS_N];
	unsigned long long	items;
	struct ita_buf		overdue;
};

/* Counts an item; -1 when its id could not join the overdue list. */
int	tally_add(struct tally *, enum pstate, const char *id);
void	tally_clear(struct tally *);
void	tally_free(struct tally *);
/* Sets the summary columns of a record from a tally; 0 or -1. */
int	tally_set(const struct tally *, struct ita_record *);
int	rollup_parse(const char *, enum rollup_level *);

#endif

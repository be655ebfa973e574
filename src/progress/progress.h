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
int	pperiod_date(const char *date, const char *prec, int is_end,
	    struct ita_date *out);
/* A percent 0..100 with up to two decimals: 0 ok, 1 empty, -1 bad. */
int	ppercent_parse(const char *, long *hundredths);
/* "12.5" from tenths; buf of at least 24 bytes. */
void	ptenths_format(long tenths, char *buf, size_t size);
/*
 * --as-of: an ISO date or a Thai date naming one day. 0, or -1 with a
 * message in err.
 */
int	pasof_parse(const char *, struct ita_date *, struct ita_buf *err);

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
int	ptally_add(struct tally *, enum pstate, const char *id);
void	ptally_clear(struct tally *);
void	ptally_free(struct tally *);
/* Sets the summary columns of a record from a tally; 0 or -1. */
int	ptally_set(const struct tally *, struct ita_record *);
int	prollup_parse(const char *, enum rollup_level *);
/* 1 when the level sums up whole reports (section, quarter, round, office). */
int	prollup_per_report(enum rollup_level);

/* The options of a run. */
struct popts {
	struct ita_diag		*diag;		/* for usage errors */
	struct ita_date		 as_of;
	int			 as_of_set;
	int			 round;		/* 0, 6 or 12 */
	const char		*update;
	enum rollup_level	 rollup;
	long			 soon;
};

/* Sections in summary order; the last is "none". */
#define PR_NSECT	4

/*
 * One run over a record stream (run.c): records go in with prun_record
 * and come out, with their columns and summaries, through put.
 */
struct prun {
	struct ita_diag		*diag;
	const struct popts	*o;
	/* Writes a record and frees it; 0, or -1 when output failed. */
	int			(*put)(void *, struct ita_record *);
	void			*put_ctx;
	struct pupdates		 ups;
	/* a measure held with its activities */
	struct ita_record	**group;
	struct presult		*res;
	size_t			 ngroup, capgroup;
	/* the current report and its tallies */
	char			*report_key;
	struct ita_record	*report_rec;	/* identity of the report */
	struct tally		 sect[PR_NSECT], quarter[5], round[3], office;
	struct ita_header	*last_hdr;	/* of the last record written */
	/* An input header and that header with our columns (one rehead
	 * per record instead of one per column added). */
	struct ita_header	*hdr_in, *hdr_out;
	int			 failed;
};

void	prun_init(struct prun *, const struct popts *, struct ita_diag *,
	    int (*put)(void *, struct ita_record *), void *put_ctx);
/* One input record, which the run takes; 0 or -1 (failed is set). */
int	prun_record(struct prun *, struct ita_record *);
/* At the end of input: the held measure and the last report's roll-ups. */
int	prun_end(struct prun *);
void	prun_free(struct prun *);

/* Helpers of run.c in the other files. */
/* A system error: reported, and the run stops. */
void	prun_fail(struct prun *, const char *what);
/* Writes r (and frees it), remembering its header for summaries. */
int	prun_put(struct prun *, struct ita_record *);

/* evaluate.c: one record's as-of date, updates and state. */
int	pkind_is_item(const char *kind);
/* The as-of date of a record: --round takes its fiscal year. */
struct ita_date prun_as_of(const struct prun *, const struct ita_record *);
/*
 * Applies the updates of r, reads the item and evaluates it; *update_date
 * is the date of the update applied ("" when none). -1 on ENOMEM.
 */
int	prun_evaluate(struct prun *, struct ita_record *, struct presult *,
	    const char **update_date);

/* columns.c: the columns ita-progress adds. */
/* The computed columns of one record, as text. */
struct pcols {
	char	iso[11], fy[16], q[8], rnd[8], days[24], over[24], el[24];
	char	efy[16], eq[8], ernd[8];
};
/* Fiscal placement of the as-of date, and of the planned end when known. */
void	pcols_format(struct pcols *, struct ita_date as_of,
	    const struct presult *);
/* Sets the added columns, always all of them and in one order; 0 or -1. */
int	prun_set_columns(struct prun *, struct ita_record *,
	    const struct presult *, const char *update_date);

/* report.c: the report and the measure a record belongs to. */
/*
 * The columns that place a report (office and where it is, fiscal year,
 * round): kept from its first record, and given to its summary records.
 */
#define PREPORT_NPLACE	6
extern const enum ita_col preport_place[PREPORT_NPLACE];
/* A new office, fiscal year or round starts a new report (ita(5)). */
int	prun_enter_report(struct prun *, const struct ita_record *);
/* Writes the report's roll-ups and forgets the report. */
int	prun_flush_report(struct prun *);
/* 1 when r is an activity of the held measure, in the same report. */
int	prun_belongs(const struct prun *, const struct ita_record *);

/* summary.c: roll-up records. */
/*
 * Counts an item (measure, indicator, OIT item) in the report tallies,
 * with a report roll-up only.
 */
int	prun_tally_item(struct prun *, const struct ita_record *,
	    const struct presult *);
/*
 * A summary record with the identity of the report (or measure) in
 * from, in header hdr; NULL on ENOMEM.
 */
struct ita_record *prun_summary(struct prun *, struct ita_header *hdr,
	    const struct ita_record *from, const char *id, const char *parent,
	    const char *section, const struct tally *);
/* The summaries of the report's tallies at the --rollup level. */
int	prun_put_rollups(struct prun *);
/* Calls fn on each roll-up tally (ptally_clear, ptally_free). */
void	prun_each_tally(struct prun *, void (*fn)(struct tally *));

#endif

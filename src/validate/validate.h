/*
 * ita-validate: the checks, their rule table and their state.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#ifndef VALIDATE_H
#define VALIDATE_H

#include "buf.h"
#include "diag.h"
#include "record.h"
#include "scores.h"

struct vrule {
	const char		*id;
	enum ita_severity	 sev;
	const char		*summary;
};

extern const struct vrule vrules[];	/* ends with a NULL id */

const struct vrule *vrule_find(const char *id);

struct idset;
struct ita_years;
struct ita_year;

/* A place kept after its record is gone (whole-report diagnostics). */
struct vplace {
	char		*file;
	unsigned long	 line;
	char		*id;
};

/* What the ITA rules keep of the report being read. */
struct vreport {
	int		 active;
	int		 has_record;	/* a kind=report record opened it */
	const char	*input;		/* the input file it was read from */
	char		*key;		/* its identity (ita_report_key) */
	char		*office, *fiscal_year, *round;
	char		*office_core;	/* office name without its prefix */
	int		 fy;		/* 0 if unknown */
	const struct ita_year *year;	/* NULL if no data for fy */
	struct vplace	 at;		/* its report record or first record */
	struct ita_scores sc;		/* the first score of each tool */
	char		*level;
	struct vplace	 overall_at;
	unsigned char	 oit_seen[1000];
	size_t		 noit;
	struct vplace	 oit_at;	/* its first OIT item */
	size_t		*oit_match;	/* per known year: matching titles */
	struct idset	*measures;	/* parent and title key of measures */
};

/* What the checks remember: the current report's identities. */
struct vstate {
	struct ita_diag	*diag;
	struct ita_buf	 report_key;	/* office, fiscal year, round */
	struct ita_buf	 next_key;	/* the record's, compared with it
					 * and with rep.key */
	struct idset	*ids;
	int		 hdr_ok;
	/* The form of each field of the record being checked (enum
	 * ita_text_form), found once for conform.c and text.c. */
	const struct ita_record *form_of;
	struct ita_buf	 form;
	/* ITA rules */
	const struct ita_years *years;	/* NULL: no year rules */
	char		***item_keys;	/* [year][item] match keys of titles */
	struct vreport	 rep;
};

int	vstate_init(struct vstate *, struct ita_diag *);
/* Gives the ITA rules their year data (may be NULL); 0 or -1 (ENOMEM). */
int	vstate_set_years(struct vstate *, const struct ita_years *);
void	vstate_free(struct vstate *);
/*
 * Before a record is checked: ends the report it does not belong to,
 * giving that report's whole-report diagnostics.
 */
void	vstate_enter(struct vstate *, const struct ita_record *);
/* At the end of input: the last report's whole-report diagnostics. */
void	vstate_end(struct vstate *);
/* Runs every check on one record; diagnostics go to diag. */
void	vcheck_record(struct vstate *, const struct ita_record *);

/* ITA rules (ita.c, report.c, text.c), run on records that conform. */
void	vita_rules_record(struct vstate *, const struct ita_record *);
void	vreport_enter(struct vstate *, const struct ita_record *);
void	vreport_finish(struct vstate *);
/* Report consistency, scores and OIT items of one record. */
void	vreport_record(struct vstate *, const struct ita_record *);
void	vreport_free(struct vreport *);
void	vcheck_text(struct vstate *, const struct ita_record *);
void	vcheck_other_office(struct vstate *, const struct ita_record *);
void	vcheck_year_mentions(struct vstate *, const struct ita_record *);
/* The office name without อบต./เทศบาลตำบล/...; malloc'd, NULL on ENOMEM. */
char	*voffice_core(const char *office);

/* Rule helpers shared by the files of the ITA rules. */
void	vreport_rec(struct vstate *, const struct ita_record *, const char *,
	    const char *, const char *, ...)
	    __attribute__((format(printf, 5, 6)));
void	vreport_at(struct vstate *, const struct vplace *, const char *field,
	    const char *rule, const char *fmt, ...)
	    __attribute__((format(printf, 5, 6)));
/* The first n code points of s, with "..." when cut: into out. */
void	vexcerpt(const char *s, size_t n, char *out, size_t outsz);
/* 2 decimals, no locale. */
void	vfmt2(double, char out[32]);

/* A set of strings (record identities within one report). */
struct idset *vidset_new(void);
void	vidset_free(struct idset *);
void	vidset_clear(struct idset *);
/* 1 if s was new and is now in, 0 if it was there, -1 on ENOMEM. */
int	vidset_add(struct idset *, const char *);
int	vidset_has(const struct idset *, const char *);

#endif

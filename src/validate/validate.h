/* ita-validate: the checks, their rule table and their state. */
#ifndef VALIDATE_H
#define VALIDATE_H

#include "diag.h"
#include "record.h"

struct vrule {
	const char		*id;
	enum ita_severity	 sev;
	const char		*summary;
};

extern const struct vrule vrules[];	/* ends with a NULL id */

const struct vrule *vrule_find(const char *id);

struct idset;

/* What the checks remember: the current report's identities. */
struct vstate {
	struct ita_diag	*diag;
	char		*report_key;	/* office, fiscal year, round */
	struct idset	*ids;
	const struct ita_header *checked_hdr;	/* header last checked */
	int		 hdr_ok;
};

int	vstate_init(struct vstate *, struct ita_diag *);
void	vstate_free(struct vstate *);
/* Runs every check on one record; diagnostics go to diag. */
void	check_record(struct vstate *, const struct ita_record *);

/* A set of strings (record identities within one report). */
struct idset *idset_new(void);
void	idset_free(struct idset *);
void	idset_clear(struct idset *);
/* 1 if s was new and is now in, 0 if it was there, -1 on ENOMEM. */
int	idset_add(struct idset *, const char *);
int	idset_has(const struct idset *, const char *);

#endif

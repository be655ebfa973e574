/*
 * Diagnostics: "FILE:LINE[:COL]: SEVERITY: message [rule-id]" for data,
 * "ita-X: message: strerror" for the system, counts, the summary line and
 * the exit status (highest seen wins).
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#ifndef ITA_DIAG_H
#define ITA_DIAG_H

#include <stdarg.h>
#include <stdio.h>

enum ita_exit {
	ITA_EXIT_OK = 0,
	ITA_EXIT_DATA = 1,
	ITA_EXIT_USAGE = 2,
	ITA_EXIT_IO = 3,
	ITA_EXIT_INTERNAL = 4
};

enum ita_severity {
	ITA_SEV_OFF = -1,	/* a rule turned off with --disable */
	ITA_SEV_NOTE = 0,
	ITA_SEV_WARNING,
	ITA_SEV_ERROR
};

/* Where a diagnostic points: the file the user gave and its line. */
struct ita_loc {
	const char	*file;
	unsigned long	 line;
	unsigned long	 col;	/* 0: none */
};

/* One diagnostic, as handed to a sink (ita-validate --report). */
struct ita_diagnostic {
	struct ita_loc		 loc;
	enum ita_severity	 sev;
	const char		*rule;
	const char		*record;	/* record id or NULL */
	const char		*field;		/* field name or NULL */
	const char		*message;
};

struct ita_rule_override {
	char			*rule;
	enum ita_severity	 sev;
};

/* How many diagnostics of one rule were shown, and how many held back. */
struct ita_rule_count {
	char			*rule;
	unsigned long long	 shown, more;
};

#define ITA_MAX_ERRORS	20	/* --max-errors default: per rule */

struct ita_diag {
	const char	*prog;		/* "ita-validate" */
	int		 quiet;		/* no warnings, notes or summary */
	int		 verbose;	/* context lines and summary */
	FILE		*err;		/* stderr unless a test says otherwise */
	unsigned long long nerror, nwarning, nnote;
	int		 status;	/* enum ita_exit, highest seen */
	struct ita_rule_override *over;
	size_t		 nover;
	/* Extra consumer of data diagnostics; stderr still gets them. */
	void		(*sink)(void *, const struct ita_diagnostic *);
	void		*sink_ctx;
	int		 sink_only;	/* sink replaces stderr for data diagnostics */
	/* --max-errors: lines shown per rule, 0 for all (counts stay exact). */
	unsigned long long max_per_rule;
	struct ita_rule_count *count;
	size_t		 ncount;
};

void	ita_diag_init(struct ita_diag *, const char *prog);
void	ita_diag_free(struct ita_diag *);
/* Change a rule's severity (or ITA_SEV_OFF); 0, or -1 on ENOMEM. */
int	ita_diag_override(struct ita_diag *, const char *rule, enum ita_severity);
/* The severity a rule has after overrides. */
enum ita_severity ita_diag_severity(const struct ita_diag *, const char *rule,
	    enum ita_severity dflt);

/* A data diagnostic. context may be NULL; it is shown with -v. */
void	ita_diag_at(struct ita_diag *, const struct ita_loc *, enum ita_severity,
	    const char *rule, const char *context, const char *fmt, ...)
	    __attribute__((format(printf, 6, 7)));
void	ita_diag_full(struct ita_diag *, const struct ita_diagnostic *,
	    const char *context);
void	ita_vdiag_at(struct ita_diag *, const struct ita_loc *, enum ita_severity,
	    const char *rule, const char *context, const char *fmt, va_list);

/* System errors: "prog: message: strerror(errno)"; status 3. */
void	ita_diag_sys(struct ita_diag *, const char *fmt, ...)
	    __attribute__((format(printf, 2, 3)));
/* Without strerror; status as given. */
void	ita_diag_msg(struct ita_diag *, int status, const char *fmt, ...)
	    __attribute__((format(printf, 3, 4)));
/* Usage error: message, the "Try" line, status 2. */
void	ita_diag_usage(struct ita_diag *, const char *fmt, ...)
	    __attribute__((format(printf, 2, 3)));
void	ita_diag_raise(struct ita_diag *, int status);

/*
 * "ita-X: 3 errors, 1 warning in 1,204 records" when anything was said,
 * after a line for each rule that --max-errors held back.
 */
void	ita_diag_summary(struct ita_diag *, unsigned long long nrecords);
/* 1,204 */
void	ita_format_count(unsigned long long, char *, size_t);

#endif

/*
 * ita-validate --report: diagnostics to a CSV or XML file.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#ifndef VALIDATE_DIAGOUT_H
#define VALIDATE_DIAGOUT_H

#include "diag.h"
#include "output.h"

struct diagout {
	struct ita_out	 out;
	int		 xml;
	int		 guard;		/* --formula-guard, for CSV */
	int		 open;
};

/*
 * Opens FILE (safely, as -o) and makes it diag's sink: 0, or -1.  guard:
 * CSV cells a sheet would run get a ' (--formula-guard).
 */
int	vdiagout_open(struct diagout *, const char *path, int xml, int guard,
	    struct ita_diag *);
/* Ends the document and commits the file: 0, or -1 on a write error. */
int	vdiagout_close(struct diagout *, struct ita_diag *);

#endif

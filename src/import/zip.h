/*
 * Zip containers (.docx, .odt, .xlsx, .ods) read from memory with
 * libzip, entry by entry, within limits that a zip bomb cannot pass: the
 * number of entries, each entry's and the total expanded size, and the
 * ratio of expanded to compressed size.  Nothing is written anywhere, so
 * entry names (even "../x") are only names.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#ifndef ITA_IMPORT_ZIP_H
#define ITA_IMPORT_ZIP_H

#include <stddef.h>

#include "orig.h"

#define IZIP_MAXENTRIES	4096
#define IZIP_MAXENTRY	((size_t)128 << 20)	/* one entry, expanded */
#define IZIP_MAXTOTAL	((size_t)256 << 20)	/* all entries read */
#define IZIP_MAXRATIO	200			/* expanded / compressed */

struct izip;

/* NULL when it is not a zip that can be read (reported, status 1). */
struct izip *izip_open(struct orig *);
/* 1 if the archive has an entry of that name, else 0. */
int	izip_has(struct izip *, const char *name);
/* Entries whose names start with prefix and end with suffix. */
unsigned long izip_count(struct izip *, const char *prefix,
	    const char *suffix);
/*
 * The entry, expanded and NUL-terminated, into *out (free it).  1, 0 if
 * there is no such entry, -1 when it cannot be read (reported).
 */
int	izip_read(struct izip *, const char *name, char **out, size_t *len);
void	izip_close(struct izip *);
/*
 * The zip of a document and its main part (name) into *buf, *len: 0, the
 * zip in *zp to close after.  -1 when either cannot be read, reported:
 * a missing part with the message absent (N_() marked) under rule.
 */
int	izip_open_part(struct orig *, const char *name, const char *rule,
	    const char *absent, struct izip **zp, char **buf, size_t *len);

/*
 * An entry read piece by piece (for xmlTextReader: a sheet is never held
 * whole), within the same limits.  izip_fopen: NULL and *absent 1 when
 * there is no such entry, NULL and *absent 0 when it cannot be read
 * (reported).  izip_fread: bytes read, 0 at its end, -1 (reported).
 */
struct izip_file;
struct izip_file *izip_fopen(struct izip *, const char *name, int *absent);
int	izip_fread(struct izip_file *, char *buf, int len);
int	izip_ferror(const struct izip_file *);	/* 1: failed, reported */
void	izip_fclose(struct izip_file *);

#endif

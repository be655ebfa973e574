/*
 * Zip containers from memory through libzip (Debian's libzip-dev): a
 * maintained library that opens an archive from a buffer (zip_source),
 * so standard input needs no temporary file, and that tells an encrypted
 * entry and a damaged or truncated archive apart.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <zip.h>

#include "i18n.h"
#include "zip.h"

struct izip {
	zip_t		*za;
	struct orig	*or;
	zip_int64_t	 n;
	size_t		 total;		/* bytes expanded so far */
};

static const char *
zip_why(int code)
{
	switch (code) {
	case ZIP_ER_NOZIP:
		return ita_tr("not a complete zip archive (truncated, or damaged "
		    "at its end)");
	case ZIP_ER_INCONS:
		return ita_tr("damaged or truncated zip archive");
	case ZIP_ER_MEMORY:
		return ita_tr("out of memory");
	case ZIP_ER_CRC:
		return ita_tr("damaged zip archive (CRC error)");
	case ZIP_ER_ENCRNOTSUPP:
	case ZIP_ER_NOPASSWD:
	case ZIP_ER_WRONGPASSWD:
		return ita_tr("encrypted zip archive (not supported)");
	case ZIP_ER_COMPNOTSUPP:
		return ita_tr("compression method not supported");
	default:
		return ita_tr("damaged zip archive");
	}
}

struct izip *
izip_open(struct orig *or)
{
	struct izip *z;
	zip_source_t *src;
	zip_error_t err;

	if ((z = calloc(1, sizeof(*z))) == NULL) {
		ita_diag_sys(or->d, "%s", or->name);
		return NULL;
	}
	z->or = or;
	zip_error_init(&err);
	if ((src = zip_source_buffer_create(or->buf, or->len, 0, &err)) ==
	    NULL || (z->za = zip_open_from_source(src, ZIP_RDONLY |
	    ZIP_CHECKCONS, &err)) == NULL) {
		iorig_error(or, "import.zip", "%s: not imported",
		    zip_why(zip_error_code_zip(&err)));
		if (src != NULL)
			zip_source_free(src);
		zip_error_fini(&err);
		free(z);
		return NULL;
	}
	zip_error_fini(&err);
	z->n = zip_get_num_entries(z->za, 0);
	if (z->n < 0 || z->n > IZIP_MAXENTRIES) {
		iorig_error(or, "import.zip", "zip archive has %lld entries "
		    "(at most %d): not imported", (long long)z->n,
		    IZIP_MAXENTRIES);
		izip_close(z);
		return NULL;
	}
	return z;
}

void
izip_close(struct izip *z)
{
	if (z == NULL)
		return;
	if (z->za != NULL)
		zip_discard(z->za);
	free(z);
}

int
izip_open_part(struct orig *or, const char *name, const char *rule,
    const char *absent, struct izip **zp, char **buf, size_t *len)
{
	int rc;

	if ((*zp = izip_open(or)) == NULL)
		return -1;
	if ((rc = izip_read(*zp, name, buf, len)) != 1) {
		if (rc == 0)
			iorig_error(or, rule, "%s", ita_tr(absent));
		izip_close(*zp);
		*zp = NULL;
		return -1;
	}
	return 0;
}

int
izip_has(struct izip *z, const char *name)
{
	return zip_name_locate(z->za, name, 0) >= 0;
}

unsigned long
izip_count(struct izip *z, const char *prefix, const char *suffix)
{
	zip_int64_t i;
	const char *nm;
	size_t n, lp = strlen(prefix), ls = strlen(suffix);
	unsigned long c = 0;

	for (i = 0; i < z->n; i++) {
		if ((nm = zip_get_name(z->za, (zip_uint64_t)i, 0)) == NULL)
			continue;
		n = strlen(nm);
		if (n >= lp + ls && strncmp(nm, prefix, lp) == 0 &&
		    strcmp(nm + n - ls, suffix) == 0)
			c++;
	}
	return c;
}

/* The stat of an entry is within the limits: 0, or -1 (reported). */
static int
entry_ok(struct izip *z, const char *name, const zip_stat_t *st)
{
	if ((st->valid & ZIP_STAT_ENCRYPTION_METHOD) &&
	    st->encryption_method != ZIP_EM_NONE) {
		iorig_error(z->or, "import.zip", "%s is encrypted (not "
		    "supported): not imported", name);
		return -1;
	}
	if ((st->valid & ZIP_STAT_SIZE) && st->size > IZIP_MAXENTRY) {
		iorig_error(z->or, "import.zip", "%s expands to %llu bytes (at "
		    "most %zu): not imported", name,
		    (unsigned long long)st->size, IZIP_MAXENTRY);
		return -1;
	}
	return 0;
}

/* Reading past a limit: the header lied or it is a bomb. */
static int
over_limit(struct izip *z, const char *name, size_t got, zip_uint64_t comp)
{
	if (got > IZIP_MAXENTRY || z->total + got > IZIP_MAXTOTAL) {
		iorig_error(z->or, "import.zip", "%s expands beyond the limit "
		    "of %zu bytes (a zip bomb?): not imported", name,
		    got > IZIP_MAXENTRY ? IZIP_MAXENTRY : IZIP_MAXTOTAL);
		return 1;
	}
	if (got > ((size_t)1 << 20) && got / IZIP_MAXRATIO > comp) {
		iorig_error(z->or, "import.zip", "%s expands more than %d "
		    "times its compressed size (a zip bomb?): not imported",
		    name, IZIP_MAXRATIO);
		return 1;
	}
	return 0;
}

int
izip_read(struct izip *z, const char *name, char **out, size_t *len)
{
	zip_stat_t st;
	zip_file_t *f;
	zip_int64_t idx, r;
	zip_uint64_t comp;
	char *p = NULL, *np;
	size_t cap, n = 0, c, room;

	*out = NULL;
	*len = 0;
	if ((idx = zip_name_locate(z->za, name, 0)) < 0)
		return 0;
	zip_stat_init(&st);
	if (zip_stat_index(z->za, (zip_uint64_t)idx, 0, &st) == -1) {
		iorig_error(z->or, "import.zip", "%s: %s: not imported", name,
		    zip_strerror(z->za));
		return -1;
	}
	if (entry_ok(z, name, &st) == -1)
		return -1;
	comp = (st.valid & ZIP_STAT_COMP_SIZE) ? st.comp_size : 0;
	if ((f = zip_fopen_index(z->za, (zip_uint64_t)idx, 0)) == NULL) {
		iorig_error(z->or, "import.zip", "%s: %s: not imported", name,
		    zip_why(zip_error_code_zip(zip_get_error(z->za))));
		return -1;
	}
	/*
	 * A small entry is read into a buffer of the size it gives, with
	 * room for the NUL and for the read that finds its end (128 KB for
	 * every part had cost more than parsing most of them); past that,
	 * or when the size lies, 64 KB more at a time.
	 */
	cap = (st.valid & ZIP_STAT_SIZE) && st.size < 65536 ?
	    (size_t)st.size + 2 : 65536 * 2;
	if ((p = malloc(cap)) == NULL) {
		ita_diag_sys(z->or->d, "%s", z->or->name);
		goto fail;
	}
	for (;;) {
		if (cap - n < 2) {
			c = ita_grow_cap(cap, n + 65536 + 1, cap, 1);
			if (c == 0 || (np = realloc(p, c)) == NULL) {
				ita_diag_sys(z->or->d, "%s", z->or->name);
				goto fail;
			}
			p = np;
			cap = c;
		}
		room = cap - n - 1 < 65536 ? cap - n - 1 : 65536;
		if ((r = zip_fread(f, p + n, room)) < 0) {
			iorig_error(z->or, "import.zip", "%s: %s: not imported",
			    name, zip_why(zip_error_code_zip(
			    zip_file_get_error(f))));
			goto fail;
		}
		if (r == 0)
			break;
		n += (size_t)r;
		if (over_limit(z, name, n, comp))
			goto fail;
	}
	zip_fclose(f);
	z->total += n;
	p[n] = '\0';
	*out = p;
	*len = n;
	return 1;
fail:
	zip_fclose(f);
	free(p);
	return -1;
}

struct izip_file {
	struct izip	*z;
	zip_file_t	*f;
	const char	*name;
	zip_uint64_t	 comp;
	size_t		 n;		/* bytes expanded so far */
	int		 failed;
};

struct izip_file *
izip_fopen(struct izip *z, const char *name, int *absent)
{
	struct izip_file *zf;
	zip_stat_t st;
	zip_int64_t idx;

	*absent = 0;
	if ((idx = zip_name_locate(z->za, name, 0)) < 0) {
		*absent = 1;
		return NULL;
	}
	zip_stat_init(&st);
	if (zip_stat_index(z->za, (zip_uint64_t)idx, 0, &st) == -1) {
		iorig_error(z->or, "import.zip", "%s: %s: not imported", name,
		    zip_strerror(z->za));
		return NULL;
	}
	if (entry_ok(z, name, &st) == -1)
		return NULL;
	if ((zf = calloc(1, sizeof(*zf))) == NULL) {
		ita_diag_sys(z->or->d, "%s", z->or->name);
		return NULL;
	}
	zf->z = z;
	zf->name = name;
	zf->comp = (st.valid & ZIP_STAT_COMP_SIZE) ? st.comp_size : 0;
	if ((zf->f = zip_fopen_index(z->za, (zip_uint64_t)idx, 0)) == NULL) {
		iorig_error(z->or, "import.zip", "%s: %s: not imported", name,
		    zip_why(zip_error_code_zip(zip_get_error(z->za))));
		free(zf);
		return NULL;
	}
	return zf;
}

int
izip_fread(struct izip_file *zf, char *buf, int len)
{
	zip_int64_t r;

	if (zf->failed || len <= 0)
		return zf->failed ? -1 : 0;
	if ((r = zip_fread(zf->f, buf, (zip_uint64_t)len)) < 0) {
		iorig_error(zf->z->or, "import.zip", "%s: %s: not imported",
		    zf->name, zip_why(zip_error_code_zip(
		    zip_file_get_error(zf->f))));
		zf->failed = 1;
		return -1;
	}
	zf->n += (size_t)r;
	if (over_limit(zf->z, zf->name, zf->n, zf->comp)) {
		zf->failed = 1;
		return -1;
	}
	return (int)r;
}

int
izip_ferror(const struct izip_file *zf)
{
	return zf->failed;
}

void
izip_fclose(struct izip_file *zf)
{
	if (zf == NULL)
		return;
	zf->z->total += zf->n;
	zip_fclose(zf->f);
	free(zf);
}

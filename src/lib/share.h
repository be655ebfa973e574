/*
 * Where the data files are: $ITA_SHARE, else share/ita beside the
 * program's bin/ (a build tree or an install), else the compiled-in
 * ITA_SHAREDIR.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#ifndef ITA_SHARE_H
#define ITA_SHARE_H

#include "buf.h"

/* The data directory (no trailing slash); never NULL. */
const char *ita_share_dir(struct ita_buf *);
/* dir/name into buf; returns buf's string. */
const char *ita_share_path(struct ita_buf *, const char *name);

#endif

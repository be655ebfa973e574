/*
 * Replaying a fuzz corpus in make check: every file of a folder (paths
 * relative to the top of the tree, where tests run) is handed to fn.
 * For the unit tests only; include it after <cmocka.h>.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#ifndef REPLAY_H
#define REPLAY_H

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>

typedef void	(*replay_fn)(const char *, const char *, size_t);

/* The number of files replayed; 0 when the folder is not there. */
static size_t
replay(const char *dir, replay_fn fn)
{
	struct dirent *de;
	char path[1024], *buf;
	size_t n, files = 0;
	long sz;
	DIR *d;
	FILE *f;

	if ((d = opendir(dir)) == NULL)
		return 0;
	while ((de = readdir(d)) != NULL) {
		if (de->d_name[0] == '.')
			continue;
		snprintf(path, sizeof(path), "%s/%s", dir, de->d_name);
		assert_non_null(f = fopen(path, "rb"));
		assert_int_equal(fseek(f, 0, SEEK_END), 0);
		assert_true((sz = ftell(f)) >= 0);
		rewind(f);
		assert_non_null(buf = malloc((size_t)sz + 1));
		n = fread(buf, 1, (size_t)sz, f);
		assert_int_equal(n, (size_t)sz);
		fclose(f);
		fn(path, buf, n);
		free(buf);
		files++;
	}
	closedir(d);
	return files;
}

#endif

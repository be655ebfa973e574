/* SPDX-License-Identifier: ISC (see the file LICENSE) */
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "share.h"

#ifndef ITA_SHAREDIR
#define ITA_SHAREDIR "/usr/local/share/ita"
#endif

static int
is_dir(const char *p)
{
	struct stat st;

	return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

/* b = s[0..n) + tail; "" when memory runs out (opening "" then fails). */
static const char *
set(struct ita_buf *b, const char *s, size_t n, const char *tail)
{
	ita_buf_clear(b);
	if (ita_buf_add(b, s, n) == -1 || ita_buf_adds(b, tail) == -1)
		ita_buf_clear(b);
	return ita_buf_str(b);
}

const char *
ita_share_dir(struct ita_buf *b)
{
	char exe[PATH_MAX];
	const char *env;
	char *slash;
	ssize_t n;
	int up;

	ita_buf_clear(b);
	if ((env = getenv("ITA_SHARE")) != NULL && *env != '\0')
		return set(b, env, strlen(env), "");
	n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	if (n > 0) {
		exe[n] = '\0';
		/* bin/ita-x -> share/ita; build/asan/bin/ita-x -> ../../.. */
		for (up = 1; up <= 3; up++) {
			if ((slash = strrchr(exe, '/')) == NULL)
				break;
			*slash = '\0';
			if ((slash = strrchr(exe, '/')) == NULL)
				break;
			if (is_dir(set(b, exe, (size_t)(slash - exe),
			    "/share/ita")))
				return ita_buf_str(b);
		}
	}
	return set(b, ITA_SHAREDIR, strlen(ITA_SHAREDIR), "");
}

const char *
ita_share_path(struct ita_buf *b, const char *name)
{
	ita_share_dir(b);
	if (b->len > 0 && (ita_buf_addc(b, '/') == -1 ||
	    ita_buf_adds(b, name) == -1))
		ita_buf_clear(b);
	return ita_buf_str(b);
}

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

const char *
ita_share_dir(struct ita_buf *b)
{
	char exe[PATH_MAX];
	const char *env;
	char *slash;
	ssize_t n;
	int up;

	ita_buf_clear(b);
	if ((env = getenv("ITA_SHARE")) != NULL && *env != '\0') {
		ita_buf_adds(b, env);
		return ita_buf_str(b);
	}
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
			ita_buf_clear(b);
			ita_buf_add(b, exe, (size_t)(slash - exe));
			ita_buf_adds(b, "/share/ita");
			if (is_dir(ita_buf_str(b)))
				return ita_buf_str(b);
		}
	}
	ita_buf_clear(b);
	ita_buf_adds(b, ITA_SHAREDIR);
	return ita_buf_str(b);
}

const char *
ita_share_path(struct ita_buf *b, const char *name)
{
	ita_share_dir(b);
	ita_buf_addc(b, '/');
	ita_buf_adds(b, name);
	return ita_buf_str(b);
}

/* SPDX-License-Identifier: ISC (see the file LICENSE) */
#include <libintl.h>
#include <limits.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "i18n.h"

#ifndef ITA_LOCALEDIR
#define ITA_LOCALEDIR "/usr/local/share/locale"
#endif

static int
is_dir(const char *p)
{
	struct stat st;

	return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

/*
 * The catalog directory beside the program, into out: bin/ita-x of a
 * build tree -> build/locale; PREFIX/bin/ita-x -> PREFIX/share/locale
 * (build/asan/bin/ita-x looks up to three levels). 0 or -1.
 */
static int
locale_beside(char *out, size_t size)
{
	static const char *const tails[] = { "/build/locale", "/share/locale" };
	char exe[PATH_MAX];
	char *slash;
	ssize_t n;
	size_t t;
	int up;

	if ((n = readlink("/proc/self/exe", exe, sizeof(exe) - 1)) <= 0)
		return -1;
	exe[n] = '\0';
	for (up = 1; up <= 3; up++) {
		if ((slash = strrchr(exe, '/')) == NULL)
			return -1;
		*slash = '\0';
		if ((slash = strrchr(exe, '/')) == NULL)
			return -1;
		for (t = 0; t < sizeof(tails) / sizeof(tails[0]); t++) {
			if ((size_t)snprintf(out, size, "%.*s%s",
			    (int)(slash - exe), exe, tails[t]) >= size)
				continue;
			if (is_dir(out))
				return 0;
		}
	}
	return -1;
}

void
ita_i18n_init(void)
{
	static int done;
	char dir[PATH_MAX + 32];

	if (done)
		return;
	done = 1;
	/*
	 * Only the messages follow the locale: numbers, dates, sorting
	 * and the stream's encoding never do (ita(7)).
	 */
	(void)setlocale(LC_MESSAGES, "");
	if (locale_beside(dir, sizeof(dir)) == -1)
		(void)strcpy(dir, ITA_LOCALEDIR);
	(void)bindtextdomain(ITA_TEXTDOMAIN, dir);
	/* The catalog is UTF-8 whatever LC_CTYPE says, like the stream. */
	(void)bind_textdomain_codeset(ITA_TEXTDOMAIN, "UTF-8");
}

const char *
ita_tr(const char *msgid)
{
	if (msgid == NULL || *msgid == '\0')
		return msgid;	/* "" would give the catalog's header */
	return dgettext(ITA_TEXTDOMAIN, msgid);
}

const char *
ita_ntr(const char *one, const char *many, unsigned long long n)
{
	return dngettext(ITA_TEXTDOMAIN, one, many,
	    (unsigned long)(n > ULONG_MAX ? ULONG_MAX : n));
}

enum ita_lang
ita_lang_default(void)
{
	static const char *const vars[] = { "LC_ALL", "LC_MESSAGES", "LANG" };
	const char *v;
	size_t i;

	for (i = 0; i < sizeof(vars) / sizeof(vars[0]); i++)
		if ((v = getenv(vars[i])) != NULL && *v != '\0')
			return strncmp(v, "th", 2) == 0 &&
			    (v[2] == '\0' || v[2] == '_' || v[2] == '.' ||
			    v[2] == '@') ? ITA_LANG_TH : ITA_LANG_EN;
	return ITA_LANG_EN;
}

int
ita_lang_parse(const char *s, enum ita_lang *out)
{
	if (strcmp(s, "th") == 0)
		*out = ITA_LANG_TH;
	else if (strcmp(s, "en") == 0)
		*out = ITA_LANG_EN;
	else
		return -1;
	return 0;
}

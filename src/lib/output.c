/* SPDX-License-Identifier: ISC (see the file LICENSE) */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "output.h"

/*
 * The one piece of global state: the temporaries a signal handler must
 * remove. A program has few outputs open at once (ita-validate: -o and
 * --report).
 */
#define MAX_PENDING 4
static char *volatile pending[MAX_PENDING];

static void
on_fatal_signal(int sig)
{
	char *t;
	int i;

	for (i = 0; i < MAX_PENDING; i++)
		if ((t = pending[i]) != NULL)
			unlink(t);
	signal(sig, SIG_DFL);
	raise(sig);
}

/* Marks a temporary for removal on a signal (or unmarks it). */
static void
pending_set(char *old, char *new)
{
	int i;

	for (i = 0; i < MAX_PENDING; i++)
		if (pending[i] == old) {
			pending[i] = new;
			return;
		}
}

void
ita_out_signals(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = SIG_IGN;
	sigaction(SIGPIPE, &sa, NULL);
	sa.sa_handler = on_fatal_signal;
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
}

/* A device or a FIFO is written in place: renaming over it would replace it. */
static int
open_in_place(struct ita_out *o, const char *path, struct ita_diag *d)
{
	if ((o->fp = fopen(path, "w")) == NULL ||
	    (o->path = strdup(path)) == NULL) {
		ita_diag_sys(d, "%s", path);
		if (o->fp != NULL)
			fclose(o->fp);
		o->fp = NULL;
		return -1;
	}
	return 0;
}

/* "dir/.ita-out.XXXXXX" beside path, for mkstemp. */
static char *
temp_beside(const char *path)
{
	const char *slash = strrchr(path, '/');
	size_t dirlen = slash != NULL ? (size_t)(slash - path) + 1 : 0;
	char *t;

	if ((t = malloc(dirlen + 32)) == NULL)
		return NULL;
	memcpy(t, path, dirlen);
	strcpy(t + dirlen, ".ita-out.XXXXXX");
	return t;
}

/* The mode of the file we replace, else what the umask allows. */
static int
give_mode(int fd, const char *path)
{
	struct stat st;
	mode_t mask;

	if (stat(path, &st) == 0)
		return fchmod(fd, st.st_mode & 07777);
	mask = umask(0);
	umask(mask);
	return fchmod(fd, 0666 & ~mask);
}

/* o->path is set; makes the temporary and opens it. */
static int
open_temp(struct ita_out *o, struct ita_diag *d)
{
	int fd;

	if ((o->tmp = temp_beside(o->path)) == NULL ||
	    (fd = mkstemp(o->tmp)) == -1) {
		ita_diag_sys(d, "%s", o->path);
		return -1;
	}
	pending_set(NULL, o->tmp);
	if (give_mode(fd, o->path) == -1 ||
	    (o->fp = fdopen(fd, "w")) == NULL) {
		ita_diag_sys(d, "%s", o->path);
		close(fd);
		unlink(o->tmp);
		pending_set(o->tmp, NULL);
		return -1;
	}
	return 0;
}

int
ita_out_open(struct ita_out *o, const char *path, struct ita_diag *d)
{
	struct stat st;

	memset(o, 0, sizeof(*o));
	if (path == NULL || strcmp(path, "-") == 0) {
		o->fp = stdout;
		return 0;
	}
	if (stat(path, &st) == 0 && !S_ISREG(st.st_mode))
		return open_in_place(o, path, d);
	/* A symbolic link is followed: the file it names is replaced. */
	if ((o->path = realpath(path, NULL)) == NULL &&
	    (errno != ENOENT || (o->path = strdup(path)) == NULL)) {
		ita_diag_sys(d, "%s", path);
		return -1;
	}
	if (open_temp(o, d) == -1) {
		free(o->tmp);
		free(o->path);
		o->tmp = o->path = NULL;
		return -1;
	}
	return 0;
}

/* 1 when a and b are the same file. */
static int
same_file(const struct stat *a, const struct stat *b)
{
	return a->st_dev == b->st_dev && a->st_ino == b->st_ino;
}

/* Stats input i ("-": standard input); 0, or -1 when it cannot be. */
static int
stat_input(const char *name, struct stat *st)
{
	if (strcmp(name, "-") == 0)
		return fstat(STDIN_FILENO, st);
	return stat(name, st);
}

int
ita_out_apart(const char *path, char *const *files, int nfiles,
    struct ita_diag *d)
{
	static char dash[] = "-";
	char *const stdin_only[1] = { dash };
	struct stat out, in;
	int i;

	if (nfiles == 0) {
		files = stdin_only;
		nfiles = 1;
	}
	if (path == NULL || strcmp(path, "-") == 0) {
		if (fstat(STDOUT_FILENO, &out) == -1)
			return 0;
		path = "standard output";
	} else if (stat(path, &out) == -1)
		return 0;	/* a new file is no input */
	/* Only a regular file is destroyed by writing it (not /dev/null). */
	if (!S_ISREG(out.st_mode))
		return 0;
	for (i = 0; i < nfiles; i++)
		if (stat_input(files[i], &in) == 0 && same_file(&out, &in)) {
			if (strcmp(files[i], path) == 0)
				ita_diag_usage(d, "%s is also an input; "
				    "refusing to overwrite it", path);
			else
				ita_diag_usage(d, "%s is also an input (%s); "
				    "refusing to overwrite it", path,
				    strcmp(files[i], "-") == 0 ?
				    "standard input" : files[i]);
			return -1;
		}
	return 0;
}

int
ita_out_ok(struct ita_out *o)
{
	if (o->fp == NULL)
		return 0;
	if (ferror(o->fp)) {
		if (errno == EPIPE)
			o->epipe = 1;
		return 0;
	}
	return 1;
}

int
ita_out_close(struct ita_out *o, int commit, struct ita_diag *d)
{
	int failed = 0, e = 0;
	const char *name = o->path != NULL ? o->path : "standard output";

	if (o->fp == NULL)
		return 0;
	if (fflush(o->fp) == EOF || ferror(o->fp)) {
		failed = 1;
		e = errno;
	}
	if (o->fp != stdout) {
		if (!failed && fsync(fileno(o->fp)) == -1 && errno != EINVAL) {
			failed = 1;
			e = errno;
		}
		if (fclose(o->fp) == EOF && !failed) {
			failed = 1;
			e = errno;
		}
	} else if (fclose(o->fp) == EOF && !failed) {
		/* stdout is closed here so that a late error is seen. */
		failed = 1;
		e = errno;
	}
	o->fp = NULL;
	if (failed && (e == EPIPE || o->epipe)) {
		failed = 0;
		commit = 0;
		o->epipe = 1;
	} else if (failed) {
		errno = e;
		ita_diag_sys(d, "write error on %s", name);
	}
	if (o->tmp != NULL) {
		if (commit && !failed) {
			if (rename(o->tmp, o->path) == -1) {
				ita_diag_sys(d, "%s", o->path);
				unlink(o->tmp);
				failed = 1;
			}
		} else
			unlink(o->tmp);
		pending_set(o->tmp, NULL);
	}
	free(o->tmp);
	free(o->path);
	o->tmp = o->path = NULL;
	return failed ? -1 : 0;
}

/* SPDX-License-Identifier: ISC (see the file LICENSE) */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lines.h"

#define BLOCK	65536

/*
 * The free space a read wants: a block; for a regular file smaller than
 * one, its size and a byte to see the end, so that reading many small
 * files (or fuzzing) costs no 128 KiB buffer each.  A read that fills it
 * anyway (a file that grew, a size that lies, as in /proc) goes back to
 * blocks.
 */
static size_t
read_room(int fd)
{
	struct stat st;

	if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size >= 0 &&
	    st.st_size < BLOCK)
		return (size_t)st.st_size + 1;
	return BLOCK;
}

int
ita_lines_open(struct ita_lines *l, const char *path, struct ita_diag *d)
{
	memset(l, 0, sizeof(*l));
	if (strcmp(path, "-") == 0) {
		l->fd = STDIN_FILENO;
		l->name = "<stdin>";
	} else {
		if ((l->fd = open(path, O_RDONLY)) == -1) {
			ita_diag_sys(d, "%s", path);
			return -1;
		}
		l->name = path;
	}
	l->room = read_room(l->fd);
	return 0;
}

void
ita_lines_close(struct ita_lines *l)
{
	if (l->fd > STDIN_FILENO)
		close(l->fd);
	l->fd = -1;
	free(l->buf);
	l->buf = NULL;
}

/* Reads one more block after what is buffered. 1, 0 at EOF, -1 error. */
static int
fill(struct ita_lines *l, struct ita_diag *d)
{
	size_t ncap;
	ssize_t n;
	char *nb;

	if (l->eof)
		return 0;
	if (l->start > 0 && l->start == l->end)
		l->start = l->end = 0;
	if (l->cap - l->end < l->room) {
		if (l->start > 0) {
			memmove(l->buf, l->buf + l->start, l->end - l->start);
			l->end -= l->start;
			l->start = 0;
		}
		if (l->cap - l->end < l->room) {
			ncap = l->cap ? l->cap * 2 : 2 * l->room;
			if (ncap - l->end < l->room)
				ncap = l->end + l->room;
			if ((nb = realloc(l->buf, ncap)) == NULL) {
				ita_diag_sys(d, "%s", l->name);
				return -1;
			}
			l->buf = nb;
			l->cap = ncap;
		}
	}
	do
		n = read(l->fd, l->buf + l->end, l->cap - l->end);
	while (n == -1 && errno == EINTR);
	if (n == -1) {
		ita_diag_sys(d, "%s", l->name);
		return -1;
	}
	if (n == 0) {
		l->eof = 1;
		return 0;
	}
	if ((size_t)n >= l->room)
		l->room = BLOCK;
	l->end += (size_t)n;
	return 1;
}

int
ita_lines_next(struct ita_lines *l, const char **line, size_t *len,
    struct ita_diag *d)
{
	size_t scanned = 0;
	char *nl;
	int r;

	for (;;) {
		nl = l->buf == NULL ? NULL : memchr(l->buf + l->start + scanned,
		    '\n', l->end - l->start - scanned);
		if (nl != NULL) {
			*line = l->buf + l->start;
			*len = (size_t)(nl - *line) + 1;
			l->start += *len;
			l->lineno++;
			return 1;
		}
		scanned = l->end - l->start;
		if ((r = fill(l, d)) == -1)
			return -1;
		if (r == 0) {
			if (l->end == l->start)
				return 0;
			*line = l->buf + l->start;
			*len = l->end - l->start;
			l->start = l->end;
			l->lineno++;
			return 1;
		}
	}
}

ssize_t
ita_lines_peek(struct ita_lines *l, size_t min, const char **p,
    struct ita_diag *d)
{
	int r;

	while (l->end - l->start < min) {
		if ((r = fill(l, d)) == -1)
			return -1;
		if (r == 0)
			break;
	}
	*p = l->buf != NULL ? l->buf + l->start : "";
	return (ssize_t)(l->end - l->start);
}

ssize_t
ita_lines_take(struct ita_lines *l, size_t n, const char **p,
    struct ita_diag *d)
{
	size_t have;
	int r;

	*p = "";
	if (l->end == l->start) {
		if ((r = fill(l, d)) <= 0)
			return r;
	}
	have = l->end - l->start;
	if (have > n)
		have = n;
	*p = l->buf + l->start;
	l->start += have;
	return (ssize_t)have;
}

ssize_t
ita_lines_read(struct ita_lines *l, char *dst, size_t n, struct ita_diag *d)
{
	const char *p;
	ssize_t have;

	if ((have = ita_lines_take(l, n, &p, d)) > 0)
		memcpy(dst, p, (size_t)have);
	return have;
}

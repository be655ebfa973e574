/*
 * The child processes of PDF input (pdftotext, pdftoppm, tesseract): run
 * from PATH with an argument vector, no shell; standard input from
 * /dev/null; standard output read through a pipe; standard error
 * captured through another (its first 4 KB kept for our diagnostics),
 * both read with poll(2) so that neither pipe can fill and block it.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <sys/types.h>
#include <sys/wait.h>

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "pdf.h"

extern char **environ;

#define ERRKEEP 4096

/* Our ends must not stay open in other children. */
static int
cloexec_pipe(int p[2])
{
	if (pipe(p) == -1)
		return -1;
	if (fcntl(p[0], F_SETFD, FD_CLOEXEC) == -1 ||
	    fcntl(p[1], F_SETFD, FD_CLOEXEC) == -1) {
		close(p[0]);
		close(p[1]);
		return -1;
	}
	return 0;
}

int
ipdf_child_start(struct pdf_child *c, char *const argv[])
{
	posix_spawn_file_actions_t fa;
	int out[2] = { -1, -1 }, err[2] = { -1, -1 }, e;
	pid_t pid;

	memset(c, 0, sizeof(*c));
	c->pid = -1;
	c->out = c->err = -1;
	if (cloexec_pipe(out) == -1)
		return -1;
	if (cloexec_pipe(err) == -1) {
		e = errno;
		close(out[0]);
		close(out[1]);
		errno = e;
		return -1;
	}
	if ((e = posix_spawn_file_actions_init(&fa)) != 0)
		goto fail;
	if ((e = posix_spawn_file_actions_addopen(&fa, 0, "/dev/null",
	    O_RDONLY, 0)) != 0 ||
	    (e = posix_spawn_file_actions_adddup2(&fa, out[1], 1)) != 0 ||
	    (e = posix_spawn_file_actions_adddup2(&fa, err[1], 2)) != 0) {
		posix_spawn_file_actions_destroy(&fa);
		goto fail;
	}
	e = posix_spawnp(&pid, argv[0], &fa, NULL, argv, environ);
	posix_spawn_file_actions_destroy(&fa);
	if (e != 0)
		goto fail;
	close(out[1]);
	close(err[1]);
	c->pid = pid;
	c->out = out[0];
	c->err = err[0];
	return 0;
fail:
	close(out[0]);
	close(out[1]);
	close(err[0]);
	close(err[1]);
	errno = e;
	return -1;
}

/* What the child wrote on standard error, kept up to ERRKEEP bytes. */
static int
take_err(struct pdf_child *c)
{
	char buf[1024];
	ssize_t n;

	if ((n = read(c->err, buf, sizeof(buf))) <= 0) {
		if (n == -1 && errno == EINTR)
			return 0;
		close(c->err);
		c->err = -1;
		return 0;
	}
	if (c->errtext.len < ERRKEEP && ita_buf_add(&c->errtext, buf,
	    (size_t)n > ERRKEEP - c->errtext.len ? ERRKEEP - c->errtext.len :
	    (size_t)n) == -1)
		return -1;
	return 0;
}

int
ipdf_child_read(void *ctx, char *buf, int len)
{
	struct pdf_child *c = ctx;
	struct pollfd p[2];
	ssize_t n;
	int np;

	while (c->out != -1) {
		np = 0;
		p[np].fd = c->out;
		p[np++].events = POLLIN;
		if (c->err != -1) {
			p[np].fd = c->err;
			p[np++].events = POLLIN;
		}
		if (poll(p, (nfds_t)np, -1) == -1) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		if (np > 1 && (p[1].revents & (POLLIN | POLLHUP | POLLERR)) &&
		    take_err(c) == -1)
			return -1;
		if (!(p[0].revents & (POLLIN | POLLHUP | POLLERR)))
			continue;
		if ((n = read(c->out, buf, (size_t)len)) == -1) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		if (n == 0) {
			close(c->out);
			c->out = -1;
			return 0;
		}
		return (int)n;
	}
	return 0;
}

int
ipdf_child_wait(struct pdf_child *c)
{
	char buf[4096];
	int st;

	if (c->out != -1) {
		/* what it still writes is not read: drain it */
		while (ipdf_child_read(c, buf, sizeof(buf)) > 0)
			;
	}
	while (c->err != -1)
		if (take_err(c) == -1)
			break;
	if (c->err != -1) {
		close(c->err);
		c->err = -1;
	}
	if (c->pid == -1)
		return -1;
	while (waitpid(c->pid, &st, 0) == -1)
		if (errno != EINTR)
			return -1;
	c->pid = -1;
	if (WIFEXITED(st))
		return WEXITSTATUS(st);
	return 128 + (WIFSIGNALED(st) ? WTERMSIG(st) : 0);
}

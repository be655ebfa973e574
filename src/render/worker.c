/*
 * A second thread for the txt layout (issue 14): started once, then
 * handed one job at a time, which the caller takes back if the thread has
 * not begun it by the time the caller has done its own share.  A thread started for every
 * table waits its turn behind every other program on a busy machine (a
 * new thread starts last in the queue); a sleeping one that is woken does
 * not, and starting one costs a stack and a system call each time.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <stdlib.h>
#include <threads.h>

#include "render.h"

struct rworker {
	thrd_t	  th;
	mtx_t	  mu;
	cnd_t	  cv;
	int	(*fn)(void *);
	void	 *arg;
	int	  busy;		/* a job is handed over and not yet done */
	int	  running;	/* and the thread has begun it */
	int	  quit;
	int	  failed;	/* a lock or a wait failed: no more jobs */
};

static int
rworker_main(void *p)
{
	struct rworker *w = p;

	if (mtx_lock(&w->mu) != thrd_success) {
		w->failed = 1;	/* before any job: rworker_run sees it */
		return 0;
	}
	while (!w->quit || w->busy) {
		if (!w->busy) {
			if (cnd_wait(&w->cv, &w->mu) != thrd_success)
				break;
			continue;
		}
		w->running = 1;
		if (mtx_unlock(&w->mu) != thrd_success)
			break;
		(void)w->fn(w->arg);	/* the job keeps its own status */
		if (mtx_lock(&w->mu) != thrd_success)
			return 0;
		w->busy = w->running = 0;
		if (cnd_broadcast(&w->cv) != thrd_success)
			break;
	}
	w->failed = 1;
	(void)mtx_unlock(&w->mu);
	return 0;
}

struct rworker *
rworker_new(void)
{
	struct rworker *w;

	if ((w = calloc(1, sizeof(*w))) == NULL)
		return NULL;
	if (mtx_init(&w->mu, mtx_plain) != thrd_success) {
		free(w);
		return NULL;
	}
	if (cnd_init(&w->cv) != thrd_success) {
		mtx_destroy(&w->mu);
		free(w);
		return NULL;
	}
	if (thrd_create(&w->th, rworker_main, w) != thrd_success) {
		cnd_destroy(&w->cv);
		mtx_destroy(&w->mu);
		free(w);
		return NULL;
	}
	return w;
}

int
rworker_run(struct rworker *w, int (*fn)(void *), void *arg)
{
	int rc = -1;

	if (w == NULL || mtx_lock(&w->mu) != thrd_success)
		return -1;
	if (!w->failed && !w->busy) {
		w->fn = fn;
		w->arg = arg;
		w->busy = 1;
		if (cnd_broadcast(&w->cv) == thrd_success)
			rc = 0;
		else
			w->busy = 0;
	}
	if (mtx_unlock(&w->mu) != thrd_success)
		rc = -1;	/* cannot be: the lock is ours */
	return rc;
}

void
rworker_finish(struct rworker *w)
{
	/*
	 * The job may use the caller's memory until it is done: a lock or
	 * wait that fails (never on glibc, with these) cannot return.
	 */
	if (mtx_lock(&w->mu) != thrd_success)
		abort();
	if (w->busy && !w->running)
		w->busy = 0;	/* not begun: the caller did it all */
	while (w->busy)
		if (cnd_wait(&w->cv, &w->mu) != thrd_success)
			abort();
	if (mtx_unlock(&w->mu) != thrd_success)
		abort();
}

void
rworker_free(struct rworker *w)
{
	if (w == NULL)
		return;
	if (mtx_lock(&w->mu) == thrd_success) {
		w->quit = 1;
		(void)cnd_broadcast(&w->cv);
		(void)mtx_unlock(&w->mu);
	}
	(void)thrd_join(w->th, NULL);
	cnd_destroy(&w->cv);
	mtx_destroy(&w->mu);
	free(w);
}

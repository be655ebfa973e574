/* SPDX-License-Identifier: ISC (see the file LICENSE) */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "grow.h"

int
ita_grow_arrays(struct ita_grow_arr *a, size_t n, size_t *cap, size_t want,
    size_t first)
{
	size_t c, i, big = 1;
	void *old, *p;

	if (want <= *cap)
		return 0;
	for (i = 0; i < n; i++)
		if (a[i].size > big)
			big = a[i].size;
	/* the largest element decides whether so many fit in memory */
	if ((c = ita_grow_cap(*cap, want, first, big)) == 0)
		return -1;
	for (i = 0; i < n; i++) {
		/*
		 * The pointer is a T *, read and stored as bytes: POSIX gives
		 * every object pointer the representation of a void *.
		 */
		memcpy(&old, a[i].pp, sizeof(old));
		if ((p = realloc(old, c * a[i].size)) == NULL)
			return -1;
		memset((char *)p + *cap * a[i].size, 0, (c - *cap) * a[i].size);
		memcpy(a[i].pp, &p, sizeof(p));
	}
	*cap = c;
	return 0;
}

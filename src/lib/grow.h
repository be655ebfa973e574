/*
 * Arrays that grow together: the cells of a row and their lengths, each
 * element i of one array going with element i of the others.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#ifndef ITA_GROW_H
#define ITA_GROW_H

#include <stddef.h>

struct ita_grow_arr {
	void	*pp;		/* where the array's pointer is (NULL: none yet) */
	size_t	 size;		/* of one element */
};

/* The entry of a for the array x (a pointer to its first element). */
#define ITA_GROW_ARR(x)	{ &(x), sizeof(*(x)) }

/*
 * Room for want elements in each of the n arrays of a, all of *cap
 * elements: each reallocated to the capacity ita_grow_cap gives (doubled
 * from first), the room added zeroed, its pointer stored back, then *cap
 * set.  0, or -1 on ENOMEM: every pointer still holds its array, some
 * grown, and *cap is unchanged.
 */
int	ita_grow_arrays(struct ita_grow_arr *a, size_t n, size_t *cap,
	    size_t want, size_t first);

#endif

/*
 * An open-addressing hash set of strings, cleared at each new report.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "validate.h"

struct idset {
	char	**slot;
	size_t	  cap, n;
};


struct idset *
vidset_new(void)
{
	return calloc(1, sizeof(struct idset));
}

void
vidset_clear(struct idset *s)
{
	size_t i;

	for (i = 0; i < s->cap; i++) {
		free(s->slot[i]);
		s->slot[i] = NULL;
	}
	s->n = 0;
}

void
vidset_free(struct idset *s)
{
	if (s == NULL)
		return;
	vidset_clear(s);
	free(s->slot);
	free(s);
}

static size_t
find(const struct idset *s, const char *key)
{
	size_t i = (size_t)ita_hash_str(ITA_HASH_INIT, key) & (s->cap - 1);

	while (s->slot[i] != NULL && strcmp(s->slot[i], key) != 0)
		i = (i + 1) & (s->cap - 1);
	return i;
}

int
vidset_has(const struct idset *s, const char *key)
{
	return s->cap > 0 && s->slot[find(s, key)] != NULL;
}

static int
grow(struct idset *s)
{
	struct idset bigger;
	size_t i;

	bigger.cap = s->cap ? s->cap * 2 : 64;
	bigger.n = s->n;
	if ((bigger.slot = calloc(bigger.cap, sizeof(char *))) == NULL)
		return -1;
	for (i = 0; i < s->cap; i++)
		if (s->slot[i] != NULL)
			bigger.slot[find(&bigger, s->slot[i])] = s->slot[i];
	free(s->slot);
	*s = bigger;
	return 0;
}

int
vidset_add(struct idset *s, const char *key)
{
	size_t i;

	if ((s->n + 1) * 2 > s->cap && grow(s) == -1)
		return -1;
	i = find(s, key);
	if (s->slot[i] != NULL)
		return 0;
	if ((s->slot[i] = strdup(key)) == NULL)
		return -1;
	s->n++;
	return 1;
}

/* SPDX-License-Identifier: ISC (see the file LICENSE) */
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"

void *
ita_grow(void *arr, size_t n, size_t *cap, size_t size, size_t first)
{
	size_t c;

	if (n < *cap)
		return arr;
	c = *cap ? *cap : first;
	if (*cap && c > SIZE_MAX / 2 / size) {
		errno = ENOMEM;
		return NULL;
	}
	if (*cap)
		c *= 2;
	if (c > SIZE_MAX / size) {
		errno = ENOMEM;
		return NULL;
	}
	if ((arr = realloc(arr, c * size)) != NULL)
		*cap = c;
	return arr;
}

size_t
ita_grow_cap(size_t cap, size_t want, size_t first, size_t size)
{
	size_t c = cap ? cap : first;

	while (c < want) {
		if (c > SIZE_MAX / 2 / size) {
			errno = ENOMEM;
			return 0;
		}
		c *= 2;
	}
	return c;
}

int
ita_mem_has(const char *s, size_t n, const char *w)
{
	size_t m = strlen(w), i;

	for (i = 0; i + m <= n; i++)
		if (memcmp(s + i, w, m) == 0)
			return 1;
	return 0;
}

void
ita_strv_free(char **v, size_t n)
{
	size_t i;

	if (v == NULL)
		return;
	for (i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

int
ita_buf_grow(struct ita_buf *b, size_t extra)
{
	size_t need, cap;
	char *p;

	if (extra > SIZE_MAX - b->len - 1) {
		errno = ENOMEM;
		return -1;
	}
	need = b->len + extra + 1;
	if (need <= b->cap)
		return 0;
	cap = b->cap ? b->cap : 64;
	while (cap < need)
		cap = cap > SIZE_MAX / 2 ? need : cap * 2;
	if ((p = realloc(b->p, cap)) == NULL)
		return -1;
	b->p = p;
	b->cap = cap;
	/* Whoever sees a buffer with memory sees a string, even an empty one. */
	b->p[b->len] = '\0';
	return 0;
}

int
ita_buf_adds(struct ita_buf *b, const char *s)
{
	return ita_buf_add(b, s, strlen(s));
}

int
ita_buf_printf(struct ita_buf *b, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0 || ita_buf_reserve(b, (size_t)n) == -1)
		return -1;
	va_start(ap, fmt);
	vsnprintf(b->p + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
	return 0;
}

void
ita_buf_clear(struct ita_buf *b)
{
	b->len = 0;
	if (b->p != NULL)
		b->p[0] = '\0';
}

void
ita_buf_free(struct ita_buf *b)
{
	free(b->p);
	b->p = NULL;
	b->len = b->cap = 0;
}

char *
ita_buf_take(struct ita_buf *b)
{
	char *s;

	if (b->p == NULL && ita_buf_reserve(b, 0) == -1)
		return NULL;
	b->p[b->len] = '\0';
	s = b->p;
	b->p = NULL;
	b->len = b->cap = 0;
	return s;
}

const char *
ita_buf_str(const struct ita_buf *b)
{
	return b->p != NULL ? b->p : "";
}

uint64_t
ita_hash_str(uint64_t h, const char *s)
{
	for (; *s != '\0'; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ULL;
	return h;
}

/*
 * Growable byte buffer: the one string builder of ita-tools.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#ifndef ITA_BUF_H
#define ITA_BUF_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

struct ita_buf {
	char	*p;	/* NULL, or a NUL-terminated string */
	size_t	 len;
	size_t	 cap;
};

#define ITA_BUF_INIT { NULL, 0, 0 }

/* All return 0 on success, -1 on allocation failure (errno set). */
/* Makes room for extra bytes and the NUL (the slow path of reserve). */
int	 ita_buf_grow(struct ita_buf *, size_t extra);
int	 ita_buf_adds(struct ita_buf *, const char *);
int	 ita_buf_printf(struct ita_buf *, const char *, ...)
	    __attribute__((format(printf, 2, 3)));
void	 ita_buf_clear(struct ita_buf *);	/* len = 0, keeps memory */
void	 ita_buf_free(struct ita_buf *);
/* Hands over the string (never NULL on success); the buffer is reset. */
char	*ita_buf_take(struct ita_buf *);
/* "" when empty, so callers never see NULL. */
const char *ita_buf_str(const struct ita_buf *);

/*
 * Room for element n of an array of *cap elements of size bytes each:
 * arr itself while n < *cap, else arr reallocated to twice *cap (first
 * when *cap is 0) and *cap updated.  NULL on ENOMEM, when arr is
 * untouched and still the caller's.
 */
void	*ita_grow(void *arr, size_t n, size_t *cap, size_t size, size_t first);
/* 1 if the string w stands in s[0..n) (memmem, which C11 lacks). */
int	 ita_mem_has(const char *s, size_t n, const char *w);
/*
 * The capacity that an array of elements of size bytes grows to when it
 * must hold want of them: cap doubled (first when cap is 0) until it
 * does.  0, errno ENOMEM, when so many would not fit in memory.
 */
size_t	 ita_grow_cap(size_t cap, size_t want, size_t first, size_t size);
/* Frees the n strings of v, then v (NULL is no array). */
void	 ita_strv_free(char **v, size_t n);

/*
 * FNV-1a over the bytes of s, continuing from h (ITA_HASH_INIT to begin):
 * the one string hash of the hash sets and tables.
 */
#define ITA_HASH_INIT	1469598103934665603ULL
uint64_t ita_hash_str(uint64_t h, const char *s);

/*
 * Every output byte of ita-import goes through these: inline, a compare
 * and a copy when there is room.
 */
static inline int
ita_buf_reserve(struct ita_buf *b, size_t extra)
{
	if (b->p != NULL && extra < b->cap - b->len)
		return 0;
	return ita_buf_grow(b, extra);
}

static inline int
ita_buf_add(struct ita_buf *b, const void *s, size_t n)
{
	if (ita_buf_reserve(b, n) == -1)
		return -1;
	if (n > 0)
		memcpy(b->p + b->len, s, n);
	b->len += n;
	b->p[b->len] = '\0';
	return 0;
}

static inline int
ita_buf_addc(struct ita_buf *b, int c)
{
	if (ita_buf_reserve(b, 1) == -1)
		return -1;
	b->p[b->len++] = (char)c;
	b->p[b->len] = '\0';
	return 0;
}

#endif

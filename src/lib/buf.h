/* Growable byte buffer: the one string builder of ita-tools. */
#ifndef ITA_BUF_H
#define ITA_BUF_H

#include <stddef.h>

struct ita_buf {
	char	*p;	/* NULL, or a NUL-terminated string */
	size_t	 len;
	size_t	 cap;
};

#define ITA_BUF_INIT { NULL, 0, 0 }

/* All return 0 on success, -1 on allocation failure (errno set). */
int	 ita_buf_reserve(struct ita_buf *, size_t extra);
int	 ita_buf_add(struct ita_buf *, const void *, size_t);
int	 ita_buf_adds(struct ita_buf *, const char *);
int	 ita_buf_addc(struct ita_buf *, int);
int	 ita_buf_printf(struct ita_buf *, const char *, ...)
	    __attribute__((format(printf, 2, 3)));
void	 ita_buf_clear(struct ita_buf *);	/* len = 0, keeps memory */
void	 ita_buf_free(struct ita_buf *);
/* Hands over the string (never NULL on success); the buffer is reset. */
char	*ita_buf_take(struct ita_buf *);
/* "" when empty, so callers never see NULL. */
const char *ita_buf_str(const struct ita_buf *);

#endif

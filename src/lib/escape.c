/* SPDX-License-Identifier: ISC (see the file LICENSE) */
#include <string.h>

#include "escape.h"

void
ita_put_escaped(FILE *fp, const char *s, size_t n, const char *const esc[128])
{
	const unsigned char *p = (const unsigned char *)s;
	const char *e;

	for (; n > 0; p++, n--)
		if (*p < 0x80 && (e = esc[*p]) != NULL)
			fputs(e, fp);
		else
			putc(*p, fp);
}

int
ita_buf_escaped(struct ita_buf *b, const char *s, const char *stop,
    const char *const esc[128])
{
	const char *e;
	size_t n;

	for (;;) {
		n = strcspn(s, stop);
		if (ita_buf_add(b, s, n) == -1)
			return -1;
		s += n;
		if (*s == '\0')
			return 0;
		e = (unsigned char)*s < 0x80 ? esc[(unsigned char)*s] : NULL;
		if (e != NULL ? ita_buf_adds(b, e) == -1 :
		    ita_buf_add(b, s, 1) == -1)
			return -1;
		s++;
	}
}

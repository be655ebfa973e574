/* SPDX-License-Identifier: ISC (see the file LICENSE) */
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

/*
 * JSON Lines (ita(5)): one object a record, the columns as keys in the
 * header's order, every value a string ("" when empty), UTF-8 as is.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <stdio.h>

#include "jsonl.h"

/* A JSON string: quote, backslash and control characters escaped. */
static void
json_string(FILE *fp, const char *s)
{
	const unsigned char *p;

	putc('"', fp);
	for (p = (const unsigned char *)s; *p != '\0'; p++)
		switch (*p) {
		case '"':
			fputs("\\\"", fp);
			break;
		case '\\':
			fputs("\\\\", fp);
			break;
		case '\n':
			fputs("\\n", fp);
			break;
		case '\r':
			fputs("\\r", fp);
			break;
		case '\t':
			fputs("\\t", fp);
			break;
		default:
			if (*p < 0x20)
				fprintf(fp, "\\u%04x", *p);
			else
				putc(*p, fp);
		}
	putc('"', fp);
}

int
ita_jsonl_put(FILE *fp, const struct ita_record *r)
{
	size_t i;

	putc('{', fp);
	for (i = 0; i < r->hdr->ncols; i++) {
		if (i > 0)
			putc(',', fp);
		json_string(fp, r->hdr->names[i]);
		putc(':', fp);
		json_string(fp, r->vals[i]);
	}
	fputs("}\n", fp);
	return ferror(fp) ? -1 : 0;
}

/*
 * JSON Lines (ita(5)): one object a record, the columns as keys in the
 * header's order, every value a string ("" when empty), UTF-8 as is.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <stdio.h>
#include <string.h>

#include "escape.h"
#include "jsonl.h"

/*
 * What a JSON string's quote, backslash and control characters become
 * (RFC 8259): the short escapes for tab and line breaks, else \u00XX.
 */
static const char *const json_esc[128] = {
	"\\u0000", "\\u0001", "\\u0002", "\\u0003", "\\u0004", "\\u0005",
	"\\u0006", "\\u0007", "\\u0008", "\\t", "\\n", "\\u000b",
	"\\u000c", "\\r", "\\u000e", "\\u000f", "\\u0010", "\\u0011",
	"\\u0012", "\\u0013", "\\u0014", "\\u0015", "\\u0016", "\\u0017",
	"\\u0018", "\\u0019", "\\u001a", "\\u001b", "\\u001c", "\\u001d",
	"\\u001e", "\\u001f",
	['"'] = "\\\"", ['\\'] = "\\\\"
};

static void
json_string(FILE *fp, const char *s)
{
	putc('"', fp);
	ita_put_escaped(fp, s, strlen(s), json_esc);
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

/*
 * Escapers for the output formats.  Cells come from public documents and
 * land on public websites: nothing in them may be interpreted as markup.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <string.h>

#include "escape.h"
#include "render.h"

/* Text for HTML and XML: the five specials; valid in both. */
static const char *const xml_esc[128] = {
	['&'] = "&amp;", ['<'] = "&lt;", ['>'] = "&gt;", ['"'] = "&quot;",
	['\''] = "&#39;"
};

int
resc_xml(struct ita_buf *b, const char *s)
{
	return ita_buf_escaped(b, s, "&<>\"'", xml_esc);
}

/*
 * A GitHub-flavoured Markdown table cell: GFM passes raw HTML through, so
 * < > & become entities; | would end the cell; the inline markers are
 * backslash-escaped so that "**" or "[x](y)" stay text; a line break is
 * <br> (the only way to have one in a cell).
 */
int
resc_md(struct ita_buf *b, const char *s)
{
	const char *p;
	int rc = 0;

	for (p = s; *p != '\0'; p++) {
		switch (*p) {
		case '&': rc |= ita_buf_adds(b, "&amp;"); break;
		case '<': rc |= ita_buf_adds(b, "&lt;"); break;
		case '>': rc |= ita_buf_adds(b, "&gt;"); break;
		case '\n': rc |= ita_buf_adds(b, "<br>"); break;
		case '\r': break;
		case '|': case '\\': case '*': case '_': case '`': case '[':
		case ']': case '#': case '~': case '!':
			rc |= ita_buf_addc(b, '\\');
			rc |= ita_buf_addc(b, *p);
			break;
		default:
			rc |= ita_buf_addc(b, *p);
			break;
		}
	}
	return rc ? -1 : 0;
}

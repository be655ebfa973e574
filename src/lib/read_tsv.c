/*
 * TSV: one line a row, fields split on tabs, with \t \n \r and \\ as
 * the escapes of a tab, a line feed, a carriage return and a backslash.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "read.h"
#include "utf8.h"

/* The character an escape stands for, or 0 when it is none. */
static int
tsv_escaped(int c)
{
	switch (c) {
	case 't':
		return '\t';
	case 'n':
		return '\n';
	case 'r':
		return '\r';
	case '\\':
		return '\\';
	case '<':	/* a header's first '<', '{', quote or comma (stream_write.c) */
		return '<';
	case '{':
		return '{';
	case ',':
		return ',';
	case '"':
		return '"';
	}
	return 0;
}

static int
tsv_unescape(const char *s, size_t len, struct ita_buf *b)
{
	size_t i;
	int c;

	ita_buf_clear(b);
	for (i = 0; i < len; i++) {
		c = s[i];
		if (c == '\\' && i + 1 < len && tsv_escaped(s[i + 1]) != 0)
			c = tsv_escaped(s[++i]);
		if (ita_buf_addc(b, c) == -1)
			return -1;
	}
	return ita_buf_reserve(b, 0);
}

int
ita_rd_tsv_row(struct ita_input *in, struct row *r)
{
	struct ita_buf b = ITA_BUF_INIT;
	const char *line, *tab;
	size_t len;
	int rv;

	memset(r, 0, sizeof(*r));
	for (;;) {
		if ((rv = ita_lines_next(&in->lines, &line, &len, in->d)) <= 0)
			return rv;
		ita_rd_skip_bom(&line, &len);
		if (len > 0 && line[len - 1] == '\n')
			len--;
		if (len > 0 && line[len - 1] == '\r')
			len--;
		if (len > 0)
			break;
	}
	r->line = in->lines.lineno;
	in->cur.bad = 0;
	ita_rd_check_line(in, line, len);
	r->bad = in->cur.bad;
	for (;;) {
		tab = memchr(line, '\t', len);
		if (tsv_unescape(line, tab ? (size_t)(tab - line) : len,
		    &b) == -1 || ita_rd_row_add(r, b.p, b.len) == -1) {
			ita_buf_free(&b);
			ita_diag_sys(in->d, "%s", in->lines.name);
			return -1;
		}
		if (tab == NULL)
			break;
		len -= (size_t)(tab - line) + 1;
		line = tab + 1;
	}
	ita_buf_free(&b);
	return 1;
}

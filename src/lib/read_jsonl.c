/*
 * JSON Lines: one object a line. Its keys are the columns: when they
 * differ from the last object's (names or order), they become the new
 * header, as a header row does in CSV. Values are strings; numbers
 * are taken as written and null as empty. Anything else in a line is
 * reported with its column and the line skipped.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "read.h"
#include "utf8.h"

struct jp {
	const char	*s, *p, *end;
	const char	*err;		/* what was expected, when it failed */
};

static void
ws(struct jp *j)
{
	while (j->p < j->end && (*j->p == ' ' || *j->p == '\t' ||
	    *j->p == '\r' || *j->p == '\n'))
		j->p++;
}

static int
hex4(const char *p, unsigned *out)
{
	unsigned v = 0;
	int i;

	for (i = 0; i < 4; i++) {
		v <<= 4;
		if (p[i] >= '0' && p[i] <= '9')
			v |= (unsigned)(p[i] - '0');
		else if (p[i] >= 'a' && p[i] <= 'f')
			v |= (unsigned)(p[i] - 'a' + 10);
		else if (p[i] >= 'A' && p[i] <= 'F')
			v |= (unsigned)(p[i] - 'A' + 10);
		else
			return -1;
	}
	*out = v;
	return 0;
}

static int
put_utf8(struct ita_buf *b, unsigned c)
{
	char u[4];
	size_t n;

	if (c < 0x80) {
		u[0] = (char)c;
		n = 1;
	} else if (c < 0x800) {
		u[0] = (char)(0xc0 | c >> 6);
		u[1] = (char)(0x80 | (c & 0x3f));
		n = 2;
	} else if (c < 0x10000) {
		u[0] = (char)(0xe0 | c >> 12);
		u[1] = (char)(0x80 | (c >> 6 & 0x3f));
		u[2] = (char)(0x80 | (c & 0x3f));
		n = 3;
	} else {
		u[0] = (char)(0xf0 | c >> 18);
		u[1] = (char)(0x80 | (c >> 12 & 0x3f));
		u[2] = (char)(0x80 | (c >> 6 & 0x3f));
		u[3] = (char)(0x80 | (c & 0x3f));
		n = 4;
	}
	return ita_buf_add(b, u, n);
}

/* A \uXXXX escape at j->p (after the backslash and 'u'), surrogates too. */
static int
uescape(struct jp *j, struct ita_buf *b)
{
	unsigned c, lo;

	if (j->end - j->p < 4 || hex4(j->p, &c) == -1)
		return j->err = "four hex digits after \\u", 0;
	j->p += 4;
	if (c >= 0xd800 && c < 0xdc00) {
		if (j->end - j->p < 6 || j->p[0] != '\\' || j->p[1] != 'u' ||
		    hex4(j->p + 2, &lo) == -1 || lo < 0xdc00 || lo > 0xdfff)
			return j->err = "the second half of a surrogate pair", 0;
		j->p += 6;
		c = 0x10000 + ((c - 0xd800) << 10) + (lo - 0xdc00);
	} else if (c >= 0xdc00 && c < 0xe000)
		return j->err = "a character, not half a surrogate pair", 0;
	return put_utf8(b, c) == -1 ? -1 : 1;
}

/* A string at j->p into b: 1, 0 on a syntax error (j->err), -1 ENOMEM. */
static int
string(struct jp *j, struct ita_buf *b)
{
	static const char from[] = "\"\\/bfnrt", to[] = "\"\\/\b\f\n\r\t";
	const char *e;
	int rv;

	ita_buf_clear(b);
	if (j->p >= j->end || *j->p != '"')
		return j->err = "a string", 0;
	for (j->p++; j->p < j->end && *j->p != '"'; ) {
		if ((unsigned char)*j->p < 0x20)
			return j->err = "a control character escaped", 0;
		if (*j->p != '\\') {
			if (ita_buf_addc(b, *j->p++) == -1)
				return -1;
			continue;
		}
		if (++j->p >= j->end)
			break;
		if (*j->p == 'u') {
			j->p++;
			if ((rv = uescape(j, b)) != 1)
				return rv;
			continue;
		}
		if ((e = strchr(from, *j->p)) == NULL || *j->p == '\0')
			return j->err = "an escape of JSON", 0;
		if (ita_buf_addc(b, to[e - from]) == -1)
			return -1;
		j->p++;
	}
	if (j->p >= j->end)
		return j->err = "the end of the string", 0;
	j->p++;
	return ita_buf_reserve(b, 0) == -1 ? -1 : 1;
}

/* A value: a string, a number (as written) or null (empty). */
static int
value(struct jp *j, struct ita_buf *b)
{
	const char *q = j->p;

	if (j->p < j->end && *j->p == '"')
		return string(j, b);
	ita_buf_clear(b);
	if (j->end - j->p >= 4 && memcmp(j->p, "null", 4) == 0) {
		j->p += 4;
		return ita_buf_reserve(b, 0) == -1 ? -1 : 1;
	}
	if (q < j->end && *q == '-')
		q++;
	if (q >= j->end || *q < '0' || *q > '9')
		return j->err = "a string, a number or null", 0;
	while (q < j->end && strchr("0123456789.eE+-", *q) != NULL)
		q++;
	if (ita_buf_add(b, j->p, (size_t)(q - j->p)) == -1 ||
	    ita_buf_reserve(b, 0) == -1)
		return -1;
	j->p = q;
	return 1;
}

/* The object of one line into keys and vals; 1, 0 (j->err), -1. */
static int
object(struct jp *j, struct row *keys, struct row *vals)
{
	struct ita_buf b = ITA_BUF_INIT;
	int rv = 1;

	ws(j);
	if (j->p >= j->end || *j->p != '{')
		return j->err = "'{'", 0;
	j->p++;
	ws(j);
	if (j->p < j->end && *j->p == '}')
		j->p++;
	else
		for (;;) {
			ws(j);
			if ((rv = string(j, &b)) != 1 ||
			    (rv = ita_rd_row_add(keys, b.p, b.len)) == -1)
				break;
			ws(j);
			if (j->p >= j->end || *j->p++ != ':') {
				j->err = "':'";
				rv = 0;
				break;
			}
			ws(j);
			if ((rv = value(j, &b)) != 1 ||
			    (rv = ita_rd_row_add(vals, b.p, b.len)) == -1)
				break;
			rv = 1;
			ws(j);
			if (j->p < j->end && *j->p == ',') {
				j->p++;
				continue;
			}
			if (j->p < j->end && *j->p == '}') {
				j->p++;
				break;
			}
			j->err = "',' or '}'";
			rv = 0;
			break;
		}
	ita_buf_free(&b);
	if (rv == 1) {
		ws(j);
		if (j->p < j->end)
			return j->err = "the end of the line after '}'", 0;
	}
	return rv;
}

static int
same_keys(const struct ita_header *h, const struct row *k)
{
	size_t i;

	if (h == NULL || h->ncols != k->n)
		return 0;
	for (i = 0; i < k->n; i++)
		if (strcmp(h->names[i], k->f[i]) != 0)
			return 0;
	return 1;
}

/* The record of a parsed line; 1, 0 (reported), -1. */
static int
make_record(struct ita_input *in, struct row *keys, struct row *vals,
    struct ita_record **out)
{
	struct ita_record *rec;

	if (!same_keys(in->hdr, keys) && ita_rd_set_header(in, keys) == -1)
		return -1;
	if (ita_rd_record_of(in, vals, &rec) == -1)
		return -1;
	rec->loc = ita_rd_here(in, keys->line, 0);
	return ita_rd_take_record(in, rec, out);
}

int
ita_rd_jsonl_next(struct ita_input *in, struct ita_record **out)
{
	struct row keys, vals;
	struct ita_loc l;
	struct jp j;
	const char *line;
	size_t len;
	int rv;

	for (;;) {
		if ((rv = ita_lines_next(&in->lines, &line, &len, in->d)) <= 0)
			return rv;
		ita_rd_skip_bom(&line, &len);
		while (len > 0 && (line[len - 1] == '\n' ||
		    line[len - 1] == '\r' || line[len - 1] == ' ' ||
		    line[len - 1] == '\t'))
			len--;
		if (len == 0)
			continue;
		in->cur.bad = 0;
		ita_rd_check_line(in, line, len);
		if (in->cur.bad) {
			in->nrej++;
			continue;
		}
		memset(&keys, 0, sizeof(keys));
		memset(&vals, 0, sizeof(vals));
		keys.line = in->lines.lineno;
		j.s = j.p = line;
		j.end = line + len;
		j.err = NULL;
		if ((rv = object(&j, &keys, &vals)) == 1)
			rv = make_record(in, &keys, &vals, out);
		else if (rv == 0) {
			l = ita_rd_here(in, keys.line,
			    ita_utf8_column(line, (size_t)(j.p - line)));
			ita_diag_at(in->d, &l, ITA_SEV_ERROR, "jsonl.syntax",
			    NULL, "not a record of JSON Lines: expected %s; line "
			    "skipped", j.err);
			in->nrej++;
		} else
			ita_diag_sys(in->d, "%s", in->lines.name);
		ita_rd_row_free(&keys);
		ita_rd_row_free(&vals);
		if (rv != 0)
			return rv;
	}
}

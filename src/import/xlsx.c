/*
 * Excel .xlsx (SpreadsheetML): the sheet that --sheet names (default the
 * first, in the workbook's order) of xl/workbook.xml, found through
 * xl/_rels/workbook.xml.rels, read as a table: one row of the sheet is
 * one row of the document model at the sheet's row number.  The sheet
 * and the shared strings are streamed through xmlTextReader from the
 * zip entry; workbook, relations and styles are small and parsed whole.
 * A cell is its shared string (t="s"), inline string (t="inlineStr"),
 * formula text (t="str") or error, a boolean as TRUE or FALSE, or a
 * number; a number whose style's format is a date is the date of that
 * serial in the workbook's date system (1900, with Lotus's 29 February
 * 1900, or 1904), written D/M/YYYY; one in a percent format is "40%".
 * A merged range keeps its value in its first cell, as the CSV of the
 * sheet has it.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "sheet.h"
#include "zip.h"

#define MAXXF		65536	/* cell styles taken */
#define MAXFMT		4096	/* custom number formats taken */

/* The shared strings: NUL-terminated, one after the other. */
struct sst {
	struct ita_buf	 text;
	size_t		*off;
	size_t		 n, cap;
};

struct fmt {
	unsigned	 id;
	char		 kind;
};

struct xctx {
	struct orig	*or;
	struct izip	*z;
	struct sst	 sst;
	char		*xf;		/* per cell style: a kind (fmt_kind) */
	size_t		 nxf;
	int		 date1904;
	struct sheets	 sheets;
	char		**target;	/* per sheet, its part in the zip */
	struct sheet_row row;
	struct ita_buf	 val;		/* the cell's <v> or inline text */
	unsigned long	 line;		/* the row's number */
	int		 sst_said;
};

/* Excel's "_x000D_" escapes of control characters, in place. */
static size_t
unescape_x(char *s, size_t n)
{
	size_t i, o = 0;
	unsigned v;
	int k;

	for (i = 0; i < n; i++) {
		if (s[i] == '_' && n - i >= 7 && s[i + 1] == 'x' &&
		    s[i + 6] == '_' && sscanf(s + i + 2, "%4x%n", &v, &k) == 1 &&
		    k == 4) {
			if (v == '\n' || v == '\t')
				s[o++] = v == '\n' ? '\n' : ' ';
			else if (v >= 0x20 && v < 0x7f)
				s[o++] = (char)v;
			i += 6;		/* others (CR) are dropped */
			continue;
		}
		s[o++] = s[i];
	}
	return o;
}

static int
sst_push(struct sst *t, const char *s, size_t n)
{
	size_t *o;

	if ((o = ita_grow(t->off, t->n, &t->cap, sizeof(*o), 256)) == NULL)
		return -1;
	t->off = o;
	t->off[t->n] = t->text.len;
	if (ita_buf_add(&t->text, s, n) == -1 ||
	    ita_buf_addc(&t->text, '\0') == -1)
		return -1;
	t->n++;
	return 0;
}

/* A part streamed: the reader over it (and *zf), or NULL (reported). */
static xmlTextReaderPtr
open_part(struct xctx *x, const char *name, struct izip_file **zf,
    int *absent)
{
	xmlTextReaderPtr r;

	if ((*zf = izip_fopen(x->z, name, absent)) == NULL)
		return NULL;
	if ((r = isheet_reader(*zf, NULL, 0)) == NULL) {
		ita_diag_sys(x->or->d, "%s", x->or->name);
		izip_fclose(*zf);
		*zf = NULL;
	}
	return r;
}

/* Ends reading a part: 0, or -1 when it was not well-formed (reported). */
static int
close_part(struct xctx *x, xmlTextReaderPtr r, struct izip_file *zf,
    const char *name, int rc)
{
	if (rc == -1 && !izip_ferror(zf))
		iorig_error(x->or, "import.xlsx", "%s is not well-formed XML%s",
		    name, x->line ? ": the rest of the sheet is not imported" :
		    ": not imported");
	xmlFreeTextReader(r);
	izip_fclose(zf);
	return rc == -1 ? -1 : 0;
}

static int
is_text(int type)
{
	return type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_CDATA ||
	    type == XML_READER_TYPE_WHITESPACE ||
	    type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE;
}

/*
 * Where a rich string (a shared string's si, an inline string's is) has
 * its text: in t elements, but not those of a phonetic guide (rPh).
 */
struct rich {
	int	in_t, rph;
};

/*
 * Follows the start (inside a rich string) or the end of a t or rPh
 * element at r: 1 if the node was one of them.
 */
static int
rich_node(xmlTextReaderPtr r, int type, struct rich *rs)
{
	int *at;

	if (ixr_is(r, "t"))
		at = &rs->in_t;
	else if (ixr_is(r, "rPh"))
		at = &rs->rph;
	else
		return 0;
	*at = type == XML_READER_TYPE_ELEMENT &&
	    !xmlTextReaderIsEmptyElement(r);
	return 1;
}

/* 1 when a node of that type is text of the rich string. */
static int
rich_text(const struct rich *rs, int type)
{
	return rs->in_t && !rs->rph && is_text(type);
}

/* xl/sharedStrings.xml: the text of each si, phonetic runs left out. */
static int
load_sst(struct xctx *x)
{
	static const char part[] = "xl/sharedStrings.xml";
	xmlTextReaderPtr r;
	struct izip_file *zf;
	struct ita_buf s = ITA_BUF_INIT;
	struct rich rs = { 0, 0 };
	int rc, type, absent, in_si = 0, failed = 0;

	if ((r = open_part(x, part, &zf, &absent)) == NULL)
		return absent ? 0 : -1;
	while (!failed && (rc = xmlTextReaderRead(r)) == 1) {
		type = xmlTextReaderNodeType(r);
		if (type == XML_READER_TYPE_ELEMENT) {
			if (ixr_is(r, "si")) {
				ita_buf_clear(&s);
				in_si = !xmlTextReaderIsEmptyElement(r);
				if (!in_si && sst_push(&x->sst, "", 0) == -1)
					failed = 1;
			} else if (in_si)
				(void)rich_node(r, type, &rs);
		} else if (type == XML_READER_TYPE_END_ELEMENT) {
			if (rich_node(r, type, &rs))
				continue;
			if (in_si && ixr_is(r, "si")) {
				in_si = 0;
				if (s.len > 0)
					s.len = unescape_x(s.p, s.len);
				if (sst_push(&x->sst, s.p ? s.p : "", s.len) ==
				    -1)
					failed = 1;
			}
		} else if (rich_text(&rs, type)) {
			const xmlChar *v = xmlTextReaderConstValue(r);

			if (v != NULL && ita_buf_adds(&s, (const char *)v) == -1)
				failed = 1;
		}
	}
	ita_buf_free(&s);
	if (failed) {
		ita_diag_sys(x->or->d, "%s", x->or->name);
		xmlFreeTextReader(r);
		izip_fclose(zf);
		return -1;
	}
	return close_part(x, r, zf, part, rc);
}

/*
 * What a number format shows: 'd' a date, 'D' date and time, 't' a time,
 * 'p' a percent, 'n' a number.  Only the first section counts; quoted
 * text, escapes, fills, colours and locales ([$-41E]) are not codes.
 * Thai Excel writes its codes in Thai letters: ว ด ป (day month year)
 * and ช น ท (hours minutes seconds).
 */
static char
fmt_kind(const char *s)
{
	int date = 0, time = 0, pct = 0;
	const char *p;

	for (p = s; *p != '\0' && *p != ';'; p++) {
		switch (*p) {
		case '"':
			while (p[1] != '\0' && p[1] != '"')
				p++;
			if (p[1] == '"')
				p++;
			continue;
		case '\\': case '_': case '*':
			if (p[1] != '\0')
				p++;
			continue;
		case '[':
			if (p[1] == 'h' || p[1] == 'H' || p[1] == 'm' ||
			    p[1] == 'M' || p[1] == 's' || p[1] == 'S')
				time = 1;	/* elapsed time, [h]:mm */
			while (p[1] != '\0' && p[1] != ']')
				p++;
			if (p[1] == ']')
				p++;
			continue;
		case 'G': case 'g':
			if (strncasecmp(p, "General", 7) == 0) {
				p += 6;
				continue;
			}
			break;
		case 'd': case 'D': case 'y': case 'Y': case 'm': case 'M':
			date = 1;
			break;
		case 'b': case 'B':
			if (p[1] == 'b' || p[1] == 'B')
				date = 1;	/* bbbb: the Buddhist year */
			break;
		case 'h': case 'H': case 's': case 'S':
			time = 1;
			break;
		case '%':
			pct = 1;
			break;
		case '\xE0':	/* Thai letters: U+0E01..U+0E2E */
			if (strncmp(p, "ว", 3) == 0 || strncmp(p, "ด", 3) ==
			    0 || strncmp(p, "ป", 3) == 0)
				date = 1;
			else if (strncmp(p, "ช", 3) == 0 ||
			    strncmp(p, "น", 3) == 0 || strncmp(p, "ท", 3) == 0)
				time = 1;
			break;
		}
	}
	/* "mm" beside hours or seconds is minutes: a time, not a date */
	if (date && time && strpbrk(s, "dDyY") == NULL &&
	    strstr(s, "ว") == NULL && strstr(s, "ป") == NULL)
		date = 0;
	if (date)
		return time ? 'D' : 'd';
	return time ? 't' : pct ? 'p' : 'n';
}

/* The built-in formats (ECMA-376 18.8.30; 71-81 are Thai). */
static char
builtin_kind(unsigned id)
{
	if (id == 9 || id == 10)
		return 'p';
	if ((id >= 14 && id <= 17) || (id >= 27 && id <= 31) ||
	    (id >= 34 && id <= 36) || (id >= 50 && id <= 58) ||
	    (id >= 71 && id <= 74) || id == 81)
		return 'd';
	if (id == 22 || id == 77)
		return 'D';
	if ((id >= 18 && id <= 21) || id == 32 || id == 33 ||
	    (id >= 45 && id <= 47) || (id >= 75 && id <= 80))
		return 't';
	return 'n';
}

static unsigned
uattr(const xmlNode *n, const char *name)
{
	const char *v = ix_attr(n, name);

	return v != NULL ? (unsigned)strtoul(v, NULL, 10) : 0;
}

static xmlDocPtr
parse_part(struct xctx *x, const char *name, int *absent)
{
	xmlDocPtr doc;
	char *buf;
	size_t len;
	int rc;

	*absent = 0;
	if ((rc = izip_read(x->z, name, &buf, &len)) != 1) {
		*absent = rc == 0;
		return NULL;
	}
	doc = ix_parse(buf, len);
	free(buf);
	if (doc == NULL)
		iorig_error(x->or, "import.xlsx", "%s is not well-formed XML: "
		    "not imported", name);
	return doc;
}

/* xl/styles.xml: the kind of number each cell style (s="N") shows. */
static int
load_styles(struct xctx *x)
{
	struct fmt *fmts;
	xmlDocPtr doc;
	xmlNode *root, *sec, *n;
	size_t nf = 0, i;
	unsigned id;
	int absent;
	char k;

	if ((doc = parse_part(x, "xl/styles.xml", &absent)) == NULL)
		return absent ? 0 : -1;
	if ((fmts = calloc(MAXFMT, sizeof(*fmts))) == NULL ||
	    (x->xf = calloc(MAXXF, 1)) == NULL) {
		free(fmts);
		xmlFreeDoc(doc);
		ita_diag_sys(x->or->d, "%s", x->or->name);
		return -1;
	}
	root = xmlDocGetRootElement(doc);
	if (root != NULL && (sec = ix_child(root, "numFmts")) != NULL)
		for (n = sec->children; n != NULL && nf < MAXFMT; n = n->next)
			if (ix_is(n, "numFmt")) {
				fmts[nf].id = uattr(n, "numFmtId");
				fmts[nf++].kind = fmt_kind(ix_attr(n,
				    "formatCode") ? ix_attr(n, "formatCode") :
				    "");
			}
	if (root != NULL && (sec = ix_child(root, "cellXfs")) != NULL)
		for (n = sec->children; n != NULL && x->nxf < MAXXF;
		    n = n->next) {
			if (!ix_is(n, "xf"))
				continue;
			id = uattr(n, "numFmtId");
			k = builtin_kind(id);
			for (i = 0; i < nf; i++)
				if (fmts[i].id == id)
					k = fmts[i].kind;
			x->xf[x->nxf++] = k;
		}
	free(fmts);
	xmlFreeDoc(doc);
	return 0;
}

/* The part a relation's target names, from the folder xl/. */
static char *
part_path(const char *target)
{
	struct ita_buf b = ITA_BUF_INIT;

	if (target[0] == '/')
		ita_buf_adds(&b, target + 1);
	else {
		ita_buf_adds(&b, "xl/");
		ita_buf_adds(&b, target);
	}
	return ita_buf_take(&b);
}

/* Workbook and its relations: the sheets' names and parts, date1904. */
static int
load_workbook(struct xctx *x)
{
	xmlDocPtr wb, rels;
	xmlNode *root, *n, *sec, *rel;
	const char *id, *v;
	char name[64];
	char **tv;
	int absent, rc = 0;

	if ((wb = parse_part(x, "xl/workbook.xml", &absent)) == NULL) {
		if (absent)
			iorig_error(x->or, "import.xlsx", "no xl/workbook.xml: "
			    "not an .xlsx workbook: not imported");
		return -1;
	}
	rels = parse_part(x, "xl/_rels/workbook.xml.rels", &absent);
	if (rels == NULL && !absent) {
		xmlFreeDoc(wb);
		return -1;
	}
	root = xmlDocGetRootElement(wb);
	if (root != NULL && (n = ix_child(root, "workbookPr")) != NULL &&
	    (v = ix_attr(n, "date1904")) != NULL)
		x->date1904 = strcmp(v, "1") == 0 || strcasecmp(v, "true") == 0;
	sec = root != NULL ? ix_child(root, "sheets") : NULL;
	for (n = sec ? sec->children : NULL; n != NULL && rc == 0 &&
	    x->sheets.n < SHEET_MAXSHEETS; n = n->next) {
		if (!ix_is(n, "sheet"))
			continue;
		if ((tv = reallocarray(x->target, x->sheets.n + 1,
		    sizeof(*tv))) == NULL) {
			rc = -1;
			break;
		}
		x->target = tv;
		tv[x->sheets.n] = NULL;
		id = ix_attr(n, "id");	/* r:id */
		rel = NULL;
		if (id != NULL && rels != NULL &&
		    xmlDocGetRootElement(rels) != NULL)
			for (rel = xmlDocGetRootElement(rels)->children;
			    rel != NULL; rel = rel->next)
				if (ix_is(rel, "Relationship") &&
				    (v = ix_attr(rel, "Id")) != NULL &&
				    strcmp(v, id) == 0 &&
				    ix_attr(rel, "Target") != NULL)
					break;
		if (rel != NULL)
			tv[x->sheets.n] = part_path(ix_attr(rel, "Target"));
		else {	/* no relations: the usual name of the part */
			snprintf(name, sizeof(name), "xl/worksheets/sheet%zu"
			    ".xml", x->sheets.n + 1);
			tv[x->sheets.n] = strdup(name);
		}
		if (tv[x->sheets.n] == NULL || isheets_add(&x->sheets,
		    ix_attr(n, "name")) == -1) {
			free(tv[x->sheets.n]);
			rc = -1;
		}
	}
	if (rc == -1)
		ita_diag_sys(x->or->d, "%s", x->or->name);
	xmlFreeDoc(wb);
	xmlFreeDoc(rels);
	return rc;
}

/* "C7": the column (from 0) of a reference; -1 when it has none. */
static long
ref_col(const char *s)
{
	long c = 0;
	int k = 0;

	for (; (*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z'); s++) {
		if (++k > 3)
			return (long)SHEET_MAXCOLS;	/* beyond XFD */
		c = c * 26 + ((*s | 0x20) - 'a' + 1);
	}
	return k == 0 ? -1 : c - 1;
}

/* "A", "Z", "AA", ... "XFD": the letters of column col (from 0). */
static void
col_name(long col, char *out, size_t n)
{
	char tmp[8];
	size_t k = 0, i;

	for (col++; col > 0 && k < sizeof(tmp); col = (col - 1) / 26)
		tmp[k++] = (char)('A' + (col - 1) % 26);
	for (i = 0; i < k && i + 1 < n; i++)
		out[i] = tmp[k - 1 - i];
	out[i] = '\0';
}

/* The value of the cell just read into its column of the row. */
static void
put_cell(struct xctx *x, long col, const char *type, long style)
{
	struct xtext *t;
	const char *v = ita_buf_str(&x->val);
	unsigned long idx;
	char kind, *end, ref[16];

	if (x->val.len == 0 && strcmp(type, "inlineStr") != 0)
		return;		/* an empty cell (a style only) */
	if ((t = isrow_cell(x->or, &x->row, (unsigned long)col, x->line)) ==
	    NULL)
		return;
	switch (type[0]) {
	case 's':
		if (strcmp(type, "str") == 0) {		/* a formula's text */
			ixt_add(t, v, x->val.len, 0);
			break;
		}
		errno = 0;
		idx = strtoul(v, &end, 10);
		if (*end == '\0' && errno == 0 && idx < x->sst.n) {
			ixt_adds(t, x->sst.text.p + x->sst.off[idx]);
			break;
		}
		if (!x->sst_said) {
			col_name(col, ref, sizeof(ref));
			isheet_diag(x->or, x->line, ITA_SEV_ERROR,
			    "import.xlsx", "cell %s%lu: shared string '%.20s' "
			    "does not exist (the workbook has %zu): read as "
			    "empty", ref, x->line, v, x->sst.n);
		}
		x->sst_said = 1;
		break;
	case 'i':				/* inlineStr */
	case 'e':				/* an error: #DIV/0! */
		ixt_add(t, v, x->val.len, 0);
		break;
	case 'b':
		isheet_bool(t, strcmp(v, "0") != 0 && strcasecmp(v, "false"));
		break;
	case 'd':				/* ISO 8601 */
		if (!isheet_isodate(t, v))
			ixt_add(t, v, x->val.len, 0);
		break;
	default:				/* "n", or none */
		kind = style >= 0 && (size_t)style < x->nxf ? x->xf[style] :
		    'n';
		if (kind == 'p' || kind == 'n' ||
		    !isheet_serial(t, v, x->date1904, kind))
			isheet_number(t, v, kind == 'p');
	}
	isrow_set(&x->row, (size_t)col);
}

/* The sheet's rows into the document model. */
static int
read_sheet(struct xctx *x, const char *part)
{
	xmlTextReaderPtr r;
	struct izip_file *zf;
	char a[32], type[16];
	long col = -1, style = -1, next = 0, c;
	unsigned long ln;
	struct rich rs = { 0, 0 };
	int rc, nt, absent, in_c = 0, in_v = 0, in_is = 0;
	int failed = 0;

	if ((r = open_part(x, part, &zf, &absent)) == NULL) {
		if (absent)
			iorig_error(x->or, "import.xlsx", "no %s, the sheet's "
			    "part: not imported", part);
		return -1;
	}
	type[0] = '\0';
	while (!failed && (rc = xmlTextReaderRead(r)) == 1) {
		nt = xmlTextReaderNodeType(r);
		if (nt == XML_READER_TYPE_ELEMENT) {
			if (ixr_is(r, "row")) {
				ln = ixr_attr(r, "r", a, sizeof(a)) ?
				    strtoul(a, NULL, 10) : 0;
				x->line = ln >= 1 && ln <= SHEET_MAXROWS ? ln :
				    x->line + 1;
				isrow_clear(&x->row);
				next = 0;
			} else if (ixr_is(r, "c")) {
				c = ixr_attr(r, "r", a, sizeof(a)) ?
				    ref_col(a) : -1;
				col = c >= 0 ? c : next;
				next = col + 1;
				if (!ixr_attr(r, "t", type, sizeof(type)))
					strcpy(type, "n");
				style = ixr_attr(r, "s", a, sizeof(a)) ?
				    strtol(a, NULL, 10) : -1;
				ita_buf_clear(&x->val);
				in_c = !xmlTextReaderIsEmptyElement(r);
			} else if (in_c && ixr_is(r, "v"))
				in_v = !xmlTextReaderIsEmptyElement(r);
			else if (in_c && ixr_is(r, "is"))
				in_is = !xmlTextReaderIsEmptyElement(r);
			else if (in_is)
				(void)rich_node(r, nt, &rs);
		} else if (nt == XML_READER_TYPE_END_ELEMENT) {
			if (rich_node(r, nt, &rs))
				continue;
			if (ixr_is(r, "v"))
				in_v = 0;
			else if (ixr_is(r, "is"))
				in_is = 0;
			else if (in_c && ixr_is(r, "c")) {
				in_c = in_v = in_is = 0;
				rs.in_t = rs.rph = 0;
				if (x->val.len > 0)
					x->val.len = unescape_x(x->val.p,
					    x->val.len);
				put_cell(x, col, type, style);
			} else if (ixr_is(r, "row")) {
				if (isrow_emit(x->or, &x->row, x->line, 1) ==
				    -1)
					failed = 1;
			} else if (ixr_is(r, "sheetData"))
				break;		/* merges, print setup: done */
		} else if ((in_v && is_text(nt)) || rich_text(&rs, nt)) {
			const xmlChar *v = xmlTextReaderConstValue(r);

			if (v != NULL && ita_buf_adds(&x->val,
			    (const char *)v) == -1) {
				ita_diag_sys(x->or->d, "%s", x->or->name);
				failed = 1;
			}
		}
	}
	if (failed) {
		xmlFreeTextReader(r);
		izip_fclose(zf);
		return -1;
	}
	if (rc == -1 && !izip_ferror(zf)) {
		/* cut off: the error, and the rows read so far stay read */
		(void)close_part(x, r, zf, part, rc);
		return 0;
	}
	return close_part(x, r, zf, part, rc);
}

/* One sheet, read or only counted: 0, or -1 (reported). */
static int
one_sheet(struct xctx *x, size_t i, int read)
{
	int rc;

	x->line = 0;
	if (isheet_enter(x->or, &x->sheets, &x->row, i, read) == -1)
		return -1;
	rc = read_sheet(x, x->target[i]);
	if (isheet_leave(x->or, &x->sheets, &x->row, i) == -1)
		rc = -1;
	return read ? rc : 0;	/* a sheet not read cannot fail the rest */
}

/*
 * Every sheet with --all-sheets; else the one picked, then the others
 * counted (without --sheet) so that what they hold is not lost unsaid.
 */
static int
read_sheets(struct xctx *x, size_t pick)
{
	size_t i;
	int rc = 0;

	if (x->or->o->all_sheets) {
		for (i = 0; i < x->sheets.n && rc == 0; i++)
			rc = one_sheet(x, i, 1);
		return rc;
	}
	rc = read_sheet(x, x->target[pick]);
	for (i = 0; i < x->sheets.n && rc == 0 && x->or->o->sheet == NULL; i++)
		if (i != pick)
			rc = one_sheet(x, i, 0);
	return rc;
}

int
iread_xlsx(struct orig *or)
{
	struct xctx *x;
	long pick;
	int rc = -1;

	if ((x = calloc(1, sizeof(*x))) == NULL) {
		ita_diag_sys(or->d, "%s", or->name);
		return -1;
	}
	x->or = or;
	idoc_set_form(or->dm.doc, DOC_SHEET);
	if ((x->z = izip_open(or)) != NULL && load_workbook(x) == 0 &&
	    (pick = or->o->all_sheets && x->sheets.n > 0 ? 0 :
	    isheets_pick(or, &x->sheets, "import.sheet")) >= 0 &&
	    load_styles(x) == 0 && load_sst(x) == 0) {
		if (!or->o->all_sheets)
			isheets_verbose(or, &x->sheets, (size_t)pick);
		rc = read_sheets(x, (size_t)pick);
	}
	isheets_done(or, &x->sheets);
	ita_strv_free(x->target, x->sheets.n);
	isheets_free(&x->sheets);
	isrow_free(&x->row);
	ita_buf_free(&x->val);
	ita_buf_free(&x->sst.text);
	free(x->sst.off);
	free(x->xf);
	izip_close(x->z);
	free(x);
	return rc;
}

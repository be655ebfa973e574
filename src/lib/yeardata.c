/*
 * Loading the per-fiscal-year data files (see yeardata.h and the FILES
 * section of ita-validate(1)).  A file holds blocks; a block starts with
 * "fiscal_year FIRST [LAST]" and gives that span of years its framework.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "lines.h"
#include "parse.h"
#include "share.h"
#include "thdate.h"
#include "yeardata.h"

#define RULE	"years.data"

struct ita_years {
	struct ita_year	**y;	/* sorted by fy */
	size_t		  n, cap;
};

/* A block being read: the template of its years. */
struct block {
	struct ita_year	 t;
	int		 first, last;
	int		 has_weights;
	size_t		 capitems, caplevels;
	int		 bad;
};

static void
year_clear(struct ita_year *y)
{
	size_t i;

	for (i = 0; i < y->nitems; i++) {
		free(y->items[i].code);
		free(y->items[i].title);
		free(y->items[i].group);
	}
	free(y->items);
	for (i = 0; i < y->nlevels; i++)
		free(y->levels[i].name);
	free(y->levels);
	free(y->list_source);
	free(y->certainty);
	free(y->note);
	free(y->file);
	memset(y, 0, sizeof(*y));
}

static void
year_free(struct ita_year *y)
{
	if (y == NULL)
		return;
	year_clear(y);
	free(y);
}

/* A copy of s, or NULL for NULL; *fail set on ENOMEM. */
static char *
dup_or_null(const char *s, int *fail)
{
	char *p;

	if (s == NULL)
		return NULL;
	if ((p = strdup(s)) == NULL)
		*fail = 1;
	return p;
}

/*
 * The n elements of size bytes at v copied (the pointers in them still
 * v's), or NULL when n is 0; *fail set on ENOMEM.
 */
static void *
copy_array(const void *v, size_t n, size_t size, int *fail)
{
	void *p;

	if (n == 0)
		return NULL;
	if ((p = calloc(n, size)) == NULL) {
		*fail = 1;
		return NULL;
	}
	return memcpy(p, v, n * size);
}

/* The OIT items of from copied into to, which has none: 0, -1. */
static int
copy_items(struct ita_year *to, const struct ita_year *from)
{
	size_t i;
	int fail = 0;

	to->items = copy_array(from->items, from->nitems, sizeof(*to->items),
	    &fail);
	if (to->items == NULL)
		return fail ? -1 : 0;
	to->nitems = from->nitems;
	for (i = 0; i < to->nitems; i++) {
		to->items[i].code = dup_or_null(from->items[i].code, &fail);
		to->items[i].title = dup_or_null(from->items[i].title, &fail);
		to->items[i].group = dup_or_null(from->items[i].group, &fail);
	}
	return fail ? -1 : 0;
}

static struct ita_year *
year_clone(const struct ita_year *src)
{
	struct ita_year *y;
	size_t i;
	int fail = 0;

	if ((y = calloc(1, sizeof(*y))) == NULL)
		return NULL;
	*y = *src;
	y->items = NULL;
	y->nitems = 0;
	if (copy_items(y, src) == -1)
		fail = 1;
	y->levels = copy_array(src->levels, src->nlevels, sizeof(*y->levels),
	    &fail);
	if (y->levels == NULL)
		y->nlevels = 0;
	for (i = 0; i < y->nlevels; i++)
		y->levels[i].name = dup_or_null(src->levels[i].name, &fail);
	y->list_source = dup_or_null(src->list_source, &fail);
	y->certainty = dup_or_null(src->certainty, &fail);
	y->note = dup_or_null(src->note, &fail);
	y->file = dup_or_null(src->file, &fail);
	if (fail) {
		year_free(y);
		return NULL;
	}
	return y;
}

struct ita_years *
ita_years_new(void)
{
	return calloc(1, sizeof(struct ita_years));
}

void
ita_years_free(struct ita_years *ys)
{
	size_t i;

	if (ys == NULL)
		return;
	for (i = 0; i < ys->n; i++)
		year_free(ys->y[i]);
	free(ys->y);
	free(ys);
}

/* Puts y in its place, replacing a year already there. */
static int
years_put(struct ita_years *ys, struct ita_year *y)
{
	struct ita_year **p;
	size_t i;

	for (i = 0; i < ys->n && ys->y[i]->fy < y->fy; i++)
		;
	if (i < ys->n && ys->y[i]->fy == y->fy) {
		year_free(ys->y[i]);
		ys->y[i] = y;
		return 0;
	}
	if ((p = ita_grow(ys->y, ys->n, &ys->cap, sizeof(*p), 8)) == NULL)
		return -1;
	ys->y = p;
	memmove(ys->y + i + 1, ys->y + i, (ys->n - i) * sizeof(*ys->y));
	ys->y[i] = y;
	ys->n++;
	return 0;
}

/* A weight, mark or bound: a decimal number, never negative. */
static int
parse_num(const char *s, double *out)
{
	return ita_parse_decimal(s, out) == -1 || *out < 0 ? -1 : 0;
}

static int
parse_int(const char *s, int min, int max, int *out)
{
	long v = 0;

	if (*s == '\0')
		return -1;
	for (; *s >= '0' && *s <= '9'; s++)
		if ((v = v * 10 + (*s - '0')) > max)
			return -1;
	if (*s != '\0' || v < min)
		return -1;
	*out = (int)v;
	return 0;
}

/* Splits a line into at most max words; the rest of the line after the
 * last word stays in *rest (for titles with spaces). */
static size_t
split(char *s, char **w, size_t max, char **rest)
{
	size_t n = 0;

	*rest = NULL;
	for (;;) {
		while (*s == ' ' || *s == '\t')
			s++;
		if (*s == '\0')
			break;
		if (n == max) {
			*rest = s;
			break;
		}
		w[n++] = s;
		while (*s != '\0' && *s != ' ' && *s != '\t')
			s++;
		if (*s == '\0')
			break;
		*s++ = '\0';
	}
	return n;
}

static int
valid_code(const char *s)
{
	int n;

	return s[0] == 'o' && parse_int(s + 1, 1, 999, &n) == 0 &&
	    s[1] != '0';
}

static int
valid_group(const char *s)
{
	static const char *const groups[] = { "9.1", "9.2", "9.3", "9.4",
	    "9.5", "10.1", "10.2", NULL };
	size_t i;

	for (i = 0; groups[i] != NULL; i++)
		if (strcmp(groups[i], s) == 0)
			return 1;
	return 0;
}

static void
block_reset(struct block *b)
{
	year_clear(&b->t);
	memset(b, 0, sizeof(*b));
}

static int
set_text(char **field, const char *v)
{
	char *p;

	if ((p = strdup(v)) == NULL)
		return -1;
	free(*field);
	*field = p;
	return 0;
}

/* Ends a block: checks it and stores one year per year of its span. */
static int
block_end(struct ita_years *ys, struct block *b, struct ita_diag *d,
    const char *file)
{
	struct ita_loc l = { file, b->t.line, 0 };
	struct ita_year *y;
	double sum;
	int fy, rc = 0;

	if (b->first == 0)
		return 0;
	sum = b->t.weight_iit + b->t.weight_eit + b->t.weight_oit;
	if (!b->has_weights)
		ita_diag_at(d, &l, ITA_SEV_ERROR, RULE, NULL,
		    "fiscal year %d has no 'weights' line", b->first);
	else if (sum < 99.999 || sum > 100.001)
		ita_diag_at(d, &l, ITA_SEV_ERROR, RULE, NULL,
		    "fiscal year %d: weights add up to %g, not 100",
		    b->first, sum);
	else if (b->t.nlevels == 0)
		ita_diag_at(d, &l, ITA_SEV_ERROR, RULE, NULL,
		    "fiscal year %d has no 'level' lines", b->first);
	else if (!b->bad) {
		if (b->t.certainty == NULL &&
		    set_text(&b->t.certainty, "unknown") == -1)
			rc = -1;
		for (fy = b->first; rc == 0 && fy <= b->last; fy++) {
			b->t.fy = fy;
			if ((y = year_clone(&b->t)) == NULL ||
			    years_put(ys, y) == -1) {
				year_free(y);
				rc = -1;
			}
		}
	}
	block_reset(b);
	return rc;
}

static int
add_item(struct block *b, const char *code, const char *group,
    const char *title)
{
	struct ita_oit_item *it;
	int fail = 0;

	it = ita_grow(b->t.items, b->t.nitems, &b->capitems, sizeof(*it), 64);
	if (it == NULL)
		return -1;
	b->t.items = it;
	it = &b->t.items[b->t.nitems];
	it->code = dup_or_null(code, &fail);
	it->group = dup_or_null(group, &fail);
	it->title = dup_or_null(title, &fail);
	b->t.nitems++;
	return fail ? -1 : 0;
}

static int
add_level(struct block *b, const char *name, double min, double tool_min)
{
	struct ita_level *lv;

	lv = ita_grow(b->t.levels, b->t.nlevels, &b->caplevels, sizeof(*lv), 8);
	if (lv == NULL)
		return -1;
	b->t.levels = lv;
	lv = &b->t.levels[b->t.nlevels];
	if ((lv->name = strdup(name)) == NULL)
		return -1;
	lv->min = min;
	lv->tool_min = tool_min;
	b->t.nlevels++;
	return 0;
}

/* The words of ita-validate(1) FILES: how sure a year's data is. */
static int
certainty_word(const char *w)
{
	return strcmp(w, "confirmed") == 0 || strcmp(w, "observed") == 0 ||
	    strcmp(w, "recalled") == 0 || strcmp(w, "unknown") == 0;
}

/* One line of a data file, split: a keyword and its words. */
struct line {
	char			*w[8];
	size_t			 n;
	char			*rest;	/* after w[2], or NULL */
	struct ita_years	*ys;
	const struct ita_loc	*l;
	struct ita_diag		*d;
};

/*
 * Reports a bad line; spoils, when set, refuses the whole block (its
 * data would be wrong, not just incomplete).  Returns 1, for a bad line.
 */
static int bad_line(const struct line *, struct block *, int, const char *,
    ...) __attribute__((format(printf, 4, 5)));

static int
bad_line(const struct line *ln, struct block *b, int spoils,
    const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	ita_vdiag_at(ln->d, ln->l, ITA_SEV_ERROR, RULE, NULL, fmt, ap);
	va_end(ap);
	if (spoils)
		b->bad = 1;
	return 1;
}

/* "fiscal_year FIRST [LAST]": ends the block before, starts a new one. */
static int
kw_fiscal_year(struct block *b, struct line *ln)
{
	int a, z;

	if (block_end(ln->ys, b, ln->d, ln->l->file) == -1)
		return -1;
	if (ln->n < 2 || ln->rest != NULL ||
	    parse_int(ln->w[1], ITA_BE_MIN, ITA_BE_MAX, &a) == -1 ||
	    (ln->n == 3 && parse_int(ln->w[2], a, ITA_BE_MAX, &z) == -1))
		return bad_line(ln, b, 0, "'fiscal_year' wants a Buddhist Era "
		    "year or two (2566 2567)");
	b->first = a;
	b->last = ln->n == 3 ? z : a;
	b->t.line = ln->l->line;
	b->t.eit_parts = 1;
	b->t.pass_mark = 85;
	b->t.weight_iit = b->t.weight_eit = b->t.weight_oit = 0;
	return set_text(&b->t.file, ln->l->file);
}

/* "source", "note", "certainty": the text is all after the keyword. */
static int
kw_text(struct block *b, struct line *ln)
{
	char **field;

	if (ln->n < 2)
		return bad_line(ln, b, 0, "'%s' wants a text", ln->w[0]);
	/* Join the words split off back into one text. */
	if (ln->n == 3)
		ln->w[1][strlen(ln->w[1])] = ' ';
	if (ln->rest != NULL)
		ln->w[2][strlen(ln->w[2])] = ' ';
	if (strcmp(ln->w[0], "certainty") == 0 && !certainty_word(ln->w[1]))
		return bad_line(ln, b, 1, "certainty '%s' is not confirmed, "
		    "observed, recalled or unknown", ln->w[1]);
	field = strcmp(ln->w[0], "source") == 0 ? &b->t.list_source :
	    strcmp(ln->w[0], "note") == 0 ? &b->t.note : &b->t.certainty;
	return set_text(field, ln->w[1]);
}

/* "item CODE GROUP TITLE": the title is all after the group. */
static int
kw_item(struct block *b, struct line *ln)
{
	size_t i;

	if (ln->n < 3 || ln->rest == NULL || !valid_code(ln->w[1]) ||
	    !valid_group(ln->w[2]))
		return bad_line(ln, b, 1, "'item' wants a code, a group and a "
		    "title (item o1 9.1 โครงสร้าง)");
	for (i = 0; i < b->t.nitems; i++)
		if (strcmp(b->t.items[i].code, ln->w[1]) == 0)
			return bad_line(ln, b, 1, "item '%s' is listed twice",
			    ln->w[1]);
	return add_item(b, ln->w[1], ln->w[2], ln->rest);
}

static int
kw_weights(struct block *b, struct line *ln)
{
	char **w = ln->w;

	if (ln->n != 7 || strcmp(w[1], "iit") || strcmp(w[3], "eit") ||
	    strcmp(w[5], "oit") || parse_num(w[2], &b->t.weight_iit) == -1 ||
	    parse_num(w[4], &b->t.weight_eit) == -1 ||
	    parse_num(w[6], &b->t.weight_oit) == -1)
		return bad_line(ln, b, 1, "'weights' wants 'iit N eit N oit N'");
	b->has_weights = 1;
	return 0;
}

static int
kw_eit_parts(struct block *b, struct line *ln)
{
	if (ln->n != 2 || parse_int(ln->w[1], 1, 2, &b->t.eit_parts) == -1)
		return bad_line(ln, b, 0, "'eit_parts' wants 1 or 2");
	return 0;
}

static int
kw_pass_mark(struct block *b, struct line *ln)
{
	double x;

	if (ln->n != 2 || parse_num(ln->w[1], &x) == -1 || x > 100)
		return bad_line(ln, b, 0, "'pass_mark' wants a score from 0 "
		    "to 100");
	b->t.pass_mark = x;
	return 0;
}

static int
kw_levels(struct block *b, struct line *ln)
{
	if (ln->n != 2 || (strcmp(ln->w[1], "letters") &&
	    strcmp(ln->w[1], "words")))
		return bad_line(ln, b, 0, "'levels' wants 'letters' or "
		    "'words'");
	b->t.level_kind = strcmp(ln->w[1], "words") == 0 ?
	    ITA_LEVEL_WORDS : ITA_LEVEL_LETTERS;
	return 0;
}

/* "level NAME MIN [tools TOOL_MIN]"; no tool minimum is -1. */
static int
kw_level(struct block *b, struct line *ln)
{
	char **w = ln->w;
	double x, y = -1;

	if ((ln->n != 3 && ln->n != 5) || parse_num(w[2], &x) == -1 ||
	    x > 100 || (ln->n == 5 && (strcmp(w[3], "tools") ||
	    parse_num(w[4], &y) == -1 || y > 100)))
		return bad_line(ln, b, 1, "'level' wants a name, the lowest "
		    "overall score and maybe 'tools' and the lowest tool "
		    "score");
	return add_level(b, w[1], x, y);
}

static int
kw_items_like(struct block *b, struct line *ln)
{
	if (ln->n != 2 ||
	    parse_int(ln->w[1], ITA_BE_MIN, ITA_BE_MAX, &b->t.items_like) != 0)
		return bad_line(ln, b, 0, "'items_like' wants a fiscal year");
	return 0;
}

/*
 * The keywords of a data file.  A keyword "of text" takes the rest of
 * its line as is (titles hold spaces); the others take words only.
 */
static const struct keyword {
	const char	*name;
	int		 of_text;
	int		 (*parse)(struct block *, struct line *);
} keywords[] = {
	{ "fiscal_year",	1, kw_fiscal_year },
	{ "source",		1, kw_text },
	{ "note",		1, kw_text },
	{ "certainty",		1, kw_text },
	{ "item",		1, kw_item },
	{ "weights",		0, kw_weights },
	{ "eit_parts",		0, kw_eit_parts },
	{ "pass_mark",		0, kw_pass_mark },
	{ "levels",		0, kw_levels },
	{ "level",		0, kw_level },
	{ "items_like",		0, kw_items_like },
};

static const struct keyword *
keyword_find(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof(keywords) / sizeof(keywords[0]); i++)
		if (strcmp(keywords[i].name, name) == 0)
			return &keywords[i];
	return NULL;
}

/* One line of a file: 0, 1 for a bad line (reported), -1 on ENOMEM. */
static int
parse_line(struct ita_years *ys, struct block *b, char *s,
    const struct ita_loc *l, struct ita_diag *d)
{
	const struct keyword *kw;
	struct line ln;
	size_t max = sizeof(ln.w) / sizeof(ln.w[0]);

	ln.ys = ys;
	ln.l = l;
	ln.d = d;
	ln.n = split(s, ln.w, 3, &ln.rest);
	if (ln.n == 0 || ln.w[0][0] == '#')
		return 0;
	kw = keyword_find(ln.w[0]);
	if (kw != NULL && kw->parse == kw_fiscal_year)
		return kw_fiscal_year(b, &ln);
	if (b->first == 0)
		return bad_line(&ln, b, 0, "'%s' before any 'fiscal_year' line",
		    ln.w[0]);
	if (kw != NULL && kw->of_text)
		return kw->parse(b, &ln);
	if (ln.rest != NULL) {
		ln.n += split(ln.rest, ln.w + ln.n, max - ln.n, &ln.rest);
		if (ln.rest != NULL)
			return bad_line(&ln, b, 0, "too many words after '%s'",
			    ln.w[0]);
	}
	if (kw == NULL)
		return bad_line(&ln, b, 0, "unknown keyword '%s'", ln.w[0]);
	return kw->parse(b, &ln);
}

static int
load_file(struct ita_years *ys, const char *path, struct ita_diag *d)
{
	struct ita_lines in;
	struct ita_buf line = ITA_BUF_INIT;
	struct block b;
	struct ita_loc l;
	const char *s;
	size_t len;
	int rc = 0, r;

	if (ita_lines_open(&in, path, d) == -1)
		return -1;
	memset(&b, 0, sizeof(b));
	l.file = path;
	l.col = 0;
	while ((r = ita_lines_next(&in, &s, &len, d)) == 1) {
		while (len > 0 && (s[len - 1] == '\n' || s[len - 1] == '\r'))
			len--;
		ita_buf_clear(&line);
		if (ita_buf_add(&line, s, len) == -1 ||
		    ita_buf_addc(&line, '\0') == -1) {
			rc = -1;
			break;
		}
		l.line = in.lineno;
		if (parse_line(ys, &b, line.p, &l, d) == -1) {
			rc = -1;
			break;
		}
	}
	if (r == -1)
		rc = -1;
	else if (rc == 0 && block_end(ys, &b, d, path) == -1)
		rc = -1;
	if (rc == -1 && r != -1)
		ita_diag_sys(d, "%s", path);
	block_reset(&b);
	ita_buf_free(&line);
	ita_lines_close(&in);
	return rc;
}

static int
cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int
ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);

	return n >= m && strcmp(s + n - m, suffix) == 0;
}

/* The names of the data files in dir, sorted: 0, or -1 (reported). */
static int
conf_names(const char *dir, char ***names, size_t *n, struct ita_diag *d)
{
	struct dirent *e;
	char **p;
	size_t cap = 0;
	DIR *dp;
	int rc = 0;

	*names = NULL;
	*n = 0;
	if ((dp = opendir(dir)) == NULL) {
		ita_diag_sys(d, "%s", dir);
		return -1;
	}
	while (rc == 0 && (e = readdir(dp)) != NULL) {
		if (e->d_name[0] == '.' || !ends_with(e->d_name, ".conf"))
			continue;
		if ((p = ita_grow(*names, *n, &cap, sizeof(*p), 16)) == NULL) {
			rc = -1;
			break;
		}
		*names = p;
		if ((p[*n] = strdup(e->d_name)) == NULL)
			rc = -1;
		else
			(*n)++;
	}
	closedir(dp);
	if (rc == -1)
		ita_diag_sys(d, "%s", dir);
	else
		qsort(*names, *n, sizeof(**names), cmp_names);
	return rc;
}

static int
load_dir(struct ita_years *ys, const char *dir, struct ita_diag *d)
{
	struct ita_buf path = ITA_BUF_INIT;
	char **names;
	size_t n, i;
	int rc;

	rc = conf_names(dir, &names, &n, d);
	for (i = 0; i < n; i++) {
		if (rc == 0) {
			ita_buf_clear(&path);
			if (ita_buf_printf(&path, "%s/%s", dir, names[i]) ==
			    -1) {
				ita_diag_sys(d, "%s", dir);
				rc = -1;
			} else if (load_file(ys, path.p, d) == -1)
				rc = -1;
		}
		free(names[i]);
	}
	free(names);
	ita_buf_free(&path);
	return rc;
}

static int
add_path(struct ita_years *ys, const char *path, struct ita_diag *d)
{
	struct stat st;

	if (stat(path, &st) == -1) {
		ita_diag_sys(d, "%s", path);
		return -1;
	}
	return S_ISDIR(st.st_mode) ? load_dir(ys, path, d) :
	    load_file(ys, path, d);
}

static int resolve_like(struct ita_years *, struct ita_diag *);

int
ita_years_add_path(struct ita_years *ys, const char *path, struct ita_diag *d)
{
	int rc = add_path(ys, path, d);

	if (resolve_like(ys, d) == -1) {
		ita_diag_sys(d, "%s", path);
		rc = -1;
	}
	return rc;
}

/* Years that share another year's list get a copy of it. */
static int
resolve_like(struct ita_years *ys, struct ita_diag *d)
{
	const struct ita_year *from;
	struct ita_year *y;
	struct ita_loc l;
	size_t i, hops;
	int fy;

	for (i = 0; i < ys->n; i++) {
		y = ys->y[i];
		if (y->items_like == 0 || y->nitems > 0)
			continue;
		/* Follow a chain of items_like, a few steps at most. */
		for (fy = y->items_like, from = NULL, hops = 0; hops < 8;
		    hops++) {
			from = ita_years_get(ys, fy);
			if (from == NULL || from->nitems > 0 ||
			    from->items_like == 0)
				break;
			fy = from->items_like;
		}
		if (from == NULL || from->nitems == 0) {
			l.file = y->file;
			l.line = y->line;
			l.col = 0;
			ita_diag_at(d, &l, ITA_SEV_ERROR, RULE, NULL,
			    "fiscal year %d: 'items_like %d' names no year "
			    "with an OIT list", y->fy, y->items_like);
			continue;
		}
		if (copy_items(y, from) == -1)
			return -1;
	}
	return 0;
}

struct ita_years *
ita_years_load(const char *extra_dir, struct ita_diag *d)
{
	struct ita_buf path = ITA_BUF_INIT;
	struct ita_years *ys;
	const char *env, *dir;
	struct stat st;

	if ((ys = ita_years_new()) == NULL) {
		ita_diag_sys(d, "loading the year data");
		return NULL;
	}
	dir = ita_share_path(&path, "years");
	/* A missing shared directory is not fatal: the user may give one. */
	if (stat(dir, &st) == 0)
		(void)load_dir(ys, dir, d);
	else if (errno != ENOENT)
		ita_diag_sys(d, "%s", dir);
	ita_buf_free(&path);
	if ((env = getenv("ITA_YEARS")) != NULL && *env != '\0')
		(void)add_path(ys, env, d);
	if (extra_dir != NULL)
		(void)add_path(ys, extra_dir, d);
	if (resolve_like(ys, d) == -1) {
		ita_diag_sys(d, "loading the year data");
		ita_years_free(ys);
		return NULL;
	}
	return ys;
}

const struct ita_year *
ita_years_get(const struct ita_years *ys, int fy)
{
	size_t i;

	if (ys == NULL)
		return NULL;
	for (i = 0; i < ys->n; i++)
		if (ys->y[i]->fy == fy)
			return ys->y[i];
	return NULL;
}

size_t
ita_years_count(const struct ita_years *ys)
{
	return ys == NULL ? 0 : ys->n;
}

const struct ita_year *
ita_years_at(const struct ita_years *ys, size_t i)
{
	return ys == NULL || i >= ys->n ? NULL : ys->y[i];
}

const struct ita_oit_item *
ita_year_item(const struct ita_year *y, const char *code)
{
	size_t i;

	for (i = 0; y != NULL && i < y->nitems; i++)
		if (strcmp(y->items[i].code, code) == 0)
			return &y->items[i];
	return NULL;
}

int
ita_year_level(const struct ita_year *y, double overall,
    const double *tools, size_t ntools, struct ita_buf *out)
{
	const struct ita_level *lv;
	size_t i, j;

	ita_buf_clear(out);
	for (i = 0; i < y->nlevels; i++) {
		lv = &y->levels[i];
		/* Scores are given to two decimals: compare at that grain. */
		if (overall + 0.0005 < lv->min)
			continue;
		for (j = 0; lv->tool_min >= 0 && j < ntools; j++)
			if (tools[j] + 0.0005 < lv->tool_min)
				break;
		if (lv->tool_min >= 0 && j < ntools)
			continue;
		return ita_buf_adds(out, lv->name);
	}
	return -1;
}

double
ita_year_overall(const struct ita_year *y, double iit, double eit, double oit)
{
	return (iit * y->weight_iit + eit * y->weight_eit +
	    oit * y->weight_oit) / 100.0;
}

const struct ita_level *
ita_year_level_named(const struct ita_year *y, const char *name)
{
	size_t i;

	for (i = 0; i < y->nlevels; i++)
		if (strcmp(y->levels[i].name, name) == 0)
			return &y->levels[i];
	return NULL;
}

int
ita_year_has_level(const struct ita_year *y, const char *name)
{
	return ita_year_level_named(y, name) != NULL;
}

/*
 * The header synonym table: which words name which field. It ships as
 * data (share/ita/synonyms.tsv) so users can add words without
 * recompiling; the stream's own column names are always known.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "import.h"
#include "lines.h"
#include "thnorm.h"

static const char *const tkind_names[TK_NKINDS] = {
	"", "measure", "activity", "indicator", "oit_item", "responsibility",
	"score", "stream"
};

const char *
itkind_name(enum tkind k)
{
	return k < TK_NKINDS ? tkind_names[k] : "";
}

enum tkind
itkind_parse(const char *s)
{
	int k;

	for (k = 1; k < TK_NKINDS; k++)
		if (strcmp(s, tkind_names[k]) == 0)
			return (enum tkind)k;
	return TK_NONE;
}

int
ifield_parse(const char *name)
{
	if (strcmp(name, "activity") == 0)
		return F_ACTIVITY;
	return ita_col_lookup(name);
}

const char *
ifield_name(int field)
{
	if (field == F_ACTIVITY)
		return "activity";
	if (field >= 0 && field < ITA_NCOLS)
		return ita_cols[field].name;
	return "?";
}

static size_t
count_cp(const char *s)
{
	size_t n = 0;

	for (; *s; s++)
		if (((unsigned char)*s & 0xC0) != 0x80)
			n++;
	return n;
}

/*
 * The bucket of a key: its first character (three bytes, a Thai letter)
 * or, when shorter, its length.  A key and every cell key it is a prefix
 * of of four or more characters share it.
 */
static size_t
bucket(const char *k, size_t len)
{
	const unsigned char *u = (const unsigned char *)k;

	if (len < 3)
		return len;
	return (u[0] * 31u + u[1] * 7u + u[2]) % SYN_BUCKETS;
}

int
isyn_add(struct syntab *t, const char *words, int field, enum tkind hint)
{
	struct ita_buf key = ITA_BUF_INIT;
	struct synonym *v;
	size_t b;

	if (ita_norm_key(words, strlen(words), &key) == -1) {
		ita_buf_free(&key);
		return -1;
	}
	if (key.len == 0) {
		ita_buf_free(&key);
		return 0;
	}
	if ((v = ita_grow(t->v, t->n, &t->cap, sizeof(*v), 64)) == NULL) {
		ita_buf_free(&key);
		return -1;
	}
	t->v = v;
	t->v[t->n].field = field;
	t->v[t->n].hint = hint;
	t->v[t->n].key = ita_buf_take(&key);
	t->v[t->n].ncp = count_cp(t->v[t->n].key);
	t->v[t->n].klen = strlen(t->v[t->n].key);
	b = bucket(t->v[t->n].key, t->v[t->n].klen);
	t->v[t->n].below = t->top[b];
	t->top[b] = ++t->n;
	return 0;
}

/* Reports a bad line of a synonym file. */
static void
syn_error(struct ita_diag *d, const char *path, unsigned long line,
    const char *what, const char *word)
{
	struct ita_loc loc;

	loc.file = path;
	loc.line = line;
	loc.col = 0;
	if (word == NULL)
		ita_diag_at(d, &loc, ITA_SEV_ERROR, "import.synonyms", NULL,
		    "%s", what);
	else
		ita_diag_at(d, &loc, ITA_SEV_ERROR, "import.synonyms", NULL,
		    "%s '%s'", what, word);
}

/*
 * One line "field<TAB>words[<TAB>table kind]" (at most 1023 bytes, its
 * end cut off): 0 (a bad line is reported and skipped), -1 on ENOMEM.
 */
static int
syn_line(struct syntab *t, const char *line, size_t len, const char *path,
    unsigned long lineno, struct ita_diag *d)
{
	char buf[1024], *f2, *f3;
	enum tkind hint = TK_NONE;
	int field;

	if (len >= sizeof(buf))
		len = sizeof(buf) - 1;
	memcpy(buf, line, len);
	buf[len] = '\0';
	buf[strcspn(buf, "\r\n")] = '\0';
	if ((f2 = strchr(buf, '\t')) == NULL) {
		syn_error(d, path, lineno, "expected 'field<TAB>words'", NULL);
		return 0;
	}
	*f2++ = '\0';
	if ((f3 = strchr(f2, '\t')) != NULL) {
		*f3++ = '\0';
		if (*f3 && (hint = itkind_parse(f3)) == TK_NONE)
			syn_error(d, path, lineno, "unknown table kind", f3);
	}
	if ((field = ifield_parse(buf)) < 0) {
		syn_error(d, path, lineno, "unknown field", buf);
		return 0;
	}
	return isyn_add(t, f2, field, hint);
}

/* A synonym file; '#' starts a comment line. */
int
isyn_load(struct syntab *t, const char *path, int must_exist,
    struct ita_diag *d)
{
	struct ita_lines in;
	const char *line;
	size_t len;
	FILE *fp;
	int rc;

	/* A file that may be missing is read only if it can be opened. */
	if (!must_exist) {
		if ((fp = fopen(path, "r")) == NULL)
			return 0;
		(void)fclose(fp);
	}
	if (ita_lines_open(&in, path, d) == -1)
		return -1;
	while ((rc = ita_lines_next(&in, &line, &len, d)) == 1) {
		if (len == 0 || line[0] == '#' || line[0] == '\n')
			continue;
		if (syn_line(t, line, len, path, in.lineno, d) == -1) {
			ita_diag_sys(d, "%s", path);
			rc = -1;
			break;
		}
	}
	ita_lines_close(&in);
	return rc == -1 ? -1 : 0;
}

/*
 * Exact key first; else the longest synonym of four or more letters
 * that starts the cell ("ผลการดำเนินงาน (ไตรมาส 2)").  Only the keys of
 * the cell's bucket are looked at, later ones (user files) first.
 */
int
isyn_lookup(const struct syntab *t, const char *cell, size_t len,
    enum tkind *hint)
{
	/* every cell of every row may be looked up: one buffer for all */
	static struct ita_buf key = ITA_BUF_INIT;
	const struct synonym *e, *best = NULL;
	size_t i;

	*hint = TK_NONE;
	if (len == 0 || len > 300 || ita_norm_key(cell, len, &key) == -1 ||
	    key.len == 0)
		return -1;
	for (i = t->top[bucket(key.p, key.len)]; i > 0; i = e->below) {
		e = &t->v[i - 1];
		if (e->klen == key.len && memcmp(e->key, key.p, key.len) == 0) {
			best = e;
			break;
		}
		if (e->ncp >= 4 && e->klen < key.len &&
		    (best == NULL || e->klen > best->klen) &&
		    memcmp(e->key, key.p, e->klen) == 0)
			best = e;
	}
	if (best == NULL)
		return -1;
	*hint = best->hint;
	return best->field;
}

/* The field whose synonym is exactly key, or NULL. */
static const struct synonym *
syn_exact(const struct syntab *t, const char *key, size_t klen)
{
	const struct synonym *e;
	size_t i;

	for (i = t->top[bucket(key, klen)]; i > 0; i = e->below) {
		e = &t->v[i - 1];
		if (e->klen == klen && memcmp(e->key, key, klen) == 0)
			return e;
	}
	return NULL;
}

/* The field cell names exactly (a header's cell, not a longer text); -1. */
int
isyn_whole(const struct syntab *t, const char *cell, size_t len)
{
	static struct ita_buf key = ITA_BUF_INIT;
	const struct synonym *e;

	if (len == 0 || len > 300 || ita_norm_key(cell, len, &key) == -1 ||
	    key.len == 0 || (e = syn_exact(t, key.p, key.len)) == NULL)
		return -1;
	return e->field;
}

int
isyn_label(const struct syntab *t, const char *cell, size_t len,
    size_t *labellen)
{
	static struct ita_buf key = ITA_BUF_INIT;
	const struct synonym *e, *best = NULL;
	size_t i, cut = 0;

	/* the label ends at a space, a colon or a line end, text after it */
	for (i = 1; i < len && i < 120; i++) {
		if (cell[i] != ' ' && cell[i] != ':' && cell[i] != '\n')
			continue;
		if (ita_norm_key(cell, i, &key) == -1)
			return -1;
		if (key.len > 0 && (e = syn_exact(t, key.p, key.len)) != NULL)
			best = e, cut = i;
	}
	if (best == NULL)
		return -1;
	while (cut < len && (cell[cut] == ' ' || cell[cut] == ':' ||
	    cell[cut] == '\n'))
		cut++;
	if (cut == len)
		return -1;		/* a label alone is a header's cell */
	*labellen = cut;
	return best->field;
}

void
isyn_free(struct syntab *t)
{
	size_t i;

	for (i = 0; i < t->n; i++)
		free(t->v[i].key);
	free(t->v);
	memset(t, 0, sizeof(*t));
}

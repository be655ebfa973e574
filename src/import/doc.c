/*
 * One input document, fed a line or a table row at a time: finds tables
 * by their header rows, turns rows into records and collects the
 * metadata around them. Holds the metadata, the current table's columns
 * and at most one pending record (rows that continue it may follow).
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "import.h"
#include "thdate.h"
#include "thnorm.h"

#define MAXCOLS 64

struct table {
	int		 field[MAXCOLS];	/* per column, -1 unknown */
	int		 upper[MAXCOLS];	/* first header row, for repeats */
	char		*name[MAXCOLS];		/* header text, normalized */
	size_t		 ncols;
	enum tkind	 kind;
	unsigned long	 line;
};

struct doc {
	const char		*source;
	const struct imp_opts	*o;
	const struct syntab	*syn;
	struct ita_diag		*diag;
	emit_fn			 emit;
	void			*ectx;
	struct ita_header	*hdr;

	/* metadata */
	struct ita_buf	 office, district, province, title, memo_number;
	struct ita_buf	 memo_subject, website, level, tmp, tmp2;
	const char	*office_type;
	int		 year, round;
	char		 memo_date[11];
	const char	*section;
	char		 oit_group[8];
	int		 in_memo, title_lines, seen_table, scores;
	unsigned long	 title_line;

	/* tables */
	struct table	 t;
	int		 active, expect_sub, unknown;
	struct ita_record *pending;
	unsigned	 nmeasure, nact, nunnamed;
	char		 measure_id[24], measure_num[24];
	struct ita_buf	 cell[MAXCOLS];
	int		 check[MAXCOLS];

	/* accounting for -v */
	unsigned long	 ntables, nrows, nheaders, nblank, nprose, nunknown;
	unsigned long	 ncont, nrejected;
	unsigned long	 nkind[TK_NKINDS + 2];
	int		 failed;
};

static const char *const kind_word[] = {
	"", "measure", "activity", "indicator", "oit_item", "responsibility",
	"score", "stream", "report"
};
#define K_REPORT (TK_NKINDS)

struct doc *
doc_new(const char *source, const struct imp_opts *o, const struct syntab *syn,
    struct ita_diag *d, emit_fn emit, void *ectx)
{
	struct doc *doc;

	if ((doc = calloc(1, sizeof(*doc))) == NULL)
		return NULL;
	doc->source = source;
	doc->o = o;
	doc->syn = syn;
	doc->diag = d;
	doc->emit = emit;
	doc->ectx = ectx;
	if ((doc->hdr = ita_header_canonical()) == NULL) {
		free(doc);
		return NULL;
	}
	doc->year = o->year;
	doc->round = o->round;
	return doc;
}

static void
table_clear(struct table *t)
{
	size_t i;

	for (i = 0; i < t->ncols; i++) {
		free(t->name[i]);
		t->name[i] = NULL;
	}
	t->ncols = 0;
	t->kind = TK_NONE;
}

void
doc_free(struct doc *doc)
{
	size_t i;

	if (doc == NULL)
		return;
	ita_record_free(doc->pending);
	table_clear(&doc->t);
	ita_header_unref(doc->hdr);
	ita_buf_free(&doc->office);
	ita_buf_free(&doc->district);
	ita_buf_free(&doc->province);
	ita_buf_free(&doc->title);
	ita_buf_free(&doc->memo_number);
	ita_buf_free(&doc->memo_subject);
	ita_buf_free(&doc->website);
	ita_buf_free(&doc->level);
	ita_buf_free(&doc->tmp);
	ita_buf_free(&doc->tmp2);
	for (i = 0; i < MAXCOLS; i++)
		ita_buf_free(&doc->cell[i]);
	free(doc);
}

static struct ita_loc
loc_at(const struct doc *doc, unsigned long line)
{
	struct ita_loc l;

	l.file = doc->source;
	l.line = line;
	l.col = 0;
	return l;
}

static void
diag(struct doc *doc, unsigned long line, enum ita_severity sev,
    const char *rule, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));

static void
diag(struct doc *doc, unsigned long line, enum ita_severity sev,
    const char *rule, const char *fmt, ...)
{
	struct ita_loc l = loc_at(doc, line);
	va_list ap;

	va_start(ap, fmt);
	ita_vdiag_at(doc->diag, &l, sev, rule, NULL, fmt, ap);
	va_end(ap);
}

static int
nomem(struct doc *doc)
{
	ita_diag_sys(doc->diag, "%s", doc->source);
	doc->failed = 1;
	return -1;
}

/* Normalizes text into buf; a diagnostic for text that is not UTF-8. */
static int
norm(struct doc *doc, unsigned long line, const char *s, size_t n,
    struct ita_buf *out, int *checkbox)
{
	struct ita_norm_info info;

	if (checkbox)
		*checkbox = 0;
	if (ita_norm_cell(s, n, out, checkbox ? &info : NULL, NULL) == -1) {
		if (errno == ENOMEM)
			return nomem(doc);
		diag(doc, line, ITA_SEV_ERROR, "import.encoding",
		    "text is not UTF-8; give its encoding with -e TIS-620");
		ita_buf_clear(out);
		return 1;
	}
	if (checkbox)
		*checkbox = (int)info.checkbox;
	return 0;
}

static int
emit(struct doc *doc, struct ita_record *r, int kind)
{
	doc->nkind[kind]++;
	if (doc->emit(doc->ectx, r) == -1) {
		doc->failed = 1;
		return -1;
	}
	return 0;
}

static int
flush(struct doc *doc)
{
	struct ita_record *r = doc->pending;
	int kind;

	if (r == NULL)
		return 0;
	doc->pending = NULL;
	kind = (int)tkind_parse(ita_get(r, ITA_COL_KIND));
	return emit(doc, r, kind == TK_NONE ? TK_STREAM : kind);
}

static int
setnum(struct ita_record *r, enum ita_col c, long v)
{
	char b[24];

	snprintf(b, sizeof(b), "%ld", v);
	return ita_set(r, c, b);
}

/* A record of this document with what is known of it so far. */
static struct ita_record *
new_rec(struct doc *doc, const char *kind, unsigned long line)
{
	struct ita_record *r;
	int e = 0;

	if ((r = ita_record_new(doc->hdr)) == NULL)
		return NULL;
	e |= ita_set(r, ITA_COL_ITA, ITA_STREAM_VERSION);
	e |= ita_set(r, ITA_COL_KIND, kind);
	e |= ita_set(r, ITA_COL_OFFICE, doc->o->office ? doc->o->office :
	    ita_buf_str(&doc->office));
	e |= ita_set(r, ITA_COL_OFFICE_TYPE, doc->office_type ?
	    doc->office_type : "");
	e |= ita_set(r, ITA_COL_DISTRICT, ita_buf_str(&doc->district));
	e |= ita_set(r, ITA_COL_PROVINCE, doc->o->province ?
	    doc->o->province : ita_buf_str(&doc->province));
	if (doc->year)
		e |= setnum(r, ITA_COL_FISCAL_YEAR, doc->year);
	if (doc->round)
		e |= setnum(r, ITA_COL_ROUND, doc->round);
	e |= ita_set(r, ITA_COL_SOURCE, doc->source);
	e |= setnum(r, ITA_COL_LINE, (long)line);
	if (e) {
		ita_record_free(r);
		return NULL;
	}
	return r;
}

/* --- metadata around the tables ------------------------------------ */

static void
option_differs(struct doc *doc, unsigned long line, const char *what,
    const char *said, const char *given)
{
	diag(doc, line, ITA_SEV_WARNING, "import.option-differs",
	    "the document says %s '%s', the option says '%s'; using the "
	    "option", what, said, given);
}

static int
meta_year_round(struct doc *doc, unsigned long line, const char *s)
{
	char a[16], b[16];
	int y, rd;

	if (!doc->seen_table && (y = find_year(s)) != 0) {
		if (doc->o->year && y != doc->o->year && !doc->seen_table) {
			snprintf(a, sizeof(a), "%d", y);
			snprintf(b, sizeof(b), "%d", doc->o->year);
			option_differs(doc, line, "fiscal year", a, b);
			doc->seen_table = -1;	/* say it once */
		} else if (!doc->o->year && doc->year == 0)
			doc->year = y;
	}
	if (doc->seen_table <= 0 && (rd = find_round(s)) != 0) {
		if (doc->o->round && rd != doc->o->round) {
			snprintf(a, sizeof(a), "%d", rd);
			snprintf(b, sizeof(b), "%d", doc->o->round);
			option_differs(doc, line, "round", a, b);
		} else if (!doc->o->round && doc->round == 0)
			doc->round = rd;
	}
	return 0;
}

static int
meta_place(struct doc *doc, unsigned long line, const char *s)
{
	const char *type;
	int r;

	if (doc->office.len == 0 &&
	    (r = find_office(s, &doc->tmp, &type)) != 0) {
		if (r == -1)
			return nomem(doc);
		if (doc->o->office && strcmp(doc->o->office, doc->tmp.p) != 0)
			option_differs(doc, line, "office", doc->tmp.p,
			    doc->o->office);
		if (ita_buf_adds(&doc->office, doc->tmp.p) == -1)
			return nomem(doc);
		doc->office_type = type;
	}
	if (doc->district.len == 0 &&
	    find_after(s, "อำเภอ", NULL, &doc->tmp) == 1 &&
	    ita_buf_adds(&doc->district, doc->tmp.p) == -1)
		return nomem(doc);
	if (doc->province.len == 0 &&
	    find_after(s, "จังหวัด", "ส่วน", &doc->tmp) == 1) {
		if (doc->o->province &&
		    strcmp(doc->o->province, doc->tmp.p) != 0)
			option_differs(doc, line, "province", doc->tmp.p,
			    doc->o->province);
		if (ita_buf_adds(&doc->province, doc->tmp.p) == -1)
			return nomem(doc);
	}
	if (doc->website.len == 0) {
		const char *p = strstr(s, "www.");
		if (p == NULL)
			p = strstr(s, "http");
		if (p != NULL && (p == s || p[-1] == ' ' || p[-1] == '/' ||
		    p[-1] == ':')) {
			while (p > s && p[-1] != ' ')
				p--;
			if (ita_buf_add(&doc->website, p,
			    strcspn(p, " \t\n")) == -1)
				return nomem(doc);
		}
	}
	return 0;
}

static int
score_rec(struct doc *doc, unsigned long line, const char *tool,
    const char *value, const char *level)
{
	static const char *const tools[] = { "iit", "eit", "eit1", "eit2",
	    "oit", "overall" };
	struct ita_record *r;
	char id[32];
	size_t i;
	int e = 0;

	for (i = 0; i < 6; i++)
		if (strcmp(tools[i], tool) == 0)
			break;
	if (doc->scores & (1 << i))
		return 0;		/* said again, e.g. in the memo */
	doc->scores |= 1 << i;
	snprintf(id, sizeof(id), "score.%s", tool);
	if ((r = new_rec(doc, "score", line)) == NULL)
		return nomem(doc);
	e |= ita_set(r, ITA_COL_ID, id);
	e |= ita_set(r, ITA_COL_TOOL, tool);
	e |= ita_set(r, ITA_COL_SCORE, value);
	if (level)
		e |= ita_set(r, ITA_COL_LEVEL, level);
	if (e) {
		ita_record_free(r);
		return nomem(doc);
	}
	return emit(doc, r, TK_SCORE);
}

static int
valid_score(const char *v)
{
	double x = strtod(v, NULL);

	return x >= 0 && x <= 100 && strlen(v) <= 6;
}

/* "IIT ... คะแนนรวม 99.73", "EIT ... 97.11 / 89.28", "ภาพรวม ... 95.88 ระดับ ผ่านดี" */
static int
meta_scores(struct doc *doc, unsigned long line, const char *s)
{
	char num[3][16], all[6][16];
	const char *after, *tool, *level, *k;
	int n, i, m;

	if ((k = strstr(s, "คะแนน")) == NULL)
		return 0;
	level = find_level(s);
	if ((tool = find_tool(s, &after)) == NULL) {
		if (level == NULL)
			return 0;
		tool = "overall";
		after = k;
	}
	/* the first numbers that can be scores (not years) */
	n = find_numbers(after, all, 6);
	for (i = m = 0; i < n && m < 3; i++)
		if (valid_score(all[i]))
			memcpy(num[m++], all[i], sizeof(num[0]));
	n = m;
	if (n == 0)
		return 0;
	if (strcmp(tool, "eit") == 0 && n >= 2 && valid_score(num[1]) &&
	    strchr(after, '/') != NULL) {
		if (score_rec(doc, line, "eit1", num[0], NULL) == -1 ||
		    score_rec(doc, line, "eit2", num[1], NULL) == -1)
			return -1;
		return 1;
	}
	if (level && strcmp(tool, "overall") == 0 && doc->level.len == 0 &&
	    ita_buf_adds(&doc->level, level) == -1)
		return nomem(doc);
	if (score_rec(doc, line, tool, num[0],
	    strcmp(tool, "overall") == 0 ? level : NULL) == -1)
		return -1;
	return 1;
}

/*
 * A memo's number and date ("ที่ ... วันที่ ..."), and its subject
 * ("เรื่อง ..."), which the report record keeps in its note: a memo
 * about another fiscal year is a mistake ita-validate looks for there.
 */
static int
meta_memo(struct doc *doc, const char *s)
{
	struct ita_period p;
	const char *d;

	if (strncmp(s, "เรื่อง ", strlen("เรื่อง ")) == 0 &&
	    doc->memo_subject.len == 0) {
		if (ita_buf_adds(&doc->memo_subject, s) == -1)
			return nomem(doc);
		return 0;
	}
	if (strncmp(s, "ที่ ", strlen("ที่ ")) != 0 || doc->memo_number.len)
		return 0;
	s += strlen("ที่ ");
	d = strstr(s, "วันที่");
	if (ita_buf_add(&doc->memo_number, s, d ? (size_t)(d - s) :
	    strlen(s)) == -1)
		return nomem(doc);
	while (doc->memo_number.len && doc->memo_number.p[
	    doc->memo_number.len - 1] == ' ')
		doc->memo_number.p[--doc->memo_number.len] = '\0';
	if (d && ita_period_parse(d, strlen(d), doc->year, &p, NULL) == 1 &&
	    p.start_prec == ITA_PREC_DAY)
		ita_date_format_iso(p.start, doc->memo_date);
	return 0;
}

/* Page numbers, "/2. ...", "-2-": breaks that do not end a table. */
static int
page_noise(const char *s)
{
	size_t n = strlen(s);

	if (n <= 6 || s[0] == '/')
		return 1;
	return s[0] == '-' && s[n - 1] == '-' && n <= 8;
}

/* Prose ends the table: the pending record is complete. */
static int
deactivate(struct doc *doc)
{
	int rc = doc->active ? flush(doc) : 0;

	doc->active = 0;
	doc->unknown = 0;
	doc->expect_sub = 0;
	return rc;
}

int
doc_line(struct doc *doc, unsigned long lineno, const char *raw, size_t n)
{
	struct ita_buf *b = &doc->tmp2;
	const char *s, *sec;
	char grp[8];
	int r;

	if ((r = norm(doc, lineno, raw, n, b, NULL)) != 0)
		return r < 0 ? -1 : 0;
	s = ita_buf_str(b);
	if (*s == '\0') {
		doc->nblank++;
		if (doc->title_lines == 1)
			doc->title_lines = 2;	/* the title ends */
		return 0;
	}
	if (!page_noise(s) && deactivate(doc) == -1)
		return -1;
	doc->nprose++;
	if (strstr(s, "บันทึกข้อความ") == s)
		doc->in_memo = 1;
	if (!doc->seen_table && doc->title_lines < 2 && n < 600) {
		if (doc->title.len && ita_buf_addc(&doc->title, '\n') == -1)
			return nomem(doc);
		if (ita_buf_adds(&doc->title, s) == -1)
			return nomem(doc);
		if (doc->title_lines == 0)
			doc->title_line = lineno;
		doc->title_lines = 1;
	}
	if (meta_year_round(doc, lineno, s) == -1 ||
	    meta_place(doc, lineno, s) == -1 ||
	    meta_scores(doc, lineno, s) == -1)
		return -1;
	if (doc->in_memo && meta_memo(doc, s) == -1)
		return -1;
	if (n < 400) {
		if (find_oit_group(s, grp)) {
			memcpy(doc->oit_group, grp, sizeof(grp));
			doc->section = "oit";
		} else if ((sec = find_section(s)) != NULL) {
			doc->section = sec;
			doc->oit_group[0] = '\0';
		}
	}
	return 0;
}

/* --- tables -------------------------------------------------------- */

static int
col_of(const struct table *t, int field)
{
	size_t i;

	for (i = 0; i < t->ncols; i++)
		if (t->field[i] == field)
			return (int)i;
	return -1;
}

static enum tkind
table_kind(const struct table *t, const enum tkind *hints)
{
	int c;

	if (col_of(t, ITA_COL_KIND) >= 0 && col_of(t, ITA_COL_ID) >= 0)
		return TK_STREAM;
	if (col_of(t, ITA_COL_PREPARED_BY) >= 0 ||
	    col_of(t, ITA_COL_PUBLISHED_BY) >= 0 ||
	    col_of(t, ITA_COL_FREQUENCY) >= 0)
		return TK_RESP;
	if ((c = col_of(t, ITA_COL_TITLE)) >= 0)
		return hints[c] != TK_NONE ? hints[c] : TK_MEASURE;
	if (col_of(t, F_ACTIVITY) >= 0)
		return TK_ACTIVITY;
	if (col_of(t, ITA_COL_TOOL) >= 0 && col_of(t, ITA_COL_SCORE) >= 0)
		return TK_SCORE;
	if (col_of(t, ITA_COL_OIT_ITEM) >= 0)
		return TK_OIT;
	if (col_of(t, ITA_COL_INDICATOR) >= 0)
		return TK_INDICATOR;
	return TK_NONE;
}

static int
has_digit(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if ((s[i] >= '0' && s[i] <= '9') || (i + 2 < n &&
		    (unsigned char)s[i] == 0xE0 &&
		    (unsigned char)s[i + 1] == 0xB9 &&
		    (unsigned char)s[i + 2] >= 0x90 &&
		    (unsigned char)s[i + 2] <= 0x99))
			return 1;
	return 0;
}

/* Fields of the cells of a row, and how many name a field. */
static size_t
match_row(struct doc *doc, char **cells, size_t *lens, size_t n, int *field,
    enum tkind *hints, size_t *nonempty)
{
	size_t i, hits = 0;

	*nonempty = 0;
	for (i = 0; i < n && i < MAXCOLS; i++) {
		field[i] = -1;
		hints[i] = TK_NONE;
		if (lens[i] == 0 || lens[i] > 300)
			continue;
		(*nonempty)++;
		/* header words hold no numbers ("คะแนน 99.73" is data) */
		if (has_digit(cells[i], lens[i]))
			continue;
		if ((field[i] = syn_lookup(doc->syn, cells[i], lens[i],
		    &hints[i])) >= 0)
			hits++;
	}
	for (; i < n; i++)
		if (lens[i])
			(*nonempty)++;
	return hits;
}

static void
verbose_table(struct doc *doc)
{
	struct ita_buf b = ITA_BUF_INIT;
	size_t i;

	if (!doc->diag->verbose)
		return;
	for (i = 0; i < doc->t.ncols; i++)
		if (ita_buf_printf(&b, "%s%s", i ? ", " : "",
		    doc->t.field[i] >= 0 ? field_name(doc->t.field[i]) :
		    "?") == -1)
			break;	/* out of memory: the columns read so far */
	fprintf(doc->diag->err, "%s:%lu: table of %s: %s\n", doc->source,
	    doc->t.line, kind_word[doc->t.kind], ita_buf_str(&b));
	ita_buf_free(&b);
}

static int
start_table(struct doc *doc, unsigned long line, char **cells, size_t *lens,
    size_t n, const int *field, const enum tkind *hints)
{
	size_t i;

	if (flush(doc) == -1)
		return -1;
	table_clear(&doc->t);
	doc->t.ncols = n < MAXCOLS ? n : MAXCOLS;
	for (i = 0; i < doc->t.ncols; i++) {
		doc->t.field[i] = doc->t.upper[i] = field[i];
		if (norm(doc, line, cells[i], lens[i], &doc->tmp, NULL) == -1)
			return -1;
		if ((doc->t.name[i] = strdup(ita_buf_str(&doc->tmp))) == NULL)
			return nomem(doc);
	}
	if (n > MAXCOLS)
		diag(doc, line, ITA_SEV_WARNING, "import.columns",
		    "more than %d columns; the others are not imported",
		    MAXCOLS);
	doc->t.kind = table_kind(&doc->t, hints);
	doc->t.line = line;
	doc->active = 1;
	doc->unknown = 0;
	doc->expect_sub = 1;
	doc->seen_table = 1;
	doc->ntables++;
	if (doc->t.kind == TK_NONE) {
		diag(doc, line, ITA_SEV_WARNING, "import.table-unknown",
		    "table not recognised: its columns name no measure, "
		    "activity, indicator, OIT item or score (looked for "
		    "มาตรการ, กิจกรรม, ตัวชี้วัด, ข้อมูล, จัดทำ, คะแนน)");
		doc->active = 0;
		doc->unknown = 1;
		return 0;
	}
	verbose_table(doc);
	return 0;
}

/* The second row of a two-row header: every cell names a field. */
static int
sub_header(struct doc *doc, const int *field, const enum tkind *hints,
    size_t n, size_t hits, size_t nonempty, int repeat)
{
	enum tkind h[MAXCOLS];
	size_t i;
	int ct;

	if (hits == 0 || hits != nonempty)
		return 0;
	if (repeat)
		return 1;
	for (i = 0; i < MAXCOLS; i++)
		h[i] = TK_NONE;
	for (i = 0; i < n && i < doc->t.ncols; i++)
		if (field[i] >= 0) {
			doc->t.field[i] = field[i];
			h[i] = hints[i];
		}
	/* the title's vote is the upper row's */
	if ((ct = col_of(&doc->t, ITA_COL_TITLE)) >= 0 && h[ct] == TK_NONE)
		h[ct] = doc->t.kind == TK_RESP ? TK_MEASURE : doc->t.kind;
	doc->t.kind = table_kind(&doc->t, h);
	verbose_table(doc);
	return 1;
}

static int
append(struct ita_record *r, int col, const char *s)
{
	const char *old = ita_get(r, (enum ita_col)col);
	struct ita_buf b = ITA_BUF_INIT;
	int e;

	if (*s == '\0')
		return 0;
	if (*old == '\0')
		return ita_set(r, (enum ita_col)col, s);
	e = ita_buf_printf(&b, "%s\n%s", old, s);
	if (e == 0)
		e = ita_set_own(r, (enum ita_col)col, ita_buf_take(&b));
	ita_buf_free(&b);
	return e;
}

static int
set_period(struct doc *doc, struct ita_record *r, unsigned long line,
    const char *text)
{
	struct ita_period p;
	struct ita_buf err = ITA_BUF_INIT;
	char d[11];
	int rc, e = 0;

	e |= ita_set(r, ITA_COL_PERIOD_TEXT, text);
	rc = ita_period_parse(text, strlen(text), doc->year, &p, &err);
	if (rc == 1) {
		ita_date_format_iso(p.start, d);
		e |= ita_set(r, ITA_COL_START, d);
		e |= ita_set(r, ITA_COL_START_PRECISION,
		    ita_precision_name(p.start_prec));
		ita_date_format_iso(p.end, d);
		e |= ita_set(r, ITA_COL_END, d);
		e |= ita_set(r, ITA_COL_END_PRECISION,
		    ita_precision_name(p.end_prec));
	} else if (rc == -1)
		diag(doc, line, ITA_SEV_WARNING, "import.period",
		    "field 'period_text': %s; start and end left empty",
		    ita_buf_str(&err));
	ita_buf_free(&err);
	return e;
}

/* Sets the ordinary fields of a row; status and percent at the end. */
static int
fill(struct doc *doc, struct ita_record *r, unsigned long line, size_t n)
{
	struct ita_buf note = ITA_BUF_INIT;
	const char *st = NULL, *s2;
	char pct[16] = "";
	size_t i;
	int f, e = 0, cb = 0;

	for (i = 0; i < n && i < doc->t.ncols; i++) {
		const char *v = ita_buf_str(&doc->cell[i]);
		f = doc->t.field[i];
		if (doc->check[i])
			cb = doc->check[i];
		if (*v == '\0')
			continue;
		switch (f) {
		case ITA_COL_TITLE: case ITA_COL_NUMBER: case F_ACTIVITY:
		case ITA_COL_KIND: case ITA_COL_ID:
			break;		/* set by the caller */
		case -1:
			e |= ita_buf_printf(&note, "%s%s: %s", note.len ?
			    "\n" : "", doc->t.name[i], v);
			break;
		case ITA_COL_PERIOD_TEXT:
			e |= set_period(doc, r, line, v);
			break;
		case ITA_COL_METHOD: case ITA_COL_RESULT: case ITA_COL_OUTCOME:
			if (split_bullets(v, &doc->tmp) == -1)
				e = -1;
			else
				e |= append(r, f, doc->tmp.p ? doc->tmp.p : "");
			break;
		case ITA_COL_STATUS: case ITA_COL_PERCENT:
			if (cell_status(v, doc->check[i], &s2, pct) && s2)
				st = s2;
			if (*pct)
				e |= ita_set(r, ITA_COL_PERCENT, pct);
			break;
		default:
			if (f < ITA_NCOLS)
				e |= append(r, f, v);
		}
	}
	if (note.len)
		e |= ita_set(r, ITA_COL_NOTE, note.p);
	ita_buf_free(&note);
	/* status and percent from the result when no column says them */
	if (st == NULL) {
		const char *res = ita_get(r, ITA_COL_RESULT);
		if (cell_status(res, cb, &s2, pct)) {
			if (s2)
				st = s2;
			if (*pct && *ita_get(r, ITA_COL_PERCENT) == '\0')
				e |= ita_set(r, ITA_COL_PERCENT, pct);
		}
	}
	if (st)
		e |= ita_set(r, ITA_COL_STATUS, st);
	return e ? -1 : 0;
}

static const char *
cellv(struct doc *doc, int col)
{
	return col < 0 ? "" : ita_buf_str(&doc->cell[col]);
}

static int
set_number(struct doc *doc, struct ita_record *r, const char *num)
{
	if (ita_set(r, ITA_COL_NUMBER, num) == -1 ||
	    sort_key(num, &doc->tmp) == -1 ||
	    ita_set(r, ITA_COL_SORT_KEY, ita_buf_str(&doc->tmp)) == -1)
		return -1;
	return 0;
}

/* Splits "1. title" into number and title. */
static void
split_number(const char *s, char num[24], const char **rest)
{
	size_t skip, n;

	num[0] = '\0';
	*rest = s;
	if ((n = lead_number(s, &skip)) > 0 && n < 24 && s[skip] != '\0') {
		memcpy(num, s[0] == '(' ? s + 1 : s, n);
		num[n] = '\0';
		*rest = s + skip;
	}
}

static const char *
indicator_section(long ind)
{
	return ind >= 1 && ind <= 5 ? "iit" : ind <= 8 ? "eit" : "oit";
}

/* A record of a table row with its id, section, number and title. */
static struct ita_record *
row_rec(struct doc *doc, const char *kind, unsigned long line,
    const char *id, const char *section, const char *num, const char *title)
{
	struct ita_record *r;
	int e = 0;

	if ((r = new_rec(doc, kind, line)) == NULL)
		return NULL;
	e |= ita_set(r, ITA_COL_ID, id);
	e |= ita_set(r, ITA_COL_SECTION, section ? section : "");
	if (num[0])
		e |= set_number(doc, r, num);
	e |= ita_set(r, ITA_COL_TITLE, title);
	if (e) {
		ita_record_free(r);
		return NULL;
	}
	return r;
}

/*
 * The rest of the row's cells into r, which then waits as the pending
 * record: the rows after it may continue it. e: what setting r's own
 * fields gave (-1 when out of memory).
 */
static int
fill_pending(struct doc *doc, struct ita_record *r, int e,
    unsigned long line, size_t n)
{
	if (e || fill(doc, r, line, n) == -1) {
		ita_record_free(r);
		return nomem(doc);
	}
	doc->pending = r;
	return 0;
}

static int
row_measure(struct doc *doc, unsigned long line, size_t n)
{
	int ct = col_of(&doc->t, ITA_COL_TITLE), cn = col_of(&doc->t,
	    ITA_COL_NUMBER), ca = col_of(&doc->t, F_ACTIVITY);
	const char *title = cellv(doc, ct), *act = cellv(doc, ca), *rest;
	struct ita_record *r;
	char num[24], id[48], anum[48] = "";

	if (doc->t.kind == TK_ACTIVITY && *title == '\0' && doc->nmeasure == 0)
		title = act, act = "";	/* activities with no measure */
	if (*title || (doc->t.kind != TK_ACTIVITY && *act == '\0')) {
		split_number(title, num, &rest);
		if (*cellv(doc, cn))
			snprintf(num, sizeof(num), "%s", cellv(doc, cn));
		doc->nmeasure++;
		doc->nact = 0;
		snprintf(doc->measure_id, sizeof(doc->measure_id), "m%u",
		    doc->nmeasure);
		snprintf(doc->measure_num, sizeof(doc->measure_num), "%s",
		    num);
		if ((r = row_rec(doc, "measure", line, doc->measure_id,
		    doc->section, num, rest)) == NULL)
			return nomem(doc);
		if (*act == '\0')
			return fill_pending(doc, r, 0, line, n);
		if (emit(doc, r, TK_MEASURE) == -1)
			return -1;
	}
	/* an activity of the current measure */
	doc->nact++;
	snprintf(id, sizeof(id), "%s.%u", doc->measure_id, doc->nact);
	if (doc->measure_num[0])
		snprintf(anum, sizeof(anum), "%s.%u", doc->measure_num,
		    doc->nact);
	split_number(act, num, &rest);
	if ((r = row_rec(doc, "activity", line, id, doc->section, anum,
	    rest)) == NULL)
		return nomem(doc);
	return fill_pending(doc, r, ita_set(r, ITA_COL_PARENT,
	    doc->measure_id), line, n);
}

static int
row_indicator(struct doc *doc, unsigned long line, size_t n)
{
	int ct = col_of(&doc->t, ITA_COL_TITLE), ci = col_of(&doc->t,
	    ITA_COL_INDICATOR), cn = col_of(&doc->t, ITA_COL_NUMBER);
	const char *title = cellv(doc, ct), *rest = title, *p;
	struct ita_record *r;
	char num[24] = "", id[48];

	if ((p = strstr(title, "ตัวชี้วัดที่")) == title) {
		p += strlen("ตัวชี้วัดที่");
		while (*p == ' ')
			p++;
		split_number(p, num, &rest);
		if (num[0] == '\0' && (p[0] >= '0' && p[0] <= '9')) {
			size_t k = strspn(p, "0123456789.");
			if (k < sizeof(num)) {
				memcpy(num, p, k);
				num[k] = '\0';
				rest = p + k;
			}
		}
	} else
		split_number(title, num, &rest);
	if (*cellv(doc, ci))
		snprintf(num, sizeof(num), "%s", cellv(doc, ci));
	else if (num[0] == '\0' && *cellv(doc, cn))
		snprintf(num, sizeof(num), "%s", cellv(doc, cn));
	if (num[0] == '\0') {
		doc->nrejected++;
		diag(doc, line, ITA_SEV_ERROR, "import.indicator",
		    "indicator row without an indicator number: not imported");
		return 0;
	}
	snprintf(id, sizeof(id), "ind.%s", num);
	if ((r = row_rec(doc, "indicator", line, id,
	    indicator_section(strtol(num, NULL, 10)), num, rest)) == NULL)
		return nomem(doc);
	return fill_pending(doc, r, ita_set(r, ITA_COL_INDICATOR, num), line,
	    n);
}

/*
 * The group of an OIT item: from the fiscal year's list when the item is
 * in it under a like title (an empty title too), else from the last
 * group heading.  A code whose title is another item's is left to
 * ita-validate (oit.title).  0, or -1 on ENOMEM.
 */
static int
oit_group_of(struct doc *doc, const char *item, const char *title,
    char grp[8])
{
	const struct ita_year *y;
	const struct ita_oit_item *it;
	int alike = 1;

	snprintf(grp, 8, "%s", doc->oit_group);
	if (doc->o->years == NULL || doc->year == 0 ||
	    (y = ita_years_get(doc->o->years, doc->year)) == NULL ||
	    (it = ita_year_item(y, item)) == NULL)
		return 0;
	if (*title != '\0' && (alike = titles_alike(title, it->title)) == -1)
		return -1;
	if (alike)
		snprintf(grp, 8, "%s", it->group);
	return 0;
}

static int
row_oit(struct doc *doc, unsigned long line, size_t n, int resp)
{
	int ct = col_of(&doc->t, ITA_COL_TITLE), cn = col_of(&doc->t,
	    ITA_COL_NUMBER), co = col_of(&doc->t, ITA_COL_OIT_ITEM);
	const char *title = cellv(doc, ct), *rest = title, *code;
	struct ita_record *r;
	char num[24] = "", id[48], item[24], grp[8];
	int e = 0;

	code = *cellv(doc, co) ? cellv(doc, co) : cellv(doc, cn);
	if (*code == 'o' || *code == 'O')
		code++;
	if (*code)
		snprintf(num, sizeof(num), "%s", code);
	else
		split_number(title, num, &rest);
	if (num[0] == '\0' || strspn(num, "0123456789") != strlen(num) ||
	    strlen(num) > 4) {
		doc->nrejected++;
		diag(doc, line, ITA_SEV_ERROR, "import.oit-item",
		    "OIT row without an item code ('%s'): not imported", num);
		return 0;
	}
	snprintf(item, sizeof(item), "o%ld", strtol(num, NULL, 10));
	if (oit_group_of(doc, item, rest, grp) == -1)
		return nomem(doc);
	snprintf(id, sizeof(id), "%s.%s", resp ? "resp" : "oit", item);
	if ((r = row_rec(doc, resp ? "responsibility" : "oit_item", line, id,
	    "oit", num, rest)) == NULL)
		return nomem(doc);
	e |= ita_set(r, ITA_COL_OIT_ITEM, item);
	e |= ita_set(r, ITA_COL_OIT_GROUP, grp);
	return fill_pending(doc, r, e, line, n);
}

static int
row_score(struct doc *doc, unsigned long line)
{
	const char *t = cellv(doc, col_of(&doc->t, ITA_COL_TOOL));
	const char *v = cellv(doc, col_of(&doc->t, ITA_COL_SCORE));
	const char *lv = cellv(doc, col_of(&doc->t, ITA_COL_LEVEL));
	const char *tool, *after;
	char num[2][16];
	int k;

	if ((tool = find_tool(t, &after)) == NULL) {
		if (strcmp(t, "overall") == 0 || strstr(t, "รวม"))
			tool = "overall";
		else {
			doc->nrejected++;
			diag(doc, line, ITA_SEV_ERROR, "import.score",
			    "score row names no tool (IIT, EIT, OIT, ภาพรวม): "
			    "not imported");
			return 0;
		}
	}
	k = find_numbers(v, num, 2);
	if (k == 0 || !valid_score(num[0])) {
		doc->nrejected++;
		diag(doc, line, ITA_SEV_ERROR, "import.score",
		    "field 'score': '%s' is not a score from 0 to 100: not "
		    "imported", v);
		return 0;
	}
	if (strcmp(tool, "eit") == 0 && k == 2)
		return score_rec(doc, line, "eit1", num[0], NULL) == -1 ||
		    score_rec(doc, line, "eit2", num[1], NULL) == -1 ? -1 : 0;
	return score_rec(doc, line, tool, num[0], *lv ? lv : NULL);
}

static int
row_stream(struct doc *doc, unsigned long line, size_t n)
{
	struct ita_record *r;
	size_t i;
	int f, e = 0;

	if ((r = ita_record_new(doc->hdr)) == NULL)
		return nomem(doc);
	for (i = 0; i < n && i < doc->t.ncols; i++) {
		const char *v = ita_buf_str(&doc->cell[i]);
		f = doc->t.field[i];
		if (f >= 0 && f < ITA_NCOLS)
			e |= ita_set(r, (enum ita_col)f, v);
		else if (f < 0 && *doc->t.name[i])
			e |= ita_set_name(r, doc->t.name[i], v);
	}
	/* provenance: the original document when the stream has it */
	if (*ita_get(r, ITA_COL_SOURCE) == '\0') {
		e |= ita_set(r, ITA_COL_SOURCE, doc->source);
		e |= setnum(r, ITA_COL_LINE, (long)line);
	}
	if (e) {
		ita_record_free(r);
		return nomem(doc);
	}
	return emit(doc, r, TK_STREAM);
}

/* The title starts with its own number: "๑. ...", "ตัวชี้วัดที่ ๒". */
static int
title_numbered(const char *title)
{
	size_t skip;

	return lead_number(title, &skip) > 0 ||
	    strncmp(title, "ตัวชี้วัดที่", strlen("ตัวชี้วัดที่")) == 0;
}

/*
 * Whether a row has the shape of a continuation (ita-import(1),
 * CONTINUATION ROWS): in a table with a measure and an activity column, a
 * row naming an activity is a new activity; otherwise, when the table has
 * a number column (number, indicator, OIT item), a row whose number cells
 * are empty and whose title does not start with a number continues; with
 * no number column, a row whose first cell is empty continues.  A row
 * with no key cell (title, number, activity, indicator, item, tool) can
 * only continue.
 */
static int
continuation_shape(struct doc *doc)
{
	static const int numcols[] = { ITA_COL_NUMBER, ITA_COL_INDICATOR,
	    ITA_COL_OIT_ITEM };
	int ct = col_of(&doc->t, ITA_COL_TITLE), ca = col_of(&doc->t,
	    F_ACTIVITY), c, numbered = 0;
	size_t i;

	if (ct >= 0 && ca >= 0 && *cellv(doc, ca))
		return 0;
	for (i = 0; i < sizeof(numcols) / sizeof(numcols[0]); i++)
		if ((c = col_of(&doc->t, numcols[i])) >= 0) {
			numbered = 1;
			if (*cellv(doc, c))
				return 0;
		}
	if (numbered)
		return !title_numbered(cellv(doc, ct));
	return *cellv(doc, 0) == '\0';
}

/*
 * A period continued on the next row: a second period ("ม.ค. ๖๘" then
 * "มี.ค. ๖๘") widens start and end to cover both; a range wrapped onto
 * two rows ("ต.ค. ๖๗ -" then "ก.ย. ๖๘") is parsed whole.
 */
static int
continue_period(struct doc *doc, struct ita_record *r, const char *v)
{
	struct ita_period p;
	char d[11], *q;
	int e = 0;

	if (append(r, ITA_COL_PERIOD_TEXT, v) == -1)
		return -1;
	if (*ita_get(r, ITA_COL_START) == '\0') {
		const char *all = ita_get(r, ITA_COL_PERIOD_TEXT);
		ita_buf_clear(&doc->tmp2);
		if (ita_buf_adds(&doc->tmp2, all) == -1)
			return -1;
		for (q = doc->tmp2.p; *q; q++)
			if (*q == '\n')
				*q = ' ';
		if (ita_period_parse(doc->tmp2.p, doc->tmp2.len, doc->year,
		    &p, NULL) != 1)
			return 0;
	} else if (ita_period_parse(v, strlen(v), doc->year, &p, NULL) != 1)
		return 0;
	ita_date_format_iso(p.start, d);
	if (*ita_get(r, ITA_COL_START) == '\0' ||
	    strcmp(d, ita_get(r, ITA_COL_START)) < 0) {
		e |= ita_set(r, ITA_COL_START, d);
		e |= ita_set(r, ITA_COL_START_PRECISION,
		    ita_precision_name(p.start_prec));
	}
	ita_date_format_iso(p.end, d);
	if (strcmp(d, ita_get(r, ITA_COL_END)) > 0) {
		e |= ita_set(r, ITA_COL_END, d);
		e |= ita_set(r, ITA_COL_END_PRECISION,
		    ita_precision_name(p.end_prec));
	}
	return e;
}

/* A row that continues the pending record: cells appended as new lines. */
static int
continue_row(struct doc *doc, struct ita_record *r, size_t n)
{
	const char *st;
	char pct[16];
	size_t i;
	int f, e = 0;

	for (i = 0; i < n && i < doc->t.ncols; i++) {
		const char *v = ita_buf_str(&doc->cell[i]);
		if (*v == '\0')
			continue;
		f = doc->t.field[i];
		if (f == F_ACTIVITY)
			f = ITA_COL_TITLE;
		if (f == ITA_COL_METHOD || f == ITA_COL_RESULT ||
		    f == ITA_COL_OUTCOME) {
			if (split_bullets(v, &doc->tmp) == -1)
				return nomem(doc);
			v = ita_buf_str(&doc->tmp);
		}
		if (f == -1) {
			if (ita_buf_printf(&doc->tmp2, "%s: %s",
			    doc->t.name[i], v) == -1)
				return nomem(doc);
			e |= append(r, ITA_COL_NOTE, doc->tmp2.p);
			ita_buf_clear(&doc->tmp2);
		} else if (f == ITA_COL_PERIOD_TEXT)
			e |= continue_period(doc, r, v);
		else if (f != ITA_COL_NUMBER && f < ITA_NCOLS)
			e |= append(r, f, v);
		if (*ita_get(r, ITA_COL_STATUS) == '\0' &&
		    (f == ITA_COL_RESULT || f == ITA_COL_STATUS ||
		    f == ITA_COL_PERCENT) &&
		    cell_status(v, doc->check[i], &st, pct)) {
			if (st)
				e |= ita_set(r, ITA_COL_STATUS, st);
			if (*pct)
				e |= ita_set(r, ITA_COL_PERCENT, pct);
		}
	}
	return e ? nomem(doc) : 0;
}

/* --keep-raw: the row as read, cells joined by tabs, in column 'raw'. */
static int
keep_raw(struct doc *doc, struct ita_record *r, char **cells, size_t *lens,
    size_t n)
{
	struct ita_buf b = ITA_BUF_INIT;
	const char *old = ita_get_name(r, "raw");
	size_t i;
	int e = 0;

	if (*old)
		e |= ita_buf_printf(&b, "%s\n", old);
	for (i = 0; i < n; i++) {
		if (i)
			e |= ita_buf_addc(&b, '\t');
		e |= ita_buf_add(&b, cells[i], lens[i]);
	}
	if (e == 0)
		e = ita_set_name(r, "raw", ita_buf_str(&b));
	ita_buf_free(&b);
	return e ? nomem(doc) : 0;
}

/*
 * A row with more cells than its header (after trailing empty cells are
 * dropped): which cell a stray tab split or added cannot be known, so
 * the last column gets its own cell and every extra one, joined by
 * spaces, and a warning says so.
 */
static int
norm_joined(struct doc *doc, unsigned long line, char **cells, size_t *lens,
    size_t n, size_t col)
{
	struct ita_buf joined = ITA_BUF_INIT;
	size_t i;
	int r;

	for (i = 0; i < n; i++) {
		if (lens[i] == 0)
			continue;
		if ((joined.len && ita_buf_addc(&joined, ' ') == -1) ||
		    ita_buf_add(&joined, cells[i], lens[i]) == -1) {
			ita_buf_free(&joined);
			return nomem(doc);
		}
	}
	diag(doc, line, ITA_SEV_WARNING, "import.cells", "row has %zu cells, "
	    "its header %zu: cells %zu to %zu joined into column '%s'",
	    col + n, col + 1, col + 1, col + n, doc->t.name[col]);
	r = norm(doc, line, ita_buf_str(&joined), joined.len, &doc->cell[col],
	    &doc->check[col]);
	ita_buf_free(&joined);
	return r == -1 ? -1 : 0;
}

static int
has_star(const char *s, size_t n)
{
	const char *p;

	for (p = s; (p = memchr(p, '\\', n - (size_t)(p - s))) != NULL; p++)
		if (n - (size_t)(p - s) >= 3 && p[1] == '*' && p[2] == ' ')
			return 1;
	return 0;
}

/*
 * Normalizes cell i of a row.  Markdown "\*" bullets in a list column
 * become "- " lines first, on the raw text: the normalizer drops "\*".
 */
static int
norm_row_cell(struct doc *doc, unsigned long line, size_t i, const char *s,
    size_t n)
{
	struct ita_buf raw = ITA_BUF_INIT, split = ITA_BUF_INIT;
	int f = doc->t.field[i], r;

	if ((f != ITA_COL_METHOD && f != ITA_COL_RESULT &&
	    f != ITA_COL_OUTCOME) || doc->t.kind == TK_STREAM ||
	    !has_star(s, n))
		return norm(doc, line, s, n, &doc->cell[i], &doc->check[i]);
	if (ita_buf_add(&raw, s, n) == -1 ||
	    split_bullets(ita_buf_str(&raw), &split) == -1) {
		ita_buf_free(&raw);
		ita_buf_free(&split);
		return nomem(doc);
	}
	r = norm(doc, line, ita_buf_str(&split), split.len, &doc->cell[i],
	    &doc->check[i]);
	ita_buf_free(&raw);
	ita_buf_free(&split);
	return r;
}

/* A tab row outside any known table: a score line, or reported. */
static int
loose_row(struct doc *doc, unsigned long line, char **cells, size_t *lens,
    size_t n)
{
	struct ita_buf joined = ITA_BUF_INIT;
	size_t i;
	int r;

	for (i = 0; i < n; i++)
		if (ita_buf_add(&joined, cells[i], lens[i]) == -1 ||
		    ita_buf_addc(&joined, ' ') == -1) {
			ita_buf_free(&joined);
			return nomem(doc);
		}
	r = norm(doc, line, joined.p, joined.len, &doc->tmp2, NULL);
	ita_buf_free(&joined);
	if (r != 0)
		return r < 0 ? -1 : 0;
	if ((r = meta_scores(doc, line, ita_buf_str(&doc->tmp2))) != 0)
		return r < 0 ? -1 : 0;
	if (!doc->unknown) {
		diag(doc, line, ITA_SEV_WARNING, "import.table-unknown",
		    "table not recognised: no header row names its columns "
		    "(looked for มาตรการ, กิจกรรม, ตัวชี้วัด, ข้อ/ข้อมูล, "
		    "ระยะเวลา, ผู้รับผิดชอบ, ผลการดำเนินการ)");
		doc->unknown = 1;
		doc->seen_table = doc->seen_table ? doc->seen_table : 1;
	}
	doc->nunknown++;
	diag(doc, line, ITA_SEV_NOTE, "import.row-skipped",
	    "row of an unrecognised table not imported");
	return 0;
}

int
doc_row(struct doc *doc, unsigned long line, char **cells, size_t *lens,
    size_t n)
{
	int field[MAXCOLS], same;
	enum tkind hints[MAXCOLS];
	size_t hits, nonempty, i, nraw;
	int key[6], k, anykey = 0, any = 0;

	if (doc->failed)
		return -1;
	doc->nrows++;
	nraw = n;
	while (n > 0 && lens[n - 1] == 0)	/* tabs at the end of a line */
		n--;
	hits = match_row(doc, cells, lens, n, field, hints, &nonempty);
	if (nonempty == 0) {
		doc->nblank++;
		return 0;
	}
	/*
	 * A numbered row of the current table is data, even when its cells
	 * start with header words ("มาตรการ...", "จัดทำแล้ว").
	 */
	if (doc->active && (k = col_of(&doc->t, ITA_COL_NUMBER)) >= 0 &&
	    (size_t)k < n && has_digit(cells[k], lens[k]))
		hits = 0;
	if (doc->expect_sub) {
		int repeat = doc->expect_sub == 2;
		doc->expect_sub = 0;
		if ((doc->active || doc->t.kind != TK_NONE) &&
		    sub_header(doc, field, hints, n, hits, nonempty, repeat)) {
			doc->nheaders++;
			return 0;
		}
	}
	if (hits >= 2 && hits * 2 >= nonempty) {
		same = doc->t.ncols == (n < MAXCOLS ? n : MAXCOLS);
		for (i = 0; same && i < doc->t.ncols; i++)
			same = doc->t.upper[i] == field[i];
		if (same && doc->t.kind != TK_NONE) {
			doc->nheaders++;	/* repeated at a page break */
			doc->active = 1;
			doc->unknown = 0;
			doc->expect_sub = 2;
			return 0;
		}
		return start_table(doc, line, cells, lens, n, field, hints);
	}
	if (!doc->active)
		return loose_row(doc, line, cells, lens, n);
	for (i = 0; i < n && i < doc->t.ncols; i++) {
		if (i + 1 == doc->t.ncols && n > doc->t.ncols) {
			if (norm_joined(doc, line, cells + i, lens + i, n - i,
			    i) == -1)
				return -1;
		} else if (norm_row_cell(doc, line, i, cells[i], lens[i]) == -1)
			return -1;
		if (doc->cell[i].len)
			any = 1;
	}
	for (; i < doc->t.ncols; i++) {
		ita_buf_clear(&doc->cell[i]);
		doc->check[i] = 0;
	}
	if (!any) {
		doc->nblank++;
		return 0;
	}
	if (doc->t.kind == TK_STREAM)
		return row_stream(doc, line, n);
	key[0] = col_of(&doc->t, ITA_COL_TITLE);
	key[1] = col_of(&doc->t, ITA_COL_NUMBER);
	key[2] = col_of(&doc->t, F_ACTIVITY);
	key[3] = col_of(&doc->t, ITA_COL_INDICATOR);
	key[4] = col_of(&doc->t, ITA_COL_OIT_ITEM);
	key[5] = col_of(&doc->t, ITA_COL_TOOL);
	for (k = 0; k < 6; k++)
		if (*cellv(doc, key[k]))
			anykey = 1;
	/* with nothing to continue, a row with a title is a new record */
	if (!anykey || (doc->t.kind != TK_SCORE && doc->pending &&
	    continuation_shape(doc))) {
		if (doc->pending) {
			doc->ncont++;
			if (continue_row(doc, doc->pending, n) == -1)
				return -1;
			return doc->o->keep_raw ? keep_raw(doc, doc->pending,
			    cells, lens, nraw) : 0;
		}
		doc->nrejected++;
		diag(doc, line, ITA_SEV_WARNING, "import.row-orphan",
		    "row continues no earlier row (its first cells are "
		    "empty): not imported");
		return 0;
	}
	if (flush(doc) == -1)
		return -1;
	switch (doc->t.kind) {
	case TK_MEASURE:
	case TK_ACTIVITY:
		k = row_measure(doc, line, n);
		break;
	case TK_INDICATOR:
		k = row_indicator(doc, line, n);
		break;
	case TK_OIT:
		k = row_oit(doc, line, n, 0);
		break;
	case TK_RESP:
		k = row_oit(doc, line, n, 1);
		break;
	case TK_SCORE:
		return row_score(doc, line);
	default:
		return 0;
	}
	if (k == 0 && doc->o->keep_raw && doc->pending)
		return keep_raw(doc, doc->pending, cells, lens, nraw);
	return k;
}

static void
verbose_summary(struct doc *doc)
{
	struct ita_buf b = ITA_BUF_INIT;
	int k;

	for (k = 1; k <= K_REPORT; k++)
		if (doc->nkind[k] && ita_buf_printf(&b, "%s%s %lu",
		    b.len ? ", " : "", k == TK_STREAM ? "stream" : kind_word[k],
		    doc->nkind[k]) == -1)
			break;	/* out of memory: the kinds counted so far */
	fprintf(doc->diag->err, "%s: %lu tables; records: %s; %lu "
	    "continuation rows appended to the record above\n", doc->source,
	    doc->ntables, b.len ? b.p : "none", doc->ncont);
	fprintf(doc->diag->err, "%s: skipped: %lu repeated or second header "
	    "rows, %lu rows of unrecognised tables, %lu rows reported above "
	    "and not imported, %lu blank lines, %lu lines of prose read for "
	    "metadata and headings only (not table data)\n", doc->source,
	    doc->nheaders, doc->nunknown, doc->nrejected, doc->nblank,
	    doc->nprose);
	ita_buf_free(&b);
}

int
doc_end(struct doc *doc, unsigned long lastline)
{
	struct ita_record *r;
	unsigned long known = 0;
	int k, e = 0;

	if (doc->failed)
		return -1;
	if (flush(doc) == -1)
		return -1;
	for (k = 1; k < TK_NKINDS; k++)
		known += doc->nkind[k];
	if (known == 0) {
		diag(doc, lastline ? lastline : 1, ITA_SEV_ERROR,
		    "import.no-table", "no table recognised: looked for "
		    "tab-separated header rows naming a measure (มาตรการ), "
		    "activity (กิจกรรม), indicator (ตัวชี้วัด), OIT item "
		    "(ข้อ, ข้อมูล), responsibility (จัดทำ, เผยแพร่) or score "
		    "(คะแนน), and for score lines (IIT, EIT, OIT)");
		if (doc->diag->verbose)
			verbose_summary(doc);
		return 0;
	}
	if (doc->nkind[TK_STREAM] == 0) {
		if ((r = new_rec(doc, "report", doc->title_line ?
		    doc->title_line : 1)) == NULL)
			return nomem(doc);
		e |= ita_set(r, ITA_COL_ID, "report");
		e |= ita_set(r, ITA_COL_TITLE, ita_buf_str(&doc->title));
		e |= ita_set(r, ITA_COL_LEVEL, ita_buf_str(&doc->level));
		e |= ita_set(r, ITA_COL_MEMO_NUMBER,
		    ita_buf_str(&doc->memo_number));
		e |= ita_set(r, ITA_COL_MEMO_DATE, doc->memo_date);
		e |= ita_set(r, ITA_COL_WEBSITE, ita_buf_str(&doc->website));
		e |= ita_set(r, ITA_COL_NOTE, ita_buf_str(&doc->memo_subject));
		if (e) {
			ita_record_free(r);
			return nomem(doc);
		}
		if (emit(doc, r, K_REPORT) == -1)
			return -1;
	}
	if (doc->diag->verbose)
		verbose_summary(doc);
	return 0;
}

/* --no-header: the columns are given, the table starts at once. */
int
doc_columns(struct doc *doc, const int *field, size_t n)
{
	enum tkind hints[MAXCOLS];
	size_t i;

	table_clear(&doc->t);
	doc->t.ncols = n < MAXCOLS ? n : MAXCOLS;
	for (i = 0; i < doc->t.ncols; i++) {
		doc->t.field[i] = doc->t.upper[i] = field[i];
		hints[i] = TK_NONE;
		if ((doc->t.name[i] = strdup(field[i] >= 0 ?
		    field_name(field[i]) : "")) == NULL)
			return nomem(doc);
	}
	doc->t.kind = table_kind(&doc->t, hints);
	doc->t.line = 1;
	doc->active = doc->t.kind != TK_NONE;
	doc->seen_table = 1;
	doc->ntables++;
	verbose_table(doc);
	return 0;
}

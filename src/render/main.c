/*
 * ita-render: turn the record stream into the documents offices publish
 * (html), keep in wikis (md), mail (txt) or finish in a word processor
 * (fodt).  Holds one report's records at a time, for layout.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "clean.h"
#include "filter.h"
#include "render.h"
#include "report_id.h"
#include "share.h"
#include "summary.h"
#include "yeardata.h"

enum {
	OPT_TITLE = ITA_OPT_PROGRAM,
	OPT_OFFICE,
	OPT_LANG,
	OPT_THAI_DIGITS,
	OPT_DATES,
	OPT_WIDTH,
	OPT_TEMPLATE,
	OPT_PREPARED_BY,
	OPT_PREPARED_POS,
	OPT_CHECKED_BY,
	OPT_CHECKED_POS,
	OPT_APPROVED_BY,
	OPT_APPROVED_POS,
	OPT_ALL_COLUMNS,
	OPT_SUMMARY,
	OPT_CHART,
	OPT_LONG_TEXT
};

static const struct ita_optdoc options[] = {
	{ "type", 't', "TYPE",
	    N_("document type: html (default), md, txt, fodt") },
	{ "title", OPT_TITLE, "TEXT",
	    N_("document title (default: the report record's, or made up)") },
	{ "office", OPT_OFFICE, "NAME",
	    N_("office name in the heading (default: from the data)") },
	{ "lang", OPT_LANG, "LANG",
	    N_("language of headings and labels: th (default), en") },
	{ "thai-digits", OPT_THAI_DIGITS, NULL,
	    N_("print numbers with Thai digits (links keep ASCII digits)") },
	{ "dates", OPT_DATES, "FORM",
	    N_("dates in long (default) or short form") },
	{ "all-columns", OPT_ALL_COLUMNS, NULL,
	    N_("show the columns of a table that no row fills") },
	{ "summary", OPT_SUMMARY, NULL,
	    N_("one summary of all the offices' scores instead of each "
	    "report") },
	{ "chart", OPT_CHART, "WHICH",
	    N_("--summary: charts none, bars (default) or all") },
	{ "long-text", OPT_LONG_TEXT, "WHERE",
	    N_("html, fodt: long text (methods, results) in rows under its "
	    "row (default) or in columns") },
	{ "width", OPT_WIDTH, "N",
	    N_("txt: line width in display columns "
	    "(default: terminal, else 80)") },
	{ "template", OPT_TEMPLATE, "FILE",
	    N_("html, fodt: document frame (default: share/ita/templates)") },
	{ "prepared-by", OPT_PREPARED_BY, "NAME",
	    N_("signature block: who prepared the report") },
	{ "prepared-position", OPT_PREPARED_POS, "TEXT",
	    N_("signature block: position of who prepared it") },
	{ "checked-by", OPT_CHECKED_BY, "NAME",
	    N_("signature block: who checked it") },
	{ "checked-position", OPT_CHECKED_POS, "TEXT",
	    N_("signature block: position of who checked it") },
	{ "approved-by", OPT_APPROVED_BY, "NAME",
	    N_("signature block: who approved it") },
	{ "approved-position", OPT_APPROVED_POS, "TEXT",
	    N_("signature block: position of who approved it") },
	{ NULL, 0, NULL, NULL }
};

static const struct ita_prog prog = {
	"ita-render", "-t html|md|txt|fodt [options] [file ...]",
	N_("Render ita records as an HTML, Markdown, "
	    "text or OpenDocument report."),
	options
};

struct mopts {
	struct ita_diag	*diag;
	struct ropts	 r;
	int		 width_set;
	int		 summary;
	struct ita_buf	 clean[8];	/* text options, cleaned (chars.h) */
};

/*
 * The text options as every writer may pass them on: a character that no
 * output carries is U+FFFD, with a warning (chars.h).  0 or -1 (ENOMEM).
 */
static int
clean_options(struct mopts *m)
{
	struct {
		const char	 *name;
		const char	**v;
	} t[] = {
		{ "--title", &m->r.title }, { "--office", &m->r.office },
		{ "--prepared-by", &m->r.sign[0].name },
		{ "--prepared-position", &m->r.sign[0].position },
		{ "--checked-by", &m->r.sign[1].name },
		{ "--checked-position", &m->r.sign[1].position },
		{ "--approved-by", &m->r.sign[2].name },
		{ "--approved-position", &m->r.sign[2].position },
	};
	size_t i;

	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++)
		if (*t[i].v != NULL && (*t[i].v = ita_chars_value(m->diag,
		    NULL, t[i].name, *t[i].v, &m->clean[i])) == NULL)
			return -1;
	return 0;
}

/* Index of arg in words (NULL-terminated), or -1. */
static int
word_index(const char *arg, const char *const *words)
{
	int i;

	for (i = 0; words[i] != NULL; i++)
		if (!strcmp(arg, words[i]))
			return i;
	return -1;
}

/* --type, --lang, --dates: a word from a closed set. */
static int
word_option(struct mopts *m, int val, const char *arg)
{
	static const char *const types[] = { "html", "md", "txt", "fodt",
		NULL };
	static const char *const dates[] = { "short", "long", NULL };
	static const char *const charts[] = { "none", "bars", "all", NULL };
	static const char *const longs[] = { "rows", "columns", NULL };
	int i;

	switch (val) {
	case 't':
		if ((i = word_index(arg, types)) >= 0)
			m->r.fmt = (enum rfmt)i;
		else
			ita_diag_usage(m->diag, "--type: unknown type '%s' "
			    "(html, md, txt, fodt)", arg);
		break;
	case OPT_LANG:
		if ((i = ita_lang_parse(arg, &m->r.lang)) == -1)
			ita_diag_usage(m->diag, "--lang: unknown language '%s' "
			    "(th, en)", arg);
		break;
	case OPT_CHART:
		if ((i = word_index(arg, charts)) >= 0)
			m->r.chart = (enum rchart)i;
		else
			ita_diag_usage(m->diag, "--chart: unknown chart '%s' "
			    "(none, bars, all)", arg);
		break;
	case OPT_LONG_TEXT:
		if ((i = word_index(arg, longs)) >= 0)
			m->r.long_columns = i;
		else
			ita_diag_usage(m->diag, "--long-text: unknown place "
			    "'%s' (rows, columns)", arg);
		break;
	default:
		if ((i = word_index(arg, dates)) >= 0)
			m->r.long_dates = i;
		else
			ita_diag_usage(m->diag, "--dates: unknown date form "
			    "'%s' (long, short)", arg);
		break;
	}
	return i >= 0 ? 0 : -1;
}

static int
width_option(struct mopts *m, const char *arg)
{
	long n;

	if (ita_parse_long(arg, 20, 10000, &n) == -1) {
		ita_diag_usage(m->diag, "--width: '%s' is not a number from 20 "
		    "to 10000", arg);
		return -1;
	}
	m->r.width = (int)n;
	m->width_set = 1;
	return 0;
}

static int
own_option(void *ctx, int val, const char *arg)
{
	struct mopts *m = ctx;

	switch (val) {
	case 't':
	case OPT_LANG:
	case OPT_DATES:
	case OPT_CHART:
	case OPT_LONG_TEXT:
		return word_option(m, val, arg);
	case OPT_WIDTH:
		return width_option(m, arg);
	case OPT_TITLE: m->r.title = arg; return 0;
	case OPT_OFFICE: m->r.office = arg; return 0;
	case OPT_THAI_DIGITS: m->r.thai_digits = 1; return 0;
	case OPT_ALL_COLUMNS: m->r.all_columns = 1; return 0;
	case OPT_SUMMARY: m->summary = 1; return 0;
	case OPT_TEMPLATE: m->r.template_path = arg; return 0;
	case OPT_PREPARED_BY: m->r.sign[0].name = arg; return 0;
	case OPT_PREPARED_POS: m->r.sign[0].position = arg; return 0;
	case OPT_CHECKED_BY: m->r.sign[1].name = arg; return 0;
	case OPT_CHECKED_POS: m->r.sign[1].position = arg; return 0;
	case OPT_APPROVED_BY: m->r.sign[2].name = arg; return 0;
	case OPT_APPROVED_POS: m->r.sign[2].position = arg; return 0;
	}
	ita_diag_usage(m->diag, "unknown option");
	return -1;
}

/* The terminal's width, else $COLUMNS, else 80. */
static int
default_width(void)
{
	struct winsize ws;
	const char *env;
	long n;

	if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0
	    && ws.ws_col >= 20)
		return ws.ws_col;
	if ((env = getenv("COLUMNS")) != NULL &&
	    ita_parse_long(env, 20, 10000, &n) == 0)
		return (int)n;
	return 80;
}

struct render {
	struct ita_filter	*f;
	struct mopts		*m;
	struct rframe		 frame;
	int			 framed;	/* html, fodt */
	int			 seq;		/* reports written */
	struct ita_buf		 out;
	struct ita_buf		 tail;		/* the frame's end, filled in */
	struct ita_chars_cache	 names;		/* header names, cleaned */
};

/* The next record, cleaned as the options are (chars.h): 1, or 0. */
static int
next_record(struct render *r, struct ita_record **rec)
{
	if (!ita_filter_next(r->f, rec))
		return 0;
	if (ita_chars_record(&r->f->diag, *rec, &r->names) == 0)
		return 1;
	ita_record_free(*rec);
	*rec = NULL;
	return 0;
}

static int
emit(struct render *r)
{
	if (r->out.len > 0 && fwrite(r->out.p, 1, r->out.len, r->f->out.fp) !=
	    r->out.len)
		ita_out_ok(&r->f->out);	/* the error is reported at close */
	ita_buf_clear(&r->out);
	return ita_out_ok(&r->f->out) ? 0 : -1;
}

static int (*const writers[])(struct ita_buf *, const struct rdoc *,
    const struct ropts *, int) = {
	render_html, render_md, render_txt, render_fodt
};

/* The frame's head into out and its tail kept, for a document title. */
static int
frame_title(struct render *r, const char *title)
{
	struct ita_buf esc = ITA_BUF_INIT;
	int rc = 0;

	rc |= resc_xml(&esc, title);
	rc |= ita_buf_adds(&esc, "");
	rc |= rframe_fill(&r->out, r->frame.head, &r->m->r, ita_buf_str(&esc));
	rc |= rframe_fill(&r->tail, r->frame.tail, &r->m->r, ita_buf_str(&esc));
	ita_buf_free(&esc);
	return rc ? -1 : 0;
}

static int
frame_head(struct render *r, const struct rreport *rep)
{
	struct ita_buf title = ITA_BUF_INIT;
	int rc = 0;

	if (rep != NULL && rep->n > 0)
		rc |= rdoc_head_title(rep, &r->m->r, &title);
	else
		rc |= ita_buf_adds(&title, r->m->r.title ? r->m->r.title :
		    "ita-render");
	rc |= ita_buf_adds(&title, "");
	if (rc == 0)
		rc = frame_title(r, ita_buf_str(&title));
	ita_buf_free(&title);
	return rc ? -1 : 0;
}

static int
flush_report(struct render *r, struct rreport *rep)
{
	struct rdoc d;
	int rc;

	if (rep->n == 0)
		return 0;
	if (r->framed && r->seq == 0 && frame_head(r, rep) == -1)
		goto nomem;
	if (rdoc_build(&d, rep, &r->m->r) == -1)
		goto nomem;
	rc = writers[r->m->r.fmt](&r->out, &d, &r->m->r, r->seq);
	rdoc_free(&d);
	if (rc == -1)
		goto nomem;
	r->seq++;
	rreport_clear(rep);
	return emit(r);
nomem:
	rreport_clear(rep);
	ita_diag_sys(&r->f->diag, "rendering");
	return -1;
}

/*
 * A report's records must be consecutive (ita(5)); one that comes back
 * after another report would be rendered as a second document part.
 */
static int
seen_report(struct ita_filter *f, struct rkeys *keys,
    const struct ita_record *rec)
{
	struct ita_buf key = ITA_BUF_INIT;
	int rc = -1;

	if (rrecord_is_table(rec))
		return 0;
	if (ita_report_key(rec, &key) == 0 &&
	    (rc = rkeys_add(keys, ita_buf_str(&key))) == 1) {
		ita_diag_record(&f->diag, rec, NULL, ITA_SEV_WARNING,
		    "render.split-report", "report of '%s', fiscal year '%s', "
		    "round '%s' comes back after another report and is "
		    "rendered again as a second report; keep its records "
		    "together (sort the stream)", ita_get(rec, ITA_COL_OFFICE),
		    ita_get(rec, ITA_COL_FISCAL_YEAR),
		    ita_get(rec, ITA_COL_ROUND));
		rc = 0;
	}
	ita_buf_free(&key);
	if (rc == -1)
		ita_diag_sys(&f->diag, "reading");
	return rc;
}

static int
load_frame(struct render *r)
{
	struct ita_buf path = ITA_BUF_INIT;
	const char *p = r->m->r.template_path;
	int rc;

	if (p == NULL)
		p = ita_share_path(&path, r->m->r.fmt == RFMT_HTML ?
		    "templates/report.html" : "templates/report.fodt");
	if ((rc = rframe_load(&r->frame, p)) == -1)
		ita_diag_sys(&r->f->diag, "template %s", p);
	else if (rc == -2)
		ita_diag_msg(&r->f->diag, ITA_EXIT_USAGE, "template %s has no "
		    "{{body}} placeholder", p);
	ita_buf_free(&path);
	return rc == 0 ? 0 : -1;
}

/* The summary document d, framed, into the output; 0 or -1. */
static int
put_summary(struct render *r, struct rdoc *d)
{
	struct ita_buf title = ITA_BUF_INIT;
	int ok = 1;

	if (r->framed)
		ok = ita_buf_adds(&title, d->title != NULL ? d->title : "") ==
		    0 && ita_buf_adds(&title, "") == 0;
	if (ok && r->framed && frame_title(r, ita_buf_str(&title)) == -1)
		ok = 0;
	if (ok && writers[r->m->r.fmt](&r->out, d, &r->m->r, 0) == -1)
		ok = 0;
	ita_buf_free(&title);
	if (!ok) {
		ita_diag_sys(&r->f->diag, "rendering");
		return -1;
	}
	r->seq = 1;
	return emit(r);
}

/*
 * An ita-stats --scores table (known by its header, from its first row
 * rec on): every row read, then its summary.
 */
static int
stats_stream(struct render *r, struct ita_record *rec)
{
	struct ita_filter *f = r->f;
	struct rreport rows = { NULL, 0, 0 };
	struct ita_years *years;
	struct rdoc d;
	int ok = 1;

	if ((years = ita_years_load(NULL, &f->diag)) == NULL) {
		ita_record_free(rec);
		return -1;
	}
	do {
		if (ok && rreport_add(&rows, rec) == -1) {
			ita_diag_sys(&f->diag, "reading");
			ok = 0;
		}
		if (!ok)
			ita_record_free(rec);
	} while (next_record(r, &rec));
	if (ok && rstats_build(&d, &rows, years, &r->m->r) == -1) {
		ita_diag_sys(&f->diag, "rendering");
		ok = 0;
	} else if (ok) {
		ok = put_summary(r, &d) == 0;
		rdoc_free(&d);
	}
	rreport_clear(&rows);
	free(rows.recs);
	ita_years_free(years);
	return ok ? 0 : -1;
}

/* Reads the stream and renders each report as it ends; 0 or -1. */
static int
render_stream(struct render *r)
{
	struct ita_filter *f = r->f;
	struct ita_record *rec;
	struct rreport rep = { NULL, 0, 0 };
	struct rkeys keys = { NULL, 0, 0 };
	int ok = 1, first = 1;

	while (ok && next_record(r, &rec)) {
		if (first && rstats_is_scores(rec))
			return stats_stream(r, rec);
		first = 0;
		if (!rreport_same(&rep, rec) && flush_report(r, &rep) == -1)
			ok = 0;
		if (ok && rep.n == 0 && seen_report(f, &keys, rec) == -1)
			ok = 0;
		if (ok && rreport_add(&rep, rec) == -1) {
			ita_diag_sys(&f->diag, "reading");
			ok = 0;
		}
		if (!ok)
			ita_record_free(rec);
	}
	if (ok && flush_report(r, &rep) == -1)
		ok = 0;
	rreport_clear(&rep);
	free(rep.recs);
	rkeys_free(&keys);
	return ok ? 0 : -1;
}

/* --summary: every record read, then one document of the offices. */
static int
summary_stream(struct render *r)
{
	struct ita_filter *f = r->f;
	struct ita_record *rec;
	struct rsummary s;
	struct ita_years *years;
	struct ita_buf title = ITA_BUF_INIT;
	struct rdoc d;
	int ok = 1, first = 1;

	memset(&s, 0, sizeof(s));
	if ((years = ita_years_load(NULL, &f->diag)) == NULL)
		return -1;
	while (next_record(r, &rec)) {
		if (first && rstats_is_scores(rec)) {
			ita_years_free(years);
			return stats_stream(r, rec);
		}
		first = 0;
		if (ok && rsummary_add(&s, rec) == -1) {
			ita_diag_sys(&f->diag, "reading");
			ok = 0;
		}
		ita_record_free(rec);
	}
	if (ok && rsummary_build(&d, &s, years, &r->m->r) == 0) {
		if (r->framed)
			ok = ita_buf_adds(&title, d.title) == 0 &&
			    ita_buf_adds(&title, "") == 0;
		if (ok && r->framed && frame_title(r, ita_buf_str(&title)) == -1)
			ok = 0;
		if (ok && writers[r->m->r.fmt](&r->out, &d, &r->m->r, 0) == -1)
			ok = 0;
		rdoc_free(&d);
		if (!ok)
			ita_diag_sys(&f->diag, "rendering");
		else {
			r->seq = 1;
			ok = emit(r) == 0;
		}
	} else if (ok) {
		ita_diag_sys(&f->diag, "rendering");
		ok = 0;
	}
	ita_buf_free(&title);
	rsummary_free(&s);
	ita_years_free(years);
	return ok ? 0 : -1;
}

/* html and fodt: the frame's head when no report came, and its tail. */
static void
end_frame(struct render *r)
{
	int ok = 1;

	if (r->seq == 0 && frame_head(r, NULL) == -1)
		ok = 0;
	if (ok && r->tail.len > 0 &&
	    ita_buf_add(&r->out, r->tail.p, r->tail.len) == -1)
		ok = 0;
	if (!ok)
		ita_diag_sys(&r->f->diag, "rendering");
	else
		emit(r);
}

/* Renders the input with the options settled. */
static void
render_all(struct ita_filter *f, struct mopts *m)
{
	struct render r;

	if (!m->width_set)
		m->r.width = default_width();
	memset(&r, 0, sizeof(r));
	r.f = f;
	r.m = m;
	r.framed = m->r.fmt == RFMT_HTML || m->r.fmt == RFMT_FODT;
	if (r.framed && load_frame(&r) == -1)
		return;
	/* txt wraps cells, html and fodt size columns by their words. */
	if ((m->r.fmt != RFMT_MD && (m->r.wrap = ita_wrap_new()) == NULL) ||
	    (r.framed && (m->r.words = rwords_new()) == NULL)) {
		ita_diag_sys(&f->diag, "starting");
		return;
	}
	/* txt on two cores: the second thread, if it can be had */
	if (m->r.fmt == RFMT_TXT && sysconf(_SC_NPROCESSORS_ONLN) > 1 &&
	    (m->r.wrap2 = ita_wrap_new()) != NULL &&
	    (m->r.worker = rworker_new()) == NULL) {
		ita_wrap_free(m->r.wrap2);
		m->r.wrap2 = NULL;
	}
	if ((m->summary ? summary_stream(&r) : render_stream(&r)) == 0 &&
	    r.framed)
		end_frame(&r);
	rframe_free(&r.frame);
	ita_buf_free(&r.out);
	ita_buf_free(&r.tail);
	ita_wrap_free(m->r.wrap);
	rworker_free(m->r.worker);
	ita_wrap_free(m->r.wrap2);
	rwords_free(m->r.words);
	ita_chars_cache_free(&r.names);
}

int
main(int argc, char *argv[])
{
	struct ita_filter f;
	struct mopts m;
	size_t i;
	int rc;

	memset(&m, 0, sizeof(m));
	m.diag = &f.diag;
	m.r.lang = ITA_LANG_TH;	/* not the locale's: a report is Thai */
	m.r.long_dates = 1;
	m.r.chart = RCHART_BARS;
	if ((rc = ita_filter_init(&f, &prog, argc, argv, own_option, &m, 0)) !=
	    -1)
		return rc;
	if (m.r.template_path != NULL && ita_out_apart(f.common.output,
	    (char *const *)&m.r.template_path, 1, &f.diag) == -1)
		return ita_filter_end(&f);
	if (clean_options(&m) == 0)
		render_all(&f, &m);
	for (i = 0; i < sizeof(m.clean) / sizeof(m.clean[0]); i++)
		ita_buf_free(&m.clean[i]);
	return ita_filter_end(&f);
}

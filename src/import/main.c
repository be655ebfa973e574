/*
 * ita-import: reads what offices have (report text exports, spreadsheets
 * as CSV or TSV, the stream itself) and writes the canonical stream.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <sys/types.h>

#include <errno.h>
#include <iconv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "filter.h"
#include "import.h"
#include "orig.h"
#include "lines.h"
#include "opts.h"
#include "output.h"
#include "pdf.h"
#include "share.h"
#include "stream.h"
#include "thdate.h"
#include "thnorm.h"

enum {
	OPT_OFFICE = ITA_OPT_PROGRAM, OPT_YEAR, OPT_ROUND, OPT_PROVINCE,
	OPT_SYNONYMS, OPT_NO_HEADER, OPT_COLUMNS, OPT_KEEP_RAW, OPT_OCR,
	OPT_FROM, OPT_SHEET, OPT_ALL_SHEETS
};

static const struct ita_optdoc options[] = {
	{ "from", OPT_FROM, "FORMAT",
	    N_("read the input as FORMAT, not as its content says: text, "
	    "csv, tsv, xml, docx, odt, fodt, html, xlsx, ods, fods, pdf, pdfbox") },
	{ "sheet", OPT_SHEET, "NAME|N",
	    N_("the sheet of an .xlsx or .ods workbook to read, by name or "
	    "number from 1 (default the first)") },
	{ "all-sheets", OPT_ALL_SHEETS, NULL,
	    N_("read every sheet of a workbook, one after another") },
	{ "encoding", 'e', "ENC",
	    N_("input encoding, e.g. TIS-620 or CP874 (default UTF-8)") },
	{ "synonyms", OPT_SYNONYMS, "FILE",
	    N_("more header synonyms (field<TAB>words[<TAB>table kind])") },
	{ "office", OPT_OFFICE, "NAME",
	    N_("office name where the document does not say it") },
	{ "year", OPT_YEAR, "YEAR",
	    N_("fiscal year (Buddhist Era) where the "
	    "document does not say it") },
	{ "round", OPT_ROUND, "ROUND",
	    N_("report round, 6 or 12 (months)") },
	{ "province", OPT_PROVINCE, "NAME",
	    N_("province where the document does not say it") },
	{ "no-header", OPT_NO_HEADER, NULL,
	    N_("CSV and TSV sheets have no header row (use --columns)") },
	{ "columns", OPT_COLUMNS, "LIST",
	    N_("fields of the sheet's columns in order, "
	    "e.g. title,,period_text") },
	{ "keep-raw", OPT_KEEP_RAW, NULL,
	    N_("keep the original row of each record in a column 'raw'") },
	{ "ocr", OPT_OCR, "WHEN",
	    N_("OCR of PDF pages: auto (pages without text), always, never") },
	{ NULL, 0, NULL, NULL }
};

static const struct ita_prog prog = {
	"ita-import", "[options] [file ...]",
	N_("Import ITA report text exports, sheets and "
	    "streams as ita records."),
	options
};

struct run {
	struct ita_diag		 diag;
	struct ita_common	 common;
	struct imp_opts		 o;
	struct ita_out		 out;
	struct ita_writer	*w;
	struct syntab		 syn;
	const struct ifmt	*from;	/* --from, else NULL: by content */
	enum pdf_ocr		 ocr;
	unsigned long long	 nout;
};

static int
parse_columns(struct run *r, const char *arg)
{
	char *copy, *p, *tok;
	int f;

	if ((copy = strdup(arg)) == NULL)
		return -1;
	r->o.ncolumns = 0;
	for (p = copy; p != NULL && r->o.ncolumns < 64;) {
		tok = strsep(&p, ",");
		if (*tok == '\0')
			f = -1;
		else if ((f = ifield_parse(tok)) < 0) {
			ita_diag_usage(&r->diag, "--columns: unknown field "
			    "'%s' (see ita(5))", tok);
			free(copy);
			return -1;
		}
		r->o.columns[r->o.ncolumns++] = f;
	}
	free(copy);
	return 0;
}

static int
own_option(void *ctx, int val, const char *arg)
{
	struct run *r = ctx;
	long v;

	switch (val) {
	case 'e': r->o.encoding = arg; return 0;
	case OPT_SYNONYMS: r->o.synonyms = arg; return 0;
	case OPT_OFFICE: r->o.office = arg; return 0;
	case OPT_PROVINCE: r->o.province = arg; return 0;
	case OPT_NO_HEADER: r->o.no_header = 1; return 0;
	case OPT_KEEP_RAW: r->o.keep_raw = 1; return 0;
	case OPT_COLUMNS: return parse_columns(r, arg);
	case OPT_SHEET: r->o.sheet = arg; return 0;
	case OPT_ALL_SHEETS: r->o.all_sheets = 1; return 0;
	case OPT_FROM:
		if ((r->from = ifmt_find(arg)) == NULL) {
			ita_diag_usage(&r->diag, "--from: unknown format '%s' "
			    "(%s)", arg, ifmt_list());
			return -1;
		}
		return 0;
	case OPT_OCR:
		if (ipdf_ocr_parse(arg, &r->ocr) == -1) {
			ita_diag_usage(&r->diag, "--ocr: '%s' is not auto, "
			    "always or never", arg);
			return -1;
		}
		return 0;
	case OPT_YEAR:
		if (ita_parse_long(arg, ITA_BE_MIN, ITA_BE_MAX, &v) == -1) {
			ita_diag_usage(&r->diag, "--year: '%s' is not a fiscal "
			    "year in the Buddhist Era (%d-%d)", arg, ITA_BE_MIN,
			    ITA_BE_MAX);
			return -1;
		}
		r->o.year = (int)v;
		return 0;
	case OPT_ROUND:
		if (ita_parse_long(arg, 6, 12, &v) == -1 ||
		    (v != 6 && v != 12)) {
			ita_diag_usage(&r->diag, "--round: '%s' is not 6 or 12",
			    arg);
			return -1;
		}
		r->o.round = (int)v;
		return 0;
	}
	ita_diag_usage(&r->diag, "unknown option");
	return -1;
}

static int
put(void *ctx, struct ita_record *rec)
{
	struct run *r = ctx;
	int rc;

	rc = ita_writer_put(r->w, rec);
	ita_record_free(rec);
	if (rc == -1 || !ita_out_ok(&r->out))
		return -1;
	r->nout++;
	return 0;
}

/*
 * The stream in XML, normalized again, from path, whose first bytes lines
 * has peeked at: the library's reader takes lines over.
 */
static int
import_xml(struct run *r, const char *path, struct ita_lines *lines)
{
	struct ita_input *in;
	struct ita_record *rec;
	struct ita_buf b = ITA_BUF_INIT;
	size_t i;
	int rc = 0;

	if ((in = ita_input_adopt(lines, &r->diag)) == NULL)
		return -1;
	while (rc == 0 && ita_input_next(in, &rec) == 1) {
		for (i = 0; i < rec->hdr->ncols; i++) {
			if (rec->hdr->col[i] == ITA_COL_SOURCE ||
			    rec->hdr->col[i] == ITA_COL_LINE)
				continue;
			if (ita_norm_cell(rec->vals[i], strlen(rec->vals[i]),
			    &b, NULL, NULL) == 0 && strcmp(b.p ? b.p : "",
			    rec->vals[i]) != 0) {
				free(rec->vals[i]);
				rec->vals[i] = ita_buf_take(&b);
			}
		}
		if (*ita_get(rec, ITA_COL_SOURCE) == '\0') {
			char ln[24];
			snprintf(ln, sizeof(ln), "%lu", rec->loc.line);
			if (ita_set(rec, ITA_COL_SOURCE, strcmp(path, "-") ?
			    path : "<stdin>") == -1 ||
			    ita_set(rec, ITA_COL_LINE, ln) == -1)
				rc = -1;
		}
		if (put(r, rec) == -1)
			rc = -1;
	}
	ita_buf_free(&b);
	ita_input_free(in);
	return rc;
}

/*
 * An original (.docx, .odt, HTML, ...): read whole into memory (stdin
 * cannot be read twice and zip needs its end first), then by its reader.
 */
static int
import_orig(struct run *r, struct ita_lines *lines, const struct ifmt *f)
{
	struct orig or;
	struct doc *doc;
	char *buf = NULL, *nb;
	size_t len = 0, cap = 0, c;
	ssize_t k;
	int rc = 0;

	for (;;) {
		if (cap - len < 65536) {
			if ((c = ita_grow_cap(cap, len + 65536, 65536 * 4,
			    1)) == 0 || (nb = realloc(buf, c + 1)) == NULL) {
				ita_diag_sys(&r->diag, "%s", lines->name);
				rc = -1;
				break;
			}
			buf = nb;
			cap = c;
		}
		if ((k = ita_lines_read(lines, buf + len, cap - len,
		    &r->diag)) <= 0) {
			rc = (int)k;
			break;
		}
		len += (size_t)k;
		if (len > ORIG_MAXLEN) {
			ita_diag_msg(&r->diag, ITA_EXIT_DATA, "%s: larger than "
			    "%zu MiB: not imported", lines->name,
			    ORIG_MAXLEN >> 20);
			rc = -1;
			break;
		}
	}
	memset(&or, 0, sizeof(or));
	or.name = lines->name;
	or.buf = buf;
	or.len = len;
	or.o = &r->o;
	or.d = &r->diag;
	if (rc == 0 && (doc = idoc_new(or.name, &r->o, &r->syn, &r->diag, put,
	    r)) == NULL) {
		ita_diag_sys(&r->diag, "%s", or.name);
		rc = -1;
	} else if (rc == 0) {
		idoc_set_form(doc, DOC_TABLES);	/* workbooks: DOC_SHEET */
		idm_init(&or.dm, doc);
		if ((rc = f->read(&or)) == 0)
			rc = idm_end(&or.dm);
		idm_free(&or.dm);
		idoc_free(doc);
	}
	free(buf);
	ita_lines_close(lines);
	return rc;
}

static int
import_file(struct run *r, char *path, iconv_t cd)
{
	struct ita_lines lines;
	struct doc *doc;
	const char *p;
	const struct ifmt *f;
	ssize_t n;
	int kind, rc;

	if (ita_lines_open(&lines, path, &r->diag) == -1)
		return -1;
	if ((n = ita_lines_peek(&lines, 4096, &p, &r->diag)) == -1) {
		ita_lines_close(&lines);
		return -1;
	}
	if ((f = r->from) == NULL)
		f = ifmt_sniff(path, p, (size_t)n);
	if (f->read != NULL)
		return import_orig(r, &lines, f);
	if ((kind = f->kind) == 'x')
		return import_xml(r, path, &lines);
	if ((doc = idoc_new(lines.name, &r->o, &r->syn, &r->diag, put,
	    r)) == NULL) {
		ita_diag_sys(&r->diag, "%s", path);
		ita_lines_close(&lines);
		return -1;
	}
	rc = 0;
	idoc_set_form(doc, kind == 'c' ? DOC_SHEET :
	    kind == 'p' || kind == 'b' ? DOC_TABLES : DOC_TEXT);
	if (kind == 'p' || kind == 'b') {
		rc = kind == 'p' ? import_pdf(doc, path, &lines, r->ocr,
		    &r->diag) : import_pdfbox(doc, path, &lines,
		    &r->diag);
		idoc_free(doc);
		return rc;
	}
	if (r->o.no_header)
		rc = idoc_columns(doc, r->o.columns, (size_t)r->o.ncolumns);
	if (rc == 0)
		rc = iread_text(doc, &lines, cd, kind == 'c', &r->diag);
	else
		ita_lines_close(&lines);
	idoc_free(doc);
	return rc;
}

static int
load_synonyms(struct run *r)
{
	struct ita_buf b = ITA_BUF_INIT;
	const char *env;
	int rc;

	rc = isyn_load(&r->syn, ita_share_path(&b, "synonyms.tsv"), 1,
	    &r->diag);
	ita_buf_free(&b);
	if (rc == 0 && (env = getenv("ITA_SYNONYMS")) != NULL && *env)
		rc = isyn_load(&r->syn, env, 1, &r->diag);
	if (rc == 0 && r->o.synonyms)
		rc = isyn_load(&r->syn, r->o.synonyms, 1, &r->diag);
	return rc;
}

/* The converter of -e, or (iconv_t)-1 for UTF-8: 0, or -1 (reported). */
static int
open_encoding(struct run *r, iconv_t *cd)
{
	*cd = (iconv_t)-1;
	if (r->o.encoding == NULL || strcasecmp(r->o.encoding, "UTF-8") == 0)
		return 0;
	if ((*cd = iconv_open("UTF-8", r->o.encoding)) == (iconv_t)-1) {
		ita_diag_usage(&r->diag, "-e: unknown encoding '%s' (try "
		    "TIS-620 or CP874)", r->o.encoding);
		return -1;
	}
	return 0;
}

/* The options that make sense only together: 0, or -1 (reported). */
static int
check_usage(struct run *r)
{
	if (r->o.no_header && r->o.ncolumns == 0) {
		ita_diag_usage(&r->diag, "--no-header needs --columns");
		return -1;
	}
	if (r->o.sheet != NULL && r->o.all_sheets) {
		ita_diag_usage(&r->diag, "--sheet and --all-sheets: give one "
		    "of them");
		return -1;
	}
	return 0;
}

/* The stream's own column names name their fields in any sheet. */
static void
add_stream_names(struct run *r)
{
	int f;

	for (f = 0; f < F_NFIELDS; f++)
		if (f < ITA_NCOLS && isyn_add(&r->syn, ita_cols[f].name, f,
		    TK_NONE) == -1)
			ita_diag_sys(&r->diag, "synonyms");
}

/* Every file into the output; a write error stops at once. */
static void
import_all(struct run *r, char **files, int nfiles, iconv_t cd)
{
	struct ita_wopts wo = { r->common.format, r->common.crlf,
	    r->common.bom, r->common.formula_guard };
	int i;

	if (ita_out_apart(r->common.output, files, nfiles, &r->diag) != 0 ||
	    (r->o.synonyms != NULL && ita_out_apart(r->common.output,
	    (char *const *)&r->o.synonyms, 1, &r->diag) != 0) ||
	    ita_out_open(&r->out, r->common.output, &r->diag) != 0)
		return;
	if ((r->w = ita_writer_new(r->out.fp, &wo, &r->diag)) == NULL)
		ita_diag_sys(&r->diag, "output");
	for (i = 0; r->w != NULL && i < nfiles; i++)
		if (import_file(r, files[i], cd) == -1 && !ita_out_ok(&r->out))
			break;
	ita_output_finish(&r->out, r->w, &r->diag);
	r->w = NULL;
}

int
main(int argc, char *argv[])
{
	static char dash[] = "-";
	char *stdin_only[1] = { dash };
	struct run r;
	char **files;
	iconv_t cd;
	struct ita_years *years = NULL;
	int first, nfiles;

	memset(&r, 0, sizeof(r));
	if ((first = ita_prog_start(&r.diag, &r.common, &prog, argc, argv,
	    own_option, &r)) == -1)
		return r.diag.status;
	if (check_usage(&r) == -1 || open_encoding(&r, &cd) == -1) {
		ita_diag_free(&r.diag);
		return ITA_EXIT_USAGE;
	}
	files = argv + first;
	if ((nfiles = argc - first) == 0) {
		files = stdin_only;
		nfiles = 1;
	}
	add_stream_names(&r);
	if (r.diag.status == 0 &&
	    (years = ita_years_load(NULL, &r.diag)) == NULL)
		ita_diag_raise(&r.diag, ITA_EXIT_IO);
	r.o.years = years;
	if (years != NULL && load_synonyms(&r) == 0)
		import_all(&r, files, nfiles, cd);
	if (cd != (iconv_t)-1)
		iconv_close(cd);
	isyn_free(&r.syn);
	ita_years_free(years);
	return ita_prog_end(&r.diag, &r.out, r.nout);
}

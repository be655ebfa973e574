/*
 * Records out: the pending record, the report record at the end of the
 * document, and the -v accounting of every row.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <stdio.h>
#include <string.h>

#include "doc.h"

int
idoc_emit(struct doc *doc, struct ita_record *r, int kind)
{
	doc->nkind[kind]++;
	if (doc->emit(doc->ectx, r) == -1) {
		doc->failed = 1;
		return -1;
	}
	return 0;
}

/* A record just made: emitted, or freed when setting a field failed (e). */
int
idoc_emit_made(struct doc *doc, struct ita_record *r, int e, int kind)
{
	if (e) {
		ita_record_free(r);
		return idoc_nomem(doc);
	}
	return idoc_emit(doc, r, kind);
}

int
idoc_flush(struct doc *doc)
{
	struct ita_record *r = doc->pending;
	int kind;

	if (r == NULL)
		return 0;
	doc->pending = NULL;
	kind = (int)itkind_parse(ita_get(r, ITA_COL_KIND));
	return idoc_emit(doc, r, kind == TK_NONE ? TK_STREAM : kind);
}

int
irec_setnum(struct ita_record *r, enum ita_col c, long v)
{
	char b[24];

	snprintf(b, sizeof(b), "%ld", v);
	return ita_set(r, c, b);
}

/* A record of this document with what is known of it so far. */
struct ita_record *
idoc_record(struct doc *doc, const char *kind, unsigned long line)
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
		e |= irec_setnum(r, ITA_COL_FISCAL_YEAR, doc->year);
	if (doc->round)
		e |= irec_setnum(r, ITA_COL_ROUND, doc->round);
	e |= ita_set(r, ITA_COL_SOURCE, doc->source);
	e |= irec_setnum(r, ITA_COL_LINE, (long)line);
	if (e) {
		ita_record_free(r);
		return NULL;
	}
	return r;
}

static const char *
kind_word(int k)
{
	return k == K_REPORT ? "report" : itkind_name((enum tkind)k);
}

static const char *
plural(unsigned long n)
{
	return n == 1 ? "" : "s";
}

static void
verbose_summary(struct doc *doc)
{
	struct ita_buf b = ITA_BUF_INIT;
	int k;

	for (k = 1; k <= K_REPORT; k++)
		if (doc->nkind[k] && ita_buf_printf(&b, "%s%s %lu",
		    b.len ? ", " : "", kind_word(k), doc->nkind[k]) == -1)
			break;	/* out of memory: the kinds counted so far */
	fprintf(doc->diag->err, "%s: %lu table%s; records: %s; %lu "
	    "continuation row%s appended to the record above\n", doc->source,
	    doc->ntables, plural(doc->ntables), b.len ? b.p : "none",
	    doc->ncont, plural(doc->ncont));
	fprintf(doc->diag->err, "%s: skipped: %lu repeated or second header "
	    "row%s, %lu row%s of unrecognised tables, %lu row%s reported above "
	    "and not imported, %lu blank line%s, %lu line%s of prose read for "
	    "metadata and headings only (not table data)\n", doc->source,
	    doc->nheaders, plural(doc->nheaders), doc->nunknown,
	    plural(doc->nunknown), doc->nrejected, plural(doc->nrejected),
	    doc->nblank, plural(doc->nblank), doc->nprose,
	    plural(doc->nprose));
	ita_buf_free(&b);
}

int
idoc_end(struct doc *doc, unsigned long lastline)
{
	struct ita_record *r;
	unsigned long known = 0;
	int k, e = 0;

	if (doc->failed)
		return -1;
	if (idoc_flush(doc) == -1)
		return -1;
	for (k = 1; k < TK_NKINDS; k++)
		known += doc->nkind[k];
	if (known == 0) {
		/* what was looked for, in the terms of the input's form */
		if (doc->form == DOC_TABLES)
			idoc_diag(doc, lastline ? lastline : 1, ITA_SEV_ERROR,
			    "import.no-table", "no table recognised: looked "
			    "for tables whose header row names a measure "
			    "(มาตรการ), activity (กิจกรรม), indicator "
			    "(ตัวชี้วัด), OIT item (ข้อ, ข้อมูล), "
			    "responsibility (จัดทำ, เผยแพร่) or score (คะแนน), "
			    "and for score lines (IIT, EIT, OIT)");
		else if (doc->form == DOC_SHEET)
			idoc_diag(doc, lastline ? lastline : 1, ITA_SEV_ERROR,
			    "import.no-table", "no table recognised: looked "
			    "for a header row of the sheet naming a measure "
			    "(มาตรการ), activity (กิจกรรม), indicator "
			    "(ตัวชี้วัด), OIT item (ข้อ, ข้อมูล), "
			    "responsibility (จัดทำ, เผยแพร่) or score (คะแนน), "
			    "and for score lines (IIT, EIT, OIT)");
		else
			idoc_diag(doc, lastline ? lastline : 1, ITA_SEV_ERROR,
			    "import.no-table", "no table recognised: looked "
			    "for tab-separated header rows naming a measure "
			    "(มาตรการ), activity (กิจกรรม), indicator "
			    "(ตัวชี้วัด), OIT item (ข้อ, ข้อมูล), "
			    "responsibility (จัดทำ, เผยแพร่) or score (คะแนน), "
			    "and for score lines (IIT, EIT, OIT)");
		if (doc->diag->verbose)
			verbose_summary(doc);
		return 0;
	}
	if (doc->nkind[TK_STREAM] == 0) {
		if ((r = idoc_record(doc, "report", doc->title_line ?
		    doc->title_line : 1)) == NULL)
			return idoc_nomem(doc);
		e |= ita_set(r, ITA_COL_ID, "report");
		e |= ita_set(r, ITA_COL_TITLE, ita_buf_str(&doc->title));
		e |= ita_set(r, ITA_COL_LEVEL, ita_buf_str(&doc->level));
		e |= ita_set(r, ITA_COL_MEMO_NUMBER,
		    ita_buf_str(&doc->memo_number));
		e |= ita_set(r, ITA_COL_MEMO_DATE, doc->memo_date);
		e |= ita_set(r, ITA_COL_WEBSITE, ita_buf_str(&doc->website));
		e |= ita_set(r, ITA_COL_NOTE, ita_buf_str(&doc->memo_subject));
		if (idoc_emit_made(doc, r, e, K_REPORT) == -1)
			return -1;
	}
	if (doc->diag->verbose)
		verbose_summary(doc);
	return 0;
}

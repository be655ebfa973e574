/*
 * Every rule ita-validate knows, with its default severity. The man page's
 * DIAGNOSTICS section lists the same ids (a test compares them).
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <string.h>

#include "validate.h"

const struct vrule vrules[] = {
	/* Conformance to ita(5). */
	{ "header.missing", ITA_SEV_ERROR,
	    "a required column (kind, id) is missing from the header" },
	{ "header.duplicate", ITA_SEV_ERROR,
	    "a column name is given twice in one header" },
	{ "header.empty", ITA_SEV_ERROR,
	    "a column of the header has no name" },
	{ "field.vocab", ITA_SEV_ERROR,
	    "a value is not in the column's closed vocabulary" },
	{ "field.int", ITA_SEV_ERROR,
	    "a value is not a whole number in the column's range" },
	{ "field.number", ITA_SEV_ERROR,
	    "a value is not a decimal number in the column's range" },
	{ "field.line", ITA_SEV_ERROR,
	    "a one-line column holds a line break" },
	{ "date.invalid", ITA_SEV_ERROR,
	    "a date is not an existing YYYY-MM-DD date" },
	{ "period.order", ITA_SEV_ERROR,
	    "a period ends before it starts" },
	{ "period.precision", ITA_SEV_ERROR,
	    "a date and its precision do not come together" },
	{ "record.kind", ITA_SEV_ERROR, "a record has no kind" },
	{ "record.id", ITA_SEV_ERROR, "a record has no id" },
	{ "record.duplicate", ITA_SEV_ERROR,
	    "two records of one report have the same id" },
	{ "record.parent", ITA_SEV_ERROR,
	    "a parent id names no earlier record of the report" },
	{ "record.required", ITA_SEV_ERROR,
	    "a field that the record's kind needs is empty" },
	{ "text.nfc", ITA_SEV_WARNING,
	    "text is not in Unicode NFC; run it through ita-import" },
	/* Dates and periods (ITA rules). */
	{ "date.weekday", ITA_SEV_WARNING,
	    "a period text names a weekday that the date does not fall on" },
	{ "period.outside", ITA_SEV_ERROR,
	    "a period lies wholly outside the report's fiscal year" },
	{ "period.long", ITA_SEV_ERROR,
	    "a period is implausibly long (over two years): a year in the "
	    "wrong decade" },
	{ "period.text", ITA_SEV_WARNING,
	    "a period text could not be read as a period" },
	{ "memo.date", ITA_SEV_WARNING,
	    "a memo is dated outside its fiscal year and the six months "
	    "after it" },
	/* Consistency inside a report. */
	{ "report.mixed", ITA_SEV_ERROR,
	    "a record's office, fiscal year or round differs from its "
	    "report's" },
	{ "year.mismatch", ITA_SEV_WARNING,
	    "a title or memo names a fiscal year other than the report's" },
	{ "office.other", ITA_SEV_WARNING,
	    "the text names another office: a copied template" },
	{ "year.unknown", ITA_SEV_NOTE,
	    "no year data for the report's fiscal year: year rules are "
	    "skipped" },
	/* Status and numbers. */
	{ "status.percent", ITA_SEV_ERROR,
	    "status and percent contradict each other" },
	{ "score.level", ITA_SEV_ERROR,
	    "a level does not match the scores under that year's rules" },
	{ "score.overall", ITA_SEV_ERROR,
	    "the overall score does not match the tool scores and weights" },
	{ "score.duplicate", ITA_SEV_ERROR,
	    "a report gives one tool's score twice" },
	/* The OIT checklist. */
	{ "oit.unknown", ITA_SEV_ERROR,
	    "an OIT item code is not in that year's list" },
	{ "oit.title", ITA_SEV_WARNING,
	    "an OIT item's title is not that year's title for its code" },
	{ "oit.group", ITA_SEV_WARNING,
	    "an OIT item's group is not that year's group for its code" },
	{ "oit.duplicate", ITA_SEV_ERROR,
	    "a report lists one OIT item twice" },
	{ "oit.missing", ITA_SEV_WARNING,
	    "a report's OIT checklist misses items of that year's list" },
	{ "oit.other-year", ITA_SEV_WARNING,
	    "a report's OIT checklist looks like another year's list" },
	/* Completeness and canonical text. */
	{ "measure.incomplete", ITA_SEV_WARNING,
	    "a measure has no responsible unit, period or method" },
	{ "measure.empty", ITA_SEV_ERROR,
	    "a measure says nothing: no title, method, result or outcome" },
	{ "measure.duplicate", ITA_SEV_WARNING,
	    "a report has two measures with the same title" },
	{ "text.markup", ITA_SEV_WARNING,
	    "HTML or Markdown is left in the text; run it through ita-import" },
	{ "text.digits", ITA_SEV_WARNING,
	    "Thai digits are left in the text; run it through ita-import" },
	{ "text.form", ITA_SEV_WARNING,
	    "text is not in canonical form (spaces, marks, look-alikes); run "
	    "it through ita-import" },
	{ "years.data", ITA_SEV_ERROR,
	    "a year data file has a bad line" },
	{ NULL, 0, NULL }
};

const struct vrule *
vrule_find(const char *id)
{
	const struct vrule *r;

	for (r = vrules; r->id != NULL; r++)
		if (strcmp(r->id, id) == 0)
			return r;
	return NULL;
}

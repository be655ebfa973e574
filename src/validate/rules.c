/*
 * Every rule ita-validate knows, with its default severity. The man page's
 * DIAGNOSTICS section lists the same ids (a test compares them).
 */
#include <string.h>

#include "validate.h"

const struct vrule vrules[] = {
	/* Conformance to ita(5). */
	{ "header.missing", ITA_SEV_ERROR,
	    "a required column (kind, id) is missing from the header" },
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

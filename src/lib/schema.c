/* SPDX-License-Identifier: ISC (see the file LICENSE) */
#include <string.h>

#include "schema.h"
#include "thdate.h"

static const char *const kinds[] = { "report", "measure", "activity",
	"indicator", "oit_item", "responsibility", "score", "summary", NULL };
static const char *const office_types[] = { "sao", "municipality", "pao",
	"other", NULL };
static const char *const rounds[] = { "6", "12", NULL };
static const char *const sections[] = { "iit", "eit", "oit", NULL };
static const char *const precisions[] = { "day", "month", "quarter", "year",
	NULL };
static const char *const statuses[] = { "not_started", "in_progress", "done",
	"unknown", NULL };
static const char *const states[] = { "done", "on_track", "due_soon",
	"overdue", "not_started", "not_due", "unknown", NULL };
static const char *const schedules[] = { "behind", "on_schedule", "ahead",
	NULL };
static const char *const tools[] = { "iit", "eit", "eit1", "eit2", "oit",
	"overall", NULL };

#define TEXT(n, d)	{ n, ITA_T_TEXT, NULL, 0, 0, d }
#define LINE(n, d)	{ n, ITA_T_LINE, NULL, 0, 0, d }
#define ENUM(n, v, d)	{ n, ITA_T_ENUM, v, 0, 0, d }
/* A summary's count of items: any int. */
#define COUNT(n, d)	{ n, ITA_T_INT, NULL, 0, 2147483647L, d }

const struct ita_coldef ita_cols[ITA_NCOLS] = {
	{ "ita", ITA_T_INT, NULL, 1, 999, "stream major version, 1" },
	ENUM("kind", kinds, "kind of record"),
	LINE("id", "identity of the record within its report"),
	LINE("parent", "id of the record this one belongs to"),
	LINE("office", "name of the office (agency)"),
	ENUM("office_type", office_types,
	    "sao (อบต.), municipality (เทศบาล), pao (อบจ.), other"),
	LINE("district", "district (อำเภอ)"),
	LINE("province", "province (จังหวัด)"),
	{ "fiscal_year", ITA_T_INT, NULL, ITA_BE_MIN, ITA_BE_MAX,
	    "fiscal year, Buddhist Era" },
	ENUM("round", rounds, "reporting round: 6 or 12 months"),
	ENUM("section", sections, "iit, eit, oit, or empty"),
	LINE("number", "number as written in the report"),
	LINE("sort_key", "number as a key that sorts as text"),
	LINE("indicator", "ITA indicator addressed, 1-10 or 9.1-10.2"),
	LINE("oit_item", "OIT item code, o1 to o43"),
	LINE("oit_group", "OIT group, 9.1-9.5 or 10.1-10.2"),
	TEXT("title", "title of the measure, activity or item"),
	TEXT("method", "how it is carried out"),
	TEXT("responsible", "responsible units or people"),
	TEXT("prepared_by", "who prepares an OIT item"),
	TEXT("collected_by", "who collects it"),
	TEXT("published_by", "who publishes it"),
	TEXT("frequency", "how often it is published"),
	TEXT("period_text", "the planned period as written"),
	{ "start", ITA_T_DATE, NULL, 0, 0, "planned start" },
	ENUM("start_precision", precisions, "precision of start"),
	{ "end", ITA_T_DATE, NULL, 0, 0, "planned end" },
	ENUM("end_precision", precisions, "precision of end"),
	ENUM("status", statuses, "status"),
	{ "percent", ITA_T_NUM, NULL, 0, 100, "percent done" },
	TEXT("result", "result as reported"),
	TEXT("outcome", "outcome or success as reported"),
	TEXT("evidence", "evidence links, one per line"),
	ENUM("tool", tools, "assessment tool of a score"),
	{ "score", ITA_T_NUM, NULL, 0, 100, "score, 0-100" },
	LINE("level", "assessment level as written (AA, ผ่านดี, ...)"),
	LINE("memo_number", "memo number (ที่)"),
	{ "memo_date", ITA_T_DATE, NULL, 0, 0, "memo date" },
	LINE("website", "the office's website"),
	TEXT("note", "free note"),
	LINE("source", "provenance: source document"),
	{ "line", ITA_T_INT, NULL, 1, 2147483647L,
	    "provenance: line in the source document" },
	/* ita-progress(1) */
	{ "as_of", ITA_T_DATE, NULL, 0, 0, "date progress was evaluated on" },
	{ "as_of_fiscal_year", ITA_T_INT, NULL, ITA_BE_MIN, ITA_BE_MAX,
	    "fiscal year of as_of, Buddhist Era" },
	{ "as_of_quarter", ITA_T_INT, NULL, 1, 4, "fiscal quarter of as_of" },
	ENUM("as_of_round", rounds, "round whose report covers as_of"),
	ENUM("state", states, "progress state on as_of"),
	{ "days_left", ITA_T_INT, NULL, -1000000, 1000000,
	    "planned end minus as_of, in days" },
	{ "days_overdue", ITA_T_INT, NULL, 1, 1000000,
	    "days past the planned end, when overdue" },
	{ "elapsed_percent", ITA_T_NUM, NULL, 0, 100,
	    "share of the planned period elapsed on as_of" },
	ENUM("schedule", schedules, "percent against a linear schedule"),
	{ "end_fiscal_year", ITA_T_INT, NULL, ITA_BE_MIN, ITA_BE_MAX,
	    "fiscal year of the planned end" },
	{ "end_quarter", ITA_T_INT, NULL, 1, 4,
	    "fiscal quarter of the planned end" },
	ENUM("end_round", rounds, "round of the planned end"),
	{ "update_date", ITA_T_DATE, NULL, 0, 0,
	    "date of the progress update applied" },
	COUNT("count_items", "summary: items counted"),
	COUNT("count_done", "summary: done"),
	COUNT("count_on_track", "summary: on_track"),
	COUNT("count_due_soon", "summary: due_soon"),
	COUNT("count_overdue", "summary: overdue"),
	COUNT("count_not_started", "summary: not_started"),
	COUNT("count_not_due", "summary: not_due"),
	COUNT("count_unknown", "summary: unknown"),
	{ "done_percent", ITA_T_NUM, NULL, 0, 100,
	    "summary: percent of items done" },
	LINE("overdue_ids", "summary: ids of overdue items"),
};

int
ita_col_lookup(const char *name)
{
	int i;

	/* The first byte first: most names differ there (a header of n
	   columns makes n lookups). */
	for (i = 0; i < ITA_NCOLS; i++)
		if (ita_cols[i].name[0] == name[0] &&
		    strcmp(ita_cols[i].name, name) == 0)
			return i;
	return -1;
}

int
ita_vocab_has(enum ita_col c, const char *w)
{
	const char *const *v = ita_cols[c].vocab;

	if (v == NULL)
		return 1;
	for (; *v != NULL; v++)
		if (strcmp(*v, w) == 0)
			return 1;
	return 0;
}

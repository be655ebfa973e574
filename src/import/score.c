/*
 * Scores of the assessment (IIT, EIT, OIT, overall): said in a prose
 * line or a row outside tables, or in a score table; one record a tool.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "parse.h"

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
	if (doc->scores & (1 << i)) {
		/* said again, as in the memo: the same, or a slip to show */
		if (strcmp(doc->score_said[i], value) != 0)
			idoc_diag(doc, line, ITA_SEV_WARNING,
			    "import.score-again", "the %s score is said "
			    "again as %s (line %lu said %s): the first is kept",
			    tool, value, doc->score_line[i], doc->score_said[i]);
		return 0;
	}
	/* the overall score's level is the report's, in a line or a table */
	if (level && strcmp(tool, "overall") == 0 && doc->level.len == 0 &&
	    ita_buf_adds(&doc->level, level) == -1)
		return idoc_nomem(doc);
	doc->scores |= 1 << i;
	snprintf(doc->score_said[i], sizeof(doc->score_said[i]), "%s", value);
	doc->score_line[i] = line;
	snprintf(id, sizeof(id), "score.%s", tool);
	if ((r = idoc_record(doc, "score", line)) == NULL)
		return idoc_nomem(doc);
	e |= ita_set(r, ITA_COL_ID, id);
	e |= ita_set(r, ITA_COL_TOOL, tool);
	e |= ita_set(r, ITA_COL_SCORE, value);
	if (level)
		e |= ita_set(r, ITA_COL_LEVEL, level);
	return idoc_emit_made(doc, r, e, TK_SCORE);
}

/* EIT said as its two parts ("97.11 / 89.28"): one record each. */
static int
score_eit(struct doc *doc, unsigned long line, const char *eit1,
    const char *eit2)
{
	if (score_rec(doc, line, "eit1", eit1, NULL) == -1 ||
	    score_rec(doc, line, "eit2", eit2, NULL) == -1)
		return -1;
	return 0;
}

static int
valid_score(const char *v)
{
	double x;

	return strlen(v) <= 6 && ita_parse_decimal(v, &x) == 0 && x >= 0 &&
	    x <= 100;
}

static int
starts_with(const char *s, const char *w)
{
	return strncmp(s, w, strlen(w)) == 0;
}

/*
 * A short line that is only the office's score ("คะแนน 88.41",
 * "ได้คะแนน 88.41 คะแนน", "ผลคะแนนรวม 88.41"), as on a page that
 * announces it: the overall score.
 */
static int
overall_line(const char *s)
{
	return strlen(s) < 160 && strstr(s, "ตัวชี้วัด") == NULL &&
	    (starts_with(s, "คะแนน") || starts_with(s, "ได้คะแนน") ||
	    starts_with(s, "ผลคะแนน") || starts_with(s, "ผลการประเมิน คะแนน"));
}

/* A short line that is only the level ("ระดับ A", "ระดับผลการประเมิน ผ่านดี"). */
static int
level_line(struct doc *doc, const char *s)
{
	const char *level;

	if (doc->level.len || strlen(s) > 120 || !starts_with(s, "ระดับ"))
		return 0;
	if ((level = ifind_level(s)) == NULL)
		return 0;
	return ita_buf_adds(&doc->level, level) == -1 ? idoc_nomem(doc) : 1;
}

/* "IIT ... คะแนนรวม 99.73", "EIT ... 97.11 / 89.28", "ภาพรวม ... 95.88 ระดับ ผ่านดี" */
int
iscore_line(struct doc *doc, unsigned long line, const char *s)
{
	char num[3][16], all[6][16];
	const char *after, *tool, *level, *k;
	int n, i, m;

	if ((k = strstr(s, "คะแนน")) == NULL)
		return level_line(doc, s);
	level = ifind_level(s);
	if ((tool = ifind_tool(s, &after)) == NULL) {
		if (level == NULL && !overall_line(s))
			return 0;
		tool = "overall";
		after = k;
	}
	/* the first numbers that can be scores (not years) */
	n = ifind_numbers(after, all, 6);
	for (i = m = 0; i < n && m < 3; i++)
		if (valid_score(all[i]))
			memcpy(num[m++], all[i], sizeof(num[0]));
	n = m;
	if (n == 0)
		return 0;
	if (strcmp(tool, "eit") == 0 && n >= 2 && valid_score(num[1]) &&
	    strchr(after, '/') != NULL) {
		return score_eit(doc, line, num[0], num[1]) == -1 ? -1 : 1;
	}
	if (score_rec(doc, line, tool, num[0],
	    strcmp(tool, "overall") == 0 ? level : NULL) == -1)
		return -1;
	return 1;
}

/*
 * The level word after the one number of a score cell ("93.63 ผ่านดี"),
 * where a PDF's level column is narrower than its centred header and
 * its words were taken into the score's column; "" if none.
 */
static const char *
after_score(const char *v)
{
	const char *p = v + strcspn(v, "0123456789");

	while ((*p >= '0' && *p <= '9') || *p == '.')
		p++;
	while (*p == ' ' || *p == '\n')
		p++;
	return (p = ilevel_word(p)) != NULL ? p : "";
}

int
irow_score(struct doc *doc, unsigned long line)
{
	const char *t = idoc_cell(doc, itable_col(&doc->t, ITA_COL_TOOL));
	const char *v = idoc_cell(doc, itable_col(&doc->t, ITA_COL_SCORE));
	const char *lv = idoc_cell(doc, itable_col(&doc->t, ITA_COL_LEVEL));
	const char *tool, *after;
	char num[2][16];
	int k;

	if ((tool = ifind_tool(t, &after)) == NULL) {
		if (strcmp(t, "overall") == 0 || strstr(t, "รวม"))
			tool = "overall";
		else {
			doc->nrejected++;
			idoc_diag(doc, line, ITA_SEV_ERROR, "import.score",
			    "score row names no tool (IIT, EIT, OIT, ภาพรวม): "
			    "not imported");
			return 0;
		}
	}
	k = ifind_numbers(v, num, 2);
	if (k == 0 || !valid_score(num[0])) {
		doc->nrejected++;
		idoc_diag(doc, line, ITA_SEV_ERROR, "import.score",
		    "field 'score': '%s' is not a score from 0 to 100: not "
		    "imported", v);
		return 0;
	}
	if (strcmp(tool, "eit") == 0 && k == 2)
		return score_eit(doc, line, num[0], num[1]);
	if (*lv == '\0' && k == 1)
		lv = after_score(v);
	return score_rec(doc, line, tool, num[0], *lv ? lv : NULL);
}

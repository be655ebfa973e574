/*
 * Thai headings of columns in tables for people (ita-stats --pretty,
 * ita-render's plain tables): the stream's columns that a table may be
 * grouped by, and the columns ita-stats makes whose names do not depend
 * on the data. In English a table shows the column names themselves,
 * the words --by and --sort take.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <stdlib.h>
#include <string.h>

#include "i18n.h"

struct heading {
	const char	*name;
	const char	*th;
};

/* Sorted by name (bsearch). */
static const struct heading headings[] = {
	{ "as_of", "ณ วันที่" },
	{ "as_of_fiscal_year", "ปีงบประมาณ ณ วันที่" },
	{ "as_of_quarter", "ไตรมาส ณ วันที่" },
	{ "as_of_round", "รอบ ณ วันที่" },
	{ "completion_change", "ความสำเร็จที่เปลี่ยน (%)" },
	{ "completion_from", "ความสำเร็จเดิม (%)" },
	{ "completion_pct", "ความสำเร็จ (%)" },
	{ "completion_to", "ความสำเร็จใหม่ (%)" },
	{ "computed_level", "ระดับผลการประเมินที่คำนวณ" },
	{ "count", "จำนวนระเบียน" },
	{ "district", "อำเภอ" },
	{ "eit1_mean", "EIT ส่วนที่ 1 เฉลี่ย" },
	{ "eit2_mean", "EIT ส่วนที่ 2 เฉลี่ย" },
	{ "eit_mean", "EIT เฉลี่ย" },
	{ "end_fiscal_year", "ปีงบประมาณที่สิ้นสุด" },
	{ "end_quarter", "ไตรมาสที่สิ้นสุด" },
	{ "end_round", "รอบที่สิ้นสุด" },
	{ "fell_below_pass", "ต่ำกว่าเกณฑ์ผ่าน" },
	{ "fiscal_year", "ปีงบประมาณ" },
	{ "iit_mean", "IIT เฉลี่ย" },
	{ "kind", "ชนิด" },
	{ "kind_activity", "กิจกรรม" },
	{ "kind_indicator", "ตัวชี้วัด" },
	{ "kind_measure", "มาตรการ" },
	{ "kind_oit_item", "ข้อ OIT" },
	{ "kind_report", "รายงาน" },
	{ "kind_responsibility", "ผู้รับผิดชอบข้อมูล" },
	{ "kind_score", "คะแนน" },
	{ "kind_summary", "สรุป" },
	{ "level", "ระดับผลการประเมิน" },
	{ "level_from", "ระดับผลการประเมินเดิม" },
	{ "level_to", "ระดับผลการประเมินใหม่" },
	{ "measures", "มาตรการ" },
	{ "measures_done", "มาตรการที่ดำเนินการแล้ว" },
	{ "office", "หน่วยงาน" },
	{ "office_type", "ประเภทหน่วยงาน" },
	{ "offices", "จำนวนหน่วยงาน" },
	{ "oit_coverage_pct", "ความครบถ้วน OIT (%)" },
	{ "oit_done", "ข้อ OIT ที่ดำเนินการแล้ว" },
	{ "oit_group", "ตัวชี้วัดย่อย OIT" },
	{ "oit_item", "ข้อ OIT" },
	{ "oit_listed", "ข้อ OIT ที่รายงาน" },
	{ "oit_mean", "OIT เฉลี่ย" },
	{ "oit_reports", "รายงาน OIT" },
	{ "pass", "ผ่านเกณฑ์" },
	{ "pass_pct", "ผ่านเกณฑ์ (%)" },
	{ "province", "จังหวัด" },
	{ "rank", "อันดับ" },
	{ "responsible", "ผู้รับผิดชอบ" },
	{ "round", "รอบ" },
	{ "schedule", "กำหนดการ" },
	{ "score", "คะแนน" },
	{ "score_change", "คะแนนที่เปลี่ยน" },
	{ "score_from", "คะแนนเดิม" },
	{ "score_max", "คะแนนสูงสุด" },
	{ "score_mean", "คะแนนเฉลี่ย" },
	{ "score_median", "มัธยฐานคะแนน" },
	{ "score_min", "คะแนนต่ำสุด" },
	{ "score_q1", "ควอร์ไทล์ที่ 1" },
	{ "score_q3", "ควอร์ไทล์ที่ 3" },
	{ "score_to", "คะแนนใหม่" },
	{ "section", "ส่วน" },
	{ "state", "สถานะตามกำหนด" },
	{ "state_done", "เสร็จแล้ว" },
	{ "state_done_pct", "เสร็จแล้ว (%)" },
	{ "state_due_soon", "ใกล้ครบกำหนด" },
	{ "state_due_soon_pct", "ใกล้ครบกำหนด (%)" },
	{ "state_not_due", "ยังไม่ถึงกำหนด" },
	{ "state_not_due_pct", "ยังไม่ถึงกำหนด (%)" },
	{ "state_not_started", "ยังไม่เริ่ม" },
	{ "state_not_started_pct", "ยังไม่เริ่ม (%)" },
	{ "state_on_track", "ตามแผน" },
	{ "state_on_track_pct", "ตามแผน (%)" },
	{ "state_overdue", "เกินกำหนด" },
	{ "state_overdue_pct", "เกินกำหนด (%)" },
	{ "state_unknown", "ไม่ทราบสถานะ" },
	{ "state_unknown_pct", "ไม่ทราบสถานะ (%)" },
	{ "status", "สถานะ" },
	{ "status_done", "ดำเนินการแล้ว" },
	{ "status_done_pct", "ดำเนินการแล้ว (%)" },
	{ "status_in_progress", "อยู่ระหว่างดำเนินการ" },
	{ "status_in_progress_pct", "อยู่ระหว่างดำเนินการ (%)" },
	{ "status_not_started", "ยังไม่ได้ดำเนินการ" },
	{ "status_not_started_pct", "ยังไม่ได้ดำเนินการ (%)" },
	{ "status_unknown", "ไม่ทราบ" },
	{ "status_unknown_pct", "ไม่ทราบ (%)" },
	{ "tool", "เครื่องมือ" },
	{ "validity", "ความถูกต้อง" }
};

static int
cmp(const void *k, const void *e)
{
	return strcmp(k, ((const struct heading *)e)->name);
}

const char *
ita_heading(const char *name, enum ita_lang lang)
{
	const struct heading *h;

	if (lang != ITA_LANG_TH)
		return name;
	h = bsearch(name, headings, sizeof(headings) / sizeof(headings[0]),
	    sizeof(headings[0]), cmp);
	return h != NULL ? h->th : name;
}

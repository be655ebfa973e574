#!/bin/sh
# ita-validate over a deterministic synthetic stream of N records ($1; by
# default 100,000 and then 1,000,000): reports of a fictional office each
# (a report record, 6 measures with 2 activities each, the 43 OIT items of
# 2567, 5 scores), realistic Thai text, one report in 50 with a mistake.
# Reports MB/s and peak memory, beside `mlr --icsv --ocsv cat` on the same
# file when Miller is installed. Memory must stay flat as N grows.
# SPDX-License-Identifier: ISC (see the file LICENSE)
top=${ITA_TOP:-$(pwd)}
. "$top/tests/bench/peakmem.sh"
ITA_SHARE=${ITA_SHARE:-$top/share/ita}; export ITA_SHARE
t=$(mktemp -d) || exit 2
trap 'rm -rf "$t"' EXIT

gen() {	# N
	awk -v n="$1" -v conf="$ITA_SHARE/years/2566.conf" '
	function q(s) { return (s ~ /[",\n]/) ? "\"" s "\"" : s }
	function rnd() { seed = (seed * 16807) % 2147483647; return int(seed / 256) }
	function words(k,   s, i) {
		s = ""
		for (i = 0; i < k; i++)
			s = s (i && rnd() % 4 == 0 ? " " : "") w[1 + rnd() % nw]
		return s
	}
	function rec(kind, id, parent, title, method, resp, ptext, st, sp, en, ep, status, pct, result, tool, score, level, item, group, memo, note) {
		if (out >= n) exit
		out++
		print "1," kind "," id "," parent "," office ",sao," district "," province ",2567,12,,,,," item "," group "," q(title) "," q(method) "," q(resp) ",,,,," q(ptext) "," st "," sp "," en "," ep "," status "," pct "," q(result) ",,," tool "," score "," level ",," memo ",https://www.example.go.th," q(note) ",report-" r ".txt," out
	}
	BEGIN {
		seed = 42
		nw = split("การ ประเมิน คุณธรรม และ ความโปร่งใส ใน การดำเนินงาน ของ หน่วยงาน ภาครัฐ เผยแพร่ ข้อมูล ข่าวสาร ผ่าน เว็บไซต์ ประชาสัมพันธ์ จัดทำ รายงาน ผล แผน งบประมาณ ประจำปี มาตรการ ส่งเสริม ป้องกัน ทุจริต บุคลากร ประชาชน ติดตาม ตรวจสอบ ได้ มี ให้ ที่ เพื่อ โดย อย่าง ต่อเนื่อง ครบถ้วน ร้อยละ ไตรมาส คู่มือ บริการ น้ำ ถนน ประชุม ผู้บริหาร เจ้าหน้าที่", w, " ")
		nu = split("สำนักปลัด กองคลัง กองช่าง กองการศึกษา กองสาธารณสุข", unit, " ")
		while ((getline line < conf) > 0)
			if (line ~ /^item /) {
				ni++
				split(line, f, " ")
				code[ni] = f[2]; grp[ni] = f[3]
				t = line; sub(/^item [^ ]* [^ ]* /, "", t); ititle[ni] = t
			}
		print "ita,kind,id,parent,office,office_type,district,province,fiscal_year,round,section,number,sort_key,indicator,oit_item,oit_group,title,method,responsible,prepared_by,collected_by,published_by,frequency,period_text,start,start_precision,end,end_precision,status,percent,result,outcome,evidence,tool,score,level,memo_number,memo_date,website,note,source,line"
		for (r = 1; out < n; r++) {
			office = "องค์การบริหารส่วนตำบล" w[1 + rnd() % nw] w[1 + rnd() % nw] r
			district = "เมือง" w[1 + rnd() % nw]; province = "จังหวัดตัวอย่าง" (r % 76)
			bad = r % 50 == 0
			rec("report", "report", "", "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2567", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "2024-10-15", "จากผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2566 ได้คะแนน 90.12 คะแนน")
			for (m = 1; m <= 6; m++) {
				rec("measure", "m" m, "", "มาตรการ" words(6), words(12) "\n" words(8), unit[1 + rnd() % nu], bad && m == 1 ? "ต.ค. 67 ถึง ก.ย. 87" : "ต.ค. 66 - ก.ย. 67", bad && m == 1 ? "" : "2023-10-01", bad && m == 1 ? "" : "month", bad && m == 1 ? "" : "2024-09-30", bad && m == 1 ? "" : "month", "in_progress", 50, words(20), "", "", "", "", "", "")
				for (a = 1; a <= 2; a++)
					rec("activity", "m" m "." a, "m" m, words(5), "", unit[1 + rnd() % nu], "ม.ค. - มี.ค. 67", "2024-01-01", "month", "2024-03-31", "month", "done", 100, words(10), "", "", "", "", "", "", "")
			}
			for (i = 1; i <= ni; i++)
				rec("oit_item", "oit." code[i], "", ititle[i], "", unit[1 + rnd() % nu], "", "", "", "", "", "done", "", "", "", "", "", code[i], grp[i], "", "")
			rec("score", "score.iit", "", "", "", "", "", "", "", "", "", "", "", "", "iit", "97.50", "", "", "", "", "")
			rec("score", "score.eit1", "", "", "", "", "", "", "", "", "", "", "", "", "eit1", "96.20", "", "", "", "", "")
			rec("score", "score.eit2", "", "", "", "", "", "", "", "", "", "", "", "", "eit2", "95.40", "", "", "", "", "")
			rec("score", "score.oit", "", "", "", "", "", "", "", "", "", "", "", "", "oit", "95.00", "", "", "", "", "")
			rec("score", "score.overall", "", "", "", "", "", "", "", "", "", "", "", "", "overall", "95.99", "ผ่านดีเยี่ยม", "", "", "", "")
		}
	}'
}

report() {	# name
	rate=$(awk "BEGIN { printf \"%.1f\", $bytes / 1048576 / ($ELAPSED > 0 ? $ELAPSED : 0.001) }")
	printf '%-34s %8s s %7s MB/s %8s KB peak  status %s\n' "$1" "$ELAPSED" "$rate" "$PEAK_KB" "$RUN_STATUS"
}

for n in ${1:-100000 1000000}; do
	gen "$n" > "$t/in.csv" || exit 2
	bytes=$(wc -c < "$t/in.csv")
	mb=$(awk "BEGIN { printf \"%.1f\", $bytes / 1048576 }")
	cat "$t/in.csv" > /dev/null	# into the page cache
	echo "input: $n records, $mb MB (67-record reports, multi-line methods)"
	ita-validate "$t/in.csv" > /dev/null 2> "$t/err"
	echo "diagnostics: $(grep -c '\[' "$t/err") ($(tail -n 1 "$t/err"))"
	# exec: the measured process is ita-validate itself.
	run_measured "$t/out.csv" sh -c 'exec ita-validate -q "$1" 2>/dev/null' \
	    sh "$t/in.csv"
	report "ita-validate"
	if command -v mlr >/dev/null 2>&1; then
		run_measured "$t/mlr.csv" mlr --icsv --ocsv cat "$t/in.csv"
		report "mlr --icsv --ocsv cat"
	else
		echo "mlr: not installed (apt-get install miller); no comparison"
	fi
done

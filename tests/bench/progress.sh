#!/bin/sh
# ita-progress over a generated plan of N measures (default 100,000; $1),
# each with two activities, in many offices; and N/10 of them to show
# that peak memory does not grow with the input. Then with --update
# (N/10 updates, held in memory) and --rollup section.
# SPDX-License-Identifier: ISC (see the file LICENSE)
top=${ITA_TOP:-$(pwd)}
. "$top/tests/bench/peakmem.sh"
n=${1:-100000}
t=$(mktemp -d) || exit 2
trap 'rm -rf "$t"' EXIT

gen() {	# measures
	awk -v n="$1" 'BEGIN {
	print "ita,kind,id,parent,office,fiscal_year,round,section,number,title,method,responsible,period_text,start,start_precision,end,end_precision,status,percent,result"
	split("iit eit oit", sec, " ")
	split("not_started in_progress done in_progress", st, " ")
	for (i = 0; i < n; i++) {
		o = "องค์การบริหารส่วนตำบลตัวอย่างที่ " int(i / 10)
		m = "m" (i % 10 + 1)
		# activity months within fiscal year 2568: October 2024 on
		sk = i % 10; ek = sk + 2
		sy = sk < 3 ? 2024 : 2025; sm = (sk + 9) % 12 + 1
		ey = ek < 3 ? 2024 : 2025; em = (ek + 9) % 12 + 1
		s = st[i % 4 + 1]; p = (s == "done") ? 100 : (s == "in_progress") ? (i % 9) * 10 + 5 : 0
		printf "1,measure,%s,,%s,2568,6,%s,%d,\"มาตรการส่งเสริมคุณธรรมและความโปร่งใส, ข้อ %d\",\"จัดทำคู่มือการปฏิบัติงาน\nและเผยแพร่บนเว็บไซต์\",สำนักปลัด,ต.ค. 67 - ก.ย. 68,2024-10-01,month,2025-09-30,month,%s,%d,ดำเนินการแล้ว\n", m, o, sec[i % 3 + 1], i % 10 + 1, i, s, p
		for (a = 1; a <= 2; a++)
			printf "1,activity,%s.%d,%s,%s,2568,6,%s,%d.%d,กิจกรรมที่ %d,,กองคลัง,,%d-%02d-01,month,%d-%02d-01,month,%s,%s,\n", m, a, m, o, sec[i % 3 + 1], i % 10 + 1, a, a, sy, sm, ey, em, st[(i + a) % 4 + 1], st[(i + a) % 4 + 1] == "done" ? 100 : st[(i + a) % 4 + 1] == "in_progress" ? 50 : 0
	}
	}'
}
gen "$n" > "$t/plan.csv" || exit 2
gen $((n / 10)) > "$t/small.csv" || exit 2
awk -v n=$((n / 10)) 'BEGIN { print "id,office,fiscal_year,update_date,status,percent,note"
	for (i = 0; i < n; i++) printf "m%d,องค์การบริหารส่วนตำบลตัวอย่างที่ %d,2568,2025-0%d-15,in_progress,%d,บันทึก\n", i % 10 + 1, i, i % 9 + 1, i % 90 }' > "$t/log.csv"
bytes=$(wc -c < "$t/plan.csv")
mb=$(awk "BEGIN { printf \"%.1f\", $bytes / 1048576 }")
cat "$t/plan.csv" > /dev/null
echo "input: $n measures, $((n * 3)) records, $mb MB; small: $((n / 10)) measures"

report() {	# name bytes
	rate=$(awk "BEGIN { printf \"%.0f\", $2 / 1048576 / ($ELAPSED > 0 ? $ELAPSED : 0.001) }")
	printf '%-44s %7s s %6s MB/s %8s KB peak  status %s\n' "$1" "$ELAPSED" "$rate" "$PEAK_KB" "$RUN_STATUS"
}
small=$(wc -c < "$t/small.csv")
run_measured "$t/o0.csv" ita-progress --as-of 2025-03-31 "$t/small.csv"
report "ita-progress (N/10 measures)" "$small"
run_measured "$t/o1.csv" ita-progress --as-of 2025-03-31 "$t/plan.csv"
report "ita-progress (N measures)" "$bytes"
run_measured "$t/o2.csv" ita-progress --as-of 2025-03-31 --rollup section --update "$t/log.csv" "$t/plan.csv"
report "ita-progress --rollup section --update (N/10)" "$bytes"
out=$(wc -l < "$t/o1.csv")
echo "output: $out lines"

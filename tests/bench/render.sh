#!/bin/sh
# ita-render over a generated stream of N measures (default 100,000; $1)
# with two activities each, 10 measures per office (so many small reports),
# in every format; then one office with N/10 measures in one report, to
# show that memory follows the largest report (render buffers one report
# for layout), not the stream.
# SPDX-License-Identifier: ISC (see the file LICENSE)
top=${ITA_TOP:-$(pwd)}
. "$top/tests/bench/peakmem.sh"
n=${1:-100000}
t=$(mktemp -d) || exit 2
trap 'rm -rf "$t"' EXIT

gen() {	# measures per office
	awk -v n="$1" -v per="$2" 'BEGIN {
	print "ita,kind,id,parent,office,fiscal_year,round,number,title,method,responsible,start,start_precision,end,end_precision,status,percent,result"
	split("not_started in_progress done in_progress", st, " ")
	for (i = 0; i < n; i++) {
		o = "องค์การบริหารส่วนตำบลตัวอย่างที่ " int(i / per)
		m = "m" (i % per + 1)
		printf "1,measure,%s,,%s,2568,6,%d,\"มาตรการส่งเสริมคุณธรรมและความโปร่งใส ข้อ %d\",\"จัดทำคู่มือการปฏิบัติงาน\nและเผยแพร่บนเว็บไซต์ของหน่วยงาน\",สำนักปลัด,2024-10-01,month,2025-09-30,month,%s,50,ดำเนินการแล้วตามแผนที่กำหนด\n", m, o, i % per + 1, i, st[i % 4 + 1]
		for (a = 1; a <= 2; a++)
			printf "1,activity,%s.%d,%s,%s,2568,6,%d.%d,กิจกรรมที่ %d <ย่อย> & ทดสอบ,,กองคลัง,2025-01-01,month,2025-03-31,month,done,100,\n", m, a, m, o, i % per + 1, a, a
	}
	}'
}
gen "$n" 10 > "$t/many.csv" || exit 2
gen $((n / 10)) $((n / 10)) > "$t/one.csv" || exit 2
bytes=$(wc -c < "$t/many.csv")
one=$(wc -c < "$t/one.csv")
echo "input: $n measures in $((n / 10)) reports, $(awk "BEGIN { printf \"%.1f\", $bytes / 1048576 }") MB; one report of $((n / 10)) measures, $(awk "BEGIN { printf \"%.1f\", $one / 1048576 }") MB"

report() {	# name bytes
	rate=$(awk "BEGIN { printf \"%.0f\", $2 / 1048576 / ($ELAPSED > 0 ? $ELAPSED : 0.001) }")
	printf '%-44s %7s s %6s MB/s %8s KB peak  status %s\n' "$1" "$ELAPSED" "$rate" "$PEAK_KB" "$RUN_STATUS"
}
for ty in html md txt fodt; do
	run_measured "$t/out" ita-render -t $ty --width 100 "$t/many.csv"
	report "ita-render -t $ty (many reports)" "$bytes"
done
for ty in html txt; do
	run_measured "$t/out" ita-render -t $ty --width 100 "$t/one.csv"
	report "ita-render -t $ty (one report, N/10)" "$one"
done

#!/bin/sh
# ita-import throughput over generated report text exports ($1 offices,
# default 2000), and peak memory for a tenth and for all of them.
. "$ITA_TOP/tests/bench/peakmem.sh"
n=${1:-2000}
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
ex=$ITA_SHARE/examples/report-2568.txt
awk -v n="$n" -v f="$ex" 'BEGIN { while ((getline l < f) > 0) t[++k] = l
	for (i = 1; i <= n; i++) for (j = 1; j <= k; j++) {
		l = t[j]; gsub("บ้านตัวอย่าง", "บ้านตัวอย่าง" i, l); print l } }' > "$tmp/all.txt"
head -c $(( $(wc -c < "$tmp/all.txt") / 10 )) "$tmp/all.txt" > "$tmp/tenth.txt"
run_measured "$tmp/out.csv" ita-import -q "$tmp/tenth.txt"
small=$PEAK_KB
run_measured "$tmp/out.csv" ita-import -q "$tmp/all.txt"
mb=$(awk "BEGIN { printf \"%.1f\", $(wc -c < "$tmp/all.txt") / 1048576 }")
echo "ita-import: $n reports, $mb MB in ${ELAPSED}s = $(awk "BEGIN { printf \"%.1f\", $mb / ($ELAPSED + 0.0001) }") MB/s; peak ${small} kB (tenth) / ${PEAK_KB} kB (all)"

# Realistic records (../shared/bench, issue 14): ita-import of a CSV sheet
# with full Thai normalization against Python's NFC over every field
# (nfc.py), the median of BENCH_RUNS runs of each, and ita-import's peak
# memory; one ROW line for make bench's table.  The sheet (IMPORT_RECORDS
# records, about 2 KB each) is generated once into build/bench.
bench=${SHARED:-$ITA_TOP/../shared}/bench
if [ -f "$bench/gen.py" ] && command -v python3 >/dev/null; then
	recs=${IMPORT_RECORDS:-100000}
	runs=${BENCH_RUNS:-3}
	mkdir -p "$ITA_TOP/build/bench" || exit 1
	sheet=$ITA_TOP/build/bench/sheet-$recs.csv
	if [ ! -s "$sheet" ]; then
		python3 "$bench/gen.py" "$recs" -o "$tmp/gen.csv" || exit 1
		{ echo 'org_code,office,province,fiscal_year,round,kind,ลำดับ,ตัวชี้วัดที่,มาตรการ,วิธีการดำเนินการ,ผู้รับผิดชอบ,start,ระยะเวลา,สถานะ,ร้อยละ,ผลการดำเนินการ'
		    tail -n +2 "$tmp/gen.csv"; } > "$sheet" || exit 1
		rm -f "$tmp/gen.csv"
	fi
	ours= peer= peak=0
	for i in $(seq "$runs"); do
		run_measured /dev/null ita-import -q "$sheet"
		[ "$RUN_STATUS" -eq 0 ] || { echo "ita-import failed ($RUN_STATUS)" >&2; exit 1; }
		ours="$ours $ELAPSED"
		[ "$PEAK_KB" -gt "$peak" ] && peak=$PEAK_KB
		run_measured /dev/null python3 "$bench/nfc.py" "$sheet"
		peer="$peer $ELAPSED"
	done
	median() {
		printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END {
		    print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
	}
	o=$(median $ours)
	p=$(median $peer)
	printf 'ROW\t%s\t%s\t%s\t%s\t%s\n' "ita-import CSV vs nfc.py" "$o" "$p" \
	    "$(awk "BEGIN { printf \"%.2f\", $p / $o }")" "$peak"
fi

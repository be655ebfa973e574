#!/bin/sh
# ita-import throughput over generated report text exports ($1 offices,
# default 2000), and peak memory for a tenth and for all of them.
# SPDX-License-Identifier: ISC (see the file LICENSE)
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

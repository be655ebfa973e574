#!/bin/sh
# ita-stats over N records (default 1,000,000; $1) grouped by status and
# fiscal year, beside Miller's count -g and Python's csv module on the same
# file; the three answers are compared for equality. datamash is left out:
# it cannot read quoted multi-line CSV.
# SPDX-License-Identifier: ISC (see the file LICENSE)
top=${ITA_TOP:-$(pwd)}
. "$top/tests/bench/peakmem.sh"
n=${1:-1000000}
t=$(mktemp -d) || exit 2
trap 'rm -rf "$t"' EXIT
python3 "$top/tests/cases/stats-miller-equal/gen.py" "$n" 1 > "$t/in.csv" || exit 2
bytes=$(wc -c < "$t/in.csv")
mb=$(awk "BEGIN { printf \"%.1f\", $bytes / 1048576 }")
cat "$t/in.csv" > /dev/null	# into the page cache
echo "input: $n records, $mb MB (quoted multi-line titles), by status,fiscal_year"

report() {	# name
	rate=$(awk "BEGIN { printf \"%.0f\", $bytes / 1048576 / ($ELAPSED > 0 ? $ELAPSED : 0.001) }")
	printf '%-40s %7s s %6s MB/s %8s KB peak  status %s\n' "$1" "$ELAPSED" "$rate" "$PEAK_KB" "$RUN_STATUS"
}

run_measured "$t/ours.csv" ita-stats --by status,fiscal_year --stats kind "$t/in.csv"
report "ita-stats --by status,fiscal_year"
run_measured "$t/ours-num.csv" ita-stats --by status,fiscal_year --stats kind --num percent "$t/in.csv"
report "ita-stats ... --num percent (quartiles)"
if command -v mlr >/dev/null 2>&1; then
	run_measured "$t/mlr.csv" mlr --icsv --ocsv count -g status,fiscal_year "$t/in.csv"
	report "mlr count -g status,fiscal_year"
else
	echo "mlr: not installed (apt-get install miller)"
fi
cat > "$t/count.py" <<'PY'
import csv, sys
from collections import Counter
c = Counter()
with open(sys.argv[1], newline="", encoding="utf-8") as f:
    r = csv.reader(f)
    h = next(r)
    s, y = h.index("status"), h.index("fiscal_year")
    for row in r:
        c[(row[s], row[y])] += 1
w = csv.writer(sys.stdout, lineterminator="\n")
w.writerow(["status", "fiscal_year", "count"])
for k in sorted(c):
    w.writerow([k[0], k[1], c[k]])
PY
run_measured "$t/py.csv" python3 "$t/count.py" "$t/in.csv"
report "python3 csv module + Counter"

# The same answers: status,fiscal_year,count sorted, from each.
cut -d, -f1-3 "$t/ours.csv" | tail -n +2 | sort > "$t/a"
tail -n +2 "$t/py.csv" | sort > "$t/c"
ok=1
cmp -s "$t/a" "$t/c" || { echo "DIFFERENT: ita-stats and python"; ok=0; }
if [ -f "$t/mlr.csv" ]; then
	# Miller writes groups in first-seen order, count last: same columns.
	tail -n +2 "$t/mlr.csv" | sort > "$t/b"
	cmp -s "$t/a" "$t/b" || { echo "DIFFERENT: ita-stats and mlr"; ok=0; }
fi
[ "$ok" -eq 1 ] && echo "answers: equal ($(wc -l < "$t/a") groups)"
[ "$ok" -eq 1 ]

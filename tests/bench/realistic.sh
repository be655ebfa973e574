#!/bin/sh
# SPDX-License-Identifier: ISC (see the file LICENSE)
# Realistic records (../shared/bench, issue 14): N records of about 2 KB
# ($1, default 100,000; long Thai cells, line breaks and commas inside
# quotes), generated once into build/bench and kept there (never
# committed).  Each program beside the library floor or the peer that does
# the same work on the same bytes: the medians of BENCH_RUNS runs (default
# 5, the two tools' runs taken in turn) of wall and CPU time (user +
# system), the ratio (the other's time over ours: above 1 is faster than
# it) and the peak memory of each (/usr/bin/time %M).  One table on
# stdout.  BENCH_MEM=1 adds the peak memory of each program at N and at
# 10 N records (the N-record input repeated ten times on a pipe): it
# should not grow (goal 1.2x).
top=${ITA_TOP:-$(pwd)}
bench=${SHARED:-$top/../shared}/bench
n=${1:-100000}
runs=${BENCH_RUNS:-5}
d=$top/build/bench
PATH=$top/bin:$PATH
ITA_SHARE=${ITA_SHARE:-$top/share/ita}
LC_ALL=C.UTF-8
export PATH ITA_SHARE LC_ALL

if [ ! -f "$bench/gen.py" ]; then
	echo "realistic: $bench/gen.py not found (set SHARED); skipped"
	exit 0
fi
for t in python3 /usr/bin/time mlr xml2-config; do
	command -v "$t" >/dev/null 2>&1 || {
		echo "realistic: $t not found (sh tests/deps.sh test)" >&2
		exit 1
	}
done
mkdir -p "$d" || exit 1
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT

# ---- the floors, built from ../shared/bench when missing or older ----

build() {	# out source cc-args...
	o=$1 s=$2
	shift 2
	[ -x "$o" ] && [ "$o" -nt "$s" ] && return 0
	${CC:-cc} -O2 -o "$o" "$s" "$@" || exit 1
}
xc=$(xml2-config --cflags)
xl=$(xml2-config --libs)
build "$d/csvbench" "$bench/csvbench.c" -lcsv -lutf8proc
build "$d/xmlread" "$bench/xmlread.c" $xc $xl
# xmlwrite.c has the 16 columns of gen.py's CSV; the ita(5) stream has 22.
if [ ! -x "$d/xmlwrite22" ] || [ "$bench/xmlwrite.c" -nt "$d/xmlwrite22" ]; then
	sed 's/^#define NCOL 16$/#define NCOL 22/' "$bench/xmlwrite.c" \
	    > "$tmp/xmlwrite22.c" || exit 1
	build "$d/xmlwrite22" "$tmp/xmlwrite22.c" -lcsv $xc $xl
fi

# ---- the inputs: generated once per N ----

gen=$d/gen-$n.csv
ita=$d/ita-$n.csv
sheet=$d/sheet-$n.csv
xml=$d/ita-$n.xml
if [ ! -s "$gen" ]; then
	python3 "$bench/gen.py" "$n" -o "$gen.tmp" && mv "$gen.tmp" "$gen" ||
	    exit 1
fi
if [ ! -s "$ita" ]; then
	python3 "$bench/toita.py" "$gen" "$ita.tmp" "$ITA_SHARE" &&
	    mv "$ita.tmp" "$ita" || exit 1
fi
if [ ! -s "$sheet" ]; then
	{ echo 'org_code,office,province,fiscal_year,round,kind,ลำดับ,ตัวชี้วัดที่,มาตรการ,วิธีการดำเนินการ,ผู้รับผิดชอบ,start,ระยะเวลา,สถานะ,ร้อยละ,ผลการดำเนินการ'
	    tail -n +2 "$gen"; } > "$sheet.tmp" && mv "$sheet.tmp" "$sheet" ||
	    exit 1
fi
if [ ! -s "$xml" ]; then
	# The records that validate (a few repeat an id in a report).
	ita-validate -q -f xml "$ita" > "$xml.tmp" 2>/dev/null
	[ -s "$xml.tmp" ] && mv "$xml.tmp" "$xml" || exit 1
fi
cat "$ita" "$sheet" "$xml" > /dev/null	# into the page cache

# ---- measuring ----

median() {
	sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print 0; else
	    print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# once CMD...: one run of CMD, stdout and stderr thrown away; its wall,
# user + system time (seconds) and peak memory (kB) added to $tmp/runs.
once() {
	/usr/bin/time -f '%e %U %S %M' -o "$tmp/t" "$@" > /dev/null 2> /dev/null
	st=$?
	# exit 1 is a data error (ita-validate's findings): still a run
	if [ "$st" -gt 1 ]; then
		echo "realistic: '$*' failed ($st)" >&2
		exit 1
	fi
	tail -n 1 "$tmp/t" | awk '{ print $1, $2 + $3, $4 }' >> "$tmp/runs"
}

# summary FILE: "wall cpu peak" of the runs in FILE: the medians of wall
# and CPU, the largest peak.
summary() {
	echo "$(awk '{ print $1 }' "$1" | median)" \
	    "$(awk '{ print $2 }' "$1" | median)" \
	    "$(awk '$3 > m { m = $3 } END { print m + 0 }' "$1")"
}

# measure CMD...: runs CMD BENCH_RUNS times; sets WALL, CPU (medians,
# seconds) and PEAK (largest, kB).
measure() {
	: > "$tmp/runs"
	i=0
	while [ "$i" -lt "$runs" ]; do
		once "$@"
		i=$((i + 1))
	done
	set -- $(summary "$tmp/runs")
	WALL=$1 CPU=$2 PEAK=$3
}

# pair "OURS..." "PEER...": BENCH_RUNS runs of each, taken in turn (ours,
# peer, ours, ...) so that a change of load falls on both alike; sets
# OURS and PEER to "wall cpu peak" as summary gives them.  The commands
# are split at spaces.
pair() {
	: > "$tmp/ours"
	: > "$tmp/peer"
	i=0
	while [ "$i" -lt "$runs" ]; do
		: > "$tmp/runs"
		once $1
		cat "$tmp/runs" >> "$tmp/ours"
		: > "$tmp/runs"
		once $2
		cat "$tmp/runs" >> "$tmp/peer"
		i=$((i + 1))
	done
	OURS=$(summary "$tmp/ours")
	PEER=$(summary "$tmp/peer")
}

ratio() {	# theirs ours
	awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b;
	    else print "-" }'
}

fmt='%-34s %14s %14s %11s %9s %9s  %s\n'
row() {	# task goal ours-wall ours-cpu ours-peak peer-wall peer-cpu peer-peak
	printf "$fmt" "$1" "$3 ($4)" "$6 ($7)" \
	    "$(ratio "$6" "$3") ($(ratio "$7" "$4"))" "$5" "$8" "$2"
}

mb=$(awk -v b="$(wc -c < "$ita")" 'BEGIN { printf "%.0f", b / 1e6 }')
echo "realistic records: $n ($mb MB of ita(5) CSV), $runs runs each; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
printf "$fmt" "task (ours vs floor/peer)" "ours s (cpu)" "peer s (cpu)" \
    "ratio (cpu)" "ours kB" "peer kB" "goal"

pair "ita-validate $ita" "$d/csvbench utf8 $ita"
row "ita-validate vs csvbench utf8" ">= 0.8" $OURS $PEER

pair "ita-stats --by status,fiscal_year $ita" \
    "mlr --icsv --ocsv count -g status,fiscal_year $ita"
row "ita-stats --by vs mlr count -g" ">= 1.5 wall, mem 1/50" $OURS $PEER
echo "$OURS $PEER" | awk '{ printf "%-34s memory: 1/%.0f of mlr'"'"'s\n", "", $6 / ($3 ? $3 : 1) }'

pair "ita-import -q $sheet" "python3 $bench/nfc.py $sheet"
row "ita-import sheet vs nfc.py" ">= 1.2" $OURS $PEER

pair "ita-validate $xml" "$d/xmlread $xml"
row "ita-validate FILE.xml vs xmlread" ">= 0.8" $OURS $PEER

pair "ita-validate -f xml $ita" "$d/xmlwrite22 $ita /dev/null"
row "ita-validate -f xml vs xmlwrite" ">= 0.8" $OURS $PEER

# MB/s of wall time, and of CPU time in brackets (two threads: CPU > wall)
measure ita-render -t txt "$ita"
printf "$fmt" "ita-render -t txt" "$WALL ($CPU)" "" \
    "$(awk -v w="$WALL" -v c="$CPU" -v b="$(wc -c < "$ita")" 'BEGIN {
    printf "%.1f (%.1f) MB/s", (w > 0 ? b / 1e6 / w : 0),
    (c > 0 ? b / 1e6 / c : 0) }')" "$PEAK" "" ">= 40 MB/s"

# ---- memory as the input grows: N and 10 N records on a pipe ----

if [ "${BENCH_MEM:-0}" = 1 ]; then
	times10() {	# file: its header once, its rows ten times
		cat "$1"
		for i in 2 3 4 5 6 7 8 9 10; do tail -n +2 "$1"; done
	}
	peak_pipe() {	# k file cmd...: sets PEAK of cmd reading k copies
		k=$1 f=$2
		shift 2
		if [ "$k" = 1 ]; then cat "$f"; else times10 "$f"; fi |
		    /usr/bin/time -f '%M' -o "$tmp/m" "$@" > /dev/null 2>&1
		PEAK=$(tail -n 1 "$tmp/m")
	}
	printf '%-34s %11s %11s %7s  %s\n' "memory on a pipe" "$n kB" \
	    "$((n * 10)) kB" "ratio" "goal"
	for p in "ita-validate:$ita" "ita-import -q --from csv:$sheet" \
	    "ita-progress --as-of 2025-06-30:$ita" "ita-render -t txt:$ita"; do
		cmd=${p%%:*} f=${p#*:}
		peak_pipe 1 "$f" $cmd -
		a=$PEAK
		peak_pipe 10 "$f" $cmd -
		printf '%-34s %11s %11s %7s  %s\n' "$cmd" "$a" "$PEAK" \
		    "$(ratio "$PEAK" "$a")" "<= 1.2"
	done
fi
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"

#!/bin/sh
# `make fuzz`: builds every tests/fuzz/fuzz_NAME.c as a libFuzzer harness
# (clang -fsanitize=fuzzer,address,undefined, linked with all of src/lib
# and with the logic of each program whose header it includes, such as
# "import/import.h") and runs it for FUZZ_SECONDS (default 60) on
# tests/fuzz/corpus/NAME.  Prints one line per target: executions, exec/s,
# coverage (edges, features) and the corpus size, and appends the same to
# build/fuzz/tally.tsv, so that runs add up (FUZZ_TALLY=1 prints the sums).
# New inputs go to build/fuzz/new_NAME; with FUZZ_MERGE=1 the corpus kept
# in git is replaced by the minimized union of it and the new inputs
# (libFuzzer -merge=1).  A crash leaves its input in build/fuzz/.
# `make check` replays every corpus under the sanitizers (tests/unit).
# With no NAME, tests/fuzz/random_streams.py then runs the sanitized
# programs of build/asan (make check) on RANDOM_STREAMS random streams.
# Usage: sh tests/fuzz/run.sh [NAME ...]
# SPDX-License-Identifier: ISC (see the file LICENSE)
secs=${FUZZ_SECONDS:-60}
out=build/fuzz
cc=${FUZZ_CC:-clang}
top=$(pwd)
mkdir -p "$out" || exit 2
tally=$out/tally.tsv
if [ "${FUZZ_TALLY:-0}" = 1 ]; then
	[ -f "$tally" ] || { echo "fuzz: no runs in $tally" >&2; exit 1; }
	awk -F'\t' '{ n[$2] += $3; t[$2] += $4; c[$2] = $6 }
	    END { printf "%-12s %14s %10s %8s\n", "target", "executions",
	    "seconds", "cov"; for (k in n) printf "%-12s %14d %10d %8s\n",
	    k, n[k], t[k], c[k] }' "$tally" | sort
	exit 0
fi
# The harnesses find share/ita through ITA_SHARE, from any directory.
ITA_SHARE=${ITA_SHARE:-$top/share/ita}; export ITA_SHARE
flags="-std=c11 -D_DEFAULT_SOURCE -DITA_VERSION=\"fuzz\" -DITA_SHAREDIR=\"$top/share/ita\" -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all -Isrc/lib -Itests/fuzz"
pkg=$(pkg-config --cflags --libs libxml-2.0 libutf8proc libthai 2>/dev/null)
zip=$(pkg-config --cflags --libs libzip 2>/dev/null)
libs="$pkg $zip -lcsv -lm"
names=$*
if [ -z "$names" ]; then
	for f in tests/fuzz/fuzz_*.c; do
		n=${f#tests/fuzz/fuzz_}
		names="$names ${n%.c}"
	done
fi
status=0
printf '%-12s %12s %8s %8s %8s %8s  %s\n' target executions exec/s cov ft \
    corpus result
for h in $names; do
	# The logic of every program whose header the harness includes.
	prog=
	for p in $(grep -o '"[a-z]*/[a-z_]*\.h"' "tests/fuzz/fuzz_$h.c" |
	    sed 's,"\([a-z]*\)/.*,\1,' | sort -u); do
		[ -d "src/$p" ] && prog="$prog $(ls src/"$p"/*.c | grep -v '/main\.c$')"
	done
	# the normalizer's coverage is its own target's (cov-ignore.txt)
	ign=-fsanitize-coverage-ignorelist=tests/fuzz/cov-ignore.txt
	[ "$h" = thnorm ] && ign=
	if ! $cc $flags $ign -Isrc -o "$out/fuzz_$h" "tests/fuzz/fuzz_$h.c" \
	    src/lib/*.c $prog $libs 2>"$out/$h.build"; then
		status=1
		echo "fuzz: $h does not build; see $out/$h.build" >&2
		continue
	fi
	rm -rf "$out/new_$h"
	mkdir -p "$out/new_$h" tests/fuzz/corpus/"$h"
	result=ok
	if ! (cd "$out" && ./"fuzz_$h" -max_total_time="$secs" -timeout=10 \
	    -rss_limit_mb=2048 -max_len=4096 -print_final_stats=1 \
	    "new_$h" "$top/tests/fuzz/corpus/$h") >"$out/$h.log" 2>&1; then
		status=1
		result="FAILED: see $out/$h.log"
	fi
	execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$out/$h.log")
	rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$out/$h.log")
	last=$(grep -E '^#[0-9]+' "$out/$h.log" | tail -n 1)
	cov=$(echo "$last" | sed -n 's/.* cov: \([0-9]*\).*/\1/p')
	ft=$(echo "$last" | sed -n 's/.* ft: \([0-9]*\).*/\1/p')
	corp=$(echo "$last" | sed -n 's/.* corp: \([0-9]*\).*/\1/p')
	printf '%-12s %12s %8s %8s %8s %8s  %s\n' "$h" "${execs:-0}" \
	    "${rate:-0}" "${cov:-?}" "${ft:-?}" "${corp:-?}" "$result"
	printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$(date -u +%FT%TZ)" "$h" \
	    "${execs:-0}" "$secs" "${rate:-0}" "${cov:-?}" "$result" >>"$tally"
	if [ "${FUZZ_MERGE:-0}" = 1 ] && [ "$result" = ok ]; then
		rm -rf "$out/min_$h" && mkdir -p "$out/min_$h"
		if (cd "$out" && ./"fuzz_$h" -merge=1 -timeout=10 \
		    -max_len=4096 "min_$h" "$top/tests/fuzz/corpus/$h" \
		    "new_$h") >"$out/$h.merge.log" 2>&1; then
			rm -rf tests/fuzz/corpus/"$h"
			mv "$out/min_$h" tests/fuzz/corpus/"$h"
		else
			echo "fuzz: merging $h failed; see $out/$h.merge.log" >&2
		fi
	fi
done
# The programs themselves, on random streams, when make check built them.
if [ -z "$*" ] && [ -d build/asan/bin ] && command -v python3 >/dev/null; then
	echo "fuzz: random streams through the programs of build/asan"
	python3 tests/fuzz/random_streams.py build/asan/bin \
	    "${RANDOM_STREAMS:-100}" "$(date +%s)" || status=1
fi
exit $status

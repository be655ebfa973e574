#!/bin/sh
# `make fuzz`: builds every tests/fuzz/fuzz_NAME.c as a libFuzzer harness
# (clang -fsanitize=fuzzer,address,undefined, linked with all of src/lib)
# and runs it for FUZZ_SECONDS (default 60) on tests/fuzz/corpus/NAME.
# New inputs go to build/fuzz/new_NAME, not to the corpus kept in git; a
# crash leaves its input in build/fuzz/.  `make check` replays the corpus
# through tests/unit/test_fuzzcorpus.c.
# With no NAME, tests/fuzz/random_streams.py then runs the sanitized
# programs of build/asan (make check) on RANDOM_STREAMS random streams.
# Usage: sh tests/fuzz/run.sh [NAME ...]
secs=${FUZZ_SECONDS:-60}
out=build/fuzz
cc=${FUZZ_CC:-clang}
mkdir -p "$out" || exit 2
flags="-std=c11 -D_DEFAULT_SOURCE -DITA_VERSION=\"fuzz\" -DITA_SHAREDIR=\"share/ita\" -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all -Isrc/lib"
pkg=$(pkg-config --cflags --libs libxml-2.0 libutf8proc libthai 2>/dev/null)
libs="$pkg -lcsv -lm"
names=$*
if [ -z "$names" ]; then
	for f in tests/fuzz/fuzz_*.c; do
		n=${f#tests/fuzz/fuzz_}
		names="$names ${n%.c}"
	done
fi
status=0
for h in $names; do
	echo "fuzz: $h for ${secs}s"
	# A harness named after a program also links that program's logic.
	prog=
	[ -d "src/$h" ] && prog=$(ls src/"$h"/*.c | grep -v '/main\.c$')
	if ! $cc $flags -Isrc -o "$out/fuzz_$h" "tests/fuzz/fuzz_$h.c" \
	    src/lib/*.c $prog $libs; then
		status=1
		continue
	fi
	rm -rf "$out/new_$h"
	mkdir -p "$out/new_$h" tests/fuzz/corpus/"$h"
	if ! (cd "$out" && ./"fuzz_$h" -max_total_time="$secs" -timeout=10 \
	    -max_len=4096 -print_final_stats=1 "new_$h" \
	    ../../tests/fuzz/corpus/"$h") >"$out/$h.log" 2>&1; then
		status=1
		echo "fuzz: $h failed; see $out/$h.log" >&2
	fi
	grep -E '^(Done|stat::number_of_executed_units|stat::peak_rss)' \
	    "$out/$h.log"
done
# The programs themselves, on random streams, when make check built them.
if [ -z "$*" ] && [ -d build/asan/bin ] && command -v python3 >/dev/null; then
	echo "fuzz: random streams through the programs of build/asan"
	ITA_SHARE=${ITA_SHARE:-$(pwd)/share/ita} python3 \
	    tests/fuzz/random_streams.py build/asan/bin "${RANDOM_STREAMS:-100}" \
	    "$(date +%s)" || status=1
fi
exit $status

#!/bin/sh
# Normalization throughput (issue 3): ita_norm_cell against utf8proc NFC
# on every field of a generated Thai corpus.  Usage: normalize.sh [fields]
# (make bench passes N; default 1000000 fields, about 100 MB).
# SPDX-License-Identifier: ISC (see the file LICENSE)
out=build/bench
mkdir -p "$out" || exit 2
cc=${CC:-cc}
pkg=$(pkg-config --cflags --libs libutf8proc 2>/dev/null || echo -lutf8proc)
$cc -std=c11 -D_DEFAULT_SOURCE -O2 -Isrc/lib -o "$out/bench_normalize" \
    tests/bench/bench_normalize.c src/lib/thnorm.c src/lib/buf.c src/lib/utf8.c \
    $pkg || exit 1
"$out/bench_normalize" ${1:-1000000}

#!/bin/sh
# Sourced by benchmarks: run_measured OUT CMD... runs CMD with stdout to
# OUT and sets ELAPSED (seconds) and PEAK_KB (peak resident memory,
# VmHWM, sampled from /proc while it runs).
# SPDX-License-Identifier: ISC (see the file LICENSE)
run_measured() {
	out=$1
	shift
	start=$(date +%s.%N)
	"$@" > "$out" &
	pid=$!
	PEAK_KB=0
	while kill -0 "$pid" 2>/dev/null; do
		kb=$(sed -n 's/^VmHWM:[[:space:]]*\([0-9]*\).*/\1/p' /proc/$pid/status 2>/dev/null)
		[ -n "$kb" ] && [ "$kb" -gt "$PEAK_KB" ] && PEAK_KB=$kb
		sleep 0.05
	done
	wait "$pid"
	RUN_STATUS=$?
	end=$(date +%s.%N)
	ELAPSED=$(awk "BEGIN { printf \"%.3f\", $end - $start }")
}

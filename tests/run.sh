#!/bin/sh
# Runs the unit tests and the end-to-end cases against the programs of a
# build directory (default build/asan). Last line: "N passed, N failed".
#
# A case is a folder tests/cases/NAME with:
#   cmd       shell commands, run in the case folder with the programs on PATH
#   stdout    expected standard output (absent: must be empty)
#   stderr    expected standard error (absent: must be empty)
#   status    expected exit status (absent: 0)
# Usage: sh tests/run.sh [BUILD-DIR [NAME-PART]]
# A cmd that exits 77 is skipped (e.g. ../shared is not there); its last
# line on stderr says why, and the run lists each skipped case with it.
# SPDX-License-Identifier: ISC (see the file LICENSE)
build=${1:-build/asan}
only=${2:-}	# run only the cases and unit tests whose name has this in it
top=$(pwd)
bin=$top/$build/bin
[ -d "$bin" ] || { echo "run.sh: no programs in $bin" >&2; exit 2; }
. "$top/tests/case-env.sh"
pass=0 fail=0 skip=0
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT

# Unit tests: cmocka prints one line per test.
for t in "$top/$build"/tests/test_*; do
	[ -x "$t" ] || continue
	name=$(basename "$t")
	case $name in *"$only"*) ;; *) continue ;; esac
	"$t" >"$tmp/unit.out" 2>&1
	rc=$?
	p=$(grep -c '^\[       OK \]' "$tmp/unit.out")
	# cmocka names a failed test twice: when it fails and in the list.
	f=$(grep '^\[  FAILED  \] [a-z]' "$tmp/unit.out" | sort -u | wc -l)
	s=$(grep -c '^\[  SKIPPED \]' "$tmp/unit.out")
	if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
		f=1	# crashed or a sanitizer stopped it
	fi
	pass=$((pass + p)) fail=$((fail + f)) skip=$((skip + s))
	if [ "$f" -ne 0 ]; then
		echo "FAIL unit $name"
		sed 's/^/    /' "$tmp/unit.out" | tail -n 30
	fi
done

# End-to-end cases.
for c in "$top"/tests/cases/*/; do
	[ -f "$c/cmd" ] || continue
	name=$(basename "$c")
	case $name in *"$only"*) ;; *) continue ;; esac
	(cd "$c" && sh ./cmd >"$tmp/out" 2>"$tmp/err")
	rc=$?
	if [ "$rc" -eq 77 ]; then
		skip=$((skip + 1))
		why=$(tail -n 1 "$tmp/err")
		echo "SKIP $name: ${why:-it gave no reason}"
		continue
	fi
	want=0
	[ -f "$c/status" ] && want=$(cat "$c/status")
	ok=1
	if [ "$rc" != "$want" ]; then
		ok=0
		echo "FAIL $name: exit status $rc, expected $want"
	fi
	for s in stdout stderr; do
		exp=/dev/null
		[ -f "$c/$s" ] && exp="$c/$s"
		got=$tmp/out
		[ "$s" = stderr ] && got=$tmp/err
		if ! cmp -s "$exp" "$got"; then
			ok=0
			echo "FAIL $name: $s differs"
			diff -u "$exp" "$got" | head -n 20 | sed 's/^/    /'
		fi
	done
	# Every ita stream in XML that a case prints must match the schema.
	if [ "$rc" -eq 0 ] && command -v xmllint >/dev/null &&
	    head -c 300 "$tmp/out" | grep -q 'urn:x-ita-tools:stream:1' &&
	    ! xmllint --noout --schema "$top/share/ita/ita.xsd" "$tmp/out" \
	    >"$tmp/xsd" 2>&1; then
		ok=0
		echo "FAIL $name: output does not match share/ita/ita.xsd"
		head -n 5 "$tmp/xsd" | sed 's/^/    /'
	fi
	if [ "$ok" -eq 1 ]; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
	fi
done
[ "$skip" -gt 0 ] && echo "($skip skipped)"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]

#!/bin/sh
# Regenerates the expected outputs of tests/cases from the programs of a
# build directory (default build/asan, made by make check), so that no
# expected output is edited by hand, then shows what changed for review:
# every change is a behaviour change to explain in the commit.
#   stdout, stderr  written when not empty (removed when empty)
#   status          written when not 0 (removed when 0)
# A case that exits 77 (skipped here) is left as it is.
# Usage: sh tests/update.sh [BUILD-DIR [NAME-PART]]
# SPDX-License-Identifier: ISC (see the file LICENSE)
build=${1:-build/asan}
only=${2:-}
top=$(pwd)
bin=$top/$build/bin
[ -d "$bin" ] || { echo "update.sh: no programs in $bin (run make check)" >&2
	exit 2; }
. "$top/tests/case-env.sh"
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
n=0
for c in "$top"/tests/cases/*/; do
	[ -f "$c/cmd" ] || continue
	name=$(basename "$c")
	case $name in *"$only"*) ;; *) continue ;; esac
	(cd "$c" && sh ./cmd >"$tmp/out" 2>"$tmp/err")
	rc=$?
	[ "$rc" -eq 77 ] && continue
	[ "$rc" -eq 99 ] && echo "update.sh: $name: a sanitizer stopped it" >&2
	for s in out err; do
		f=$c/std$s
		if [ -s "$tmp/$s" ]; then
			cp "$tmp/$s" "$f"
		else
			rm -f "$f"
		fi
	done
	if [ "$rc" -ne 0 ]; then
		echo "$rc" >"$c/status"
	else
		rm -f "$c/status"
	fi
	n=$((n + 1))
done
echo "update.sh: $n cases regenerated" >&2
if command -v git >/dev/null && git rev-parse --git-dir >/dev/null 2>&1; then
	git status --short -- tests/cases
	git --no-pager diff --stat -- tests/cases
	[ -t 1 ] && git diff -- tests/cases
fi
exit 0

#!/bin/sh
# The include graph against the map in src/README.md: every file of
# src/lib is in one layer of the table, and includes only headers of its
# own layer or a lower one; a program includes src/lib's headers and its
# own, never another program's.  Prints each breach; status 1 if any.
# Usage: sh tests/meta/layers.sh [TOP]
# SPDX-License-Identifier: ISC (see the file LICENSE)
top=${1:-.}
map=$top/src/README.md
[ -f "$map" ] || { echo "layers.sh: no $map" >&2; exit 2; }
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
# "name layer-number layer" for each file named in the table's rows.
awk -F'|' '
	/^## Layers of src\/lib/ { on = 1; next }
	/^## / { on = 0 }
	on && /^\| *[a-zA-Z]/ && $2 !~ /layer/ {
		n++; gsub(/^ +| +$/, "", $2)
		s = $3
		while (match(s, /`[^`]+`/)) {
			print substr(s, RSTART + 1, RLENGTH - 2), n, $2
			s = substr(s, RSTART + RLENGTH)
		}
	}' "$map" >"$tmp/map"
[ -s "$tmp/map" ] || { echo "layers.sh: no layer table in $map" >&2; exit 2; }
bad=0
for f in "$top"/src/lib/*.[ch]; do
	b=$(basename "$f"); b=${b%.?}
	grep -q "^$b " "$tmp/map" || { echo "src/lib/$(basename "$f"): in no layer of src/README.md"; bad=1; }
done
while read -r name n layer; do
	[ -f "$top/src/lib/$name.h" ] || [ -f "$top/src/lib/$name.c" ] ||
	    { echo "src/README.md: layer $layer names $name, which src/lib has not"; bad=1; }
done <"$tmp/map"
for f in "$top"/src/lib/*.[ch]; do
	b=$(basename "$f"); me=${b%.?}
	mine=$(awk -v b="$me" '$1 == b { print $2; exit }' "$tmp/map")
	[ -n "$mine" ] || continue
	for h in $(sed -n 's/^#include "\([^"]*\)\.h".*/\1/p' "$f"); do
		theirs=$(awk -v b="$h" '$1 == b { $1 = ""; print substr($0, 2); exit }' "$tmp/map")
		[ -n "$theirs" ] || continue	# reported above
		if [ "${theirs%% *}" -gt "$mine" ]; then
			echo "src/lib/$b includes $h.h of the higher layer ${theirs#* }"
			bad=1
		fi
	done
done
for d in "$top"/src/*/; do
	p=$(basename "$d")
	[ "$p" = lib ] && continue
	for f in "$d"*.[ch]; do
		for h in $(sed -n 's/^#include "\([^"]*\)".*/\1/p' "$f"); do
			[ -f "$d$h" ] || [ -f "$top/src/lib/$h" ] && case $h in
			*/*) ;; *) continue ;; esac
			echo "src/$p/$(basename "$f") includes $h, not its own or src/lib's"
			bad=1
		done
	done
done
exit $bad

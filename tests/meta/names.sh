#!/bin/sh
# The names the objects of a build export: src/lib's all start with ita_,
# a program's never do but start with its folder's first letter (i for
# src/import, v, p, s, r: a program's helpers say their program; see
# src/README.md), and no name is defined by two programs.  Static
# helpers are not in the objects once inlined, so their definitions are
# read from the sources (style(9): the name starts the line): no two
# programs define a function of the same name, but for main and
# own_option, the two each main.c must have.  Prints each breach;
# status 1 if any.  Usage: sh tests/meta/names.sh [BUILD-DIR]
# SPDX-License-Identifier: ISC (see the file LICENSE)
o=${1:-build/asan}
src=$(dirname "$0")/../../src
[ -f "$o/lib/diag.o" ] || { echo "names.sh: no objects in $o" >&2; exit 2; }
[ -d "$src/lib" ] || { echo "names.sh: no sources in $src" >&2; exit 2; }
tmp=$(mktemp) || exit 2
defs=$(mktemp) || exit 2
trap 'rm -f "$tmp" "$defs"' EXIT
for d in "$o"/*/; do
	p=$(basename "$d")
	case $p in bin|tests) continue ;; esac
	set -- "$d"*.o
	[ -f "$1" ] || continue
	nm -g --defined-only "$@" | awk -v p="$p" 'NF == 3 &&
	    $2 ~ /^[TDRBCGS]$/ && $3 != "main" && $3 !~ /^_/ { print p, $3 }'
done | sort -u >"$tmp"
awk '
	$1 == "lib" && $2 !~ /^ita_/ { print "src/lib exports " $2 ", not named ita_*"; bad = 1 }
	$1 != "lib" && $2 ~ /^ita_/ { print "src/" $1 " exports " $2 ", a name for src/lib (ita_*)"; bad = 1 }
	$1 != "lib" && substr($2, 1, 1) != substr($1, 1, 1) {
		print "src/" $1 " exports " $2 ", not named for its program (" substr($1, 1, 1) "*)"
		bad = 1
	}
	{ n[$2]++; by[$2] = by[$2] " src/" $1 }
	END {
		for (s in n)
			if (n[s] > 1) { print s " is defined in" by[s]; bad = 1 }
		exit bad
	}' "$tmp"
[ $? -eq 0 ] || bad=1
for d in "$src"/*/; do
	p=$(basename "$d")
	[ "$p" = lib ] && continue
	set -- "$d"*.c
	[ -f "$1" ] || continue
	sed -n 's/^\([A-Za-z_][A-Za-z0-9_]*\)(.*/\1/p' "$@" | sort -u |
	    sed "s|^|$p |"
done >"$defs"
awk '
	$2 == "main" || $2 == "own_option" { next }
	{ n[$2]++; by[$2] = by[$2] " src/" $1 }
	END {
		for (s in n)
			if (n[s] > 1) { print "function " s " is defined in" by[s]; bad = 1 }
		exit bad
	}' "$defs" || bad=1
exit ${bad:-0}

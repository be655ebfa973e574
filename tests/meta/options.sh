#!/bin/sh
# Every long option in a program's --help is in its man page and in its
# bash, zsh and fish completions; and the completions offer no option
# that --help does not list. Prints one line per problem.
# SPDX-License-Identifier: ISC (see the file LICENSE)
ITA_TOP=${ITA_TOP:-$(cd "$(dirname "$0")/../.." && pwd)}
status=0
for p in "$@"; do
	man=$ITA_TOP/man/$p.1
	bash=$ITA_TOP/completions/bash/$p
	zsh=$ITA_TOP/completions/zsh/_$p
	fish=$ITA_TOP/completions/fish/$p.fish
	for f in "$man" "$bash" "$zsh" "$fish"; do
		[ -f "$f" ] || { echo "$p: missing $f"; status=1; }
	done
	opts=$("$p" --help | sed -n 's/^ *\(-[A-Za-z], \)\{0,1\}--\([a-z][a-z0-9-]*\).*/\2/p' | sort -u)
	[ -n "$opts" ] || { echo "$p: --help lists no options"; status=1; }
	for o in $opts; do
		[ -f "$man" ] && ! grep -q -- "^\.\(It \)\{0,1\}Fl \(Fl \)\{0,1\}-\{0,1\}$o\b\|Fl -$o\b\|Fl Fl $o\b" "$man" &&
		    { echo "$p: --$o is not in $man"; status=1; }
		[ -f "$bash" ] && ! grep -q -- "--$o\b" "$bash" &&
		    { echo "$p: --$o is not in the bash completion"; status=1; }
		[ -f "$zsh" ] && ! grep -q -- "--$o\b" "$zsh" &&
		    { echo "$p: --$o is not in the zsh completion"; status=1; }
		[ -f "$fish" ] && ! grep -q -- "-l $o\b\|--long-option $o\b\|-l '$o'" "$fish" &&
		    { echo "$p: --$o is not in the fish completion"; status=1; }
	done
	# Options the completions offer must exist.
	for f in "$bash" "$zsh"; do
		[ -f "$f" ] || continue
		# A call of ita-validate (--years, --list-rules) is not an offer.
		for o in $(sed 's/ita-validate --[a-z-]*//g' "$f" |
		    grep -o -- '--[a-z][a-z0-9-]*' | sed 's/^--//' | sort -u); do
			echo "$opts" | grep -qx -- "$o" ||
			    { echo "$p: $f offers --$o, which --help does not list"; status=1; }
		done
	done
done
exit $status

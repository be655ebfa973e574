#!/bin/sh
# The completions work, not only parse: bash and fish complete a long
# option from its prefix, the values of --format, and the closed sets of
# values below (years and rule ids asked from the ita-validate on PATH);
# every zsh file parses.  Prints one line per problem.  Shells that are
# not installed are skipped.
# SPDX-License-Identifier: ISC (see the file LICENSE)
ITA_TOP=${ITA_TOP:-$(cd "$(dirname "$0")/../.." && pwd)}
status=0

# bash: COMPREPLY of the completion function of $1 for the words $2...
# (the last one being completed), one line.
bash_complete() {
	bash -c '
		. "$1"; shift
		fn=$(complete -p "$1" | sed -n "s/.*-F \([^ ]*\) .*/\1/p")
		[ -n "$fn" ] || { echo "no completion function"; exit; }
		COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1))
		COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
		"$fn" "$1" "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
		echo "${COMPREPLY[*]}"' sh "$ITA_TOP/completions/bash/$@" 2>&1
}

# fish: the candidates for the command line $2 of program $1, one line.
fish_complete() {
	fish -c 'source $argv[1]; complete -C $argv[2] | string replace -r "\t.*" ""' \
	    "$ITA_TOP/completions/fish/$1.fish" "$2" 2>&1 | tr '\n' ' '
}

# check PROG WANT WORD... : bash and fish offer WANT (a word) for the
# command line "PROG WORD..." (the last word being completed).
check() {
	p=$1 want=$2
	shift 2
	if command -v bash >/dev/null; then
		out=$(bash_complete "$p" "$p" "$@")
		case " $out " in
		*" $want "*) ;;
		*) echo "$p $*: bash completion gave '$out', not $want"; status=1 ;;
		esac
	fi
	if command -v fish >/dev/null; then
		out=$(fish_complete "$p" "$p $*")
		case " $out " in
		*" $want "*) ;;
		*) echo "$p $*: fish completion gave '$out', not $want"; status=1 ;;
		esac
	fi
}

for p in "$@"; do
	check "$p" --format --form
	check "$p" csv --format ""
	check "$p" xml --format ""
	case $p in
	ita-import)
		check "$p" 2566 --year ""
		check "$p" number,title --columns number,ti
		check "$p" --columns=,,period_text --columns=,,period_t
		check "$p" TIS-620 -e T
		check "$p" 12 --round ""
		check "$p" html --from h ;;
	ita-validate)
		check "$p" text.nfc --disable ""
		check "$p" oit.title --error oit.t
		check "$p" xml --report-format "" ;;
	ita-progress)
		check "$p" quarter --rollup ""
		check "$p" office --rollup o
		check "$p" 6 --round "" ;;
	ita-stats)
		check "$p" province --by ""
		check "$p" province,end_quarter --by province,end_q
		check "$p" computed_level --by comp
		check "$p" days_overdue --num days_o
		check "$p" status,completion --stats status,c
		check "$p" fiscal_year --compare fisc
		check "$p" score_mean --sort score_me ;;
	ita-render)
		check "$p" fodt -t f
		check "$p" en --lang ""
		check "$p" short --dates "" ;;
	esac
	z=$ITA_TOP/completions/zsh/_$p
	if command -v zsh >/dev/null && ! zsh -n "$z"; then
		echo "$p: $z does not parse"
		status=1
	fi
done
# No zsh file is left out of the check.
if command -v zsh >/dev/null; then
	for z in "$ITA_TOP"/completions/zsh/_*; do
		zsh -n "$z" || { echo "$z does not parse"; status=1; }
	done
fi
exit $status

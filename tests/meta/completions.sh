#!/bin/sh
# The completions work, not only parse: bash and fish complete a long
# option from its prefix and the values of --format; zsh files parse.
# Prints one line per problem. Shells that are not installed are skipped.
ITA_TOP=${ITA_TOP:-$(cd "$(dirname "$0")/../.." && pwd)}
status=0
for p in "$@"; do
	b=$ITA_TOP/completions/bash/$p
	if command -v bash >/dev/null; then
		out=$(bash -c '
			. "$1"
			fn=$(complete -p "$2" | sed -n "s/.*-F \([^ ]*\) .*/\1/p")
			[ -n "$fn" ] || { echo "no completion function"; exit; }
			COMP_WORDS=("$2" --form); COMP_CWORD=1; COMP_LINE="$2 --form"
			COMP_POINT=${#COMP_LINE}
			"$fn" "$2" --form "$2"; echo "${COMPREPLY[*]}"
			COMP_WORDS=("$2" --format ""); COMP_CWORD=2
			COMP_LINE="$2 --format "; COMP_POINT=${#COMP_LINE}
			"$fn" "$2" "" --format; echo "${COMPREPLY[*]}"' sh "$b" "$p" 2>&1)
		case $out in
		*--format*csv*tsv*xml*|*--format*tsv*csv*) ;;
		*) echo "$p: bash completion gave: $out"; status=1 ;;
		esac
	fi
	f=$ITA_TOP/completions/fish/$p.fish
	if command -v fish >/dev/null; then
		out=$(fish -c "source $f; complete -C '$p --form'; complete -C '$p --format '" 2>&1)
		case $out in
		*--format*csv*) ;;
		*) echo "$p: fish completion gave: $out"; status=1 ;;
		esac
	fi
	z=$ITA_TOP/completions/zsh/_$p
	if command -v zsh >/dev/null && ! zsh -n "$z"; then
		echo "$p: $z does not parse"
		status=1
	fi
done
exit $status

# fish completion for ita-validate(1)
# SPDX-License-Identifier: ISC (see the file LICENSE)
function __ita_validate_rules --description 'the rule ids the installed program knows'
    command -q ita-validate; or return
    ita-validate --list-rules 2>/dev/null | string replace -r '\t.*' ''
end
complete -c ita-validate -l keep-invalid -d 'write every record, with its worst severity'
complete -c ita-validate -l disable -x -a '(__ita_validate_rules)' -d 'do not check RULE'
complete -c ita-validate -l error -x -a '(__ita_validate_rules)' -d 'make RULE an error'
complete -c ita-validate -l list-rules -d 'list the rules and exit'
complete -c ita-validate -l years -d 'list the known fiscal years and exit'
complete -c ita-validate -l years-dir -x -a '(__fish_complete_directories)' -d 'also read year data files from DIR'
complete -c ita-validate -l report -r -F -d 'write the diagnostics to FILE as a table'
complete -c ita-validate -l report-format -x -a 'csv xml' -d 'the form of that table'
complete -c ita-validate -s o -l output -r -F -d 'write to FILE'
complete -c ita-validate -s f -l format -x -a 'csv tsv xml jsonl' -d 'output format'
complete -c ita-validate -l crlf -d 'CSV with CR LF line ends'
complete -c ita-validate -l bom -d 'CSV with a byte-order mark'
complete -c ita-validate -l formula-guard -d "CSV, TSV: ' before formulas, for sheets"
complete -c ita-validate -s q -l quiet -d 'no warnings and no summary'
complete -c ita-validate -s v -l verbose -d 'context lines and a summary'
complete -c ita-validate -l max-errors -x -d 'diagnostics shown per rule (0: all)'
complete -c ita-validate -s h -l help -d 'show help'
complete -c ita-validate -s V -l version -d 'show version'

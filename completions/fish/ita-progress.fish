# fish completion for ita-progress(1)
# SPDX-License-Identifier: ISC (see the file LICENSE)
complete -c ita-progress -l as-of -x -d 'evaluate on DATE (ISO or Thai; default today)'
complete -c ita-progress -l round -x -a '6 12' -d 'evaluate at the end of that round'
complete -c ita-progress -l update -r -F -d 'merge the progress updates in FILE'
complete -c ita-progress -l rollup -x -a 'measure section quarter round office' -d 'add summaries'
complete -c ita-progress -l soon -x -d 'due_soon window in days'
complete -c ita-progress -s o -l output -r -F -d 'write to FILE'
complete -c ita-progress -s f -l format -x -a 'csv tsv xml jsonl' -d 'output format'
complete -c ita-progress -l crlf -d 'CSV with CR LF line ends'
complete -c ita-progress -l bom -d 'CSV with a byte-order mark'
complete -c ita-progress -l formula-guard -d "CSV, TSV: ' before formulas, for sheets"
complete -c ita-progress -s q -l quiet -d 'no warnings and no summary'
complete -c ita-progress -s v -l verbose -d 'context lines and a summary'
complete -c ita-progress -l max-errors -x -d 'diagnostics shown per rule (0: all)'
complete -c ita-progress -s h -l help -d 'show help'
complete -c ita-progress -s V -l version -d 'show version'

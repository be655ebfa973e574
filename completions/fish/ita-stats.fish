# fish completion for ita-stats(1)
# The columns of ita(5), those ita-progress and ita-validate add, and the
# computed keys of ita-stats(1) (end_* are in ita(5) too).
# SPDX-License-Identifier: ISC (see the file LICENSE)
set -l __ita_stats_cols kind id parent office office_type district province fiscal_year round section number sort_key indicator oit_item oit_group title method responsible prepared_by collected_by published_by frequency period_text start start_precision end end_precision status percent result outcome evidence tool score level memo_number memo_date website note source line as_of as_of_fiscal_year as_of_quarter as_of_round state days_left days_overdue elapsed_percent schedule end_fiscal_year end_quarter end_round update_date count_items count_done count_on_track count_due_soon count_overdue count_not_started count_not_due count_unknown done_percent overdue_ids validity computed_level
# Those of them that hold numbers, for --num.
set -l __ita_stats_nums fiscal_year percent score line as_of_fiscal_year as_of_quarter days_left days_overdue elapsed_percent end_fiscal_year end_quarter count_items count_done count_on_track count_due_soon count_overdue count_not_started count_not_due count_unknown done_percent
# Output columns whose names do not depend on the data, for --sort beside the keys.
set -l __ita_stats_outs count measures measures_done completion_pct oit_reports oit_listed oit_done oit_coverage_pct offices score_mean score_min score_q1 score_median score_q3 score_max pass pass_pct iit_mean eit_mean eit1_mean eit2_mean oit_mean rank score_from score_to score_change level_from level_to completion_from completion_to completion_change fell_below_pass
function __ita_stats_list --description 'complete the name after the last comma'
    set -l tok (commandline -ct | string replace -r '^--[^=]*=' '')
    set -l pre (string replace -r '[^,]*$' '' -- $tok)
    printf '%s\n' "$pre"$argv
end
complete -c ita-stats -l by -x -a "(__ita_stats_list $__ita_stats_cols)" -d 'group by these columns, comma-separated'
complete -c ita-stats -l stats -x -a '(__ita_stats_list kind status completion oit)' -d 'sections of the table'
complete -c ita-stats -l num -x -a "(__ita_stats_list $__ita_stats_nums)" -d 'statistics of numeric columns'
complete -c ita-stats -l count -x -a "(__ita_stats_list $__ita_stats_cols)" -d 'count each value of these columns'
complete -c ita-stats -l scores -d 'statistics of the score records across offices'
complete -c ita-stats -l pass -x -d 'pass mark (default: each year'\''s)'
complete -c ita-stats -l lowest -x -d 'list the N lowest offices'
complete -c ita-stats -l highest -x -d 'list the N highest offices'
complete -c ita-stats -l compare -x -a "$__ita_stats_cols" -d 'change between consecutive values'
complete -c ita-stats -l sort -x -a "$__ita_stats_cols $__ita_stats_outs" -d 'order rows by an output column'
complete -c ita-stats -l pretty -d 'an aligned table for a terminal'
complete -c ita-stats -l lang -x -a 'th en' -d 'headings of --pretty'
complete -c ita-stats -s o -l output -r -F -d 'write to FILE'
complete -c ita-stats -s f -l format -x -a 'csv tsv xml jsonl' -d 'output format'
complete -c ita-stats -l crlf -d 'CSV with CR LF line ends'
complete -c ita-stats -l bom -d 'CSV with a byte-order mark'
complete -c ita-stats -l formula-guard -d "CSV, TSV: ' before formulas, for sheets"
complete -c ita-stats -s q -l quiet -d 'no warnings and no summary'
complete -c ita-stats -s v -l verbose -d 'context lines and a summary'
complete -c ita-stats -l max-errors -x -d 'diagnostics shown per rule (0: all)'
complete -c ita-stats -s h -l help -d 'show help'
complete -c ita-stats -s V -l version -d 'show version'

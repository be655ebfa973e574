# fish completion for ita-import(1)
# The record columns of ita(5) a sheet column can hold, and activity.
# SPDX-License-Identifier: ISC (see the file LICENSE)
set -l __ita_import_columns kind id parent office office_type district province fiscal_year round section number sort_key indicator oit_item oit_group title method responsible prepared_by collected_by published_by frequency period_text start start_precision end end_precision status percent result outcome evidence tool score level memo_number memo_date website note source line activity
function __ita_import_years --description 'the fiscal years the installation knows'
    # ITA_YEARS too; nothing without ita-validate.
    command -q ita-validate; or return
    ita-validate --years 2>/dev/null | string replace -r '\t.*' ''
end
function __ita_import_list --description 'complete the name after the last comma'
    set -l tok (commandline -ct | string replace -r '^--[^=]*=' '')
    set -l pre (string replace -r '[^,]*$' '' -- $tok)
    printf '%s\n' "$pre"$argv
end
complete -c ita-import -l from -x -a 'text csv tsv xml docx odt fodt html xlsx ods fods pdf pdfbox' -d 'read the input as FORMAT'
complete -c ita-import -l sheet -x -d 'the sheet of a workbook to read'
complete -c ita-import -l all-sheets -d 'read every sheet of a workbook'
complete -c ita-import -s e -l encoding -x -a 'UTF-8 TIS-620 CP874' -d 'input encoding'
complete -c ita-import -l synonyms -r -F -d 'more header synonyms'
complete -c ita-import -l office -x -d 'office name where the document does not say it'
complete -c ita-import -l year -x -a '(__ita_import_years)' -d 'fiscal year (Buddhist Era)'
complete -c ita-import -l round -x -a '6 12' -d 'report round'
complete -c ita-import -l province -x -d 'province where the document does not say it'
complete -c ita-import -l no-header -d 'CSV and TSV sheets have no header row'
complete -c ita-import -l columns -x -a "(__ita_import_list $__ita_import_columns)" -d 'fields of the sheet columns in order'
complete -c ita-import -l keep-raw -d 'keep the original row in a column raw'
complete -c ita-import -l ocr -x -a 'auto always never' -d 'OCR of PDF pages'
complete -c ita-import -s o -l output -r -F -d 'write to FILE'
complete -c ita-import -s f -l format -x -a 'csv tsv xml jsonl' -d 'output format'
complete -c ita-import -l crlf -d 'CSV with CR LF line ends'
complete -c ita-import -l bom -d 'CSV with a byte-order mark'
complete -c ita-import -l formula-guard -d "CSV, TSV: ' before formulas, for sheets"
complete -c ita-import -s q -l quiet -d 'no warnings and no summary'
complete -c ita-import -s v -l verbose -d 'context lines and a summary'
complete -c ita-import -l max-errors -x -d 'diagnostics shown per rule (0: all)'
complete -c ita-import -s h -l help -d 'show help'
complete -c ita-import -s V -l version -d 'show version'

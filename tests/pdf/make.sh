#!/bin/sh
# Remakes the PDF fixtures (needs LibreOffice, poppler-utils, ImageMagick,
# tesseract-ocr-tha, fonts-tlwg-laksaman and fonts-thai-tlwg's Garuda);
# run in tests/pdf.
# The results are committed: the tests need none of these tools but
# poppler-utils (and tesseract for the scanned page).
# SPDX-License-Identifier: ISC (see the file LICENSE)
set -e
python3 gen.py .
soffice --headless --convert-to odt report-a.fodt report-b.fodt >/dev/null
soffice --headless --convert-to pdf report-a.fodt report-b.fodt >/dev/null
soffice --headless --convert-to 'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"secret"}}' \
    --outdir enc report-b.fodt >/dev/null
mv enc/report-b.pdf encrypted.pdf && rmdir enc
head -c 2000 report-b.pdf > damaged.pdf
# The form-checkbox case's document printed: a row taller than the rows
# before it (its cell holds a form control, which prints nothing).
cp ../cases/import-odt-checkbox/forms.fodt odt-forms.fodt
soffice --headless --convert-to pdf odt-forms.fodt >/dev/null
rm odt-forms.fodt
for r in report-a report-b; do pdftotext -bbox-layout $r.pdf $r.xhtml; done
# Tables whose cells have no padding (a cell's text runs up to the next
# column): the original-format fixtures printed, with a header centred at
# different heights, a signature under the table, a cell merged across
# two columns.
t=$(mktemp -d)
soffice --headless --convert-to pdf --outdir "$t" ../fixtures/orig/report.fodt \
    ../cases/import-odt-merge/merge.fodt >/dev/null
mv "$t/report.pdf" nopad-report.pdf
mv "$t/merge.pdf" nopad-merge.pdf
rm -r "$t"
# A scan of page 1 of report-a: 150 dpi, grey, JPEG, no text layer.
t=$(mktemp -d)
pdftoppm -r 150 -f 1 -l 1 -gray -png -singlefile report-a.pdf "$t/p"
convert "$t/p.png" -quality 75 "$t/p.jpg"
python3 scan.py "$t/p.jpg" $(identify -format '%w %h' "$t/p.jpg") 150 scanned-a.pdf
rm -r "$t"
# All of report-a scanned at 200 dpi (grey, JPEG) and read by tesseract
# as ita-import reads a scan (300 dpi, grey PGM): its hOCR is the fixture
# of the OCR table path, which the tests then run without tesseract.  The
# image of page 2 (its checkboxes), reduced to 75 dpi, is committed
# beside it under the name the hOCR gives (ita-import scales it).
t=$(mktemp -d)
pdftoppm -r 200 -gray -png report-a.pdf "$t/p"
n=0
for f in "$t"/p-*.png; do
	n=$((n + 1))
	b=${f%.png}
	convert "$f" -quality 75 "$b.jpg"
	python3 scan.py "$b.jpg" $(identify -format '%w %h' "$b.jpg") 200 "$b.pdf"
	pdftoppm -r 300 -gray -singlefile "$b.pdf" "$t/scanned-a-p$n"
	echo "$t/scanned-a-p$n.pgm"
done > "$t/list"
tesseract "$t/list" - -l tha+eng --dpi 300 hocr 2>/dev/null |
    sed 's|image "[^"]*/|image "|' > scanned-a-200dpi.hocr
convert "$t/scanned-a-p2.pgm" -resize 25% scanned-a-p2.pgm
rm -r "$t"
# Report B (Garuda) scanned and read the same way; no image is kept.
t=$(mktemp -d)
pdftoppm -r 200 -gray -png report-b.pdf "$t/p"
n=0
for f in "$t"/p-*.png; do
	n=$((n + 1))
	b=${f%.png}
	convert "$f" -quality 75 "$b.jpg"
	python3 scan.py "$b.jpg" $(identify -format '%w %h' "$b.jpg") 200 "$b.pdf"
	pdftoppm -r 300 -gray -singlefile "$b.pdf" "$t/scanned-b-p$n"
	echo "$t/scanned-b-p$n.pgm"
done > "$t/list"
tesseract "$t/list" - -l tha+eng --dpi 300 hocr 2>/dev/null |
    sed 's|image "[^"]*/|image "|' > scanned-b-200dpi.hocr
rm -r "$t"
# The bundled example report as ita-render writes it, printed by
# Chromium (HTML) and LibreOffice (FODT) with Laksaman for TH Sarabun New
# (tests/fonts.conf, as for tests/print-check.sh).
t=$(mktemp -d)
../../bin/ita-import ../../share/ita/examples/report-2568.txt > "$t/r.csv"
../../bin/ita-render -t html "$t/r.csv" > "$t/printed.html"
../../bin/ita-render -t fodt "$t/r.csv" > "$t/printed.fodt"
FONTCONFIG_FILE=$(pwd)/../fonts.conf chromium --headless --no-sandbox \
    --no-pdf-header-footer --print-to-pdf=printed-html.pdf "$t/printed.html" \
    >/dev/null 2>&1
FONTCONFIG_FILE=$(pwd)/../fonts.conf soffice --headless --convert-to pdf \
    --outdir "$t" "$t/printed.fodt" >/dev/null
mv "$t/printed.pdf" printed-fodt.pdf
rm -r "$t"
# A Word table whose cells are set in their middle (row numbers on the
# middle line of their rows): report 2 of the corpus, printed.
t=$(mktemp -d)
cp ../corpus/orig/r-0002.docx "$t/centred-cells.docx"
soffice --headless --convert-to pdf --outdir "$t" "$t/centred-cells.docx" \
    >/dev/null
mv "$t/centred-cells.pdf" . && rm -r "$t"

# Two-line rows set in their middle, so that each row's number ("O1", a
# letter O for the zero) stands half a line below the row's first line:
# report 1 of the corpus, printed.
t=$(mktemp -d)
cp ../corpus/orig/r-0001.docx "$t/centred-halfline.docx"
soffice --headless --convert-to pdf --outdir "$t" "$t/centred-halfline.docx" \
    >/dev/null
mv "$t/centred-halfline.pdf" . && rm -r "$t"

# A two-row header over measures ("หน่วยงาน / ผู้รับผิดชอบ" set below the
# others), its percent column's numbers set left of the centred header
# word, then measure headings over small activity tables: report 5 of
# the corpus, printed.
t=$(mktemp -d)
cp ../corpus/orig/r-0005.docx "$t/two-row-header.docx"
soffice --headless --convert-to pdf --outdir "$t" "$t/two-row-header.docx" \
    >/dev/null
mv "$t/two-row-header.pdf" . && rm -r "$t"

#!/bin/sh
# Remakes the PDF fixtures (needs LibreOffice, poppler-utils, ImageMagick,
# fonts-tlwg-laksaman and fonts-thai-tlwg's Garuda); run in tests/pdf.
# The results are committed: the tests need none of these tools but
# poppler-utils (and tesseract for the scanned page).
set -e
python3 gen.py .
soffice --headless --convert-to odt report-a.fodt report-b.fodt >/dev/null
soffice --headless --convert-to pdf report-a.fodt report-b.fodt >/dev/null
soffice --headless --convert-to 'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"secret"}}' \
    --outdir enc report-b.fodt >/dev/null
mv enc/report-b.pdf encrypted.pdf && rmdir enc
head -c 2000 report-b.pdf > damaged.pdf
for r in report-a report-b; do pdftotext -bbox-layout $r.pdf $r.xhtml; done
# A scan of page 1 of report-a: 150 dpi, grey, JPEG, no text layer.
t=$(mktemp -d)
pdftoppm -r 150 -f 1 -l 1 -gray -png -singlefile report-a.pdf "$t/p"
convert "$t/p.png" -quality 75 "$t/p.jpg"
python3 scan.py "$t/p.jpg" $(identify -format '%w %h' "$t/p.jpg") 150 scanned-a.pdf
rm -r "$t"

#!/bin/sh
# A held-out check of ita-import's PDF reading: N reports the tuning has
# not seen (gen.py with another seed), turned by LibreOffice from HTML
# into .docx and printed to PDF, then scored fact by fact (check.py) as
# .docx and as PDF.  Needs soffice; slow (minutes); not part of make
# check.  Usage: sh tests/corpus/heldout.sh [DIR [SEED [N [scan]]]], from
# the top of the tree with the programs built in bin/.  With "scan" the
# tables are ruled and set in Laksaman 16 pt, as offices print them, and
# each PDF is also scanned (its pages at 200 dpi, grey JPEG q75, in an
# image-only PDF by tests/pdf/scan.py; needs pdftoppm, ImageMagick's
# convert, pdfunite) and read by OCR (tesseract: about ten seconds a page).
# SPDX-License-Identifier: ISC (see the file LICENSE)
dir=${1:-build/heldout} seed=${2:-9001} n=${3:-20} scan=${4:-}
[ "$scan" = scan ] || scan=
top=$(pwd)
command -v soffice >/dev/null || { echo "heldout: no soffice" >&2; exit 77; }
rm -rf "$dir" && mkdir -p "$dir/docx" "$dir/pdf" || exit 2
python3 tests/corpus/gen.py -n "$n" -s "$seed" "$dir/gen" >/dev/null || exit 2
if [ "$scan" = scan ]; then
	for f in "$dir"/gen/r-*.html; do
		sed 's|<table>|<table border="1" cellpadding="4" cellspacing="0">|; s|</head>|<style>body, td, th, p { font-family: "Laksaman"; font-size: 16pt; }</style></head>|' \
		    "$f" > "$f.t" && mv "$f.t" "$f" || exit 2
	done
fi
# (the Writer HTML import, as tests/corpus/orig was made: the default
# web import sets tables wider than the page, which prints cut)
(cd "$dir/gen" && soffice --headless --infilter='HTML (StarWriter)' \
    --convert-to 'docx:MS Word 2007 XML' --outdir ../docx r-*.html \
    >/dev/null 2>&1) || exit 2
(cd "$dir/docx" && soffice --headless --convert-to pdf --outdir ../pdf \
    r-*.docx >/dev/null 2>&1) || exit 2
cp "$dir"/gen/*.facts "$dir/docx/" && cp "$dir"/gen/*.facts "$dir/pdf/" || exit 2
if [ "$scan" = scan ]; then
	mkdir -p "$dir/scan/pdf" && cp "$dir"/gen/*.facts "$dir/scan/pdf/" || exit 2
	for f in "$dir"/pdf/r-*.pdf; do
		b=$(basename "$f" .pdf)
		t=$dir/scan/$b
		mkdir -p "$t" && pdftoppm -r 200 -gray -png "$f" "$t/p" || exit 2
		for p in "$t"/p-*.png; do
			convert "$p" -quality 75 "${p%.png}.jpg" &&
			    python3 tests/pdf/scan.py "${p%.png}.jpg" \
			    $(identify -format '%w %h' "${p%.png}.jpg") 200 \
			    "${p%.png}.pdf" || exit 2
		done
		pdfunite "$t"/p-*.pdf "$dir/scan/pdf/$b.pdf" 2>/dev/null ||
		    cp "$t"/p-1.pdf "$dir/scan/pdf/$b.pdf" || exit 2
	done
fi
for f in docx pdf ${scan:+scan}; do
	# (the scans are PDFs in scan/pdf)
	d=$dir/$f form=$f
	[ "$f" = scan ] && d=$dir/scan/pdf form=pdf
	PATH=$top/bin:$PATH ITA_SHARE=$top/share/ita python3 \
	    tests/corpus/check.py --forms "$form" "$d" | tail -n 1 |
	    sed "s/^/$f: /"
done

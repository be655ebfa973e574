#!/bin/sh
# make print-check: prints the seeds (../shared/seeds through ita-import)
# as HTML (Chromium) and FODT (LibreOffice) to PDF, renders the pages as
# PNG with pdftoppm for looking at, and prints each document's page
# count; then the summary of their scores (ita-stats --scores) with its
# charts.  Not run in CI: it needs chromium, soffice and poppler-utils.
# SPDX-License-Identifier: ISC (see the file LICENSE)
top=$(pwd)
out=${PRINT_CHECK_DIR:-$top/build/print-check}
seeds=$top/../shared/seeds
for t in chromium soffice pdftoppm pdfinfo; do
	command -v $t >/dev/null || { echo "print-check: no $t" >&2; exit 77; }
done
[ -d "$seeds" ] || { echo "print-check: no $seeds" >&2; exit 77; }
ITA_SHARE=$top/share/ita; export ITA_SHARE
mkdir -p "$out" || exit 3
# The documents name TH Sarabun New, the font of Thai official documents,
# which offices have and this machine may not: fontconfig would then give
# LibreOffice another Thai font (Waree, a wider sans), and the pages would
# not be the offices' pages.  Laksaman (fonts-tlwg-laksaman) is TH Sarabun
# New under a free name, with its metrics: use it in its place, for
# Chromium and LibreOffice alike, unless TH Sarabun New is installed.
FONTCONFIG_FILE=$top/tests/fonts.conf; export FONTCONFIG_FILE
for f in "$seeds"/*.txt; do
	n=$(basename "$f" .txt)
	"$top/bin/ita-import" "$f" 2>/dev/null > "$out/$n.csv" || continue
	"$top/bin/ita-render" -t html "$out/$n.csv" > "$out/$n.html" || exit 1
	"$top/bin/ita-render" -t fodt "$out/$n.csv" > "$out/$n.fodt" || exit 1
	chromium --headless --no-sandbox --no-pdf-header-footer \
	    --print-to-pdf="$out/$n.html.pdf" "$out/$n.html" >/dev/null 2>&1
	soffice --headless --convert-to pdf --outdir "$out/fodt" \
	    "$out/$n.fodt" >/dev/null 2>&1
	for p in "$out/$n.html.pdf" "$out/fodt/$n.pdf"; do
		[ -f "$p" ] || { echo "$p: not printed"; continue; }
		pdftoppm -png -r 40 "$p" "${p%.pdf}"
		echo "$p: $(pdfinfo "$p" | sed -n 's/^Pages: *//p') pages"
	done
done
# The summary of the seeds' scores (ita-stats --scores), with its charts.
cat "$out"/[0-9]*.csv | "$top/bin/ita-stats" --scores > "$out/scores.csv" &&
for t in html fodt; do
	"$top/bin/ita-render" -t $t --chart all "$out/scores.csv" \
	    > "$out/scores.$t" || exit 1
done
chromium --headless --no-sandbox --no-pdf-header-footer \
    --print-to-pdf="$out/scores.html.pdf" "$out/scores.html" >/dev/null 2>&1
soffice --headless --convert-to pdf --outdir "$out/fodt" "$out/scores.fodt" \
    >/dev/null 2>&1
for p in "$out/scores.html.pdf" "$out/fodt/scores.pdf"; do
	[ -f "$p" ] || { echo "$p: not printed"; continue; }
	pdftoppm -png -r 40 "$p" "${p%.pdf}"
	echo "$p: $(pdfinfo "$p" | sed -n 's/^Pages: *//p') pages"
done

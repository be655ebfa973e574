#!/bin/sh
# A held-out check of ita-import's PDF reading: N reports the tuning has
# not seen (gen.py with another seed), turned by LibreOffice from HTML
# into .docx and printed to PDF, then scored fact by fact (check.py) as
# .docx and as PDF.  Needs soffice; slow (minutes); not part of make
# check.  Usage: sh tests/corpus/heldout.sh [DIR [SEED [N]]], from the
# top of the tree with the programs built in bin/.
# SPDX-License-Identifier: ISC (see the file LICENSE)
dir=${1:-build/heldout} seed=${2:-9001} n=${3:-20}
top=$(pwd)
command -v soffice >/dev/null || { echo "heldout: no soffice" >&2; exit 77; }
rm -rf "$dir" && mkdir -p "$dir/docx" "$dir/pdf" || exit 2
python3 tests/corpus/gen.py -n "$n" -s "$seed" "$dir/gen" >/dev/null || exit 2
# (the Writer HTML import, as tests/corpus/orig was made: the default
# web import sets tables wider than the page, which prints cut)
(cd "$dir/gen" && soffice --headless --infilter='HTML (StarWriter)' \
    --convert-to 'docx:MS Word 2007 XML' --outdir ../docx r-*.html \
    >/dev/null 2>&1) || exit 2
(cd "$dir/docx" && soffice --headless --convert-to pdf --outdir ../pdf \
    r-*.docx >/dev/null 2>&1) || exit 2
cp "$dir"/gen/*.facts "$dir/docx/" && cp "$dir"/gen/*.facts "$dir/pdf/" || exit 2
for f in docx pdf; do
	PATH=$top/bin:$PATH ITA_SHARE=$top/share/ita python3 \
	    tests/corpus/check.py --forms "$f" "$dir/$f" | tail -n 1 |
	    sed "s/^/$f: /"
done

#!/bin/sh
# make demo: the main job on the bundled example, a fictional office's
# 6-month report exported to text. Prints the plain-text report and
# writes the HTML beside it.
# SPDX-License-Identifier: ISC (see the file LICENSE)
set -e
top=$(pwd)
PATH=$top/bin:$PATH
export LC_ALL=C.UTF-8
ITA_SHARE=$top/share/ita
export PATH ITA_SHARE
ex=share/ita/examples/report-2568.txt
mkdir -p build/demo
echo "\$ ita-import $ex | ita-validate | ita-progress --as-of 2025-03-31 | ita-render -t txt" >&2
ita-import "$ex" | ita-validate | ita-progress --as-of 2025-03-31 > build/demo/report.csv
ita-render -t txt --width 100 build/demo/report.csv
ita-render -t html -o build/demo/report.html build/demo/report.csv
echo >&2
echo "The stream is in build/demo/report.csv, the web page in build/demo/report.html." >&2

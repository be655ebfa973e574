# Sourced by progress-* cases (this folder has no cmd: it is no case).
# pick COLS: from a TSV stream on stdin, the named columns, tab-separated;
# a header line (one with a field 'kind') sets the columns and is shown.
# SPDX-License-Identifier: ISC (see the file LICENSE)
pick() {
	awk -F'\t' -v want="$1" '
	BEGIN { n = split(want, w, ",") }
	{ for (i = 1; i <= NF; i++) if ($i == "kind") { split("", c); for (j = 1; j <= NF; j++) c[$j] = j; break } }
	{ s = ""; for (j = 1; j <= n; j++) s = s (j > 1 ? "\t" : "") ((w[j] in c) ? $(c[w[j]]) : "-"); print s }'
}

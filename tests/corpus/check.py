#!/usr/bin/env python3
# SPDX-License-Identifier: ISC (see the file LICENSE)
"""Runs ita-import on a corpus made by gen.py and reports the recall of
its facts per phenomenon (facts found / facts expected).

    check.py [-v] [--html] [--forms LIST] CORPUSDIR

With --html the .html forms are read too (when ita-import reads HTML);
--forms names the forms to read, e.g. docx,odt for tests/corpus/orig
(the first reports of gen.py, made once by LibreOffice from their HTML).
In an original (not txt) a record's line is its position (ita(5)), not
the text export's line, so a "diag" fact there asks for the rule at any
line, and a "nodiag" fact for no more diagnostics of its rule than the
report's "diag" facts expect.  Exit status 0; the table is the result.
"""
import argparse
import collections
import csv
import glob
import io
import os
import re
import subprocess
import sys

csv.field_size_limit(1 << 30)


def records(out):
    rows = list(csv.DictReader(io.StringIO(out), delimiter="\t",
                               quoting=csv.QUOTE_NONE))
    by = {}
    for r in rows:
        by.setdefault((r.get("kind", ""), r.get("id", "")), r)
    return by


def unescape(v):
    return v.replace("\\n", "\n").replace("\\t", "\t").replace("\\\\", "\\")


def check(path, facts, stat, verbose, anyline=False):
    p = subprocess.run(["ita-import", "-f", "tsv", path],
                       capture_output=True, text=True)
    recs = records(p.stdout)
    diags = collections.defaultdict(set)
    ndiags = collections.Counter()
    for line in p.stderr.splitlines():
        m = re.match(r"^.*?:(\d+): \w+: .*\[([\w.-]+)\]$", line)
        if m:
            diags[m.group(2)].add(m.group(1))
            ndiags[m.group(2)] += 1
    expected = collections.Counter(f[4] for f in facts if f[1] == "diag")
    for ph, kind, rid, field, value in facts:
        if kind == "diag":
            ok = value in diags and (rid == "*" or anyline or
                                     rid in diags[value])
        elif kind == "nodiag":
            ok = (ndiags[value] <= expected[value] if anyline else
                  rid not in diags.get(value, ()))
        else:
            r = recs.get((kind, rid))
            got = unescape(r.get(field.rstrip("~"), "")) if r else None
            ok = got is not None and (value in got if field.endswith("~")
                                      else got == value)
        stat[ph][0] += ok
        stat[ph][1] += 1
        if not ok and verbose:
            print("miss %s: %s %s %s %s = %r" % (os.path.basename(path), ph,
                  kind, rid, field, value), file=sys.stderr)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-v", action="store_true")
    ap.add_argument("--html", action="store_true")
    ap.add_argument("--forms")
    ap.add_argument("dir")
    a = ap.parse_args()
    forms = ["txt"] + (["html"] if a.html else [])
    if a.forms:
        forms = a.forms.split(",")
    stat = {f: collections.defaultdict(lambda: [0, 0]) for f in forms}
    n = 0
    for fp in sorted(glob.glob(os.path.join(a.dir, "*.facts"))):
        with open(fp, encoding="utf-8") as f:
            facts = [tuple(l.rstrip("\n").split("\t")) for l in f if l.strip()]
        n += 1
        for form in forms:
            check(fp[:-len("facts")] + form, facts, stat[form], a.v,
                  form != "txt")
    for form in forms:
        tot = [0, 0]
        print("%s: %d reports" % (form, n))
        print("%-24s %8s %8s %7s" % ("phenomenon", "found", "facts",
                                     "recall"))
        for ph in sorted(stat[form]):
            ok, all_ = stat[form][ph]
            tot[0] += ok
            tot[1] += all_
            print("%-24s %8d %8d %6.1f%%" % (ph, ok, all_, 100.0 * ok / all_))
        print("%-24s %8d %8d %6.1f%%" % ("all", tot[0], tot[1],
                                         100.0 * tot[0] / max(tot[1], 1)))


if __name__ == "__main__":
    main()

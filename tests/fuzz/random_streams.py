#!/usr/bin/env python3
# SPDX-License-Identifier: ISC (see the file LICENSE)
"""Black-box robustness check of the programs on random record streams.

Writes N random ita streams (random kinds, dates, numbers, statuses and
text in the known columns, with some garbage), runs every program on each
under the sanitizers, and reports any run that crashed, hung, leaked or
exited with a status other than 0, 1 or 3 (2 only for usage errors, which
these runs never make). Usage: random_streams.py BIN_DIR [N] [SEED]
"""
import os
import random
import subprocess
import sys
import tempfile

COLUMNS = ("ita kind id parent office office_type district province "
           "fiscal_year round section number sort_key indicator oit_item "
           "oit_group title method responsible period_text start "
           "start_precision end end_precision status percent result tool "
           "score level memo_number memo_date note source line").split()

WORDS = ["มาตรการ", "กิจกรรม", "ตรวจสอบ", "น้ำ", "ผู้", "ก่า", "ๆ", "ฯ",
         "ต.ค. ๖๗", "ม.ค.-มี.ค. 2568", "ไตรมาส 2", "ตลอดปีงบประมาณ",
         "<b>&amp;", "\"", ",", "\n", "x" * 300, "", " ", "\u200b",
         "ผ่านดี", "AA", "100%", "-", "๑๒๓", "\u0e4d\u0e32", "e\u0301"]


def rand_date(r):
    if r.random() < 0.1:
        return r.choice(["2024-02-30", "2568-01-01", "0000-00-00", "x",
                         "2024-13-01", "9999-12-31", "1-1-1"])
    return "%04d-%02d-%02d" % (r.randint(2019, 2027), r.randint(1, 12),
                               r.randint(1, 28))


def rand_num(r):
    return r.choice(["0", "100", "50.5", "-1", "101", "1e9", "abc", "",
                     "99.999999", "18446744073709551616", "0.0001",
                     str(r.randint(0, 100)), "%.2f" % r.uniform(0, 100)])


def rand_text(r):
    return "".join(r.choice(WORDS) for _ in range(r.randint(0, 4)))


def value(r, col, i, ids):
    if col == "ita":
        return r.choice(["1", "1", "", "2", "x"])
    if col == "kind":
        return r.choice(["report", "measure", "activity", "indicator",
                         "oit_item", "responsibility", "score", "summary",
                         "", "bogus"])
    if col == "id":
        return r.choice(["m%d" % i, "m%d" % r.randint(0, 5), "",
                         "oit.o%d" % r.randint(1, 45)])
    if col == "parent":
        return r.choice(["", "", "m1", r.choice(ids) if ids else "", "zz"])
    if col in ("fiscal_year",):
        return r.choice(["2566", "2567", "2568", "2569", "1", "", "abc"])
    if col == "round":
        return r.choice(["6", "12", "", "7"])
    if col == "section":
        return r.choice(["iit", "eit", "oit", "", "x"])
    if col in ("start", "end", "memo_date"):
        return rand_date(r) if r.random() < 0.8 else ""
    if col in ("start_precision", "end_precision"):
        return r.choice(["day", "month", "quarter", "year", "", "week"])
    if col == "status":
        return r.choice(["not_started", "in_progress", "done", "unknown",
                         "", "finished"])
    if col in ("percent", "score", "line", "indicator"):
        return rand_num(r)
    if col == "tool":
        return r.choice(["iit", "eit", "eit1", "eit2", "oit", "overall",
                         "", "x"])
    if col == "oit_item":
        return r.choice(["o%d" % r.randint(0, 50), "", "x"])
    if col == "office":
        return r.choice(["อบต.หนึ่ง", "อบต.สอง", "เทศบาลสาม", ""])
    return rand_text(r)


def quote(v):
    if any(c in v for c in ',"\r\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def stream(r):
    cols = list(COLUMNS)
    r.shuffle(cols)
    cols = cols[:r.randint(3, len(cols))]
    if r.random() < 0.3:
        cols.append("user col")
    lines = [",".join(cols)]
    ids = []
    for i in range(r.randint(0, 40)):
        row = [value(r, c, i, ids) for c in cols]
        if "id" in cols:
            ids.append(row[cols.index("id")])
        lines.append(",".join(quote(v) for v in row))
    return "\n".join(lines) + "\n"


RUNS = [
    ["ita-validate"],
    ["ita-validate", "--keep-invalid", "-f", "xml"],
    ["ita-progress", "--as-of", "2025-03-31", "--rollup", "section"],
    ["ita-progress", "--as-of", "2024-02-29", "--rollup", "measure"],
    ["ita-stats", "--by", "kind,status"],
    ["ita-stats", "--scores"],
    ["ita-stats", "--num", "percent,score", "--by", "fiscal_year"],
    ["ita-stats", "--compare", "fiscal_year"],
    ["ita-stats", "--pretty", "--by", "office"],
    ["ita-render", "-t", "txt", "--width", "40"],
    ["ita-render", "-t", "html"],
    ["ita-render", "-t", "md"],
    ["ita-render", "-t", "fodt"],
    ["ita-import"],
]


def main():
    bindir = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    r = random.Random(seed)
    env = dict(os.environ, LC_ALL="C.UTF-8",
               ASAN_OPTIONS="detect_leaks=1:exitcode=99",
               UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:exitcode=99")
    bad = 0
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "in.csv")
        for k in range(n):
            text = stream(r)
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            for argv in RUNS:
                cmd = [os.path.join(bindir, argv[0])] + argv[1:] + [path]
                try:
                    p = subprocess.run(cmd, capture_output=True, env=env,
                                       timeout=60)
                except subprocess.TimeoutExpired:
                    print("HANG", k, " ".join(argv))
                    bad += 1
                    continue
                err = p.stderr.decode("utf-8", "replace")
                if p.returncode not in (0, 1, 3) or "Sanitizer" in err or \
                        "runtime error" in err:
                    bad += 1
                    keep = os.path.join("/tmp", "random-stream-%d-%d.csv"
                                        % (seed, k))
                    with open(keep, "w", encoding="utf-8") as f:
                        f.write(text)
                    print("FAIL status %d: %s %s" % (p.returncode,
                                                     " ".join(argv), keep))
                    print("\n".join(err.splitlines()[:12]))
    print("%d streams, %d runs each, %d failures" % (n, len(RUNS), bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())

# compare.py OURS.csv MLR.json: ita-stats and Miller agree on every group.
# SPDX-License-Identifier: ISC (see the file LICENSE)
import csv
import json
import sys
from decimal import Decimal

ours = {}
with open(sys.argv[1], newline="") as f:
    for r in csv.DictReader(f):
        ours[(r["status"], r["fiscal_year"])] = r
theirs = json.load(open(sys.argv[2]))
bad = 0
if len(theirs) != len(ours):
    print("groups: %d here, %d in Miller" % (len(ours), len(theirs)))
    bad = 1
for m in theirs:
    key = (str(m["status"]), str(m["fiscal_year"]))
    o = ours.get(key)
    if o is None:
        print("group %r missing" % (key,))
        bad = 1
        continue
    checks = [("count", "count", 0), ("percent_n", "percent_count", 0),
              ("percent_sum", "percent_sum", Decimal("0.00001")),
              ("percent_min", "percent_min", 0),
              ("percent_max", "percent_max", 0),
              # ours are rounded to two decimals
              ("percent_mean", "percent_mean", Decimal("0.0051")),
              ("percent_q1", "percent_p25", Decimal("0.0051")),
              ("percent_median", "percent_median", Decimal("0.0051")),
              ("percent_q3", "percent_p75", Decimal("0.0051"))]
    for mine, their, tol in checks:
        a = Decimal(o[mine])
        b = Decimal(str(m[their]))
        if abs(a - b) > tol:
            print("%r %s: %s here, %s in Miller" % (key, mine, a, b))
            bad = 1
print("groups compared: %d, %s" % (len(ours), "equal" if not bad else
                                   "DIFFERENT"))
sys.exit(bad)

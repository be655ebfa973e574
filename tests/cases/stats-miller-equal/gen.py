# Writes N fictional ITA records (CSV, quoted multi-line titles) to stdout:
# python3 gen.py N [seed]. Deterministic for a seed.
# SPDX-License-Identifier: ISC (see the file LICENSE)
import random
import sys

n = int(sys.argv[1])
rnd = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 1)
provinces = ["ตัวอย่าง", "นาดี", "เขาสูง", "ทะเลงาม", "ป่าไม้"]
statuses = ["done", "in_progress", "not_started", "unknown", ""]
kinds = ["measure", "activity", "activity", "oit_item"]
out = sys.stdout
out.write("ita,kind,id,office,province,fiscal_year,round,title,status,"
          "percent\n")
for i in range(n):
    office = "องค์การบริหารส่วนตำบลทดสอบ %d" % (i // 40)
    kind = kinds[i % 4]
    status = rnd.choice(statuses)
    pct = "" if rnd.random() < 0.1 else (
        "%d" % rnd.randint(0, 100) if rnd.random() < 0.7 else
        "%d.%02d" % (rnd.randint(0, 99), rnd.randint(0, 99)))
    title = "มาตรการที่ %d" % i
    if i % 7 == 0:
        title = '"%s, ""ส่งเสริม""\nบรรทัดที่สอง"' % title
    out.write("1,%s,m%d,%s,%s,%d,12,%s,%s,%s\n" % (
        kind, i, office, provinces[(i // 40) % 5],
        2566 + (i // 40) % 3, title, status, pct))

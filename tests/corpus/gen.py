#!/usr/bin/env python3
# SPDX-License-Identifier: ISC (see the file LICENSE)
"""Writes a corpus of fictional ITA reports and the facts each must give.

    gen.py [-n N] [-s SEED] OUTDIR

For each report r-NNNN it writes r-NNNN.txt (a text export: tab-separated
tables, prose around them), r-NNNN.html (the same report as a web page)
and r-NNNN.facts, one expected fact a line:

    phenomenon <TAB> kind <TAB> id-or-* <TAB> field <TAB> value

("diag" facts name a rule id that must be reported at a line).  Reports
vary what real ones vary: column order, header synonyms, number styles,
date forms, page-break repeats of the header, continuation rows, covers
left from an earlier year, two-row headers, measure headings above
activity tables, bare percents, impossible dates, prose-only pages.
Everything is made up: offices, places and measures are fictional.
"""
import argparse
import html
import os
import random

THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
ASCII = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.",
          "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
LONG = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
        "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
INFORMAL = ["มกรา", "กุมภา", "มีนา", "เมษา", "พฤษภา", "มิถุนา", "กรกฎา",
            "สิงหา", "กันยา", "ตุลา", "พฤศจิกา", "ธันวา"]
DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
KINDS = [("องค์การบริหารส่วนตำบล", "sao"), ("เทศบาลตำบล", "municipality"),
         ("เทศบาลเมือง", "municipality")]
SYL = ["นา", "ดอน", "หนอง", "บึง", "ทุ่ง", "ห้วย", "โพธิ์", "ไผ่", "วัง", "คลอง",
       "สวน", "ป่า", "เขา", "บาง", "ท่า", "แก", "ม่วง", "ขาม"]
TOPICS = ["การเปิดเผยข้อมูล", "การรับฟังความคิดเห็น", "การจัดซื้อจัดจ้าง",
          "การใช้ทรัพย์สินของราชการ", "การป้องกันผลประโยชน์ทับซ้อน",
          "การจัดการเรื่องร้องเรียน", "การลดขั้นตอนการให้บริการ",
          "การปลูกฝังวัฒนธรรมสุจริต", "การประเมินความเสี่ยง", "การอบรมจริยธรรม",
          "การประชาสัมพันธ์ช่องทางการติดต่อ", "การติดตามการใช้งบประมาณ"]
ACTS = ["จัดประชุมชี้แจง", "ปรับปรุงเว็บไซต์", "จัดทำคู่มือ", "ออกประกาศ",
        "จัดอบรมบุคลากร", "รายงานผลต่อผู้บริหาร", "สำรวจความพึงพอใจ",
        "ติดตั้งกล่องรับความเห็น"]
UNITS = ["สำนักปลัด", "กองคลัง", "กองช่าง", "กองการศึกษา", "กองสาธารณสุข"]
# header synonyms per field
H = {
    "number": ["ลำดับ", "ลำดับที่", "ที่"],
    "title": ["มาตรการ", "มาตรการ/แนวทาง", "มาตรการ/กิจกรรม", "ชื่อมาตรการ"],
    "method": ["วิธีการดำเนินการ", "วิธีดำเนินการ", "ขั้นตอนการปฏิบัติ"],
    "period": ["ระยะเวลาดำเนินการ", "ระยะเวลา", "ระยะเวลา ดำเนินการ",
               "ระยะเวลาในการดำเนินการ", "กำหนดเสร็จ"],
    "responsible": ["ผู้รับผิดชอบ", "หน่วยงานที่รับผิดชอบ"],
    "result": ["ผลการดำเนินการ", "ผลการดำเนินงาน", "รายงานผล"],
    "percent": ["ร้อยละ", "ร้อยละความสำเร็จ"],
}


def thai(s, on):
    return s.translate(THAI) if on else s


def number_form(k, style):
    """An item number in one of the forms reports use."""
    n = str(k)
    return {
        "plain": n, "dot": n + ".", "paren1": n + ")", "paren2": "(" + n + ")",
        "thai": thai(n, 1), "thaidot": thai(n, 1) + ".",
        "thaiparen": "(" + thai(n, 1) + ")", "kho": "ข้อ " + n,
        "o": "o" + n, "O": "O" + n, "zero": thai("%02d" % k, 1),
    }[style]


def number_value(k, style):
    return "%02d" % k if style == "zero" else str(k)


def ce(fy, m):
    """CE year of month m of fiscal year fy (BE)."""
    return fy - 543 - (1 if m >= 10 else 0)


def period_form(rng, fy, style, td):
    """A period in one form: (text, start, end) with ISO dates."""
    m1 = rng.choice([10, 11, 12, 1, 2, 3, 4, 5, 6])
    y1 = ce(fy, m1)
    m2 = rng.choice([m for m in [10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8, 9]
                     if (ce(fy, m), m) >= (y1, m1)])
    y2 = ce(fy, m2)
    last = DAYS[m2 - 1] + (1 if m2 == 2 and y2 % 4 == 0 else 0)
    mstart, mend = "%04d-%02d-01" % (y1, m1), "%04d-%02d-%02d" % (y2, m2, last)
    be2 = lambda y: str((y + 543) % 100)
    if style == "abbr-range":
        return (thai("%s %s - %s %s" % (MONTHS[m1 - 1], be2(y1), MONTHS[m2 - 1],
                                       be2(y2)), td), mstart, mend)
    if style == "long-day":
        d = rng.randint(1, DAYS[m1 - 1])
        iso = "%04d-%02d-%02d" % (y1, m1, d)
        return (thai("%d %s %d" % (d, LONG[m1 - 1], y1 + 543), td), iso, iso)
    if style == "numeric":
        d = rng.randint(1, DAYS[m1 - 1])
        iso = "%04d-%02d-%02d" % (y1, m1, d)
        return (thai("%d/%d/%d" % (d, m1, y1 + 543), td), iso, iso)
    if style == "informal":
        return (thai("%s - %s %s" % (INFORMAL[m1 - 1], INFORMAL[m2 - 1],
                                     be2(y2)), td) if y1 == y2 else
                thai("%s %s - %s %s" % (INFORMAL[m1 - 1], be2(y1),
                                        INFORMAL[m2 - 1], be2(y2)), td),
                mstart, mend)
    if style == "nodots":
        a, b = MONTHS[m1 - 1].replace(".", ""), MONTHS[m2 - 1].replace(".", "")
        return (thai("%s. %s - %s. %s" % (a, be2(y1), b, be2(y2)), td),
                mstart, mend)
    if style == "round6":
        return (thai("รอบ 6 เดือน", td), "%04d-10-01" % (fy - 544),
                "%04d-03-31" % (fy - 543))
    if style == "year":
        return (thai("ปี พ.ศ. %d" % fy, td), "%04d-10-01" % (fy - 544),
                "%04d-09-30" % (fy - 543))
    if style == "whole":
        return ("ตลอดปีงบประมาณ", "%04d-10-01" % (fy - 544),
                "%04d-09-30" % (fy - 543))
    if style == "quarter":
        q = rng.randint(1, 4)
        sm = [10, 1, 4, 7][q - 1]
        em = sm + 2
        ys = ce(fy, sm)
        return (thai("ไตรมาส %d" % q, td), "%04d-%02d-01" % (ys, sm),
                "%04d-%02d-%02d" % (ys, em, DAYS[em - 1]))
    raise ValueError(style)


PERIOD_STYLES = ["abbr-range", "long-day", "numeric", "informal", "nodots",
                 "round6", "year", "whole", "quarter"]
NUMBER_STYLES = ["plain", "dot", "paren1", "paren2", "thai", "thaidot",
                 "thaiparen", "kho", "o", "O", "zero"]


class Report:
    def __init__(self, rng, idx):
        self.rng, self.idx = rng, idx
        self.lines = []          # text export lines
        self.html = []           # HTML body parts
        self.facts = []
        self.kind, self.type = rng.choice(KINDS)
        self.name = "".join(rng.sample(SYL, 2)) + "สมมุติ"
        self.office = self.kind + self.name
        self.fy = rng.choice([2566, 2567, 2568])
        self.td = rng.random() < 0.6       # Thai digits

    def fact(self, ph, kind, rid, field, value):
        # the stream has ASCII digits (ita-import normalizes them)
        self.facts.append((ph, kind, rid, field, value.translate(ASCII)))

    def prose(self, s):
        self.lines.append(s)
        if s:
            self.html.append("<p>%s</p>" % html.escape(s))

    def table(self, header, rows, header2=None):
        t = ["<table>", "<tr>%s</tr>" % "".join(
            "<th>%s</th>" % html.escape(h) for h in header)]
        self.lines.append("\t".join(header))
        if header2:
            self.lines.append("\t".join(header2))
            t.append("<tr>%s</tr>" % "".join(
                "<th>%s</th>" % html.escape(h) for h in header2))
        for r in rows:
            if r is None:       # a page break: the header again
                self.lines.extend(["", "-%s-" % thai("2", self.td), ""])
                self.lines.append("\t".join(header))
                continue
            self.lines.append("\t".join(r))
            t.append("<tr>%s</tr>" % "".join(
                "<td>%s</td>" % html.escape(c) for c in r))
        t.append("</table>")
        self.html.append("\n".join(t))
        self.lines.append("")

    def title(self, old_cover):
        fy = thai(str(self.fy), self.td)
        if old_cover:
            old = thai(str(self.fy - 1), self.td)
            self.prose("แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. " + old)
            self.prose(self.office)
            self.prose("")
            self.fact("cover-old-year", "diag", "*", "rule",
                      "import.year-differs")
        self.prose("รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส")
        self.prose("ของ%s ประจำปีงบประมาณ พ.ศ. %s" % (self.office, fy))
        self.prose("")
        self.fact("title", "report", "report", "office", self.office)
        self.fact("cover-old-year" if old_cover else "title", "report",
                  "report", "fiscal_year", str(self.fy))

    def measures(self):
        rng = self.rng
        cols = ["number", "title", "method", "period", "responsible", "result"]
        if rng.random() < 0.3:
            cols.append("percent")
        order = cols[:2] + rng.sample(cols[2:], len(cols) - 2)
        ph_order = "column-order" if order != cols else "title"
        names = [rng.choice(H[c]) for c in order]
        ph_syn = "header-synonyms"
        nstyle = rng.choice(NUMBER_STYLES)
        two_row = rng.random() < 0.2 and "responsible" in order
        header2 = None
        if two_row:
            # "ผู้รับผิดชอบ" spans a second row naming who does what
            header2 = [""] * len(order)
            header2[order.index("responsible")] = "ผู้รับผิดชอบ"
            names[order.index("responsible")] = "หน่วยงาน"
        rows = []
        nm = rng.randint(3, 8)
        pagebreak = rng.randint(2, nm) if rng.random() < 0.4 else 0
        for k in range(1, nm + 1):
            if k == pagebreak:
                rows.append(None)
            topic = rng.choice(TOPICS)
            title = "มาตรการ" + topic
            pstyle = rng.choice(PERIOD_STYLES)
            ptext, ps, pe = period_form(rng, self.fy, pstyle, self.td)
            unit = rng.choice(UNITS)
            pct = rng.choice([0, 25, 50, 75, 100])
            cells = {
                "number": number_form(k, nstyle), "title": title,
                "method": "%s %s" % (rng.choice(ACTS), topic),
                "period": ptext, "responsible": unit,
                "result": "ดำเนินการแล้ว" if pct == 100 else
                "อยู่ระหว่างดำเนินการ" if pct else "ยังไม่ได้ดำเนินการ",
                "percent": thai(str(pct), self.td),
            }
            rows.append([cells[c] for c in order])
            mid = "m%d" % (len([f for f in self.facts if f[3] == "title" and
                                f[1] == "measure"]) + 1)
            self.fact("number:" + nstyle, "measure", mid, "number",
                      number_value(k, nstyle))
            self.fact(ph_syn, "measure", mid, "title", title)
            self.fact(ph_order, "measure", mid, "responsible", unit)
            self.fact("date:" + pstyle, "measure", mid, "start", ps)
            self.fact("date:" + pstyle, "measure", mid, "end", pe)
            if pagebreak:
                self.fact("page-break", "measure", mid, "period_text", ptext)
            if two_row:
                self.fact("two-row-header", "measure", mid, "responsible",
                          unit)
            if "percent" in order:
                self.fact("percent-bare", "measure", mid, "percent", str(pct))
            # a continuation row: the method wraps onto the next row
            if rng.random() < 0.2:
                more = "และรายงานผลทุกไตรมาส"
                cont = [""] * len(order)
                cont[order.index("method")] = more
                rows.append(cont)
                self.fact("continuation", "measure", mid, "method~", more)
        self.table(names, rows, header2)

    def heading_activities(self):
        """Measures named by numbered headings, activity tables below."""
        rng = self.rng
        base = len([f for f in self.facts if f[3] == "title" and
                    f[1] == "measure"])
        for k in range(1, rng.randint(2, 3) + 1):
            title = "มาตรการ" + rng.choice(TOPICS)
            head = "%s %s" % (number_form(k, rng.choice(["paren1", "dot",
                                                        "thaiparen"])), title)
            self.prose(head)
            self.prose("")
            mid = "m%d" % (base + k)
            self.fact("heading-measure", "measure", mid, "title", title)
            acts = rng.sample(ACTS, rng.randint(2, 4))
            rows = [[thai(str(i + 1), self.td), a, rng.choice(UNITS)]
                    for i, a in enumerate(acts)]
            split = rng.random() < 0.5 and len(rows) > 2
            hdr = ["ลำดับ", "กิจกรรม", "ผู้รับผิดชอบ"]
            if split:   # page break: the heading and header again
                self.table(hdr, rows[:2])
                self.prose("-" + thai("2", self.td) + "-")
                self.prose(head)
                self.prose("")
                self.table(hdr, rows[2:])
            else:
                self.table(hdr, rows)
            for i, a in enumerate(acts):
                self.fact("heading-measure" if not split else
                          "heading-repeat", "activity", "%s.%d" % (mid, i + 1),
                          "title", a)

    def impossible(self):
        d, m = self.rng.choice([(30, 2), (31, 4), (31, 6), (0, 3), (31, 9)])
        text = thai("%d %s %d" % (d, MONTHS[m - 1], self.fy), self.td)
        self.prose("ประชุมคณะทำงานเมื่อวันที่ " + text)
        self.fact("impossible-date", "diag", str(len(self.lines)), "rule",
                  "import.date")
        self.prose("")

    def lookalike(self):
        self.prose("ที่ตั้ง ม.%s ต.%s อ.เมือง จ.สมมุติ ติดต่อ ผอ.กค." % (
            thai("4", self.td), self.name))
        self.fact("date-lookalike", "nodiag", str(len(self.lines)), "rule",
                  "import.date")
        self.prose("")

    def prose_only(self):
        score = "%.2f" % self.rng.uniform(60, 99.9)
        fy = thai(str(self.fy), self.td)
        self.prose("ประกาศ" + self.office)
        self.prose("เรื่อง ผลการประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ "
                   "พ.ศ. " + fy)
        self.prose("")
        level = "ผ่าน" if float(score) >= 85 else "ต้องปรับปรุง"
        self.prose("%sได้คะแนน %s คะแนน อยู่ในระดับ %s" % (
            self.office, thai(score, self.td), level))
        self.fact("prose-only", "report", "report", "office", self.office)
        self.fact("prose-only", "report", "report", "fiscal_year",
                  str(self.fy))
        self.fact("prose-only", "score", "score.overall", "score", score)
        self.fact("prose-only", "report", "report", "level", level)

    def build(self):
        rng = self.rng
        if rng.random() < 0.08:
            self.prose_only()
            return
        self.title(rng.random() < 0.2)
        self.measures()
        if rng.random() < 0.3:
            self.heading_activities()
        if rng.random() < 0.3:
            self.impossible()
        if rng.random() < 0.3:
            self.lookalike()

    def write(self, outdir):
        base = os.path.join(outdir, "r-%04d" % self.idx)
        with open(base + ".txt", "w", encoding="utf-8") as f:
            f.write("\n".join(self.lines) + "\n")
        with open(base + ".html", "w", encoding="utf-8") as f:
            f.write('<!DOCTYPE html>\n<html lang="th"><head><meta charset='
                    '"utf-8"><title>%s</title></head><body>\n%s\n</body>'
                    '</html>\n' % (html.escape(self.office),
                                   "\n".join(self.html)))
        with open(base + ".facts", "w", encoding="utf-8") as f:
            for fact in self.facts:
                f.write("\t".join(fact) + "\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-n", type=int, default=300)
    ap.add_argument("-s", type=int, default=11)
    ap.add_argument("outdir")
    a = ap.parse_args()
    os.makedirs(a.outdir, exist_ok=True)
    rng = random.Random(a.s)
    for i in range(1, a.n + 1):
        r = Report(rng, i)
        r.build()
        r.write(a.outdir)


if __name__ == "__main__":
    main()

# check.py STREAM.csv DOC.html: the HTML is well-formed XML, has no element
# from the data (no <script>), and shows every record's title exactly once.
# SPDX-License-Identifier: ISC (see the file LICENSE)
import csv, sys, xml.etree.ElementTree as ET
stream, doc = sys.argv[1], sys.argv[2]
root = ET.parse(doc).getroot()
texts = {}
for el in root.iter():
    t = ''.join(el.itertext())
    texts[t] = texts.get(t, 0) + 1
    if el.tag in ('script', 'b', 'iframe', 'img', 'a'):
        sys.exit('element <%s> in the output' % el.tag)
want, nrec = {}, 0
with open(stream, newline='') as f:
    for row in csv.reader(f):
        if row and row[0] == 'ita':
            hdr = row
            continue
        rec = dict(zip(hdr, row))
        nrec += 1
        if rec.get('title'):
            # A line break is a <br/>, which adds no text.
            t = rec['title'].replace('\n', '')
            want[t] = want.get(t, 0) + 1
bad = 0
for t, n in want.items():
    # An element holding the title alone: the cell (its <tr> holds more).
    got = sum(1 for el in root.iter() if ''.join(el.itertext()) == t
              and not any(''.join(c.itertext()) == t for c in el))
    if got != n:
        print('title %r: %d times, want %d' % (t, got, n))
        bad = 1
print('%d records, %d titles checked' % (nrec, len(want)))
sys.exit(bad)

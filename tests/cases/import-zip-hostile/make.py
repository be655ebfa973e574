# Writes the hostile containers of this case (run by cmd): a zip bomb, an
# archive of 10,000 entries, one of path-traversal names only, a damaged
# and a truncated copy of a real .docx.
# SPDX-License-Identifier: ISC (see the file LICENSE)
import sys, zipfile
docx = sys.argv[1]
def z(name, entries, method=zipfile.ZIP_DEFLATED):
    with zipfile.ZipFile(name, "w", method) as f:
        for n, data in entries:
            f.writestr(n, data)
ct = b'<?xml version="1.0"?><Types/>'
z("bomb.docx", [("[Content_Types].xml", ct),
    ("word/document.xml", b"<w:document>" + b" " * (40 << 20))])
z("many.docx", [("[Content_Types].xml", ct)] +
    [("word/media/%05d.xml" % i, b"") for i in range(10000)])
z("traversal.docx", [("../../../../tmp/ita-evil.xml", b"<x/>"),
    ("/etc/ita-evil.xml", b"<x/>"), ("word/../../document.xml", b"<x/>")])
data = open(docx, "rb").read()
open("truncated.docx", "wb").write(data[: len(data) // 2])
bad = bytearray(data)
i = data.find(b"word/document.xml") + 40	# inside its compressed bytes
for k in range(i, i + 64):
    bad[k] ^= 0x5A
open("damaged.docx", "wb").write(bytes(bad))

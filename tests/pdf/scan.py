#!/usr/bin/env python3
# SPDX-License-Identifier: ISC (see the file LICENSE)
"""Wraps a JPEG (a scanned page) in a one-page PDF with no text layer.
Usage: scan.py page.jpg width-px height-px dpi out.pdf"""
import sys

jpg, w, h, dpi, out = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), \
    int(sys.argv[4]), sys.argv[5]
data = open(jpg, 'rb').read()
pw, ph = w * 72 / dpi, h * 72 / dpi
content = f'q {pw:.2f} 0 0 {ph:.2f} 0 0 cm /Im0 Do Q'.encode()
objs = [
    b'<< /Type /Catalog /Pages 2 0 R >>',
    b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    (f'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {pw:.2f} {ph:.2f}] '
     '/Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>').encode(),
    (f'<< /Type /XObject /Subtype /Image /Width {w} /Height {h} '
     '/ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode '
     f'/Length {len(data)} >>\nstream\n').encode() + data + b'\nendstream',
    f'<< /Length {len(content)} >>\nstream\n'.encode() + content +
    b'\nendstream',
]
pdf = bytearray(b'%PDF-1.4\n')
offs = []
for i, o in enumerate(objs, 1):
    offs.append(len(pdf))
    pdf += f'{i} 0 obj\n'.encode() + o + b'\nendobj\n'
x = len(pdf)
pdf += f'xref\n0 {len(objs) + 1}\n0000000000 65535 f \n'.encode()
for o in offs:
    pdf += f'{o:010d} 00000 n \n'.encode()
pdf += (f'trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\n'
        f'startxref\n{x}\n%%EOF\n').encode()
open(out, 'wb').write(pdf)

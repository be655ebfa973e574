#!/usr/bin/env python3
# Prints xgettext's --keyword and --flag options for every function that
# takes a printf format and hands it to the diag layer (which translates
# it): every function declared with format(printf, N, M) in the sources,
# except those that format for other purposes. New diag wrappers are
# found without editing this file.
# SPDX-License-Identifier: ISC (see the file LICENSE)
import re
import sys

NOT_DIAG = {"ita_buf_printf"}
# The va_list forms carry no attribute.
FIXED = {"ita_vdiag_at": 6}
decl = re.compile(r"(\w+)\s*\(([^;{]*?)\)\s*__attribute__\s*\(\(\s*"
                  r"format\s*\(\s*printf\s*,\s*(\d+)", re.S)
keys = dict(FIXED)
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        text = re.sub(r"/\*.*?\*/", " ", f.read(), flags=re.S)
    for m in decl.finditer(text):
        if m.group(1) not in NOT_DIAG:
            keys[m.group(1)] = int(m.group(3))
for name in sorted(keys):
    print("--keyword=%s:%d --flag=%s:%d:c-format" %
          (name, keys[name], name, keys[name]))

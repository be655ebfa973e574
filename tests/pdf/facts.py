#!/usr/bin/env python3
"""Counts the facts of one import of a report (the reference, e.g. from
the PDF's text layer) that another import of it (e.g. by OCR) got right:
per measure its title, method (its activities), responsible unit, period
(start and end) and status; per OIT responsibility its title and the
units that prepare, collect and publish it and how often; the report's
office, fiscal year and round.  Text is compared without white space
and '-' bullets.  Usage: facts.py REF.tsv OTHER.tsv [-v]
SPDX-License-Identifier: ISC (see the file LICENSE)"""
import csv
import re
import sys

FACTS = {
    'measure': ['title', 'method', 'responsible', 'period', 'status'],
    'responsibility': ['title', 'prepared_by', 'collected_by',
                       'published_by', 'frequency'],
    'report': ['office', 'fiscal_year', 'round'],
}


def load(path):
    with open(path, newline='', encoding='utf-8') as f:
        return list(csv.DictReader(f, delimiter='\t',
                                   quoting=csv.QUOTE_NONE))


def value(r, f):
    if f == 'period':
        return r['start'] + '/' + r['end']
    return re.sub(r'[\s-]+', '', r[f].replace('\\n', ''))


ref, got = load(sys.argv[1]), load(sys.argv[2])
by_id = {(r['kind'], r['id']): r for r in got}
right = total = 0
for r in ref:
    for f in FACTS.get(r['kind'], []):
        if value(r, f) in ('', '/'):
            continue
        total += 1
        o = by_id.get((r['kind'], r['id']))
        ok = o is not None and value(o, f) == value(r, f)
        right += ok
        if len(sys.argv) > 3 and not ok:
            print(r['kind'], r['id'], f, 'is', value(r, f), 'not',
                  value(o, f) if o else '(no record)')
print(f'{right} of {total} facts right')

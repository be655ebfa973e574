#!/bin/sh
# Every message the programs can print has its Thai translation in
# po/th.po: the catalog is made anew from the sources (as `make pot`
# does, into a temporary file) and merged with th.po; a message left
# untranslated or fuzzy is named.  Messages that are only conversions
# ("%s: %s") have nothing to translate.  Usage: catalog.sh TOP
# SPDX-License-Identifier: ISC (see the file LICENSE)
top=${1:-.}
cd "$top" || exit 2
for t in xgettext msgmerge msgattrib python3; do
	command -v $t >/dev/null 2>&1 ||
	    { echo "catalog: $t is not installed (gettext)" >&2; exit 77; }
done
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
xgettext --from-code=UTF-8 --language=C --keyword=N_ --keyword=ita_tr \
    --keyword=ita_ntr:1,2 --keyword=put_count:3,4 \
    $(python3 po/keywords.py src/*/*.c src/*/*.h) \
    -o "$tmp/all.pot" $(ls src/*/*.c src/*/*.h | LC_ALL=C sort) || exit 2
msgmerge -q "po/th.po" "$tmp/all.pot" -o "$tmp/th.po" || exit 2
msgattrib --untranslated "$tmp/th.po" 2>/dev/null |
    msgattrib --no-obsolete 2>/dev/null | sed -n '/^msgid /,/^msgstr /p' |
    python3 -c '
import re, sys
ids, cur = [], None
for line in sys.stdin:
    if line.startswith("msgid "):
        cur = [line[6:].strip()]
    elif line.startswith("msgstr ") and cur is not None:
        s = "".join(x[1:-1] for x in cur)
        # nothing but conversions and punctuation: nothing to translate
        if s and re.sub(r"%[-0-9.]*[a-z]+|[\s:()\x27]", "", s):
            ids.append(s)
        cur = None
    elif cur is not None and line.startswith("\""):
        cur.append(line.strip())
for s in ids:
    print("untranslated:", s)
print(len(ids), "messages without a Thai translation")
sys.exit(1 if ids else 0)'

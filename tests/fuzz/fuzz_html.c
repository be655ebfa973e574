/*
 * libFuzzer harness for ita-import's HTML reader (src/import/html.c and
 * the document model it feeds, dm.c and the recognition of doc.h): any
 * bytes, read as an HTML page, give records or diagnostics; never a
 * crash, a hang or a leak (the run itself: fuzz_orig.h).
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include "import/import.h"	/* run.sh: links the import logic */
#include "fuzz_orig.h"

FUZZ_TARGET(html)
{
	return fuzz_orig_run(data, size, "fuzz.html", iread_html);
}

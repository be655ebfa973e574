/*
 * libFuzzer harness for ita-import's OpenDocument text reader
 * (src/import/odt.c: .odt through zip.c, and flat .fodt; and the
 * document model it feeds, dm.c and the recognition of doc.h): any
 * bytes, read as an .odt or .fodt, give records or diagnostics; never a
 * crash, a hang or a leak (the run itself: fuzz_orig.h).  Bytes with a
 * NUL are the XML of content.xml and styles.xml apart by a NUL, zipped by
 * fuzz_zip_run, so that mutations reach the XML and not the zip's CRC.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include "import/import.h"	/* run.sh: links the import logic */
#include "fuzz_orig.h"

FUZZ_TARGET(odt)
{
	static const char *const parts[] = { "content.xml", "styles.xml" };

	/* a flat .fodt, else the XML of the parts zipped as an .odt */
	if (size == 0 || memchr(data, '\0', size) == NULL)
		return fuzz_orig_run(data, size, "fuzz.fodt", iread_odt);
	return fuzz_zip_run(data, size, "fuzz.odt", parts, 2, NULL, iread_odt);
}

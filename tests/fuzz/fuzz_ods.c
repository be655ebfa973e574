/*
 * libFuzzer harness for ita-import's OpenDocument spreadsheet reader
 * (src/import/ods.c, sheet.c and the document model): input without NUL
 * bytes is a flat .fods; with them, its first part is content.xml of an
 * .ods zipped by fuzz_zip_run (or an .ods itself); records or
 * diagnostics, never a crash, a hang or a leak.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include "import/import.h"	/* run.sh: links the import logic */
#include "fuzz_orig.h"

FUZZ_TARGET(ods)
{
	static const char *const parts[] = { "content.xml", "styles.xml" };

	if (size == 0 || memchr(data, '\0', size) == NULL)
		return fuzz_orig_run(data, size, "fuzz.fods", iread_ods);
	return fuzz_zip_run(data, size, "fuzz.ods", parts, 2, NULL, iread_ods);
}

/*
 * libFuzzer harness for ita-import's .xlsx reader (src/import/xlsx.c,
 * sheet.c, the streaming of zip.c, and the document model): the input
 * is the XML of the first sheet, then, after NUL bytes, of the shared
 * strings, the styles, the workbook and its relations, zipped by
 * fuzz_zip_run with a workbook of one sheet when it has none (or an
 * .xlsx itself); records or diagnostics, never a crash, hang or leak.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include "import/import.h"	/* run.sh: links the import logic */
#include "fuzz_orig.h"

FUZZ_TARGET(xlsx)
{
	static const char *const parts[] = { "xl/worksheets/sheet1.xml",
	    "xl/sharedStrings.xml", "xl/styles.xml", "xl/workbook.xml",
	    "xl/_rels/workbook.xml.rels" };
	static const char *const fixed[] = { "xl/workbook.xml",
	    "<workbook><sheets><sheet name=\"a\"/></sheets></workbook>",
	    NULL };

	return fuzz_zip_run(data, size, "fuzz.xlsx", parts, 5, fixed,
	    iread_xlsx);
}

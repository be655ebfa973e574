/*
 * libFuzzer harness for ita-import's Word reader (src/import/docx.c
 * through zip.c, and the document model it feeds): the input is the XML
 * of word/document.xml, then, after NUL bytes, of numbering.xml,
 * footnotes.xml and header1.xml, zipped by fuzz_zip_run (or a .docx
 * itself); it gives records or diagnostics, never a crash, a hang or a
 * leak.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include "import/import.h"	/* run.sh: links the import logic */
#include "fuzz_orig.h"

FUZZ_TARGET(docx)
{
	static const char *const parts[] = { "word/document.xml",
	    "word/numbering.xml", "word/footnotes.xml", "word/header1.xml" };

	return fuzz_zip_run(data, size, "fuzz.docx", parts, 4, NULL,
	    iread_docx);
}

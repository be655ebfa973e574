/*
 * libFuzzer harness for ita-import's header synonym files (--synonyms,
 * ITA_SYNONYMS): any bytes as a synonym file give entries or diagnostics;
 * every entry loaded is found again by its own words.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <string.h>

#include "fuzz.h"
#include "import/import.h"

FUZZ_TARGET(synonyms)
{
	static struct fuzz_file f;
	struct syntab syn;
	struct ita_diag d;
	enum tkind hint;
	size_t i;

	if (fuzz_file_put(&f, data, size) == -1)
		return 0;
	ita_diag_init(&d, "fuzz");
	d.err = fuzz_sink();
	memset(&syn, 0, sizeof(syn));
	(void)isyn_load(&syn, f.path, 1, &d);
	for (i = 0; i < syn.n; i++)
		(void)isyn_lookup(&syn, syn.v[i].key, strlen(syn.v[i].key),
		    &hint);
	if (size > 0)
		(void)isyn_lookup(&syn, (const char *)data, size, &hint);
	isyn_free(&syn);
	ita_diag_free(&d);
	return 0;
}

/*
 * libFuzzer harness for the XML reader alone: the bytes follow the start
 * of a stream document, so every input exercises records, columns,
 * entities, DOCTYPE refusal, truncation and bad UTF-8 inside the document.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#define FUZZ_FORM_PREFIX "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" \
	"<ita xmlns=\"urn:x-ita-tools:stream:1\" version=\"1\">\n"
#define FUZZ_FORM_NAME xml
#include "fuzz_form.h"

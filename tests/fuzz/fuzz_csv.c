/*
 * libFuzzer harness for the CSV reader alone: the bytes follow a header
 * line that makes the stream CSV, so every input exercises quoting,
 * multi-line fields, CR and CRLF ends, and rows of the wrong width.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#define FUZZ_FORM_PREFIX "ita,kind,id,title,period_text,status\n"
#define FUZZ_FORM_NAME csv
#include "fuzz_form.h"

/*
 * libFuzzer harness for the TSV reader alone: the bytes follow a header
 * line that makes the stream TSV, so every input exercises the escapes
 * (\t \n \r \\), rows of the wrong width and bad escapes.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#define FUZZ_FORM_PREFIX "ita\tkind\tid\ttitle\tperiod_text\tstatus\n"
#define FUZZ_FORM_NAME tsv
#include "fuzz_form.h"

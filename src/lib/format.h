/*
 * The forms of the record stream (ita(5)): what the reader detects and
 * the writer and -f name; apart from the option tables so that the I/O
 * layer need not see them.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#ifndef ITA_FORMAT_H
#define ITA_FORMAT_H

enum ita_format {
	ITA_FMT_CSV = 0,
	ITA_FMT_TSV,
	ITA_FMT_XML,
	ITA_FMT_JSONL
};

#endif

/*
 * Raw rows of CSV (rows.h): the stream reader's CSV scanner, its rows
 * handed out as they are.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <stdlib.h>
#include <string.h>

#include "read.h"
#include "rows.h"
#include "utf8.h"

void
ita_rd_check_nul(struct ita_input *in, const char *s, size_t len)
{
	const char *z;
	struct ita_loc l;

	if ((z = memchr(s, '\0', len)) == NULL)
		return;
	l = ita_rd_here(in, in->lines.lineno,
	    ita_utf8_column(s, (size_t)(z - s)));
	ita_diag_at(in->d, &l, ITA_SEV_ERROR, "input.nul", NULL,
	    "input holds a NUL byte; row skipped");
	in->cur.bad = 1;
}

struct ita_input *
ita_rows_adopt(struct ita_lines *l, ita_rows_conv conv, void *ctx,
    struct ita_diag *d)
{
	struct ita_input *in;

	if ((in = ita_input_adopt(l, d)) == NULL)
		return NULL;
	in->adopted = 0;
	in->open = 1;
	in->fmt = ITA_FMT_CSV;
	in->raw = 1;
	in->conv = conv;
	in->conv_ctx = ctx;
	if (ita_rd_csv_start(in) == -1) {
		ita_diag_sys(d, "%s", in->lines.name);
		ita_input_free(in);
		return NULL;
	}
	return in;
}

int
ita_rows_next(struct ita_input *in, char ***fields, size_t **lens,
    size_t *n, unsigned long *line)
{
	size_t *nl, i;
	int r;

	ita_rd_row_free(&in->taken);
	for (;;) {
		if (in->rows_done)
			return 0;
		if ((r = ita_rd_csv_feed(in)) <= 0) {
			in->rows_done = 1;
			return r;
		}
		in->taken = in->queue[in->qhead++];
		if (in->taken.bad == 0)
			break;
		ita_rd_row_free(&in->taken);	/* reported */
	}
	if ((nl = realloc(in->rowlen, (in->taken.n + 1) *
	    sizeof(*nl))) == NULL) {
		ita_diag_sys(in->d, "%s", in->lines.name);
		return -1;
	}
	in->rowlen = nl;
	for (i = 0; i < in->taken.n; i++)
		nl[i] = strlen(in->taken.f[i]);
	*fields = in->taken.f;
	*lens = nl;
	*n = in->taken.n;
	*line = in->taken.line;
	return 1;
}

unsigned long
ita_rows_lineno(const struct ita_input *in)
{
	return in->lines.lineno;
}

void
ita_rows_free(struct ita_input *in)
{
	if (in == NULL)
		return;
	ita_rd_row_free(&in->taken);
	free(in->rowlen);
	ita_input_free(in);
}

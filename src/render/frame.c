/*
 * Document frames (templates) for html and fodt: a file split at
 * {{body}}, with {{lang}} and {{title}} filled in.  Offices adapt the
 * defaults in share/ita/templates/ (see ita-render(1)).
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "render.h"

static char *
slurp(const char *path)
{
	struct ita_buf b = ITA_BUF_INIT;
	char chunk[8192];
	size_t n;
	FILE *fp;
	int saved;

	if ((fp = fopen(path, "r")) == NULL)
		return NULL;
	while ((n = fread(chunk, 1, sizeof(chunk), fp)) > 0)
		if (ita_buf_add(&b, chunk, n) == -1)
			break;
	if (ferror(fp) || n > 0) {
		saved = errno ? errno : EIO;
		fclose(fp);
		ita_buf_free(&b);
		errno = saved;
		return NULL;
	}
	fclose(fp);
	if (ita_buf_adds(&b, "") == -1) {
		ita_buf_free(&b);
		return NULL;
	}
	return ita_buf_take(&b);
}

int
rframe_load(struct rframe *fr, const char *path)
{
	char *all, *mark;

	fr->head = fr->tail = NULL;
	if ((all = slurp(path)) == NULL)
		return -1;
	if ((mark = strstr(all, "{{body}}")) == NULL) {
		free(all);
		return -2;
	}
	if ((fr->tail = strdup(mark + strlen("{{body}}"))) == NULL) {
		free(all);
		return -1;
	}
	*mark = '\0';
	fr->head = all;
	return 0;
}

int
rframe_fill(struct ita_buf *b, const char *part, const struct ropts *o,
    const char *title_escaped)
{
	const char *p, *q, *digits;
	int rc = 0;

	if (o->fmt == RFMT_FODT)
		digits = o->thai_digits ? "๑" : "1";
	else
		digits = o->thai_digits ? "thai" : "decimal";
	for (p = part; (q = strstr(p, "{{")) != NULL; p = q) {
		rc |= ita_buf_add(b, p, (size_t)(q - p));
		if (strncmp(q, "{{lang}}", 8) == 0) {
			rc |= ita_buf_adds(b, o->lang == ITA_LANG_TH ? "th" :
			    "en");
			q += 8;
		} else if (strncmp(q, "{{title}}", 9) == 0) {
			rc |= ita_buf_adds(b, title_escaped);
			q += 9;
		} else if (strncmp(q, "{{page-digits}}", 15) == 0) {
			rc |= ita_buf_adds(b, digits);
			q += 15;
		} else {
			rc |= ita_buf_add(b, q, 2);
			q += 2;
		}
	}
	rc |= ita_buf_adds(b, p);
	return rc ? -1 : 0;
}

void
rframe_free(struct rframe *fr)
{
	free(fr->head);
	free(fr->tail);
	fr->head = fr->tail = NULL;
}

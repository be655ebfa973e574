/*
 * The page image of a scan, to read what OCR cannot: whether a checkbox
 * is ticked.  Tesseract reads ☐ and ☑ alike (as "[7", "[]", "O" or not
 * at all), so the boxes are found in the image itself: a dark outline,
 * square, of about a letter's size; ticked when there is ink inside it.
 * The image is the PGM (or PPM) that pdftoppm made for tesseract, or the
 * one an hOCR file names; it may be of another resolution than the word
 * boxes (it is scaled).  Only netpbm's binary forms are read (P5, P6).
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "pdf.h"

#define MAXPIXELS	(64UL * 1024 * 1024)	/* 600 dpi A3 and more */
#define TICKED		0.04	/* of the inside dark: a tick */

void
ipdf_raster_free(struct pdf_raster *r)
{
	free(r->px);
	memset(r, 0, sizeof(*r));
}

/* A number of a netpbm header, comments and white space before it. */
static int
pnm_num(const unsigned char *b, size_t n, size_t *at, unsigned long *out)
{
	size_t i = *at;
	unsigned long v = 0;
	int digits = 0;

	for (;;) {
		while (i < n && strchr(" \t\r\n\v\f", b[i]) != NULL && b[i])
			i++;
		if (i < n && b[i] == '#') {
			while (i < n && b[i] != '\n')
				i++;
			continue;
		}
		break;
	}
	for (; i < n && b[i] >= '0' && b[i] <= '9'; i++, digits++) {
		if (v > 100000000UL)
			return -1;
		v = v * 10 + (b[i] - '0');
	}
	if (digits == 0)
		return -1;
	*at = i;
	*out = v;
	return 0;
}

int
ipdf_raster_parse(struct pdf_raster *r, const unsigned char *b, size_t n)
{
	unsigned long w, h, max, np;
	size_t at = 2, bpp, i, need;
	int color;

	memset(r, 0, sizeof(*r));
	if (n < 3 || b[0] != 'P' || (b[1] != '5' && b[1] != '6'))
		return 1;
	color = b[1] == '6';
	if (pnm_num(b, n, &at, &w) == -1 || pnm_num(b, n, &at, &h) == -1 ||
	    pnm_num(b, n, &at, &max) == -1 || at >= n ||
	    strchr(" \t\r\n\v\f", b[at]) == NULL || b[at] == '\0')
		return 1;
	at++;
	if (w == 0 || h == 0 || max == 0 || max > 65535 ||
	    w > MAXPIXELS / h)
		return 1;
	np = w * h;
	bpp = (max > 255 ? 2 : 1) * (color ? 3 : 1);
	need = (size_t)np * bpp;
	if (n - at < need)
		return 1;	/* cut short */
	if ((r->px = malloc(np)) == NULL)
		return -1;
	r->w = (unsigned)w;
	r->h = (unsigned)h;
	for (i = 0; i < np; i++) {
		const unsigned char *p = b + at + i * bpp;
		unsigned long v;

		if (color && bpp == 3)
			v = (299UL * p[0] + 587UL * p[1] + 114UL * p[2]) / 1000;
		else if (color)
			v = (299UL * (p[0] << 8 | p[1]) + 587UL * (p[2] << 8 |
			    p[3]) + 114UL * (p[4] << 8 | p[5])) / 1000;
		else if (bpp == 2)
			v = (unsigned long)p[0] << 8 | p[1];
		else
			v = p[0];
		if (v > max)
			v = max;
		r->px[i] = (unsigned char)(v * 255 / max);
	}
	return 0;
}

int
ipdf_raster_load(struct pdf_raster *r, const char *path)
{
	struct stat st;
	unsigned char *b;
	size_t got = 0;
	ssize_t k;
	int fd, rc, e;

	memset(r, 0, sizeof(*r));
	/* not a FIFO or a device that an hOCR file could name */
	if ((fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)) == -1)
		return -1;
	if (fstat(fd, &st) == -1 || !S_ISREG(st.st_mode) ||
	    (unsigned long long)st.st_size > 6ULL * MAXPIXELS + 4096) {
		e = errno;
		close(fd);
		errno = S_ISREG(st.st_mode) ? EFBIG : e ? e : EINVAL;
		return 1;
	}
	if ((b = malloc((size_t)st.st_size + 1)) == NULL) {
		close(fd);
		return -1;
	}
	while (got < (size_t)st.st_size &&
	    (k = read(fd, b + got, (size_t)st.st_size - got)) != 0) {
		if (k == -1) {
			if (errno == EINTR)
				continue;
			e = errno;
			free(b);
			close(fd);
			errno = e;
			return -1;
		}
		got += (size_t)k;
	}
	close(fd);
	rc = ipdf_raster_parse(r, b, got);
	free(b);
	return rc;
}

int
ipdf_raster_save(const struct pdf_raster *r, const struct pdf_rect *rect,
    const char *path)
{
	struct pdf_rect all = { 0, 0, r->w, r->h };
	char head[64];
	unsigned y;
	ssize_t k;
	size_t done, len;
	int fd, n, e;

	if (rect == NULL)
		rect = &all;
	if (rect->x1 > r->w || rect->y1 > r->h || rect->x0 >= rect->x1 ||
	    rect->y0 >= rect->y1) {
		errno = EINVAL;
		return -1;
	}
	if ((fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC,
	    0600)) == -1)
		return -1;
	n = snprintf(head, sizeof(head), "P5\n%u %u\n255\n",
	    rect->x1 - rect->x0, rect->y1 - rect->y0);
	if (write(fd, head, (size_t)n) != n)
		goto fail;
	len = rect->x1 - rect->x0;
	for (y = rect->y0; y < rect->y1; y++)
		for (done = 0; done < len; done += (size_t)k) {
			k = write(fd, r->px + (size_t)y * r->w + rect->x0 + done,
			    len - done);
			if (k == -1 && errno == EINTR)
				k = 0;
			else if (k <= 0)
				goto fail;
		}
	if (close(fd) == -1)
		return -1;
	return 0;
fail:
	e = errno ? errno : EIO;
	close(fd);
	errno = e;
	return -1;
}

int
ipdf_raster_inked(const struct pdf_raster *r, const struct pdf_rect *rc)
{
	unsigned x, y, n = 0, t = 128;	/* (Otsu's of each cell: too slow) */

	for (y = rc->y0; y < rc->y1 && y < r->h; y++)
		for (x = rc->x0; x < rc->x1 && x < r->w; x++)
			if (r->px[(size_t)y * r->w + x] < t && ++n >= 8)
				return 1;
	return 0;
}

/* ---- checkboxes ---- */

/* Otsu's threshold of the page: ink below it. */
unsigned
ipdf_raster_threshold(const struct pdf_raster *r)
{
	unsigned long long hist[256], sum = 0, sumb = 0, wb = 0, wf, tot;
	double best = -1, between, mb, mf;
	size_t i, np = (size_t)r->w * r->h;
	unsigned t, at = 128;

	memset(hist, 0, sizeof(hist));
	for (i = 0; i < np; i++)
		hist[r->px[i]]++;
	for (t = 0; t < 256; t++)
		sum += t * hist[t];
	tot = np;
	for (t = 0; t < 256; t++) {
		wb += hist[t];
		if (wb == 0)
			continue;
		if ((wf = tot - wb) == 0)
			break;
		sumb += t * hist[t];
		mb = (double)sumb / (double)wb;
		mf = (double)(sum - sumb) / (double)wf;
		between = (double)wb * (double)wf * (mb - mf) * (mb - mf);
		if (between > best) {
			best = between;
			at = t + 1;
		}
	}
	if (at < 64)
		at = 64;
	if (at > 224)
		at = 224;
	return at;
}

struct cbox {
	unsigned	 x0, y0, x1, y1;	/* pixels, inclusive */
	int		 ticked;
};

/* The share of the positions along one side where the band is ink. */
static double
side_ink(const unsigned char *ink, unsigned w, unsigned a0, unsigned a1,
    unsigned b0, unsigned b1, int vertical)
{
	unsigned a, b, n = 0;

	for (a = a0; a <= a1; a++)
		for (b = b0; b <= b1; b++)
			if (vertical ? ink[(size_t)a * w + b] :
			    ink[(size_t)b * w + a]) {
				n++;
				break;
			}
	return (double)n / (a1 - a0 + 1);
}

/*
 * Whether the component with bounding box b is a checkbox: square, of
 * a letter's size, a straight dark line along each side, light inside
 * (a tick aside).  Its inside says whether it is ticked.
 */
static int
is_box(const struct pdf_raster *r, const unsigned char *ink, struct cbox *b,
    unsigned long count)
{
	unsigned bw = b->x1 - b->x0 + 1, bh = b->y1 - b->y0 + 1, t, x, y;
	unsigned long inside = 0, dark = 0;
	double side = (bw + bh) / 2.0;

	if (side < r->w / 150.0 || side > r->w / 25.0 || bw * 4 < bh * 3 ||
	    bh * 4 < bw * 3 || bw < 6 || bh < 6)
		return 0;
	/* the outline: a band a seventh of the side thick */
	t = (unsigned)(side / 7 + 0.5);
	if (t < 1)
		t = 1;
	if (count > (unsigned long)(4 * side * (t + 1.5)))
		return 0;	/* more ink than an outline: a blot, a letter */
	if (side_ink(ink, r->w, b->x0, b->x1, b->y0, b->y0 + t - 1, 0) < 0.9 ||
	    side_ink(ink, r->w, b->x0, b->x1, b->y1 - t + 1, b->y1, 0) < 0.9 ||
	    side_ink(ink, r->w, b->y0, b->y1, b->x0, b->x0 + t - 1, 1) < 0.9 ||
	    side_ink(ink, r->w, b->y0, b->y1, b->x1 - t + 1, b->x1, 1) < 0.9)
		return 0;
	/* the inside, a pixel clear of the outline */
	for (y = b->y0 + t + 1; y + t + 1 <= b->y1; y++)
		for (x = b->x0 + t + 1; x + t + 1 <= b->x1; x++) {
			inside++;
			dark += ink[(size_t)y * r->w + x] != 0;
		}
	if (inside == 0)
		return 0;
	b->ticked = (double)dark / (double)inside >= TICKED;
	return (double)dark / (double)inside < 0.6;
}

/* The checkboxes of the image; *nb of them in *out (malloc'd). */
static int
find_boxes(const struct pdf_raster *r, struct cbox **out, size_t *nb)
{
	unsigned char *ink, *seen;
	size_t np = (size_t)r->w * r->h, i, *stack = NULL, sp, scap = 0, ncap = 0;
	struct cbox b, *v = NULL, *nv;
	unsigned long count;
	unsigned t = ipdf_raster_threshold(r), x, y;
	int dx, dy, rc = -1;

	*out = NULL;
	*nb = 0;
	if ((ink = malloc(np)) == NULL)
		return -1;
	if ((seen = calloc(np, 1)) == NULL) {
		free(ink);
		return -1;
	}
	for (i = 0; i < np; i++)
		ink[i] = r->px[i] < t;
	for (i = 0; i < np; i++) {
		if (!ink[i] || seen[i])
			continue;
		/* a component, 8-connected */
		b.x0 = b.x1 = (unsigned)(i % r->w);
		b.y0 = b.y1 = (unsigned)(i / r->w);
		b.ticked = 0;
		count = 0;
		sp = 0;
		seen[i] = 1;
		if ((stack = ita_grow(stack, sp, &scap, sizeof(*stack),
		    1024)) == NULL)
			goto out;
		stack[sp++] = i;
		while (sp > 0) {
			size_t p = stack[--sp];

			x = (unsigned)(p % r->w);
			y = (unsigned)(p / r->w);
			count++;
			if (x < b.x0) b.x0 = x;
			if (x > b.x1) b.x1 = x;
			if (y < b.y0) b.y0 = y;
			if (y > b.y1) b.y1 = y;
			for (dy = -1; dy <= 1; dy++)
				for (dx = -1; dx <= 1; dx++) {
					size_t q;

					if ((dx < 0 && x == 0) || (dy < 0 &&
					    y == 0) || (dx > 0 && x + 1 >=
					    r->w) || (dy > 0 && y + 1 >= r->h))
						continue;
					q = (size_t)((long)y + dy) * r->w +
					    (size_t)((long)x + dx);
					if (!ink[q] || seen[q])
						continue;
					seen[q] = 1;
					if ((stack = ita_grow(stack, sp, &scap,
					    sizeof(*stack), 1024)) == NULL)
						goto out;
					stack[sp++] = q;
				}
		}
		if (!is_box(r, ink, &b, count))
			continue;
		if ((nv = ita_grow(v, *nb, &ncap, sizeof(*v), 16)) == NULL)
			goto out;
		v = nv;
		v[(*nb)++] = b;
	}
	rc = 0;
out:
	free(stack);
	free(ink);
	free(seen);
	if (rc == -1) {
		free(v);
		*nb = 0;
		v = NULL;
	}
	*out = v;
	return rc;
}

/* No letter of Thai in the word: "[7", "|[]", "O". */
static int
no_thai(const char *s)
{
	for (; *s; s++)
		if ((unsigned char)*s == 0xE0 && ((unsigned char)s[1] == 0xB8 ||
		    (unsigned char)s[1] == 0xB9))
			return 0;
	return 1;
}

/*
 * A word OCR made of the box itself: mostly inside its columns, or
 * partly and not Thai (a ruling line and the box read as one, "|[7").
 */
static int
box_debris(const struct pdf_page *pg, const struct pdf_word *w, double x0,
    double x1, double y0, double y1)
{
	double ov = fmin(w->x1, x1) - fmax(w->x0, x0);

	if (w->y1 < y0 || w->y0 > y1 || w->x1 <= w->x0)
		return 0;
	return ov > 0.6 * (w->x1 - w->x0) || (ov > 0.25 * (w->x1 - w->x0) &&
	    no_thai(ipdf_word_text(pg, w)));
}

int
ipdf_raster_boxes(struct pdf_page *pg, const struct pdf_raster *r,
    unsigned *nboxes, unsigned *nticked)
{
	struct cbox *v;
	size_t nb, i, k, o;
	double sx, sy, x0, x1, y0, y1, side, ly0, ly1, best;
	int rc = 0;

	*nboxes = *nticked = 0;
	if (r->px == NULL || pg->width <= 0 || pg->height <= 0)
		return 0;
	if (find_boxes(r, &v, &nb) == -1)
		return -1;
	sx = pg->width / r->w;
	sy = pg->height / r->h;
	for (i = 0; i < nb; i++) {
		x0 = v[i].x0 * sx;
		x1 = (v[i].x1 + 1) * sx;
		y0 = v[i].y0 * sy;
		y1 = (v[i].y1 + 1) * sy;
		side = x1 - x0;
		/* the words OCR made of it go; its label's line gives it
		 * its place */
		ly0 = y0;
		ly1 = y1;
		best = 1e300;
		for (k = o = 0; k < pg->n; k++) {
			struct pdf_word *w = &pg->w[k];

			if (box_debris(pg, w, x0 - 0.15 * side, x1 + 0.15 * side,
			    y0, y1))
				continue;
			if (w->y0 <= (y0 + y1) / 2 && w->y1 >= (y0 + y1) / 2 &&
			    w->x0 >= x1 - 0.2 * side && w->x0 < x1 + 3 * side &&
			    w->x0 - x1 < best) {
				best = w->x0 - x1;
				ly0 = w->y0;
				ly1 = w->y1;
			}
			pg->w[o++] = *w;
		}
		pg->n = o;
		if (ipdf_page_add(pg, x0, ly0, x1, ly1, v[i].ticked ?
		    "\xE2\x98\x91" : "\xE2\x98\x90", 3) == -1) {
			rc = -1;
			break;
		}
		(*nboxes)++;
		*nticked += v[i].ticked;
	}
	free(v);
	return rc;
}

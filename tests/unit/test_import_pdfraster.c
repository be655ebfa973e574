/*
 * Unit tests of the page images of scans, their checkboxes
 * (src/import/pdfraster.c) and ruled tables (pdfgrid.c), and of the
 * labels OCR misreads (synnear.c).
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "import/pdf.h"

static int
parse_n(const char *s, size_t n, struct pdf_raster *r)
{
	return ipdf_raster_parse(r, (const unsigned char *)s, n);
}

/* A string literal with its NULs. */
#define parse(s, r)	parse_n(s, sizeof(s) - 1, r)

static void
test_parse(void **state)
{
	struct pdf_raster r;

	(void)state;
	/* grey, with a comment; 8 and 16 bits; maxval scaled to 255 */
	assert_int_equal(parse("P5\n# made by hand\n2 1\n255\n\x00\xff", &r), 0);
	assert_int_equal(r.w, 2);
	assert_int_equal(r.h, 1);
	assert_int_equal(r.px[0], 0);
	assert_int_equal(r.px[1], 255);
	ipdf_raster_free(&r);
	assert_int_equal(parse("P5 1 1 15 \x0f", &r), 0);
	assert_int_equal(r.px[0], 255);
	ipdf_raster_free(&r);
	assert_int_equal(parse("P5 1 1 65535 \x80\x00", &r), 0);
	assert_int_equal(r.px[0], 127);
	ipdf_raster_free(&r);
	/* colour to grey: pure red is dark, white stays white */
	assert_int_equal(parse("P6 2 1 255 \xff\x00\x00\xff\xff\xff", &r),
	    0);
	assert_int_equal(r.px[0], 76);
	assert_int_equal(r.px[1], 255);
	ipdf_raster_free(&r);
	/* not a binary PGM or PPM, cut short, too big, zero */
	assert_int_equal(parse("\x89PNG\r\n", &r), 1);
	assert_int_equal(parse("P2 1 1 255 0", &r), 1);
	assert_int_equal(parse("P5 2 2 255 \x00\x00\x00", &r), 1);
	assert_int_equal(parse("P5 100000 100000 255 ", &r), 1);
	assert_int_equal(parse("P5 0 1 255 ", &r), 1);
	assert_int_equal(parse("P5 1 1 0 \x00", &r), 1);
	assert_int_equal(parse("P5 1 1 255", &r), 1);
	assert_null(r.px);
}

#define W 600
#define H 300

static void
rect(struct pdf_raster *r, unsigned x0, unsigned y0, unsigned x1, unsigned y1)
{
	unsigned x, y;

	for (y = y0; y <= y1; y++)
		for (x = x0; x <= x1; x++)
			r->px[y * r->w + x] = 20;
}

/* An outline of a square, side s, line t thick. */
static void
outline(struct pdf_raster *r, unsigned x, unsigned y, unsigned s, unsigned t)
{
	rect(r, x, y, x + s - 1, y + t - 1);
	rect(r, x, y + s - t, x + s - 1, y + s - 1);
	rect(r, x, y, x + t - 1, y + s - 1);
	rect(r, x + s - t, y, x + s - 1, y + s - 1);
}

static void
add(struct pdf_page *pg, double x0, double x1, const char *s)
{
	assert_int_equal(ipdf_page_add(pg, x0, 180, x1, 230, s, strlen(s)), 0);
}

static int
has_word(const struct pdf_page *pg, const char *s, double *x0)
{
	size_t i;

	for (i = 0; i < pg->n; i++)
		if (strcmp(ipdf_word_text(pg, &pg->w[i]), s) == 0) {
			if (x0)
				*x0 = pg->w[i].x0;
			return 1;
		}
	return 0;
}

/*
 * On a white page of 600 x 300 pixels (the words' page is twice as
 * big): an empty box, a ticked one, a filled square, a ring of a
 * letter's size, a ruling line, a box too big; only the two boxes count,
 * and the debris OCR made of them goes.
 */
static void
test_boxes(void **state)
{
	struct pdf_raster r;
	struct pdf_page pg;
	unsigned nb, nt, i;
	double x;

	(void)state;
	r.w = W;
	r.h = H;
	r.px = malloc(W * H);
	assert_non_null(r.px);
	memset(r.px, 250, W * H);
	outline(&r, 100, 100, 12, 1);		/* ☐ */
	outline(&r, 200, 100, 12, 1);		/* ☑ */
	for (i = 0; i < 6; i++)
		r.px[(104 + i) * W + 203 + i] = 30;
	rect(&r, 300, 100, 311, 111);		/* ■: not a box */
	for (i = 0; i < 40; i++) {		/* a ring */
		double a = i * 3.14159265 / 20;
		r.px[(unsigned)(105 + 5 * sin(a)) * W +
		    (unsigned)(405 + 5 * cos(a))] = 20;
	}
	rect(&r, 10, 200, 590, 201);		/* a ruling line */
	outline(&r, 480, 30, 60, 2);		/* bigger than a letter */
	ipdf_page_init(&pg);
	pg.width = 2 * W;
	pg.height = 2 * H;
	pg.ocr = 1;
	add(&pg, 196, 226, "[7");		/* the empty box read as text */
	add(&pg, 240, 300, "ยังไม่ได้");
	add(&pg, 404, 424, "|");		/* the ticked one, and a rule */
	add(&pg, 380, 396, "|");
	add(&pg, 440, 560, "ดำเนินการแล้ว");
	assert_int_equal(ipdf_raster_boxes(&pg, &r, &nb, &nt), 0);
	assert_int_equal(nb, 2);
	assert_int_equal(nt, 1);
	assert_false(has_word(&pg, "[7", NULL));
	assert_true(has_word(&pg, "|", &x));	/* the rule before it */
	assert_true(x < 390);
	assert_true(has_word(&pg, "\xE2\x98\x90", &x));
	assert_true(x >= 199 && x <= 201);
	assert_true(has_word(&pg, "\xE2\x98\x91", &x));
	assert_true(x >= 399 && x <= 401);
	assert_true(has_word(&pg, "ยังไม่ได้", NULL));
	/* the box on its label's line */
	for (i = 0; i < pg.n; i++)
		if (strcmp(ipdf_word_text(&pg, &pg.w[i]),
		    "\xE2\x98\x91") == 0) {
			assert_true(pg.w[i].y0 == 180 && pg.w[i].y1 == 230);
		}
	ipdf_page_free(&pg);
	/* no image, or a page of no size: nothing */
	ipdf_page_init(&pg);
	assert_int_equal(ipdf_raster_boxes(&pg, &r, &nb, &nt), 0);
	assert_int_equal(nb, 0);
	ipdf_page_free(&pg);
	ipdf_raster_free(&r);
}

static const char *
label(const char *s, size_t *used)
{
	return iocr_near_label(s, strlen(s), used);
}

/* The status phrases as OCR misreads them, and what is not one. */
static void
test_labels(void **state)
{
	size_t used;

	(void)state;
	assert_string_equal(label("ยังไมได้ด๋าเนินการ", &used),
	    "ยังไม่ได้ดำเนินการ");
	assert_int_equal(used, strlen("ยังไมได้ด๋าเนินการ"));
	assert_string_equal(label("ดำเนินการแล้ว", &used), "ดำเนินการแล้ว");
	assert_string_equal(label("อยู่ระหว่างดําเนินการ", &used),
	    "อยู่ระหว่างดำเนินการ");
	/* text after the phrase is left after it */
	assert_string_equal(label("ยังไมได้ดำเนินการทศบาล|", &used),
	    "ยังไม่ได้ดำเนินการ");
	assert_int_equal(used, strlen("ยังไมได้ดำเนินการ"));
	assert_null(label("กองคลัง", &used));
	assert_null(label("", &used));
}


/*
 * A ruled table on a white page of 1200 x 900 pixels: three columns
 * (edges at x 100, 400, 700, 1000) and three rows (edges at y 100, 200,
 * 300, 400), rules 3 pixels thick; the two top right cells are one (no
 * rule at x 700 in row 0), the left column's two lower cells are one (no
 * rule at y 300 in column 0).  A letter's stroke hangs from a rule (no
 * edge), a blob of ink sits in a cell.  The grid, its cells and the
 * erasing of its rules.
 */
static void
ruled_page(struct pdf_raster *r)
{
	unsigned e;

	r->w = 1200;
	r->h = 900;
	assert_non_null(r->px = malloc((size_t)r->w * r->h));
	memset(r->px, 255, (size_t)r->w * r->h);
	for (e = 100; e <= 400; e += 100)	/* the rows' edges */
		if (e == 300) {
			rect(r, 400, e, 1002, e + 2);	/* not over column 0 */
		} else
			rect(r, 100, e, 1002, e + 2);
	rect(r, 100, 100, 102, 402);
	rect(r, 400, 100, 402, 402);
	rect(r, 700, 200, 702, 402);		/* not beside row 0 */
	rect(r, 1000, 100, 1002, 402);
	rect(r, 550, 203, 553, 260);		/* a stroke from a rule */
	rect(r, 150, 250, 180, 280);		/* a letter */
}

static void
test_grid(void **state)
{
	struct pdf_raster r;
	struct pdf_page pg;
	struct pdf_rect *cells, *tabs;
	size_t nc, nt, i;
	const struct pdf_grid *g;

	(void)state;
	ruled_page(&r);
	ipdf_page_init(&pg);
	pg.width = 600;				/* the words' units: half */
	pg.height = 450;
	assert_int_equal(ipdf_raster_grids(&pg, &r), 0);
	assert_int_equal(pg.ngrid, 1);
	g = &pg.grid[0];
	assert_int_equal(g->nx, 4);
	assert_int_equal(g->ny, 4);
	assert_true(fabs(g->xs[0] - 50.75) < 1.01);
	assert_true(fabs(g->xs[2] - 350.75) < 1.01);
	assert_true(fabs(g->ys[3] - 200.75) < 1.01);
	assert_false(g->vrule[0 * 4 + 2]);	/* row 0: two cells as one */
	assert_true(g->vrule[1 * 4 + 2]);
	assert_false(g->hrule[2 * 3 + 0]);	/* column 0: rows 1, 2 one */
	assert_true(g->hrule[2 * 3 + 1]);
	ipdf_page_free(&pg);

	assert_int_equal(ipdf_raster_cells(&r, &cells, &nc, &tabs, &nt), 0);
	assert_int_equal(nt, 1);
	assert_int_equal(tabs[0].x0, 101);
	assert_int_equal(tabs[0].y1, 401);
	/* row 0: 2 cells; row 1: 3; row 2: 2 (column 0 is row 1's) */
	assert_int_equal(nc, 7);
	for (i = 0; i < nc; i++)
		assert_true(cells[i].x0 < cells[i].x1 &&
		    cells[i].y0 < cells[i].y1);
	assert_true(cells[1].x0 > 400 && cells[1].x1 > 900);
	free(cells);
	free(tabs);

	/* the rules go; the stroke and the letter stay */
	assert_int_equal(ipdf_raster_unrule(&r), 0);
	assert_int_equal(r.px[100 * r.w + 500], 255);
	assert_int_equal(r.px[300 * r.w + 401], 255);
	assert_int_equal(r.px[240 * r.w + 551], 20);
	assert_int_equal(r.px[260 * r.w + 160], 20);
	assert_int_equal(ipdf_raster_cells(&r, &cells, &nc, &tabs, &nt), 0);
	assert_int_equal(nt, 0);
	free(cells);
	free(tabs);
	ipdf_raster_free(&r);
}

/* No table on a page of words, a lone rule or a box. */
static void
test_no_grid(void **state)
{
	struct pdf_raster r;
	struct pdf_page pg;

	(void)state;
	r.w = 1200;
	r.h = 900;
	assert_non_null(r.px = malloc((size_t)r.w * r.h));
	memset(r.px, 255, (size_t)r.w * r.h);
	rect(&r, 100, 100, 1000, 102);		/* an underline */
	outline(&r, 200, 300, 40, 3);		/* a checkbox */
	ipdf_page_init(&pg);
	pg.width = 1200;
	pg.height = 900;
	assert_int_equal(ipdf_raster_grids(&pg, &r), 0);
	assert_int_equal(pg.ngrid, 0);
	assert_int_equal(ipdf_raster_unrule(&r), 0);
	assert_int_equal(r.px[101 * r.w + 500], 20);	/* not a table's */
	ipdf_page_free(&pg);
	ipdf_raster_free(&r);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_parse),
		cmocka_unit_test(test_boxes),
		cmocka_unit_test(test_grid),
		cmocka_unit_test(test_no_grid),
		cmocka_unit_test(test_labels),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

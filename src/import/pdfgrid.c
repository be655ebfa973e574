/*
 * The ruled tables of a scanned page, from its image.  Tesseract reads a
 * table's text but not its cells: the words of a cell set at three
 * heights, lines wrapped inside cells and centred rows all look alike in
 * its word boxes.  The ruling lines that offices print around every cell
 * say where each cell is, so they are found in the image: long thin runs
 * of ink, horizontal and vertical, that cross each other.  The rules that
 * touch form a table; the distinct places of its vertical rules are the
 * edges of its columns, those of its horizontal rules the edges of its
 * rows; an edge missing between two cells merges them.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "pdf.h"

#define MAXRULES	4096	/* of one direction on a page */
#define MAXEDGES	64	/* column or row edges of one table */
#define COVERED		0.8	/* of a cell's side, for a rule to bound it */
#define MAXOPEN		512	/* rules open on one line */

struct rule {
	unsigned	 at;		/* y of a horizontal rule, x of a vertical */
	unsigned	 a0, a1;	/* its extent along the rule, inclusive */
	unsigned	 t0, t1;	/* its thickness: rows or columns */
	size_t		 set;		/* union-find: the table it is in */
};

struct rules {
	struct rule	*v;
	size_t		 n, cap;
};

static size_t
set_of(struct rule *h, size_t nh, struct rule *v, size_t i)
{
	struct rule *r = i < nh ? &h[i] : &v[i - nh];

	while (r->set != i) {
		i = r->set;
		r = i < nh ? &h[i] : &v[i - nh];
	}
	return i;
}

/* Adds the run a0..a1 of line l to the rule open from the line before that
 * it overlaps, or as a new rule; open and nopen: the rules line l - 1
 * had, next and *nnext: those line l has. */
static int
add_run(struct rules *out, unsigned l, unsigned a0, unsigned a1,
    const size_t *open, size_t nopen, size_t *next, size_t *nnext)
{
	struct rule *nr;
	size_t k;

	for (k = 0; k < nopen; k++) {
		struct rule *ru = &out->v[open[k]];

		if (a0 <= ru->a1 && a1 >= ru->a0) {
			if (ru->t1 != l) {
				ru->t1 = l;
				if (*nnext < MAXOPEN)
					next[(*nnext)++] = open[k];
			}
			if (a0 < ru->a0)
				ru->a0 = a0;
			if (a1 > ru->a1)
				ru->a1 = a1;
			return 0;
		}
	}
	if (out->n >= MAXRULES || *nnext >= MAXOPEN)
		return 0;
	if ((nr = ita_grow(out->v, out->n, &out->cap, sizeof(*nr),
	    64)) == NULL)
		return -1;
	out->v = nr;
	nr = &out->v[out->n];
	memset(nr, 0, sizeof(*nr));
	nr->a0 = a0;
	nr->a1 = a1;
	nr->t0 = nr->t1 = l;
	next[(*nnext)++] = out->n++;
	return 0;
}

/*
 * The rules of one direction: runs of ink at least min long (gaps of two
 * pixels, from the scan, bridged), joined with the runs of the next row
 * or column they overlap; thicker than maxt: a block of ink, not a rule.
 */
static int
find_rules(const struct pdf_raster *r, unsigned t, int vertical,
    unsigned min, unsigned maxt, struct rules *out)
{
	unsigned lines = vertical ? r->w : r->h, len = vertical ? r->h : r->w;
	unsigned l, a, start, last;
	size_t open[MAXOPEN], next[MAXOPEN], nopen = 0, nnext, i, k;

#define INK(a)	(r->px[vertical ? (size_t)(a) * r->w + l : \
		    (size_t)l * r->w + (a)] < t)
	out->n = 0;
	for (l = 0; l < lines; l++) {
		nnext = 0;
		for (a = 0; a < len; a = last + 1) {
			while (a < len && !INK(a))
				a++;
			if (a >= len)
				break;
			for (start = last = a++; a < len && a - last <= 2; a++)
				if (INK(a))
					last = a;
			if (last - start + 1 >= min && add_run(out, l, start,
			    last, open, nopen, next, &nnext) == -1)
				return -1;
		}
		memcpy(open, next, nnext * sizeof(*next));
		nopen = nnext;
	}
#undef INK
	/* too thick: a block; the place of a rule: its middle */
	for (i = k = 0; i < out->n; i++) {
		struct rule ru = out->v[i];

		if (ru.t1 - ru.t0 + 1 > maxt)
			continue;
		ru.at = (ru.t0 + ru.t1) / 2;
		out->v[k++] = ru;
	}
	out->n = k;
	return 0;
}

static int
cmp_uns(const void *a, const void *b)
{
	unsigned x = *(const unsigned *)a, y = *(const unsigned *)b;

	return x < y ? -1 : x > y;
}

/* The places of rules, those within tol of each other as one: how many. */
static size_t
edges(unsigned *at, size_t n, unsigned tol)
{
	size_t i, o = 0, run = 0;
	unsigned long sum = 0;

	qsort(at, n, sizeof(*at), cmp_uns);
	for (i = 0; i <= n; i++) {
		if (i < n && run > 0 && at[i] - at[i - 1] <= tol) {
			sum += at[i];
			run++;
			continue;
		}
		if (run > 0)
			at[o++] = (unsigned)(sum / run);
		if (i < n) {
			sum = at[i];
			run = 1;
		}
	}
	return o;
}

/* The share of a0..a1 that the rules of set s at place p cover. */
static double
cover(const struct rule *v, size_t n, const size_t *sets, size_t s,
    unsigned p, unsigned tol, long a0, long a1)
{
	unsigned long got = 0;
	long lo, hi;
	size_t i;

	for (i = 0; i < n; i++) {
		if (sets[i] != s || v[i].at + tol < p || v[i].at > p + tol)
			continue;
		lo = (long)v[i].a0 > a0 ? (long)v[i].a0 : a0;
		hi = (long)v[i].a1 < a1 ? (long)v[i].a1 : a1;
		if (hi > lo)
			got += (unsigned long)(hi - lo);
	}
	return a1 > a0 ? (double)got / (a1 - a0) : 0;
}

/* Drops edge e of n (and what depends on it): the new count. */
static size_t
drop_edge(unsigned *at, size_t n, size_t e)
{
	memmove(&at[e], &at[e + 1], (n - e - 1) * sizeof(*at));
	return n - 1;
}

/*
 * Drops the first of the *n edges at[] that the rules of set s (of one
 * direction) bound no cell along four fifths of its side at, the cells
 * lying between the edges across[] of the other direction: 1 if one
 * went.
 */
static int
drop_unbounding(const struct rules *R, const size_t *sets, size_t s,
    unsigned tol, unsigned *at, size_t *n, const unsigned *across,
    size_t nacross)
{
	size_t e, k;

	for (e = 0; e < *n; e++) {
		for (k = 0; k + 1 < nacross; k++)
			if (cover(R->v, R->n, sets, s, at[e], tol,
			    (long)across[k] + tol, (long)across[k + 1] - tol) >=
			    COVERED)
				break;
		if (k + 1 >= nacross) {
			*n = drop_edge(at, *n, e);
			return 1;
		}
	}
	return 0;
}

/*
 * The grid of the table of set s: edges where rules bound at least one
 * cell along its whole side (a letter's stroke that touches a rule bounds
 * none), then which sides of which cells are ruled.
 */
static int
make_grid(const struct rules *H, const size_t *hs, const struct rules *V,
    const size_t *vs, size_t s, unsigned tol, struct pdf_grid *g)
{
	unsigned xs[MAXRULES], ys[MAXRULES];
	size_t nx = 0, ny = 0, i, r, c;
	int changed;

	for (i = 0; i < V->n && nx < MAXRULES; i++)
		if (vs[i] == s)
			xs[nx++] = V->v[i].at;
	for (i = 0; i < H->n && ny < MAXRULES; i++)
		if (hs[i] == s)
			ys[ny++] = H->v[i].at;
	nx = edges(xs, nx, tol);
	ny = edges(ys, ny, tol);
	do {
		changed = drop_unbounding(V, vs, s, tol, xs, &nx, ys, ny) ||
		    drop_unbounding(H, hs, s, tol, ys, &ny, xs, nx);
	} while (changed && nx >= 2 && ny >= 2);
	if (nx < 3 || ny < 3 || nx > MAXEDGES || ny > MAXRULES)
		return 0;	/* not a table of two columns and two rows */
	memset(g, 0, sizeof(*g));
	if ((g->xs = reallocarray(NULL, nx, sizeof(*g->xs))) == NULL ||
	    (g->ys = reallocarray(NULL, ny, sizeof(*g->ys))) == NULL ||
	    (g->vrule = calloc((ny - 1) * nx, 1)) == NULL ||
	    (g->hrule = calloc(ny * (nx - 1), 1)) == NULL) {
		ipdf_grid_free(g);
		return -1;
	}
	g->nx = nx;
	g->ny = ny;
	for (c = 0; c < nx; c++)
		g->xs[c] = xs[c];
	for (r = 0; r < ny; r++)
		g->ys[r] = ys[r];
	for (r = 0; r + 1 < ny; r++)
		for (c = 0; c < nx; c++)
			g->vrule[r * nx + c] = cover(V->v, V->n, vs, s, xs[c],
			    tol, (long)ys[r] + tol, (long)ys[r + 1] - tol) >= COVERED;
	for (r = 0; r < ny; r++)
		for (c = 0; c + 1 < nx; c++)
			g->hrule[r * (nx - 1) + c] = cover(H->v, H->n, hs, s,
			    ys[r], tol, (long)xs[c] + tol, (long)xs[c + 1] - tol) >= COVERED;
	return 1;
}

void
ipdf_grid_free(struct pdf_grid *g)
{
	free(g->xs);
	free(g->ys);
	free(g->vrule);
	free(g->hrule);
	memset(g, 0, sizeof(*g));
}

void
ipdf_page_grids_free(struct pdf_page *pg)
{
	size_t i;

	for (i = 0; i < pg->ngrid; i++)
		ipdf_grid_free(&pg->grid[i]);
	free(pg->grid);
	pg->grid = NULL;
	pg->ngrid = 0;
}

/* The grid's edges in the page's units (word boxes), from pixels. */
static void
scale_grid(struct pdf_grid *g, double sx, double sy)
{
	size_t i;

	for (i = 0; i < g->nx; i++)
		g->xs[i] = (g->xs[i] + 0.5) * sx;
	for (i = 0; i < g->ny; i++)
		g->ys[i] = (g->ys[i] + 0.5) * sy;
}

/* The rules and the tables of an image, in pixels. */
struct found {
	struct rules	 H, V;
	size_t		*hs, *vs;	/* the set of each rule */
	unsigned	 tol;
	struct pdf_grid	*g;
	size_t		*gset;		/* the set of each table */
	size_t		 ng, cap;
};

static void
found_free(struct found *f)
{
	size_t i;

	free(f->H.v);
	free(f->V.v);
	free(f->hs);
	free(f->vs);
	for (i = 0; i < f->ng; i++)
		ipdf_grid_free(&f->g[i]);
	free(f->g);
	free(f->gset);
	memset(f, 0, sizeof(*f));
}

/* Rules that cross or touch are of one set: hs and vs. */
static int
join_rules(struct found *f)
{
	struct rules *H = &f->H, *V = &f->V;
	size_t i, j, a, b;

	if ((f->hs = reallocarray(NULL, H->n, sizeof(*f->hs))) == NULL ||
	    (f->vs = reallocarray(NULL, V->n, sizeof(*f->vs))) == NULL)
		return -1;
	for (i = 0; i < H->n; i++)
		H->v[i].set = i;
	for (j = 0; j < V->n; j++)
		V->v[j].set = H->n + j;
	for (i = 0; i < H->n; i++)
		for (j = 0; j < V->n; j++) {
			const struct rule *h = &H->v[i], *v = &V->v[j];

			if (v->at + f->tol < h->a0 || v->at > h->a1 + f->tol ||
			    h->at + f->tol < v->a0 || h->at > v->a1 + f->tol)
				continue;
			a = set_of(H->v, H->n, V->v, i);
			b = set_of(H->v, H->n, V->v, H->n + j);
			if (a == b)
				continue;
			if (b < H->n)
				H->v[b].set = a;
			else
				V->v[b - H->n].set = a;
		}
	for (i = 0; i < H->n; i++)
		f->hs[i] = set_of(H->v, H->n, V->v, i);
	for (j = 0; j < V->n; j++)
		f->vs[j] = set_of(H->v, H->n, V->v, H->n + j);
	return 0;
}

static int
find_tables(const struct pdf_raster *r, struct found *f)
{
	/* a rule: longer than a thirtieth of the page across, a seventieth
	 * down; from a hair's thickness to a few points */
	unsigned t, maxt = r->w / 150 > 4 ? r->w / 150 : 4;
	struct pdf_grid g, *ng;
	size_t i, *ns, gcap = 0;
	int k;

	memset(f, 0, sizeof(*f));
	if (r->px == NULL || r->w < 100 || r->h < 100)
		return 0;
	t = ipdf_raster_threshold(r);
	f->tol = r->w / 400 > 3 ? r->w / 400 : 3;
	if (find_rules(r, t, 0, r->w / 30, maxt, &f->H) == -1 ||
	    find_rules(r, t, 1, r->h / 70, maxt, &f->V) == -1)
		return -1;
	if (f->H.n < 3 || f->V.n < 3)
		return 0;
	if (join_rules(f) == -1)
		return -1;
	for (i = 0; i < f->H.n; i++) {
		if (f->hs[i] != i)
			continue;	/* not the first rule of its set */
		if ((k = make_grid(&f->H, f->hs, &f->V, f->vs, i, f->tol,
		    &g)) == -1)
			return -1;
		if (k == 0)
			continue;
		if ((ng = ita_grow(f->g, f->ng, &f->cap, sizeof(*ng),
		    4)) == NULL) {
			ipdf_grid_free(&g);
			return -1;
		}
		f->g = ng;
		if ((ns = ita_grow(f->gset, f->ng, &gcap, sizeof(*ns),
		    4)) == NULL) {
			ipdf_grid_free(&g);
			return -1;
		}
		f->gset = ns;
		f->gset[f->ng] = i;
		f->g[f->ng++] = g;
	}
	return 0;
}

int
ipdf_raster_grids(struct pdf_page *pg, const struct pdf_raster *r)
{
	struct found f;
	size_t i;
	int rc;

	ipdf_page_grids_free(pg);
	if (pg->width <= 0 || pg->height <= 0)
		return 0;
	if ((rc = find_tables(r, &f)) == 0) {
		for (i = 0; i < f.ng; i++)
			scale_grid(&f.g[i], pg->width / r->w,
			    pg->height / r->h);
		pg->grid = f.g;
		pg->ngrid = f.ng;
		f.g = NULL;
		f.ng = 0;
	}
	found_free(&f);
	return rc;
}

/*
 * Whites out the rule and m pixels each side of it: a scan's rule has
 * grey edges lighter than the threshold, which OCR still reads.
 */
static void
erase_rule(struct pdf_raster *r, const struct rule *ru, int vertical,
    unsigned m)
{
	unsigned t, a, t0 = ru->t0 > m ? ru->t0 - m : 0, t1 = ru->t1 + m;
	unsigned lines = vertical ? r->w : r->h;

	if (t1 >= lines)
		t1 = lines - 1;
	for (t = t0; t <= t1; t++)
		for (a = ru->a0; a <= ru->a1; a++)
			r->px[vertical ? (size_t)a * r->w + t :
			    (size_t)t * r->w + a] = 255;
}

/* 1 if place p is one of the n edges e (pixels), within tol. */
static int
on_edge(const double *e, size_t n, unsigned p, unsigned tol)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (fabs(e[i] - p) <= tol)
			return 1;
	return 0;
}

/*
 * Only the rules on the edges of a table go: a letter's stroke that
 * touches a rule (the tail of ป, a long ) ) is no edge and stays.
 */
int
ipdf_raster_unrule(struct pdf_raster *r)
{
	struct found f;
	size_t i, k;
	unsigned m = 2;

	if (find_tables(r, &f) == -1) {
		found_free(&f);
		return -1;
	}
	for (k = 0; k < f.ng; k++) {
		for (i = 0; i < f.H.n; i++)
			if (f.hs[i] == f.gset[k] && on_edge(f.g[k].ys,
			    f.g[k].ny, f.H.v[i].at, f.tol))
				erase_rule(r, &f.H.v[i], 0, m);
		for (i = 0; i < f.V.n; i++)
			if (f.vs[i] == f.gset[k] && on_edge(f.g[k].xs,
			    f.g[k].nx, f.V.v[i].at, f.tol))
				erase_rule(r, &f.V.v[i], 1, m);
	}
	found_free(&f);
	return 0;
}

int
ipdf_raster_cells(const struct pdf_raster *r, struct pdf_rect **cells,
    size_t *ncells, struct pdf_rect **tables, size_t *ntables)
{
	struct pdf_rect *cv = NULL, *tv = NULL, *n;
	size_t ccap = 0, k, row, col, c1, r1, nc;
	struct found f;
	const struct pdf_grid *g;
	unsigned in;

	*cells = *tables = NULL;
	*ncells = *ntables = 0;
	if (find_tables(r, &f) == -1)
		goto fail;
	if (f.ng > 0 && (tv = reallocarray(NULL, f.ng, sizeof(*tv))) == NULL)
		goto fail;
	in = f.tol * 2;
	for (k = 0; k < f.ng; k++) {
		g = &f.g[k];
		nc = g->nx - 1;
		tv[k] = (struct pdf_rect){ (unsigned)g->xs[0],
		    (unsigned)g->ys[0], (unsigned)g->xs[nc],
		    (unsigned)g->ys[g->ny - 1] };
		for (row = 0; row + 1 < g->ny; row++)
			for (col = 0; col < nc; col++) {
				/* a cell covered by the one left or above it
				 * is that cell's */
				if ((col > 0 && !g->vrule[row * g->nx + col]) ||
				    (row > 0 && !g->hrule[row * nc + col]))
					continue;
				for (c1 = col + 1; c1 < nc &&
				    !g->vrule[row * g->nx + c1]; c1++)
					;
				for (r1 = row + 1; r1 + 1 < g->ny &&
				    !g->hrule[r1 * nc + col]; r1++)
					;
				if (g->xs[c1] - g->xs[col] <= 2 * in ||
				    g->ys[r1] - g->ys[row] <= 2 * in)
					continue;
				if ((n = ita_grow(cv, *ncells, &ccap,
				    sizeof(*n), 64)) == NULL)
					goto fail;
				cv = n;
				cv[(*ncells)++] = (struct pdf_rect){
				    (unsigned)g->xs[col] + in,
				    (unsigned)g->ys[row] + in,
				    (unsigned)g->xs[c1] - in,
				    (unsigned)g->ys[r1] - in };
			}
	}
	*ntables = f.ng;
	*cells = cv;
	*tables = tv;
	found_free(&f);
	return 0;
fail:
	found_free(&f);
	free(cv);
	free(tv);
	*ncells = 0;
	return -1;
}

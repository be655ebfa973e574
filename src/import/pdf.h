/*
 * PDF reports, from the positions of their words.  poppler's
 * `pdftotext -bbox-layout` (or tesseract's hOCR for scanned pages) gives
 * every word and its box; pdfbox.c reads that XHTML a page at a time,
 * pdfthai.c repairs the Thai of the words, pdflayout.c rebuilds lines,
 * paragraphs and tables and gives them to the document model (dm.h), and
 * pdfrun.c runs the child processes.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#ifndef ITA_IMPORT_PDF_H
#define ITA_IMPORT_PDF_H

#include <stddef.h>

#include "buf.h"
#include "dm.h"

struct pdf_word {
	double	 x0, y0, x1, y1;	/* points, y downwards */
	size_t	 off, len;		/* text in the page's buffer */
	int	 ocr;			/* read by OCR */
};

/*
 * A ruled table of a scanned page (pdfgrid.c), in the words' units: the
 * edges of its columns xs[0..nx-1] and rows ys[0..ny-1]; vrule[r * nx + c]
 * whether a rule stands at xs[c] beside row r, hrule[r * (nx - 1) + c]
 * whether one stands at ys[r] over column c (none: the cells are one).
 */
struct pdf_grid {
	double		*xs, *ys;
	size_t		 nx, ny;
	unsigned char	*vrule, *hrule;
	int		 read;		/* its rows given to the document */
};

struct pdf_page {
	unsigned	 no;		/* from 1 */
	double		 width, height;
	struct pdf_word	*w;
	size_t		 n, cap;
	struct ita_buf	 text;		/* the words' text, NUL-separated */
	int		 ocr;		/* the page came from OCR */
	struct pdf_grid	*grid;		/* OCR: its ruled tables */
	size_t		 ngrid;
};

void	ipdf_page_init(struct pdf_page *);
void	ipdf_page_clear(struct pdf_page *);
void	ipdf_page_free(struct pdf_page *);
int	ipdf_page_add(struct pdf_page *, double, double, double, double,
	    const char *, size_t);
const char *ipdf_word_text(const struct pdf_page *, const struct pdf_word *);

/* pdfthai.c: repairs in place; the words stay in reading order. */
int	ipdf_thai_page(struct pdf_page *);
/* The repairs of one string (sara am, PUA glyphs, order, debris). */
int	ipdf_thai_text(const char *, size_t, struct ita_buf *out);
/* OCR's letters of a word into one word. */
int	ipdf_ocr_join(struct pdf_page *);

/* A rectangle of pixels, x1 and y1 excluded. */
struct pdf_rect {
	unsigned	 x0, y0, x1, y1;
};

/* pdfraster.c: the image of a scanned page, grey, 0 black to 255 white. */
struct pdf_raster {
	unsigned	 w, h;
	unsigned char	*px;
};
/* A binary PGM or PPM (P5, P6): 0; 1 if it is not one; -1 with errno. */
int	ipdf_raster_parse(struct pdf_raster *, const unsigned char *, size_t);
int	ipdf_raster_load(struct pdf_raster *, const char *path);
/* Writes it (or the rectangle rect of it) as a binary PGM to a new
 * file: 0, -1 with errno. */
int	ipdf_raster_save(const struct pdf_raster *, const struct pdf_rect *rect,
	    const char *path);
void	ipdf_raster_free(struct pdf_raster *);
/* Otsu's threshold of the image: ink is darker. */
unsigned ipdf_raster_threshold(const struct pdf_raster *);
/* pdfgrid.c: the ruled tables of the image into pg->grid; -1 on ENOMEM. */
int	ipdf_raster_grids(struct pdf_page *, const struct pdf_raster *);
/* Whites out the image's ruling lines, which OCR reads as letters. */
int	ipdf_raster_unrule(struct pdf_raster *);
/*
 * The cells of the image's ruled tables (merged cells as one), each the
 * inside clear of its rules, and the tables' boxes; malloc'd.
 */
int	ipdf_raster_cells(const struct pdf_raster *, struct pdf_rect **cells,
	    size_t *ncells, struct pdf_rect **tables, size_t *ntables);
/* 1 if the rectangle of the image holds ink. */
int	ipdf_raster_inked(const struct pdf_raster *, const struct pdf_rect *);
void	ipdf_grid_free(struct pdf_grid *);
void	ipdf_page_grids_free(struct pdf_page *);
/*
 * The checkboxes of an OCR page found in its image: the words OCR made of
 * each are dropped and a word ☐ or ☑ takes their place; -1 on ENOMEM.
 */
int	ipdf_raster_boxes(struct pdf_page *, const struct pdf_raster *,
	    unsigned *nboxes, unsigned *nticked);

/* synnear.c: the status phrase OCR misread at the start of a checkbox's
 * label, or NULL; *used: the bytes it covers. */
const char *iocr_near_label(const char *, size_t, size_t *used);

/* ocrnum.c: the years OCR read, checked against each other. */
struct ocr_years {
	char	 fy[32];		/* the fiscal year as read */
	size_t	 nfy;
	struct {
		int	 month;		/* 1-12 */
		char	 year[16];	/* its year as read */
	}	 v[64];
	size_t	 n;
	int	 decided;
	int	 fiscal;		/* the fiscal year taken; 0: none */
};
void	iocr_years_init(struct ocr_years *);
/* The fiscal year and the month-and-year readings of a line of text. */
int	iocr_years_scan(struct ocr_years *, const char *, size_t);
/*
 * Decides the fiscal year: 0 as read (or none read), 1 another reading
 * of its digits that the periods agree with, -1 implausible and not
 * repaired; why says how.
 */
int	iocr_years_decide(struct ocr_years *, char *why, size_t whylen);
/* The readings of a run of digits (Thai or ASCII): how many in alts. */
int	iocr_year_alts(const char *, size_t, int *alts, size_t max);
/*
 * A period cell as OCR read it, rewritten by the fiscal year fy (months
 * as they are meant, years as fy gives them where OCR's reading allows
 * or is unreadable) into out: 1 if rewritten, 0 if left, -1 on ENOMEM.
 */
int	iocr_period_fix(const char *, size_t, int fy, struct ita_buf *out);

/* pdflayout.c: pages in order, then ipdf_layout_end. */
struct pdf_layout;
struct pdf_layout *ipdf_layout_new(struct dm *, struct doc *);
int	ipdf_layout_page(struct pdf_layout *, struct pdf_page *);
int	ipdf_layout_end(struct pdf_layout *);
void	ipdf_layout_free(struct pdf_layout *);

/* pdfbox.c: the XHTML of pdftotext -bbox-layout, or hOCR. */
typedef int (*pdf_read_fn)(void *, char *, int);
/*
 * Reads word boxes from read(ctx) and lays each page out; name for
 * diagnostics; page_base is added to hOCR page numbers (one page per
 * tesseract run).  0, 1 when the input is not word boxes (reported),
 * 2 when it is empty (not reported), -1 on a system error (reported).
 */
/* Called with each page before it is laid out: 1 if it took the page. */
typedef int (*pdf_page_fn)(void *, struct pdf_page *);
/*
 * The images of OCR pages, for their checkboxes: the file of every page
 * (file), or the one each hOCR page names, a relative name under dir; NULL
 * and NULL: none.
 */
struct pdf_images {
	const char	*file;
	const char	*dir;
	/*
	 * A page read by OCR in parts (its ruled tables a cell at a time):
	 * each hOCR page is part k of one page of width x height, at
	 * (at[k].x0, at[k].y0) on it.
	 */
	const struct pdf_rect *at;
	size_t		 nparts;
	double		 width, height;
};
int	ipdfbox_read(struct pdf_layout *, struct doc *, pdf_read_fn, void *ctx,
	    const char *name, unsigned page_base, pdf_page_fn, void *hctx,
	    const struct pdf_images *, unsigned *npages, unsigned *nwords);

/* pdfrun.c: a child process, its standard output read through a pipe. */
struct pdf_child {
	int		 pid;
	int		 out, err;
	struct ita_buf	 errtext;	/* its standard error, the first 4 KB */
};
/* Starts argv[0] from PATH; -1 with errno (ENOENT: not installed). */
int	ipdf_child_start(struct pdf_child *, char *const argv[]);
/* pdf_read_fn on the child's standard output. */
int	ipdf_child_read(void *, char *, int);
/* Waits: its exit status, or 128 + signal; -1 on a system error. */
int	ipdf_child_wait(struct pdf_child *);

/* pdf.c */
/* 'p' for a PDF, 'b' for word boxes (pdftotext -bbox-layout, hOCR), 0. */
int	ipdf_sniff(const char *, size_t);
enum pdf_ocr { PDF_OCR_AUTO, PDF_OCR_ALWAYS, PDF_OCR_NEVER };
int	ipdf_ocr_parse(const char *, enum pdf_ocr *);
/* A PDF file (path "-": standard input, already peeked by lines). */
struct ita_lines;
int	import_pdf(struct doc *, const char *path, struct ita_lines *,
	    enum pdf_ocr, struct ita_diag *);
/* The word-box XHTML itself (--from pdfbox). */
int	import_pdfbox(struct doc *, const char *path, struct ita_lines *,
	    struct ita_diag *);

#endif

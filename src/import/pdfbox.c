/*
 * Word boxes from XHTML, a page at a time: poppler's
 * `pdftotext -bbox-layout` (<page width height>, <word xMin yMin xMax
 * yMax>) or tesseract's hOCR (class ocr_page and ocrx_word, the box in
 * the title: "bbox x0 y0 x1 y1").  Read with xmlTextReader, without
 * network, DTD or entity substitution; memory holds one page.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/xmlreader.h>

#include "doc.h"
#include "pdf.h"

#define MAXWORDS	200000	/* on one page; a dense page has 2,000 */
#define MAXWORD		4096	/* bytes of one word */

void
ipdf_page_init(struct pdf_page *pg)
{
	memset(pg, 0, sizeof(*pg));
}

void
ipdf_page_clear(struct pdf_page *pg)
{
	pg->n = 0;
	pg->ocr = 0;
	pg->width = pg->height = 0;
	ita_buf_clear(&pg->text);
	ipdf_page_grids_free(pg);
}

void
ipdf_page_free(struct pdf_page *pg)
{
	free(pg->w);
	ita_buf_free(&pg->text);
	ipdf_page_grids_free(pg);
	memset(pg, 0, sizeof(*pg));
}

int
ipdf_page_add(struct pdf_page *pg, double x0, double y0, double x1,
    double y1, const char *s, size_t n)
{
	struct pdf_word *w;

	if ((w = ita_grow(pg->w, pg->n, &pg->cap, sizeof(*w), 256)) == NULL)
		return -1;
	pg->w = w;
	w = &pg->w[pg->n];
	w->x0 = x0 < x1 ? x0 : x1;
	w->x1 = x0 < x1 ? x1 : x0;
	w->y0 = y0 < y1 ? y0 : y1;
	w->y1 = y0 < y1 ? y1 : y0;
	w->off = pg->text.len;
	w->len = n;
	w->ocr = pg->ocr;
	if (ita_buf_add(&pg->text, s, n) == -1 ||
	    ita_buf_addc(&pg->text, '\0') == -1)
		return -1;
	pg->n++;
	return 0;
}

const char *
ipdf_word_text(const struct pdf_page *pg, const struct pdf_word *w)
{
	return pg->text.p ? pg->text.p + w->off : "";
}

/* A decimal number of the C locale ("12.5", "-3"); 0 if it is one. */
static int
parse_num(const char *s, double *out)
{
	double v = 0, scale = 1;
	int neg = 0, digits = 0;

	while (*s == ' ')
		s++;
	if (*s == '-') {
		neg = 1;
		s++;
	}
	for (; *s >= '0' && *s <= '9'; s++, digits++)
		v = v * 10 + (*s - '0');
	if (*s == '.')
		for (s++; *s >= '0' && *s <= '9'; s++, digits++)
			v += (*s - '0') * (scale /= 10);
	if (digits == 0 || digits > 30)
		return -1;
	*out = neg ? -v : v;
	return 0;
}

static int
attr_num(xmlTextReaderPtr xr, const char *name, double *out)
{
	xmlChar *v;
	int rc;

	if ((v = xmlTextReaderGetAttribute(xr, (const xmlChar *)name)) == NULL)
		return -1;
	rc = parse_num((const char *)v, out);
	xmlFree(v);
	return rc;
}

/* The four numbers after "bbox" in an hOCR title; 0 if found. */
static int
hocr_bbox(xmlTextReaderPtr xr, double b[4])
{
	xmlChar *t;
	const char *p;
	char *end;
	int i, rc = -1;

	if ((t = xmlTextReaderGetAttribute(xr, (const xmlChar *)"title")) ==
	    NULL)
		return -1;
	if ((p = strstr((const char *)t, "bbox ")) != NULL) {
		p += 5;
		for (i = 0; i < 4; i++) {
			long v = strtol(p, &end, 10);	/* integers */
			if (end == p)
				break;
			b[i] = (double)v;
			p = end;
		}
		if (i == 4)
			rc = 0;
	}
	xmlFree(t);
	return rc;
}

/*
 * The baseline and letter size of an hOCR line ("baseline SLOPE OFFSET",
 * "x_size S" in its title) as the box of its words: the bottom of a
 * line's box follows the marks below its letters, its baseline does
 * not.  Left as it is without them.
 */
static void
hocr_baseline(xmlTextReaderPtr xr, double b[4])
{
	xmlChar *t;
	const char *p, *q;
	char *end;
	double off, size;

	if ((t = xmlTextReaderGetAttribute(xr, (const xmlChar *)"title")) ==
	    NULL)
		return;
	if ((p = strstr((const char *)t, "baseline ")) != NULL &&
	    (q = strstr((const char *)t, "x_size ")) != NULL) {
		(void)strtod(p + 9, &end);		/* the slope */
		off = strtod(end, &end);
		size = strtod(q + 7, NULL);
		if (off <= 0 && off > b[1] - b[3] && size > 0 &&
		    size < 4 * (b[3] - b[1])) {
			b[3] += off;
			b[1] = b[3] - size;
		}
	}
	xmlFree(t);
}

static int
has_class(xmlTextReaderPtr xr, const char *cls)
{
	xmlChar *c;
	int rc;

	if ((c = xmlTextReaderGetAttribute(xr, (const xmlChar *)"class")) ==
	    NULL)
		return 0;
	rc = strcmp((const char *)c, cls) == 0;
	xmlFree(c);
	return rc;
}

struct boxread {
	struct pdf_layout	*lay;
	struct doc		*doc;
	const char		*name;
	struct pdf_page		 pg;
	int			 open;	/* a page is being read */
	unsigned		 npages, nwords, base;
	pdf_page_fn		 hook;
	void			*hctx;
	pdf_read_fn		 rd;
	void			*rctx;
	unsigned long long	 nbytes;
	double			 line_y0, line_y1;	/* hOCR's line */
	int			 in_line;
	int			 failed;
	const struct pdf_images	*img;
	char			*image;		/* the hOCR page's image */
	int			 no_image;	/* said once */
	size_t			 part;		/* img's parts read */
	double			 offx, offy;	/* where this part stands */
	int			 skip;		/* a page past the parts */
};

/* The input, counted: an empty one is no XHTML at all. */
static int
count_read(void *ctx, char *buf, int len)
{
	struct boxread *br = ctx;
	int n;

	if ((n = br->rd(br->rctx, buf, len)) > 0)
		br->nbytes += (unsigned)n;
	return n;
}

/* "image "NAME"" in an hOCR page's title, or NULL. */
static char *
hocr_image(xmlTextReaderPtr xr)
{
	xmlChar *t;
	const char *p, *q;
	char *name = NULL;

	if ((t = xmlTextReaderGetAttribute(xr, (const xmlChar *)"title")) ==
	    NULL)
		return NULL;
	if ((p = strstr((const char *)t, "image \"")) != NULL &&
	    (q = strchr(p + 7, '"')) != NULL && q > p + 7)
		name = strndup(p + 7, (size_t)(q - p - 7));
	xmlFree(t);
	return name;
}

/* A name under the hOCR's directory: relative, no "..". */
static int
safe_name(const char *s)
{
	const char *p;

	if (*s == '/' || *s == '\0')
		return 0;
	for (p = s; (p = strstr(p, "..")) != NULL; p += 2)
		if ((p == s || p[-1] == '/') && (p[2] == '/' || p[2] == '\0'))
			return 0;
	return 1;
}

/*
 * The checkboxes of an OCR page from its image: the file pdftoppm made,
 * or the one its hOCR names beside it.  Without one, they stay as OCR
 * read them.
 */
static int
page_image(struct boxread *br)
{
	struct ita_buf path = ITA_BUF_INIT;
	struct pdf_raster r;
	unsigned nb, nt;
	int rc;

	if (br->img == NULL || br->pg.n == 0)
		return 0;
	if (br->img->file != NULL)
		rc = ita_buf_adds(&path, br->img->file);
	else if (br->img->dir == NULL || br->image == NULL)
		return 0;
	else if (!safe_name(br->image))
		rc = 1;
	else
		rc = ita_buf_printf(&path, "%s/%s", br->img->dir, br->image);
	if (rc == -1)
		return -1;
	if (rc == 0 && (rc = ipdf_raster_load(&r, path.p)) == -1 &&
	    errno == ENOMEM) {
		ita_buf_free(&path);
		return -1;
	}
	if (rc != 0) {
		if (!br->no_image)
			idoc_diag(br->doc, 1, ITA_SEV_NOTE, "import.ocr",
			    "page %u: its image '%s' is not a PGM or PPM file "
			    "beside the hOCR; checkboxes are as OCR read them",
			    br->pg.no, br->image ? br->image : path.p);
		br->no_image = 1;
		ita_buf_free(&path);
		return 0;
	}
	ita_buf_free(&path);
	rc = ipdf_raster_boxes(&br->pg, &r, &nb, &nt);
	/* (the ruled tables of a page read a cell at a time; an hOCR of a
	 * whole page read as one runs its cells' lines together, which the
	 * layout of lines reads better than cells do) */
	if (rc == 0 && br->img->nparts > 0)
		rc = ipdf_raster_grids(&br->pg, &r);
	ipdf_raster_free(&r);
	if (rc == 0 && br->doc->diag->verbose)
		fprintf(br->doc->diag->err, "%s: page %u: %u checkboxes in the "
		    "image, %u ticked\n", br->doc->source, br->pg.no, nb, nt);
	return rc;
}

static int
flush_page(struct boxread *br)
{
	if (!br->open)
		return 0;
	br->open = 0;
	br->npages++;
	br->nwords += (unsigned)br->pg.n;
	if (br->hook != NULL) {
		int r = br->hook(br->hctx, &br->pg);
		if (r != 0)
			return r == 1 ? 0 : -1;
	}
	if ((br->pg.ocr && page_image(br) == -1) ||
	    ipdf_thai_page(&br->pg) == -1 ||
	    (br->pg.ocr && ipdf_ocr_join(&br->pg) == -1) ||
	    ipdf_layout_page(br->lay, &br->pg) == -1)
		return -1;
	return 0;
}

static int
start_page(struct boxread *br, double w, double h, int ocr)
{
	if (flush_page(br) == -1)
		return -1;
	ipdf_page_clear(&br->pg);
	br->pg.no = br->base + br->npages + 1;
	br->pg.width = w;
	br->pg.height = h;
	br->pg.ocr = ocr;
	br->open = 1;
	br->in_line = 0;
	return 0;
}

static int
add_word(struct boxread *br, xmlTextReaderPtr xr, const double b[4])
{
	xmlChar *s;
	size_t n;
	int rc = 0;

	if (!br->open && start_page(br, 0, 0, 0) == -1)
		return -1;
	if ((s = xmlTextReaderReadString(xr)) == NULL)
		return 0;	/* an empty word */
	n = strlen((const char *)s);
	if (br->pg.n >= MAXWORDS || n > MAXWORD) {
		idoc_diag(br->doc, br->pg.no, ITA_SEV_ERROR, "import.pdf",
		    "page %u: more words or longer words than a page holds; "
		    "the rest of the page is not read", br->pg.no);
		br->failed = 1;
	} else if (n > 0)
		rc = ipdf_page_add(&br->pg, b[0], b[1], b[2], b[3],
		    (const char *)s, n);
	xmlFree(s);
	return rc;
}

/*
 * The next hOCR page as the next part of the one page the parts make
 * (pdf_images): its words go where the part stands on that page.
 */
static int
start_part(struct boxread *br)
{
	const struct pdf_images *img = br->img;

	if (br->part >= img->nparts) {
		br->skip = 1;	/* more pages than parts: not ours */
		return 0;
	}
	if (br->part == 0 && start_page(br, img->width, img->height, 1) == -1)
		return -1;
	br->offx = img->at[br->part].x0;
	br->offy = img->at[br->part].y0;
	br->part++;
	br->in_line = 0;
	return 0;
}

static int
element(struct boxread *br, xmlTextReaderPtr xr)
{
	const char *name = (const char *)xmlTextReaderConstLocalName(xr);
	double b[4], w, h;

	if (name == NULL)
		return 0;
	if (strcmp(name, "page") == 0) {
		if (attr_num(xr, "width", &w) == -1)
			w = 0;
		if (attr_num(xr, "height", &h) == -1)
			h = 0;
		return start_page(br, w, h, 0);
	}
	if (strcmp(name, "word") == 0) {
		if (attr_num(xr, "xMin", &b[0]) == -1 ||
		    attr_num(xr, "yMin", &b[1]) == -1 ||
		    attr_num(xr, "xMax", &b[2]) == -1 ||
		    attr_num(xr, "yMax", &b[3]) == -1)
			return 0;
		return add_word(br, xr, b);
	}
	if ((strcmp(name, "div") == 0 || strcmp(name, "span") == 0) &&
	    xmlTextReaderHasAttributes(xr) == 1) {
		if (has_class(xr, "ocr_page") && hocr_bbox(xr, b) == 0 &&
		    br->img != NULL && br->img->nparts > 0)
			return start_part(br);
		if (has_class(xr, "ocr_page") && hocr_bbox(xr, b) == 0) {
			if (start_page(br, b[2] - b[0], b[3] - b[1], 1) == -1)
				return -1;
			free(br->image);
			br->image = hocr_image(xr);
			return 0;
		}
		if ((has_class(xr, "ocr_line") || has_class(xr, "ocrx_line") ||
		    has_class(xr, "ocr_caption") || has_class(xr, "ocr_header") ||
		    has_class(xr, "ocr_textfloat")) && hocr_bbox(xr, b) == 0) {
			hocr_baseline(xr, b);
			br->line_y0 = b[1] + br->offy;
			br->line_y1 = b[3] + br->offy;
			br->in_line = 1;
			return 0;
		}
		if (has_class(xr, "ocrx_word") && hocr_bbox(xr, b) == 0) {
			/* OCR boxes follow each glyph's ink; its line's box
			 * puts the words of a line on one baseline */
			b[0] += br->offx;
			b[2] += br->offx;
			if (br->in_line) {
				b[1] = br->line_y0;
				b[3] = br->line_y1;
			} else {
				b[1] += br->offy;
				b[3] += br->offy;
			}
			if (br->skip)
				return 0;
			return add_word(br, xr, b);
		}
	}
	return 0;
}

/* libxml2's messages about the input become one diagnostic. */
static void
xml_error(void *arg, const char *msg, xmlParserSeverities sev,
    xmlTextReaderLocatorPtr loc)
{
	struct boxread *br = arg;

	(void)msg;
	if (sev != XML_PARSER_SEVERITY_ERROR || br->failed ||
	    br->nbytes == 0)
		return;
	br->failed = 1;
	idoc_diag(br->doc, (unsigned long)xmlTextReaderLocatorLineNumber(loc),
	    ITA_SEV_ERROR, "import.pdfbox", "the word boxes are not "
	    "well-formed XHTML; the rest is not read");
}

int
ipdfbox_read(struct pdf_layout *lay, struct doc *doc, pdf_read_fn rd,
    void *ctx, const char *name, unsigned page_base, pdf_page_fn hook,
    void *hctx, const struct pdf_images *img, unsigned *npages,
    unsigned *nwords)
{
	struct boxread br;
	xmlTextReaderPtr xr;
	int r, rc = 0;

	memset(&br, 0, sizeof(br));
	br.lay = lay;
	br.doc = doc;
	br.name = name;
	br.base = page_base;
	br.hook = hook;
	br.hctx = hctx;
	br.rd = rd;
	br.rctx = ctx;
	br.img = img;
	ipdf_page_init(&br.pg);
	if ((xr = xmlReaderForIO(count_read, NULL, &br, name, NULL,
	    XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_NOERROR |
	    XML_PARSE_NOWARNING)) == NULL) {
		idoc_nomem(doc);
		return -1;
	}
	xmlTextReaderSetErrorHandler(xr, xml_error, &br);
	while ((r = xmlTextReaderRead(xr)) == 1)
		if (xmlTextReaderNodeType(xr) == XML_READER_TYPE_ELEMENT &&
		    element(&br, xr) == -1) {
			rc = -1;
			break;
		}
	if (r == -1 && !br.failed && br.nbytes > 0) {
		br.failed = 1;
		idoc_diag(doc, (unsigned long)
		    xmlTextReaderGetParserLineNumber(xr), ITA_SEV_ERROR,
		    "import.pdfbox", "the word boxes are not well-formed "
		    "XHTML; the rest is not read");
	}
	xmlFreeTextReader(xr);
	if (rc == 0 && flush_page(&br) == -1)
		rc = -1;
	ipdf_page_free(&br.pg);
	free(br.image);
	if (rc == -1)
		return idoc_nomem(doc);
	if (npages)
		*npages = br.npages;
	if (nwords)
		*nwords = br.nwords;
	if (br.nbytes == 0)
		return 2;
	if (br.npages == 0 && !br.failed) {
		idoc_diag(doc, 1, ITA_SEV_ERROR, "import.pdfbox", "no pages of "
		    "word boxes (the XHTML of pdftotext -bbox-layout or "
		    "hOCR)");
		return 1;
	}
	return br.failed ? 1 : 0;
}

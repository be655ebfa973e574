/*
 * A PDF into the document model: `pdftotext -bbox-layout FILE -` read
 * through a pipe; a page without text (a scan) rasterized by pdftoppm
 * into a private directory and read by `tesseract -l tha+eng ... hocr`,
 * whose word boxes go the same way.  Standard input is copied into that
 * private directory first (poppler needs to seek).
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "doc.h"
#include "lines.h"
#include "pdf.h"

#define OCR_DPI "300"

struct pdfrun {
	struct doc		*doc;
	struct ita_diag		*diag;
	struct pdf_layout	*lay;
	const char		*file;		/* what the children read */
	char			*tmpdir;	/* NULL until made */
	enum pdf_ocr		 ocr;
	unsigned		 nocr, nscan;
	int			 no_tesseract;	/* reported once */
	int			 failed;
};

int
ipdf_sniff(const char *buf, size_t n)
{
	if (n >= 5 && memcmp(buf, "%PDF-", 5) == 0)
		return 'p';
	if ((ita_mem_has(buf, n, "<doc>") && ita_mem_has(buf, n, "<page ")) ||
	    ita_mem_has(buf, n, "ocr_page"))
		return 'b';
	return 0;
}

int
ipdf_ocr_parse(const char *s, enum pdf_ocr *out)
{
	if (strcmp(s, "auto") == 0)
		*out = PDF_OCR_AUTO;
	else if (strcmp(s, "always") == 0)
		*out = PDF_OCR_ALWAYS;
	else if (strcmp(s, "never") == 0)
		*out = PDF_OCR_NEVER;
	else
		return -1;
	return 0;
}

/* The private directory for rasters and a copy of standard input. */
static int
make_tmpdir(struct pdfrun *R)
{
	struct ita_buf b = ITA_BUF_INIT;
	const char *t = getenv("TMPDIR");

	if (R->tmpdir != NULL)
		return 0;
	if (t == NULL || *t == '\0')
		t = "/tmp";
	if (ita_buf_printf(&b, "%s/ita-import.XXXXXX", t) == -1)
		return -1;
	if (mkdtemp(b.p) == NULL) {
		ita_diag_sys(R->diag, "%s", b.p);
		ita_buf_free(&b);
		return -1;
	}
	R->tmpdir = ita_buf_take(&b);
	return 0;
}

static void
remove_tmpdir(struct pdfrun *R)
{
	static const char *names[] = { "in.pdf", "page.pgm" };
	struct ita_buf b = ITA_BUF_INIT;
	size_t i;

	if (R->tmpdir == NULL)
		return;
	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		ita_buf_clear(&b);
		if (ita_buf_printf(&b, "%s/%s", R->tmpdir, names[i]) == 0)
			(void)unlink(b.p);
	}
	if (rmdir(R->tmpdir) == -1)
		ita_diag_sys(R->diag, "%s", R->tmpdir);
	ita_buf_free(&b);
	free(R->tmpdir);
	R->tmpdir = NULL;
}

/* Standard input (already peeked at) into the private directory. */
static int
copy_stdin(struct pdfrun *R, struct ita_lines *lines, struct ita_buf *path)
{
	char buf[65536];
	ssize_t n;
	int fd;

	if (make_tmpdir(R) == -1 ||
	    ita_buf_printf(path, "%s/in.pdf", R->tmpdir) == -1)
		return -1;
	if ((fd = open(path->p, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC,
	    0600)) == -1) {
		ita_diag_sys(R->diag, "%s", path->p);
		return -1;
	}
	while ((n = ita_lines_read(lines, buf, sizeof(buf), R->diag)) > 0)
		if (write(fd, buf, (size_t)n) != n) {
			ita_diag_sys(R->diag, "%s", path->p);
			close(fd);
			return -1;
		}
	if (close(fd) == -1) {
		ita_diag_sys(R->diag, "%s", path->p);
		return -1;
	}
	return n == 0 ? 0 : -1;
}

/* The first line of what a child said on standard error. */
static const char *
first_line(struct ita_buf *b)
{
	char *nl;

	if (b->len == 0)
		return "no message";
	if ((nl = strchr(b->p, '\n')) != NULL)
		*nl = '\0';
	return b->p;
}

/* A child that could not start: not installed, or a system error. */
static void
spawn_failed(struct pdfrun *R, const char *prog, const char *pkgs)
{
	if (errno == ENOENT)
		ita_diag_msg(R->diag, ITA_EXIT_IO, "%s: %s is not installed; "
		    "PDF input needs it (Debian: apt-get install %s)",
		    R->doc->source, prog, pkgs);
	else
		ita_diag_sys(R->diag, "%s: %s", R->doc->source, prog);
	R->failed = 1;
}

/* Removes what ocr_parts wrote: the parts' images and their list. */
static void
remove_parts(struct pdfrun *R, size_t nparts)
{
	struct ita_buf p = ITA_BUF_INIT;
	size_t k;

	for (k = 0; k < nparts; k++)
		if (ita_buf_printf(&p, "%s/part-%zu.pgm", R->tmpdir, k) == 0) {
			(void)unlink(p.p);
			ita_buf_clear(&p);
		}
	if (ita_buf_printf(&p, "%s/parts", R->tmpdir) == 0)
		(void)unlink(p.p);
	ita_buf_free(&p);
}

/* The images of a page's cells could not be written: said, read whole. */
static void
ocr_parts_failed(struct pdfrun *R)
{
	idoc_diag(R->doc, 1, ITA_SEV_WARNING, "import.ocr", "the images of "
	    "a page's table cells could not be written (%s); the page is "
	    "read whole", strerror(errno));
}

/* Part k of the page: its image. */
static int
write_part(struct pdfrun *R, const struct pdf_raster *r,
    const struct pdf_rect *at, size_t k)
{
	struct ita_buf p = ITA_BUF_INIT;
	int rc = -1;

	if (ita_buf_printf(&p, "%s/part-%zu.pgm", R->tmpdir, k) == 0 &&
	    ipdf_raster_save(r, at, p.p) == 0)
		rc = 0;
	ita_buf_free(&p);
	return rc;
}

/* The list of the n parts' images, for tesseract, in list. */
static int
write_list(struct pdfrun *R, const char *list, size_t n)
{
	FILE *lf;
	size_t k;
	int fd, rc = 0;

	if ((fd = open(list, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC,
	    0600)) == -1)
		return -1;
	if ((lf = fdopen(fd, "w")) == NULL) {
		close(fd);
		return -1;
	}
	for (k = 0; k < n; k++)
		if (fprintf(lf, "%s/part-%zu.pgm\n", R->tmpdir, k) < 0)
			rc = -1;
	if (fclose(lf) == EOF)
		rc = -1;
	return rc;
}

/*
 * A page with ruled tables is read in parts: tesseract's page layout
 * drops cells of a table and runs the lines of cells side by side into
 * one, so each cell is read on its own, its rules whited out (OCR reads
 * a rule as letters: "|", "[7"), and the rest of the page as one part
 * with the tables whited out.  The images and their list (list) go in
 * the private directory; *at and *nparts: where each part stands.  0;
 * 1 when the page has no ruled table (or its parts could not be
 * written: the page is read whole); -1 on ENOMEM.
 */
static int
ocr_parts(struct pdfrun *R, const char *img, struct ita_buf *list,
    struct pdf_rect **at, size_t *nparts)
{
	struct pdf_raster raster, *r = &raster;
	struct pdf_rect *cells = NULL, *tabs = NULL, *v = NULL;
	size_t nc, nt, k, n = 1;
	unsigned x, y;
	int rc = 1;

	*at = NULL;
	*nparts = 0;
	if (ipdf_raster_load(r, img) != 0)
		return 1;
	if (ipdf_raster_cells(r, &cells, &nc, &tabs, &nt) == -1 ||
	    ipdf_raster_unrule(r) == -1 ||
	    (v = reallocarray(NULL, nc + 1, sizeof(*v))) == NULL ||
	    ita_buf_printf(list, "%s/parts", R->tmpdir) == -1) {
		rc = -1;
		goto out;
	}
	if (nt == 0)
		goto out;
	for (k = 0; k < nc; k++)
		if (ipdf_raster_inked(r, &cells[k])) {
			if (write_part(R, r, &cells[k], n) == -1) {
				ocr_parts_failed(R);
				goto out;
			}
			v[n++] = cells[k];
		}
	/* part 0, first in the list: the page without its tables */
	for (k = 0; k < nt; k++)
		for (y = tabs[k].y0; y < tabs[k].y1 && y < r->h; y++)
			for (x = tabs[k].x0; x < tabs[k].x1 && x < r->w; x++)
				r->px[(size_t)y * r->w + x] = 255;
	v[0] = (struct pdf_rect){ 0, 0, r->w, r->h };
	if (write_part(R, r, &v[0], 0) == -1 ||
	    write_list(R, list->p, n) == -1) {
		ocr_parts_failed(R);
		goto out;
	}
	*at = v;
	*nparts = n;
	v = NULL;
	rc = 0;
out:
	if (rc != 0) {
		remove_parts(R, n);
		ita_buf_clear(list);
	}
	free(cells);
	free(tabs);
	free(v);
	ipdf_raster_free(r);
	return rc;
}

/* Page pg.no of the PDF through OCR: its words into the layout. */
static int
ocr_page(struct pdfrun *R, unsigned no)
{
	struct ita_buf png = ITA_BUF_INIT, prefix = ITA_BUF_INIT;
	struct ita_buf list = ITA_BUF_INIT;
	struct pdf_rect *at = NULL;
	size_t nparts = 0;
	char pageno[16];
	struct pdf_child c;
	int st, rc = 0;

	if (make_tmpdir(R) == -1)
		return 1;
	snprintf(pageno, sizeof(pageno), "%u", no);
	if (ita_buf_printf(&prefix, "%s/page", R->tmpdir) == -1 ||
	    ita_buf_printf(&png, "%s/page.pgm", R->tmpdir) == -1) {
		rc = -1;
		goto out;
	}
	if (!R->diag->quiet)
		fprintf(R->diag->err, "%s: page %s: reading the scan with "
		    "tesseract (OCR)\n", R->doc->source, pageno);
	{
		char *argv[] = { "pdftoppm", "-f", pageno, "-l", pageno,
		    "-r", OCR_DPI, "-gray", "-singlefile",
		    (char *)R->file, prefix.p, NULL };

		if (ipdf_child_start(&c, argv) == -1) {
			spawn_failed(R, "pdftoppm", "poppler-utils");
			goto out;
		}
		if ((st = ipdf_child_wait(&c)) != 0) {
			idoc_diag(R->doc, 1, ITA_SEV_ERROR, "import.pdf",
			    "page %s: pdftoppm failed (status %d): %s; the page "
			    "is not read", pageno, st, first_line(&c.errtext));
			ita_buf_free(&c.errtext);
			goto out;
		}
		ita_buf_free(&c.errtext);
	}
	if ((rc = ocr_parts(R, png.p, &list, &at, &nparts)) == -1)
		goto out;
	rc = 0;
	{
		char *argv[] = { "tesseract", nparts ? list.p : png.p, "-",
		    "-l", "tha+eng", "--dpi", OCR_DPI, "hocr", NULL, NULL,
		    NULL };
		struct pdf_images img = { png.p, NULL, at, nparts,
		    at ? at[0].x1 : 0, at ? at[0].y1 : 0 };

		if (nparts) {
			/* a part is a block of text: a cell, or the page
			 * without its tables */
			argv[7] = "--psm";
			argv[8] = "6";
			argv[9] = "hocr";
		}
		unsigned np = 0;

		if (ipdf_child_start(&c, argv) == -1) {
			if (errno == ENOENT) {
				if (!R->no_tesseract)
					idoc_diag(R->doc, 1, ITA_SEV_ERROR,
					    "import.ocr", "page %s has no text "
					    "(a scan) and tesseract is not "
					    "installed: install tesseract-ocr "
					    "and tesseract-ocr-tha to read it",
					    pageno);
				R->no_tesseract = 1;
			} else
				spawn_failed(R, "tesseract", "tesseract-ocr");
			goto out;
		}
		rc = ipdfbox_read(R->lay, R->doc, ipdf_child_read, &c,
		    R->doc->source, no - 1, NULL, NULL, &img, &np, NULL);
		if (rc == 2)
			rc = 1;
		if ((st = ipdf_child_wait(&c)) != 0) {
			idoc_diag(R->doc, 1, ITA_SEV_ERROR, "import.ocr",
			    "page %s: tesseract failed (status %d): %s%s",
			    pageno, st, first_line(&c.errtext),
			    strstr(ita_buf_str(&c.errtext), "tha") ?
			    "; install tesseract-ocr-tha" : "");
			rc = 0;
		} else if (rc == 0)
			R->nocr++;
		ita_buf_free(&c.errtext);
		if (rc == 1)
			rc = 0;
	}
	(void)unlink(png.p);
	if (nparts)
		remove_parts(R, nparts);
out:
	ita_buf_free(&png);
	ita_buf_free(&list);
	free(at);
	ita_buf_free(&prefix);
	return rc == -1 ? -1 : 1;
}

/* Each page of pdftotext: OCR instead where it has no text (or always). */
static int
page_hook(void *ctx, struct pdf_page *pg)
{
	struct pdfrun *R = ctx;

	if (pg->n > 0 && R->ocr != PDF_OCR_ALWAYS)
		return 0;
	if (pg->n == 0)
		R->nscan++;
	if (R->ocr == PDF_OCR_NEVER) {
		idoc_diag(R->doc, 1, ITA_SEV_WARNING, "import.ocr", "page %u "
		    "has no text (a scan?); not read (--ocr=never)", pg->no);
		return 1;
	}
	return ocr_page(R, pg->no);
}

/* What pdftotext's failure means, said as a diagnostic. */
static void
pdftotext_failed(struct pdfrun *R, int st, struct ita_buf *err)
{
	const char *e = ita_buf_str(err);

	if (strstr(e, "password") != NULL || strstr(e, "ncrypt") != NULL)
		idoc_diag(R->doc, 1, ITA_SEV_ERROR, "import.pdf", "the PDF is "
		    "encrypted (it needs a password); save a copy without "
		    "one to import it");
	else
		idoc_diag(R->doc, 1, ITA_SEV_ERROR, "import.pdf", "pdftotext "
		    "cannot read the PDF (status %d): %s", st,
		    first_line(err));
}

int
import_pdf(struct doc *doc, const char *path, struct ita_lines *lines,
    enum pdf_ocr ocr, struct ita_diag *diag)
{
	struct pdfrun R;
	struct ita_buf file = ITA_BUF_INIT;
	struct pdf_child c;
	struct dm dm;
	int rc = 0, st;

	memset(&R, 0, sizeof(R));
	R.doc = doc;
	R.diag = diag;
	R.ocr = ocr;
	idm_init(&dm, doc);
	if ((R.lay = ipdf_layout_new(&dm, doc)) == NULL) {
		ita_lines_close(lines);
		return idoc_nomem(doc);
	}
	if (strcmp(path, "-") == 0)
		rc = copy_stdin(&R, lines, &file);
	else if (path[0] == '-')	/* not an option to poppler */
		rc = ita_buf_printf(&file, "./%s", path);
	else
		rc = ita_buf_adds(&file, path);
	ita_lines_close(lines);
	if (rc == -1)
		goto out;
	R.file = file.p;
	{
		char *argv[] = { "pdftotext", "-bbox-layout", "-enc", "UTF-8",
		    file.p, "-", NULL };

		if (ipdf_child_start(&c, argv) == -1) {
			spawn_failed(&R, "pdftotext", "poppler-utils");
			rc = -1;
			goto out;
		}
	}
	rc = ipdfbox_read(R.lay, doc, ipdf_child_read, &c, doc->source, 0,
	    page_hook, &R, NULL, NULL, NULL);
	st = ipdf_child_wait(&c);
	if (st != 0 || rc == 2) {
		pdftotext_failed(&R, st, &c.errtext);
		if (rc == 2)
			rc = 3;		/* nothing read: no document */
		else if (rc == 0)
			rc = 1;
	} else if (c.errtext.len > 0 && !diag->quiet)
		idoc_diag(doc, 1, ITA_SEV_WARNING, "import.pdf",
		    "pdftotext: %s", first_line(&c.errtext));
	ita_buf_free(&c.errtext);
	if (rc == 0 || rc == 1) {
		if (ipdf_layout_end(R.lay) == -1 || idm_end(&dm) == -1)
			rc = -1;
	}
out:
	ipdf_layout_free(R.lay);
	idm_free(&dm);
	remove_tmpdir(&R);
	ita_buf_free(&file);
	return rc == -1 || R.failed ? -1 : 0;
}

struct linesrc {
	struct ita_lines	*lines;
	struct ita_diag		*diag;
};

static int
lines_read(void *ctx, char *buf, int len)
{
	struct linesrc *s = ctx;

	return (int)ita_lines_read(s->lines, buf, (size_t)len, s->diag);
}

int
import_pdfbox(struct doc *doc, const char *path, struct ita_lines *lines,
    struct ita_diag *diag)
{
	struct linesrc src = { lines, diag };
	struct pdf_images img = { NULL, NULL, NULL, 0, 0, 0 };
	char *dir = NULL, *slash;
	struct pdf_layout *lay;
	struct dm dm;
	int rc;

	idm_init(&dm, doc);
	if ((lay = ipdf_layout_new(&dm, doc)) == NULL) {
		ita_lines_close(lines);
		return idoc_nomem(doc);
	}
	/* an hOCR file's page images are beside it */
	if (path != NULL && strcmp(path, "-") != 0) {
		if ((dir = strdup(path)) == NULL) {
			ipdf_layout_free(lay);
			idm_free(&dm);
			ita_lines_close(lines);
			return idoc_nomem(doc);
		}
		if ((slash = strrchr(dir, '/')) == NULL)
			strcpy(dir, ".");
		else if (slash == dir)
			slash[1] = '\0';
		else
			*slash = '\0';
		img.dir = dir;
	}
	rc = ipdfbox_read(lay, doc, lines_read, &src, doc->source, 0,
	    NULL, NULL, &img, NULL, NULL);
	free(dir);
	if (rc == 2)
		idoc_diag(doc, 1, ITA_SEV_ERROR, "import.pdfbox", "no word "
		    "boxes: the input is empty");
	if (rc != -1 && rc != 2 && (ipdf_layout_end(lay) == -1 || idm_end(&dm) == -1))
		rc = -1;
	ipdf_layout_free(lay);
	idm_free(&dm);
	ita_lines_close(lines);
	return rc == -1 ? -1 : 0;
}

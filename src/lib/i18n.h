/*
 * Messages in the user's language (gettext, LC_MESSAGES, the "ita-tools"
 * catalog) and the language of headings in tables (--lang).
 *
 * Messages are translated centrally: the diag functions translate their
 * format, opts.c the option help and the program's purpose; call sites
 * mark strings only in option tables, with N_().
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#ifndef ITA_I18N_H
#define ITA_I18N_H

#define ITA_TEXTDOMAIN	"ita-tools"

/* Marks a string for xgettext; it is translated where it is shown. */
#define N_(s)	(s)

/* Thai, the reports' own language, is the zero value (ita-render's default). */
enum ita_lang {
	ITA_LANG_TH = 0,
	ITA_LANG_EN
};

/*
 * Sets LC_MESSAGES from the environment and finds the catalog: beside
 * the program (build/locale of a build tree, share/locale of an
 * install), else the compiled-in ITA_LOCALEDIR. Safe to call again.
 */
void	ita_i18n_init(void);
/* The translation of a message, or the message itself. */
const char *ita_tr(const char *) __attribute__((format_arg(1)));
/* The form for n of a message with a plural. */
const char *ita_ntr(const char *, const char *, unsigned long long n)
	    __attribute__((format_arg(1))) __attribute__((format_arg(2)));

/*
 * The heading of a column in a table for people: Thai for the columns
 * heading.c knows, else (and in English) the column's name. Static.
 */
const char *ita_heading(const char *name, enum ita_lang);

/* th when LC_ALL, else LC_MESSAGES, else LANG names a Thai locale. */
enum ita_lang ita_lang_default(void);
/* "th" or "en"; 0, or -1 for anything else. */
int	ita_lang_parse(const char *, enum ita_lang *);

#endif

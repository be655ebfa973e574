# ita-tools: composable Unix filters for Thai ITA reports.
# make [all] | check | demo | deps | deps-test | install | uninstall | bench |
# fuzz | corpus | clean
# SPDX-License-Identifier: ISC (see the file LICENSE)

VERSION	= 0.1.0
PREFIX	?= /usr/local
DESTDIR	?=
BINDIR	= $(PREFIX)/bin
MANDIR	= $(PREFIX)/share/man
SHAREDIR = $(PREFIX)/share/ita
LOCALEDIR = $(PREFIX)/share/locale
DOCDIR	= $(PREFIX)/share/doc/ita-tools

CC	?= cc
PKGS	= libxml-2.0 libutf8proc libthai libzip
# Debian's libcsv ships no .pc file; use pkg-config when one exists.
CSV_CFLAGS := $(shell pkg-config --cflags libcsv 2>/dev/null)
CSV_LIBS := $(shell pkg-config --libs libcsv 2>/dev/null || echo -lcsv)
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null) $(CSV_CFLAGS)
PKG_LIBS := $(shell pkg-config --libs $(PKGS) 2>/dev/null) $(CSV_LIBS)
CMOCKA_CFLAGS := $(shell pkg-config --cflags cmocka 2>/dev/null)
CMOCKA_LIBS := $(shell pkg-config --libs cmocka 2>/dev/null || echo -lcmocka)

WARN	= -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
	  -Wpointer-arith -Wformat=2
OPT	?= -O2 -g
SAN	?=
CFLAGS	?= $(OPT)
ALL_CFLAGS = -std=c11 -D_DEFAULT_SOURCE $(WARN) $(CFLAGS) $(SAN) \
	  -Isrc/lib $(PKG_CFLAGS) -DITA_VERSION='"$(VERSION)"' \
	  -DITA_SHAREDIR='"$(SHAREDIR)"' -DITA_LOCALEDIR='"$(LOCALEDIR)"' -MMD -MP
ALL_LDFLAGS = $(LDFLAGS) $(SAN)

# O is the build directory; B where the programs go.
O	?= build/release
B	?= bin

PROGS	= $(patsubst src/%/main.c,%,$(wildcard src/*/main.c))
BINS	= $(PROGS:%=$(B)/ita-%)
LIB_SRC	= $(wildcard src/lib/*.c)
LIB_OBJ	= $(LIB_SRC:src/%.c=$(O)/%.o)
LIB_A	= $(O)/libita.a
TEST_SRC = $(wildcard tests/unit/test_*.c)
TESTS	= $(TEST_SRC:tests/unit/%.c=$(O)/tests/%)
# Message catalogs: po/LANG.po -> build/locale/LANG/LC_MESSAGES/ita-tools.mo,
# where the programs of a build tree find them (src/lib/i18n.c).
LINGUAS	= $(patsubst po/%.po,%,$(wildcard po/*.po))
MOS	= $(LINGUAS:%=build/locale/%/LC_MESSAGES/ita-tools.mo)

.PHONY: all check unit demo deps deps-test install uninstall bench fuzz clean lint coverage pot po print-check
.SUFFIXES:

all: $(BINS) $(MOS)

build/locale/%/LC_MESSAGES/ita-tools.mo: po/%.po
	@mkdir -p $(@D)
	msgfmt --check -o $@ $<

# make pot: extract the messages (the diag functions' formats, found by
# po/keywords.py, and N_() in option tables); make po: merge into po/*.po.
pot:
	xgettext --from-code=UTF-8 --language=C --package-name=ita-tools \
	    --package-version=$(VERSION) --add-comments=TRANSLATORS: \
	    --keyword=N_ --keyword=ita_tr --keyword=ita_ntr:1,2 \
	    --keyword=put_count:3,4 \
	    $$(python3 po/keywords.py src/*/*.c src/*/*.h) \
	    -o po/ita-tools.pot $$(ls src/*/*.c src/*/*.h | LC_ALL=C sort)
po: pot
	for p in po/*.po; do msgmerge -q -U --backup=none $$p po/ita-tools.pot; done

$(O)/%.o: src/%.c
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(O)/tests/%.o: tests/unit/%.c
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(CMOCKA_CFLAGS) -Isrc -c -o $@ $<

$(LIB_A): $(LIB_OBJ)
	@mkdir -p $(@D)
	rm -f $@
	ar rcs $@ $(LIB_OBJ)

# A program is src/NAME/main.c plus the other files of src/NAME/.
define prog_rule
$(O)/$(1)/logic.a: $$(patsubst src/%.c,$(O)/%.o,$$(filter-out src/$(1)/main.c,$$(wildcard src/$(1)/*.c)))
	@mkdir -p $$(@D)
	rm -f $$@
	ar rcs $$@ $$^ $$(if $$^,,)
$(B)/ita-$(1): $(O)/$(1)/main.o $(O)/$(1)/logic.a $(LIB_A)
	@mkdir -p $$(@D)
	$$(CC) $$(ALL_LDFLAGS) -o $$@ $(O)/$(1)/main.o $(O)/$(1)/logic.a $(LIB_A) $$(PKG_LIBS) -lm
endef
$(foreach p,$(PROGS),$(eval $(call prog_rule,$(p))))

# tests/unit/test_NAME_*.c also links the logic of program NAME, if any.
test_prog = $(firstword $(filter $(PROGS),$(word 2,$(subst _, ,$(1)))))
define test_rule
$(O)/tests/$(1): $(O)/tests/$(1).o $(if $(call test_prog,$(1)),$(O)/$(call test_prog,$(1))/logic.a) $(LIB_A)
	$$(CC) $$(ALL_LDFLAGS) -o $$@ $$^ $$(PKG_LIBS) $$(CMOCKA_LIBS) -lm
endef
$(foreach t,$(TEST_SRC:tests/unit/%.c=%),$(eval $(call test_rule,$(t))))

unit: $(TESTS)

# The suite runs sanitized builds of everything, then the unit tests and
# the end-to-end cases; its last line is "N passed, N failed".
SANFLAGS = -fsanitize=address,undefined,float-cast-overflow -fno-omit-frame-pointer -fno-sanitize-recover=all
check: deps-test
	$(MAKE) O=build/asan B=build/asan/bin SAN='$(SANFLAGS)' OPT='-O1 -g' all unit
	sh tests/run.sh build/asan

# The demo prints its own lines only: installing and building go to logs.
demo:
	@mkdir -p build
	@sh tests/deps.sh >build/deps.log 2>&1 || \
	    { echo "demo: installing packages failed; see build/deps.log" >&2; exit 1; }
	@$(MAKE) --no-print-directory all >build/demo-build.log 2>&1 || \
	    { echo "demo: the build failed; see build/demo-build.log" >&2; exit 1; }
	@sh tests/demo.sh

# deps: what building, running and installing need; deps-test: the tests too.
deps:
	@sh tests/deps.sh

deps-test:
	@sh tests/deps.sh test

# make bench [N=records] [BENCH_RUNS=5] [BENCH_MEM=1] [BENCH_SHORT=0]:
# realistic records (../shared/bench) generated into build/bench, then the
# short synthetic ones; not part of make check.
bench: all
	@sh tests/deps.sh bench
	@BENCH_RUNS='$(BENCH_RUNS)' BENCH_MEM='$(BENCH_MEM)' \
	    BENCH_SHORT='$(BENCH_SHORT)' sh tests/bench/run.sh $(N)

fuzz:
	@sh tests/fuzz/run.sh

# Prints the seeds with Chromium and LibreOffice (not in CI).
print-check: all
	@sh tests/print-check.sh

# Fictional reports varying what real ones vary; recall per phenomenon,
# of the text exports and of the first 20 as .docx and .odt (made once by
# LibreOffice from their HTML: tests/corpus/orig).
CORPUS_N ?= 300
corpus: all
	@python3 tests/corpus/gen.py -n $(CORPUS_N) build/corpus
	@PATH=$(CURDIR)/$(B):$$PATH ITA_SHARE=$(CURDIR)/share/ita \
	    python3 tests/corpus/check.py build/corpus
	@PATH=$(CURDIR)/$(B):$$PATH ITA_SHARE=$(CURDIR)/share/ita \
	    python3 tests/corpus/check.py --forms docx,odt tests/corpus/orig

# Line coverage of src/ by the whole suite (gcov; gcovr prints the table).
coverage:
	rm -rf build/cov
	$(MAKE) O=build/cov B=build/cov/bin OPT='-O0 -g' SAN=--coverage all unit
	-sh tests/run.sh build/cov >build/cov/tests.log 2>&1; tail -n 1 build/cov/tests.log
	@if command -v gcovr >/dev/null; then \
	    gcovr -r . --object-directory build/cov --filter 'src/' -s \
	    --txt build/cov/coverage.txt | tail -n 3; \
	else echo "coverage: gcovr is not installed (apt-get install gcovr)"; fi

lint:
	mandoc -Tlint -W warning man/*.[1-9] man/th/*.[1-9]

install: all
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 \
	    $(DESTDIR)$(MANDIR)/man5 $(DESTDIR)$(MANDIR)/man7 $(DESTDIR)$(SHAREDIR) \
	    $(DESTDIR)$(PREFIX)/share/bash-completion/completions \
	    $(DESTDIR)$(PREFIX)/share/zsh/site-functions \
	    $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
	install -m 755 $(BINS) $(DESTDIR)$(BINDIR)
	for m in man/*.1; do install -m 644 $$m $(DESTDIR)$(MANDIR)/man1; done
	for m in man/*.5; do install -m 644 $$m $(DESTDIR)$(MANDIR)/man5; done
	for m in man/*.7; do install -m 644 $$m $(DESTDIR)$(MANDIR)/man7; done
	cp -R share/ita/. $(DESTDIR)$(SHAREDIR)/
	for f in completions/bash/*; do install -m 644 $$f $(DESTDIR)$(PREFIX)/share/bash-completion/completions; done
	for f in completions/zsh/*; do install -m 644 $$f $(DESTDIR)$(PREFIX)/share/zsh/site-functions; done
	for f in completions/fish/*; do install -m 644 $$f $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d; done
	for l in $(LINGUAS); do \
	    install -d $(DESTDIR)$(LOCALEDIR)/$$l/LC_MESSAGES && \
	    install -m 644 build/locale/$$l/LC_MESSAGES/ita-tools.mo \
	    $(DESTDIR)$(LOCALEDIR)/$$l/LC_MESSAGES || exit 1; done
	install -d $(DESTDIR)$(MANDIR)/th/man7 $(DESTDIR)$(DOCDIR)/th
	install -m 644 man/th/ita.7 $(DESTDIR)$(MANDIR)/th/man7
	# The manual as HTML too: terminals drop Thai vowels, browsers do not.
	for m in man/*.[157] man/th/ita.7; do \
	    d=$(DESTDIR)$(DOCDIR)/$${m#man/}; d=$${d%/*}; \
	    mandoc -Thtml -Oman=%N.%S.html $$m >$$d/$${m##*/}.html || exit 1; done

# Removes what install put there, by name (and the directories of ours).
uninstall:
	for b in $(PROGS:%=ita-%); do rm -f $(DESTDIR)$(BINDIR)/$$b; done
	for m in man/*.[157]; do \
	    rm -f $(DESTDIR)$(MANDIR)/man$${m##*.}/$${m##*/} \
	    $(DESTDIR)$(DOCDIR)/$${m##*/}.html; done
	rm -f $(DESTDIR)$(MANDIR)/th/man7/ita.7 $(DESTDIR)$(DOCDIR)/th/ita.7.html
	for f in completions/bash/*; do rm -f $(DESTDIR)$(PREFIX)/share/bash-completion/completions/$${f##*/}; done
	for f in completions/zsh/*; do rm -f $(DESTDIR)$(PREFIX)/share/zsh/site-functions/$${f##*/}; done
	for f in completions/fish/*; do rm -f $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/$${f##*/}; done
	for l in $(LINGUAS); do rm -f $(DESTDIR)$(LOCALEDIR)/$$l/LC_MESSAGES/ita-tools.mo; done
	rm -rf $(DESTDIR)$(SHAREDIR)
	-rmdir $(DESTDIR)$(DOCDIR)/th $(DESTDIR)$(DOCDIR) 2>/dev/null

clean:
	rm -rf build $(B)/ita-*

-include $(shell find build -name '*.d' 2>/dev/null)

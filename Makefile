# ita-tools: composable Unix filters for Thai ITA reports.
# make [all] | check | demo | deps | install | bench | fuzz | clean

VERSION	= 0.1.0
PREFIX	?= /usr/local
DESTDIR	?=
BINDIR	= $(PREFIX)/bin
MANDIR	= $(PREFIX)/share/man
SHAREDIR = $(PREFIX)/share/ita

CC	?= cc
PKGS	= libxml-2.0 libutf8proc libthai
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
	  -DITA_SHAREDIR='"$(SHAREDIR)"' -MMD -MP
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

.PHONY: all check unit demo deps install uninstall bench fuzz clean lint coverage
.SUFFIXES:

all: $(BINS)

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
SANFLAGS = -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
check: deps
	$(MAKE) O=build/asan B=build/asan/bin SAN='$(SANFLAGS)' OPT='-O1 -g' all unit
	sh tests/run.sh build/asan

demo: deps
	@$(MAKE) --no-print-directory all >/dev/null
	@sh tests/demo.sh

deps:
	@sh tests/deps.sh

bench: deps all
	@sh tests/bench/run.sh $(N)

fuzz:
	@sh tests/fuzz/run.sh

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
	mandoc -Tlint -W warning man/*.[1-9]

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

clean:
	rm -rf build $(B)/ita-*

-include $(shell find build -name '*.d' 2>/dev/null)

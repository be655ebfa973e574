#!/bin/sh
# Installs the Debian packages ita-tools needs, only those missing, and
# makes the th_TH.UTF-8 locale (Thai messages) where it is missing.
#	sh tests/deps.sh	building, running and installing (make deps)
#	sh tests/deps.sh test	also the tests (make deps-test, make check)
#	sh tests/deps.sh bench	also the benchmark's peers (make bench)
# Runs as root here; uses sudo otherwise.
# SPDX-License-Identifier: ISC (see the file LICENSE)
pkgs="build-essential pkg-config libcsv-dev libxml2-dev
libutf8proc-dev libthai-dev libthai-data libzip-dev gettext locales mandoc
poppler-utils"
test_pkgs="libcmocka-dev libxml2-utils python3 zsh fish
tesseract-ocr tesseract-ocr-tha"
# make bench: Miller (the peer of ita-stats), GNU time (peak memory).
bench_pkgs="python3 miller time"
[ "${1:-}" = test ] && pkgs="$pkgs $test_pkgs"
[ "${1:-}" = bench ] && pkgs="$pkgs $bench_pkgs"
sudo=
[ "$(id -u)" -eq 0 ] || sudo=sudo
missing=
for p in $pkgs; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null |
	    grep -q 'install ok installed' || missing="$missing $p"
done
if [ -n "$missing" ]; then
	echo "deps: installing$missing" >&2
	export DEBIAN_FRONTEND=noninteractive
	$sudo apt-get update -qq &&
	    $sudo apt-get install -y -qq --no-install-recommends $missing >&2 ||
	    exit 1
fi
# LANG=th_TH.UTF-8 needs the locale itself, not only the catalog.
if ! locale -a 2>/dev/null | grep -qi '^th_TH\.utf-\{0,1\}8$'; then
	echo "deps: generating the th_TH.UTF-8 locale" >&2
	$sudo localedef -i th_TH -f UTF-8 th_TH.UTF-8 >&2
fi

#!/bin/sh
# Installs the Debian packages that building and testing ita-tools need,
# only those missing. Runs as root here; uses sudo otherwise.
pkgs="build-essential pkg-config libcsv-dev libxml2-dev libxml2-utils
libutf8proc-dev libthai-dev libthai-data libcmocka-dev mandoc python3 zsh fish"
missing=
for p in $pkgs; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null |
	    grep -q 'install ok installed' || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "deps: installing$missing" >&2
sudo=
[ "$(id -u)" -eq 0 ] || sudo=sudo
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq &&
    $sudo apt-get install -y -qq --no-install-recommends $missing >&2

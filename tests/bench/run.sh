#!/bin/sh
# make bench [N=records]: runs every tests/bench/*.sh (except this one)
# with the optimised programs of bin/ on PATH. Figures go to stdout.
top=$(pwd)
PATH=$top/bin:$PATH
LC_ALL=C.UTF-8
ITA_SHARE=$top/share/ita
ITA_TOP=$top
export PATH LC_ALL ITA_SHARE ITA_TOP
echo "machine: $(nproc) cores, $(uname -m), $(sed -n 's/^model name[^:]*: //p' /proc/cpuinfo | head -n 1)"
for b in tests/bench/*.sh; do
	case $(basename "$b") in run.sh | peakmem.sh) continue ;; esac
	echo "== $b"
	sh "$b" "$@" || echo "$b failed (status $?)"
done

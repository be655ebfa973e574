#!/bin/sh
# make bench [N=records] [BENCH_RUNS=5] [BENCH_MEM=1] [BENCH_SHORT=0]:
# first the table on realistic records (realistic.sh, issue 14), then the
# short synthetic records of the other tests/bench/*.sh, with the
# optimised programs of bin/ on PATH. Figures go to stdout.
# SPDX-License-Identifier: ISC (see the file LICENSE)
top=$(pwd)
PATH=$top/bin:$PATH
LC_ALL=C.UTF-8
ITA_SHARE=$top/share/ita
ITA_TOP=$top
export PATH LC_ALL ITA_SHARE ITA_TOP
echo "machine: $(nproc) cores, $(uname -m), $(sed -n 's/^model name[^:]*: //p' /proc/cpuinfo | head -n 1)"
echo "== tests/bench/realistic.sh"
sh tests/bench/realistic.sh "$@" || echo "tests/bench/realistic.sh failed (status $?)"
[ "${BENCH_SHORT:-1}" = 0 ] && exit 0
echo "== short records"
for b in tests/bench/*.sh; do
	case $(basename "$b") in
	run.sh | peakmem.sh | realistic.sh) continue ;;
	esac
	echo "== $b"
	sh "$b" "$@" || echo "$b failed (status $?)"
done

# Sourced by tests/run.sh and tests/update.sh: the environment every case
# runs in (the programs of $bin first on PATH, the C locale, the data
# directory of this tree, sanitizers that fail a run with status 99).
# Needs $top (the top of the tree) and $bin.
# SPDX-License-Identifier: ISC (see the file LICENSE)
LC_ALL=C.UTF-8; export LC_ALL
ITA_SHARE=$top/share/ita; export ITA_SHARE
ITA_TOP=$top; export ITA_TOP
SHARED=$top/../shared; export SHARED
ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:exitcode=99; export ASAN_OPTIONS
UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:exitcode=99; export UBSAN_OPTIONS
PATH=$bin:$PATH; export PATH

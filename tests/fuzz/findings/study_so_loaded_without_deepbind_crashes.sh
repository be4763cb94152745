#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Finding (not fixed here): study.so crashes at the first switch back to a suspended context when PHP loads it
# without RTLD_DEEPBIND (PHP built with ASan, or a PHP configured without deep binding, as proposed upstream).
#
# study.so takes jump_fcontext(), make_fcontext() and ontop_fcontext() from libboost_context.so. The php binary
# exports its own jump_fcontext() and make_fcontext() (Zend's fibers, a newer Boost layout) but no ontop_fcontext().
# PHP 8.2 on glibc opens extensions with RTLD_DEEPBIND, so study.so's references bind to Boost's copies, and all is
# well. Without that flag they bind to the php binary's first: a context saved by PHP's jump_fcontext() is resumed by
# Boost's ontop_fcontext(), 8 bytes off, and the return lands on a stack address (SIGSEGV).
#
# Reproduce (after bash scripts/build.sh; tests/fuzz/nodeepbind.c drops the flag, as a PHP without it would):
#   gcc -shared -fPIC -o /tmp/nodeepbind.so tests/fuzz/nodeepbind.c -ldl
#   bash tests/fuzz/findings/study_so_loaded_without_deepbind_crashes.sh     -> "Segmentation fault", status 139
#
# Fix suggested: link Boost.Context statically into study.so with its symbols kept local, as scripts/fuzz.sh does
# for the ASan build (a linker script "INPUT(libboost_context.a)" before -lboost_context, and
# -Wl,--exclude-libs,ALL); or call the switch through names of study's own.
cd "$(dirname "${BASH_SOURCE[0]}")/../../.." || exit 1
[[ -f /tmp/nodeepbind.so ]] || gcc -shared -fPIC -o /tmp/nodeepbind.so tests/fuzz/nodeepbind.c -ldl
LD_PRELOAD=/tmp/nodeepbind.so php -n -d extension="$PWD/modules/study.so" \
    -r 'Sgo(function () { Sco::sleep(0.001); echo "woke\n"; }); echo "end\n";'
echo "exit status $?"

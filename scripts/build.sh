#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds modules/study.so the way PHP users do: phpize, ./configure --enable-study, make.
# phpize and configure run only when their input changed, so a second run only recompiles what is stale.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# Deletes the extension's libtool objects and their .dep files so make compiles everything again (a .dep file of an
# object built before would name headers a pull may have removed). `make clean` would also delete the CMake objects
# under build/, so it is not used.
drop_objects() {
    find . \( -path ./build -o -path ./.git \) -prune -o \( -name '*.lo' -o -name '*.dep' \) -exec rm -f {} +
}

if [[ ! -f configure || config.m4 -nt configure ]]; then
    phpize
fi

# phpize copies gen_stub.php into build/, where the Makefile's arginfo rule would download PHP-Parser.
# Point it at Debian's php-parser instead, so that rule also works offline.
if [[ -f build/gen_stub.php && ! -e build/PHP-Parser-4.15.1 ]]; then
    mkdir build/PHP-Parser-4.15.1
    ln -s /usr/share/php build/PHP-Parser-4.15.1/lib
fi

if [[ ! -f Makefile || configure -nt Makefile ]]; then
    ./configure --enable-study
    # New flags or sources from config.m4 must not be mixed with objects built before.
    drop_objects
fi

# Header changes need nothing here: PHP 8.2's Makefile compiles with -MMD and includes the .dep files, and config.m4
# adds -MP, so a header removed or renamed since (by a pull) is no longer a target make cannot make.
make -j"$(nproc)"

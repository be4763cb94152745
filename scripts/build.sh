#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds modules/study.so the way PHP users do: phpize, ./configure --enable-study, make.
# phpize and configure run only when their input changed, so a second run only recompiles what is stale.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# Deletes the extension's libtool objects so make compiles everything again. `make clean` would also
# delete the CMake objects under build/, so it is not used.
drop_objects() {
    find . \( -path ./build -o -path ./.git \) -prune -o -name '*.lo' -exec rm -f {} +
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

# Header changes need nothing here: PHP 8.2's Makefile compiles with -MMD and includes the .dep files. A .dep file
# that names a file gone since (a header removed or renamed by a pull) would stop make ("No rule to make target"):
# it is deleted with its object, which is then compiled again.
while IFS= read -r -d '' dep; do
    for file in $(sed -e 's/\\$//' -e 's/^[^:]*://' "$dep"); do
        if [[ ! -e "$file" ]]; then
            rm -f "$dep" "${dep%.dep}.lo"
            break
        fi
    done
done < <(find . \( -path ./build -o -path ./.git \) -prune -o -name '*.dep' -print0)
make -j"$(nproc)"

#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The Debian package (debian/, dh-php): php8.2-study on Debian 12.
#   bash scripts/deb.sh build    dpkg-buildpackage -us -uc -b in a copy of the files git knows of (build/deb/src),
#                                offline; the .deb lands in build/deb/; then lintian on it (errors fail)
# Prints PASS/FAIL lines as scripts/test.sh does; the exit status is the number of failures.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

failures=0
ok() { echo "PASS: $*"; }
not_ok() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}

build() {
    local out="$PWD/build/deb" log="$PWD/build/deb/build.log"
    rm -rf "$out"
    mkdir -p "$out/src"
    git ls-files -z --cached --others --exclude-standard | rsync -rlpD --from0 --files-from=- ./ "$out/src/"
    # dpkg-buildpackage writes the packages next to the source folder: build/deb/.
    if (cd "$out/src" && dpkg-buildpackage -us -uc -b) >"$log" 2>&1; then
        ok "dpkg-buildpackage: $(cd "$out" && ls -- *.deb | tr '\n' ' ')"
    else
        tail -n 30 "$log"
        not_ok "dpkg-buildpackage failed, see ${log#"$PWD/"}"
        return
    fi
    local lintian_log="$out/lintian.log"
    lintian --fail-on error "$out"/*.changes >"$lintian_log" 2>&1
    if grep -q '^E: ' "$lintian_log"; then
        grep '^E: ' "$lintian_log"
        not_ok "lintian reports errors (${lintian_log#"$PWD/"})"
    else
        ok "lintian: no error ($(grep -c '^W: ' "$lintian_log") warnings, see ${lintian_log#"$PWD/"})"
    fi
}

case "${1:-}" in
    build) build ;;
    *)
        echo "usage: deb.sh build" >&2
        exit 2
        ;;
esac
exit "$failures"

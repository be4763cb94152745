#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The Debian package (debian/, dh-php): php8.2-study on Debian 12.
#   bash scripts/deb.sh check          fails when debian/changelog's version is not PHP_STUDY_VERSION
#   bash scripts/deb.sh build          dpkg-buildpackage -us -uc -b in a copy of the files git knows of (build/deb/src),
#                                      offline; the .deb lands in build/deb/; then lintian on it (errors fail)
#   bash scripts/deb.sh install-test   installs build/deb's package with apt into a clean Debian 12 chroot (php8.2-cli
#                                      and what the package pulls in from the archive, nothing else), then checks with
#                                      plain `php` (the module enabled by the package, no -d extension=): php -m lists
#                                      study, php --ri study gives the version, examples/demo.php runs, and a smoke set
#                                      of phpt folders passes
# Several actions run in turn (deb.sh build install-test); install-test is then skipped when the build failed.
#
# The install test needs root, mmdebstrap and the network (apt fetches the package's dependencies). Its chroot is made
# once per recipe (suite, sources, packages) as a tarball in ${STUDY_DEB_CHROOT_DIR:-/var/cache/study/deb-chroot}, and
# unpacked afresh into a temporary folder for each run. Logs: build/deb/install-test*.
# Prints PASS/FAIL lines as scripts/test.sh does; the exit status is the number of failures.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.." || exit 1
# ok, not_ok, failures, show_tail, phpt_report
source scripts/lib/report.sh
# study_version
source scripts/lib/version.sh
# chroot_mmdebstrap, chroot_exec
source scripts/lib/chroot.sh

OUT="$PWD/build/deb"
CACHE="${STUDY_DEB_CHROOT_DIR:-/var/cache/study/deb-chroot}"
MIRROR="${STUDY_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
SECURITY_MIRROR="${STUDY_DEBIAN_SECURITY_MIRROR:-http://deb.debian.org/debian-security}"
# The phpt folders and files of the install test: the API against the stubs, and what needs no server, client tool or
# other extension. Each runs with the installed package only.
SMOKE_TESTS=(tests/phpt/api tests/phpt/coroutine tests/phpt/channel tests/phpt/timer tests/phpt/waitgroup
    tests/phpt/socket/tcp_echo_between_two_coroutines.phpt tests/phpt/socket/udp_echo_reports_sender_address_and_port.phpt
    tests/phpt/socket/unix_stream_echo.phpt)


check() {
    local listed
    listed="$(dpkg-parsechangelog -S Version 2>/dev/null)"
    if [[ "$listed" == "$(study_version)" ]]; then
        ok "debian/changelog's version is PHP_STUDY_VERSION ($listed)"
    else
        not_ok "debian/changelog's version '$listed' is not PHP_STUDY_VERSION '$(study_version)' (scripts/release.sh prepare)"
    fi
}

build() {
    local log="$OUT/build.log"
    rm -rf "$OUT"
    mkdir -p "$OUT/src"
    git ls-files -z --cached --others --exclude-standard | rsync -rlpD --from0 --files-from=- ./ "$OUT/src/"
    # dpkg-buildpackage writes the packages next to the source folder: build/deb/.
    if (cd "$OUT/src" && dpkg-buildpackage -us -uc -b) >"$log" 2>&1; then
        ok "dpkg-buildpackage: $(cd "$OUT" && ls -- *.deb | tr '\n' ' ')"
    else
        show_tail "$log" 30
        not_ok "dpkg-buildpackage failed, see ${log#"$PWD/"}"
        return 1
    fi
    local lintian_log="$OUT/lintian.log"
    lintian --fail-on error "$OUT"/*.changes >"$lintian_log" 2>&1
    if grep -q '^E: ' "$lintian_log"; then
        grep '^E: ' "$lintian_log"
        not_ok "lintian reports errors (${lintian_log#"$PWD/"})"
    else
        ok "lintian: no error ($(grep -c '^W: ' "$lintian_log") warnings, see ${lintian_log#"$PWD/"})"
    fi
}

# The install test's chroot: Debian 12 as a machine gets it (the point release, its updates and security updates),
# apt, and the package's PHP CLI. The package's own dependencies are not in it: apt fetches them at the test. apt's
# lists stay in the tarball, so that the test's `apt-get update` fetches only what changed since.
install_recipe() {
    RECIPE_SUITE=bookworm
    RECIPE_SOURCES=("deb $MIRROR bookworm main" "deb $MIRROR bookworm-updates main"
        "deb $SECURITY_MIRROR bookworm-security main")
    RECIPE_PACKAGES=("php$1-cli")
    RECIPE_OPTIONS=(--variant=apt --skip=cleanup/apt/lists)
}

recipe_text() {
    printf 'suite %s\nsources %s\npackages %s\noptions %s\n' "$RECIPE_SUITE" "${RECIPE_SOURCES[*]}" \
        "${RECIPE_PACKAGES[*]}" "${RECIPE_OPTIONS[*]}"
}

# Sets TARBALL to the install test's chroot for PHP $1, building it unless the one of the current recipe is there.
# Tarballs of older recipes are removed. A lock makes parallel runs wait for one build.
install_chroot() {
    install_recipe "$1"
    mkdir -p "$CACHE"
    TARBALL="$CACHE/debian12-php$1-$(recipe_text | sha256sum | cut -c1-16).tar"
    [[ -f "$TARBALL" ]] && return 0
    exec 8>"$CACHE/.lock"
    flock 8
    if [[ ! -f "$TARBALL" ]]; then
        echo "deb.sh: building $TARBALL"
        recipe_text
        rm -f "$TARBALL.new"
        chroot_mmdebstrap "${RECIPE_OPTIONS[@]}" --format=tar --include="$(IFS=,; echo "${RECIPE_PACKAGES[*]}")" \
            "$RECIPE_SUITE" "$TARBALL.new" "${RECIPE_SOURCES[@]}" || { rm -f "$TARBALL.new"; exec 8>&-; return 1; }
        recipe_text >"$TARBALL.recipe"
        mv "$TARBALL.new" "$TARBALL"
        find "$CACHE" -maxdepth 1 -name "debian12-php$1-*.tar*" ! -name "$(basename "$TARBALL")*" -delete
    fi
    exec 8>&-
}

# Runs "$@" in the unpacked chroot ($ROOTFS), in /study, as a child (chroot_exec replaces its shell).
in_chroot() { (chroot_exec "$ROOTFS" /study -- "$@"); }

install_test() {
    local debs=("$OUT"/php*-study_*.deb)
    if [[ ! -f "${debs[0]}" ]]; then
        not_ok "install test: no package in build/deb (bash scripts/deb.sh build)"
        return
    fi
    if [[ "$(id -u)" != 0 ]] || ! command -v mmdebstrap >/dev/null; then
        not_ok "install test: needs root and mmdebstrap (scripts/setup.sh installs it)"
        return
    fi
    local deb="${debs[0]}" php_version log="$OUT/install-test.log" started=$SECONDS
    php_version="$(basename "$deb" | sed -n 's/^php\([0-9.]*\)-study_.*/\1/p')"
    : >"$log"
    if ! install_chroot "$php_version" >>"$log" 2>&1; then
        show_tail "$log"
        not_ok "install test: the Debian 12 chroot could not be built (mmdebstrap; needs the network), see ${log#"$PWD/"}"
        return
    fi
    ROOTFS="$(mktemp -d "${TMPDIR:-/var/tmp}/study-deb-root.XXXXXX")"
    trap remove_rootfs EXIT
    trap 'exit 143' TERM
    trap 'exit 130' INT
    tar -xf "$TARBALL" -C "$ROOTFS" --numeric-owner
    local ready=$((SECONDS - started))
    install_checks "$deb" "$php_version" "$log"
    echo "install test: $((SECONDS - started)) s in all (chroot unpacked after $ready s)"
    remove_rootfs
}

# Removes the unpacked chroot, also when the test is interrupted. The mounts were in the commands' own namespaces and
# ended with them; never remove through a mount left behind.
remove_rootfs() {
    [[ -n "${ROOTFS:-}" && -d "$ROOTFS" ]] || return 0
    if grep -q " $ROOTFS/" /proc/mounts; then
        not_ok "install test: something is still mounted under $ROOTFS (left in place)"
    else
        rm -rf "$ROOTFS"
    fi
    ROOTFS=""
}

# The checks inside the unpacked chroot: apt installs the package, then plain php.
install_checks() {
    local deb="$1" php_version="$2" log="$3" name before after
    name="$(basename "$deb")"
    mkdir -p "$ROOTFS/study/tests/phpt"
    cp "$deb" "$ROOTFS/study/"
    cp "$(ls /usr/lib/php/*/build/run-tests.php | head -n 1)" "$ROOTFS/study/"
    # All of tests/phpt: a test may include a file of another folder.
    git ls-files -z --cached --others --exclude-standard examples stubs tests/phpt |
        rsync -rlpD --from0 --files-from=- ./ "$ROOTFS/study/"
    before="$(in_chroot dpkg-query -W -f '${Package}\n' | wc -l)"
    if in_chroot bash -c "apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q ./$name" >>"$log" 2>&1
    then
        after="$(in_chroot dpkg-query -W -f '${Package}\n' | wc -l)"
        ok "apt-get install ./$name into a clean Debian 12 (php$php_version-cli only): $((after - before - 1)) dependencies from the archive"
    else
        show_tail "$log"
        not_ok "apt-get install ./$name in the Debian 12 chroot failed, see ${log#"$PWD/"}"
        return
    fi
    if in_chroot php -m 2>&1 | grep -qx study && in_chroot test -e "/etc/php/$php_version/cli/conf.d/20-study.ini"; then
        ok "php -m lists study: the package enabled it (/etc/php/$php_version/cli/conf.d/20-study.ini)"
    else
        not_ok "php -m does not list study after the install: $(in_chroot php -m 2>&1 | tr '\n' ' ')"
    fi
    local info
    info="$(in_chroot php --ri study 2>&1)"
    if grep -q "^Version => $(study_version)\$" <<<"$info"; then
        ok "php --ri study gives version $(study_version) with the installed package"
    else
        not_ok "php --ri study with the installed package: $info"
    fi
    if in_chroot php examples/demo.php >"$OUT/install-test-demo.out" 2>&1 &&
        grep -q '^main script: live coroutines now: 0;' "$OUT/install-test-demo.out"; then
        ok "examples/demo.php runs with the installed package"
    else
        not_ok "examples/demo.php with the installed package: $(tail -n 5 "$OUT/install-test-demo.out")"
    fi
    # run-tests without -n and without -d extension=: the tests get study from the package's INI file.
    in_chroot php run-tests.php -q --no-color --no-progress --show-diff -g FAIL,LEAK,BORK,WARN,SKIP -p /usr/bin/php \
        -W /study/results --set-timeout 240 "${SMOKE_TESTS[@]}" >"$OUT/install-test-phpt.log" 2>&1
    phpt_report "phpt smoke set with the installed package" "$ROOTFS/study/results" \
        "$OUT/install-test-phpt.log"
}

[[ $# -gt 0 ]] || set -- usage
built=1
for action in "$@"; do
    case "$action" in
        check) check ;;
        build) build || built=0 ;;
        install-test)
            if ((built)); then
                install_test
            else
                echo "SKIP: install test: the package did not build"
            fi
            ;;
        *)
            echo "usage: deb.sh check|build|install-test..." >&2
            exit 2
            ;;
    esac
done
exit "$failures"

#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Releases. The version lives in one place, PHP_STUDY_VERSION in php_study.h; the files that must carry it too are
# written from it (package.xml by scripts/pecl.sh update, debian/changelog by `prepare`) and checked against it.
#
#   bash scripts/release.sh prepare VERSION
#       On a clean tree: sets PHP_STUDY_VERSION to VERSION, turns CHANGELOG.md's Unreleased section into VERSION's
#       (dated today, a new empty Unreleased above it), adds VERSION's entry to debian/changelog and rewrites
#       package.xml (its notes are VERSION's section). Review the change, commit it, then:
#   bash scripts/release.sh [--skip-tests] [--dry-run] [--dist DIR] VERSION
#       Checks, and changes nothing: git status is clean, VERSION is MAJOR.MINOR.PATCH and is PHP_STUDY_VERSION,
#       CHANGELOG.md has a dated section for it, package.xml (files, version, notes) and debian/changelog agree
#       (scripts/pecl.sh check, scripts/deb.sh check). Then runs the whole test suite (bash scripts/test.sh; not with
#       --skip-tests), and writes into dist/ (or DIR, which must be empty or absent): the PECL package
#       study-VERSION.tgz, the Debian package php8.2-study_VERSION_*.deb, the stubs package study-stubs-VERSION.tgz
#       and SHA256SUMS.
#       --dry-run: the checks and the quick artifacts (no tests and no Debian package, whose build takes minutes), into
#       DIR or a temporary folder that is removed; tests/scripts/release_test.sh runs it in scripts/test.sh.
# Tags and publishes nothing: the last line says what is left to do. Prints PASS/FAIL lines as scripts/test.sh does;
# the exit status is the number of failures (2 for a usage error).
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.." || exit 1
# ok, not_ok, failures
source scripts/lib/report.sh
# study_version, changelog_section
source scripts/lib/version.sh

usage() {
    awk 'NR > 2 && !/^#/ { exit } NR > 2 { print }' "$0" >&2
    exit 2
}
die() {
    echo "release.sh: $*" >&2
    exit 1
}

# Semantic versioning's MAJOR.MINOR.PATCH. Pre-releases are not taken: PECL and Debian spell them each their own way.
is_semver() { [[ "$1" =~ ^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$ ]]; }
is_clean() { [[ -z "$(git status --porcelain --untracked-files=normal 2>&1)" ]]; }
# CHANGELOG.md's heading of a released version: "## [1.2.3] - 2026-12-05".
changelog_heading() { grep -m 1 -E "^## \[${1//./\\.}\] - [0-9]{4}-[0-9]{2}-[0-9]{2}\$" CHANGELOG.md; }

prepare() {
    local new="$1" today
    is_semver "$new" || die "'$new' is not a version MAJOR.MINOR.PATCH"
    is_clean || die "the tree has changes (git status): commit or stash them, so that the release's change is only its own"
    [[ -z "$(changelog_heading "$new")" ]] || die "CHANGELOG.md has a section for $new already"
    [[ -n "$(changelog_section '## [Unreleased]' | grep -v '^\s*$')" ]] ||
        die "CHANGELOG.md's Unreleased section is empty: what does $new change?"
    today="$(date -u +%Y-%m-%d)"
    sed -i "s/^#define PHP_STUDY_VERSION \".*\"\$/#define PHP_STUDY_VERSION \"$new\"/" php_study.h
    sed -i "s/^## \[Unreleased\]\$/## [Unreleased]\n\n## [$new] - $today/" CHANGELOG.md
    # A native package: its version is the release's. The entry's maintainer and distribution are the last entry's.
    if [[ "$(dpkg-parsechangelog -S Version)" != "$new" ]]; then
        local trailer
        trailer="$(grep -m 1 '^ -- ' debian/changelog | sed 's/>  .*$/>/')"
        {
            printf '%s (%s) %s; urgency=medium\n\n' "$(dpkg-parsechangelog -S Source)" "$new" \
                "$(dpkg-parsechangelog -S Distribution)"
            printf '  * Release %s: see CHANGELOG.md.\n\n%s  %s\n\n' "$new" "$trailer" "$(date -u -R)"
            cat debian/changelog
        } >debian/changelog.new && mv debian/changelog.new debian/changelog
    fi
    bash scripts/pecl.sh update
    git --no-pager diff --stat
    echo "release.sh: prepared $new. Review (git diff), commit, then: bash scripts/release.sh $new"
}

# The checks of a release of $1; each prints PASS or FAIL.
check_tree() {
    local new="$1"
    if is_clean; then ok "git status: clean"; else not_ok "git status: the tree has changes (commit them first)"; fi
    if is_semver "$new"; then
        ok "$new is a semantic version"
    else
        not_ok "'$new' is not a version MAJOR.MINOR.PATCH"
    fi
    if [[ "$(study_version)" == "$new" ]]; then
        ok "PHP_STUDY_VERSION is $new"
    else
        not_ok "PHP_STUDY_VERSION is '$(study_version)', not $new (bash scripts/release.sh prepare $new)"
    fi
    local heading
    heading="$(changelog_heading "$new")"
    if [[ -n "$heading" && -n "$(changelog_section "$heading" | grep -v '^\s*$')" ]]; then
        ok "CHANGELOG.md has the section '$heading'"
    else
        not_ok "CHANGELOG.md has no dated section for $new with entries (bash scripts/release.sh prepare $new)"
    fi
    bash scripts/pecl.sh check
    failures=$((failures + $?))
    bash scripts/deb.sh check
    failures=$((failures + $?))
}

# Writes the artifacts into $1. With $2 = 1 (a dry run), not the Debian package.
artifacts() {
    local dist="$1" dry="$2" new="$3" work
    work="$(mktemp -d)"
    # pecl.sh package leaves its log beside the archive: the log stays out of dist/.
    if bash scripts/pecl.sh package "$work"; then
        mv "$work/study-$new.tgz" "$dist/"
    else
        failures=$((failures + 1))
    fi
    rm -rf "$work"
    local debs=(build/deb/*.deb)
    if ((dry)); then
        echo "dry run: no Debian package (bash scripts/deb.sh build)"
    elif [[ -f build/release-tests.started && -f "${debs[0]}" && "${debs[0]}" -nt build/release-tests.started ]]; then
        # The test run built it from this tree (and installed it into a clean Debian 12): no second build.
        cp "${debs[@]}" "$dist/"
        ok "Debian package of the test run: $(cd build/deb && ls -- *.deb | tr '\n' ' ')"
    elif bash scripts/deb.sh build; then
        cp build/deb/*.deb "$dist/"
    else
        failures=$((failures + 1))
    fi
    bash scripts/stubs.sh archive "$dist" "$new"
    failures=$((failures + $?))
    if (cd "$dist" && find . -maxdepth 1 -type f ! -name SHA256SUMS -printf '%f\n' | sort |
        xargs -r sha256sum -- >SHA256SUMS) && [[ -s "$dist/SHA256SUMS" ]]; then
        ok "SHA256SUMS of $(wc -l <"$dist/SHA256SUMS") files"
    else
        not_ok "could not write $dist/SHA256SUMS"
    fi
}

release() {
    local skip_tests=0 dry=0 dist="" new=""
    while [[ $# -gt 0 ]]; do
        case "$1" in
            --skip-tests) skip_tests=1 ;;
            --dry-run) dry=1 skip_tests=1 ;;
            --dist) dist="${2:?--dist needs a folder}"; shift ;;
            -*) usage ;;
            *) [[ -z "$new" ]] || usage; new="$1" ;;
        esac
        shift
    done
    [[ -n "$new" ]] || usage
    local temporary=0
    if [[ -z "$dist" ]]; then
        if ((dry)); then
            dist="$(mktemp -d)" temporary=1
        else
            dist=dist
            rm -rf dist
        fi
    fi
    [[ ! -e "$dist" || -z "$(ls -A "$dist")" ]] || die "$dist is not empty"
    mkdir -p "$dist"

    check_tree "$new"
    if ((failures > 0)); then
        echo "release.sh: the tree is not ready for $new ($failures failed checks above); nothing was built"
        return
    fi
    mkdir -p build
    rm -f build/release-tests.log build/release-tests.started
    ((skip_tests)) || touch build/release-tests.started
    if ((skip_tests)); then
        echo "tests: skipped"
    elif bash scripts/test.sh >build/release-tests.log 2>&1; then
        ok "bash scripts/test.sh: $(tail -n 1 build/release-tests.log)"
    else
        tail -n 30 build/release-tests.log
        not_ok "bash scripts/test.sh failed (build/release-tests.log); nothing was built"
        return
    fi
    artifacts "$dist" "$dry" "$new"
    ls -l "$dist"
    if ((temporary)); then
        rm -rf "$dist"
    elif ((failures == 0 && !dry)); then
        echo "release.sh: $new is in $dist/. Left to do: git tag -a v$new -m 'study $new' && git push --tags, then" \
            "publish $dist/* (PECL upload, the Debian archive, the release page) and check SHA256SUMS there."
    fi
}

case "${1:-}" in
    prepare) prepare "${2:?usage: release.sh prepare VERSION}" ;;
    "" | -h | --help) usage ;;
    *) release "$@" ;;
esac
exit "$failures"

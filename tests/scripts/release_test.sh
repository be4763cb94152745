#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# scripts/release.sh on a scratch copy of the tree, so that the release script does not rot (scripts/test.sh runs this
# among its checks; it takes seconds). `prepare` for the next patch version, committed, then a dry run: every check
# passes, and the folder it writes holds the PECL package, the stubs package with its version and a SHA256SUMS that
# sha256sum -c accepts. Refused: a version that is not PHP_STUDY_VERSION, one that is not MAJOR.MINOR.PATCH, and a
# tree with changes. Prints PASS/FAIL lines; the exit status is the number of failures.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.." || exit 1
# ok, not_ok, failures
source scripts/lib/report.sh

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/tree"
git ls-files -z --cached --others --exclude-standard | rsync -rlpD --from0 --files-from=- ./ "$tmp/tree/"
cd "$tmp/tree" || exit 1
commit() { git -c user.name=release-test -c user.email=release-test@study.invalid commit -q "$@"; }
git init -q && git add -A && commit -m scratch

# study_version (of the scratch copy: read from the current folder)
source scripts/lib/version.sh
current="$(study_version)"
next="${current%.*}.$((${current##*.} + 1))"
if bash scripts/release.sh prepare "$next" >"$tmp/prepare.log" 2>&1 && commit -am "Release $next"; then
    ok "release.sh prepare $next (from $current) on a scratch copy"
else
    show_tail "$tmp/prepare.log" 20
    not_ok "release.sh prepare $next failed"
fi

if bash scripts/release.sh --dry-run --dist "$tmp/dist" "$next" >"$tmp/dry-run.log" 2>&1; then
    ok "release.sh --dry-run $next: $(grep -c '^PASS: ' "$tmp/dry-run.log") checks and artifacts passed"
else
    grep '^FAIL: ' "$tmp/dry-run.log" || show_tail "$tmp/dry-run.log" 20
    not_ok "release.sh --dry-run $next failed"
fi
if [[ -f "$tmp/dist/study-$next.tgz" && -f "$tmp/dist/study-stubs-$next.tgz" ]] &&
    (cd "$tmp/dist" && sha256sum --quiet -c SHA256SUMS) >"$tmp/sums.log" 2>&1 &&
    [[ "$(wc -l <"$tmp/dist/SHA256SUMS")" == 2 ]]; then
    ok "the dry run wrote study-$next.tgz, study-stubs-$next.tgz and their SHA256SUMS"
else
    ls -l "$tmp/dist" 2>&1
    cat "$tmp/sums.log" 2>/dev/null
    not_ok "the dry run's folder lacks an artifact, or SHA256SUMS does not match"
fi
stubs_version="$(tar -xzOf "$tmp/dist/study-stubs-$next.tgz" study-stubs/composer.json 2>/dev/null |
    php -n -r 'echo json_decode(stream_get_contents(STDIN), true)["version"] ?? "";')"
if [[ "$stubs_version" == "$next" ]] && tar -tzf "$tmp/dist/study-stubs-$next.tgz" | grep -qx study-stubs/study.php; then
    ok "the stubs package holds study.php and names its version $next"
else
    not_ok "the stubs package: version '$stubs_version', files: $(tar -tzf "$tmp/dist/study-stubs-$next.tgz" 2>&1 | tr '\n' ' ')"
fi

# Each refusal: the command fails and says why.
refused() {
    local what="$1" expected="$2"
    shift 2
    if bash scripts/release.sh --dry-run "$@" >"$tmp/refused.log" 2>&1; then
        not_ok "release.sh --dry-run $*: passed, but $what must be refused"
    elif grep -qF -- "$expected" "$tmp/refused.log"; then
        ok "release.sh refuses $what: $expected"
    else
        show_tail "$tmp/refused.log" 20
        not_ok "release.sh --dry-run $* failed without saying '$expected'"
    fi
}
refused "a version that is not PHP_STUDY_VERSION" "PHP_STUDY_VERSION is '$next', not $current" "$current"
refused "a version that is not MAJOR.MINOR.PATCH" "'$next.0' is not a version MAJOR.MINOR.PATCH" "$next.0"
echo "a change" >>README.md
refused "a tree with changes" "git status: the tree has changes" "$next"
exit "$failures"

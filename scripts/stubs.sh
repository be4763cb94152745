#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The IDE stubs package: stubs/ is the Composer package study/study-stubs, for IDEs and static analysers.
#   bash scripts/stubs.sh update   writes stubs/study.php from ext/stubs/*.stub.php (scripts/stubs.php) and stubs/LICENSE
#                                  from LICENSE
#   bash scripts/stubs.sh check    fails when stubs/ is not what update would write (run update and commit), when
#                                  composer validate finds fault with stubs/composer.json, or when a project cannot
#                                  require the package from a path repository (what stubs/README.md advises)
#   bash scripts/stubs.sh archive DIR VERSION
#                                  writes DIR/study-stubs-VERSION.tgz: stubs/ with "version" set in its composer.json,
#                                  which a Composer "artifact" repository needs (scripts/release.sh)
# The constants that ext/stubs leave to the C code (`= UNKNOWN`) get the values of the built module, $STUDY_MODULE
# (default modules/study.so: bash scripts/build.sh first). Prints PASS/FAIL lines as scripts/test.sh does; the exit
# status is the number of failures.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.." || exit 1
# ok, not_ok, failures
source scripts/lib/report.sh

module="${STUDY_MODULE:-$PWD/modules/study.so}"

# Writes what stubs/ holds besides composer.json and README.md into the folder $1.
generate() {
    if [[ ! -f "$module" ]]; then
        echo "stubs.sh: $module is not built (bash scripts/build.sh)" >&2
        return 1
    fi
    mkdir -p "$1"
    php -n -d extension=tokenizer -d "extension=$module" scripts/stubs.php ext/stubs >"$1/study.php" &&
        cp LICENSE "$1/LICENSE"
}

check() {
    local tmp
    tmp="$(mktemp -d)"
    if ! generate "$tmp/stubs" 2>"$tmp/err"; then
        not_ok "stubs/ could not be generated: $(cat "$tmp/err")"
    elif ! php -n -l "$tmp/stubs/study.php" >"$tmp/lint" 2>&1; then
        not_ok "the generated stubs are not valid PHP: $(cat "$tmp/lint")"
    elif diff -u stubs/study.php "$tmp/stubs/study.php" >"$tmp/diff" 2>&1 && cmp -s LICENSE stubs/LICENSE; then
        ok "stubs/study.php is generated from ext/stubs as they are ($(grep -c '^// From ext/stubs/' stubs/study.php) files)"
    else
        head -n 40 "$tmp/diff"
        not_ok "stubs/ is out of date with ext/stubs (bash scripts/stubs.sh update, and commit stubs/)"
    fi
    rm -rf "$tmp"
    local out
    # --strict: a warning (an unbound version constraint, say) fails too.
    if out="$(composer validate --no-interaction --no-check-lock --strict stubs/composer.json 2>&1)"; then
        ok "stubs/composer.json is valid (composer validate --strict)"
    else
        not_ok "composer validate stubs/composer.json: $out"
    fi
    install_from_path
}

# What stubs/README.md tells users until the package is on Packagist: a project that requires it from a path
# repository gets study.php in vendor/. Offline: Packagist is switched off, and Composer's home and cache are private.
install_from_path() {
    local project
    project="$(mktemp -d)"
    printf '{"repositories": [{"type": "path", "url": "%s", "options": {"symlink": false}}, {"packagist.org": false}]}\n' \
        "$PWD/stubs" >"$project/composer.json"
    if (cd "$project" && COMPOSER_HOME="$project/.home" COMPOSER_CACHE_DIR="$project/.cache" \
        composer require --dev --no-interaction --no-audit 'study/study-stubs:@dev') >"$project/log" 2>&1 &&
        cmp -s stubs/study.php "$project/vendor/study/study-stubs/study.php"; then
        ok "composer require --dev study/study-stubs from a path repository installs vendor/study/study-stubs/study.php"
    else
        not_ok "composer require of stubs/ from a path repository: $(tail -n 5 "$project/log")"
    fi
    rm -rf "$project"
}

archive() {
    local dir="$1" version="$2" tmp
    tmp="$(mktemp -d)"
    mkdir -p "$dir" "$tmp/study-stubs"
    cp -r stubs/. "$tmp/study-stubs/"
    php -n -r '$file = $argv[1]; $json = json_decode(file_get_contents($file), true);
        $json = array_merge(["name" => $json["name"], "version" => $argv[2]], $json);
        file_put_contents($file, json_encode($json, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES) . "\n");' \
        "$tmp/study-stubs/composer.json" "$version"
    # Sorted names, fixed owner and times: the same stubs give the same archive.
    if tar --sort=name --owner=0 --group=0 --numeric-owner --mtime=@0 -C "$tmp" -cf - study-stubs |
        gzip -n >"$dir/study-stubs-$version.tgz"; then
        ok "stubs package: ${dir#"$PWD/"}/study-stubs-$version.tgz"
    else
        not_ok "could not write $dir/study-stubs-$version.tgz"
    fi
    rm -rf "$tmp"
}

case "${1:-}" in
    update)
        generate stubs || exit 1
        echo "stubs/study.php: $(grep -c '^// From ext/stubs/' stubs/study.php) stub files, $(wc -l <stubs/study.php) lines"
        ;;
    check) check ;;
    archive) archive "${2:?usage: stubs.sh archive DIR VERSION}" "${3:?usage: stubs.sh archive DIR VERSION}" ;;
    *)
        echo "usage: stubs.sh update|check|archive DIR VERSION" >&2
        exit 2
        ;;
esac
exit "$failures"

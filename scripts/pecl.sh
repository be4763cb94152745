#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The PECL package (package.xml) and the PIE metadata (composer.json).
#   bash scripts/pecl.sh update        writes package.xml: the version from php_study.h, the release notes from that
#                                      version's section of CHANGELOG.md, the files git knows of
#   bash scripts/pecl.sh check         fails when package.xml lacks a file the build or the tests need (or lists one
#                                      that is gone), when its version is not PHP_STUDY_VERSION or its notes not the
#                                      CHANGELOG's, or when composer.json is not valid (Debian's composer validate) or
#                                      names another extension
#   bash scripts/pecl.sh package DIR   `pecl package` into DIR: study-VERSION.tgz
#   bash scripts/pecl.sh install-test  packages, `pecl install`s the package, checks that the installed study.so
#                                      loads by its name, `php --ri study` gives the version and examples/demo.php runs,
#                                      and uninstalls it (skipped when a study.so is installed already)
# Prints PASS/FAIL lines as scripts/test.sh does; the exit status is the number of failures.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.." || exit 1

# ok, not_ok, failures
source scripts/lib/report.sh
# study_version, changelog_section
source scripts/lib/version.sh


# What a package carries, with its PEAR role: what the build needs (src), the phpt suite (test) and the documents
# (doc), among them the IDE stubs package stubs/ (tests/phpt/api checks it against the extension). Not the core's
# GoogleTest and fuzzers, the benchmarks or the scripts: they need the repository.
package_files() {
    git ls-files --cached --others --exclude-standard config.m4 php_study.h ext src include | sed 's/$/\tsrc/'
    git ls-files --cached --others --exclude-standard tests/phpt | sed 's/$/\ttest/'
    git ls-files --cached --others --exclude-standard README.md CHANGELOG.md LICENSE docs examples stubs |
        sed 's/$/\tdoc/'
}

# The release notes: CHANGELOG.md's section of this version once scripts/release.sh prepare has made one (without its
# heading and the blank lines around it), else a pointer to the Unreleased section.
release_notes() {
    local notes
    notes="$(changelog_section "## [$(study_version)]")"
    echo "${notes:-See CHANGELOG.md (not released yet).}"
}

# beta before 1.0.0, stable from then on: semantic versioning's promise of a stable API.
stability() { [[ "$(study_version)" == 0.* ]] && echo beta || echo stable; }

xml_escape() { sed -e 's/&/\&amp;/g' -e 's/</\&lt;/g' -e 's/>/\&gt;/g' -e 's/"/\&quot;/g'; }

write_package_xml() {
    local version date
    version="$(study_version)"
    date="$(date -u +%Y-%m-%d)"
    cat <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<package packagerversion="1.10.13" version="2.0" xmlns="http://pear.php.net/dtd/package-2.0"
    xmlns:tasks="http://pear.php.net/dtd/tasks-1.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://pear.php.net/dtd/tasks-1.0 http://pear.php.net/dtd/tasks-1.0.xsd http://pear.php.net/dtd/package-2.0 http://pear.php.net/dtd/package-2.0.xsd">
 <name>study</name>
 <channel>pecl.php.net</channel>
 <summary>Coroutine runtime for PHP</summary>
 <description>Lightweight coroutines on a libuv scheduler, channels, timers, coroutine sockets and servers (TLS), an
HTTP server, and hooks that make PHP's own blocking calls (streams, curl, mysqlnd, pgsql, processes, files) wait as
coroutines. Needs the -dev packages of libuv, Boost.Context, http-parser, OpenSSL and zlib (libcurl and libpq for the
curl and pgsql hooks).</description>
 <lead>
  <name>study maintainers</name>
  <user>study</user>
  <email>maintainers@study.invalid</email>
  <active>yes</active>
 </lead>
 <date>$date</date>
 <version>
  <release>$version</release>
  <api>$version</api>
 </version>
 <stability>
  <release>$(stability)</release>
  <api>$(stability)</api>
 </stability>
 <license uri="https://opensource.org/licenses/MIT">MIT</license>
 <notes>
$(release_notes | xml_escape)
 </notes>
 <contents>
  <dir name="/">
EOF
    # One sed for all the names: a process per file took a minute on a loaded machine.
    package_files | sort | xml_escape | awk -F'\t' '{ printf "   <file name=\"%s\" role=\"%s\"/>\n", $1, $2 }'
    cat <<EOF
  </dir>
 </contents>
 <dependencies>
  <required>
   <php>
    <min>8.2.0</min>
    <max>8.5.99</max>
   </php>
   <pearinstaller>
    <min>1.10.0</min>
   </pearinstaller>
  </required>
 </dependencies>
 <providesextension>study</providesextension>
 <extsrcrelease>
  <configureoption name="enable-study" default="yes" prompt="Enable study coroutine support"/>
 </extsrcrelease>
</package>
EOF
}

# The file names and roles package.xml lists, one "name<TAB>role" per line, sorted.
listed_files() {
    sed -n 's/^ *<file name="\([^"]*\)" role="\([^"]*\)"\/>$/\1\t\2/p' package.xml | sed -e 's/&lt;/</g' \
        -e 's/&gt;/>/g' -e 's/&quot;/"/g' -e 's/&amp;/\&/g' | sort
}

check() {
    if [[ ! -f package.xml ]]; then
        not_ok "package.xml is missing (bash scripts/pecl.sh update)"
        return
    fi
    local missing extra
    missing="$(comm -23 <(package_files | sort) <(listed_files))"
    extra="$(comm -13 <(package_files | sort) <(listed_files))"
    if [[ -z "$missing" && -z "$extra" ]]; then
        ok "package.xml lists the $(listed_files | wc -l) files of the package"
    else
        not_ok "package.xml is out of date (bash scripts/pecl.sh update):${missing:+ missing: $(echo "$missing" | cut -f1 | tr '\n' ' ')}${extra:+ not in the tree: $(echo "$extra" | cut -f1 | tr '\n' ' ')}"
    fi
    local listed
    listed="$(sed -n '/^ <version>$/,/^ <\/version>$/s/^  <release>\(.*\)<\/release>$/\1/p' package.xml)"
    if [[ "$listed" == "$(study_version)" ]]; then
        ok "package.xml's version is PHP_STUDY_VERSION ($listed)"
    else
        not_ok "package.xml's version '$listed' is not PHP_STUDY_VERSION '$(study_version)' (bash scripts/pecl.sh update)"
    fi
    if [[ "$(sed -n '/^ <notes>$/,/^ <\/notes>$/p' package.xml | sed '1d;$d')" == "$(release_notes | xml_escape)" ]]; then
        ok "package.xml's release notes are CHANGELOG.md's for $(study_version)"
    else
        not_ok "package.xml's release notes are not CHANGELOG.md's for $(study_version) (bash scripts/pecl.sh update)"
    fi
    check_composer
}

# Debian's Composer (2.5) predates PIE's "php-ext" key and says so among its publish warnings; everything else must
# be valid, and the key must name this extension.
check_composer() {
    local out
    if ! command -v composer >/dev/null; then
        not_ok "composer is not installed (scripts/setup.sh installs Debian's)"
        return
    fi
    if out="$(composer validate --no-interaction --no-check-publish --no-check-lock 2>&1)" &&
        ! grep -q '^# General errors' <<<"$out"; then
        ok "composer.json is valid (composer validate)"
    else
        not_ok "composer validate: $out"
    fi
    local name
    name="$(php -n -r 'echo json_decode(file_get_contents("composer.json"), true)["php-ext"]["extension-name"] ?? "";')"
    if [[ "$name" == study ]] && php -n -r 'exit(json_decode(file_get_contents("composer.json"), true)["type"] === "php-ext" ? 0 : 1);'; then
        ok "composer.json is a php-ext package for PIE, extension-name study"
    else
        not_ok "composer.json: type must be php-ext and php-ext.extension-name study (found '$name')"
    fi
}

# Sets PACKAGE_PATH to the archive made.
package() {
    local dir="$1" log="$1/pecl-package.log"
    mkdir -p "$dir"
    # pecl package reads package.xml and the files it lists from the current folder, and writes the archive here.
    if pecl package package.xml >"$log" 2>&1 && [[ -f "study-$(study_version).tgz" ]]; then
        PACKAGE_PATH="$dir/study-$(study_version).tgz"
        mv -f "study-$(study_version).tgz" "$PACKAGE_PATH"
        ok "pecl package: $PACKAGE_PATH"
    else
        tail -n 20 "$log"
        not_ok "pecl package failed, see $log"
        return 1
    fi
}

# pecl install puts study.so where php-config says extensions go (its --packagingroot, which would stage it
# elsewhere, cannot build an extension: it unpacks under the staging root and builds outside it). So the test uses a
# private PEAR configuration and registry, installs, checks the installed module, and uninstalls it again; it skips
# when a study.so is already installed there (someone's own install is never replaced).
install_test() {
    local ext_dir
    ext_dir="$(php-config --extension-dir)"
    if [[ -e "$ext_dir/study.so" ]]; then
        echo "SKIP: pecl install test: $ext_dir/study.so is already installed, and the test would replace it"
        return
    fi
    local work
    work="$(mktemp -d "${TMPDIR:-/tmp}/study-pecl.XXXXXX")"
    package "$work" || return
    local archive="$PACKAGE_PATH" config="$work/pear.conf" log="$work/pecl-install.log"
    # PEAR reads $USER, which a container's root shell may not set.
    export USER="${USER:-$(id -un)}"
    pecl config-create "$work/pear" "$config" >/dev/null
    # -n: no prompts (the configure options' defaults).
    if pecl -c "$config" install -n "$archive" >"$log" 2>&1 && [[ -f "$ext_dir/study.so" ]]; then
        ok "pecl install: built and installed $ext_dir/study.so"
    else
        tail -n 20 "$log"
        not_ok "pecl install failed, see $log"
        return
    fi
    if php -n -d extension=study -r 'exit(extension_loaded("study") ? 0 : 1);'; then
        ok "the installed module loads by its name (extension=study)"
    else
        not_ok "the installed module does not load by its name"
    fi
    local info
    info="$(php -n -d extension=study --ri study 2>&1)"
    if grep -q "^Version => $(study_version)\$" <<<"$info"; then
        ok "php --ri study gives version $(study_version)"
    else
        not_ok "php --ri study: $info"
    fi
    if php -n -d extension=study examples/demo.php >"$work/demo.out" 2>&1; then
        ok "examples/demo.php runs with the installed module"
    else
        not_ok "examples/demo.php with the installed module: $(tail -n 5 "$work/demo.out")"
    fi
    if pecl -c "$config" uninstall study >>"$log" 2>&1 && [[ ! -e "$ext_dir/study.so" ]]; then
        ok "pecl uninstall removed it again"
    else
        rm -f "$ext_dir/study.so"
        not_ok "pecl uninstall did not remove $ext_dir/study.so (removed by hand)"
    fi
    rm -rf "$work"
}

case "${1:-}" in
    update)
        write_package_xml >package.xml
        echo "package.xml: version $(study_version), $(listed_files | wc -l) files"
        ;;
    check) check ;;
    package) package "${2:?usage: pecl.sh package DIR}" ;;
    install-test) install_test ;;
    *)
        echo "usage: pecl.sh update|check|package DIR|install-test" >&2
        exit 2
        ;;
esac
exit "$failures"

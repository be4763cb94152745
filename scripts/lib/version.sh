# SPDX-License-Identifier: MIT
# shellcheck shell=bash
# The version and its changes: the version lives in one place, PHP_STUDY_VERSION in php_study.h, and the changes in
# CHANGELOG.md (Keep a Changelog: a "## [VERSION] - DATE" section per release, "## [Unreleased]" above them). Sourced;
# run from the repository's root.

study_version() { sed -n 's/^#define PHP_STUDY_VERSION "\(.*\)"$/\1/p' php_study.h; }

# The lines of CHANGELOG.md's section whose heading starts with $1 ("## [1.2.3]"), without the heading and without
# the blank lines before its first line.
changelog_section() {
    awk -v heading="$1" 'index($0, heading) == 1 { on = 1; next } on && /^## / { exit } on' CHANGELOG.md |
        sed -e '/./,$!d'
}

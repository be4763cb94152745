# SPDX-License-Identifier: MIT
# shellcheck shell=bash
# Result lines of the scripts whose output scripts/test.sh relays (pecl.sh, deb.sh, stubs.sh, release.sh, fuzz.sh):
# one "PASS: ..." or "FAIL: ..." line per check, and for a phpt pass a "COUNTS passed failed skipped LABEL" line that
# test.sh adds to its summary. Sourced; `failures` counts the FAIL lines (and the phpt passes with a failed test).

failures=0
ok() { echo "PASS: $*"; }
not_ok() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}

# The last lines of a log, framed, as the context of a failure. Paths under the current folder are shown relative.
show_tail() {
    echo "---- last lines of ${1#"$PWD/"} ----"
    tail -n "${2:-40}" "$1"
    echo "----"
}

# Counts the lines of a run-tests -W file; prints "passed failed skipped". Expected failures (XFAIL, XLEAK) are
# reported as skipped; FAILED, LEAKED, BORKED, WARNED and anything unknown are failures.
phpt_counts() {
    awk -F'\t' '
        $1 == "PASSED" { p++; next }
        $1 == "SKIPPED" || $1 == "XFAILED" || $1 == "XLEAKED" { s++; next }
        NF > 0 { f++ }
        END { print p + 0, f + 0, s + 0 }' "$1"
}

# Reports a phpt pass run by this script from its -W results file: its counts for a reader, the COUNTS line for
# test.sh, and each test that did not pass. The pass counts as failed when a test failed, or when none passed (a
# missing results file means the pass did not run).
phpt_report() {
    local label="$1" results="$2" log="$3" p=0 f=0 s=0
    [[ -f "$results" ]] && read -r p f s < <(phpt_counts "$results")
    echo "$label: $p passed, $f failed, $s skipped (log: ${log#"$PWD/"})"
    echo "COUNTS $p $f $s $label (log: ${log#"$PWD/"})"
    [[ -f "$results" ]] && awk -F'\t' '$1 != "PASSED" && $1 != "SKIPPED" && $1 != "XFAILED" && $1 != "XLEAKED" && NF > 0 {
        print "  " $1 " " $2 }' "$results"
    if ((p == 0)); then
        not_ok "$label: no test passed"
    elif ((f > 0)); then
        failures=$((failures + 1))
    fi
}

#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# One phpt pass with the PHP found on PATH (the host's, or a chroot's through scripts/php-chroot.sh), over
# modules/study.so of the current folder:
#
#   bash scripts/phpt.sh NAME MODE [run-tests options...]
#
# MODE is plain, opcache (OPcache with the tracing JIT) or valgrind (memcheck with a leak check). Writes
# LOGDIR/phpt-NAME.log (the run-tests output) and LOGDIR/phpt-NAME.results (run-tests -W: one line per test),
# LOGDIR being $STUDY_LOG_DIR or build/logs. Tests come from $STUDY_PHPT (default tests/phpt). Exits 2 when the pass
# could not start (reason on stderr), else with run-tests' status. scripts/test.sh counts the results file.
# The tests run $STUDY_PHPT_JOBS at a time (default 2: many tests spend most of their time waiting, for a server, a
# child or a timer, and a machine whose cores other work keeps busy gives a pass more of them when it runs more tests;
# scripts/test.sh runs its valgrind pass three at a time).
set -uo pipefail

[[ $# -ge 2 ]] || { echo "usage: phpt.sh NAME plain|opcache|valgrind [run-tests options]" >&2; exit 2; }
name="$1" mode="$2"
shift 2
logs="${STUDY_LOG_DIR:-build/logs}"
mkdir -p "$logs"
run_tests="$(ls /usr/lib/php/*/build/run-tests.php 2>/dev/null | head -n 1)"
[[ -n "$run_tests" ]] || { echo "run-tests.php not found under /usr/lib/php/*/build/" >&2; exit 2; }
php="$(command -v php)"
# Tests get -n and only the INI given here, so they run with study.so and nothing else from the machine's php.ini.
ini=(-n -d "extension=$PWD/modules/study.so")
# run-tests gives a test 60 s of silence before it kills it; on a loaded machine a long test (1000 rounds of
# shell_exec(), say) can take that long. The limit is there to catch hangs: 240 s catches them as well.
options=(--set-timeout 240)
# Tests that took longer than this are listed at the end of the log (run-tests' SLOW TEST SUMMARY): the valgrind pass
# is the run's longest stage, and this says where its time goes.
slow_ms=15000

case "$mode" in
    plain) ;;
    opcache)
        # OPcache is built into PHP 8.5 and is loaded as a zend_extension before that.
        if ! php -n -r 'exit(extension_loaded("Zend OPcache") ? 0 : 1);'; then
            ini+=(-d zend_extension=opcache)
        fi
        ini+=(-d opcache.enable_cli=1 -d opcache.jit=tracing -d opcache.jit_buffer_size=64M)
        if ! php "${ini[@]}" -r 'exit(function_exists("opcache_get_status") && opcache_get_status() !== false ? 0 : 1);'
        then
            echo "opcache is not active with: ${ini[*]}" >&2
            exit 2
        fi
        ;;
    valgrind)
        # run-tests -m sets USE_ZEND_ALLOC=0 and runs valgrind -q, which reports leaks only when asked to.
        # A test's fixture process (a server it starts and kills) is not traced when one of its arguments says so: killed,
        # it would report its whole start-up memory as lost.
        export VALGRIND_OPTS="--leak-check=full --show-leak-kinds=definite --errors-for-leak-kinds=definite"
        VALGRIND_OPTS+=" --trace-children-skip-by-arg=*not-traced-by-valgrind*"
        VALGRIND_OPTS+=" --suppressions=$PWD/tests/valgrind.supp" # what is hidden there, and why
        options=(-m --show-mem) # run-tests gives a test 300 s under valgrind, whatever --set-timeout says
        # Debian's libpcre2 is built without valgrind support: its JIT code reads whole words past a subject's end, in
        # bytes malloc() left uninitialised, and memcheck reports a jump on them (a test that matched lines of its own
        # output failed so; harness/pcre_jit_reading_past_a_string_end_...). The interpreter reads no further.
        ini+=(-d pcre.jit=0)
        ;;
    *) echo "unknown mode '$mode'" >&2; exit 2 ;;
esac

if ! php "${ini[@]}" -r 'exit(extension_loaded("study") ? 0 : 1);' >"$logs/phpt-$name.load" 2>&1; then
    cat "$logs/phpt-$name.load" >&2
    echo "$php does not load modules/study.so" >&2
    exit 2
fi
rm -f "$logs/phpt-$name.load" "$logs/phpt-$name.results"
jobs="${STUDY_PHPT_JOBS:-2}"
[[ "$jobs" =~ ^[1-9][0-9]*$ ]] || { echo "STUDY_PHPT_JOBS must be a positive number, not '$jobs'" >&2; exit 2; }
[[ "$jobs" -eq 1 ]] || options+=(-j"$jobs")
options+=(--show-slow "$slow_ms")
# Only non-PASS results are printed (with diffs); every result is in the -W file.
php -n "$run_tests" -q --no-color --no-progress --show-diff -g FAIL,LEAK,BORK,WARN,SKIP,XFAIL,XLEAK \
    -p "$php" "${ini[@]}" -W "$logs/phpt-$name.results" "${options[@]}" "$@" "${STUDY_PHPT:-tests/phpt}" \
    >"$logs/phpt-$name.log" 2>&1

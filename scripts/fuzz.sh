#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The fuzzers and the sanitizer build of the extension (tests/fuzz/README.md).
#
#   scripts/fuzz.sh asan-build        builds study.so with ASan+UBSan into build/asan-ext/ (modules/study.so stays)
#   scripts/fuzz.sh asan-phpt [path]  runs the phpt suite (or a part) against that build
#   scripts/fuzz.sh core-build        builds the libFuzzer targets (clang) into build/fuzz/
#   scripts/fuzz.sh core TARGET SECS  runs one core fuzzer for SECS seconds on a copy of its corpus
#   scripts/fuzz.sh php SECS [SEED]   runs the PHP-level fuzzer for SECS seconds against the ASan build
#   scripts/fuzz.sh smoke [SECS]      all of the above, each fuzzer for SECS seconds (default 60); for test.sh
#
# The smoke run's PHP-level fuzzer starts at seed STUDY_FUZZ_SEED (default 1), so that CI runs the same scripts every
# time (the core fuzzers start from the committed corpus); campaigns by hand use `php SECS` with a seed from the clock.
#
# Every command prints one result line per stage, "PASS: ..." or "FAIL: ...", and exits 1 if any failed.
# Crashing inputs are kept under build/fuzz/crashes/ (copy them to tests/fuzz/findings/ to keep them).
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT" || exit 1
LOGS="$ROOT/build/logs"
ASAN_DIR="$ROOT/build/asan-ext"
FUZZ_DIR="$ROOT/build/fuzz"
CORE_TARGETS=(channel_fuzzer address_fuzzer http_parser_fuzzer multipart_fuzzer)
mkdir -p "$LOGS"

# ok, not_ok, failures, show_tail, phpt_report
source "$ROOT/scripts/lib/report.sh"

# PHP is not instrumented, so the runtimes come first (LD_PRELOAD). Zend's allocator is off so that ASan sees every
# emalloc. Leak checking is off: PHP's own persistent allocations at exit would drown real reports (run-tests' LEAK
# results come from Zend's debug allocator, which the release PHP does not have). The coroutine switches tell ASan
# about each stack (src/context), and the stack layer's own SIGSEGV handler must see guard-page faults first. A
# huge allocation (recv(1 << 62)) returns NULL, so PHP reports it as it would with its own allocator (a fatal error),
# instead of ASan aborting.
asan_env() {
    local asan ubsan
    asan="$(gcc -print-file-name=libasan.so)"
    ubsan="$(gcc -print-file-name=libubsan.so)"
    export LD_PRELOAD="$ASAN_DIR/nodeepbind.so $(readlink -f "$asan") $(readlink -f "$ubsan")"
    export USE_ZEND_ALLOC=0 ZEND_DONT_UNLOAD_MODULES=1
    export ASAN_OPTIONS="verify_asan_link_order=0:allocator_may_return_null=1:detect_leaks=0:handle_segv=0:allow_user_segv_handler=1:detect_stack_use_after_return=0:abort_on_error=1:print_summary=1"
    export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:abort_on_error=1:suppressions=$ROOT/tests/fuzz/ubsan.supp"
}

asan_build() {
    local log="$LOGS/asan-build.log"
    mkdir -p "$ASAN_DIR"
    # phpize builds in the source folder, so the sources are copied into a folder of their own. Only files whose
    # content changed are copied, and they get the time of the copy, so make rebuilds exactly what changed.
    mkdir -p "$ASAN_DIR/src-tree"
    # The objects of the normal build (scripts/build.sh builds in the source folder too) are left out: copied with
    # the time of the copy they looked newer than their sources, and make linked them, built without the sanitizers
    # and with -O2 -flto, into this module.
    # A copy made before that may still hold such objects: they are deleted once, and this build redone.
    if [[ ! -f "$ASAN_DIR/src-tree/.no-foreign-objects" ]]; then
        find "$ASAN_DIR/src-tree" \( -name '*.o' -o -name '*.lo' -o -name '*.la' -o -name '*.dep' \) -delete 2>/dev/null
        touch "$ASAN_DIR/src-tree/.no-foreign-objects"
    fi
    rsync -r --checksum --exclude='*.o' --exclude='*.lo' --exclude='*.la' --exclude='*.dep' --exclude='.libs' \
        config.m4 php_study.h ext src include "$ASAN_DIR/src-tree/" >"$log" 2>&1
    local flags="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer -g -O1"
    # PHP opens extensions with RTLD_DEEPBIND, which ASan refuses; tests/fuzz/nodeepbind.c drops the flag. That is
    # safe because config.m4 links Boost.Context statically with its symbols local to study.so.
    gcc -shared -fPIC -O2 -o "$ASAN_DIR/nodeepbind.so" tests/fuzz/nodeepbind.c -ldl >>"$log" 2>&1 || return 1
    if (cd "$ASAN_DIR/src-tree" &&
        { [[ -f configure && configure -nt config.m4 ]] || phpize; } &&
        { [[ -f Makefile && Makefile -nt configure ]] || { CFLAGS="$flags" CXXFLAGS="$flags" \
            LDFLAGS="-fsanitize=address,undefined" ax_cv_check_cxxflags___flto_auto=no ./configure --enable-study &&
            find . -name '*.lo' -delete; }; } &&
        make -j"$(nproc)") >>"$log" 2>&1; then
        ok "ASan+UBSan build of the extension: ${ASAN_DIR#"$ROOT/"}/src-tree/modules/study.so"
    else
        show_tail "$log"
        not_ok "ASan+UBSan build of the extension (log: ${log#"$ROOT/"})"
        return 1
    fi
}

asan_module() { echo "$ASAN_DIR/src-tree/modules/study.so"; }

# Runs run-tests against the ASan build; a test that prints a sanitizer report fails (its output differs).
# The tests run from a copy of tests/ and examples/ in the ASan build's folder: run-tests writes each test's files
# (.php, .out, .mem, ...) next to it and removes them at the test's next start, so a pass running beside another over
# the same folder (scripts/test.sh runs this one beside the host's valgrind pass) would delete the other's files.
asan_phpt() {
    local path="${1:-tests/phpt}" results="$LOGS/phpt-asan.results"
    local run_tests
    run_tests="$(ls /usr/lib/php/*/build/run-tests.php 2>/dev/null | head -n 1)"
    rm -f "$results"
    # The files git knows of (tracked, or new and not ignored), as scripts/php-chroot.sh copies them: never the files
    # the other pass is writing there (run-tests' .php, .out, .mem, ... are ignored), which may vanish mid-copy. The
    # tests read examples/ and stubs/ (the published stubs) beside tests/, as in the repository.
    rm -rf "$ASAN_DIR/src-tree/tests" "$ASAN_DIR/src-tree/examples" "$ASAN_DIR/src-tree/stubs"
    mkdir -p "$ASAN_DIR/src-tree"
    if ! git ls-files -z --cached --others --exclude-standard tests examples stubs |
        rsync -rlpD --from0 --files-from=- ./ "$ASAN_DIR/src-tree/"; then
        not_ok "phpt under ASan+UBSan: copying tests/, examples/ and stubs/ into ${ASAN_DIR#"$ROOT/"}/src-tree failed"
        return 1
    fi
    path="$ASAN_DIR/src-tree/$path"
    (
        asan_env
        export STUDY_DEBUG_STACKS=1
        php -n "$run_tests" -q --no-color --no-progress --show-diff -g FAIL,LEAK,BORK,WARN \
            -p "$(command -v php)" -n -d "extension=$(asan_module)" -W "$results" --set-timeout 300 -j"${STUDY_PHPT_JOBS:-2}" "$path"
    ) >"$LOGS/phpt-asan.log" 2>&1
    sed -n '/^Running selected tests/,/^Time taken/p' "$LOGS/phpt-asan.log" | grep -v '^Running selected tests'
    # test.sh adds these counts to its own; the pass counts as failed when a test failed or none passed.
    phpt_report "phpt asan" "$results" "$LOGS/phpt-asan.log"
}

core_build() {
    local log="$LOGS/fuzz-build.log"
    if CC=clang CXX=clang++ cmake -S . -B "$FUZZ_DIR" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSTUDY_FUZZ=ON >"$log" 2>&1 &&
        cmake --build "$FUZZ_DIR" -j"$(nproc)" --target "${CORE_TARGETS[@]}" >>"$log" 2>&1; then
        ok "libFuzzer targets built: ${CORE_TARGETS[*]}"
    else
        show_tail "$log"
        not_ok "libFuzzer targets build (log: ${log#"$ROOT/"})"
        return 1
    fi
}

# The committed corpus is only read; new inputs go to a working copy, so a smoke run leaves the tree clean.
core_run() {
    local target="$1" secs="$2" corpus="$FUZZ_DIR/corpus/$1" crashes="$FUZZ_DIR/crashes/$1"
    mkdir -p "$corpus" "$crashes"
    local log="$LOGS/fuzz-$target.log"
    (
        export ASAN_OPTIONS="detect_leaks=1:allow_user_segv_handler=1:handle_segv=0:detect_stack_use_after_return=0"
        export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
        "$FUZZ_DIR/tests/fuzz/$target" -max_total_time="$secs" -timeout=20 -rss_limit_mb=1024 \
            -artifact_prefix="$crashes/" -print_final_stats=1 "$corpus" "tests/fuzz/corpus/$target"
    ) >"$log" 2>&1
    local rc=$?
    local runs
    runs="$(grep -oE 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$')"
    # libFuzzer exits with 0 after "run interrupted" (a SIGINT or SIGTERM, or a wild jump into its handler): that is
    # not a clean run.
    if ((rc == 0)) && grep -q 'run interrupted' "$log"; then
        rc=1
    fi
    if ((rc == 0)); then
        ok "fuzzer $target: ${runs:-?} runs in ${secs}s, nothing found"
    else
        grep -E 'ERROR|SUMMARY|runtime error|==[0-9]+==' "$log" | head -n 20
        not_ok "fuzzer $target found a failure (exit $rc); input under ${crashes#"$ROOT/"}, log ${log#"$ROOT/"}"
    fi
}

php_run() {
    local secs="$1" seed="${2:-}"
    local log="$LOGS/fuzz-php.log"
    (
        asan_env
        export STUDY_DEBUG_STACKS=1
        php -n tests/fuzz/php/run.php --module="$(asan_module)" --seconds="$secs" \
            --findings="$FUZZ_DIR/crashes/php" ${seed:+--seed="$seed"}
    ) >"$log" 2>&1
    local rc=$?
    tail -n 1 "$log"
    if ((rc == 0)); then
        ok "PHP-level fuzzer: $(tail -n 1 "$log")"
    else
        grep -E '^FAIL' "$log" | head -n 10
        not_ok "PHP-level fuzzer found failures; scripts under build/fuzz/crashes/php, log ${log#"$ROOT/"}"
    fi
}

cmd="${1:-smoke}"
shift || true
case "$cmd" in
    asan-build) asan_build ;;
    asan-phpt) asan_phpt "${1:-tests/phpt}" ;;
    core-build) core_build ;;
    core) core_run "$1" "${2:-60}" ;;
    php) php_run "${1:-60}" "${2:-}" ;;
    smoke)
        secs="${1:-60}"
        if core_build; then
            for target in "${CORE_TARGETS[@]}"; do
                core_run "$target" "$secs"
            done
        fi
        if asan_build; then
            php_run "$secs" "${STUDY_FUZZ_SEED:-1}"
        fi
        ;;
    *)
        sed -n '3,13p' "$0"
        exit 2
        ;;
esac
((failures == 0))

#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The project's one test command. After setup and build it runs: the core purity check, the GoogleTest suite,
# the stub check, the format check, the package checks (package.xml, debian/changelog, the stubs package stubs/, a dry
# run of scripts/release.sh), three phpt passes (plain, opcache with tracing JIT, valgrind), a fourth against an
# ASan+UBSan build and the fuzzers' smoke runs (scripts/fuzz.sh), and the packages built, installed and tried (PECL, and
# the Debian package in a clean Debian 12 chroot).
# A failed stage does not stop the others. The last line is "N passed, N failed, N skipped", counting
# GoogleTest cases, phpt results of every pass and the single checks; the exit status is 1 if anything failed.
#
#   STUDY_TEST_QUICK=1          skip the valgrind pass, the ASan pass and the fuzzers
#   STUDY_FUZZ=0                skip the ASan pass and the fuzzers; STUDY_FUZZ_SECONDS=N runs each fuzzer N s
#                               (default 60)
#   STUDY_PHPT=path             run only this .phpt file or folder (relative to the repository root) in the phpt passes
#   STUDY_PHPT_JOBS=N           phpt tests run N at a time in each pass (default: 3 in the valgrind pass, the run's
#                               longest stage, 2 in the others)
#   STUDY_PHP_VERSIONS="8.2 8.4 8.5"   the PHP versions to test (the default). The host's PHP (8.2) gets every stage;
#                               each other version gets a Debian chroot (scripts/php-chroot.sh, cached between runs),
#                               the extension built inside it and two phpt passes there (plain, opcache with the
#                               tracing JIT). STUDY_PHP_VERSIONS=8.2 tests the host only.
#
# CI has two cores, so the run has two lanes: the host's phpt passes (plain, opcache, valgrind) in the foreground, and
# in the background the other versions, then the ASan pass and the fuzzers. Both lanes take about as long; the
# background lane's results are counted in the same summary once it is done.
#
# The tests in tests/phpt/mysql/ get a private MariaDB server (scripts/mariadb.sh), and those in tests/phpt/pgsql/ a
# private PostgreSQL server (scripts/postgres.sh), started before the phpt passes and stopped after them, also when the
# run is interrupted; if one cannot start, that is a failure.
#
# Verbose output goes to build/logs/; its tail is printed when a step fails.
#
# Adding a stage: a block with `header "..."` that calls ok/not_ok, or adds its counts to passed/failed/skipped, placed
# before the summary; a long stage that needs no host state can run in the background like the other versions do
# (start it early, wait for it and count its results at the end).
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT" || exit 1
LOGS="$ROOT/build/logs"
mkdir -p "$LOGS"
TMP="$(mktemp -d)"

# scripts/mariadb.sh with this run's own state file, so that a server someone started by hand is left alone.
mariadb_sh() { STUDY_MARIADB_STATE="$TMP/mariadb.env" bash scripts/mariadb.sh "$@"; }
postgres_sh() { STUDY_POSTGRES_STATE="$TMP/postgres.env" bash scripts/postgres.sh "$@"; }
# Whatever happens, a MariaDB server this run started is stopped and its data removed; nothing is printed, so the
# summary stays the last line.
cleanup() {
    if [[ -n "${background_pid:-}" ]] && kill -0 "$background_pid" 2>/dev/null; then
        kill -TERM -- "-$background_pid" 2>/dev/null
        wait "$background_pid" 2>/dev/null
    fi
    [[ -f "$TMP/mariadb.env" ]] && mariadb_sh stop >>"$LOGS/mariadb.log" 2>&1
    [[ -f "$TMP/postgres.env" ]] && postgres_sh stop >>"$LOGS/postgres.log" 2>&1
    rm -rf "$TMP"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# show_tail and phpt_counts; its ok and not_ok, for the scripts whose lines relay() reads, are replaced below by ones
# that count into this run's summary.
source "$ROOT/scripts/lib/report.sh"

passed=0
failed=0
skipped=0
failures=() # what failed, listed again at the end, where a log that keeps only its tail still shows it

header() { printf '\n==== %s ====\n' "$*"; }
ok() { passed=$((passed + 1)); echo "PASS: $*"; }
not_ok() { failed=$((failed + 1)) failures+=("$*"); echo "FAIL: $*"; }
# Counts the PASS:/FAIL: lines another script printed (scripts/pecl.sh, deb.sh, stubs.sh, fuzz.sh, the release test)
# and the phpt counts of their phpt passes ("COUNTS passed failed skipped LABEL", scripts/lib/report.sh's
# phpt_report), and prints the rest as they are.
relay() {
    local line p f s label
    while IFS= read -r line; do
        case "$line" in
            "PASS: "*) ok "${line#PASS: }" ;;
            "FAIL: "*) not_ok "${line#FAIL: }" ;;
            "COUNTS "*)
                read -r p f s label <<<"${line#COUNTS }"
                passed=$((passed + p)) failed=$((failed + f)) skipped=$((skipped + s))
                ((f > 0)) && failures+=("$label: $f failed")
                ;;
            *) echo "$line" ;;
        esac
    done
}
summary() {
    echo
    if ((${#failures[@]})); then
        echo "Failed:"
        printf '  %s\n' "${failures[@]}"
    fi
    echo "$passed passed, $failed failed, $skipped skipped"
}

# Counts the cases in a GoogleTest JSON report; prints "passed failed skipped" (disabled count as skipped).
gtest_counts() {
    php -n -r '
        $r = json_decode(file_get_contents($argv[1]), true);
        $p = $f = $s = 0;
        foreach ($r["testsuites"] ?? [] as $suite) {
            foreach ($suite["testsuite"] ?? [] as $case) {
                if (!empty($case["failures"])) { $f++; }
                elseif (($case["result"] ?? "") === "COMPLETED" && ($case["status"] ?? "") === "RUN") { $p++; }
                else { $s++; }
            }
        }
        echo "$p $f $s\n";' "$1"
}

# Copies every ext/**/*_arginfo.h into the folder $1, keeping the paths.
snapshot_arginfo() {
    mkdir -p "$1"
    [[ -d ext ]] && (cd ext && find . -name '*_arginfo.h' -exec cp --parents {} "$1/" \;)
}

# The stub check compares the arginfo files as they are now with the ones regenerated later. The snapshot
# is taken before the build because make also regenerates arginfo from a newer stub. Contents are compared
# rather than `git status`, so a correct but uncommitted arginfo passes locally; in a fresh clone it is the
# same check. Regenerated files stay in the tree, ready to commit.
snapshot_arginfo "$TMP/before"

header "setup"
if bash scripts/setup.sh >"$LOGS/setup.log" 2>&1; then
    echo "packages present"
else
    show_tail "$LOGS/setup.log"
    not_ok "scripts/setup.sh"
    summary
    exit 1
fi

header "build: phpize, configure, make"
if bash scripts/build.sh >"$LOGS/build.log" 2>&1; then
    build_ok=1
    echo "built modules/study.so"
else
    build_ok=0
    show_tail "$LOGS/build.log"
    not_ok "extension build (phpize/configure/make)"
fi

# Every phpt runs with the stack layer's debug check on: frames copied off a shared stack are overwritten, so
# code that keeps a pointer into a suspended coroutine's stack breaks the tests instead of working by luck.
export STUDY_DEBUG_STACKS=1

# The phpt passes run run-tests.php from php-dev through scripts/phpt.sh, which gives the tests -n and only the INI
# of the pass, so they run with study.so and nothing else from the machine's php.ini.
run_tests="$(ls /usr/lib/php/*/build/run-tests.php 2>/dev/null | head -n 1)"
phpt_path="${STUDY_PHPT:-tests/phpt}"
module="$ROOT/modules/study.so"
test_ini=(-n -d "extension=$module")

# Adds the counts of a phpt pass's results file (build/logs/phpt-NAME.results) to the summary. $2 is the status of
# scripts/phpt.sh: 2 means the pass could not start; any other non-zero status with no failed test counts as a failure.
count_phpt() {
    local name="$1" rc="$2" results="$LOGS/phpt-$1.results" p=0 f=0 s=0
    if ((rc == 2)) && [[ ! -f "$results" ]]; then
        show_tail "$LOGS/phpt-$name.err" 10
        not_ok "phpt $name could not start"
        return
    fi
    sed -n '/^Running selected tests/,/^Time taken/p' "$LOGS/phpt-$name.log" | grep -v '^Running selected tests'
    [[ -f "$results" ]] && read -r p f s < <(phpt_counts "$results")
    passed=$((passed + p)) failed=$((failed + f)) skipped=$((skipped + s))
    echo "phpt $name: $p passed, $f failed, $s skipped"
    # Its own names: a caller's `status` (version_results) must survive this loop.
    local result test
    [[ -f "$results" ]] && while IFS=$'\t' read -r result test _; do
        failures+=("phpt $name: $result $test")
    done < <(awk -F'\t' '$1 != "PASSED" && $1 != "SKIPPED" && $1 != "XFAILED" && $1 != "XLEAKED" && NF > 0' "$results")
    if ((rc != 0 && f == 0)); then
        show_tail "$LOGS/phpt-$name.log"
        not_ok "run-tests.php exited with $rc but reported no failed test ($name)"
    fi
}

# Runs one pass (scripts/phpt.sh NAME MODE) on the host and counts it.
phpt_pass() {
    bash scripts/phpt.sh "$@" 2>"$LOGS/phpt-$1.err"
    count_phpt "$1" $?
}

header "phpt: preconditions"
phpt_ready=0
if ((build_ok == 0)); then
    not_ok "phpt passes not run: the extension did not build"
elif [[ -z "$run_tests" ]]; then
    not_ok "run-tests.php not found under /usr/lib/php/*/build/"
elif [[ -z "$(find "$phpt_path" -name '*.phpt' 2>/dev/null | head -n 1)" ]]; then
    not_ok "no .phpt files under $phpt_path"
# A module that fails to load would make every test skip itself; catch that here.
elif ! php "${test_ini[@]}" -r 'exit(extension_loaded("study") ? 0 : 1);' >"$TMP/load" 2>&1; then
    cat "$TMP/load"
    not_ok "php does not load modules/study.so"
else
    echo "modules/study.so loads; tests from $phpt_path"
    phpt_ready=1
fi

# The MariaDB tests load mysqlnd, pdo, pdo_mysql and mysqli themselves (their --EXTENSIONS-- section; run-tests
# adds them from the extension dir), read the server from STUDY_MYSQL_* (run-tests passes its environment on) and
# skip only when those are not set. Here both must be there, so that they never skip in this run.
if ((phpt_ready)) && [[ -n "$(find "$phpt_path" -path '*/mysql/*' -name '*.phpt' 2>/dev/null | head -n 1)" ]]; then
    header "MariaDB for tests/phpt/mysql"
    if ! php -n -d extension=mysqlnd -d extension=pdo -d extension=pdo_mysql -d extension=mysqli \
        -r 'exit(extension_loaded("pdo_mysql") && extension_loaded("mysqli") ? 0 : 1);' >"$TMP/mysql-ext" 2>&1; then
        cat "$TMP/mysql-ext"
        not_ok "php cannot load pdo_mysql and mysqli (package php8.2-mysql); the MariaDB tests would skip"
    elif mariadb_sh start >"$LOGS/mariadb.log" 2>&1 &&
        mariadb_sh env >"$TMP/mariadb.exports" 2>>"$LOGS/mariadb.log"; then
        # shellcheck disable=SC1091
        source "$TMP/mariadb.exports"
        tail -n 1 "$LOGS/mariadb.log"
    else
        show_tail "$LOGS/mariadb.log"
        not_ok "the MariaDB server for tests/phpt/mysql did not start (scripts/mariadb.sh); those tests skip"
    fi
fi

# The PostgreSQL tests load pdo, pdo_pgsql and pgsql themselves (their --EXTENSIONS-- section), read the server from
# STUDY_PGSQL_* and skip when those are not set or the extensions are missing (the PHP 8.4/8.5 chroots have them
# too, and reach the server over TCP and its socket folder, mounted inside).
# On the host both must be there, so that they never skip in this run.
if ((phpt_ready)) && [[ -n "$(find "$phpt_path" -path '*/pgsql/*' -name '*.phpt' 2>/dev/null | head -n 1)" ]]; then
    header "PostgreSQL for tests/phpt/pgsql"
    if ! php -n -d extension=pdo -d extension=pdo_pgsql -d extension=pgsql \
        -r 'exit(extension_loaded("pdo_pgsql") && extension_loaded("pgsql") ? 0 : 1);' >"$TMP/pgsql-ext" 2>&1; then
        cat "$TMP/pgsql-ext"
        not_ok "php cannot load pdo_pgsql and pgsql (package php8.2-pgsql); the PostgreSQL tests would skip"
    elif postgres_sh start >"$LOGS/postgres.log" 2>&1 &&
        postgres_sh env >"$TMP/postgres.exports" 2>>"$LOGS/postgres.log"; then
        # shellcheck disable=SC1091
        source "$TMP/postgres.exports"
        tail -n 1 "$LOGS/postgres.log"
    else
        show_tail "$LOGS/postgres.log"
        not_ok "the PostgreSQL server for tests/phpt/pgsql did not start (scripts/postgres.sh); those tests skip"
    fi
fi

# The other PHP versions: every version in STUDY_PHP_VERSIONS that is not the host's gets a chroot, the extension built
# inside it (in build/php<version>, apart from the host's build) and the phpt passes plain and opcache, one version
# after the other in a background job that runs beside the host's stages (CI has two cores). The MariaDB server above
# is reachable from inside (same network; its socket folder is mounted). Each step leaves its log and status in
# build/logs; version_results counts them at the end.
host_version="$(php -n -r 'echo PHP_MAJOR_VERSION, ".", PHP_MINOR_VERSION;')"
extra_versions=()
for version in ${STUDY_PHP_VERSIONS:-8.2 8.4 8.5}; do
    [[ "$version" != "$host_version" ]] && extra_versions+=("$version")
done

# Runs in the background: chroot, build and both passes of one version; writes build/logs/php<version>.status.
version_job() {
    local version="$1" status="$LOGS/php$1.status"
    rm -f "$status" "$LOGS/phpt-$version-plain.results" "$LOGS/phpt-$version-opcache.results"
    local started=$SECONDS
    if ! bash scripts/php-chroot.sh "$version" create >"$LOGS/chroot-$version.log" 2>&1; then
        echo "chroot" >"$status"
        return
    fi
    echo "chroot $((SECONDS - started))" >"$status"
    # Inside, the repository is /study and build/logs is /study/build/logs.
    STUDY_LOG_DIR=/study/build/logs bash scripts/php-chroot.sh "$version" run -- bash -c '
        version="$1"
        bash scripts/build.sh >"$STUDY_LOG_DIR/build-$version.log" 2>&1 || { echo "build" >>"$STUDY_LOG_DIR/php$version.status"; exit; }
        echo "built" >>"$STUDY_LOG_DIR/php$version.status"
        for mode in plain opcache; do
            bash scripts/phpt.sh "$version-$mode" "$mode" 2>"$STUDY_LOG_DIR/phpt-$version-$mode.err"
            echo "$mode $?" >>"$STUDY_LOG_DIR/php$version.status"
        done' version-job "$version" >"$LOGS/php$version.log" 2>&1
    echo "done $((SECONDS - started))" >>"$status"
}

# Counts what version_job left in build/logs.
version_results() {
    local version="$1" status="$LOGS/php$1.status" seconds
    if [[ ! -s "$status" ]] || grep -qx chroot "$status"; then
        show_tail "$LOGS/chroot-$version.log"
        not_ok "PHP $version: the chroot could not be built (scripts/php-chroot.sh $version create; needs root and mmdebstrap)"
        return
    fi
    if grep -qx build "$status"; then
        show_tail "$LOGS/build-$version.log"
        not_ok "PHP $version: extension build in the chroot"
        return
    fi
    if ! grep -qx built "$status"; then
        show_tail "$LOGS/php$version.log"
        not_ok "PHP $version: the job in the chroot did not run"
        return
    fi
    # The build must be clean on every version: a warning is a failure.
    if grep -q 'warning:' <(grep -v 'configure.ac\|libtool.m4\|aclocal' "$LOGS/build-$version.log"); then
        grep 'warning:' "$LOGS/build-$version.log" | head -n 20
        not_ok "PHP $version: compiler warnings (above)"
    else
        ok "PHP $version: extension built without warnings"
    fi
    local mode rc
    for mode in plain opcache; do
        rc="$(awk -v m="$mode" '$1 == m { print $2 }' "$status")"
        if [[ -z "$rc" ]]; then
            not_ok "PHP $version: phpt $mode did not run"
            continue
        fi
        count_phpt "$version-$mode" "$rc"
    done
    seconds="$(awk '$1 == "done" { print $2 }' "$status")"
    echo "PHP $version: ${seconds:-?} s in all (chroot ready after $(awk '$1 == "chroot" { print $2 }' "$status") s)"
}

# The sanitizer and fuzzing stage is scripts/fuzz.sh's (tests/fuzz/README.md): a phpt pass against an ASan+UBSan
# build of the extension, then each fuzzer for a bounded time. It runs in the background lane after the other
# versions; its output (PASS/FAIL lines, phpt counts) is read at the end.
run_fuzz=1
[[ "${STUDY_TEST_QUICK:-0}" == 1 || "${STUDY_FUZZ:-1}" == 0 ]] && run_fuzz=0
fuzz_job() {
    rm -f "$LOGS/fuzz-stage.out"
    {
        if ((phpt_ready)); then
            bash scripts/fuzz.sh asan-build && bash scripts/fuzz.sh asan-phpt "$phpt_path"
        fi
        bash scripts/fuzz.sh smoke "${STUDY_FUZZ_SECONDS:-60}"
    } >"$LOGS/fuzz-stage.out" 2>&1
}

# pecl package, then pecl install of the package, then the Debian package and its install into a clean Debian 12 chroot
# (two full builds and a phpt pass: in the background lane, after the fuzzers).
run_pecl=1
[[ "${STUDY_TEST_QUICK:-0}" == 1 ]] && run_pecl=0
rm -f "$LOGS/pecl-install.out"

background_pid=""
if ((${#extra_versions[@]} > 0 || run_fuzz || run_pecl)); then
    echo
    ((${#extra_versions[@]} > 0)) &&
        echo "PHP ${extra_versions[*]}: chroots, builds and phpt passes run in the background (logs: build/logs/php<version>.log)"
    ((run_fuzz)) && echo "ASan pass and fuzzers: in the background after them (output: build/logs/fuzz-stage.out)"
    ((run_pecl)) && echo "pecl package and install, Debian package and its install test: in the background last (output: build/logs/pecl-install.out)"
    # In its own process group (set -m), so that an interrupted run can stop the whole job (see cleanup).
    set -m
    (
        # Its tests use the servers' second database: a test may run in both lanes at once.
        export STUDY_MYSQL_DB="${STUDY_MYSQL_DB:-study}_lane2" STUDY_PGSQL_DB="${STUDY_PGSQL_DB:-study}_lane2"
        for version in "${extra_versions[@]}"; do version_job "$version"; done
        ((run_fuzz)) && fuzz_job
        ((run_pecl)) && { bash scripts/pecl.sh install-test; bash scripts/deb.sh build install-test; } >"$LOGS/pecl-install.out" 2>&1
    ) &
    background_pid=$!
    set +m
fi

header "core purity: no Zend in src/ include/"
grep -rnE '#\s*include\s*[<"](php|zend|Zend/|main/|ext/)|\bzval\b|\bzend_' src include >"$TMP/purity" 2>&1
case $? in
    1) ok "src/ and include/ do not mention Zend" ;;
    0) cat "$TMP/purity"; not_ok "Zend names or headers in the core (listed above)" ;;
    *) cat "$TMP/purity"; not_ok "grep over src/ include/ failed" ;;
esac

# Builds the core with CMake in build/$1 (extra CMake arguments after it) and runs its GoogleTest binary directly,
# counting cases; a non-zero exit with every case passed (ASan's report at exit, say) counts as one failure.
gtest_stage() {
    local name="$1" dir="build/$1"
    shift
    if ! { cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=Debug "$@" >"$LOGS/cmake-$name.log" 2>&1 &&
        cmake --build "$dir" -j"$(nproc)" >>"$LOGS/cmake-$name.log" 2>&1; }; then
        show_tail "$LOGS/cmake-$name.log"
        not_ok "CMake configure or build of the core ($name)"
        return
    fi
    rm -f "$LOGS/gtest-$name.json"
    "$dir/study_unit_tests" --gtest_brief=1 --gtest_output="json:$LOGS/gtest-$name.json" >"$LOGS/gtest-$name.log" 2>&1
    local rc=$? p f s
    if [[ ! -s "$LOGS/gtest-$name.json" ]]; then
        show_tail "$LOGS/gtest-$name.log" 60
        not_ok "$dir/study_unit_tests did not finish (no JSON report)"
        return
    fi
    read -r p f s < <(gtest_counts "$LOGS/gtest-$name.json")
    passed=$((passed + p)) failed=$((failed + f)) skipped=$((skipped + s))
    echo "GoogleTest cases ($name): $p passed, $f failed, $s skipped or disabled"
    if ((f > 0)); then
        show_tail "$LOGS/gtest-$name.log" 60
        failures+=("GoogleTest ($name): $f failed, see build/logs/gtest-$name.log")
    elif ((rc != 0)); then
        show_tail "$LOGS/gtest-$name.log" 60
        not_ok "$dir/study_unit_tests exited with $rc although every case passed"
    fi
}

header "GoogleTest: core built with CMake"
gtest_stage core

header "GoogleTest under AddressSanitizer (stack switching and copying annotated for ASan)"
gtest_stage asan -DCMAKE_CXX_FLAGS="-fsanitize=address -fno-omit-frame-pointer"

header "stub check: ext/stubs/*.stub.php match the committed *_arginfo.h"
# gen_stub.php wants PHP-Parser 4.15.1 beside it; offline, Debian's php-parser stands in for it.
gen_stub="$(ls /usr/lib/php/*/build/gen_stub.php 2>/dev/null | head -n 1)"
stubs=(ext/stubs/*.stub.php)
if [[ ! -e "${stubs[0]}" ]]; then
    ok "no stub files yet, nothing to compare"
elif [[ -z "$gen_stub" ]]; then
    not_ok "gen_stub.php not found under /usr/lib/php/*/build/"
else
    mkdir -p "$TMP/gen/PHP-Parser-4.15.1" "$TMP/after"
    cp "$gen_stub" "$TMP/gen/"
    ln -s /usr/share/php "$TMP/gen/PHP-Parser-4.15.1/lib"
    gen_ok=1
    : >"$LOGS/gen_stub.log"
    for stub in "${stubs[@]}"; do
        # -f regenerates even when the hash in the arginfo matches, which also catches hand edits.
        php "$TMP/gen/gen_stub.php" -f "$stub" >>"$LOGS/gen_stub.log" 2>&1 || gen_ok=0
    done
    snapshot_arginfo "$TMP/after"
    if ((gen_ok == 0)); then
        show_tail "$LOGS/gen_stub.log"
        not_ok "gen_stub.php failed"
    elif (cd "$TMP" && diff -ruN before after) >"$TMP/stub.diff"; then
        ok "arginfo is up to date with the stubs"
    else
        head -n 80 "$TMP/stub.diff"
        not_ok "arginfo was stale (diff above); the regenerated files are now in ext/, commit them"
    fi
fi

header "format check: clang-format --dry-run --Werror"
format_dirs=()
for dir in src include ext tests/unit php_study.h; do
    [[ -e "$dir" ]] && format_dirs+=("$dir")
done
format_files=()
if ((${#format_dirs[@]} > 0)); then
    mapfile -t format_files < <(find "${format_dirs[@]}" -type f \( -name '*.cc' -o -name '*.h' \) \
        ! -name '*_arginfo.h' | sort)
fi
if ((${#format_files[@]} == 0)); then
    ok "no C++ files to check"
elif clang-format --dry-run --Werror "${format_files[@]}" >"$LOGS/clang-format.log" 2>&1; then
    ok "${#format_files[@]} files formatted"
else
    grep -oE '^[^:]+:[0-9]+' "$LOGS/clang-format.log" | cut -d: -f1 | sort | uniq -c
    not_ok "files not formatted; run: clang-format -i <file>"
fi

header "package check: package.xml, debian/changelog, composer.json, the stubs package, release.sh's dry run"
relay < <(bash scripts/pecl.sh check 2>&1)
relay < <(bash scripts/deb.sh check 2>&1)
# The stubs package's constants take the values of the module built above.
if ((build_ok)); then
    relay < <(STUDY_MODULE="$module" bash scripts/stubs.sh check 2>&1)
else
    not_ok "stubs/ not checked: the extension did not build"
fi
relay < <(bash tests/scripts/release_test.sh 2>&1)

if ((phpt_ready)); then
    header "phpt pass 1: plain (PHP $host_version)"
    phpt_pass plain plain

    header "phpt pass 2: opcache with tracing JIT (PHP $host_version)"
    phpt_pass opcache opcache

    header "phpt pass 3: valgrind memcheck with leak check (PHP $host_version)"
    if [[ "${STUDY_TEST_QUICK:-0}" == 1 ]]; then
        echo "skipped (STUDY_TEST_QUICK=1)"
    else
        STUDY_PHPT_JOBS="${STUDY_PHPT_JOBS:-3}" phpt_pass valgrind valgrind
    fi
fi

# The background lane's results, once it is done: the other versions, then the ASan pass and the fuzzers.
if [[ -n "$background_pid" ]]; then
    wait "$background_pid"
    background_pid=""
fi
for version in "${extra_versions[@]}"; do
    header "PHP $version in its chroot: build, phpt plain, phpt opcache with tracing JIT"
    version_results "$version"
done

header "phpt pass 4 and fuzzers: ASan+UBSan build, libFuzzer targets, PHP-level fuzzer"
if ((!run_fuzz)); then
    echo "skipped (STUDY_TEST_QUICK=1 or STUDY_FUZZ=0)"
elif [[ ! -f "$LOGS/fuzz-stage.out" ]]; then
    not_ok "the ASan pass and fuzzers did not run (background lane)"
else
    relay <"$LOGS/fuzz-stage.out"
fi

header "packages: pecl package and pecl install of it, the Debian package, lintian, its install into Debian 12 (scripts/pecl.sh, scripts/deb.sh)"
if ((!run_pecl)); then
    echo "skipped (STUDY_TEST_QUICK=1)"
elif [[ ! -f "$LOGS/pecl-install.out" ]]; then
    not_ok "the package tests did not run (background lane)"
else
    relay <"$LOGS/pecl-install.out"
fi

if [[ -f "$TMP/mariadb.env" ]] && ! mariadb_sh stop >>"$LOGS/mariadb.log" 2>&1; then
    show_tail "$LOGS/mariadb.log"
    not_ok "the MariaDB server did not stop cleanly (scripts/mariadb.sh stop)"
fi
if [[ -f "$TMP/postgres.env" ]] && ! postgres_sh stop >>"$LOGS/postgres.log" 2>&1; then
    show_tail "$LOGS/postgres.log"
    not_ok "the PostgreSQL server did not stop cleanly (scripts/postgres.sh stop)"
fi

summary
((failed == 0))

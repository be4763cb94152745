# SPDX-License-Identifier: MIT
# Sourced by bench/run.sh and bench/server.sh: the PHP that runs the measured code, and the study build for it.
#   BENCH_PHP_VERSION=8.4   that version's Debian chroot (scripts/php-chroot.sh, built and cached on first use) with
#                           study built inside it (build/php8.4/modules/study.so); the clients (ab, wrk) and the
#                           table formatting stay on the host. Unset, or the host's version: the host's php.
# Sets bench_php (the command as an array; it keeps its pid, so a server started with it can be killed by pid),
# bench_php_label (for the table header) and bench_study_so.
bench_host_version=$(php -n -r 'echo PHP_MAJOR_VERSION, ".", PHP_MINOR_VERSION;')
if [ -n "${BENCH_PHP_VERSION:-}" ] && [ "$BENCH_PHP_VERSION" != "$bench_host_version" ]; then
    bench_php=(bash "$root/scripts/php-chroot.sh" "$BENCH_PHP_VERSION" exec -- php)
    bench_study_so="$root/build/php$BENCH_PHP_VERSION/modules/study.so"
    if [ -z "${STUDY_SO:-}" ]; then
        # Brings the chroot's copy of the tree up to date and builds it (only what changed).
        bash "$root/scripts/php-chroot.sh" "$BENCH_PHP_VERSION" run -- bash scripts/build.sh >/dev/null
    fi
else
    bench_php=(php)
    bench_study_so="$root/modules/study.so"
    [ -f "$bench_study_so" ] || [ -n "${STUDY_SO:-}" ] || bash "$root/scripts/build.sh" >/dev/null
fi
bench_study_so=${STUDY_SO:-$bench_study_so}
bench_php_label="$("${bench_php[@]}" -n -r 'echo PHP_VERSION;')"

# The -d options that load the Swoole build SWOOLE_SO with bench_php: a build configured with --enable-swoole-curl
# needs the curl extension loaded before it, and every build needs pdo; both are loaded first where this PHP has
# them as shared modules.
bench_swoole_args() {
    local args="" ext
    for ext in pdo curl; do
        if ! "${bench_php[@]}" -n -r "exit(extension_loaded('$ext') ? 0 : 1);" 2>/dev/null &&
            "${bench_php[@]}" -n -d "extension=$ext" -r "exit(extension_loaded('$ext') ? 0 : 1);" 2>/dev/null; then
            args+="-d extension=$ext "
        fi
    done
    echo "$args-d extension=$SWOOLE_SO"
}

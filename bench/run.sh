#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Measures study next to PHP's Fiber (and Swoole / Swow when SWOOLE_SO / SWOW_SO name a built extension), in one
# run, and prints a Markdown table with the date, the PHP version and each runtime's version.
# Usage: bash bench/run.sh [N_create] [N_idle]     (defaults: 2000000 creates, 100000 idle coroutines)
#        BENCH_JIT=1 bash bench/run.sh ...            (every runtime with OPcache and the tracing JIT)
#        BENCH_PHP_VERSION=8.4 bash bench/run.sh ...  (PHP 8.4 from its Debian chroot, see bench/php.sh)
# The last table queries MariaDB (bench/mysql.php): the server named by STUDY_MYSQL_*, else a private one that
# scripts/mariadb.sh starts and stops; BENCH_MYSQL_N coroutines and connections (default 100).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
n_create=${1:-2000000}
n_idle=${2:-100000}
# shellcheck source=bench/php.sh
. "$root/bench/php.sh"
study_so=$bench_study_so

jit=""
if [ "${BENCH_JIT:-0}" = 1 ]; then
    # OPcache is built into PHP 8.5; before, it is a zend_extension to load.
    jit="-d opcache.enable_cli=1 -d opcache.jit=tracing -d opcache.jit_buffer_size=64M"
    "${bench_php[@]}" -n -r 'exit(extension_loaded("Zend OPcache") ? 0 : 1);' || jit="-d zend_extension=opcache $jit"
fi

declare -a names args
names+=(study); args+=("-d extension=$study_so")
names+=(fiber); args+=("")
if [ -n "${SWOOLE_SO:-}" ] && [ -f "$SWOOLE_SO" ]; then names+=(swoole); args+=("$(bench_swoole_args)"); fi
if [ -n "${SWOW_SO:-}" ] && [ -f "$SWOW_SO" ]; then names+=(swow); args+=("-d extension=$SWOW_SO"); fi

version_of() {
    case "$1" in
        study) "${bench_php[@]}" -n $2 -r 'echo phpversion("study");' ;;
        fiber) "${bench_php[@]}" -n -r 'echo PHP_VERSION;' ;;
        swoole) "${bench_php[@]}" -n $2 -r 'echo phpversion("swoole");' ;;
        swow) "${bench_php[@]}" -n $2 -r 'echo phpversion("swow");' ;;
    esac
}

echo "Run on $(date -u +%Y-%m-%d), PHP $bench_php_label, $(nproc) cores; N_create=$n_create, N_idle=$n_idle${jit:+, OPcache + tracing JIT}"
echo
echo "| runtime | version | create+run+destroy /s | yield+resume round trip | RSS per suspended coroutine | suspended at once |"
echo "|---|---|---|---|---|---|"
for i in "${!names[@]}"; do
    name=${names[$i]}
    # shellcheck disable=SC2086
    json=$("${bench_php[@]}" -n -d memory_limit=-1 $jit ${args[$i]} "$root/bench/coroutine.php" "$name" "$n_create" "$n_idle" | grep '^{' | tail -n 1)
    version=$(version_of "$name" "${args[$i]}")
    php -n -r '
        $r = json_decode($argv[1], true);
        $idle = $r["idle_n"] . (isset($r["idle_error"]) ? " (then: " . $r["idle_error"] . ")" : "");
        printf("| %s | %s | %s | %.1f ns | %s B | %s |\n", $r["runtime"], $argv[2],
            number_format($r["create_per_sec"]), $r["round_trip_ns"], number_format($r["idle_bytes_each"]), $idle);
    ' "$json" "$version"
done

echo
echo "Scheduler: 100,000 coroutines that each sleep 0.1 s (seconds until all finished), arm and fire N_timers"
echo "one-shot timers (each callback in a coroutine), and sleep(0) round trips of one coroutine through the loop;"
echo "N_timers=${BENCH_TIMERS:-1000000}"
echo
echo "| runtime | version | 100k sleepers of 0.1 s done in | CPU while idle | timers armed and fired /s | sleep(0) round trips /s |"
echo "|---|---|---|---|---|---|"
for i in "${!names[@]}"; do
    name=${names[$i]}
    [ "$name" = fiber ] && continue
    # shellcheck disable=SC2086
    json=$("${bench_php[@]}" -n -d memory_limit=-1 $jit ${args[$i]} "$root/bench/timer.php" "$name" "${BENCH_TIMERS:-1000000}" \
        "${BENCH_TIMERS:-1000000}" 2>/dev/null | grep '^{' | tail -n 1)
    version=$(version_of "$name" "${args[$i]}")
    php -n -r '
        $r = json_decode($argv[1], true);
        printf("| %s | %s | %.3f s | %.1f %% | %s | %s |\n", $r["runtime"], $argv[2], $r["sleepers_100k_seconds"],
            $r["idle_cpu_percent"],
            number_format($r["timers_per_sec"]),
            $r["sleep0_per_sec"] === null ? "n/a (sleep(0) refused)" : number_format($r["sleep0_per_sec"]));
    ' "$json" "$version"
done

echo
echo "Channels: ping-pong round trips per second between two coroutines over two channels (A pushes to ch1, B pops"
echo "ch1 and pushes to ch2, A pops ch2), unbuffered (capacity 0) and of capacity 1, and values per second from"
echo "4 producers to 4 consumers over one channel of capacity 64 (sum of the values checked); each figure over"
echo "at least 0.3 s of repetitions of N_channel round trips or values; N_channel=${BENCH_CHANNEL:-1000000}"
echo
echo "| runtime | version | ping-pong, capacity 0 /s | ping-pong, capacity 1 /s | 4 producers to 4 consumers, capacity 64 /s |"
echo "|---|---|---|---|---|"
for i in "${!names[@]}"; do
    name=${names[$i]}
    [ "$name" = fiber ] && continue  # Fiber has no channel
    # shellcheck disable=SC2086
    json=$("${bench_php[@]}" -n -d memory_limit=-1 -d display_errors=stderr $jit ${args[$i]} "$root/bench/channel.php" "$name" \
        "${BENCH_CHANNEL:-1000000}" | grep '^{' | tail -n 1)
    version=$(version_of "$name" "${args[$i]}")
    php -n -r '
        $r = json_decode($argv[1], true);
        printf("| %s | %s | %s | %s | %s |\n", $r["runtime"], $argv[2],
            $r["pingpong_cap0_per_sec"] === null ? "n/a (see below)" : number_format($r["pingpong_cap0_per_sec"]),
            number_format($r["pingpong_cap1_per_sec"]), number_format($r["producers_consumers_per_sec"]));
    ' "$json" "$version"
done
if [[ " ${names[*]} " == *" swoole "* ]]; then
    echo
    echo "Swoole has no unbuffered channel: \`new Swoole\\Coroutine\\Channel(0)\` silently makes one of capacity 1"
    echo "(a push returns at once, without a pop), so its capacity-0 ping-pong would only repeat the capacity-1 one."
fi

echo
echo "MariaDB through PDO_MySQL (bench/mysql.php): queries per second of N_mysql coroutines on as many connections,"
echo "with the runtime's hooks on (study: Study\\Runtime::enableCoroutine(), Swoole: SWOOLE_HOOK_ALL), against the same"
echo "queries one after the other on one connection in blocking PHP; SELECT SLEEP(0.01) waits for the server,"
echo "SELECT 1 costs CPU in the client and the server (both on this machine). N_mysql=${BENCH_MYSQL_N:-100}"
echo
if ! PATH="$PATH:/usr/sbin" command -v mariadbd >/dev/null; then
    echo "(not run: mariadbd not found; bash scripts/setup.sh installs mariadb-server)"
    exit 0
fi
if [ -z "${STUDY_MYSQL_HOST:-}" ]; then
    # One private server for every runtime's run, stopped when this script ends.
    export STUDY_MARIADB_STATE="${TMPDIR:-/tmp}/study-bench-mariadb.$$.env"
    trap 'bash "$root/scripts/mariadb.sh" stop >/dev/null 2>&1' EXIT
    bash "$root/scripts/mariadb.sh" start >/dev/null
    eval "$(bash "$root/scripts/mariadb.sh" env)"
fi
mysql_ext="-d extension=mysqlnd -d extension=pdo -d extension=pdo_mysql"
echo "| runtime | version | connections | SELECT SLEEP(0.01) /s | SELECT 1 /s | PHP CPU per SELECT 1 | 50 coroutines × (connect + SELECT SLEEP(0.2)) | the same over TLS |"
echo "|---|---|---|---|---|---|---|---|"
for i in sequential "${!names[@]}"; do
    if [ "$i" = sequential ]; then
        name=sequential arg="" version=$bench_php_label
    else
        name=${names[$i]} arg=${args[$i]}
        case "$name" in study | swoole) ;; *) continue ;; esac  # Fiber has no hooks; bench/mysql.php has no Swow
        version=$(version_of "$name" "$arg")
    fi
    # shellcheck disable=SC2086
    json=$("${bench_php[@]}" -n $jit $mysql_ext $arg "$root/bench/mysql.php" "$name" "${BENCH_MYSQL_N:-100}" | grep '^{' | tail -n 1)
    php -n -r '
        $r = json_decode($argv[1], true);
        $tls = $r["fifty_sleeps_tls_seconds"] === null ? "-" : sprintf("%.2f s", $r["fifty_sleeps_tls_seconds"]);
        printf("| %s | %s | %d | %s | %s | %.1f µs | %.2f s | %s |\n", $r["runtime"], $argv[2], $r["connections"],
            number_format($r["sleep_per_sec"]), number_format($r["select1_per_sec"]), $r["select1_cpu_us"],
            $r["fifty_sleeps_seconds"], $tls);
    ' "$json" "$version"
done

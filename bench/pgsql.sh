#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The PostgreSQL benchmark (bench/pgsql.php): SELECT 1 per second through PDO pgsql from BENCH_PGSQL_N coroutines
# (default 100) on as many connections, BENCH_PGSQL_M queries each (default 200), with study's HOOK_PDO_PGSQL and with
# Swoole's SWOOLE_HOOK_PDO_PGSQL when SWOOLE_SO names a build configured with --enable-swoole-pgsql; the same queries
# on one connection in blocking PHP first. Client CPU per query is the PHP process's user + system time. Also the time
# 20 coroutines take to connect and run one SELECT pg_sleep(0.2) each (serial: 4 s). The server is the one named by
# STUDY_PGSQL_*, else a private one from scripts/postgres.sh, stopped at the end. Takes STUDY_SO, SWOOLE_SO and
# BENCH_PHP_VERSION (bench/php.sh).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=bench/php.sh
source "$root/bench/php.sh"

if ! "${bench_php[@]}" -n -d extension=pdo -d extension=pdo_pgsql -r 'exit(extension_loaded("pdo_pgsql") ? 0 : 1);' \
    2>/dev/null; then
    echo "bench/pgsql.sh: this PHP has no pdo_pgsql (Debian php8.x-pgsql)" >&2
    exit 1
fi
if [ -z "${STUDY_PGSQL_HOST:-}" ]; then
    export STUDY_POSTGRES_STATE
    STUDY_POSTGRES_STATE=$(mktemp -u "${TMPDIR:-/tmp}/study-bench-postgres.XXXXXX")
    trap 'bash "$root/scripts/postgres.sh" stop >/dev/null 2>&1' EXIT
    bash "$root/scripts/postgres.sh" start >/dev/null
    eval "$(bash "$root/scripts/postgres.sh" env)"
fi

n=${BENCH_PGSQL_N:-100}
m=${BENCH_PGSQL_M:-200}
echo "SELECT 1 through PDO pgsql (bench/pgsql.php): $n coroutines on $n connections × $m queries each; sequential:"
echo "the same queries on one connection in blocking PHP. Client and server on the same machine. PHP $bench_php_label."
echo
echo "| runtime | connections | queries | SELECT 1 /s | client CPU per query | 20 × connect + pg_sleep(0.2) |"
echo "|---|---|---|---|---|---|"
runs=("sequential|-d extension=pdo -d extension=pdo_pgsql")
runs+=("study|-d extension=pdo -d extension=pdo_pgsql -d extension=$bench_study_so")
# Swoole's pgsql build has a PDO pgsql driver of its own: pdo_pgsql is not loaded beside it.
if [ -n "${SWOOLE_SO:-}" ]; then runs+=("swoole|$(bench_swoole_args)"); fi
for run in "${runs[@]}"; do
    name=${run%%|*} arg=${run#*|}
    # shellcheck disable=SC2086
    json=$("${bench_php[@]}" -n $arg "$root/bench/pgsql.php" "$name" "$n" "$m" | grep '^{' | tail -n 1)
    php -n -r '
        $r = json_decode($argv[1], true);
        printf("| %s | %d | %d | %s | %.1f µs | %.2f s |\n", $r["runtime"], $r["connections"], $r["queries"],
            number_format($r["per_sec"]), $r["cpu_us"], $r["twenty_sleeps_seconds"]);
    ' "$json"
done

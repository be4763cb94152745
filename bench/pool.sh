#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Worker processes: requests per second of an HTTP handler that burns about 1 ms of CPU per request
# (bench/pool_server.php: one PHP loop, calibrated once here, the same turns on every runtime), served by study's
# Study\Process\Pool with 1 worker ("study-1") and with 2 ("study-2"), the workers serving one Study\Http\Server made
# by the master before the fork (each worker accepts on the one listening socket), and with 2 workers each serving its
# own server on the port with reuse_port ("study-reuseport-2"); and, when SWOOLE_SO names a built extension, Swoole's
# Swoole\Http\Server with worker_num 2 in SWOOLE_BASE mode ("swoole-base-2": each worker accepts on the one listening
# socket) and in SWOOLE_PROCESS mode ("swoole-process-2": a master with reactor threads accepts and hands each request
# to a worker).
# The goal (issue 18): study-2 at least 1.8 times study-1 on 2 cores, and at least Swoole's 2-worker rate.
# bench/server.sh runs it (rounds alternate the runtimes, medians, server CPU per request over the server's processes,
# failures); its settings apply (BENCH_SERVER_ROUNDS, _PORT, STUDY_SO, SWOOLE_SO, BENCH_PHP_VERSION).
# Usage: bash bench/pool.sh
#   BENCH_POOL_SECONDS=10       seconds per wrk run
#   BENCH_POOL_N=20000          requests per ab run
#   BENCH_POOL_ITERATIONS=N     the loop's turns per request (default: calibrated to about 1 ms on this machine)
#   BENCH_STUDY_RUNTIMES="study-1 study-2 study-reuseport-2"   the study columns
#   BENCH_SWOOLE_RUNTIMES="swoole-base-2 swoole-process-2"   the Swoole columns
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${BENCH_POOL_SECONDS:-10}
n=${BENCH_POOL_N:-20000}
# shellcheck source=bench/php.sh
. "$root/bench/php.sh"
turns=${BENCH_POOL_ITERATIONS:-$("${bench_php[@]}" -n "$root/bench/pool_server.php" calibrate)}
echo "each request burns $turns turns of bench/pool_server.php's loop (about 1 ms when calibrated)" >&2

table=$(BENCH_POOL_ITERATIONS=$turns BENCH_SERVER_SCRIPT="$root/bench/pool_server.php" \
    BENCH_STUDY_RUNTIMES="${BENCH_STUDY_RUNTIMES:-study-1 study-2 study-reuseport-2}" BENCH_SERVER_SECONDS=$seconds \
    BENCH_SWOOLE_RUNTIMES="${BENCH_SWOOLE_RUNTIMES:-swoole-base-2 swoole-process-2}" NGINX_BIN="" \
    BENCH_SERVER_CLIENTS="keepalive wrk -t2 -c 64 -d ${seconds}s
short ab -c 64 -n $n" bash "$root/bench/server.sh" "$@")
echo "$table"
echo
echo "Each request burns $turns turns of the loop in bench/pool_server.php (calibrated to about 1 ms)."
# The ratios, from the table's columns: study-2 against study-1 and each Swoole column, and reuse_port against it.
echo "$table" | awk -F'|' '
    function rate(cell) { split(cell, words, " "); gsub(",", "", words[1]); return words[1] + 0 }
    /^\| server mode/ { for (i = 4; i <= NF; i += 3) { name[i] = $i; sub(/ req\/s */, "", name[i]); gsub(/^ +/, "", name[i]) } }
    /^\| (keepalive|short) / {
        for (i = 4; i <= NF; i += 3) { if (name[i] != "") r[name[i]] = rate($i) }
        line = $2 $3; gsub(/ +/, " ", line); gsub(/^ | $/, "", line); line = line ":"
        if (r["study-1"] > 0) line = line sprintf(" study-2 / study-1 = %.2f", r["study-2"] / r["study-1"])
        for (k in r) if (k ~ /^swoole/ && r[k] > 0) line = line sprintf("; study-2 / %s = %.2f", k, r["study-2"] / r[k])
        if (r["study-reuseport-2"] > 0 && r["study-2"] > 0)
            line = line sprintf("; study-reuseport-2 / study-2 = %.2f", r["study-reuseport-2"] / r["study-2"])
        print line
    }'

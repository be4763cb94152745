#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The HTTP server benchmark: bench/server.sh's clients (ab short connections, wrk keep-alive -c100 and -c1000),
# server CPU per request and nginx column, with each runtime's HTTP server instead of a raw socket loop:
# Study\Http\Server against nginx, and, when SWOOLE_SO names a built extension, Swoole's Coroutine\Http\Server
# ("swoole") and its Swoole\Http\Server in SWOOLE_BASE mode with one worker ("swoole-base") (bench/http_server.php).
# Takes bench/server.sh's settings (BENCH_SERVER_N, _SECONDS, _ROUNDS, _PORT, STUDY_SO, SWOOLE_SO, NGINX_BIN,
# BENCH_PHP_VERSION, BENCH_SWOOLE_RUNTIMES).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
BENCH_SWOOLE_RUNTIMES=${BENCH_SWOOLE_RUNTIMES:-swoole swoole-base} BENCH_SERVER_SCRIPT="$root/bench/http_server.php" \
    exec bash "$root/bench/server.sh" "$@"

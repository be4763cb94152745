#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Large bodies on the HTTP servers of bench/http.sh: a 1 MiB response sent with sendfile() (GET /file) and a 1 MiB
# request body read whole (POST /upload), keep-alive, wrk -t2 with BENCH_LARGE_CONNECTIONS connections (default 50),
# study against Swoole (both of bench/http.sh's servers when SWOOLE_SO is set) and nginx, with the server CPU per
# request as in bench/server.sh. Takes bench/server.sh's settings (BENCH_SERVER_SECONDS, _ROUNDS, _PORT, STUDY_SO,
# SWOOLE_SO, NGINX_BIN, BENCH_PHP_VERSION, BENCH_SWOOLE_RUNTIMES).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${BENCH_SERVER_SECONDS:-10}
connections=${BENCH_LARGE_CONNECTIONS:-50}
file=$(mktemp "${TMPDIR:-/tmp}/study-http-large.XXXXXX")
trap 'rm -f "$file"' EXIT
head -c 1048576 /dev/urandom >"$file"
clients="keepalive wrk -t2 -c $connections -d ${seconds}s -s $root/bench/http_file.lua
keepalive wrk -t2 -c $connections -d ${seconds}s -s $root/bench/http_upload.lua"
BENCH_HTTP_FILE="$file" BENCH_SERVER_CLIENTS="$clients" BENCH_SWOOLE_RUNTIMES=${BENCH_SWOOLE_RUNTIMES:-swoole swoole-base} \
    BENCH_SERVER_SCRIPT="$root/bench/http_server.php" bash "$root/bench/server.sh" "$@"

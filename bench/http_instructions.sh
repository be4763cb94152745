#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The HTTP servers' cost per keep-alive request, counted instead of timed, so that it is repeatable whatever else the
# machine is doing (bench/http.sh's CPU figures are not): user-space instructions (callgrind: one fresh server takes N
# keep-alive requests from ab -k -c 10, another 3N; the difference divided by 2N leaves start-up out) and system calls
# (strace -c on a fresh server for N requests). Servers: study's Study\Http\Server (bench/http_server.php),
# Swoole's Coroutine\Http\Server and Swoole\Http\Server in SWOOLE_BASE mode when SWOOLE_SO names a built extension,
# and nginx answering the same body (as bench/server.sh configures it: one process, access log off).
# Usage: bash bench/http_instructions.sh [N]    (default 5000; needs valgrind, strace, ab, curl)
#   STUDY_SO=path/study.so   the study build to measure (default: modules/study.so of this repo)
#   SWOOLE_SO=path/swoole.so adds the Swoole rows; NGINX_BIN=path/nginx (default: nginx on PATH or /usr/sbin/nginx)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
n=${1:-5000}
port=${BENCH_SERVER_PORT:-18180}
# shellcheck source=bench/php.sh
. "$root/bench/php.sh"
for tool in valgrind callgrind_annotate strace ab curl; do
    command -v "$tool" >/dev/null || { echo "bench/http_instructions.sh needs $tool" >&2; exit 1; }
done
tmp=$(mktemp -d)
server_pid=""
stop() {
    [ -n "$server_pid" ] || return 0
    kill -"$1" "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
    server_pid=""
}
trap 'stop KILL; rm -rf "$tmp"' EXIT

# nginx.conf for port $1 in directory $2: bench/server.sh's keep-alive configuration.
nginx_conf() {
    cat <<EOF
daemon off;
master_process off;
worker_processes 1;
pid "$2/nginx.pid";
error_log stderr error;
events { worker_connections 4096; }
http {
    access_log off;
    client_body_temp_path "$2/client_body"; proxy_temp_path "$2/proxy"; fastcgi_temp_path "$2/fastcgi";
    uwsgi_temp_path "$2/uwsgi"; scgi_temp_path "$2/scgi";
    keepalive_timeout 65; keepalive_requests 1000000;
    server {
        listen 127.0.0.1:$1 backlog=512;
        location / { default_type text/plain; return 200 "hello world"; }
    }
}
EOF
}

# The command line of server $1 on port $2 (its files in directory $3).
server_command() {
    case "$1" in
        nginx)
            nginx_conf "$2" "$3" >"$3/nginx.conf"
            echo "$nginx_bin -p $3/ -c $3/nginx.conf"
            ;;
        study) echo "${bench_php[*]} -n -d extension=$bench_study_so $root/bench/http_server.php study keepalive $2" ;;
        *) echo "${bench_php[*]} -n $(bench_swoole_args) $root/bench/http_server.php $1 keepalive $2" ;;
    esac
}

# Starts `$2...` (server $1) in the background and waits for its port; the first request is curl's.
start() {
    local name=$1 i
    shift
    # shellcheck disable=SC2086
    $@ >"$tmp/server.log" 2>&1 &
    server_pid=$!
    for ((i = 0; i < 300; i++)); do
        if curl -s -o /dev/null "http://127.0.0.1:$port/"; then return 0; fi
        kill -0 "$server_pid" 2>/dev/null || break
        sleep 0.1
    done
    echo "$name did not start: $(head -c 300 "$tmp/server.log")" >&2
    exit 1
}

# ab -k for $1 requests; fails unless every one succeeded.
requests() {
    local out
    out=$(ab -k -q -n "$1" -c 10 "http://127.0.0.1:$port/" 2>&1)
    grep -q "^Complete requests: *$1\$" <<<"$out" && grep -q '^Failed requests: *0$' <<<"$out" ||
        { echo "ab: $out" >&2; exit 1; }
}

# Instructions of server $1 for $2 requests after curl's.
instructions() {
    local dir="$tmp/$1-$2" stop_signal=TERM
    mkdir -p "$dir"
    [ "$1" = nginx ] && stop_signal=QUIT # its graceful end
    start "$1" valgrind --tool=callgrind --callgrind-out-file="$dir/callgrind.out" $(server_command "$1" "$port" "$dir")
    requests "$2"
    stop "$stop_signal"
    port=$((port + 1))
    callgrind_annotate "$dir/callgrind.out" 2>/dev/null | awk '/PROGRAM TOTALS/ { gsub(",", "", $1); print $1 }'
}

# System calls of server $1 for $n requests: "total per request (name per request, ...)" for the three most made.
syscalls() {
    local dir="$tmp/$1-strace" tracer
    mkdir -p "$dir"
    start "$1" $(server_command "$1" "$port" "$dir")
    strace -c -f -p "$server_pid" -o "$dir/strace.out" 2>/dev/null &
    tracer=$!
    sleep 1
    requests "$n"
    kill -INT "$tracer"
    wait "$tracer" 2>/dev/null || true
    stop KILL
    port=$((port + 1))
    # strace -c's lines: % time, seconds, usecs/call, calls, [errors,] name; the last one's name is "total".
    awk -v n="$n" '$NF == "total" { total = $4 } $NF != "total" && $4 ~ /^[0-9]+$/ { calls[$NF] = $4 }
        END {
            printf "%.2f (", total / n
            count = 0
            while (count < 3) {
                best = ""; for (name in calls) if (best == "" || calls[name] > calls[best]) best = name
                if (best == "") break
                printf "%s%s %.2f", count ? ", " : "", best, calls[best] / n; delete calls[best]; count++
            }
            printf ")"
        }' "$dir/strace.out"
}

declare -a names=(study)
if [ -n "${SWOOLE_SO:-}" ] && [ -f "$SWOOLE_SO" ]; then names+=(swoole swoole-base); fi
nginx_bin=${NGINX_BIN-$(command -v nginx || echo /usr/sbin/nginx)}
if [ -n "$nginx_bin" ] && [ -x "$nginx_bin" ]; then names+=(nginx); fi

echo "$(date -u +%Y-%m-%d), PHP $bench_php_label, $n and $((3 * n)) keep-alive requests (ab -k -c 10)"
echo
echo "| server | user-space instructions per request | system calls per request (the three most made) |"
echo "|---|---|---|"
for name in "${names[@]}"; do
    one=$(instructions "$name" "$n")
    three=$(instructions "$name" $((3 * n)))
    printf '| %s | %d | %s |\n' "$name" $(((three - one) / (2 * n))) "$(syscalls "$name")"
done

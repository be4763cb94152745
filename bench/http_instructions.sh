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
tracer_pid=""
stop() {
    [ -n "$server_pid" ] || return 0
    kill -"$1" "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
    server_pid=""
}
cleanup() {
    [ -z "$tracer_pid" ] || kill "$tracer_pid" 2>/dev/null || true
    stop KILL
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP

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
    if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
        echo "port $port answers already: set BENCH_SERVER_PORT" >&2
        exit 1
    fi
    "$@" >"$tmp/server.log" 2>&1 &
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
    if ! grep -q "^Complete requests: *$1\$" <<<"$out" || ! grep -q '^Failed requests: *0$' <<<"$out"; then
        echo "ab: $out" >&2
        exit 1
    fi
}

# Sets `result` to the instructions of server $1 for $2 requests after curl's.
instructions() {
    local dir="$tmp/$1-$2" stop_signal=TERM command
    mkdir -p "$dir"
    [ "$1" = nginx ] && stop_signal=QUIT # its graceful end
    read -r -a command <<<"$(server_command "$1" "$port" "$dir")"
    start "$1" valgrind --tool=callgrind --callgrind-out-file="$dir/callgrind.out" "${command[@]}"
    requests "$2"
    stop "$stop_signal"
    port=$((port + 1))
    result=$(callgrind_annotate "$dir/callgrind.out" 2>/dev/null | awk '/PROGRAM TOTALS/ { gsub(",", "", $1); print $1 }')
    [ -n "$result" ] || { echo "$1: callgrind gave no total ($dir)" >&2; exit 1; }
}

# Sets `result` to the system calls of server $1 for $n requests: "total per request (name per request, ...)" for the
# three most made.
syscalls() {
    local dir="$tmp/$1-strace" command i
    mkdir -p "$dir"
    read -r -a command <<<"$(server_command "$1" "$port" "$dir")"
    start "$1" "${command[@]}"
    strace -c -f -p "$server_pid" -o "$dir/strace.out" >/dev/null 2>&1 &
    tracer_pid=$!
    for ((i = 0; i < 100; i++)); do # until the tracer has attached
        [ "$(awk '/^TracerPid:/ { print $2 }' "/proc/$server_pid/status")" = 0 ] || break
        sleep 0.1
    done
    requests "$n"
    kill -INT "$tracer_pid"
    wait "$tracer_pid" 2>/dev/null || true
    tracer_pid=""
    stop KILL
    port=$((port + 1))
    # strace -c's lines: % time, seconds, usecs/call, calls, [errors,] name; the last one's name is "total".
    result=$(awk -v n="$n" '$NF == "total" { total = $4 } $NF != "total" && $4 ~ /^[0-9]+$/ { calls[$NF] = $4 }
        END {
            printf "%.2f (", total / n
            count = 0
            while (count < 3) {
                best = ""; for (name in calls) if (best == "" || calls[name] > calls[best]) best = name
                if (best == "") break
                printf "%s%s %.2f", count ? ", " : "", best, calls[best] / n; delete calls[best]; count++
            }
            printf ")"
        }' "$dir/strace.out")
    [ "${result%% *}" != 0.00 ] || { echo "$1: strace counted nothing ($dir)" >&2; exit 1; }
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
    instructions "$name" "$n"
    one=$result
    instructions "$name" $((3 * n))
    three=$result
    syscalls "$name"
    printf '| %s | %d | %s |\n' "$name" $(((three - one) / (2 * n))) "$result"
done

#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# HTTPS hello world (bench/tls.php) on study's TLS Server, next to nginx (a reference: one worker process, in C) and
# Swoole's coroutine TLS server when SWOOLE_SO names a built extension, against the same clients on loopback: ab over
# https without keep-alive (a full handshake per request: handshakes per second) and wrk with keep-alive (requests per
# second on established TLS connections). The certificate (EC P-256) is made by openssl for the run. Prints a Markdown
# table with the server's CPU time per request, as bench/server.sh does.
# Usage: bash bench/tls.sh      (needs ab from apache2-utils, wrk, openssl)
#   BENCH_TLS_N=20000          requests per ab run
#   BENCH_TLS_SECONDS=10       seconds per wrk run
#   BENCH_TLS_PORT=18443       first of the loopback ports used, one per server started
#   STUDY_SO, SWOOLE_SO, NGINX_BIN, BENCH_PHP_VERSION as for bench/server.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
n=${BENCH_TLS_N:-20000}
seconds=${BENCH_TLS_SECONDS:-10}
port=${BENCH_TLS_PORT:-18443}
# shellcheck source=bench/php.sh
. "$root/bench/php.sh"
study_so=$bench_study_so
for tool in ab wrk openssl; do
    command -v "$tool" >/dev/null || { echo "bench/tls.sh needs $tool" >&2; exit 1; }
done
ulimit -n 65535 2>/dev/null || ulimit -n "$(ulimit -Hn)"

declare -a names args
names+=(study); args+=("-d extension=$study_so")
if [ -n "${SWOOLE_SO:-}" ] && [ -f "$SWOOLE_SO" ]; then names+=(swoole); args+=("$(bench_swoole_args)"); fi
nginx_bin=${NGINX_BIN-$(command -v nginx || echo /usr/sbin/nginx)}
if [ -n "$nginx_bin" ] && [ -x "$nginx_bin" ]; then names+=(nginx); args+=("$nginx_bin"); fi

declare -a modes clients
modes+=(short); clients+=("ab -q -c 50 -n $n")
modes+=(keepalive); clients+=("wrk -t2 -c 100 -d ${seconds}s")

logs=$(mktemp -d "${TMPDIR:-/tmp}/study-tls-bench.XXXXXX")
server_pid=""
stop_server() {
    [ -n "$server_pid" ] || return 0
    local pid=$server_pid i
    server_pid=""
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < 50; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
}
trap 'stop_server; rm -rf "$logs"' EXIT
trap 'exit 130' INT TERM HUP

openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 -subj /CN=localhost \
    -keyout "$logs/key.pem" -out "$logs/cert.pem" 2>/dev/null

# nginx.conf for mode $1, port $2, in directory $3 (its pid file and temp dirs).
nginx_conf() {
    local keepalive="keepalive_timeout 0;"
    [ "$1" = short ] || keepalive="keepalive_timeout 65; keepalive_requests 1000000;"
    cat <<CONF
daemon off;
master_process off;
worker_processes 1;
pid "$3/nginx.pid";
error_log stderr error;
events { worker_connections 4096; }
http {
    access_log off;
    client_body_temp_path "$3/body"; proxy_temp_path "$3/proxy"; fastcgi_temp_path "$3/fastcgi";
    uwsgi_temp_path "$3/uwsgi"; scgi_temp_path "$3/scgi";
    $keepalive
    server {
        listen 127.0.0.1:$2 ssl backlog=512;
        ssl_certificate "$logs/cert.pem";
        ssl_certificate_key "$logs/key.pem";
        # Debian 12's nginx (1.22) offers TLS 1.0 to 1.2 unless told: the same TLS 1.3 as the PHP servers.
        ssl_protocols TLSv1.2 TLSv1.3;
        location / { default_type text/plain; return 200 "hello world"; }
    }
}
CONF
}

start_server() {  # runtime index $1, mode $2, port $3, log $4
    if [ "${names[$1]}" = nginx ]; then
        local dir=$logs/nginx-$3
        mkdir -p "$dir"
        nginx_conf "$2" "$3" "$dir" >"$dir/nginx.conf"
        "${args[$1]}" -p "$dir/" -c "$dir/nginx.conf" -e stderr >"$4" 2>&1 &
    else
        # shellcheck disable=SC2086
        "${bench_php[@]}" -n -d memory_limit=-1 ${args[$1]} "$root/bench/tls.php" "${names[$1]}" "$2" "$3" \
            "$logs/cert.pem" "$logs/key.pem" >"$4" 2>&1 &
    fi
    server_pid=$!
}

wait_port() {
    local i
    for ((i = 0; i < 100; i++)); do
        if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then return 0; fi
        kill -0 "$2" 2>/dev/null || return 1
        sleep 0.1
    done
    return 1
}

declare -A rps cpu errors
started=0
for j in "${!clients[@]}"; do
    for i in "${!names[@]}"; do
        name=${names[$i]}
        this_port=$((port + started))
        started=$((started + 1))
        log="$logs/$name-$j"
        echo "$name, ${modes[$j]} server on port $this_port: ${clients[$j]}" >&2
        start_server "$i" "${modes[$j]}" "$this_port" "$log.server"
        if ! wait_port "$this_port" "$server_pid"; then
            rps[$name,$j]="did not start: $(head -c 200 "$log.server")"
            stop_server
            continue
        fi
        # shellcheck disable=SC2086
        timeout $((seconds * 3 + 600)) ${clients[$j]} "https://127.0.0.1:$this_port/" >"$log.client" 2>&1 || true
        if [ "${clients[$j]%% *}" = ab ]; then
            rps[$name,$j]=$(awk '/^Requests per second:/ {print $4}' "$log.client")
            errors[$name,$j]=$(awk '/^Failed requests:/ {print $3}' "$log.client")
            done_requests=$(awk '/^Complete requests:/ {print $3}' "$log.client")
        else
            rps[$name,$j]=$(awk '/^Requests\/sec:/ {print $2}' "$log.client")
            errors[$name,$j]=$(awk '/Socket errors:/ {gsub(",", ""); print $4 + $6 + $8 + $10}' "$log.client")
            done_requests=$(awk '/ requests in / {print $1}' "$log.client")
        fi
        ticks=$(awk '{print $14 + $15}' "/proc/$server_pid/stat" 2>/dev/null || echo "")
        if [ -n "$ticks" ] && [ "${done_requests:-0}" -gt 0 ]; then
            cpu[$name,$j]=$((ticks * 1000000 / $(getconf CLK_TCK) / done_requests))
        fi
        stop_server
    done
done

versions=""
for i in "${!names[@]}"; do
    case "${names[$i]}" in
        nginx) v=$("${args[$i]}" -v 2>&1 | sed -n 's|^nginx version: [^/]*/||p') ;;
        # shellcheck disable=SC2086
        *) v=$("${bench_php[@]}" -n ${args[$i]} -r "echo phpversion('${names[$i]}');") ;;
    esac
    versions+="${versions:+, }${names[$i]} $v"
done
echo "Run on $(date -u +%Y-%m-%d), PHP $(php -n -r 'echo PHP_VERSION;'), $(nproc) cores, $(openssl version | cut -d' ' -f1-2);" \
    "$versions; server and clients on 127.0.0.1, EC P-256 certificate, TLS 1.3"
echo
echo "short: \`ab\` over https, a new connection and full handshake per request (requests/s = handshakes/s)."
echo "keep-alive: \`wrk\` over https on established connections. Server CPU: the server process's user + system time"
echo "divided by the requests it answered."
echo
header="| mode | client |"
rule="|---|---|"
for name in "${names[@]}"; do header+=" $name req/s | $name CPU µs/req | $name errors |"; rule+="---|---|---|"; done
echo "$header"
echo "$rule"
for j in "${!clients[@]}"; do
    row="| ${modes[$j]} | \`${clients[$j]}\` |"
    for name in "${names[@]}"; do row+=" ${rps[$name,$j]:-} | ${cpu[$name,$j]:-n/a} | ${errors[$name,$j]:-} |"; done
    echo "$row"
done

#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The curl benchmark (bench/curl.php): curl GETs per second from BENCH_CURL_N coroutines (default 100), each making
# BENCH_CURL_M requests (default 200) on its own keep-alive handle, against nginx on loopback (a "return 200" location,
# one worker), with study's HOOK_CURL and with Swoole's native curl hook when SWOOLE_SO names a build configured with
# --enable-swoole-curl; the same requests one after the other in blocking PHP first. Client CPU per request is the
# PHP process's user + system time. Takes NGINX_BIN (default: nginx on PATH, else /usr/sbin/nginx), STUDY_SO,
# SWOOLE_SO and BENCH_PHP_VERSION (bench/php.sh).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=bench/php.sh
source "$root/bench/php.sh"

nginx_bin=${NGINX_BIN:-$(command -v nginx || echo /usr/sbin/nginx)}
if [ ! -x "$nginx_bin" ]; then
    echo "bench/curl.sh: no nginx ($nginx_bin); Debian's nginx-light has one" >&2
    exit 1
fi
if ! "${bench_php[@]}" -n -d extension=curl -r 'exit(extension_loaded("curl") ? 0 : 1);' 2>/dev/null; then
    echo "bench/curl.sh: this PHP has no curl extension (Debian php8.x-curl)" >&2
    exit 1
fi
work=$(mktemp -d)
port=$(php -n -r '$s = stream_socket_server("tcp://127.0.0.1:0"); echo explode(":", stream_socket_get_name($s, false))[1];')
cat >"$work/nginx.conf" <<CONF
worker_processes 1;
daemon off;
pid $work/nginx.pid;
error_log $work/error.log;
events { worker_connections 4096; }
http {
    access_log off;
    client_body_temp_path $work/body;
    proxy_temp_path $work/proxy;
    fastcgi_temp_path $work/fastcgi;
    uwsgi_temp_path $work/uwsgi;
    scgi_temp_path $work/scgi;
    keepalive_requests 1000000;
    server {
        listen 127.0.0.1:$port;
        location / { return 200 "ok\n"; }
    }
}
CONF
"$nginx_bin" -c "$work/nginx.conf" -p "$work" -e "$work/error.log" &
nginx_pid=$!
trap 'kill $nginx_pid 2>/dev/null; wait $nginx_pid 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 100); do
    if php -n -r "exit(@fsockopen('127.0.0.1', $port) ? 0 : 1);"; then break; fi
    sleep 0.05
done

n=${BENCH_CURL_N:-100}
m=${BENCH_CURL_M:-200}
url="http://127.0.0.1:$port/"
echo "curl GETs against nginx on loopback (bench/curl.php): $n coroutines × $m requests each on keep-alive handles;"
echo "sequential: the same requests one after the other in blocking PHP. PHP $bench_php_label."
echo
echo "| runtime | coroutines | requests | GETs /s | client CPU per GET |"
echo "|---|---|---|---|---|"
runs=("sequential|")
runs+=("study|-d extension=$bench_study_so")
if [ -n "${SWOOLE_SO:-}" ]; then runs+=("swoole|$(bench_swoole_args)"); fi
for run in "${runs[@]}"; do
    name=${run%%|*} arg=${run#*|}
    # Swoole's curl build loads curl itself (bench_swoole_args); the others load it here.
    curl_arg="-d extension=curl"
    case "$arg" in *"extension=curl"*) curl_arg="" ;; esac
    # shellcheck disable=SC2086
    json=$("${bench_php[@]}" -n $curl_arg $arg "$root/bench/curl.php" "$name" "$url" "$n" "$m" | grep '^{' | tail -n 1)
    php -n -r '
        $r = json_decode($argv[1], true);
        printf("| %s | %d | %d | %s | %.1f µs |\n", $r["runtime"], $r["coroutines"], $r["requests"],
            number_format($r["per_sec"]), $r["cpu_us"]);
    ' "$json"
done

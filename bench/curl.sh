#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The curl benchmark (bench/curl.php): curl GETs per second from BENCH_CURL_N coroutines (default 100), each making
# BENCH_CURL_M requests (default 200) on its own keep-alive handle, against nginx on loopback (a "return 200" location,
# one worker), with study's HOOK_CURL and with Swoole's native curl hook when SWOOLE_SO names a build configured with
# --enable-swoole-curl; the same requests one after the other in blocking PHP first. Client CPU per request is the
# PHP process's user + system time. Takes NGINX_BIN (default: nginx on PATH, else /usr/sbin/nginx), STUDY_SO,
# SWOOLE_SO and BENCH_PHP_VERSION (bench/php.sh); BENCH_CURL_RUNTIMES="study swoole" runs only those.
# BENCH_CURL_COUNT=1 counts instead of timing: the client's user-space instructions per GET (callgrind) and its system
# calls per GET (perf stat on the kernel's syscall tracepoints), each runtime run with M and with 2M requests per
# coroutine, the difference divided by the N×M GETs it adds (so start-up and the end of the run cancel out). These
# counts hardly change with the machine's load, unlike the rates; the calls that wait (epoll_wait(), poll()) are the
# exception: how many GETs one of them serves depends on timing. Needs valgrind, perf and the syscall tracepoints (root,
# or perf_event_paranoid -1). Columns: the system calls made at least 0.05 times per GET by one of the runtimes.
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
counting=${BENCH_CURL_COUNT:-0}
echo "curl GETs against nginx on loopback (bench/curl.php): $n coroutines × $m requests each on keep-alive handles;"
echo "sequential: the same requests one after the other in blocking PHP. PHP $bench_php_label."
echo
if [ "$counting" = 1 ]; then
    echo "Per GET, the difference of runs of $m and $((2 * m)) requests per coroutine (callgrind, perf stat):"
    echo
else
    echo "| runtime | coroutines | requests | GETs /s | client CPU per GET |"
    echo "|---|---|---|---|---|"
fi

# counts ARGS NAME M: one run's user-space instructions (callgrind) and system calls (perf stat), as "event=count"
# lines.
counts() {
    # shellcheck disable=SC2086
    valgrind --tool=callgrind --callgrind-out-file="$work/callgrind" "${bench_php[@]}" -n $1 "$root/bench/curl.php" \
        "$2" "$url" "$n" "$3" >/dev/null 2>&1
    callgrind_annotate "$work/callgrind" 2>/dev/null | awk '/PROGRAM TOTALS/ { gsub(",", "", $1); print "instructions=" $1 }'
    # shellcheck disable=SC2086
    perf stat -x, -e 'raw_syscalls:sys_enter,syscalls:sys_enter_*' -o "$work/perf" -- "${bench_php[@]}" -n $1 \
        "$root/bench/curl.php" "$2" "$url" "$n" "$3" >/dev/null
    awk -F, '$1 ~ /^[0-9]+$/ && $1 > 0 { sub(/^syscalls:sys_enter_/, "", $3); print $3 "=" $1 }' "$work/perf"
}

# count_row NAME ARGS: one runtime's counts per GET, as a line of JSON.
count_row() {
    local one two
    one=$(counts "$2" "$1" "$m")
    two=$(counts "$2" "$1" $((2 * m)))
    php -n -r '
        $parse = function (string $text): array {
            $out = [];
            foreach (explode("\n", trim($text)) as $line) {
                [$key, $value] = explode("=", $line, 2);
                $out[$key] = (int)$value;
            }
            return $out;
        };
        [$one, $two] = [$parse($argv[2]), $parse($argv[3])];
        $per = [];
        foreach ($two as $key => $value) {
            $per[$key] = ($value - ($one[$key] ?? 0)) / (int)$argv[4];
        }
        echo json_encode(["runtime" => $argv[1], "per" => $per]), "\n";
    ' "$1" "$one" "$two" $((n * m)) >>"$work/rows"
}

# The table of count_row()'s lines.
count_table() {
    php -n -r '
        $rows = array_map(fn ($line) => json_decode($line, true), file($argv[1], FILE_IGNORE_NEW_LINES));
        $calls = [];
        foreach ($rows as $row) {
            foreach ($row["per"] as $key => $value) {
                if (!in_array($key, ["instructions", "raw_syscalls:sys_enter"], true) && $value >= 0.05) {
                    $calls[$key] = max($calls[$key] ?? 0, $value);
                }
            }
        }
        arsort($calls);
        $calls = array_keys($calls);
        echo "| runtime | instructions (user space) | system calls | ", implode(" | ", $calls), " |\n";
        echo str_repeat("|---", 3 + count($calls)), "|\n";
        foreach ($rows as $row) {
            $cells = [$row["runtime"], number_format($row["per"]["instructions"] ?? 0),
                number_format($row["per"]["raw_syscalls:sys_enter"] ?? 0, 2)];
            foreach ($calls as $call) {
                $cells[] = number_format(max(0, $row["per"][$call] ?? 0), 2);
            }
            echo "| ", implode(" | ", $cells), " |\n";
        }
    ' "$work/rows"
}

runs=("sequential|")
runs+=("study|-d extension=$bench_study_so")
if [ -n "${SWOOLE_SO:-}" ]; then runs+=("swoole|$(bench_swoole_args)"); fi
for run in "${runs[@]}"; do
    name=${run%%|*} arg=${run#*|}
    if [ -n "${BENCH_CURL_RUNTIMES:-}" ] && [[ " $BENCH_CURL_RUNTIMES " != *" $name "* ]]; then
        continue
    fi
    # Swoole's curl build loads curl itself (bench_swoole_args); the others load it here.
    curl_arg="-d extension=curl"
    case "$arg" in *"extension=curl"*) curl_arg="" ;; esac
    if [ "$counting" = 1 ]; then
        count_row "$name" "$curl_arg $arg"
        continue
    fi
    # shellcheck disable=SC2086
    json=$("${bench_php[@]}" -n $curl_arg $arg "$root/bench/curl.php" "$name" "$url" "$n" "$m" | grep '^{' | tail -n 1)
    php -n -r '
        $r = json_decode($argv[1], true);
        printf("| %s | %d | %d | %s | %.1f µs |\n", $r["runtime"], $r["coroutines"], $r["requests"],
            number_format($r["per_sec"]), $r["cpu_us"]);
    ' "$json"
done
if [ "$counting" = 1 ]; then
    count_table
fi

#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Serves bench/server.php's HTTP hello world with study (and Swoole when SWOOLE_SO names a built extension), in
# one run, against the same clients on loopback: ab for short connections, wrk for keep-alive ones. Each client
# run gets a fresh server. Prints a Markdown table with the date, the PHP version and each runtime's version.
# Usage: bash bench/server.sh                     (needs ab from apache2-utils, and wrk)
#   BENCH_SERVER_N=100000       requests per ab run (at least 1000 for ab -c 1000)
#   BENCH_SERVER_SECONDS=10     seconds per wrk run
#   BENCH_SERVER_ROUNDS=3       rounds; each figure is the median of its rounds (runtimes alternate in each round)
#   BENCH_SERVER_PORT=18080     first of the loopback ports used, one per server started
#   STUDY_SO=path/study.so      the study build to measure (default: modules/study.so of this repo)
#   BENCH_STUDY_RUNTIMES="study"     the study columns: names the server script takes as its runtime (bench/pool.sh
#                               gives study-1 and study-2, a pool of 1 and of 2 workers)
#   BENCH_PHP_VERSION=8.4       the servers run on PHP 8.4 from its Debian chroot (see bench/php.sh); clients on the host
#   SWOOLE_SO=path/swoole.so    adds the Swoole column when the file exists
#   BENCH_SWOOLE_RUNTIMES="swoole"   the Swoole columns: names the server script takes as its runtime (bench/http.sh
#                               adds swoole-base, Swoole\Http\Server in SWOOLE_BASE mode)
#   BENCH_SERVER_CLIENTS="mode command..."   the client runs instead of the default four, one per line: the server
#                               mode (short or keepalive) and the client command, to which the URL is appended
#   BENCH_HTTP_FILE=path        the file nginx serves at /file (bench/http_large.sh; the PHP servers read the variable)
#   NGINX_BIN=path/nginx        the nginx for the nginx column (default: nginx on PATH, else /usr/sbin/nginx; the
#                               column is left out when there is none, or when NGINX_BIN is set but empty). nginx
#                               is a reference, not a competitor: one worker process, in C, answering the same
#                               "hello world", it shows the ceiling the clients and the shared cores put on any server.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
n=${BENCH_SERVER_N:-100000}
seconds=${BENCH_SERVER_SECONDS:-10}
port=${BENCH_SERVER_PORT:-18080}
rounds=${BENCH_SERVER_ROUNDS:-3}
# The PHP servers' script: bench/server.php (a raw socket loop), or bench/http_server.php (bench/http.sh).
server_script=${BENCH_SERVER_SCRIPT:-$root/bench/server.php}
# shellcheck source=bench/php.sh
. "$root/bench/php.sh"
study_so=$bench_study_so
[ -f "$study_so" ] || { echo "$study_so does not exist" >&2; exit 1; }
for tool in ab wrk; do
    command -v "$tool" >/dev/null || { echo "bench/server.sh needs $tool (Debian: apache2-utils, wrk)" >&2; exit 1; }
done
# 1000 clients and 1000 server connections, plus the client's own fds: raise the limit as far as allowed.
ulimit -n 65535 2>/dev/null || ulimit -n "$(ulimit -Hn)"

declare -a names args
for runtime in ${BENCH_STUDY_RUNTIMES:-study}; do names+=("$runtime"); args+=("-d extension=$study_so"); done
if [ -n "${SWOOLE_SO:-}" ] && [ -f "$SWOOLE_SO" ]; then
    for runtime in ${BENCH_SWOOLE_RUNTIMES:-swoole}; do names+=("$runtime"); args+=("$(bench_swoole_args)"); done
fi
# nginx's args: its binary. An NGINX_BIN that names no executable is an error, not a silently missing column.
if [ -n "${NGINX_BIN+set}" ]; then
    nginx_bin=$NGINX_BIN
    if [ -n "$nginx_bin" ] && { [ ! -f "$nginx_bin" ] || [ ! -x "$nginx_bin" ]; }; then
        echo "NGINX_BIN=$NGINX_BIN is not an executable file" >&2
        exit 1
    fi
else
    nginx_bin=$(command -v nginx || true)
    if [ -z "$nginx_bin" ] && [ -x /usr/sbin/nginx ]; then nginx_bin=/usr/sbin/nginx; fi
fi
if [ -n "$nginx_bin" ]; then names+=(nginx); args+=("$nginx_bin"); fi

# Each client: the server mode it needs, and its command (the URL is appended).
declare -a modes clients
if [ -n "${BENCH_SERVER_CLIENTS:-}" ]; then
    while read -r mode command; do
        [ -n "$mode" ] || continue
        case "$mode" in short | keepalive) ;; *) echo "BENCH_SERVER_CLIENTS: unknown mode '$mode'" >&2; exit 1 ;; esac
        modes+=("$mode"); clients+=("$command")
    done <<<"$BENCH_SERVER_CLIENTS"
else
    c_ab=$(( n < 1000 ? n : 1000 ))
    modes+=(short); clients+=("ab -q -c $(( n < 100 ? n : 100 )) -n $n")
    modes+=(short); clients+=("ab -c $c_ab -n $n")
    modes+=(keepalive); clients+=("wrk -t2 -c 100 -d ${seconds}s")
    modes+=(keepalive); clients+=("wrk -t2 -c 1000 -d ${seconds}s")
fi

logs=$(mktemp -d "${TMPDIR:-/tmp}/study-server-bench.XXXXXX")
keep_logs=0
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
cleanup() {
    stop_server
    if [ "$keep_logs" = 0 ]; then rm -rf "$logs"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP

# nginx.conf for one server: mode $1, port $2, and directory $3 for all that nginx writes besides its error log (its
# pid file and temp dirs: the Debian build's defaults are under /var). daemon off and master_process off: the one
# process started is the one that serves, so stop_server's SIGTERM and the CPU time read from /proc are its own.
# The error log is stderr, the server log as for the PHP servers, so that its complaints make the same notes (a log
# file of its own opened there too would overwrite what nginx writes to stderr).
# backlog=512 as server.php's listen(512). Short: keepalive_timeout 0, "Connection: close" after the one response as
# server.php sends (ab's HTTP/1.0 requests without keep-alive get that anyway); keep-alive: the connection stays
# open for the client's every request.
nginx_conf() {
    local keepalive="keepalive_timeout 0;" temp_paths="" module file_location=""
    # /file: the file of bench/http_large.sh, sent with sendfile() as the PHP servers send it. /upload: nginx reads the
    # body and drops it (a reference for reading 1 MiB, not an application that looks at it).
    [ -z "${BENCH_HTTP_FILE:-}" ] || file_location="location = /file { sendfile on; default_type application/octet-stream; alias \"$BENCH_HTTP_FILE\"; }"
    [ "$1" = short ] || keepalive="keepalive_timeout 65; keepalive_requests 1000000;"
    for module in client_body proxy fastcgi uwsgi scgi; do
        # The directive of a module built --without-http_..._module would be unknown.
        case " $nginx_configure " in *" --without-http_${module}_module "*) continue ;; esac
        temp_paths+="${module}_temp_path \"$3/${module}_temp\"; "
    done
    cat <<EOF
daemon off;
master_process off;
worker_processes 1;
pid "$3/nginx.pid";
error_log stderr error;
events { worker_connections 4096; }
http {
    access_log off;
    $temp_paths
    $keepalive
    server {
        listen 127.0.0.1:$2 backlog=512;
        location / { default_type text/plain; return 200 "hello world"; }
        $file_location
        location = /upload { client_max_body_size 2m; default_type text/plain; return 200 "uploaded"; }
    }
}
EOF
}
if [ -n "$nginx_bin" ]; then
    nginx_configure=$("$nginx_bin" -V 2>&1) || {
        echo "$nginx_bin -V failed, is it nginx? $(echo "$nginx_configure" | head -n 2 | paste -sd ' ' -)" >&2
        exit 1
    }
    nginx_configure=$(echo "$nginx_configure" | sed -n 's/^configure arguments: //p')
    # -e stderr (nginx 1.19.5 and later): the log for what nginx reports before it has read error_log from the
    # config, which would otherwise go to the build's default, possibly a file under /var.
    nginx_has_e=0
    if "$nginx_bin" -h 2>&1 | grep -q -- '-e filename'; then nginx_has_e=1; fi
fi

# Starts runtime $1's server in mode $2 on port $3, its stdout and stderr in $4, and sets server_pid: the process
# that serves, which stop_server stops.
start_server() {
    if [ "${names[$1]}" = nginx ]; then
        local dir=${4%.server.log}.nginx log_args=()
        mkdir "$dir"
        nginx_conf "$2" "$3" "$dir" >"$dir/nginx.conf"
        if [ "$nginx_has_e" = 1 ]; then log_args=(-e stderr); fi
        "${args[$1]}" -p "$dir/" -c "$dir/nginx.conf" ${log_args[@]+"${log_args[@]}"} >"$4" 2>&1 &
    else
        # shellcheck disable=SC2086
        "${bench_php[@]}" -n -d memory_limit=-1 ${args[$1]} "$server_script" "${names[$1]}" "$2" "$3" >"$4" 2>&1 &
    fi
    server_pid=$!
}

# Waits until the server at $1 accepts connections; fails if process $2 ends first or after 10 s.
wait_port() {
    local i
    for ((i = 0; i < 100; i++)); do
        if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then return 0; fi
        kill -0 "$2" 2>/dev/null || return 1
        sleep 0.1
    done
    return 1
}

# The CPU time (user + system, in clock ticks, from /proc) of process $1 and of its descendants, which are alive
# (a pool's workers, Swoole's manager and workers); empty when $1 is gone.
tree_ticks() {
    local total child
    total=$(awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null) || return 0
    for child in $(cat /proc/"$1"/task/*/children 2>/dev/null); do
        total=$(( total + $(tree_ticks "$child") + 0 ))
    done
    echo "$total"
}

# How a process that ended reported it: "exit N" or "signal NAME".
describe_status() {
    if [ "$1" -le 128 ]; then echo "exit $1"; return; fi
    echo "signal $(kill -l "$(( $1 - 128 ))" 2>/dev/null || echo "$(( $1 - 128 ))")"
}
# The first 300 bytes of file $1 on one line.
excerpt() { head -c 300 "$1" | grep -v '^ *$' | paste -sd ' ' -; }

# shellcheck disable=SC2086
version_of() {
    case "$1" in
        nginx) "$2" -v 2>&1 | sed -n 's|^nginx version: [^/]*/||p' ;;
        swoole-*) "${bench_php[@]}" -n $2 -r "echo phpversion('swoole');" ;;
        study-*) "${bench_php[@]}" -n $2 -r "echo phpversion('study');" ;;
        *) "${bench_php[@]}" -n $2 -r "echo phpversion('$1');" ;;
    esac
}

declare -A rps fails raw failed_sum non2xx_sum broken cpu_raw cpu
declare -a notes=()
note() { notes+=("$name, \`$client\`, round $round: $1"); }
started=0
for ((round = 1; round <= rounds; round++)); do
for j in "${!clients[@]}"; do
    for i in "${!names[@]}"; do
        name=${names[$i]}
        mode=${modes[$j]}
        client=${clients[$j]}
        tag="$name-$j-$mode-$round"
        this_port=$(( port + started ))
        started=$(( started + 1 ))
        echo "round $round, $name, $mode server on port $this_port: $client" >&2
        start_server "$i" "$mode" "$this_port" "$logs/$tag.server.log"
        if ! wait_port "$this_port" "$server_pid"; then
            broken[$name,$j]="did not start"
            note "the server did not accept connections: $(excerpt "$logs/$tag.server.log")"
            keep_logs=1
            stop_server
            continue
        fi
        rc=0
        # shellcheck disable=SC2086
        timeout $(( seconds * 3 + 600 )) $client "http://127.0.0.1:$this_port/" >"$logs/$tag.client.log" 2>&1 || rc=$?
        out="$logs/$tag.client.log"
        if [ "${client%% *}" = ab ]; then
            r=$(awk '/^Requests per second:/ {print $4}' "$out")
            f=$(awk '/^Failed requests:/ {print $3}' "$out")
            x=$(awk '/^Non-2xx responses:/ {print $3}' "$out")
        else
            r=$(awk '/^Requests\/sec:/ {print $2}' "$out")
            f=$(awk '/Socket errors:/ {gsub(",", ""); print $4 + $6 + $8 + $10}' "$out")
            x=$(awk '/Non-2xx or 3xx responses:/ {print $5}' "$out")
        fi
        # The server's CPU time (user + system, from /proc) per request: when the client saturates its core, this
        # shows what the requests cost the server, which requests per second cannot.
        done_requests=$(awk '/^Complete requests:/ {print $3} / requests in / {print $1}' "$out" | head -n 1)
        ticks=$(tree_ticks "$server_pid")
        if [ -n "$ticks" ] && [ -n "${done_requests:-}" ] && [ "${done_requests:-0}" -gt 0 ]; then
            cpu_raw[$name,$j]="${cpu_raw[$name,$j]:-} $(( ticks * 1000000 / $(getconf CLK_TCK) / done_requests ))"
        fi
        if [ -n "$r" ] && [ "$rc" = 0 ]; then
            raw[$name,$j]="${raw[$name,$j]:-} $r"
            failed_sum[$name,$j]=$(( ${failed_sum[$name,$j]:-0} + ${f:-0} ))
            non2xx_sum[$name,$j]=$(( ${non2xx_sum[$name,$j]:-0} + ${x:-0} ))
            if [ "${f:-0}" != 0 ] || [ "${x:-0}" != 0 ]; then
                note "$(grep -E 'Failed requests|Socket errors|Non-2xx' "$out" | sed 's/^ *//' | paste -sd ';' -)"
            fi
        else
            broken[$name,$j]="aborted"
            note "the client stopped (status $rc): $(grep -v '^ *$' "$out" | tail -n 2 | paste -sd ' ' -)"
            keep_logs=1
        fi
        if ! kill -0 "$server_pid" 2>/dev/null; then
            status=0
            wait "$server_pid" || status=$?
            server_pid=""
            broken[$name,$j]="server died"
            note "the server died during the run ($(describe_status "$status")): $(excerpt "$logs/$tag.server.log")"
            keep_logs=1
        else
            stop_server
            if [ -s "$logs/$tag.server.log" ]; then
                note "the server wrote to stdout/stderr: $(excerpt "$logs/$tag.server.log")"
                keep_logs=1
            fi
        fi
    done
done
done
# Each figure: the median of its rounds (and every round's value), failures summed over the rounds.
for key in "${!raw[@]}"; do
    # shellcheck disable=SC2016
    rps[$key]=$(php -n -r '$v = array_map("floatval", array_slice($argv, 1)); sort($v);
        $m = $v[intdiv(count($v), 2)]; if (count($v) % 2 == 0) { $m = ($m + $v[count($v) / 2 - 1]) / 2; }
        echo number_format($m), count($v) > 1 ? " (" . implode(", ", array_map(fn($x) => number_format($x / 1000, 1) . "k", $v)) . ")" : "";' ${raw[$key]})
    fails[$key]="${failed_sum[$key]} / ${non2xx_sum[$key]}"
done
for key in "${!cpu_raw[@]}"; do
    # shellcheck disable=SC2016
    cpu[$key]=$(php -n -r '$v = array_map("intval", array_slice($argv, 1)); sort($v); echo $v[intdiv(count($v), 2)];' \
        ${cpu_raw[$key]})
done
for key in "${!broken[@]}"; do
    rps[$key]="${rps[$key]:-}${rps[$key]:+, }${broken[$key]}"
    fails[$key]="${fails[$key]:--}"
done

versions=""
for i in "${!names[@]}"; do versions+="${versions:+, }${names[$i]} $(version_of "${names[$i]}" "${args[$i]}")"; done
ab_version=$(ab -V 2>&1 | head -n 1 | sed 's/This is //; s/, Version/ version/; s/ <.*//' || true)
wrk_version=$(wrk -v 2>&1 | head -n 1 | awk '{print $1, $2}' || true)
echo "Run on $(date -u +%Y-%m-%d), PHP $bench_php_label, $(nproc) cores, open files limit" \
    "$(ulimit -n); $versions; $ab_version, $wrk_version; server and clients on 127.0.0.1, a fresh server per" \
    "client run, one coroutine per connection${nginx_bin:+ (nginx: one worker process)}"
echo
echo "Requests per second, the median of $rounds rounds (each round's figure in brackets); failed / non-2xx, summed: ab's \"Failed requests\" / \"Non-2xx responses\", wrk's socket errors"
echo "(connect + read + write + timeout) / \"Non-2xx or 3xx responses\". Short: recv one request, send, close."
echo "Keep-alive: answer requests on the connection until the peer closes. Server CPU: the user + system time of the"
echo "server's processes (the one started and its workers, if any) divided by the requests answered (median of the"
echo "rounds), what a request costs the server"
echo "even when the client, which shares the machine, is the bottleneck (ab is one thread)."
if [ -n "$nginx_bin" ]; then
    echo "nginx is a reference, not a competitor: one worker process, in C, answering the same \"hello world\" (short:"
    echo "keepalive_timeout 0; keep-alive: keepalive_timeout 65, keepalive_requests 1000000), it shows the ceiling"
    echo "that the clients and the shared cores put on any server on this machine."
fi
echo
header="| server mode | client |"
rule="|---|---|"
for name in "${names[@]}"; do
    header+=" $name req/s | $name server CPU µs/request | $name failed / non-2xx |"
    rule+="---|---|---|"
done
echo "$header"
echo "$rule"
for j in "${!clients[@]}"; do
    row="| ${modes[$j]} | \`${clients[$j]}\` |"
    for name in "${names[@]}"; do row+=" ${rps[$name,$j]:-} | ${cpu[$name,$j]:-n/a} | ${fails[$name,$j]:-} |"; done
    echo "$row"
done
if [ "${#notes[@]}" -gt 0 ]; then
    echo
    for note in "${notes[@]}"; do echo "- $note"; done
    if [ "$keep_logs" = 1 ]; then echo; echo "Logs kept in $logs"; fi
fi

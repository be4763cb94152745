#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Instructions per create+run+destroy and per yield+resume round trip, counted by callgrind: repeatable whatever
# else the machine (or its host) is doing, unlike wall-clock figures. Each loop runs twice (N and 2N times); the
# difference divided by N removes start-up costs. Swoole and Swow are added when SWOOLE_SO / SWOW_SO name a built
# extension. BENCH_JIT=1 runs every runtime with OPcache and the tracing JIT.
# Usage: bash bench/callgrind.sh [N]     (default 100000); STUDY_SO=path/study.so measures that build (default:
# modules/study.so of this repo)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
n=${1:-100000}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
jit=""
if [ "${BENCH_JIT:-0}" = 1 ]; then
    jit="-d zend_extension=opcache -d opcache.enable_cli=1 -d opcache.jit=tracing -d opcache.jit_buffer_size=64M"
fi

# count ARGS SETUP BODY TIMES: instructions of a script that runs SETUP once and BODY TIMES times.
count() {
    printf '<?php\n%s\nfor ($i = 0; $i < %d; $i++) { %s; }\n' "$2" "$4" "$3" >"$tmp/loop.php"
    # shellcheck disable=SC2086
    valgrind --tool=callgrind --callgrind-out-file="$tmp/out" php -n $jit $1 "$tmp/loop.php" >/dev/null 2>&1
    callgrind_annotate "$tmp/out" 2>/dev/null | awk '/PROGRAM TOTALS/ { gsub(",", "", $1); print $1 }'
}

per_iteration() { # ARGS SETUP BODY
    local one two
    one=$(count "$1" "$2" "$3" "$n")
    two=$(count "$1" "$2" "$3" $((2 * n)))
    echo $(((two - one) / n))
}

row() { # name args create-body pingpong-setup pingpong-body
    printf '| %s | %d | %d |\n' "$1" "$(per_iteration "$2" '$noop = function () {};' "$3")" \
        "$(per_iteration "$2" "$4" "$5")"
}

echo "| runtime | instructions per create+run+destroy | instructions per yield+resume round trip |"
echo "|---|---|---|"
row study "-d extension=${STUDY_SO:-$root/modules/study.so}" 'Sgo($noop)' \
    '$id = Sgo(function () { while (true) { Sco::yield(); } });' 'Sco::resume($id)'
row fiber "" '(new Fiber($noop))->start()' \
    '$f = new Fiber(function () { while (true) { Fiber::suspend(); } }); $f->start();' '$f->resume()'
if [ -n "${SWOOLE_SO:-}" ] && [ -f "$SWOOLE_SO" ]; then
    row swoole "-d extension=$SWOOLE_SO" 'Swoole\Coroutine::create($noop)' \
        '$id = Swoole\Coroutine::create(function () { while (true) { Swoole\Coroutine::yield(); } });' \
        'Swoole\Coroutine::resume($id)'
fi
if [ -n "${SWOW_SO:-}" ] && [ -f "$SWOW_SO" ]; then
    row swow "-d extension=$SWOW_SO" 'Swow\Coroutine::run($noop)' \
        '$co = Swow\Coroutine::run(function () { while (true) { Swow\Coroutine::yield(); } });' '$co->resume()'
fi

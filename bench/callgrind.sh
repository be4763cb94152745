#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Instructions per create+run+destroy, counted by callgrind: repeatable whatever else the machine is doing.
# Each runtime runs the same loop twice (N and 2N coroutines); the difference divided by N removes start-up
# costs. Swoole and Swow are added when SWOOLE_SO / SWOW_SO name a built extension.
# Usage: bash bench/callgrind.sh [N]     (default 100000)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
n=${1:-100000}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

count() { # runtime-args create-expression coroutines
    cat >"$tmp/loop.php" <<PHP
<?php
\$noop = function () {};
for (\$i = 0; \$i < $3; \$i++) { $2; }
PHP
    # shellcheck disable=SC2086
    valgrind --tool=callgrind --callgrind-out-file="$tmp/out" php -n $1 "$tmp/loop.php" >/dev/null 2>&1
    callgrind_annotate "$tmp/out" 2>/dev/null | awk '/PROGRAM TOTALS/ { gsub(",", "", $1); print $1 }'
}

measure() { # name runtime-args create-expression
    local one two
    one=$(count "$2" "$3" "$n")
    two=$(count "$2" "$3" $((2 * n)))
    printf '| %s | %d |\n' "$1" $(((two - one) / n))
}

echo "| runtime | instructions per create+run+destroy |"
echo "|---|---|"
measure study "-d extension=$root/modules/study.so" 'Sgo($noop)'
measure fiber "" '(new Fiber($noop))->start()'
if [ -n "${SWOOLE_SO:-}" ] && [ -f "$SWOOLE_SO" ]; then
    measure swoole "-d extension=$SWOOLE_SO" 'Swoole\Coroutine::create($noop)'
fi
if [ -n "${SWOW_SO:-}" ] && [ -f "$SWOW_SO" ]; then
    measure swow "-d extension=$SWOW_SO" 'Swow\Coroutine::run($noop)'
fi

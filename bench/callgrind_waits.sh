#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Instructions per channel round trip (two coroutines ping-pong through two unbuffered channels) and per Sco::sleep()
# through the loop, counted by callgrind as bench/callgrind.sh counts (N and 2N iterations, the difference over N).
# Usage: bash bench/callgrind_waits.sh [STUDY_SO] [N]   (default: modules/study.so of this repo, N=50000)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
so=${1:-$root/modules/study.so}
n=${2:-50000}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
count() { # body-file iterations
    sed "s/__N__/$2/" "$1" > "$tmp/run.php"
    valgrind --tool=callgrind --callgrind-out-file="$tmp/out" php -n -d extension="$so" "$tmp/run.php" >/dev/null 2>&1
    callgrind_annotate "$tmp/out" 2>/dev/null | awk '/PROGRAM TOTALS/ { gsub(",", "", $1); print $1 }'
}
cat > "$tmp/chan.php" <<'PHP'
<?php
$a = new Study\Coroutine\Channel(0); $b = new Study\Coroutine\Channel(0); $n = __N__;
Sgo(function () use ($a, $b, $n) { for ($i = 0; $i < $n; $i++) { $a->push($i); $b->pop(); } });
Sgo(function () use ($a, $b, $n) { for ($i = 0; $i < $n; $i++) { $a->pop(); $b->push($i); } });
PHP
cat > "$tmp/sleep.php" <<'PHP'
<?php
$n = __N__;
Sgo(function () use ($n) { for ($i = 0; $i < $n; $i++) { Sco::sleep(0.000001); } });
PHP
for what in chan sleep; do
    one=$(count "$tmp/$what.php" "$n"); two=$(count "$tmp/$what.php" $((2 * n)))
    echo "$what: $(((two - one) / n)) instructions per iteration"
done

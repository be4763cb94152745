#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Child processes from coroutines (bench/proc.php): N coroutines each running `sleep 0.2` through shell_exec() and
# through proc_open(), study next to Swoole (when SWOOLE_SO names a build) and plain sequential PHP. Wall time of each
# batch (serial: N x 0.2 s) and the CPU time the PHP process used for it.
# Usage: [SWOOLE_SO=.../swoole.so] [BENCH_PROC_N=20] [BENCH_PHP_VERSION=8.4] bash bench/proc.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/bench/php.sh"
n=${BENCH_PROC_N:-20}

names=(study sequential)
args=("-d extension=$bench_study_so" "")
if [ -n "${SWOOLE_SO:-}" ] && [ -f "$SWOOLE_SO" ]; then names+=(swoole); args+=("$(bench_swoole_args)"); fi

echo "Child processes: $n coroutines x 'sleep 0.2' (serial $(php -n -r "echo $n * 0.2;") s), PHP $bench_php_label"
printf '| %-10s | %-22s | %-22s |\n' runtime "shell_exec: wall, CPU" "proc_open: wall, CPU"
printf '|%s|%s|%s|\n' ------------ ------------------------ ------------------------
for i in "${!names[@]}"; do
    # shellcheck disable=SC2086  # the -d options are separate words
    json=$("${bench_php[@]}" -n ${args[$i]} "$root/bench/proc.php" "${names[$i]}" "$n" | grep '^{' | tail -n 1)
    php -n -r '$r = json_decode($argv[1], true);
        foreach (["shell_exec", "proc_open"] as $k) {
            $cell[$k] = sprintf("%.2f s, %.0f ms%s", $r[$k]["wall_s"], $r[$k]["cpu_ms"], $r[$k]["wrong"] ? " ({$r[$k]["wrong"]} WRONG)" : "");
        }
        printf("| %-10s | %-22s | %-22s |\n", $r["runtime"], $cell["shell_exec"], $cell["proc_open"]);' "$json"
done

#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Sets the machine up, builds the extension and runs examples/demo.php with it.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

bash "$ROOT/scripts/setup.sh"
bash "$ROOT/scripts/build.sh"
exec php -n -d "extension=$ROOT/modules/study.so" "$ROOT/examples/demo.php"

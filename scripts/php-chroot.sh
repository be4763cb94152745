#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# A Debian chroot per extra PHP version, built from Debian's own packages with mmdebstrap, cached between runs.
#
#   bash scripts/php-chroot.sh 8.4 create            build the chroot unless a current one is there
#   bash scripts/php-chroot.sh 8.4 run -- CMD...     run CMD inside it, in this version's copy of the tree
#   bash scripts/php-chroot.sh 8.4 exec -- CMD...    run CMD inside it as if on the host (the benchmarks use this)
#   bash scripts/php-chroot.sh 8.4 sync              only refresh that copy
#   bash scripts/php-chroot.sh 8.4 path              print the chroot's folder
#   bash scripts/php-chroot.sh 8.4 copy              print the copy's folder (on the host)
#
# Versions: 8.4 (Debian 13 "trixie") and 8.5 (unstable plus experimental, where php8.5 is). The chroots live in
# ${STUDY_CHROOT_DIR:-/var/cache/study/chroot}/php<version>; a file `.ready` in one says it is complete, and holds
# the recipe it was built from. When the recipe (suite, package list) changes, the next create builds it again.
# Creation takes a lock, so parallel runs wait for one build instead of racing.
#
# `run` never touches the host's build: it copies the tracked and untracked-but-not-ignored files of the tree into
# build/php<version>/ (rsync, only what changed, so the copy's phpize output and objects survive between runs),
# bind-mounts the repository at /study inside the chroot, and runs CMD there in /study/build/php<version>. Each
# run gets its own mount namespace, so the mounts vanish with it. The network is the host's: a server on
# 127.0.0.1 (the tests' MariaDB and PostgreSQL) is reachable, and the folders of $STUDY_MYSQL_SOCKET and
# $STUDY_PGSQL_SOCKET_DIR, if set, are mounted at the same paths so that their Unix sockets work too. Variables named STUDY_* and BENCH_* are passed in. Needs root.
#
# `exec` runs CMD in the current folder with the host's paths: the repository is also mounted at its own path and
# the host's /tmp at /tmp, so that a host script can start another version's php on host files (bench/run.sh with
# BENCH_PHP_VERSION=8.4) and kill it by pid: the command replaces this script's process. It does not touch the copy.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CHROOT_BASE="${STUDY_CHROOT_DIR:-/var/cache/study/chroot}"
MIRROR="${STUDY_DEBIAN_MIRROR:-http://deb.debian.org/debian}"

die() { echo "php-chroot.sh: $*" >&2; exit 1; }
# chroot_mmdebstrap, chroot_exec
source "$ROOT/scripts/lib/chroot.sh"

# What the build and the phpt passes need, and nothing else: the stub and format checks run on the host only. libcurl's
# headers build HOOK_CURL, libpq's HOOK_PDO_PGSQL and HOOK_PGSQL, zlib's the HTTP server's gzip; curl is the HTTP
# tests' client.
common_packages=(libboost-context-dev libuv1-dev libhttp-parser-dev libcurl4-openssl-dev libpq-dev zlib1g-dev g++ make
    pkg-config openssl ca-certificates curl)

# Sets SUITE, SOURCES, PACKAGES, LATE_PACKAGES and DISABLED_MODULES for a version. Xdebug and PCOV are for the tests
# that load them themselves; Debian's packages enable them for every PHP run, so they are disabled again (phpdismod).
# 8.5 is in experimental only; naming each package as pkg/experimental takes just those from there (`-t experimental`
# would drag in an incompatible php-common).
# OPcache is built into 8.5, so there is no php8.5-opcache. php8.5-mysql, asked for together with the rest, makes
# apt pick experimental's php-common, which breaks php8.5-common; installed afterwards (LATE_PACKAGES, a second
# apt-get run in the finished chroot) it resolves cleanly against the php-common already there.
recipe() {
    case "$1" in
        8.4)
            SUITE=trixie
            SOURCES=("deb $MIRROR trixie main")
            PACKAGES=(php8.4-dev php8.4-cli php8.4-opcache php8.4-mysql php8.4-curl php8.4-pgsql php8.4-xdebug
                php8.4-pcov "${common_packages[@]}")
            LATE_PACKAGES=()
            DISABLED_MODULES=(xdebug pcov)
            ;;
        8.5)
            SUITE=unstable
            SOURCES=("deb $MIRROR unstable main" "deb $MIRROR experimental main")
            PACKAGES=(php8.5-dev/experimental php8.5-cli/experimental "${common_packages[@]}")
            LATE_PACKAGES=(php8.5-mysql/experimental php8.5-curl/experimental php8.5-pgsql/experimental)
            DISABLED_MODULES=() # Debian has no php8.5-xdebug or php8.5-pcov yet: the tests/phpt/debug tests skip
            ;;
        *) die "unknown PHP version '$1' (known: 8.4 8.5; 8.2 is the host's)" ;;
    esac
}

recipe_text() {
    printf 'suite %s\nsources %s\npackages %s\n' "$SUITE" "${SOURCES[*]}" "${PACKAGES[*]}"
    ((${#LATE_PACKAGES[@]} == 0)) || printf 'late packages %s\n' "${LATE_PACKAGES[*]}"
}

is_current() { [[ -f "$1/.ready" ]] && [[ "$(cat "$1/.ready")" == "$(recipe_text)" ]]; }

create() {
    local version="$1" dir="$CHROOT_BASE/php$1"
    recipe "$version"
    mkdir -p "$CHROOT_BASE"
    is_current "$dir" && return 0
    exec 9>"$dir.lock"
    flock 9
    # Another run may have built it while this one waited for the lock.
    if is_current "$dir"; then
        exec 9>&-
        return 0
    fi
    local started=$SECONDS tmp="$dir.new"
    echo "php-chroot.sh: building $dir ($SUITE: ${PACKAGES[*]})"
    rm -rf "$tmp"
    local hooks=()
    if ((${#LATE_PACKAGES[@]} > 0)); then
        hooks+=(--customize-hook="chroot \"\$1\" apt-get install -y ${LATE_PACKAGES[*]}")
    fi
    if ((${#DISABLED_MODULES[@]} > 0)); then
        hooks+=(--customize-hook="chroot \"\$1\" phpdismod -v $version -s ALL ${DISABLED_MODULES[*]}")
    fi
    chroot_mmdebstrap --variant=apt --include="$(IFS=,; echo "${PACKAGES[*]}")" "${hooks[@]}" \
        "$SUITE" "$tmp" "${SOURCES[@]}"
    # A run still inside the old chroot keeps its files until it ends; the next create removes them.
    if [[ -d "$dir" ]]; then
        rm -rf "$dir.old"
        mv "$dir" "$dir.old"
    fi
    mv "$tmp" "$dir"
    recipe_text >"$dir/.ready"
    echo "php-chroot.sh: $dir ready in $((SECONDS - started)) s ($(du -sh "$dir" | cut -f1))"
    exec 9>&-
}

copy_dir() { echo "$ROOT/build/php$1"; }

# Refreshes this version's copy of the tree: sources only, never the host's phpize output, objects or build/. Files
# are compared by content and a changed one gets the current time (no -t), so that make rebuilds what depends on it
# even when the host's file is older than the copy's objects (after a checkout of an older commit, say).
sync_copy() {
    local copy
    copy="$(copy_dir "$1")"
    mkdir -p "$copy"
    (cd "$ROOT" && git ls-files -z --cached --others --exclude-standard) |
        rsync -rlpD --from0 --files-from=- --checksum "$ROOT/" "$copy/"
}

# Runs "$@" in the chroot of version $1 with the mounts of mode $2 (run or exec, see the top), in folder $3 (inside).
# Everything down to the command is exec'd, so the command keeps this script's pid (a caller may kill it by pid).
enter() {
    local version="$1" mode="$2" workdir="$3" dir="$CHROOT_BASE/php$1"
    shift 3
    [[ $# -gt 0 ]] || die "$mode: no command given"
    local binds=("$ROOT" "/study")
    if [[ "$mode" == exec ]]; then
        binds+=("$ROOT" "$ROOT" /tmp /tmp)
    else
        [[ -n "${STUDY_MYSQL_SOCKET:-}" ]] && binds+=("$(dirname "$STUDY_MYSQL_SOCKET")" "$(dirname "$STUDY_MYSQL_SOCKET")")
        [[ -n "${STUDY_PGSQL_SOCKET_DIR:-}" ]] && binds+=("$STUDY_PGSQL_SOCKET_DIR" "$STUDY_PGSQL_SOCKET_DIR")
    fi
    chroot_exec "$dir" "$workdir" "${binds[@]}" -- "$@"
}

# The whole script is read before anything runs (main is called on the last line), so editing this file while a run
# is in progress does not change what that run does.
main() {
    [[ $# -ge 2 ]] || die "usage: php-chroot.sh VERSION create|run -- CMD...|exec -- CMD...|sync|path|copy"
    local version="$1" action="$2"
    shift 2
    case "$action" in
        create) create "$version" ;;
        sync) sync_copy "$version" ;;
        path) recipe "$version"; echo "$CHROOT_BASE/php$version" ;;
        copy) recipe "$version"; copy_dir "$version" ;;
        run)
            [[ "${1:-}" == "--" ]] && shift
            create "$version"
            sync_copy "$version"
            enter "$version" run "/study/build/php$version" "$@"
            ;;
        exec)
            [[ "${1:-}" == "--" ]] && shift
            create "$version"
            enter "$version" exec "$PWD" "$@"
            ;;
        *) die "unknown action '$action'" ;;
    esac
}

main "$@"; exit $?

# SPDX-License-Identifier: MIT
# shellcheck shell=bash
# What the project's Debian chroots share (scripts/php-chroot.sh's PHP versions, scripts/deb.sh's install test): how
# mmdebstrap builds one, and how a command runs inside one. Sourced; needs root.

# mmdebstrap with the options of every chroot here, then the caller's arguments (variant, packages, suite, target,
# sources). Recommends are left out, as they are on a lean install. The unstable and experimental indexes served by
# some mirrors carry an expired Valid-Until.
chroot_mmdebstrap() {
    mmdebstrap --mode=root \
        --aptopt='Acquire::Check-Valid-Until "false"' \
        --aptopt='APT::Install-Recommends "false"' \
        "$@"
}

# chroot_exec DIR WORKDIR [SRC DST]... -- CMD...
# Replaces this shell with CMD run inside the chroot DIR, in WORKDIR (a path inside, or / when it is not there): in a
# private mount namespace, with /proc, /dev, /sys, a tmpfs on /tmp, the host's resolv.conf and hosts (minimal chroots
# have an empty /etc/hosts, without localhost), each SRC bind-mounted at DST, and an environment of PATH, HOME, LANG,
# TERM and the caller's STUDY_* and BENCH_* variables. The mounts end with the command. Everything down to CMD is
# exec'd, so CMD keeps the caller's pid (a caller may kill it by pid).
chroot_exec() {
    local dir="$1" workdir="$2"
    shift 2
    local binds=()
    while [[ $# -gt 0 && "$1" != "--" ]]; do
        binds+=("$1" "$2")
        shift 2
    done
    shift # the "--"
    [[ $# -gt 0 ]] || { echo "chroot_exec: no command given" >&2; return 2; }
    local env_args=() name
    for name in $(compgen -e); do
        [[ "$name" == STUDY_* || "$name" == BENCH_* ]] && env_args+=("$name=${!name}")
    done
    # One shell in a private mount namespace mounts everything and then chroots; its mounts end with it.
    exec unshare --mount --propagation private -- bash -c '
        set -e
        dir="$1" nbinds="$2"
        shift 2
        mount -t proc proc "$dir/proc"
        mount --rbind /dev "$dir/dev"
        mount -t tmpfs tmpfs "$dir/tmp"
        mount -t sysfs sysfs "$dir/sys" 2>/dev/null || true
        cp /etc/resolv.conf "$dir/etc/resolv.conf" 2>/dev/null || true
        cp /etc/hosts "$dir/etc/hosts" 2>/dev/null || true
        while ((nbinds > 0)); do
            mkdir -p "$dir$2"
            mount --rbind "$1" "$dir$2"
            shift 2
            nbinds=$((nbinds - 1))
        done
        shift # the "--" before the command
        exec chroot "$dir" /usr/bin/env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
            HOME=/root LANG=C.UTF-8 TERM="${TERM:-dumb}" "$@"
    ' enter-chroot "$dir" "$((${#binds[@]} / 2))" "${binds[@]}" -- \
        "${env_args[@]}" bash -c 'cd "$0" 2>/dev/null || cd /; exec "$@"' "$workdir" "$@"
}

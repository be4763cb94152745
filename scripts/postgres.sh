#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# A private PostgreSQL server for tests/phpt/pgsql and bench/pgsql.php, apart from any system cluster: its own data
# directory in a temporary folder (also its Unix socket directory), a free TCP port on 127.0.0.1, no configuration
# from /etc/postgresql. It has a database `study` and a user `study` with a password (below), who logs in over TCP
# with scram-sha-256; the superuser `postgres` logs in over the socket without one. A second database, `study_lane2`,
# is for a second test run side by side (scripts/test.sh's background lane), so that two runs of one test never share
# a table. PostgreSQL refuses to run as
# root: as root (CI), the server runs as the system user `postgres` (Debian's postgresql package makes it), which
# owns the folder.
#
#   bash scripts/postgres.sh start    initialise and start it (reuses one that is running), prints where it is
#   bash scripts/postgres.sh env      prints the exports the tests read: eval "$(bash scripts/postgres.sh env)"
#   bash scripts/postgres.sh stop     shuts it down and removes its folder
#
# What was started is written to a state file, build/postgres.env unless STUDY_POSTGRES_STATE names another one
# (scripts/test.sh uses its own, so that a test run does not stop a server someone started by hand).
# STUDY_POSTGRES_WAIT is how many seconds start waits for the server to answer (default 60).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
STATE="${STUDY_POSTGRES_STATE:-$ROOT/build/postgres.env}"
WAIT="${STUDY_POSTGRES_WAIT:-60}"
USER_NAME=study
PASSWORD=study-password
DATABASE=study

die() { echo "postgres.sh: $*" >&2; exit 1; }

# The newest installed server's programs (Debian keeps them out of PATH, in /usr/lib/postgresql/<major>/bin).
find_bin() {
    local dir
    dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
    [[ -n "$dir" && -x "$dir/pg_ctl" && -x "$dir/initdb" ]] || return 1
    echo "$dir"
}

# Runs a command as the server's user: `postgres` when this script runs as root, else the caller.
as_owner() {
    if ((EUID == 0)); then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

# A TCP port nothing listens on now (another process could take it before the server binds it; start then tries
# again with another port).
free_port() {
    php -n -r '$s = stream_socket_server("tcp://127.0.0.1:0", $errno, $error) or exit(1);
        echo substr(strrchr(stream_socket_get_name($s, false), ":"), 1), "\n";'
}

load_state() {
    [[ -f "$STATE" ]] || return 1
    # shellcheck disable=SC1090
    source "$STATE"
}

write_state() {
    mkdir -p "$(dirname "$STATE")"
    {
        printf 'STUDY_POSTGRES_DIR=%q\n' "$STUDY_POSTGRES_DIR"
        printf 'STUDY_PGSQL_HOST=%q\n' 127.0.0.1
        printf 'STUDY_PGSQL_PORT=%q\n' "$STUDY_PGSQL_PORT"
        printf 'STUDY_PGSQL_SOCKET_DIR=%q\n' "$STUDY_POSTGRES_DIR"
        printf 'STUDY_PGSQL_USER=%q\n' "$USER_NAME"
        printf 'STUDY_PGSQL_PASSWORD=%q\n' "$PASSWORD"
        printf 'STUDY_PGSQL_DB=%q\n' "$DATABASE"
    } >"$STATE.tmp"
    mv "$STATE.tmp" "$STATE"
}

pg_ctl_() { as_owner "$BIN/pg_ctl" -D "$STUDY_POSTGRES_DIR/data" "$@"; }

# Whether the server of this state answers on its socket.
running() {
    [[ -n "${STUDY_POSTGRES_DIR:-}" && -d "$STUDY_POSTGRES_DIR/data" ]] &&
        as_owner "$BIN/pg_isready" -q -h "$STUDY_POSTGRES_DIR" -p "$STUDY_PGSQL_PORT" >/dev/null 2>&1
}

# Starts the server on $STUDY_PGSQL_PORT and waits until it answers. Returns 2 if the port was taken (the caller
# tries another), 1 on any other failure, with the end of its log on stderr.
launch() {
    local dir="$STUDY_POSTGRES_DIR"
    # The server is private: durability does not matter. Connections for 100-coroutine benches and tests. A client
    # gets the longest authentication_timeout there is (600 s, not 60): libpq's SCRAM proof is 4096 rounds of HMAC,
    # and 20 coroutines connecting at once in a test under valgrind on a busy machine took longer than 60 s for the
    # last of them ("canceling authentication due to timeout").
    if pg_ctl_ -l "$dir/server.log" -w -t "$WAIT" start -o "-c listen_addresses=127.0.0.1 -p $STUDY_PGSQL_PORT \
        -c unix_socket_directories=$dir -c max_connections=300 -c fsync=off -c synchronous_commit=off \
        -c full_page_writes=off -c shared_buffers=32MB -c authentication_timeout=600" >"$dir/pg_ctl.log" 2>&1; then
        return 0
    fi
    if grep -q 'Address already in use' "$dir/server.log" 2>/dev/null; then
        return 2
    fi
    echo "postgres.sh: the server did not start; end of $dir/server.log:" >&2
    tail -n 30 "$dir/server.log" "$dir/pg_ctl.log" >&2 || true
    return 1
}

start() {
    if load_state; then
        if running; then
            echo "PostgreSQL already running on 127.0.0.1:$STUDY_PGSQL_PORT and $STUDY_POSTGRES_DIR"
            return 0
        fi
        stop  # a stale state file: remove what is left of it
    fi
    # A short path under /tmp: the socket path must stay below 108 bytes whatever the checkout's path.
    STUDY_POSTGRES_DIR="$(mktemp -d "${TMPDIR:-/tmp}/study-postgres.XXXXXX")"
    STUDY_PGSQL_PORT=0
    # Others may reach the socket in it (the data directory below stays the server's alone).
    chmod 755 "$STUDY_POSTGRES_DIR"
    if ((EUID == 0)); then
        id postgres >/dev/null 2>&1 || { rm -rf "$STUDY_POSTGRES_DIR"; die "no user postgres to run the server as"; }
        chown postgres: "$STUDY_POSTGRES_DIR"
    fi
    # From here on a failure leaves a state file, so that stop can clean up.
    write_state

    if ! as_owner "$BIN/initdb" -D "$STUDY_POSTGRES_DIR/data" -U postgres --auth-local=trust \
        --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 --no-sync >"$STUDY_POSTGRES_DIR/initdb.log" 2>&1; then
        tail -n 30 "$STUDY_POSTGRES_DIR/initdb.log" >&2
        stop
        die "initdb failed (log above)"
    fi

    local rc
    for _ in 1 2 3; do
        STUDY_PGSQL_PORT="$(free_port)" || { stop; die "no free TCP port on 127.0.0.1"; }
        rc=0
        launch || rc=$?
        write_state
        ((rc == 2)) || break
        echo "postgres.sh: port $STUDY_PGSQL_PORT was taken, trying another" >&2
    done
    if ((rc != 0)); then
        stop
        die "PostgreSQL did not start"
    fi

    if ! as_owner "$BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$STUDY_POSTGRES_DIR" -p "$STUDY_PGSQL_PORT" -U postgres \
        -d postgres -c "CREATE USER $USER_NAME PASSWORD '$PASSWORD'" \
        -c "CREATE DATABASE $DATABASE OWNER $USER_NAME" -c "CREATE DATABASE ${DATABASE}_lane2 OWNER $USER_NAME" >"$STUDY_POSTGRES_DIR/setup.log" 2>&1; then
        cat "$STUDY_POSTGRES_DIR/setup.log" >&2
        stop
        die "creating the database and user failed (above)"
    fi
    local tcp_check
    tcp_check="$(PGPASSWORD="$PASSWORD" "$BIN/psql" -X -At -h 127.0.0.1 -p "$STUDY_PGSQL_PORT" -U "$USER_NAME" \
        -d "$DATABASE" -c 'SELECT 1' 2>&1)" || true
    if [[ "$tcp_check" != 1 ]]; then
        echo "$tcp_check" >&2
        stop
        die "user $USER_NAME cannot connect over TCP to 127.0.0.1:$STUDY_PGSQL_PORT"
    fi
    echo "PostgreSQL $("$BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$STUDY_PGSQL_PORT and" \
        "$STUDY_POSTGRES_DIR (data in $STUDY_POSTGRES_DIR/data)"
}

stop() {
    load_state || return 0
    local dir="$STUDY_POSTGRES_DIR"
    if [[ -f "$dir/data/postmaster.pid" ]]; then
        # Fast shutdown: open connections are ended; a server that does not stop within the wait is killed.
        if ! pg_ctl_ -w -t 30 -m fast stop >>"$dir/pg_ctl.log" 2>&1; then
            pg_ctl_ -w -t 10 -m immediate stop >>"$dir/pg_ctl.log" 2>&1 ||
                die "the server in $dir did not stop; $dir and $STATE are kept"
        fi
    fi
    # Only a folder this script made (mktemp's pattern) is removed.
    if [[ "$dir" == */study-postgres.* && -d "$dir" ]]; then
        rm -rf "$dir"
    fi
    rm -f "$STATE"
}

env_exports() {
    load_state || die "no server started (no $STATE); run: bash scripts/postgres.sh start"
    local name
    for name in STUDY_PGSQL_HOST STUDY_PGSQL_PORT STUDY_PGSQL_SOCKET_DIR STUDY_PGSQL_USER STUDY_PGSQL_PASSWORD \
        STUDY_PGSQL_DB; do
        printf 'export %s=%q\n' "$name" "${!name}"
    done
}

BIN="$(find_bin)" || die "PostgreSQL's server programs not found; install postgresql (bash scripts/setup.sh)"

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    env) env_exports ;;
    *) echo "usage: bash scripts/postgres.sh start|stop|env" >&2; exit 2 ;;
esac

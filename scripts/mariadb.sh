#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# A private MariaDB server for tests/phpt/mysql and bench/mysql.php, apart from any system server: its own data
# directory in a temporary folder, its own Unix socket, a free TCP port on 127.0.0.1, started with --no-defaults
# so that nothing in /etc/mysql applies. It has a database `study` and a user `study` (password below) that may
# connect over TCP and over the socket; a second database, `study_lane2`, is for a second test run side by side
# (scripts/test.sh's background lane), so that two runs of one test never share a table. Over TCP the server also offers TLS, with a certificate for 127.0.0.1 and
# localhost signed by a CA made at start (STUDY_MYSQL_SSL_CA names the CA's file).
#
#   bash scripts/mariadb.sh start    initialise and start it (reuses one that is running), prints where it is
#   bash scripts/mariadb.sh env      prints the exports the tests read: eval "$(bash scripts/mariadb.sh env)"
#   bash scripts/mariadb.sh stop     shuts it down and removes its folder
#
# What was started is written to a state file, build/mariadb.env unless STUDY_MARIADB_STATE names another one
# (scripts/test.sh uses its own, so that a test run does not stop a server someone started by hand).
# STUDY_MARIADB_WAIT is how many seconds start waits for the server to answer (default 60).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
STATE="${STUDY_MARIADB_STATE:-$ROOT/build/mariadb.env}"
WAIT="${STUDY_MARIADB_WAIT:-60}"
USER_NAME=study
PASSWORD=study-password
DATABASE=study

die() { echo "mariadb.sh: $*" >&2; exit 1; }

# The first of the given commands that exists (Debian 12 has both names; older packages only the mysql ones).
first_command() {
    local name
    for name in "$@"; do
        if command -v "$name" >/dev/null 2>&1; then
            command -v "$name"
            return 0
        fi
    done
    return 1
}

# mariadbd lives in /usr/sbin, which is not always on PATH.
find_server() {
    PATH="$PATH:/usr/sbin:/usr/local/sbin" first_command mariadbd mysqld
}

# A TCP port nothing listens on now: the kernel picks it for a socket that is closed again at once. Another
# process could take it before the server binds it; start then tries again with another port.
free_port() {
    php -n -r '$s = stream_socket_server("tcp://127.0.0.1:0", $errno, $error) or exit(1);
        echo substr(strrchr(stream_socket_get_name($s, false), ":"), 1), "\n";'
}

# Loads the state file into STUDY_MARIADB_DIR, STUDY_MARIADB_PID, STUDY_MYSQL_*; fails if there is none.
load_state() {
    [[ -f "$STATE" ]] || return 1
    # shellcheck disable=SC1090
    source "$STATE"
}

# True if the pid is alive and is the server of this data directory (not a process that reused the pid).
is_our_server() {
    local pid="$1" dir="$2"
    [[ -n "$pid" && -r "/proc/$pid/cmdline" ]] && tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qF -- "--datadir=$dir/data"
}

admin() {
    "$ADMIN" --no-defaults --socket="$STUDY_MYSQL_SOCKET" --user="$(id -un)" --connect-timeout=2 "$@"
}

client_admin() {
    "$CLIENT" --no-defaults --socket="$STUDY_MYSQL_SOCKET" --user="$(id -un)" "$@"
}

write_state() {
    mkdir -p "$(dirname "$STATE")"
    {
        printf 'STUDY_MARIADB_DIR=%q\n' "$STUDY_MARIADB_DIR"
        printf 'STUDY_MARIADB_PID=%q\n' "$STUDY_MARIADB_PID"
        printf 'STUDY_MYSQL_HOST=%q\n' 127.0.0.1
        printf 'STUDY_MYSQL_PORT=%q\n' "$STUDY_MYSQL_PORT"
        printf 'STUDY_MYSQL_SOCKET=%q\n' "$STUDY_MYSQL_SOCKET"
        printf 'STUDY_MYSQL_USER=%q\n' "$USER_NAME"
        printf 'STUDY_MYSQL_PASSWORD=%q\n' "$PASSWORD"
        printf 'STUDY_MYSQL_DB=%q\n' "$DATABASE"
        printf 'STUDY_MYSQL_SSL_CA=%q\n' "$STUDY_MARIADB_DIR/tls/ca.pem"
    } >"$STATE.tmp"
    mv "$STATE.tmp" "$STATE"
}

# A CA and a server certificate signed by it, valid for 127.0.0.1 and localhost, in $STUDY_MARIADB_DIR/tls (EC keys:
# made in milliseconds). They live as long as the server's folder.
make_certificates() {
    local tls="$STUDY_MARIADB_DIR/tls"
    mkdir -p "$tls"
    (
        cd "$tls"
        openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 30 \
            -subj "/CN=study test CA" -keyout ca.key -out ca.pem
        openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -subj "/CN=127.0.0.1" \
            -keyout server.key -out server.csr
        printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\n' >server.ext
        openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 30 -extfile server.ext \
            -out server.pem
    ) >"$STUDY_MARIADB_DIR/tls.log" 2>&1
}

# Starts mariadbd on $STUDY_MYSQL_PORT and waits until it answers on its socket. Returns 2 if the port was taken
# (the caller tries another), 1 on any other failure, with the end of the error log on stderr.
launch() {
    local dir="$STUDY_MARIADB_DIR"
    : >"$dir/error.log"
    # --user names the user running this script: as root (CI), mariadbd refuses to start without --user=root. The
    # server is private, so durability does not matter: small InnoDB files and no flush per commit keep it fast. A
    # client under valgrind on a loaded machine took more than the default 10 s for its handshake ("MySQL server has
    # gone away" at connect): --connect-timeout gives it 300 s.
    "$SERVER" --no-defaults --user="$(id -un)" --datadir="$dir/data" --tmpdir="$dir/tmp" \
        --socket="$STUDY_MYSQL_SOCKET" --port="$STUDY_MYSQL_PORT" --bind-address=127.0.0.1 \
        --pid-file="$dir/mariadbd.pid" --log-error="$dir/error.log" --skip-name-resolve \
        --max-connections=1000 --innodb-buffer-pool-size=64M --innodb-log-file-size=16M \
        --connect-timeout=300 \
        --innodb-flush-log-at-trx-commit=0 --skip-log-bin --character-set-server=utf8mb4 \
        --ssl-ca="$dir/tls/ca.pem" --ssl-cert="$dir/tls/server.pem" --ssl-key="$dir/tls/server.key" \
        </dev/null >>"$dir/error.log" 2>&1 &
    STUDY_MARIADB_PID=$!
    local deadline=$((SECONDS + WAIT))
    while ((SECONDS < deadline)); do
        if ! kill -0 "$STUDY_MARIADB_PID" 2>/dev/null; then
            wait "$STUDY_MARIADB_PID" 2>/dev/null || true
            if grep -q 'Address already in use' "$dir/error.log"; then
                return 2
            fi
            echo "mariadb.sh: $SERVER exited during start; end of $dir/error.log:" >&2
            tail -n 30 "$dir/error.log" >&2
            return 1
        fi
        if admin ping >/dev/null 2>&1; then
            return 0
        fi
        sleep 0.2
    done
    echo "mariadb.sh: $SERVER did not answer on $STUDY_MYSQL_SOCKET within $WAIT s; end of $dir/error.log:" >&2
    tail -n 30 "$dir/error.log" >&2
    kill -KILL "$STUDY_MARIADB_PID" 2>/dev/null || true
    wait "$STUDY_MARIADB_PID" 2>/dev/null || true
    return 1
}

start() {
    if load_state; then
        if is_our_server "$STUDY_MARIADB_PID" "$STUDY_MARIADB_DIR" && admin ping >/dev/null 2>&1; then
            echo "MariaDB already running on 127.0.0.1:$STUDY_MYSQL_PORT and $STUDY_MYSQL_SOCKET" \
                "(pid $STUDY_MARIADB_PID)"
            return 0
        fi
        stop  # a stale state file: remove what is left of it
    fi
    SERVER="$(find_server)" || die "mariadbd not found; install mariadb-server (bash scripts/setup.sh)"
    INSTALL_DB="$(first_command mariadb-install-db mysql_install_db)" || die "mariadb-install-db not found"

    # A short path under /tmp: the socket path must stay below 108 bytes whatever the checkout's path.
    STUDY_MARIADB_DIR="$(mktemp -d "${TMPDIR:-/tmp}/study-mariadb.XXXXXX")"
    STUDY_MYSQL_SOCKET="$STUDY_MARIADB_DIR/mariadbd.sock"
    STUDY_MARIADB_PID=""
    STUDY_MYSQL_PORT=0
    mkdir -p "$STUDY_MARIADB_DIR/tmp"
    # From here on a failure leaves a state file, so that stop can clean up.
    write_state

    if ! "$INSTALL_DB" --no-defaults --user="$(id -un)" --datadir="$STUDY_MARIADB_DIR/data" \
        --auth-root-authentication-method=socket --skip-test-db >"$STUDY_MARIADB_DIR/install.log" 2>&1; then
        tail -n 30 "$STUDY_MARIADB_DIR/install.log" >&2
        stop
        die "$INSTALL_DB failed (log above)"
    fi

    if ! make_certificates; then
        tail -n 30 "$STUDY_MARIADB_DIR/tls.log" >&2
        stop
        die "making the TLS certificates failed (log above)"
    fi

    local rc
    for _ in 1 2 3; do
        STUDY_MYSQL_PORT="$(free_port)" || { stop; die "no free TCP port on 127.0.0.1"; }
        rc=0
        launch || rc=$?
        write_state
        ((rc == 2)) || break
        echo "mariadb.sh: port $STUDY_MYSQL_PORT was taken, trying another" >&2
    done
    if ((rc != 0)); then
        stop
        die "MariaDB did not start"
    fi

    # mariadb-install-db made an all-privilege account for the OS user running this script (root, or the --user
    # given), which logs in through the socket by unix_socket authentication. The tests' user has a password and
    # exists for both ways in: 127.0.0.1 over TCP (names are not resolved), localhost over the socket.
    if ! client_admin -e "
        CREATE DATABASE $DATABASE;
        CREATE DATABASE ${DATABASE}_lane2;
        CREATE USER '$USER_NAME'@'127.0.0.1' IDENTIFIED BY '$PASSWORD';
        CREATE USER '$USER_NAME'@'localhost' IDENTIFIED BY '$PASSWORD';
        GRANT ALL ON $DATABASE.* TO '$USER_NAME'@'127.0.0.1';
        GRANT ALL ON $DATABASE.* TO '$USER_NAME'@'localhost';
        GRANT ALL ON ${DATABASE}_lane2.* TO '$USER_NAME'@'127.0.0.1';
        GRANT ALL ON ${DATABASE}_lane2.* TO '$USER_NAME'@'localhost';" >"$STUDY_MARIADB_DIR/setup.log" 2>&1; then
        cat "$STUDY_MARIADB_DIR/setup.log" >&2
        stop
        die "creating the database and user failed (above)"
    fi
    local tcp_check
    tcp_check="$("$CLIENT" --no-defaults --protocol=tcp --host=127.0.0.1 --port="$STUDY_MYSQL_PORT" \
        --user="$USER_NAME" --password="$PASSWORD" --database="$DATABASE" -N -e 'SELECT 1' 2>&1)" || true
    if [[ "$tcp_check" != 1 ]]; then
        echo "$tcp_check" >&2
        stop
        die "user $USER_NAME cannot connect over TCP to 127.0.0.1:$STUDY_MYSQL_PORT"
    fi
    echo "MariaDB $("$SERVER" --no-defaults --version | awk '{print $3}') on 127.0.0.1:$STUDY_MYSQL_PORT and" \
        "$STUDY_MYSQL_SOCKET (pid $STUDY_MARIADB_PID, data in $STUDY_MARIADB_DIR)"
}

stop() {
    load_state || return 0
    local pid="$STUDY_MARIADB_PID" dir="$STUDY_MARIADB_DIR"
    if is_our_server "$pid" "$dir"; then
        admin shutdown >/dev/null 2>&1 || true
        for _ in $(seq 1 100); do  # up to 20 s for a clean shutdown
            is_our_server "$pid" "$dir" || break
            sleep 0.2
        done
        if is_our_server "$pid" "$dir"; then
            echo "mariadb.sh: the server (pid $pid) did not shut down, killing it" >&2
            kill -KILL "$pid" 2>/dev/null || true
            for _ in $(seq 1 50); do
                is_our_server "$pid" "$dir" || break
                sleep 0.1
            done
            if is_our_server "$pid" "$dir"; then
                die "the server (pid $pid) is still running after SIGKILL; $dir and $STATE are kept"
            fi
        fi
    fi
    # Only a folder this script made (mktemp's pattern) is removed.
    if [[ "$dir" == */study-mariadb.* && -d "$dir" ]]; then
        rm -rf "$dir"
    fi
    rm -f "$STATE"
}

env_exports() {
    load_state || die "no server started (no $STATE); run: bash scripts/mariadb.sh start"
    local name
    for name in STUDY_MYSQL_HOST STUDY_MYSQL_PORT STUDY_MYSQL_SOCKET STUDY_MYSQL_USER STUDY_MYSQL_PASSWORD \
        STUDY_MYSQL_DB STUDY_MYSQL_SSL_CA; do
        printf 'export %s=%q\n' "$name" "${!name}"
    done
}

ADMIN="$(first_command mariadb-admin mysqladmin)" || die "mariadb-admin not found; install mariadb-client"
CLIENT="$(first_command mariadb mysql)" || die "the mariadb client was not found; install mariadb-client"

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    env) env_exports ;;
    *) echo "usage: bash scripts/mariadb.sh start|stop|env" >&2; exit 2 ;;
esac

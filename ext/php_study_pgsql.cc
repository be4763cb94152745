/* SPDX-License-Identifier: MIT */
/* HOOK_PDO_PGSQL and HOOK_PGSQL. Neither extension's private structures are touched: the libpq functions through
 * which they wait are redirected at the import slots of pdo_pgsql.so and pgsql.so (study::ImportHook, one per object
 * and symbol, so that each flag hooks its own extension), and each replacement does what the blocking call does with
 * libpq's asynchronous API, waiting on PQsocket() as a coroutine:
 * - PQconnectdb(): PQconnectStart() and PQconnectPoll(), as PQconnectdb() is PQconnectStart() and connectDBComplete().
 * - PQexec(), PQexecParams(), PQprepare(), PQexecPrepared(), PQdescribePrepared(), PQdescribePortal(): the PQsend*()
 *   call, then PQgetResult() until it gives NULL, keeping the last result as libpq's PQexecFinish() does (libpq
 *   accumulates the error messages in the connection itself, so the last error result carries them all).
 * - PQgetResult() on a busy connection: waits until PQisBusy() is false, then libpq's own.
 * - PQreset(): PQresetStart() and PQresetPoll().
 * - PQfinish() of a connection that another coroutine waits in: deferred until the waiting call has left it.
 * - PQerrorMessage() of a connection that another coroutine waits in: why the caller's command was refused.
 * libpq's notice processors run inside PQconsumeInput()/PQgetResult(), in the calling coroutine, as they do inside
 * the blocking calls. Everything else (large objects, COPY, PQsetClientEncoding(), name resolution inside
 * PQconnectPoll()) stays libpq's blocking code. study.so does not link libpq: it calls it through the pointers
 * dlsym() gives, and builds without libpq's header, or with one older than libpq 14 (the hooks are then left out). */
#include "php_study_pgsql.h"

#if __has_include(<libpq-fe.h>)
#include <libpq-fe.h>
/* The hooks use PQpipelineStatus() (libpq 14 and later, which define LIBPQ_HAS_PIPELINING); an older libpq's header
 * builds without them, as no header does. */
#ifdef LIBPQ_HAS_PIPELINING
#define STUDY_HAVE_LIBPQ 1
#endif
#endif

#ifdef STUDY_HAVE_LIBPQ

#include <dlfcn.h>
#include <poll.h>
#include <sys/socket.h>
#include <uv.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <unordered_map>
#include <vector>

#include "php_study.h"
#include "php_study_coroutine.h"
#include "study/coroutine.h"
#include "study/import_hook.h"
#include "study/process.h"
#include "study/scheduler.h"
#include "study/socket.h"

namespace {

/* libpq's functions, found with dlsym(): the originals of the redirected ones and the asynchronous API. */
struct PqApi {
    decltype(&PQconnectdb) connectdb;
    decltype(&PQexec) exec;
    decltype(&PQexecParams) exec_params;
    decltype(&PQprepare) prepare;
    decltype(&PQexecPrepared) exec_prepared;
    decltype(&PQdescribePrepared) describe_prepared;
    decltype(&PQdescribePortal) describe_portal;
    decltype(&PQgetResult) get_result;
    decltype(&PQreset) reset;
    decltype(&PQfinish) finish;
    decltype(&PQconnectStart) connect_start;
    decltype(&PQconnectPoll) connect_poll;
    decltype(&PQresetStart) reset_start;
    decltype(&PQresetPoll) reset_poll;
    decltype(&PQconninfo) conninfo;
    decltype(&PQconninfoFree) conninfo_free;
    decltype(&PQstatus) status;
    decltype(&PQtransactionStatus) transaction_status;
    decltype(&PQpipelineStatus) pipeline_status;
    decltype(&PQsocket) socket;
    decltype(&PQisnonblocking) is_nonblocking;
    decltype(&PQsetnonblocking) set_nonblocking;
    decltype(&PQflush) flush;
    decltype(&PQconsumeInput) consume_input;
    decltype(&PQisBusy) is_busy;
    decltype(&PQresultStatus) result_status;
    decltype(&PQclear) clear;
    decltype(&PQsendQuery) send_query;
    decltype(&PQsendQueryParams) send_query_params;
    decltype(&PQsendPrepare) send_prepare;
    decltype(&PQsendQueryPrepared) send_query_prepared;
    decltype(&PQsendDescribePrepared) send_describe_prepared;
    decltype(&PQsendDescribePortal) send_describe_portal;
    decltype(&PQgetCancel) get_cancel;
    decltype(&PQcancel) cancel;
    decltype(&PQfreeCancel) free_cancel;
    decltype(&PQerrorMessage) error_message;
    decltype(&PQmakeEmptyPGresult) make_empty_result;
    decltype(&PQsetNoticeProcessor) set_notice_processor;
    decltype(&PQsetNoticeReceiver) set_notice_receiver;
};
PqApi g_api;
bool g_found = false;

template <typename Function>
bool find(const char *name, Function *out) {
    *out = reinterpret_cast<Function>(dlsym(RTLD_DEFAULT, name));
    return *out != nullptr;
}

/* libpq's functions; false when libpq is not loaded (neither extension is). */
bool find_api() {
    if (g_found) {
        return true;
    }
    PqApi &a = g_api;
    g_found = find("PQconnectdb", &a.connectdb) && find("PQexec", &a.exec) && find("PQexecParams", &a.exec_params) &&
              find("PQprepare", &a.prepare) && find("PQexecPrepared", &a.exec_prepared) &&
              find("PQdescribePrepared", &a.describe_prepared) && find("PQdescribePortal", &a.describe_portal) &&
              find("PQgetResult", &a.get_result) && find("PQreset", &a.reset) && find("PQfinish", &a.finish) &&
              find("PQconnectStart", &a.connect_start) && find("PQconnectPoll", &a.connect_poll) &&
              find("PQresetStart", &a.reset_start) && find("PQresetPoll", &a.reset_poll) &&
              find("PQconninfo", &a.conninfo) && find("PQconninfoFree", &a.conninfo_free) &&
              find("PQstatus", &a.status) && find("PQtransactionStatus", &a.transaction_status) &&
              find("PQpipelineStatus", &a.pipeline_status) && find("PQsocket", &a.socket) &&
              find("PQisnonblocking", &a.is_nonblocking) && find("PQsetnonblocking", &a.set_nonblocking) &&
              find("PQflush", &a.flush) && find("PQconsumeInput", &a.consume_input) && find("PQisBusy", &a.is_busy) &&
              find("PQresultStatus", &a.result_status) && find("PQclear", &a.clear) &&
              find("PQsendQuery", &a.send_query) && find("PQsendQueryParams", &a.send_query_params) &&
              find("PQsendPrepare", &a.send_prepare) && find("PQsendQueryPrepared", &a.send_query_prepared) &&
              find("PQsendDescribePrepared", &a.send_describe_prepared) &&
              find("PQsendDescribePortal", &a.send_describe_portal) && find("PQgetCancel", &a.get_cancel) &&
              find("PQcancel", &a.cancel) && find("PQfreeCancel", &a.free_cancel) &&
              find("PQerrorMessage", &a.error_message) && find("PQmakeEmptyPGresult", &a.make_empty_result) &&
              find("PQsetNoticeProcessor", &a.set_notice_processor) &&
              find("PQsetNoticeReceiver", &a.set_notice_receiver);
    return g_found;
}

/* Connections a coroutine waits in now, with that coroutine: libpq's state is one query at a time, so another
 * coroutine's call on one of them is refused (an Error), and a PQfinish() of one is deferred. */
std::unordered_map<PGconn *, study::Coroutine *> g_in_use;
std::vector<PGconn *> g_deferred_finish;
int64_t g_finish_timer = 0; /* the timer that finishes the deferred connections no call waits in any more */

/* What PQerrorMessage() says of a connection to any coroutine but the one waiting in it: libpq's words for a command
 * sent while another is in progress. */
constexpr const char *kRefusedMessage = "another command is already in progress\n";

/* Whether this call may wait as a coroutine; otherwise libpq's blocking function runs: in the main script, a
 * destructor, a coroutine being destroyed, and while an exception is pending (PDO frees a statement that failed, which
 * sends DEALLOCATE, with its exception thrown already: a wait must not carry it into another coroutine). */
bool may_wait() {
    return study::Coroutine::current() != nullptr && EG(exception) == nullptr && php_study_may_suspend();
}

/* Whether the running coroutine unwinds an exit: it is being destroyed (the end of the script, after its wait was
 * woken), or exit() was called in it. */
bool unwinding_exit() {
    const zend_object *exception = EG(exception);
    return exception != nullptr && study::Coroutine::current() != nullptr &&
           (zend_is_graceful_exit(exception) || zend_is_unwind_exit(exception));
}

/* False, with an Error thrown (unless one is pending already: pgsql's pg_query() makes two calls), when another
 * coroutine waits in a call on `conn`. Nothing is written to `conn`: its error message belongs to the waiting
 * command (libpq appends to it while a command is in progress, so a refused PQsendQuery() would put its line in
 * front of the waiter's error). The refused caller reads its reason through hooked_error_message(). */
bool claim(PGconn *conn) {
    if (g_in_use.emplace(conn, study::Coroutine::current()).second) {
        return true;
    }
    if (EG(exception) == nullptr) {
        zend_throw_error(nullptr,
                         "PostgreSQL connection is already in use by another coroutine; a connection serves one "
                         "coroutine at a time");
    }
    return false;
}

/* What a refused command returns: an error result of no connection, so that pgsql and pdo_pgsql report a failure
 * (a NULL result makes pg_query() look at PQstatus() instead). */
PGresult *refused_result() { return g_api.make_empty_result(nullptr, PGRES_FATAL_ERROR); }

/* PQerrorMessage(): a connection another coroutine waits in gives kRefusedMessage, so that the refused caller's
 * warning or PDOException says why (pdo_pgsql's trimming of an empty message also reads before it), while the
 * waiting command's own message stays untouched. */
char *hooked_error_message(const PGconn *conn) {
    if (conn != nullptr && !g_in_use.empty()) {
        const auto entry = g_in_use.find(const_cast<PGconn *>(conn));
        if (entry != g_in_use.end() && entry->second != study::Coroutine::current()) {
            return const_cast<char *>(kRefusedMessage);
        }
    }
    return g_api.error_message(conn);
}

/* Finishes the deferred connections that no call waits in any more. */
void finish_deferred() {
    std::vector<PGconn *> still_used;
    for (PGconn *conn : g_deferred_finish) {
        if (g_in_use.count(conn) != 0) {
            still_used.push_back(conn);
        } else {
            g_api.finish(conn);
        }
    }
    g_deferred_finish.swap(still_used);
}

/* The waiting call is done with `conn`. A PQfinish() deferred meanwhile runs from a timer of no delay, that is
 * once this coroutine next suspends: the PHP function that made the call still reads the connection after the
 * call returns (pg_query()'s PQerrorMessage() of a failed query), so it cannot run here; nor at the end of the
 * request, which a long-running server never reaches (every closed connection would stay open until then). */
void leave(PGconn *conn) {
    g_in_use.erase(conn);
    if (g_finish_timer != 0 ||
        std::find(g_deferred_finish.begin(), g_deferred_finish.end(), conn) == g_deferred_finish.end()) {
        return;
    }
    g_finish_timer = study::scheduler::add_timer(
        0, false,
        [](int64_t, void *) {
            finish_deferred();
            return true;
        },
        nullptr, [](void *) { g_finish_timer = 0; });
}

void ignore_notice(void *, const char *) {}
void ignore_notice_result(void *, const PGresult *) {}

/* Waits until the connection's socket is ready for reading or writing, or `timeout` seconds pass (negative: no
 * limit). 0, ETIMEDOUT, ECANCELED (the coroutine was canceled or is being destroyed), or EBADF (the connection has no
 * socket). `block` (or a descriptor the loop cannot watch) blocks the thread in poll() as libpq would. */
int wait_socket(PGconn *conn, bool write, double timeout, bool block = false) {
    const int fd = g_api.socket(conn);
    if (fd < 0) {
        return EBADF;
    }
    if (!block) {
        /* Shared: another coroutine may watch the socket too (socket_select() on pg_socket() for LISTEN/NOTIFY), which
         * an exclusive wait refuses with EBUSY. The callers try again without blocking when another waiter took
         * the readiness (libpq's socket is non-blocking: PQconsumeInput() reads what there is, PQisBusy() says
         * whether to wait again). */
        const int error = study::wait_fd(fd, write, timeout, nullptr, true);
        if (error == 0 || error == ETIMEDOUT) {
            return error;
        }
        if (error == ECANCELED || error == EINTR || error == EDEADLK) {
            return ECANCELED; /* a cancel, or the coroutine is being destroyed (the end of the script) */
        }
    }
    pollfd entry{fd, static_cast<short>(write ? POLLOUT : POLLIN), 0};
    return study::poll_for(&entry, 1, timeout) == 0 ? ETIMEDOUT : 0;
}

/* One cancel request sent from libuv's thread pool: PQcancel() connects to the server and waits until the server
 * closes that connection, which would block the loop thread for as long as the server (or the network) takes. The
 * PGcancel is a copy of the connection's keys, so the connection may be finished meanwhile. */
struct CancelWork {
    uv_work_t request;
    PGcancel *cancel;
};

void send_cancel(PGcancel *cancel) {
    char error[256];
    g_api.cancel(cancel, error, sizeof error); /* thread-safe: it touches only the PGcancel */
}

/* Asks the server to cancel the running query; the query then ends with the server's "canceling statement due to
 * user request", as a cancel from elsewhere does. `block`: send it on this thread and wait for it (where the thread
 * blocks anyway: a coroutine unwinding an exit, the request's shutdown); otherwise it is sent from the thread pool,
 * and the waiting call goes on waiting for the server's answer on the connection. Libpq 17's PQcancelStart() and
 * PQcancelPoll() would do it on the loop, but Debian 12 has libpq 15, and the thread pool works with every version. */
void cancel_on_server(PGconn *conn, bool block) {
    PGcancel *cancel = g_api.get_cancel(conn);
    if (cancel == nullptr) {
        return;
    }
    if (!block) {
        auto *work = new CancelWork{{}, cancel};
        work->request.data = work;
        const int error = uv_queue_work(
            study::scheduler::uv_loop(), &work->request,
            [](uv_work_t *request) { send_cancel(static_cast<CancelWork *>(request->data)->cancel); },
            [](uv_work_t *request, int) {
                auto *done = static_cast<CancelWork *>(request->data);
                g_api.free_cancel(done->cancel);
                delete done;
            });
        if (error == 0) {
            return; /* the loop runs the second callback when it is done, or at its reset() at the latest */
        }
        delete work;
    }
    send_cancel(cancel);
    g_api.free_cancel(cancel);
}

/* A cancel request that reaches the server before the query does is ignored; while a canceled query has not ended,
 * the request is sent again this often (seconds). */
constexpr double kCancelAgain = 1.0;

/* How one command's waits go. */
struct QueryWait {
    bool canceled = false; /* PQcancel() was sent */
    bool woken = false;    /* a wait was woken by a cancel of the coroutine (or its destruction) */
    bool block = false;    /* waits block the thread: a coroutine unwinding an exit may not suspend */
};

/* A wait inside a command. A cancel of the coroutine cancels the command on the server and the wait goes on: the
 * server's answer drains the connection, which stays usable. False when the connection has no socket. */
bool wait_in_query(PGconn *conn, bool write, QueryWait *state) {
    const int error = wait_socket(conn, write, state->canceled ? kCancelAgain : -1, state->block);
    if (error == ECANCELED) {
        state->woken = true;
    }
    if ((error == ECANCELED && !state->canceled) || (error == ETIMEDOUT && state->canceled)) {
        state->canceled = true;
        cancel_on_server(conn, state->block);
    }
    return error != EBADF;
}

/* Reads the server's answer until libpq has the next result, or the connection breaks (libpq's PQgetResult() then
 * reports it). */
void read_until_result(PGconn *conn, QueryWait *state) {
    while (g_api.is_busy(conn) && wait_in_query(conn, false, state) && g_api.consume_input(conn)) {
    }
}

/* The next result of the running command, waiting until libpq has it. Sends what libpq holds first when the
 * connection is non-blocking (PQflush() of a blocking one would block). */
PGresult *next_result(PGconn *conn, QueryWait *state) {
    if (g_api.is_nonblocking(conn)) {
        int flushed;
        while ((flushed = g_api.flush(conn)) > 0) {
            g_api.consume_input(conn); /* the server's notices must not fill its buffer while we write */
            if (!wait_in_query(conn, true, state)) {
                break;
            }
        }
    }
    read_until_result(conn, state);
    return g_api.get_result(conn);
}

/* Cancels the running command on the server where the thread blocks anyway (a coroutine unwinding an exit, the
 * request's shutdown): the waits that follow with the returned state block too, and send the cancel again while the
 * server ignores it (it does until it has read the command, which on a loaded machine may take a while). */
QueryWait blocking_cancel(PGconn *conn) {
    QueryWait state;
    state.block = state.canceled = true;
    cancel_on_server(conn, true);
    return state;
}

/* Cancels the running command and blocks until the server's answer is in. The results stay for libpq's
 * PQgetResult(), which then has them without waiting. */
void cancel_and_drain(PGconn *conn) {
    QueryWait state = blocking_cancel(conn);
    read_until_result(conn, &state);
}

/* After a call whose wait was woken by a cancel: a coroutine being destroyed gets its graceful exit now. */
void after_wait(const QueryWait &state) {
    if (state.woken) {
        php_study_wait_end(study::WakeReason::kDone);
    }
}

/* Whether `conn` is ready for a new command, as the asynchronous functions want it: connected, no result pending, not
 * in pipeline mode. Otherwise libpq's synchronous function runs, which fails at once or discards what is pending (its
 * PQexecStart() changes private state to leave a COPY, which this file cannot do). */
bool idle(PGconn *conn) {
    return conn != nullptr && g_api.status(conn) == CONNECTION_OK && g_api.transaction_status(conn) != PQTRANS_ACTIVE &&
           g_api.pipeline_status(conn) == PQ_PIPELINE_OFF;
}

/* One synchronous command as libpq runs it: `send` the PQsend*() call, then every result, the last kept (the loop
 * of PQexecFinish(): it stops at a COPY state and at a lost connection). `blocking` is libpq's own function. */
template <typename Send, typename Blocking>
PGresult *run_command(PGconn *conn, Send send, Blocking blocking) {
    /* A coroutine that unwinds an exit goes on with the extensions' next command (PDO's execute() after a prepare
     * whose wait was woken so), which libpq's blocking function would run to its end, for as long as the query takes.
     * It is sent and canceled on the server at once instead, and the thread blocks (the coroutine may not suspend
     * now) until the server answers, which it does at once: the result is the server's own. */
    const bool unwinding = unwinding_exit() && idle(conn) && g_in_use.count(conn) == 0;
    if (!unwinding && (!may_wait() || !idle(conn))) {
        if (conn != nullptr && g_in_use.count(conn) != 0) {
            claim(conn); /* throws */
            return refused_result();
        }
        return blocking();
    }
    if (!claim(conn)) {
        return refused_result();
    }
    PGresult *last = nullptr;
    QueryWait state;
    /* The connection's mode is left as it is: PQsetnonblocking() clears its error message. In blocking mode libpq
     * writes the command before PQsend*() returns, which takes no time unless it is larger than the socket's buffer
     * (the server reads it meanwhile); a non-blocking connection's rest is flushed in next_result(). */
    if (send()) {
        if (unwinding) {
            state = blocking_cancel(conn);
        }
        while (PGresult *result = next_result(conn, &state)) {
            g_api.clear(last);
            last = result;
            const ExecStatusType status = g_api.result_status(result);
            if (status == PGRES_COPY_IN || status == PGRES_COPY_OUT || status == PGRES_COPY_BOTH ||
                g_api.status(conn) == CONNECTION_BAD) {
                break;
            }
        }
    }
    leave(conn);
    after_wait(state);
    return last;
}

PGresult *hooked_exec(PGconn *conn, const char *query) {
    return run_command(
        conn, [&] { return g_api.send_query(conn, query); }, [&] { return g_api.exec(conn, query); });
}

PGresult *hooked_exec_params(PGconn *conn, const char *command, int count, const Oid *types, const char *const *values,
                             const int *lengths, const int *formats, int result_format) {
    return run_command(
        conn,
        [&] { return g_api.send_query_params(conn, command, count, types, values, lengths, formats, result_format); },
        [&] { return g_api.exec_params(conn, command, count, types, values, lengths, formats, result_format); });
}

PGresult *hooked_prepare(PGconn *conn, const char *name, const char *query, int count, const Oid *types) {
    return run_command(
        conn, [&] { return g_api.send_prepare(conn, name, query, count, types); },
        [&] { return g_api.prepare(conn, name, query, count, types); });
}

PGresult *hooked_exec_prepared(PGconn *conn, const char *name, int count, const char *const *values, const int *lengths,
                               const int *formats, int result_format) {
    return run_command(
        conn, [&] { return g_api.send_query_prepared(conn, name, count, values, lengths, formats, result_format); },
        [&] { return g_api.exec_prepared(conn, name, count, values, lengths, formats, result_format); });
}

PGresult *hooked_describe_prepared(PGconn *conn, const char *name) {
    return run_command(
        conn, [&] { return g_api.send_describe_prepared(conn, name); },
        [&] { return g_api.describe_prepared(conn, name); });
}

PGresult *hooked_describe_portal(PGconn *conn, const char *name) {
    return run_command(
        conn, [&] { return g_api.send_describe_portal(conn, name); },
        [&] { return g_api.describe_portal(conn, name); });
}

/* PQgetResult() after PQsend*() (pg_get_result(), PDO's lazy fetching): waits as a coroutine while libpq would block.
 */
PGresult *hooked_get_result(PGconn *conn) {
    if (conn == nullptr || !may_wait() || !g_api.is_busy(conn)) {
        return g_api.get_result(conn);
    }
    if (!claim(conn)) {
        return nullptr;
    }
    QueryWait state;
    PGresult *result = next_result(conn, &state);
    leave(conn);
    after_wait(state);
    return result;
}

/* libpq's connect_timeout for `conn` in seconds, as connectDBComplete() reads it (at least 2); negative: none. */
double connect_timeout(PGconn *conn) {
    double seconds = -1;
    PQconninfoOption *options = g_api.conninfo(conn);
    for (PQconninfoOption *option = options; option != nullptr && option->keyword != nullptr; option++) {
        if (std::strcmp(option->keyword, "connect_timeout") == 0 && option->val != nullptr) {
            const int value = std::atoi(option->val);
            seconds = value <= 0 ? -1 : (value < 2 ? 2 : value);
        }
    }
    g_api.conninfo_free(options);
    return seconds;
}

/* Drives a connection started with PQconnectStart() or PQresetStart() to its end with `poll` (PQconnectPoll() or
 * PQresetPoll()), waiting as a coroutine for what each step asks. connect_timeout bounds each wait for the server,
 * where libpq's blocking connect bounds the whole attempt: a coroutine's attempt also lasts while other coroutines
 * run (20 connections that each compute a SCRAM proof take 20 times one's CPU time), which must not count against the
 * server. A cancel of the coroutine, or a wait that times out, shuts the socket down, so that libpq fails the attempt
 * with its own error (the connection is BAD). */
void complete_connection(PGconn *conn, PostgresPollingStatusType (*poll)(PGconn *)) {
    const double timeout = connect_timeout(conn);
    PostgresPollingStatusType status = PGRES_POLLING_WRITING; /* what libpq's documentation says to assume first */
    QueryWait state;
    while (status != PGRES_POLLING_OK && status != PGRES_POLLING_FAILED) {
        if (status == PGRES_POLLING_READING || status == PGRES_POLLING_WRITING) {
            const int error = wait_socket(conn, status == PGRES_POLLING_WRITING, timeout);
            if (error == ECANCELED || error == ETIMEDOUT) {
                state.woken = state.woken || error == ECANCELED;
                shutdown(g_api.socket(conn), SHUT_RDWR);
            }
        }
        status = poll(conn);
    }
    after_wait(state);
}

PGconn *hooked_connectdb(const char *conninfo) {
    if (!may_wait()) {
        return g_api.connectdb(conninfo);
    }
    PGconn *conn = g_api.connect_start(conninfo);
    if (conn != nullptr && g_api.status(conn) != CONNECTION_BAD) {
        complete_connection(conn, g_api.connect_poll);
    }
    return conn;
}

void hooked_reset(PGconn *conn) {
    if (conn == nullptr || !may_wait()) {
        g_api.reset(conn);
        return;
    }
    if (!claim(conn)) {
        return;
    }
    if (g_api.reset_start(conn)) {
        complete_connection(conn, g_api.reset_poll);
    }
    leave(conn);
}

void hooked_finish(PGconn *conn) {
    if (conn != nullptr && g_in_use.count(conn) != 0) {
        /* The extension frees what its notice processor writes to (pgsql's link, PDO's handle) after this call,
         * while the waiting command may still receive a NOTICE. */
        g_api.set_notice_processor(conn, ignore_notice, nullptr);
        g_api.set_notice_receiver(conn, ignore_notice_result, nullptr);
        g_deferred_finish.push_back(conn);
        return;
    }
    g_api.finish(conn);
}

/* The redirected functions, in the order of g_hooks' rows. */
struct Redirect {
    const char *symbol;
    void *replacement;
};
const Redirect kRedirects[] = {
    {"PQconnectdb", reinterpret_cast<void *>(&hooked_connectdb)},
    {"PQexec", reinterpret_cast<void *>(&hooked_exec)},
    {"PQexecParams", reinterpret_cast<void *>(&hooked_exec_params)},
    {"PQprepare", reinterpret_cast<void *>(&hooked_prepare)},
    {"PQexecPrepared", reinterpret_cast<void *>(&hooked_exec_prepared)},
    {"PQdescribePrepared", reinterpret_cast<void *>(&hooked_describe_prepared)},
    {"PQdescribePortal", reinterpret_cast<void *>(&hooked_describe_portal)},
    {"PQgetResult", reinterpret_cast<void *>(&hooked_get_result)},
    {"PQreset", reinterpret_cast<void *>(&hooked_reset)},
    {"PQfinish", reinterpret_cast<void *>(&hooked_finish)},
    {"PQerrorMessage", reinterpret_cast<void *>(&hooked_error_message)},
};

/* One extension's hooks: every redirect, limited to that extension's shared object. */
struct Extension {
    zend_long flag;
    const char *object;
    std::vector<std::unique_ptr<study::ImportHook>> hooks;
};
Extension g_extensions[] = {
    {PHP_STUDY_HOOK_PDO_PGSQL, "pdo_pgsql.so", {}},
    {PHP_STUDY_HOOK_PGSQL, "pgsql.so", {}},
};

void set_extension(Extension &extension, bool on) {
    if (!on) {
        for (auto &hook : extension.hooks) {
            hook->uninstall();
        }
        return;
    }
    if (extension.hooks.empty()) {
        for (const Redirect &redirect : kRedirects) {
            extension.hooks.push_back(
                std::make_unique<study::ImportHook>(redirect.symbol, redirect.replacement, extension.object));
        }
    }
    for (auto &hook : extension.hooks) {
        hook->install();
    }
}

}  // namespace

void php_study_pgsql_hook(zend_long flags) {
    const bool any = (flags & (PHP_STUDY_HOOK_PDO_PGSQL | PHP_STUDY_HOOK_PGSQL)) != 0;
    if (any && !find_api()) {
        return; /* libpq is not loaded: there is nothing to hook */
    }
    for (Extension &extension : g_extensions) {
        set_extension(extension, (flags & extension.flag) != 0);
    }
}

void php_study_pgsql_rshutdown(void) {
    if (g_finish_timer != 0) {
        study::scheduler::clear_timer(g_finish_timer);
        g_finish_timer = 0;
    }
    /* A fatal error left these calls without ending them: the extensions' shutdown reads each connection's results
     * (pgsql's close, in libpq's blocking PQgetResult() now), which would last as long as the query does. */
    for (const auto &entry : g_in_use) {
        cancel_and_drain(entry.first);
    }
    g_in_use.clear();
    finish_deferred();
}

void php_study_pgsql_mshutdown(void) {
    for (Extension &extension : g_extensions) {
        extension.hooks.clear(); /* each ImportHook gives its slots back as it is destroyed */
    }
}

#else /* no libpq header at build time: the flags are accepted and do nothing */

void php_study_pgsql_hook(zend_long) {}
void php_study_pgsql_rshutdown(void) {}
void php_study_pgsql_mshutdown(void) {}

#endif

bool php_study_pgsql_built(void) {
#ifdef STUDY_HAVE_LIBPQ
    return true;
#else
    return false;
#endif
}

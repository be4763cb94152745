/* SPDX-License-Identifier: MIT */
/* Coroutine-aware stream transports. PHP's tcp://, udp://, unix:// and udg:// streams block the process in poll()
 * while they wait; these suspend only the running coroutine (in the main script the loop runs meanwhile), and
 * otherwise behave as PHP's: same return values, warnings, timeouts (stream_set_timeout, default_socket_timeout),
 * blocking mode, meta data and context options. The descriptor itself is always non-blocking; blocking mode is
 * emulated. */
#include "php_study_stream.h"
#include "php_study_stream_internal.h"

#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <uv.h>

#include <cerrno>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

extern "C" {
#include "ext/standard/file.h"
#include "php_network.h"
}

#include "php_study_coroutine.h"
#include "php_study_socket.h"
#include "study/coroutine.h"
#include "study/scheduler.h"

using study::Socket;

namespace php_study_stream {

ssize_t stream_write(php_stream *stream, const char *buffer, size_t count);
ssize_t stream_read(php_stream *stream, char *buffer, size_t count);
int stream_close(php_stream *stream, int close_handle);
int stream_flush(php_stream *stream);
int stream_cast(php_stream *stream, int castas, void **ret);
int stream_stat(php_stream *stream, php_stream_statbuf *ssb);
int stream_set_option(php_stream *stream, int option, int value, void *ptrparam);

/* One table per kind, named as PHP's, so stream_get_meta_data() reports the same stream_type. */
const php_stream_ops kTcpOps = {stream_write, stream_read, stream_close, stream_flush,     "tcp_socket",
                                nullptr,      stream_cast, stream_stat,  stream_set_option};
/* Where OpenSSL provides tcp:// (its streams can start TLS), PHP calls them "tcp_socket/ssl"; so do these. */
const php_stream_ops kTcpSslOps = {stream_write, stream_read, stream_close, stream_flush,     "tcp_socket/ssl",
                                   nullptr,      stream_cast, stream_stat,  stream_set_option};
const php_stream_ops kUdpOps = {stream_write, stream_read, stream_close, stream_flush,     "udp_socket",
                                nullptr,      stream_cast, stream_stat,  stream_set_option};
const php_stream_ops kUnixOps = {stream_write, stream_read, stream_close, stream_flush,     "unix_socket",
                                 nullptr,      stream_cast, stream_stat,  stream_set_option};
const php_stream_ops kUdgOps = {stream_write, stream_read, stream_close, stream_flush,     "udg_socket",
                                nullptr,      stream_cast, stream_stat,  stream_set_option};

/* False from the end of the request's coroutines (RSHUTDOWN) until the next request: streams closed then (the
 * resource list, persistent streams) must not wait for calls of coroutines that were abandoned. */
bool g_request_active = false;

Kind kind_of(const php_stream *stream) {
    if (stream->ops == &kUdpOps) {
        return Kind::kUdp;
    }
    if (stream->ops == &kUnixOps) {
        return Kind::kUnix;
    }
    if (stream->ops == &kUdgOps) {
        return Kind::kUdg;
    }
    return Kind::kTcp;
}

bool is_ours(const php_stream *stream) {
    return stream->ops == &kTcpOps || stream->ops == &kTcpSslOps || stream->ops == &kUdpOps ||
           stream->ops == &kUnixOps || stream->ops == &kUdgOps;
}

NetStream *data_of(php_stream *stream) { return static_cast<NetStream *>(stream->abstract); }

zend_long current_id() {
    study::Coroutine *coroutine = study::Coroutine::current();
    return coroutine != nullptr ? static_cast<zend_long>(coroutine->id()) : 0;
}

void free_data(NetStream *data) {
    delete data->socket;
    if (data->name != nullptr) {
        pefree(data->name, data->persistent);
    }
    pefree(data, data->persistent);
}

/* Waits until the descriptor is ready for `events` (POLLIN or POLLOUT) or `timeout` passes: suspends the coroutine
 * where it may, otherwise blocks in poll() as PHP does. False with *error set (ETIMEDOUT, ECANCELED, EBADF). */
void throw_selected_elsewhere(const Socket *socket) {
    zend_throw_error(nullptr,
                     "Socket stream (fd %d) is already being waited on by another coroutine (in stream_select()); a "
                     "stream can be waited on by one coroutine at a time",
                     socket->fd());
}

bool wait_for(NetStream *data, short events, double timeout, int *error) {
    Socket *socket = data->socket;
    if (socket == nullptr || socket->closed()) {
        *error = EBADF;
        return false;
    }
    if (timeout == 0) {
        *error = ETIMEDOUT;
        return false;
    }
    /* Where this context may not suspend, the socket's wait blocks in poll() as PHP's own sockets do (the core's one
     * fallback, see study/socket.h). */
    if (php_study_may_suspend()) {
        free_closed(false);            /* this context is outside the stream code of every other stream now */
        php_study_wait_begin(nullptr); /* in the main script: the loop then also runs at the script's end */
    }
    const bool read = events & POLLIN;
    zend_long &waiter = read ? data->reader : data->writer;
    waiter = current_id();
    const bool ok = read ? socket->wait_readable(timeout) : socket->wait_writable(timeout);
    waiter = -1;
    if (!ok) {
        *error = socket->error();
        if (*error == EBUSY) { /* another coroutine's stream_select() watches it */
            throw_selected_elsewhere(socket);
        }
        if (*error == ECANCELED) {
            php_study_wait_end(study::WakeReason::kDone); /* a coroutine destroyed meanwhile unwinds */
        }
    }
    return ok;
}

/* False, with an Error thrown, when another coroutine already waits on the stream in that direction. */
bool direction_free(NetStream *data, bool read) {
    const zend_long other = read ? data->reader : data->writer;
    if (other < 0 || data->generation != study::scheduler::generation()) {
        return true;
    }
    const char *doing = read ? "read" : "written";
    if (other == 0) {
        zend_throw_error(nullptr,
                         "Socket stream (fd %d) is already being %s by the main script; a stream can be %s by one "
                         "coroutine at a time",
                         data->base.socket, doing, doing);
    } else {
        zend_throw_error(nullptr,
                         "Socket stream (fd %d) is already being %s by coroutine " ZEND_LONG_FMT
                         "; a stream can be %s by one coroutine at a time",
                         data->base.socket, doing, other, doing);
    }
    return false;
}

/* Runs a non-blocking call until it succeeds or fails for real, waiting for `events` between tries when `wait` (the
 * stream's blocking mode, for most calls). Returns what the call returned; -1 with errno set on failure (EAGAIN when
 * it would wait but must not, ETIMEDOUT when the timeout passed). */
template <typename Call>
ssize_t retry(NetStream *data, short events, bool wait, double timeout, Call call) {
    const Deadline deadline(timeout);
    for (;;) {
        const ssize_t n = call();
        if (n >= 0) {
            return n;
        }
        if (errno == EINTR) {
            continue;
        }
        if (errno != EAGAIN && errno != EWOULDBLOCK) {
            return -1;
        }
        if (!wait) {
            errno = EAGAIN;
            return -1;
        }
        int error = 0;
        if (!wait_for(data, events, deadline.remaining(), &error)) {
            errno = error;
            return -1;
        }
    }
}

double stream_timeout(NetStream *data) { return seconds_of(&data->base.timeout); }

ssize_t stream_write(php_stream *stream, const char *buffer, size_t count) {
    NetStream *data = data_of(stream);
    if (data == nullptr || data->socket == nullptr || data->socket->closed()) {
        return 0;
    }
    if (!direction_free(data, false)) {
        return -1;
    }
    Busy busy(stream, data);
    data->base.timeout_event = 0;
    if (data->tls_active) {
        const ssize_t sent = tls_write(stream, data, buffer, count);
        study::Socket::count_sent(sent > 0 ? static_cast<size_t>(sent) : 0);
        return sent;
    }
    const int fd = data->socket->fd();
    const ssize_t written = retry(data, POLLOUT, data->base.is_blocked, stream_timeout(data),
                                  [&] { return ::send(fd, buffer, count, MSG_NOSIGNAL | MSG_DONTWAIT); });
    if (written < 0) {
        int error = errno;
        if (error == EAGAIN) {
            return 0; /* non-blocking mode: nothing taken is not an error */
        }
        if (error == ETIMEDOUT) {
            data->base.timeout_event = 1;
            error = EAGAIN; /* PHP reports the send that would still block */
        }
        if (EG(exception) == nullptr && !(stream->flags & PHP_STREAM_FLAG_SUPPRESS_ERRORS)) {
            php_error_docref(nullptr, E_NOTICE, "Send of " ZEND_LONG_FMT " bytes failed with errno=%d %s",
                             static_cast<zend_long>(count), error, strerror(error));
        }
        return -1;
    }
    if (written > 0) {
        study::Socket::count_sent(static_cast<size_t>(written));
        php_stream_notify_progress_increment(PHP_STREAM_CONTEXT(stream), written, 0);
    }
    return written;
}

ssize_t stream_read(php_stream *stream, char *buffer, size_t count) {
    NetStream *data = data_of(stream);
    if (data == nullptr || data->socket == nullptr || data->socket->closed()) {
        return -1;
    }
    if (!direction_free(data, true)) {
        return -1;
    }
    Busy busy(stream, data);
    data->base.timeout_event = 0;
    if (data->tls_active) {
        const ssize_t received = tls_read(stream, data, buffer, count);
        study::Socket::count_received(received > 0 ? static_cast<size_t>(received) : 0);
        return received;
    }
    const int fd = data->socket->fd();
    /* PHP reads into the stream's buffer. Another coroutine's read that was refused may have moved that buffer
     * (compacted or grown it) while this one waited: then nothing is read into the old place. */
    const char *buffer_start = reinterpret_cast<const char *>(stream->readbuf);
    const zend_off_t buffer_end = stream->writepos;
    const bool into_buffer =
        buffer_start != nullptr && buffer >= buffer_start && buffer < buffer_start + stream->readbuflen;
    const ssize_t n = retry(data, POLLIN, data->base.is_blocked, stream_timeout(data), [&]() -> ssize_t {
        if (into_buffer &&
            (reinterpret_cast<const char *>(stream->readbuf) != buffer_start || stream->writepos != buffer_end)) {
            errno = ESTALE;
            return -1;
        }
        return ::recv(fd, buffer, count, MSG_DONTWAIT);
    });
    if (n < 0) {
        const int error = errno;
        if (error == EAGAIN || error == ESTALE) {
            return 0; /* non-blocking mode: no data yet; or the buffer moved: PHP asks again */
        }
        if (error == EBUSY) {
            return -1; /* the Error is thrown */
        }
        if (error == ETIMEDOUT) {
            data->base.timeout_event = 1;
            return -1; /* fread() gives false, as on PHP's own sockets */
        }
        if (error != ECANCELED) {
            stream->eof = 1;
        }
        return -1;
    }
    if (n == 0) {
        stream->eof = 1;
    } else {
        study::Socket::count_received(static_cast<size_t>(n));
        php_stream_notify_progress_increment(PHP_STREAM_CONTEXT(stream), n, 0);
    }
    return n;
}

int stream_close(php_stream *stream, int close_handle) {
    (void)close_handle; /* the descriptor belongs to the Socket: it is always closed with it */
    NetStream *data = data_of(stream);
    if (data == nullptr) {
        return 0;
    }
    /* PHP frees a stream only while no call is inside it (calls hold it, see enter()), so none returns into it. */
    stream->abstract = nullptr;
    tls_close(data);
    free_data(data);
    return 0;
}

int stream_flush(php_stream *) { return 0; }

/* A descriptor handed out by a cast (proc_open() giving it to a child, socket_import_stream()) is used by code that
 * expects PHP's: blocking in blocking mode. From then on its O_NONBLOCK follows the stream's mode, as on PHP's own
 * sockets; this transport's calls pass MSG_DONTWAIT and do not depend on it. A listening socket stays non-blocking
 * (accept4() has no such flag). */
void give_descriptor(NetStream *data) {
    int listening = 0;
    socklen_t length = sizeof(listening);
    const int fd = data->socket->fd();
    if (getsockopt(fd, SOL_SOCKET, SO_ACCEPTCONN, &listening, &length) == 0 && listening) {
        return;
    }
    data->fd_given = true;
    php_set_sock_blocking(fd, data->base.is_blocked);
}

int stream_cast(php_stream *stream, int castas, void **ret) {
    NetStream *data = data_of(stream);
    if (data == nullptr || data->socket == nullptr) {
        return FAILURE;
    }
    switch (castas) {
        case PHP_STREAM_AS_FD_FOR_SELECT:
            if (ret != nullptr) {
                tls_fill_pending(stream, data);
                *reinterpret_cast<php_socket_t *>(ret) = data->socket->fd();
            }
            return SUCCESS;
        case PHP_STREAM_AS_FD:
        case PHP_STREAM_AS_SOCKETD:
            if (data->tls_active) {
                return FAILURE; /* as OpenSSL's streams: the descriptor alone would bypass TLS */
            }
            if (ret != nullptr) {
                give_descriptor(data);
                *reinterpret_cast<php_socket_t *>(ret) = data->socket->fd();
            }
            return SUCCESS;
        default:
            return FAILURE; /* a FILE* would not know the descriptor is non-blocking */
    }
}

int stream_stat(php_stream *stream, php_stream_statbuf *ssb) {
    NetStream *data = data_of(stream);
    if (data == nullptr || data->socket == nullptr) {
        return -1;
    }
    return zend_fstat(data->socket->fd(), &ssb->sb);
}

NetStream *new_data(bool persistent) {
    auto *data = static_cast<NetStream *>(pemalloc(sizeof(NetStream), persistent));
    memset(data, 0, sizeof(*data));
    data->base.is_blocked = 1;
    data->base.timeout.tv_sec = FG(default_socket_timeout);
    data->base.socket = -1;
    data->persistent = persistent;
    data->reader = -1;
    data->writer = -1;
    data->generation = study::scheduler::generation();
    return data;
}

int do_accept(php_stream *stream, NetStream *data, php_stream_xport_param *xparam STREAMS_DC) {
    xparam->outputs.client = nullptr;
    if (data->socket == nullptr) {
        fail_with(xparam, EBADF);
        return -1;
    }
    if (!direction_free(data, true)) {
        return -1;
    }
    Busy busy(stream, data);
    const int fd = data->socket->fd();
    sockaddr_storage peer;
    socklen_t peer_length = sizeof(peer);
    const ssize_t client = retry(data, POLLIN, true, seconds_of(xparam->inputs.timeout), [&] {
        peer_length = sizeof(peer);
        return static_cast<ssize_t>(
            ::accept4(fd, reinterpret_cast<sockaddr *>(&peer), &peer_length, SOCK_NONBLOCK | SOCK_CLOEXEC));
    });
    if (client < 0) {
        fail_with(xparam, errno == EAGAIN ? ETIMEDOUT : errno);
        return -1;
    }
    Socket *socket = Socket::adopt(static_cast<int>(client), data->domain, data->type);
    if (kind_of(stream) == Kind::kTcp && flag_option(stream, "tcp_nodelay")) {
        socket->set_option(IPPROTO_TCP, TCP_NODELAY, 1);
    }
    if (xparam->want_textaddr || xparam->want_addr) {
        php_network_populate_name_from_sockaddr(reinterpret_cast<sockaddr *>(&peer), peer_length,
                                                xparam->want_textaddr ? &xparam->outputs.textaddr : nullptr,
                                                xparam->want_addr ? &xparam->outputs.addr : nullptr,
                                                xparam->want_addr ? &xparam->outputs.addrlen : nullptr);
    }
    NetStream *accepted = new_data(false);
    accepted->base.is_blocked = data->base.is_blocked;
    accepted->base.timeout = data->base.timeout;
    accepted->socket = socket;
    accepted->base.socket = socket->fd();
    accepted->domain = data->domain;
    accepted->type = data->type;
    xparam->outputs.client = php_stream_alloc_rel(stream->ops, accepted, nullptr, "r+");
    if (xparam->outputs.client == nullptr) {
        free_data(accepted);
        return -1;
    }
    xparam->outputs.client->ctx = stream->ctx;
    if (stream->ctx != nullptr) {
        GC_ADDREF(stream->ctx);
    }
    /* ssl://, tls:// servers: the handshake, as the server side of the transport's method, as PHP's OpenSSL does. */
    if (data->tls_method != 0 && !tls_start(xparam->outputs.client, accepted, data->tls_method & ~zend_long{1})) {
        php_stream_close(xparam->outputs.client);
        xparam->outputs.client = nullptr;
        return -1;
    }
    return 0;
}

int do_recv(php_stream *stream, NetStream *data, php_stream_xport_param *xparam) {
    int flags = MSG_DONTWAIT;
    if ((xparam->inputs.flags & STREAM_OOB) == STREAM_OOB) {
        flags |= MSG_OOB;
    }
    if ((xparam->inputs.flags & STREAM_PEEK) == STREAM_PEEK) {
        flags |= MSG_PEEK;
    }
    if (!direction_free(data, true)) {
        return -1;
    }
    Busy busy(stream, data);
    const int fd = data->socket->fd();
    sockaddr_storage from;
    socklen_t from_length = sizeof(from);
    const bool want = xparam->want_textaddr || xparam->want_addr;
    /* PHP's recvfrom on a blocking stream waits without a limit (the stream's timeout does not apply). */
    const ssize_t n = retry(data, POLLIN, data->base.is_blocked, -1, [&] {
        from_length = sizeof(from);
        return ::recvfrom(fd, xparam->inputs.buf, xparam->inputs.buflen, flags,
                          want ? reinterpret_cast<sockaddr *>(&from) : nullptr, want ? &from_length : nullptr);
    });
    if (n > 0 && (flags & MSG_PEEK) == 0) {
        study::Socket::count_received(static_cast<size_t>(n));
    }
    if (n >= 0 && want) {
        if (from_length > 0) {
            php_network_populate_name_from_sockaddr(reinterpret_cast<sockaddr *>(&from), from_length,
                                                    xparam->want_textaddr ? &xparam->outputs.textaddr : nullptr,
                                                    xparam->want_addr ? &xparam->outputs.addr : nullptr,
                                                    xparam->want_addr ? &xparam->outputs.addrlen : nullptr);
        } else {
            if (xparam->want_textaddr) {
                xparam->outputs.textaddr = ZSTR_EMPTY_ALLOC();
            }
            if (xparam->want_addr) {
                xparam->outputs.addr = nullptr;
                xparam->outputs.addrlen = 0;
            }
        }
    }
    return static_cast<int>(n);
}

int do_send(php_stream *stream, NetStream *data, php_stream_xport_param *xparam) {
    const int flags = ((xparam->inputs.flags & STREAM_OOB) == STREAM_OOB ? MSG_OOB : 0) | MSG_NOSIGNAL | MSG_DONTWAIT;
    if (!direction_free(data, false)) {
        return -1;
    }
    Busy busy(stream, data);
    const int fd = data->socket->fd();
    /* Like PHP's recvfrom, a blocking sendto waits without a limit. */
    const ssize_t n = retry(data, POLLOUT, data->base.is_blocked, -1, [&] {
        return xparam->inputs.addr != nullptr ? ::sendto(fd, xparam->inputs.buf, xparam->inputs.buflen, flags,
                                                         xparam->inputs.addr, xparam->inputs.addrlen)
                                              : ::send(fd, xparam->inputs.buf, xparam->inputs.buflen, flags);
    });
    if (n > 0) {
        study::Socket::count_sent(static_cast<size_t>(n));
    }
    if (n < 0 && EG(exception) == nullptr) {
        php_error_docref(nullptr, E_WARNING, "%s\n", strerror(errno));
    }
    return static_cast<int>(n);
}

/* PHP_STREAM_OPTION_CHECK_LIVENESS: alive unless the peer closed or the socket failed, looking for up to `value`
 * seconds (-1: the stream's timeout). */
int check_liveness(php_stream *stream, NetStream *data, int value) {
    if (data->socket == nullptr || data->socket->closed()) {
        return PHP_STREAM_OPTION_RETURN_ERR;
    }
    double timeout = value;
    if (value == -1) {
        timeout = data->base.timeout.tv_sec == -1 ? static_cast<double>(FG(default_socket_timeout))
                                                  : seconds_of(&data->base.timeout);
    }
    const int fd = data->socket->fd();
    pollfd probe = {fd, POLLIN | POLLPRI, 0};
    bool readable = poll(&probe, 1, 0) > 0;
    if (!readable && timeout > 0 && data->reader < 0) {
        Busy busy(stream, data);
        int error = 0;
        readable = wait_for(data, POLLIN, timeout, &error);
    }
    if (readable && data->socket != nullptr && !data->socket->closed()) {
        char byte;
        const ssize_t n = ::recv(fd, &byte, 1, MSG_PEEK | MSG_DONTWAIT);
        if (n == 0 || (n < 0 && errno != EWOULDBLOCK && errno != EAGAIN && errno != EMSGSIZE)) {
            return PHP_STREAM_OPTION_RETURN_ERR;
        }
    }
    return PHP_STREAM_OPTION_RETURN_OK;
}

int xport(php_stream *stream, NetStream *data, php_stream_xport_param *xparam) {
    switch (xparam->op) {
        case php_stream_xport_param::STREAM_XPORT_OP_CONNECT:
        case php_stream_xport_param::STREAM_XPORT_OP_CONNECT_ASYNC: {
            Busy busy(stream, data);
            xparam->outputs.returncode = do_connect(stream, data, xparam);
            /* ssl://, tls://: the handshake follows the connect (also one under way), as PHP's OpenSSL does it. */
            const int returncode = xparam->outputs.returncode;
            if (data->tls_method != 0 &&
                (returncode == 0 || (returncode == 1 && xparam->outputs.error_code == EINPROGRESS)) &&
                !tls_start(stream, data, data->tls_method)) {
                xparam->outputs.returncode = -1;
            }
            return PHP_STREAM_OPTION_RETURN_OK;
        }
        case php_stream_xport_param::STREAM_XPORT_OP_BIND: {
            Busy busy(stream, data);
            xparam->outputs.returncode = do_bind(stream, data, xparam);
            return PHP_STREAM_OPTION_RETURN_OK;
        }
        case php_stream_xport_param::STREAM_XPORT_OP_ACCEPT:
            xparam->outputs.returncode = do_accept(stream, data, xparam STREAMS_CC);
            return PHP_STREAM_OPTION_RETURN_OK;
        default:
            break;
    }
    if (data->socket == nullptr) {
        xparam->outputs.returncode = -1;
        return PHP_STREAM_OPTION_RETURN_OK;
    }
    const int fd = data->socket->fd();
    switch (xparam->op) {
        case php_stream_xport_param::STREAM_XPORT_OP_LISTEN:
            xparam->outputs.returncode = data->socket->listen(xparam->inputs.backlog) ? 0 : -1;
            if (xparam->outputs.returncode != 0) {
                fail_with(xparam, data->socket->error());
            }
            return PHP_STREAM_OPTION_RETURN_OK;
        case php_stream_xport_param::STREAM_XPORT_OP_GET_NAME:
            xparam->outputs.returncode =
                php_network_get_sock_name(fd, xparam->want_textaddr ? &xparam->outputs.textaddr : nullptr,
                                          xparam->want_addr ? &xparam->outputs.addr : nullptr,
                                          xparam->want_addr ? &xparam->outputs.addrlen : nullptr);
            return PHP_STREAM_OPTION_RETURN_OK;
        case php_stream_xport_param::STREAM_XPORT_OP_GET_PEER_NAME:
            xparam->outputs.returncode =
                php_network_get_peer_name(fd, xparam->want_textaddr ? &xparam->outputs.textaddr : nullptr,
                                          xparam->want_addr ? &xparam->outputs.addr : nullptr,
                                          xparam->want_addr ? &xparam->outputs.addrlen : nullptr);
            return PHP_STREAM_OPTION_RETURN_OK;
        case php_stream_xport_param::STREAM_XPORT_OP_SEND:
            xparam->outputs.returncode = do_send(stream, data, xparam);
            return PHP_STREAM_OPTION_RETURN_OK;
        case php_stream_xport_param::STREAM_XPORT_OP_RECV:
            xparam->outputs.returncode = do_recv(stream, data, xparam);
            return PHP_STREAM_OPTION_RETURN_OK;
        case php_stream_xport_param::STREAM_XPORT_OP_SHUTDOWN: {
            static const int kHow[] = {SHUT_RD, SHUT_WR, SHUT_RDWR};
            xparam->outputs.returncode = data->socket->shutdown(kHow[xparam->how]) ? 0 : -1;
            return PHP_STREAM_OPTION_RETURN_OK;
        }
        default:
            return PHP_STREAM_OPTION_RETURN_NOTIMPL;
    }
}

int stream_set_option(php_stream *stream, int option, int value, void *ptrparam) {
    NetStream *data = data_of(stream);
    if (data == nullptr) {
        return PHP_STREAM_OPTION_RETURN_NOTIMPL;
    }
    switch (option) {
        case PHP_STREAM_OPTION_CHECK_LIVENESS:
            return data->tls_active ? tls_check_liveness(stream, data, value) : check_liveness(stream, data, value);
        case PHP_STREAM_OPTION_BLOCKING: {
            /* The descriptor stays non-blocking; blocking mode means "wait" in the calls above. */
            const int old = data->base.is_blocked;
            data->base.is_blocked = value != 0;
            if (data->fd_given && data->socket != nullptr && !data->socket->closed()) {
                php_set_sock_blocking(data->socket->fd(), data->base.is_blocked);
            }
            return old;
        }
        case PHP_STREAM_OPTION_READ_TIMEOUT:
            data->base.timeout = *static_cast<timeval *>(ptrparam);
            data->base.timeout_event = 0;
            return PHP_STREAM_OPTION_RETURN_OK;
        case PHP_STREAM_OPTION_META_DATA_API:
            tls_meta_data(stream, data, static_cast<zval *>(ptrparam));
            add_assoc_bool(static_cast<zval *>(ptrparam), "timed_out", data->base.timeout_event);
            add_assoc_bool(static_cast<zval *>(ptrparam), "blocked", data->base.is_blocked);
            add_assoc_bool(static_cast<zval *>(ptrparam), "eof", stream->eof);
            return PHP_STREAM_OPTION_RETURN_OK;
        case PHP_STREAM_OPTION_XPORT_API:
            return xport(stream, data, static_cast<php_stream_xport_param *>(ptrparam));
        case PHP_STREAM_OPTION_CRYPTO_API:
            return tls_option(stream, data, static_cast<php_stream_xport_crypto_param *>(ptrparam));
        default:
            return PHP_STREAM_OPTION_RETURN_NOTIMPL;
    }
}

php_stream *factory(const char *proto, size_t protolen, const char *resourcename, size_t resourcenamelen,
                    const char *persistent_id, int, int, struct timeval *timeout,
                    php_stream_context *context STREAMS_DC) {
    const php_stream_ops *ops;
    int type = SOCK_STREAM;
    const std::string name(proto, protolen);
    if (name == "udp") {
        ops = &kUdpOps;
        type = SOCK_DGRAM;
    } else if (name == "unix") {
        ops = &kUnixOps;
    } else if (name == "udg") {
        ops = &kUdgOps;
        type = SOCK_DGRAM;
    } else {
        ops = tls_available() ? &kTcpSslOps : &kTcpOps;
    }
    NetStream *data = new_data(persistent_id != nullptr);
    data->type = type;
    if (timeout != nullptr) {
        data->connect_timeout = *timeout;
    }
    if (ops == &kTcpSslOps) {
        data->tls_method = tls_method_of(proto, protolen, context);
    }
    if (resourcename != nullptr && resourcenamelen > 0) {
        data->name = pestrndup(resourcename, resourcenamelen, data->persistent);
    }
    php_stream *stream = php_stream_alloc_rel(ops, data, persistent_id, "r+");
    if (stream == nullptr) {
        free_data(data);
    }
    return stream;
}

struct Transport {
    const char *name;
    zend_long bit;
    php_stream_transport_factory original; /* PHP's, saved at the first hook */
};

/* tcp comes first: its factory (OpenSSL's, where PHP has OpenSSL) makes the streams that do TLS for all of them. */
Transport g_transports[] = {
    {"tcp", PHP_STUDY_TRANSPORT_TCP, nullptr},     {"udp", PHP_STUDY_TRANSPORT_UDP, nullptr},
    {"unix", PHP_STUDY_TRANSPORT_UNIX, nullptr},   {"udg", PHP_STUDY_TRANSPORT_UDG, nullptr},
    {"ssl", PHP_STUDY_TRANSPORT_SSL, nullptr},     {"tls", PHP_STUDY_TRANSPORT_TLS, nullptr},
    {"tlsv1.0", PHP_STUDY_TRANSPORT_TLS, nullptr}, {"tlsv1.1", PHP_STUDY_TRANSPORT_TLS, nullptr},
    {"tlsv1.2", PHP_STUDY_TRANSPORT_TLS, nullptr}, {"tlsv1.3", PHP_STUDY_TRANSPORT_TLS, nullptr},
};

php_stream_transport_factory original_tcp_factory() { return g_transports[0].original; }

}  // namespace php_study_stream

using namespace php_study_stream;

void php_study_stream_hook(zend_long transports) {
    HashTable *table = php_stream_xport_get_hash();
    for (Transport &transport : g_transports) {
        auto current = reinterpret_cast<php_stream_transport_factory>(
            zend_hash_str_find_ptr(table, transport.name, strlen(transport.name)));
        if (current != nullptr && current != factory && transport.original == nullptr) {
            transport.original = current;
        }
        const bool tls = (transport.bit & (PHP_STUDY_TRANSPORT_SSL | PHP_STUDY_TRANSPORT_TLS)) != 0;
        if (tls && (transport.original == nullptr || !tls_available())) {
            continue; /* a TLS transport this PHP does not have, or one without OpenSSL's tcp to do the work */
        }
        if (transports & transport.bit) {
            if (current != factory) {
                php_stream_xport_register(transport.name, factory);
            }
        } else if (current == factory && transport.original != nullptr) {
            php_stream_xport_register(transport.name, transport.original);
        }
    }
}

Socket *php_study_stream_socket(php_stream *stream) {
    if (!is_ours(stream)) {
        return nullptr;
    }
    NetStream *data = data_of(stream);
    return data != nullptr && data->socket != nullptr && !data->socket->closed() ? data->socket : nullptr;
}

void php_study_stream_request(bool active) {
    g_request_active = active;
    if (!active) {
        release_all();
    }
}

void php_study_stream_pin(php_stream *stream) { enter(stream, data_of(stream)); }

void php_study_stream_unpin(php_stream *stream) { leave(stream, data_of(stream)); }

/* SPDX-License-Identifier: MIT */
/* TLS on the coroutine-aware tcp streams: ssl://, tls://, tlsv1.x:// and stream_socket_enable_crypto() (STARTTLS,
 * mysqlnd's TLS, the https:// wrapper).
 *
 * The TLS work is PHP's own: a stream of PHP's OpenSSL tcp transport, made by its factory, shares the descriptor and
 * does setup, handshake, reads, writes, meta data and close, so every `ssl` context option keeps PHP's meaning and
 * warning texts. That inner stream is kept non-blocking: where OpenSSL would wait, its operation reports it (a
 * handshake step returns 0, a read or write returns 0 with errno EAGAIN and no EOF), and the hooked stream waits on
 * the descriptor's readiness as a coroutine (or, where the context may not suspend, in poll() as PHP does), with its
 * own timeout and blocking mode, then calls again.
 *
 * The inner stream is private: it is in no resource list (nothing but this file reaches it), borrows the hooked
 * stream's context for each call (options, captured certificates), and is freed by tls_close(). The one layout it
 * relies on, as PHP's own code outside ext/openssl does, is that OpenSSL's stream data starts with
 * php_netstream_data_t (its descriptor, blocking flag and timeout). */
#include <poll.h>
#include <sys/ioctl.h>
#include <sys/socket.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <type_traits>

#include "php_study_coroutine.h"
#include "php_study_stream.h"
#include "php_study_stream_internal.h"
#include "study/scheduler.h"

extern "C" {
#include "ext/standard/file.h"
}

namespace php_study_stream {

namespace {

/* The client bit of PHP's crypto methods (STREAM_CRYPTO_METHOD_*_CLIENT have it, the _SERVER ones not). */
constexpr zend_long kCryptoClient = 1;

/* PHP takes any integer as a crypto method (a C enum holds any int: `-1` reaches OpenSSL's code and fails there). C++
 * may neither make nor load an enum value outside the enumerators' range (UBSan reported both for `-1` and 65535,
 * found by the PHP-level fuzzer), so the field is written and read as the integer it holds. */
using CryptoMethodBits = std::underlying_type_t<php_stream_xport_crypt_method_t>;

CryptoMethodBits crypto_method_of(const php_stream_xport_crypto_param &param) {
    CryptoMethodBits bits;
    memcpy(&bits, &param.inputs.method, sizeof(bits));
    return bits;
}

void set_crypto_method(php_stream_xport_crypto_param *param, zend_long method) {
    const auto bits = static_cast<CryptoMethodBits>(method); /* PHP's own cast keeps the same low bits */
    memcpy(&param->inputs.method, &bits, sizeof(bits));
}

/* How long two waits that need the same direction of a descriptor wait for each other (see wait_tls()). */
constexpr double kSharedWaitPause = 0.001;

php_netstream_data_t *base_of(php_stream *inner) { return static_cast<php_netstream_data_t *>(inner->abstract); }

/* The hooked stream's context, lent to the inner stream for the duration of one call: OpenSSL's code reads the
 * options there and stores captured certificates there. It is never kept: the context may go before the inner stream
 * (at the end of a request, for a persistent stream). */
class Borrow {
public:
    Borrow(php_stream *outer, php_stream *inner) : inner_(inner) { inner_->ctx = outer->ctx; }
    ~Borrow() { inner_->ctx = nullptr; }
    Borrow(const Borrow &) = delete;
    Borrow &operator=(const Borrow &) = delete;

private:
    php_stream *inner_;
};

/* A timeout as OpenSSL's stream code applies it: only a positive one limits (0 and -1 mean no limit). */
double tls_seconds(const timeval &tv) {
    return tv.tv_sec > 0 || (tv.tv_sec == 0 && tv.tv_usec > 0) ? seconds_of(&tv) : -1;
}

/* Takes the inner stream out of the resource lists php_stream_alloc() put it in, without running their destructor:
 * it must be freed only with the hooked stream (PHP's end-of-request and shutdown walks would free it on their own). */
void make_private(php_stream *inner, const char *persistent_id) {
    zend_resource *resource = inner->res;
    inner->res = nullptr;
    if (resource != nullptr) {
        resource->type = -1; /* the list's destructor then only frees the entry */
        resource->ptr = nullptr;
        zend_list_delete(resource);
    }
    if (persistent_id != nullptr) {
        zval *entry = zend_hash_str_find(&EG(persistent_list), persistent_id, strlen(persistent_id));
        if (entry != nullptr) {
            Z_RES_P(entry)->type = -1;
            Z_RES_P(entry)->ptr = nullptr;
            zend_hash_str_del(&EG(persistent_list), persistent_id, strlen(persistent_id));
        }
    }
}

/* Makes the inner stream: PHP's OpenSSL tcp transport, given the address the stream was opened with (OpenSSL takes
 * the peer name for verification and SNI from it, as on its own streams) and the same connect timeout. */
bool make_inner(php_stream *stream, NetStream *data) {
    php_stream_transport_factory original = original_tcp_factory();
    char id[64];
    const char *persistent_id = nullptr;
    if (data->persistent) {
        snprintf(id, sizeof(id), "study-tls-inner:%p", static_cast<void *>(data));
        persistent_id = id;
    }
    timeval timeout = data->connect_timeout;
    const char *name = data->name != nullptr ? data->name : "";
    php_stream *inner = original("tcp", 3, name, strlen(name), persistent_id, 0, 0, &timeout,
                                 PHP_STREAM_CONTEXT(stream) ZEND_FILE_LINE_CC ZEND_FILE_LINE_EMPTY_CC);
    if (inner == nullptr) {
        return false;
    }
    make_private(inner, persistent_id);
    php_netstream_data_t *base = base_of(inner);
    base->socket = data->socket->fd();
    base->is_blocked = 0; /* never waits itself: see the file comment */
    base->timeout = data->base.timeout;
    data->tls = inner;
    return true;
}

/* Whether the descriptor has room to send now. */
bool writable_now(int fd) {
    pollfd probe = {fd, POLLOUT, 0};
    return poll(&probe, 1, 0) > 0 && (probe.revents & POLLOUT) != 0;
}

/* What a read or handshake step that would block waits for. OpenSSL does not tell through PHP's stream which
 * direction it needs: to read, and also to write while the send buffer is full (a renegotiation, a key update, a
 * handshake message bigger than the buffer). */
short read_wants(const NetStream *data) {
    const bool closed = data->socket == nullptr || data->socket->closed(); /* wait_tls() then fails with EBADF */
    return closed || writable_now(data->socket->fd()) ? POLLIN : POLLIN | POLLOUT;
}

/* How many times in a row a write that would block is tried again at once because the descriptor has room by the time
 * it is probed (see tls_write()). */
constexpr int kWriteRetries = 4;

/* Waits until the descriptor is ready for `events` (POLLIN, POLLOUT or both) or `deadline` passes, as wait_for() does
 * (suspending where it may, else poll()). The reading or writing coroutine is recorded as wait_for() records it. The
 * second direction of a read can be the one another coroutine's write waits on (or the reverse): then the one
 * direction is waited on alone. Where that is taken as well by this stream's other TLS wait (a writer behind a read
 * that also waits for room; a write that must read during a renegotiation while a reader waits), this wait polls in
 * 1 ms pauses until the other has woken: both wait for the same readiness, so the pauses last no longer than the wait
 * itself would. Where another coroutine's stream_select() holds it, which may last until that select's timeout, the
 * wait fails at once with the Error plain streams throw then. False with *error set (ETIMEDOUT, ECANCELED, EBADF,
 * EBUSY with an Error thrown). */
bool wait_tls(NetStream *data, bool reading, short events, const Deadline &deadline, int *error) {
    study::Socket *socket = data->socket;
    if (socket == nullptr || socket->closed()) {
        *error = EBADF;
        return false;
    }
    if (php_study_may_suspend()) {
        free_closed(false);
        php_study_wait_begin(nullptr);
    }
    zend_long &waiter = reading ? data->reader : data->writer;
    waiter = current_id();
    bool ok = false;
    study::WakeReason ended = study::WakeReason::kDone; /* what ends a canceled wait (php_study_wait_end()) */
    for (;;) {
        const study::Socket::Interest interest = {socket, (events & POLLIN) != 0, (events & POLLOUT) != 0};
        const double remaining = deadline.remaining();
        if (remaining == 0) {
            *error = ETIMEDOUT;
            break;
        }
        ok = study::Socket::wait_any(&interest, 1, remaining, error);
        if (ok || *error != EBUSY) {
            break;
        }
        if (events == (POLLIN | POLLOUT)) {
            events = reading ? POLLIN : POLLOUT;
            continue;
        }
        if ((reading ? data->writer : data->reader) < 0) {
            throw_selected_elsewhere(socket); /* no TLS wait of this stream holds it: a stream_select() does */
            break;
        }
        const study::WakeReason reason = study::scheduler::sleep(
            remaining < 0 ? kSharedWaitPause : std::min(kSharedWaitPause, remaining), study::WaitKind::kPoll);
        if (reason != study::WakeReason::kTimeout && reason != study::WakeReason::kDone) {
            *error = ECANCELED;
            ended = reason == study::WakeReason::kCanceled ? study::WakeReason::kDone : reason;
            break;
        }
    }
    waiter = -1;
    if (ok && socket->closed()) {
        *error = EBADF;
        ok = false;
    }
    if (!ok && *error == ECANCELED) {
        php_study_wait_end(ended); /* a coroutine destroyed meanwhile unwinds */
    }
    return ok;
}

/* Calls one crypto operation of the inner stream, with errno as PHP's own loop leaves it for that call (see
 * tls_enable()). */
int inner_crypto(php_stream *stream, php_stream *inner, php_stream_xport_crypto_param *cparam, int error_before) {
    Borrow borrow(stream, inner);
    errno = error_before;
    if (inner->ops->set_option(inner, PHP_STREAM_OPTION_CRYPTO_API, 0, cparam) != PHP_STREAM_OPTION_RETURN_OK) {
        return -1;
    }
    return cparam->outputs.returncode;
}

int tls_setup(php_stream *stream, NetStream *data, php_stream_xport_crypto_param *cparam) {
    if (data->tls == nullptr && !make_inner(stream, data)) {
        return -1;
    }
    php_stream *inner = data->tls;
    php_stream_xport_crypto_param param = *cparam;
    /* A session to resume from a hooked stream is its inner stream's (OpenSSL checks that it is one of its own). */
    if (php_stream *session = param.inputs.session; session != nullptr && is_ours(session)) {
        NetStream *other = data_of(session);
        if (other != nullptr && other->tls != nullptr) {
            param.inputs.session = other->tls;
        }
    }
    /* OpenSSL warns of a second setup on a blocking stream only ("SSL/TLS already set-up for this stream"). */
    base_of(inner)->is_blocked = data->base.is_blocked;
    const int result = inner_crypto(stream, inner, &param, 0);
    base_of(inner)->is_blocked = 0;
    if (!data->tls_setup) {
        data->tls_client = (crypto_method_of(*cparam) & kCryptoClient) != 0;
        data->tls_setup = result == 0;
    }
    return result;
}

/* Whether the peer has ended the stream (FIN) with nothing left to read, seen without reading: an error (a reset)
 * stays pending for the next handshake step, which reports it as PHP's own step would (a peek would take it). */
bool peer_closed(int fd) {
    pollfd poller{fd, POLLIN | POLLRDHUP, 0};
    int unread = 0;
    return poll(&poller, 1, 0) == 1 && (poller.revents & (POLLRDHUP | POLLHUP)) != 0 &&
           (poller.revents & POLLERR) == 0 && ioctl(fd, FIONREAD, &unread) == 0 && unread == 0;
}

/* The handshake (or, with `activate` off, its end), waiting between steps where the stream is blocking, up to the
 * limit OpenSSL's streams give it: the connect timeout for a client, the stream's timeout for a server.
 *
 * PHP's own blocking handshake decides "would block" by errno, which its previous step left at EAGAIN: a step that
 * ends otherwise without setting errno (the peer closing in the middle of the handshake) returns 0, not -1, and
 * PHP's stream_socket_enable_crypto() returns 0 and its ssl:// connect succeeds on a stream at EOF. Each step after
 * the first starts with errno EAGAIN here too, so the results are PHP's; a 0 from a step that began with the peer gone
 * is that end, not a step to wait for again. Whether the peer was gone is looked at before the step: after it, an end
 * that came meanwhile would turn a real "would block" into that 0, where PHP's loop waits, reads the end in one more
 * step and fails (a client whose peer closed right after the ClientHello "connected" now and then). */
int tls_enable(php_stream *stream, NetStream *data, php_stream_xport_crypto_param *cparam) {
    if (data->tls == nullptr || !data->tls_setup) {
        return -1; /* nothing set up: OpenSSL's stream has no handle to work with */
    }
    if (!cparam->inputs.activate) {
        const int result = inner_crypto(stream, data->tls, cparam, 0);
        data->tls_active = false;
        return result;
    }
    const Deadline deadline(tls_seconds(data->tls_client ? data->connect_timeout : data->base.timeout));
    for (int error_before = 0;; error_before = EAGAIN) {
        php_stream *inner = data->tls;
        if (inner == nullptr || data->socket == nullptr || data->socket->closed()) {
            return -1; /* closed while this waited */
        }
        php_stream_xport_crypto_param param = *cparam;
        const bool ended_before = peer_closed(data->socket->fd());
        const int result = inner_crypto(stream, inner, &param, error_before);
        if (result == 1) {
            data->tls_active = true;
        }
        if (result != 0 || !data->base.is_blocked || inner->eof || ended_before) {
            return result; /* done, failed (OpenSSL warned), a non-blocking step, or PHP's 0 at EOF */
        }
        int error = 0;
        if (!wait_tls(data, true, read_wants(data), deadline, &error)) {
            if (error == ETIMEDOUT) {
                php_error_docref(nullptr, E_WARNING, "SSL: Handshake timed out");
            }
            return -1;
        }
    }
}

}  // namespace

bool tls_available() {
    php_stream_transport_factory original = original_tcp_factory();
    return original != nullptr && original != php_stream_generic_socket_factory;
}

zend_long tls_method_of(const char *proto, size_t length, php_stream_context *context) {
    static const struct {
        const char *name;
        zend_long method;
        bool by_context; /* the crypto_method context option replaces it */
    } kTransports[] = {
        {"ssl", STREAM_CRYPTO_METHOD_TLS_ANY_CLIENT, true},
        {"tls", STREAM_CRYPTO_METHOD_TLS_ANY_CLIENT, true},
        {"tlsv1.0", STREAM_CRYPTO_METHOD_TLSv1_0_CLIENT, false},
        {"tlsv1.1", STREAM_CRYPTO_METHOD_TLSv1_1_CLIENT, false},
        {"tlsv1.2", STREAM_CRYPTO_METHOD_TLSv1_2_CLIENT, false},
        {"tlsv1.3", STREAM_CRYPTO_METHOD_TLSv1_3_CLIENT, false},
    };
    for (const auto &transport : kTransports) {
        if (strlen(transport.name) != length || strncmp(proto, transport.name, length) != 0) {
            continue;
        }
        zval *option = context != nullptr && transport.by_context
                           ? php_stream_context_get_option(context, "ssl", "crypto_method")
                           : nullptr;
        return option != nullptr ? (zval_get_long(option) | kCryptoClient) : transport.method;
    }
    return 0;
}

int tls_option(php_stream *stream, NetStream *data, php_stream_xport_crypto_param *cparam) {
    if (kind_of(stream) != Kind::kTcp || !tls_available() || data->socket == nullptr || data->socket->closed()) {
        return PHP_STREAM_OPTION_RETURN_NOTIMPL; /* PHP's "this stream does not support SSL/crypto" */
    }
    switch (cparam->op) {
        case php_stream_xport_crypto_param::STREAM_XPORT_CRYPTO_OP_SETUP: {
            Busy busy(stream, data);
            cparam->outputs.returncode = tls_setup(stream, data, cparam);
            return PHP_STREAM_OPTION_RETURN_OK;
        }
        case php_stream_xport_crypto_param::STREAM_XPORT_CRYPTO_OP_ENABLE: {
            if (data->busy > 0 && data->generation == study::scheduler::generation()) {
                /* A handshake under a read of another coroutine would lose its bytes to that read. */
                php_error_docref(nullptr, E_WARNING, "cannot start TLS while another coroutine waits on the stream");
                cparam->outputs.returncode = -1;
                return PHP_STREAM_OPTION_RETURN_OK;
            }
            Busy busy(stream, data);
            cparam->outputs.returncode = tls_enable(stream, data, cparam);
            return PHP_STREAM_OPTION_RETURN_OK;
        }
        default:
            return PHP_STREAM_OPTION_RETURN_NOTIMPL;
    }
}

bool tls_start(php_stream *stream, NetStream *data, zend_long method) {
    php_stream_xport_crypto_param param;
    memset(&param, 0, sizeof(param));
    param.op = php_stream_xport_crypto_param::STREAM_XPORT_CRYPTO_OP_SETUP;
    set_crypto_method(&param, method);
    bool ok = tls_setup(stream, data, &param) >= 0;
    if (ok) {
        memset(&param, 0, sizeof(param));
        param.op = php_stream_xport_crypto_param::STREAM_XPORT_CRYPTO_OP_ENABLE;
        param.inputs.activate = 1;
        ok = tls_enable(stream, data, &param) >= 0; /* 0: a non-blocking stream's handshake under way, as in PHP */
    }
    if (!ok) {
        php_error_docref(nullptr, E_WARNING, "Failed to enable crypto");
    }
    return ok;
}

ssize_t tls_read(php_stream *stream, NetStream *data, char *buffer, size_t count) {
    /* Data a select cast moved out of OpenSSL first (tls_fill_pending()). */
    if (php_stream *inner = data->tls; inner != nullptr && inner->writepos > inner->readpos) {
        const size_t n = std::min(count, static_cast<size_t>(inner->writepos - inner->readpos));
        memcpy(buffer, inner->readbuf + inner->readpos, n);
        inner->readpos += n;
        return static_cast<ssize_t>(n);
    }
    /* As in stream_read(): a read into the stream's buffer stops if another coroutine moved that buffer meanwhile. */
    const char *buffer_start = reinterpret_cast<const char *>(stream->readbuf);
    const zend_off_t buffer_end = stream->writepos;
    const bool into_buffer =
        buffer_start != nullptr && buffer >= buffer_start && buffer < buffer_start + stream->readbuflen;
    const Deadline deadline(tls_seconds(data->base.timeout));
    for (;;) {
        php_stream *inner = data->tls;
        if (inner == nullptr) {
            return -1; /* closed while this waited */
        }
        if (into_buffer &&
            (reinterpret_cast<const char *>(stream->readbuf) != buffer_start || stream->writepos != buffer_end)) {
            return 0; /* PHP asks again */
        }
        ssize_t n;
        {
            Borrow borrow(stream, inner);
            errno = 0;
            n = inner->ops->read(inner, buffer, count);
        }
        if (n > 0) {
            return n;
        }
        if (inner->eof) {
            stream->eof = 1;
            return n < 0 ? -1 : 0;
        }
        if (n < 0 || errno != EAGAIN || !data->base.is_blocked) {
            return n; /* OpenSSL's answer: an error it reported, or nothing yet on a non-blocking stream */
        }
        int error = 0;
        if (!wait_tls(data, true, read_wants(data), deadline, &error)) {
            if (error == ETIMEDOUT) {
                data->base.timeout_event = 1;
            } else if (error != ECANCELED && error != EBUSY) {
                stream->eof = 1; /* closed meanwhile */
            }
            return -1;
        }
    }
}

/* A write that would block waits for room, unless the descriptor has room by the time it is probed. That happens when
 * the peer read meanwhile (the send buffer drained between OpenSSL's send and the probe): the write is tried again at
 * once. Only when it still would block with room to send, a few times in a row, does OpenSSL wait for the peer's data
 * (a renegotiation), and the write waits to read: a peer that only reads would never wake a write waiting for that. */
ssize_t tls_write(php_stream *stream, NetStream *data, const char *buffer, size_t count) {
    const Deadline deadline(tls_seconds(data->base.timeout));
    int retries = 0;
    for (;;) {
        php_stream *inner = data->tls;
        if (inner == nullptr || data->socket == nullptr || data->socket->closed()) {
            return -1;
        }
        ssize_t n;
        {
            Borrow borrow(stream, inner);
            errno = 0;
            n = inner->ops->write(inner, buffer, count);
        }
        if (n != 0 || errno != EAGAIN || !data->base.is_blocked) {
            return n; /* written, or OpenSSL's 0 (an error it reported; nothing taken on a non-blocking stream) */
        }
        const bool writable = writable_now(data->socket->fd());
        if (writable && retries < kWriteRetries) {
            retries++;
            continue;
        }
        retries = 0;
        int error = 0;
        if (!wait_tls(data, false, writable ? POLLIN : POLLOUT, deadline, &error)) {
            if (error == ETIMEDOUT) {
                data->base.timeout_event = 1;
            }
            return -1;
        }
    }
}

void tls_meta_data(php_stream *stream, NetStream *data, zval *meta) {
    php_stream *inner = data->tls;
    if (inner == nullptr || !data->tls_active) {
        return;
    }
    zval answer;
    array_init(&answer);
    {
        Borrow borrow(stream, inner);
        inner->ops->set_option(inner, PHP_STREAM_OPTION_META_DATA_API, 0, &answer);
    }
    if (zval *crypto = zend_hash_str_find(Z_ARRVAL(answer), "crypto", sizeof("crypto") - 1); crypto != nullptr) {
        Z_TRY_ADDREF_P(crypto);
        add_assoc_zval(meta, "crypto", crypto);
    }
    zval_ptr_dtor(&answer);
}

int tls_check_liveness(php_stream *stream, NetStream *data, int value) {
    if (data->socket == nullptr || data->socket->closed() || data->tls == nullptr) {
        return PHP_STREAM_OPTION_RETURN_ERR;
    }
    /* OpenSSL's streams look for the connect timeout (-1: feof()), or `value` seconds. */
    timeval limit = {value, 0};
    if (value == -1) {
        limit = data->base.timeout.tv_sec == -1 ? timeval{static_cast<time_t>(FG(default_socket_timeout)), 0}
                                                : data->connect_timeout;
    }
    pollfd probe = {data->socket->fd(), POLLIN | POLLPRI, 0};
    bool readable = poll(&probe, 1, 0) > 0;
    const double timeout = seconds_of(&limit);
    if (!readable && timeout != 0 && data->reader < 0) {
        Busy busy(stream, data);
        int error = 0;
        readable = wait_for(data, POLLIN, timeout, &error);
    }
    php_stream *inner = data->tls;
    if (!readable || inner == nullptr) {
        return inner != nullptr ? PHP_STREAM_OPTION_RETURN_OK : PHP_STREAM_OPTION_RETURN_ERR;
    }
    Borrow borrow(stream, inner);
    return inner->ops->set_option(inner, PHP_STREAM_OPTION_CHECK_LIVENESS, 0, nullptr); /* OpenSSL's SSL_peek() */
}

void tls_fill_pending(php_stream *stream, NetStream *data) {
    php_stream *inner = data->tls;
    if (inner == nullptr || !data->tls_active || stream->writepos != stream->readpos || data->reader >= 0) {
        return;
    }
    if (inner->writepos == inner->readpos) {
        php_socket_t ignored;
        Borrow borrow(stream, inner);
        inner->ops->cast(inner, PHP_STREAM_AS_FD_FOR_SELECT, reinterpret_cast<void **>(&ignored));
    }
    if (inner->writepos > inner->readpos) {
        php_stream_fill_read_buffer(stream, std::min(static_cast<size_t>(inner->writepos - inner->readpos),
                                                     static_cast<size_t>(stream->chunk_size)));
    }
}

void tls_close(NetStream *data) {
    php_stream *inner = data->tls;
    if (inner == nullptr) {
        return;
    }
    data->tls = nullptr;
    data->tls_active = false;
    /* The descriptor is the Socket's: OpenSSL's close sends close_notify through it (non-blocking: what does not fit
     * is dropped) and must not close it. */
    base_of(inner)->socket = -1;
    inner->ctx = nullptr;
    /* RSRC_DTOR: PHP ignores other frees during its resource shutdown, and the inner stream is in no list. */
    php_stream_free(inner, PHP_STREAM_FREE_CLOSE | PHP_STREAM_FREE_RSRC_DTOR);
}

}  // namespace php_study_stream

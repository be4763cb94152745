/* SPDX-License-Identifier: MIT */
/* What the files of the coroutine-aware stream transports share: php_study_stream.cc (the stream operations),
 * php_study_stream_connect.cc (addresses, bind, connect), php_study_stream_close.cc (when a stream is freed) and
 * php_study_stream_tls.cc (TLS through a private stream of PHP's own OpenSSL transport). */
#pragma once

#include <sys/socket.h>

#include <string>

#include "php.h"
#include "php_study_socket.h"
#include "study/scheduler.h"
#include "study/socket.h"

extern "C" {
#include "php_network.h"
}

namespace php_study_stream {

/* A stream's data. PHP code outside the stream layer reads `stream->abstract` of a socket stream as
 * php_netstream_data_t (its socket, timeout and blocking flag), so that comes first and stays true. */
struct NetStream {
    php_netstream_data_t base;
    study::Socket *socket; /* nullptr until bound or connected */
    int domain;            /* AF_INET/AF_INET6 once known, AF_UNIX */
    int type;              /* SOCK_STREAM or SOCK_DGRAM */
    int busy;              /* calls in progress that may wait, and pins: while above 0 the stream is held */
    bool persistent;       /* allocated with pemalloc(.., 1) */
    zend_long reader;      /* the coroutine (0: the main script) in a read that waits, or -1 */
    zend_long writer;
    study::WaitPoint *closer; /* an fclose() waiting for the calls in progress to leave */
    bool close_deferred;      /* fclose()d while calls were in progress by a context that could not wait */
    bool queued;              /* in the list of closed streams freed once their calls have left */
    bool fd_given;            /* a cast handed the descriptor out: its O_NONBLOCK follows the blocking mode */
    uint64_t generation;      /* scheduler::generation() when busy, reader and writer were last right */
    char *name;               /* the address it was opened with ("host:port"), for TLS's peer name; may be null */
    timeval connect_timeout;  /* the timeout the transport was opened with (the TLS client handshake's limit) */
    php_stream *tls;          /* PHP's OpenSSL stream doing the TLS work on the same descriptor, or nullptr */
    zend_long tls_method;     /* ssl://, tls://...: the crypto method enabled at connect and accept; 0: none */
    bool tls_setup;           /* crypto set up (the method chosen, OpenSSL's handle made) */
    bool tls_client;          /* set up as a client */
    bool tls_active;          /* crypto enabled: reads and writes go through `tls` */
};

enum class Kind { kTcp, kUdp, kUnix, kUdg };

/* Which transport a stream of this module belongs to. */
Kind kind_of(const php_stream *stream);
/* PHP's factory of tcp:// before the hook (OpenSSL's, where PHP has OpenSSL), or nullptr. */
php_stream_transport_factory original_tcp_factory();
/* Frees a stream's data and its socket. */
void free_data(NetStream *data);
NetStream *data_of(php_stream *stream);
bool is_ours(const php_stream *stream);
/* False from the end of the request's coroutines (RSHUTDOWN) until the next request. */
extern bool g_request_active;

/* A call that may wait enters the stream before it touches the data and leaves it at the end. While any call is
 * inside, the stream is held (its `in_free` guard set): PHP's own frees of it do nothing, so nothing frees the
 * stream, its buffers or its data under a call that will return into them. fclose() of a held stream is done by
 * php_study_stream_fclose(). (php_study_stream_close.cc) */
void enter(php_stream *stream, NetStream *data);
void leave(php_stream *stream, NetStream *data);
/* Frees the streams closed while calls were inside them, once those calls have left (`all`: every one, at the end
 * of the request, when no call can come back). Runs where no call can be inside PHP's stream code for them: before
 * a wait, and at fclose(). */
void free_closed(bool all);
/* The end of a request: undoes every hold (no call can come back) and frees the streams closed early. */
void release_all();

/* One call inside a stream, for the duration of a scope. */
class Busy {
public:
    Busy(php_stream *stream, NetStream *data) : stream_(stream), data_(data) { enter(stream_, data_); }
    ~Busy() { leave(stream_, data_); }
    Busy(const Busy &) = delete;
    Busy &operator=(const Busy &) = delete;

private:
    php_stream *stream_;
    NetStream *data_;
};

/* Seconds of a timeval; negative (no limit) for nullptr or tv_sec -1. */
inline double seconds_of(const timeval *tv) {
    if (tv == nullptr || tv->tv_sec < 0) {
        return -1;
    }
    return static_cast<double>(tv->tv_sec) + static_cast<double>(tv->tv_usec) / 1e6;
}

/* The `socket` context option `name`, or nullptr. */
zval *context_option(php_stream *stream, const char *name);
bool flag_option(php_stream *stream, const char *name);
/* Sets the error of an xport call (its error code and, when asked for, its text). */
void fail_with(php_stream_xport_param *xparam, int error);
void set_error_text(php_stream_xport_param *xparam, zend_string *text);
/* "host:port" or "[v6]:port", parsed as PHP does; false with the error text set. */
bool parse_host_port(const char *text, size_t length, std::string *host, int *port, php_stream_xport_param *xparam);
/* The xport operations that take an address: 0, -1 on failure, 1 for a connect under way (async). */
int do_bind(php_stream *stream, NetStream *data, php_stream_xport_param *xparam);
int do_connect(php_stream *stream, NetStream *data, php_stream_xport_param *xparam);
/* The coroutine a wait is made by (0: the main script), for the messages about a stream used by two at once. */
zend_long current_id();
double stream_timeout(NetStream *data);
/* Waits until the descriptor is ready for `events` (POLLIN or POLLOUT) or `timeout` passes, as a coroutine where it may
 * suspend, else in poll(); false with *error set (ETIMEDOUT, ECANCELED, EBADF, EBUSY with an Error thrown). */
bool wait_for(NetStream *data, short events, double timeout, int *error);
/* The Error for a wait on `socket` that another coroutine's stream_select() holds (EBUSY). */
void throw_selected_elsewhere(const study::Socket *socket);

/* ---- TLS (php_study_stream_tls.cc) ---- */
/* The crypto method a transport enables at connect (ssl://, tls://, tlsv1.x://, with the `crypto_method` context
 * option as PHP's OpenSSL reads it), 0 for other transports. */
zend_long tls_method_of(const char *proto, size_t length, php_stream_context *context);
/* Whether PHP's tcp:// transport can do TLS (it is OpenSSL's). */
bool tls_available();
/* PHP_STREAM_OPTION_CRYPTO_API (stream_socket_enable_crypto(), mysqlnd's TLS, the https:// wrapper's proxy). */
int tls_option(php_stream *stream, NetStream *data, php_stream_xport_crypto_param *cparam);
/* Sets up and enables crypto with `method` (ssl:// at connect, and at accept with the client bit removed); false
 * after PHP's "Failed to enable crypto" warning. */
bool tls_start(php_stream *stream, NetStream *data, zend_long method);
/* Read and write of a stream whose crypto is enabled, with PHP's OpenSSL return values; they wait as coroutines.
 * Called inside the stream (Busy), after the checks that another coroutine is not reading (writing) it. */
ssize_t tls_read(php_stream *stream, NetStream *data, char *buffer, size_t count);
ssize_t tls_write(php_stream *stream, NetStream *data, const char *buffer, size_t count);
/* stream_get_meta_data()'s "crypto" entry, as OpenSSL's streams add it (first in the array). */
void tls_meta_data(php_stream *stream, NetStream *data, zval *meta);
/* PHP_STREAM_OPTION_CHECK_LIVENESS as OpenSSL's streams answer it. */
int tls_check_liveness(php_stream *stream, NetStream *data, int value);
/* A cast for select: data OpenSSL has decrypted already moves into the stream's buffer, as OpenSSL's cast does, so
 * that stream_select() sees it. */
void tls_fill_pending(php_stream *stream, NetStream *data);
/* Ends TLS on the stream (OpenSSL's close: close_notify without waiting, then its data freed), leaving the descriptor
 * to the Socket. Every path that closes the Socket calls it first, so that OpenSSL never writes to a descriptor
 * number that was closed (and maybe reused). */
void tls_close(NetStream *data);

using study::Deadline;

}  // namespace php_study_stream

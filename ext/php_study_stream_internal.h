/* SPDX-License-Identifier: MIT */
/* What the two files of the coroutine-aware stream transports share: php_study_stream.cc (the stream operations)
 * and php_study_stream_connect.cc (addresses, bind, connect, and the hand-over to PHP's TLS). */
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
/* PHP_STREAM_OPTION_CRYPTO_API: the connection moves to PHP's own TLS transport. */
int hand_over_to_php(php_stream *stream, NetStream *data, int option, int value, void *ptrparam);

using study::Deadline;

}  // namespace php_study_stream

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
    int busy;              /* calls in progress that may wait, and pins */
    bool persistent;       /* allocated with pemalloc(.., 1) */
    zend_long reader;      /* the coroutine (0: the main script) in a read that waits, or -1 */
    zend_long writer;
    study::WaitPoint *closer; /* a close() waiting for the calls in progress to leave */
    bool orphaned;            /* closed while calls were in progress: the last one to leave frees it */
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

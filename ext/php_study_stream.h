/* SPDX-License-Identifier: MIT */
/* Coroutine-aware stream transports (tcp://, udp://, unix://, udg://, and ssl://, tls://, tlsv1.x:// over tcp) for
 * Study\Runtime's hooks. */
#pragma once

#include "php.h"
#include "study/socket.h"

/* Transport bits, as Study\Runtime's HOOK_TCP .. HOOK_UDG, HOOK_SSL (ssl://) and HOOK_TLS (tls://, tlsv1.x://). */
enum : zend_long {
    PHP_STUDY_TRANSPORT_TCP = 1 << 1,
    PHP_STUDY_TRANSPORT_UDP = 1 << 2,
    PHP_STUDY_TRANSPORT_UNIX = 1 << 3,
    PHP_STUDY_TRANSPORT_UDG = 1 << 4,
    PHP_STUDY_TRANSPORT_SSL = 1 << 7,
    PHP_STUDY_TRANSPORT_TLS = 1 << 8,
};

/* Replaces PHP's factories of the transports in `transports` (PHP_STUDY_TRANSPORT_* bits) by coroutine-aware
 * ones and gives PHP's back for the others. Streams keep the operations they were made with. */
void php_study_stream_hook(zend_long transports);

/* Called at the start (true) and end (false) of every request. */
void php_study_stream_request(bool active);

/* The socket of a stream made by a hooked transport, or nullptr (another kind of stream, or not connected yet).
 * php_study_stream_pin() keeps the stream's data alive across a wait, even if the stream is closed meanwhile;
 * every pin is undone by php_study_stream_unpin(). */
study::Socket *php_study_stream_socket(php_stream *stream);
void php_study_stream_pin(php_stream *stream);
void php_study_stream_unpin(php_stream *stream);

/* fclose() of a stream resource while calls of other coroutines are inside the stream (a hooked transport's): closes
 * it here and returns true (fclose() returns true); false when PHP's own fclose() is to close it now (another kind of
 * stream, no call inside, or the calls left while this context waited for them). A stream closed where the closer
 * may not wait is freed after the last call inside it has left. */
bool php_study_stream_fclose(zend_resource *resource);

/* The text of a name-resolution failure, as PHP's resolver words it (gai_strerror()). */
const char *php_study_resolve_error_text(int status);

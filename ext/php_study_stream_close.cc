/* SPDX-License-Identifier: MIT */
/* When a hooked stream is freed. A call that waits inside a stream (fgets(), fwrite(), stream_select()) returns into
 * PHP's stream code, which reads the stream and its buffers after the transport's operation returns. So while any such
 * call is inside, the stream is held: PHP's own frees of it do nothing (through `in_free`, see hold()). An fclose() of
 * a held stream closes its socket (the calls wake and fail) and then either waits for the calls to leave and lets PHP
 * free the stream, or, where the closer may not wait (a destructor run by the GC, a coroutine being destroyed, the end
 * of the request), closes the resource now and frees the stream once the last call has left, at the next point where
 * no call can be inside it. */
#include <vector>

#include "php_study_coroutine.h"
#include "php_study_stream.h"
#include "php_study_stream_internal.h"
#include "study/process.h"
#include "study/scheduler.h"

extern "C" {
#include "ext/standard/file.h"
#include "main/streams/php_stream_userspace.h"
}

namespace php_study_stream {

namespace {

/* Streams closed while calls were inside them, freed by free_closed() once the calls have left. */
std::vector<php_stream *> g_closed;

/* PHP's _php_stream_free() returns at once, doing nothing, for a stream whose `in_free` is set (its guard against
 * recursion) unless it is 1 and the free comes from an enclosing stream; 2 makes every free return. */
constexpr unsigned kHeld = 2;

void hold(php_stream *stream) { stream->in_free = kHeld; }

void unhold(php_stream *stream) { stream->in_free = 0; }

bool held(const NetStream *data) { return data->busy > 0 && data->generation == study::scheduler::generation(); }

void queue_for_free(php_stream *stream, NetStream *data) {
    if (!data->queued) {
        data->queued = true;
        g_closed.push_back(stream);
    }
}

/* A persistent stream closed early leaves the persistent list at once, as PHP's fclose() takes it out, so that no
 * pfsockopen() finds it while it waits to be freed. The list's destructor finds it held and leaves it. */
void forget_persistent(php_stream *stream) {
    zend_hash_apply_with_argument(
        &EG(persistent_list),
        [](zval *entry, void *argument) {
            return Z_RES_P(entry)->ptr == argument ? ZEND_HASH_APPLY_REMOVE : ZEND_HASH_APPLY_KEEP;
        },
        stream);
}

/* Waits until no call is inside the stream any more. False when the wait ended otherwise. While the closer waits,
 * another fclose() of the stream leaves the work to it (see php_study_stream_fclose()), so the stream stays. */
bool wait_for_calls(NetStream *data) {
    if (!php_study_wait_begin(nullptr)) {
        return false;
    }
    auto *wait = new study::WaitPoint;
    wait->cancellable = false;
    wait->kind = study::WaitKind::kStreamClose;
    /* A bailout in the main script frees this wait (scheduler::unwind()): the stream must not point to it then. */
    wait->data = data;
    wait->forget = [](study::WaitPoint *forgotten) { static_cast<NetStream *>(forgotten->data)->closer = nullptr; };
    data->closer = wait;
    bool left = true;
    while (data->busy > 0) {
        if (study::scheduler::wait(wait, -1) != study::WakeReason::kDone) {
            left = false;
            break;
        }
        wait->reason = study::WakeReason::kWaiting;
    }
    data->closer = nullptr;
    delete wait;
    return left;
}

/* Closes the resource now (PHP's fclose() keeps a closed resource in the list until its last zval goes) and frees the
 * stream once the last call inside it has left. */
void close_later(zend_resource *resource, php_stream *stream, NetStream *data) {
    data->close_deferred = true;
    if (stream->is_persistent) {
        forget_persistent(stream);
    }
    stream->res = nullptr;     /* the resource may go before the stream: the free must not touch it */
    zend_list_close(resource); /* its destructor finds the stream held and leaves it */
    if (data->busy == 0) {
        queue_for_free(stream, data);
    }
}

/* fclose() of a stream that is not a hooked transport's, such as one whose socket socket_import_stream() shares with a
 * Socket: coroutines waiting on its descriptor in the sockets extension's calls (study::wait_fd()) are woken first
 * and fail with EBADF, as socket_close() wakes them; epoll forgets a closed file, so they would wait forever. The
 * descriptor is found as stream_select() finds it, after a check without a result: that is free of side effects (a
 * php://temp stream held in memory would be copied to a file to give one), and a user-space stream, whose cast would
 * run PHP code, is left out. */
void end_waits_on(php_stream *stream) {
    constexpr int kCast = PHP_STREAM_AS_FD_FOR_SELECT | PHP_STREAM_CAST_INTERNAL;
    php_socket_t fd = -1;
    if (!php_stream_is(stream, PHP_STREAM_IS_USERSPACE) && php_stream_cast(stream, kCast, nullptr, 0) == SUCCESS &&
        php_stream_cast(stream, kCast, reinterpret_cast<void **>(&fd), 0) == SUCCESS && fd >= 0) {
        study::end_fd_waits(fd, EBADF);
    }
}

}  // namespace

void enter(php_stream *stream, NetStream *data) {
    if (data->generation != study::scheduler::generation()) {
        /* Calls of coroutines abandoned at the end of an earlier request (a fatal error) never left: a persistent
         * stream forgets them in the next one. */
        data->generation = study::scheduler::generation();
        data->busy = 0;
        data->reader = -1;
        data->writer = -1;
        data->closer = nullptr;
    }
    if (data->busy++ == 0) {
        hold(stream);
    }
}

void leave(php_stream *stream, NetStream *data) {
    if (--data->busy > 0) {
        return;
    }
    if (data->close_deferred) {
        /* The call still returns through PHP's stream code: the stream is freed later, from outside it. */
        queue_for_free(stream, data);
        return;
    }
    unhold(stream);
    if (data->closer != nullptr) {
        study::scheduler::wake(data->closer, study::WakeReason::kDone);
    }
}

void free_closed(bool all) {
    if (g_closed.empty()) {
        return;
    }
    std::vector<php_stream *> closed;
    closed.swap(g_closed);
    for (php_stream *stream : closed) {
        NetStream *data = data_of(stream);
        if (!all && data != nullptr && held(data)) {
            g_closed.push_back(stream); /* a call came in again (and fails at once): it has to leave first */
            continue;
        }
        unhold(stream);
        php_stream_free(stream, PHP_STREAM_FREE_CLOSE); /* calls stream_close(), which frees the data */
    }
}

/* At the end of a request no call can come back into a stream (the request's coroutines have ended or were
 * abandoned): every hold is undone, so the resource list frees the streams, and the streams closed early go. */
void release_all() {
    zval *entry;
    ZEND_HASH_FOREACH_VAL(&EG(regular_list), entry) {
        zend_resource *resource = Z_RES_P(entry);
        if (resource->type != php_file_le_stream() && resource->type != php_file_le_pstream()) {
            continue;
        }
        auto *stream = static_cast<php_stream *>(resource->ptr);
        NetStream *data = is_ours(stream) ? data_of(stream) : nullptr;
        if (data != nullptr && data->busy > 0) {
            data->busy = 0;
            data->closer = nullptr;
            unhold(stream);
        }
    }
    ZEND_HASH_FOREACH_END();
    free_closed(true);
}

}  // namespace php_study_stream

using namespace php_study_stream;

bool php_study_stream_fclose(zend_resource *resource) {
    free_closed(false);
    auto *stream = static_cast<php_stream *>(resource->ptr);
    if (!is_ours(stream)) {
        end_waits_on(stream);
        return false;
    }
    NetStream *data = data_of(stream);
    if (data == nullptr) {
        return false;
    }
    if (data->closer != nullptr) {
        return true; /* an fclose() waits for the calls inside already and closes it when they have left */
    }
    if (!held(data)) {
        return false;
    }
    tls_close(data); /* while the descriptor is still this stream's (see tls_close()) */
    if (data->socket != nullptr) {
        data->socket->close(); /* the calls inside wake and fail with EBADF */
    }
    if (g_request_active && php_study_may_suspend() && wait_for_calls(data)) {
        return false; /* no call is inside any more: PHP's fclose() frees it now */
    }
    close_later(resource, stream, data);
    return true;
}

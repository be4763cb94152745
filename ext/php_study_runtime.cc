/* SPDX-License-Identifier: MIT */
/* Study\Runtime: hooks PHP's blocking functions so that they suspend only the calling coroutine. A hooked function
 * is PHP's own internal function with its handler swapped for one here; the handler does PHP's argument checks by
 * handing invalid input to the original (so errors are PHP's, word for word), and hands over to the original as well
 * wherever this context may not suspend. The stream transports are in php_study_stream.cc. */
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/time.h>

#include <cmath>
#include <cstring>
#include <string>
#include <vector>

extern "C" {
#include "php_network.h"
}

#include "php_study.h"
#include "php_study_coroutine.h"
#include "php_study_curl.h"
#include "php_study_pgsql.h"
#include "php_study_pipe.h"
#include "php_study_runtime.h"
#include "php_study_socket.h"
#include "php_study_sockets.h"
#include "php_study_stream.h"
#include "stubs/php_study_runtime_arginfo.h"
#include "study/coroutine.h"
#include "study/scheduler.h"
#include "study/socket.h"

namespace {

constexpr zend_long kHookSleep = 1;
constexpr zend_long kHookDns = 32;
constexpr zend_long kHookStreamSelect = 64;
constexpr zend_long kHookTransports = PHP_STUDY_TRANSPORT_TCP | PHP_STUDY_TRANSPORT_UDP | PHP_STUDY_TRANSPORT_UNIX |
                                      PHP_STUDY_TRANSPORT_UDG | PHP_STUDY_TRANSPORT_SSL | PHP_STUDY_TRANSPORT_TLS;
constexpr zend_long kHookCurl = 512;
constexpr zend_long kHookAll = 511 | kHookCurl | PHP_STUDY_HOOK_PROC | PHP_STUDY_HOOK_FILE | PHP_STUDY_HOOK_PDO_PGSQL |
                               PHP_STUDY_HOOK_PGSQL | PHP_STUDY_HOOK_SOCKETS;
constexpr size_t kMaxHostName = 255; /* PHP's MAXFQDNLEN */

zend_long g_flags = 0;

using Hook = php_study_hook;

enum HookIndex {
    kSleep,
    kUsleep,
    kTimeNanosleep,
    kTimeSleepUntil,
    kGethostbyname,
    kGethostbynamel,
    kStreamSelect,
    kFclose
};

void hooked_sleep(INTERNAL_FUNCTION_PARAMETERS);
void hooked_usleep(INTERNAL_FUNCTION_PARAMETERS);
void hooked_time_nanosleep(INTERNAL_FUNCTION_PARAMETERS);
void hooked_time_sleep_until(INTERNAL_FUNCTION_PARAMETERS);
void hooked_gethostbyname(INTERNAL_FUNCTION_PARAMETERS);
void hooked_gethostbynamel(INTERNAL_FUNCTION_PARAMETERS);
void hooked_stream_select(INTERNAL_FUNCTION_PARAMETERS);
void hooked_fclose(INTERNAL_FUNCTION_PARAMETERS);

Hook g_hooks[] = {
    {"sleep", kHookSleep, hooked_sleep, nullptr, false},
    {"usleep", kHookSleep, hooked_usleep, nullptr, false},
    {"time_nanosleep", kHookSleep, hooked_time_nanosleep, nullptr, false},
    {"time_sleep_until", kHookSleep, hooked_time_sleep_until, nullptr, false},
    {"gethostbyname", kHookDns, hooked_gethostbyname, nullptr, false},
    {"gethostbynamel", kHookDns, hooked_gethostbynamel, nullptr, false},
    /* Also for pipes alone, with HOOK_PROC or HOOK_FILE (then sockets stay PHP's: see hooked_stream_select()). */
    {"stream_select", kHookStreamSelect | PHP_STUDY_HOOK_PROC | PHP_STUDY_HOOK_FILE, hooked_stream_select, nullptr,
     false},
    /* Taken over with the first transport and kept to the end of the request (see fclose_taken_over()). */
    {"fclose", kHookTransports | PHP_STUDY_HOOK_PROC | PHP_STUDY_HOOK_FILE | PHP_STUDY_HOOK_SOCKETS, hooked_fclose,
     nullptr, false},
};

/* Runs PHP's own function for a hooked call. */
inline void call_original(HookIndex index, INTERNAL_FUNCTION_PARAMETERS) {
    g_hooks[index].original(INTERNAL_FUNCTION_PARAM_PASSTHRU);
}

zend_internal_function *function_named(const char *name) {
    auto *function = static_cast<zend_function *>(zend_hash_str_find_ptr(CG(function_table), name, strlen(name)));
    return function != nullptr && function->type == ZEND_INTERNAL_FUNCTION ? &function->internal_function : nullptr;
}

}  // namespace

void php_study_set_hook(php_study_hook &hook, bool on) {
    zend_internal_function *function = function_named(hook.name);
    if (function == nullptr || on == hook.hooked) {
        return;
    }
    if (on) {
        hook.original = function->handler;
        function->handler = hook.handler;
    } else {
        function->handler = hook.original;
    }
    hook.hooked = on;
}

namespace {

/* fclose() must close a hooked stream that calls are inside (php_study_stream_fclose()) for as long as such streams
 * may exist, which is past disableCoroutine(): it is PHP's again only at the end of the request. */
bool fclose_taken_over(const Hook &hook, zend_long flags, bool request_end) {
    return !request_end && (hook.hooked || (flags & hook.flag) != 0);
}

void apply(zend_long flags, bool request_end = false) {
    for (Hook &hook : g_hooks) {
        php_study_set_hook(
            hook, &hook == &g_hooks[kFclose] ? fclose_taken_over(hook, flags, request_end) : (flags & hook.flag));
    }
    php_study_stream_hook(flags & kHookTransports);
    php_study_curl_hook((flags & kHookCurl) != 0);
    php_study_proc_hook(flags, request_end);
    php_study_pgsql_hook(flags);
    php_study_sockets_hook((flags & PHP_STUDY_HOOK_SOCKETS) != 0);
    g_flags = flags;
}

/* Sleeps `seconds` as a coroutine wait. Returns true when the time passed; false when the wait ended early (a
 * cancel), with *left set to the seconds that were left, or with an exception pending (the caller returns). */
bool coroutine_sleep(double seconds, double *left) {
    php_study_wait_begin(nullptr);
    const double start = php_study_monotonic_seconds();
    const study::WakeReason reason = study::scheduler::sleep(seconds);
    if (!php_study_wait_end(reason)) {
        *left = 0;
        return false;
    }
    if (reason == study::WakeReason::kTimeout || reason == study::WakeReason::kDone) {
        return true;
    }
    const double slept = php_study_monotonic_seconds() - start;
    *left = seconds > slept ? seconds - slept : 0;
    return false;
}

void hooked_sleep(INTERNAL_FUNCTION_PARAMETERS) {
    zend_long seconds;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_LONG(seconds)
    ZEND_PARSE_PARAMETERS_END();
    if (seconds < 0 || !php_study_may_suspend()) {
        call_original(kSleep, INTERNAL_FUNCTION_PARAM_PASSTHRU);
        return;
    }
    double left = 0;
    if (!coroutine_sleep(static_cast<double>(seconds), &left) && EG(exception) != nullptr) {
        RETURN_THROWS();
    }
    RETURN_LONG(static_cast<zend_long>(std::ceil(left))); /* an interrupted sleep() returns the seconds left */
}

void hooked_usleep(INTERNAL_FUNCTION_PARAMETERS) {
    zend_long microseconds;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_LONG(microseconds)
    ZEND_PARSE_PARAMETERS_END();
    if (microseconds < 0 || !php_study_may_suspend()) {
        call_original(kUsleep, INTERNAL_FUNCTION_PARAM_PASSTHRU);
        return;
    }
    double left = 0;
    if (!coroutine_sleep(static_cast<double>(microseconds) / 1e6, &left) && EG(exception) != nullptr) {
        RETURN_THROWS();
    }
}

void hooked_time_nanosleep(INTERNAL_FUNCTION_PARAMETERS) {
    zend_long seconds, nanoseconds;
    ZEND_PARSE_PARAMETERS_START(2, 2)
        Z_PARAM_LONG(seconds)
        Z_PARAM_LONG(nanoseconds)
    ZEND_PARSE_PARAMETERS_END();
    if (seconds < 0 || nanoseconds < 0 || nanoseconds > 999999999 || !php_study_may_suspend()) {
        call_original(kTimeNanosleep, INTERNAL_FUNCTION_PARAM_PASSTHRU);
        return;
    }
    double left = 0;
    if (coroutine_sleep(static_cast<double>(seconds) + static_cast<double>(nanoseconds) / 1e9, &left)) {
        RETURN_TRUE;
    }
    if (EG(exception) != nullptr) {
        RETURN_THROWS();
    }
    /* Interrupted: the time left, as PHP reports it after EINTR. */
    array_init(return_value);
    const double whole = std::floor(left);
    add_assoc_long(return_value, "seconds", static_cast<zend_long>(whole));
    add_assoc_long(return_value, "nanoseconds", static_cast<zend_long>((left - whole) * 1e9));
}

void hooked_time_sleep_until(INTERNAL_FUNCTION_PARAMETERS) {
    double timestamp;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_DOUBLE(timestamp)
    ZEND_PARSE_PARAMETERS_END();
    timeval now;
    gettimeofday(&now, nullptr);
    const double seconds = timestamp - (static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_usec) / 1e6);
    if (!(seconds >= 0) || !php_study_may_suspend()) {
        call_original(kTimeSleepUntil, INTERNAL_FUNCTION_PARAM_PASSTHRU); /* a past time: PHP's warning */
        return;
    }
    double left = 0;
    if (coroutine_sleep(seconds, &left)) {
        RETURN_TRUE;
    }
    if (EG(exception) != nullptr) {
        RETURN_THROWS();
    }
    RETURN_FALSE;
}

/* Parses the host name argument of gethostbyname() and gethostbynamel() and finds its IPv4 addresses, as those do.
 * False when the call is answered already: by PHP's own function (a name too long, or a context that may not
 * suspend), or with an exception pending. */
bool lookup_ipv4(INTERNAL_FUNCTION_PARAMETERS, HookIndex index, zend_string **name, std::vector<std::string> *out) {
    ZEND_PARSE_PARAMETERS_START_EX(0, 1, 1)
        Z_PARAM_PATH_STR(*name)
        ZEND_PARSE_PARAMETERS_END_EX(return false);
        if (ZSTR_LEN(*name) > kMaxHostName || !php_study_may_suspend()) {
            call_original(index, INTERNAL_FUNCTION_PARAM_PASSTHRU);
            return false;
        }
        php_study_wait_begin(nullptr);
        std::vector<sockaddr_storage> found;
        const int status = study::resolve(ZSTR_VAL(*name), AF_INET, SOCK_STREAM, 0, nullptr, -1, &found);
        if (status == -ECANCELED && !php_study_wait_end(study::WakeReason::kDone)) {
            return false;
        }
        if (status == 0) {
            php_study_add_unique_addresses(found, out);
        }
        return true;
}

void hooked_gethostbyname(INTERNAL_FUNCTION_PARAMETERS) {
    zend_string *name;
    std::vector<std::string> addresses;
    if (!lookup_ipv4(INTERNAL_FUNCTION_PARAM_PASSTHRU, kGethostbyname, &name, &addresses)) {
        return;
    }
    if (addresses.empty()) {
        RETURN_STR_COPY(name); /* PHP gives the name back when it has no address */
    }
    RETURN_STRINGL(addresses[0].data(), addresses[0].size());
}

void hooked_gethostbynamel(INTERNAL_FUNCTION_PARAMETERS) {
    zend_string *name;
    std::vector<std::string> addresses;
    if (!lookup_ipv4(INTERNAL_FUNCTION_PARAM_PASSTHRU, kGethostbynamel, &name, &addresses)) {
        return;
    }
    if (addresses.empty()) {
        RETURN_FALSE;
    }
    array_init_size(return_value, static_cast<uint32_t>(addresses.size()));
    for (const std::string &address : addresses) {
        add_next_index_stringl(return_value, address.data(), address.size());
    }
}

/* fclose() of a hooked stream that calls of other coroutines are inside is done by the transport; every other one is
 * PHP's own (also for invalid arguments, so that the errors are PHP's). */
void hooked_fclose(INTERNAL_FUNCTION_PARAMETERS) {
    zval *argument;
    ZEND_PARSE_PARAMETERS_START_EX(ZEND_PARSE_PARAMS_QUIET, 1, 1)
        Z_PARAM_RESOURCE(argument)
        ZEND_PARSE_PARAMETERS_END_EX(call_original(kFclose, INTERNAL_FUNCTION_PARAM_PASSTHRU); return );
        zend_resource *resource = Z_RES_P(argument);
        if ((resource->type != php_file_le_stream() && resource->type != php_file_le_pstream()) ||
            (!php_study_pipe_fclose(resource) && !php_study_stream_fclose(resource))) {
            call_original(kFclose, INTERNAL_FUNCTION_PARAM_PASSTHRU);
            return;
        }
        RETURN_TRUE;
}

/* Adds the sockets of the streams in `array` to `interests`; false when one is not a hooked socket stream (then
 * stream_select() blocks as PHP's does). Sets *buffered when a stream to read has data in its buffer already. */
bool collect(zval *array, bool read, std::vector<study::Socket::Interest> *interests, std::vector<php_stream *> *pins,
             bool *buffered) {
    if (array == nullptr) {
        return true;
    }
    zval *element;
    ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(array), element) {
        php_stream *stream;
        ZVAL_DEREF(element);
        if (Z_TYPE_P(element) != IS_RESOURCE) {
            return false;
        }
        php_stream_from_zval_no_verify(stream, element);
        if (stream == nullptr) {
            return false;
        }
        study::Socket *socket = php_study_stream_socket(stream);
        if (socket == nullptr) {
            return false;
        }
        if (read) {
            /* As PHP's select does before it looks at the buffers: a TLS stream moves what OpenSSL decrypted
             * already into its buffer (no readiness of the descriptor would tell of it). */
            php_socket_t ignored;
            php_stream_cast(stream, PHP_STREAM_AS_FD_FOR_SELECT | PHP_STREAM_CAST_INTERNAL,
                            reinterpret_cast<void **>(&ignored), 0);
        }
        if (read && stream->writepos > stream->readpos) {
            *buffered = true;
        }
        interests->push_back({socket, read, !read});
        pins->push_back(stream);
    }
    ZEND_HASH_FOREACH_END();
    return true;
}

/* Whether a descriptor is ready now, without waiting. */
bool any_ready(const std::vector<study::Socket::Interest> &interests) {
    std::vector<pollfd> fds;
    fds.reserve(interests.size());
    for (const study::Socket::Interest &interest : interests) {
        fds.push_back({interest.socket->fd(), static_cast<short>(interest.read ? (POLLIN | POLLPRI) : POLLOUT), 0});
    }
    int ready;
    do {
        ready = poll(fds.data(), fds.size(), 0);
    } while (ready < 0 && errno == EINTR);
    return ready != 0;
}

/* PHP's own stream_select() with a zero timeout, after the wait: the arrays and the count are exactly PHP's. */
void select_without_waiting(INTERNAL_FUNCTION_PARAMETERS) {
    for (uint32_t i = 4; i <= 5 && i <= ZEND_NUM_ARGS(); ++i) {
        zval *argument = ZEND_CALL_ARG(execute_data, i);
        zval_ptr_dtor(argument); /* a string the engine coerced is still there, and owned by the call */
        ZVAL_LONG(argument, 0);
    }
    call_original(kStreamSelect, INTERNAL_FUNCTION_PARAM_PASSTHRU);
}

/* stream_select() on hooked streams waits here as a coroutine; PHP's own stream_select() then computes the result
 * without waiting (a zero timeout), so the arrays and the count are exactly PHP's. */
void hooked_stream_select(INTERNAL_FUNCTION_PARAMETERS) {
    zval *read = nullptr, *write = nullptr, *except = nullptr;
    zend_long seconds = 0, microseconds = 0;
    bool no_limit = true;
    ZEND_PARSE_PARAMETERS_START(4, 5)
        Z_PARAM_ARRAY_EX2(read, 1, 1, 0)
        Z_PARAM_ARRAY_EX2(write, 1, 1, 0)
        Z_PARAM_ARRAY_EX2(except, 1, 1, 0)
        Z_PARAM_LONG_OR_NULL(seconds, no_limit)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(microseconds)
    ZEND_PARSE_PARAMETERS_END();
    if ((no_limit && microseconds != 0) || seconds < 0 || microseconds < 0 || !php_study_may_suspend()) {
        call_original(kStreamSelect, INTERNAL_FUNCTION_PARAM_PASSTHRU);
        return;
    }
    const double timeout = no_limit ? -1 : static_cast<double>(seconds) + static_cast<double>(microseconds) / 1e6;
    switch (php_study_pipe_select(read, write, except, timeout)) {
        case PHP_STUDY_PIPE_SELECT_WAITED:
            select_without_waiting(INTERNAL_FUNCTION_PARAM_PASSTHRU);
            return;
        case PHP_STUDY_PIPE_SELECT_THREW:
            RETURN_THROWS();
        default:
            break; /* not only pipes */
    }
    if ((g_flags & kHookStreamSelect) == 0) {
        call_original(kStreamSelect, INTERNAL_FUNCTION_PARAM_PASSTHRU); /* hooked for pipes only */
        return;
    }
    std::vector<study::Socket::Interest> interests;
    std::vector<php_stream *> pins;
    bool buffered = false;
    if (!collect(read, true, &interests, &pins, &buffered) || !collect(write, false, &interests, &pins, &buffered) ||
        interests.empty() || (except != nullptr && zend_hash_num_elements(Z_ARRVAL_P(except)) > 0)) {
        call_original(
            kStreamSelect,
            INTERNAL_FUNCTION_PARAM_PASSTHRU); /* other streams (or out-of-band data): PHP's blocking select */
        return;
    }
    if (!buffered && !any_ready(interests)) {
        /* Waits until a descriptor is ready or the time is up; a wake whose readiness another coroutine took first
         * waits again, as PHP's select would. */
        const study::Deadline deadline(timeout);
        php_study_wait_begin(nullptr);
        for (php_stream *stream : pins) {
            php_study_stream_pin(stream);
        }
        const auto unpin = [&pins] {
            for (php_stream *stream : pins) {
                php_study_stream_unpin(stream);
            }
        };
        const int error = php_study_wait_releasing(
            [&] {
                int wait_error = 0;
                while (study::Socket::wait_any(interests.data(), interests.size(), deadline.remaining(), &wait_error) &&
                       !any_ready(interests)) {
                }
                return wait_error;
            },
            [&] {
                unpin();
                std::vector<study::Socket::Interest>().swap(interests);
                std::vector<php_stream *>().swap(pins);
            });
        unpin();
        if (error == EBUSY) {
            zend_throw_error(nullptr,
                             "stream_select(): a stream in the arrays is already being waited on by another "
                             "coroutine; a stream can be waited on by one coroutine at a time");
            RETURN_THROWS();
        }
        if (error == ECANCELED && !php_study_wait_end(study::WakeReason::kDone)) {
            RETURN_THROWS();
        }
    }
    select_without_waiting(INTERNAL_FUNCTION_PARAM_PASSTHRU);
}

}  // namespace

bool php_study_hook_flags_valid(zend_long flags) { return flags >= 0 && (flags & ~kHookAll) == 0; }

PHP_METHOD(Study_Runtime, enableCoroutine) {
    zend_long flags = kHookAll;
    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(flags)
    ZEND_PARSE_PARAMETERS_END();
    if (!php_study_hook_flags_valid(flags)) {
        zend_argument_value_error(1, "must be a combination of Study\\Runtime::HOOK_* constants");
        RETURN_THROWS();
    }
    apply(flags);
    RETURN_TRUE;
}

PHP_METHOD(Study_Runtime, disableCoroutine) {
    ZEND_PARSE_PARAMETERS_NONE();
    apply(0);
    RETURN_TRUE;
}

PHP_METHOD(Study_Runtime, getHookFlags) {
    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_LONG(g_flags);
}

void php_study_runtime_minit(int module_number) {
    (void)module_number;
    register_class_Study_Runtime();
}

/* The module may be unloaded next: PHP's functions and transports get their own handlers back. */
void php_study_runtime_mshutdown(void) {
    apply(0, true);
    php_study_curl_mshutdown();
    php_study_pgsql_mshutdown();
}

void php_study_runtime_rinit(void) {
    php_study_stream_request(true);
    apply(STUDY_G(hook_flags));
}

/* Hooks last one request: the next starts from study.hook_flags again. */
void php_study_runtime_rshutdown(void) {
    php_study_stream_request(false);
    apply(0, true);
    php_study_curl_rshutdown();
    php_study_pgsql_rshutdown();
}

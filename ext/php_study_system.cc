/* SPDX-License-Identifier: MIT */
/* Study\Coroutine\System: name resolution on libuv's thread pool, and waiting for signals, suspending only the
 * calling coroutine. */
#include <netdb.h>
#include <signal.h>
#include <string.h>
#include <sys/socket.h>

#include <cerrno>
#include <string>
#include <vector>

#include "php_study_coroutine.h"
#include "php_study_socket.h"
#include "php_study_timeout.h"
#include "stubs/php_study_system_arginfo.h"
#include "study/signal.h"
#include "study/socket.h"

zend_class_entry *php_study_system_ce;

namespace {

/* Resolves into `addresses`; false with a warning (and nothing thrown) when the name has no address. */
bool lookup(zend_string *name, zend_long family, zend_long socktype, zend_long protocol, const char *service,
            double timeout, uint32_t timeout_arg, std::vector<std::string> *addresses) {
    if (family != AF_INET && family != AF_INET6 && family != AF_UNSPEC) {
        zend_argument_value_error(2, "must be Study\\Coroutine\\Socket::AF_INET, AF_INET6 or 0");
        return false;
    }
    if (!php_study_timeout_arg(timeout, timeout_arg, &timeout)) {
        return false;
    }
    std::vector<sockaddr_storage> found;
    const int status = study::resolve(std::string(ZSTR_VAL(name), ZSTR_LEN(name)), static_cast<int>(family),
                                      static_cast<int>(socktype), static_cast<int>(protocol), service, timeout, &found);
    if (EG(exception) != nullptr || (status == -ECANCELED && !php_study_wait_end(study::WakeReason::kDone))) {
        return false; /* refused, or this coroutine is being destroyed */
    }
    if (status != 0) {
        php_error_docref(nullptr, E_WARNING, "cannot resolve \"%s\": %s", ZSTR_VAL(name),
                         study::dns_error_message(status));
        return false;
    }
    php_study_add_unique_addresses(found, addresses);
    return true;
}

/* False, with a ValueError naming argument 1, when waitSignal() cannot wait for `signo` (study::check_signal()). */
bool signal_valid(zend_long signo) {
    const study::SignalCheck check =
        signo < 1 || signo > INT_MAX ? study::SignalCheck::kOutOfRange : study::check_signal(static_cast<int>(signo));
    const char *name = check == study::SignalCheck::kOutOfRange ? nullptr : sigabbrev_np(static_cast<int>(signo));
    switch (check) {
        case study::SignalCheck::kOk:
            return true;
        case study::SignalCheck::kOutOfRange:
            zend_argument_value_error(1, "must be a signal number from 1 to %d, " ZEND_LONG_FMT " given", SIGRTMAX,
                                      signo);
            break;
        case study::SignalCheck::kUncatchable:
            zend_argument_value_error(1, "cannot wait for SIG%s (" ZEND_LONG_FMT "): it cannot be caught", name, signo);
            break;
        case study::SignalCheck::kFault:
            zend_argument_value_error(
                1, "cannot wait for SIG%s (" ZEND_LONG_FMT "): it reports a fault to the thread that caused it", name,
                signo);
            break;
        case study::SignalCheck::kReserved:
            zend_argument_value_error(1, "cannot wait for signal " ZEND_LONG_FMT ": the C library reserves it", signo);
            break;
    }
    return false;
}

/* The signal numbers of waitSignal()'s first argument, checked, each once, into `signals` (room for NSIG - 1) and
 * *count; false with a ValueError or TypeError thrown. No heap memory: the wait may be left by a long jump. */
bool signals_of(HashTable *list, zend_long single, int *signals, size_t *count) {
    bool wanted[NSIG] = {};
    if (list == nullptr) {
        if (!signal_valid(single)) {
            return false;
        }
        wanted[single] = true;
    } else if (zend_hash_num_elements(list) == 0) {
        zend_argument_value_error(1, "must not be empty");
        return false;
    } else {
        zval *entry;
        ZEND_HASH_FOREACH_VAL(list, entry) {
            ZVAL_DEREF(entry);
            if (Z_TYPE_P(entry) != IS_LONG) {
                zend_argument_type_error(1, "must contain only signal numbers (int), %s given",
                                         zend_zval_type_name(entry));
                return false;
            }
            if (!signal_valid(Z_LVAL_P(entry))) {
                return false;
            }
            wanted[Z_LVAL_P(entry)] = true;
        }
        ZEND_HASH_FOREACH_END();
    }
    *count = 0;
    for (int signo = 1; signo < NSIG; ++signo) {
        if (wanted[signo]) {
            signals[(*count)++] = signo;
        }
    }
    return true;
}

}  // namespace

void php_study_add_unique_addresses(const std::vector<sockaddr_storage> &found, std::vector<std::string> *addresses) {
    for (const sockaddr_storage &address : found) {
        int port = 0;
        std::string text = study::address_string(reinterpret_cast<const sockaddr *>(&address), &port);
        bool seen = false;
        for (const std::string &other : *addresses) {
            seen = seen || other == text;
        }
        if (!seen) {
            addresses->push_back(text);
        }
    }
}

PHP_METHOD(Study_Coroutine_System, gethostbyname) {
    zend_string *name;
    zend_long family = AF_INET;
    double timeout = -1;
    ZEND_PARSE_PARAMETERS_START(1, 3)
        Z_PARAM_STR(name)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(family)
        Z_PARAM_DOUBLE(timeout)
    ZEND_PARSE_PARAMETERS_END();
    std::vector<std::string> addresses;
    if (!lookup(name, family, SOCK_STREAM, 0, nullptr, timeout, 3, &addresses)) {
        if (EG(exception)) {
            RETURN_THROWS();
        }
        RETURN_FALSE;
    }
    if (addresses.empty()) {
        RETURN_FALSE;
    }
    RETURN_STRINGL(addresses[0].data(), addresses[0].size());
}

PHP_METHOD(Study_Coroutine_System, getaddrinfo) {
    zend_string *name, *service = nullptr;
    zend_long family = 0, socktype = SOCK_STREAM, protocol = 0;
    double timeout = -1;
    ZEND_PARSE_PARAMETERS_START(1, 6)
        Z_PARAM_STR(name)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(family)
        Z_PARAM_LONG(socktype)
        Z_PARAM_LONG(protocol)
        Z_PARAM_STR_OR_NULL(service)
        Z_PARAM_DOUBLE(timeout)
    ZEND_PARSE_PARAMETERS_END();
    std::vector<std::string> addresses;
    if (!lookup(name, family, socktype, protocol, service ? ZSTR_VAL(service) : nullptr, timeout, 6, &addresses)) {
        if (EG(exception)) {
            RETURN_THROWS();
        }
        RETURN_FALSE;
    }
    array_init_size(return_value, static_cast<uint32_t>(addresses.size()));
    for (const std::string &address : addresses) {
        add_next_index_stringl(return_value, address.data(), address.size());
    }
}

PHP_METHOD(Study_Coroutine_System, waitSignal) {
    HashTable *list = nullptr;
    zend_long single = 0;
    double timeout = -1;
    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_ARRAY_HT_OR_LONG(list, single)
        Z_PARAM_OPTIONAL
        Z_PARAM_DOUBLE(timeout)
    ZEND_PARSE_PARAMETERS_END();
    int signals[NSIG];
    size_t count = 0;
    if (!signals_of(list, single, signals, &count) || !php_study_timeout_arg(timeout, 2, &timeout)) {
        RETURN_THROWS();
    }
    if (!php_study_wait_begin("Study\\Coroutine\\System::waitSignal()")) {
        RETURN_THROWS();
    }
    int received = 0;
    const study::WakeReason reason = study::wait_signal(signals, count, timeout, &received);
    if (!php_study_wait_end(reason)) {
        RETURN_THROWS();
    }
    switch (reason) {
        case study::WakeReason::kDone:
            RETURN_LONG(received);
        case study::WakeReason::kCanceled:
            php_study_throw_canceled("Study\\Coroutine\\System::waitSignal()");
            RETURN_THROWS();
        default: /* the timeout, or the main script stopped waiting (an exit is pending: nothing to return) */
            RETURN_FALSE;
    }
}

void php_study_system_minit(int module_number) {
    (void)module_number;
    php_study_system_ce = register_class_Study_Coroutine_System();
}

/* SPDX-License-Identifier: MIT */
/* Study\Coroutine\System: name resolution on libuv's thread pool, suspending only the calling coroutine. */
#include <netdb.h>
#include <sys/socket.h>

#include <cerrno>
#include <string>
#include <vector>

#include "php_study_coroutine.h"
#include "php_study_socket.h"
#include "php_study_timeout.h"
#include "stubs/php_study_system_arginfo.h"
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

void php_study_system_minit(int module_number) {
    (void)module_number;
    php_study_system_ce = register_class_Study_Coroutine_System();
}

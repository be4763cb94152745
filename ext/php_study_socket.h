/* SPDX-License-Identifier: MIT */
/* What other classes of the binding (Server) use of Study\Coroutine\Socket. */
#pragma once

#include <string>
#include <vector>

#include "php.h"
#include "study/socket.h"

extern zend_class_entry *php_study_socket_ce;
extern zend_class_entry *php_study_socket_exception_ce;

/* Makes `out` a new Study\Coroutine\Socket object that owns `socket`. */
void php_study_socket_wrap(zval *out, study::Socket *socket);
/* Seconds on a monotonic clock, for timeouts that span several waits. */
double php_study_monotonic_seconds(void);
/* Connects to `host` (an address, a name resolved without blocking, or a Unix path; binary safe); false with *error
 * set (an errno value), and *message set when the errno value alone does not say why. The timeout limits the whole
 * call (lookup and every address). */
bool php_study_socket_connect(study::Socket *socket, const std::string &host, zend_long port, double timeout,
                              int *error, const char **message);

/* Appends the addresses in `found` as text, in order, leaving out those `addresses` has already. */
void php_study_add_unique_addresses(const std::vector<sockaddr_storage> &found, std::vector<std::string> *addresses);

void php_study_socket_minit(int module_number);
void php_study_server_minit(int module_number);
void php_study_system_minit(int module_number);
void php_study_runtime_minit(int module_number);
void php_study_runtime_mshutdown(void);
void php_study_runtime_rinit(void);
void php_study_runtime_rshutdown(void);

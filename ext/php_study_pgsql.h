/* SPDX-License-Identifier: MIT */
/* Study\Runtime::HOOK_PDO_PGSQL and HOOK_PGSQL (ext/php_study_pgsql.cc): the calls into libpq that wait, made by PDO's
 * pgsql driver (pdo_pgsql.so) and by the pgsql extension (pgsql.so), redirected at their import slots so that they
 * wait as coroutines on libpq's asynchronous API. */
#pragma once

#include "php.h"

enum : zend_long {
    PHP_STUDY_HOOK_PDO_PGSQL = 1 << 12,
    PHP_STUDY_HOOK_PGSQL = 1 << 13,
};

/* Redirects the imports of pdo_pgsql.so and of pgsql.so as `flags` names them (and gives back the rest). Called by
 * Study\Runtime's apply(); the extensions are loaded by then (at enableCoroutine() and at RINIT). */
void php_study_pgsql_hook(zend_long flags);
/* The end of a request: the connections whose PQfinish() was deferred (closed by one coroutine while another waited
 * in a query on them) are finished now. */
void php_study_pgsql_rshutdown(void);
/* The module is unloaded next: every import slot gets libpq's function back. */
void php_study_pgsql_mshutdown(void);
/* Whether the hooks were built (libpq 14+ headers were found), for `php --ri study`. */
bool php_study_pgsql_built(void);

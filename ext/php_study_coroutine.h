/* SPDX-License-Identifier: MIT */
/* The PHP side of a coroutine: what it runs, its defers, and its saved engine state. Other classes of the
 * binding (channels, sockets, the scheduler) create and resume PHP coroutines through these functions. */
#pragma once

#include "php_study_vm.h"

namespace study {
class Coroutine;
}

extern zend_class_entry *php_study_coroutine_ce;
extern zend_class_entry *php_study_coroutine_error_ce;

/* Per-coroutine data of the binding, the core's opaque `task`. Lives on the Zend heap (emalloc) from
 * creation until the coroutine is freed. */
struct php_study_task {
    php_study_vm_state vm;            /* engine state while not running */
    zend_fiber_context fiber_context; /* EG(current_fiber_context) while this coroutine runs */
    zval callable;                    /* owned reference to the callable */
    zend_fcall_info_cache fcc;
    zval *args; /* owned copies of the arguments, argc of them */
    uint32_t argc;
    zval *defers; /* owned callables from Study\Coroutine::defer(), run last-in first-out */
    uint32_t defer_count;
    uint32_t defer_capacity;
    study::Coroutine *coroutine;
    bool user_yielded; /* parked by Study\Coroutine::yield(), so Study\Coroutine::resume() may wake it */
    bool destroying;   /* being destroyed at script end: a yield() inside throws a graceful exit */
};

/* Creates a coroutine running the callable with copies of args, runs it until it first suspends or ends,
 * and returns its id; throws Study\Coroutine\Error and returns -1 on failure. */
zend_long php_study_coroutine_create(zval *callable, zend_fcall_info_cache *fcc, zval *args, uint32_t argc);
/* Resumes a coroutine and forwards, into the caller, an exit() or fatal error that ended it. */
void php_study_coroutine_resume(study::Coroutine *coroutine);
/* The running coroutine's task, nullptr in the main script. */
php_study_task *php_study_current_task(void);

void php_study_coroutine_minit(int module_number);
void php_study_coroutine_rinit(void);
void php_study_coroutine_rshutdown(void);

/* SPDX-License-Identifier: MIT */
/* The PHP side of a coroutine: what it runs, its defers, and its saved engine state. Other classes of the
 * binding (channels, sockets, the scheduler) create and resume PHP coroutines through these functions. */
#pragma once

#include "php_study_vm.h"
#include "study/coroutine.h"
#include "study/scheduler.h"

namespace study {
class Coroutine;
}

extern zend_class_entry *php_study_coroutine_ce;
extern zend_class_entry *php_study_coroutine_error_ce;
extern zend_class_entry *php_study_coroutine_canceled_ce;

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
 * and returns its id; throws Study\Coroutine\Error and returns -1 on failure. A __call trampoline in *fcc is
 * consumed either way: by the call, or freed here when the coroutine is refused. */
zend_long php_study_coroutine_create(zval *callable, zend_fcall_info_cache *fcc, zval *args, uint32_t argc);
/* Resumes a coroutine and forwards, into the caller, an exit() or fatal error that ended it. */
void php_study_coroutine_resume(study::Coroutine *coroutine);
/* The task of a coroutine. */
inline php_study_task *php_study_task_of(study::Coroutine *coroutine) {
    return static_cast<php_study_task *>(coroutine->task());
}

/* The running coroutine's task, nullptr in the main script. */
php_study_task *php_study_current_task(void);

/* Throws Study\Coroutine\Error with a printf-style message. */
void php_study_throw_misuse(const char *format, ...) ZEND_ATTRIBUTE_FORMAT(printf, 1, 2);
/* Whether the running context may suspend now (ext/php_study_coroutine_wait.cc): the one rule, also the core's
 * may_suspend hook. False where the engine forbids switching (a destructor before PHP 8.4) and in a coroutine being
 * destroyed; there, waits that can block (sockets, DNS, sleep) block the thread as PHP's own functions do. */
bool php_study_may_suspend(void);
/* For a switch that comes back at once (create, resume, yield, cancel, running the loop): false, with
 * Study\Coroutine\Error thrown naming `what`, where the engine forbids switching (a destructor before PHP 8.4). */
bool php_study_switching_allowed(const char *what);
/* Throws what a wait that cannot block says where it may not suspend: Study\Coroutine\Error where the engine forbids
 * switching, a graceful exit (the coroutine unwinds) in a coroutine being destroyed. `what` nullptr names the
 * internal function running now. */
void php_study_refuse_wait(const char *what);
/* Registers, once per request, the end-of-script work: run the loop, report a deadlock, destroy leftovers. */
void php_study_register_shutdown(void);
/* Resumes every suspended coroutine with a graceful exit (finally blocks and defers run). */
void php_study_destroy_suspended(void);
/* The backtrace of a coroutine that is not running, as debug_backtrace() would give inside it. */
void php_study_suspended_backtrace(study::Coroutine *coroutine, zval *return_value, int options, int limit);
/* The script is ending (an exit() or an uncaught exception in a coroutine): the loop stops running. */
void php_study_mark_exiting(void);
/* Whether the script is ending by exit() or an uncaught exception. */
bool php_study_exiting(void);
/* Wakes the coroutines that join() the one that ends (ext/php_study_coroutine_wait.cc). */
void php_study_notify_joiners(zend_long cid);
/* Before a wait that cannot block (named `what` in errors): false, with php_study_refuse_wait()'s exception thrown,
 * where the running context may not suspend. In the main script it registers the end-of-script work. */
bool php_study_wait_begin(const char *what);
/* After a wait: false, with an exception pending, when the caller must return at once: its coroutine is being
 * destroyed (a graceful exit), the main script's wait could never end (reported here, and the script ends), or an
 * exit or error is pending. */
bool php_study_wait_end(study::WakeReason reason);
/* Throws Study\Coroutine\CanceledException for a canceled wait in `what`. */
void php_study_throw_canceled(const char *what);
/* What the end-of-script work runs (ext/php_study_coroutine_wait.cc). */
void php_study_run_at_script_end(void);

void php_study_coroutine_minit(int module_number);
void php_study_wait_minit(int module_number);
void php_study_wait_mshutdown(void);
void php_study_wait_rinit(void);
void php_study_wait_rshutdown(void);
void php_study_timer_minit(int module_number);
void php_study_channel_minit(int module_number);
void php_study_wait_group_minit(int module_number);
void php_study_coroutine_rinit(void);
void php_study_coroutine_rshutdown(void);

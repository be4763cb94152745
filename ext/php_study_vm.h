/* SPDX-License-Identifier: MIT */
/* Engine state switching: everything zend_fibers.c captures and restores, plus the error-handling mode, output
 * buffers and the serialize()/usort() state of ext/standard, saved per coroutine (docs/ARCHITECTURE.md). This is the
 * only file pair that knows those engine globals. */
#pragma once

#include "php_study.h"
#include "php_study_compat.h"

extern "C" {
#include "ext/standard/basic_functions.h"
#include "main/php_output.h"
#include "zend_extensions.h"
#include "zend_fibers.h"
#include "zend_observer.h"
}

namespace study {
class Coroutine;
}

/* The part of ext/standard's per-request globals that belongs to the call a context is inside: the tables of a
 * serialize() or unserialize() call (kept there for back-references, __sleep/__wakeup and nested calls) and the
 * comparator of a usort()-like call. Moved out of BG() to the heap only while a context that is inside such a call
 * is suspended, which is rare: the common switch pays for a few loads and a branch. */
struct php_study_basic_state {
    unsigned serialize_lock;
    decltype(php_basic_globals::serialize) serialize;
    decltype(php_basic_globals::unserialize) unserialize;
    zend_fcall_info user_compare_fci;
    zend_fcall_info_cache user_compare_fci_cache;
};

struct php_study_vm_state {
    /* These seven (eight on 8.4+) lie in the same order as in zend_executor_globals, so they are copied as one block.
     */
    zval *vm_stack_top;
    zval *vm_stack_end;
    zend_vm_stack vm_stack;
    size_t vm_stack_page_size;
    zend_execute_data *current_execute_data;
    php_study_fake_scope_t fake_scope;
    uint32_t jit_trace_num;
#if PHP_VERSION_ID >= 80400
    /* The innermost frame observers (profilers, APM) watch: in the executor globals from 8.4, right after
     * jit_trace_num (before, a static of zend_observer.c that only its fiber switch hook reaches). */
    zend_execute_data *current_observed_frame;
#endif
    JMP_BUF *bailout;
    int error_reporting;
    zend_fiber_context *current_fiber_context;
    zend_fiber *active_fiber;
    zend_error_handling_t error_handling;
    zend_class_entry *exception_class;
    php_study_stack_bounds stack_bounds; /* EG(stack_base) and EG(stack_limit) where the engine has them */
    /* Whether any of the rest was moved out of the engine (output buffers, serialize/sort state): tested alone on
     * every switch; the fields below are valid only when it is set. Must be false before the context first runs. */
    bool has_extras;
    /* Output buffers opened by this context; moved out of OG() while it is not running. */
    bool has_output;
    zend_stack output_handlers;
    php_output_handler *output_active;
    php_output_handler *output_running;
    /* The serialize/sort state of a call this context is inside, nullptr when it is in none. */
    php_study_basic_state *basic;
};

/* The core's on_switch hook. No exception is ever pending at a switch (switches happen inside internal function
 * calls, which the engine never makes with an exception pending), so exception state is not switched. It saves the
 * engine state of `from` (the main script when nullptr; nothing for a finished coroutine) and loads that of `to`
 * (nothing for a coroutine that has not started: it sets up its own). */
void php_study_vm_on_switch(study::Coroutine *from, study::Coroutine *to);
/* Whether the engine's fiber observers hear of coroutines (php_study_vm_rinit() decides it for the request). Each
 * coroutine's fiber context is then announced as a Fiber's is: init when it first runs, every switch to or from it,
 * and destroy when it is freed (php_study_vm_on_close()). Without them a switch pays one test of a flag. */
extern bool php_study_fibers_observed_flag;
inline bool php_study_fibers_observed() { return php_study_fibers_observed_flag; }
/* The engine has no query for registered fiber observers, so they are assumed wherever one can be: when an extension
 * observes calls (ZEND_OBSERVER_ENABLED: profilers, APM), or a Zend extension other than OPcache is loaded (Xdebug
 * registers fiber observers but no call observers). */
void php_study_vm_rinit(void);

/* Announces to the fiber observers that a coroutine's fiber context is gone (its task is being freed); nothing when
 * the coroutine never ran. */
void php_study_vm_on_close(zend_fiber_context *fiber_context);

/* Gives the running (new) coroutine a fresh VM stack with a bottom frame, its own fiber context and stack
 * bounds. `fiber_context` must live as long as the coroutine. Call it inside the coroutine's zend_try: the VM stack
 * allocation may bail out (memory_limit), and then EG(vm_stack) is nullptr. */
void php_study_vm_init(zend_fiber_context *fiber_context, study::Coroutine *coroutine);
/* Flushes the running coroutine's own output buffers and frees its VM stack; called as it ends. */
void php_study_vm_release(void);
/* Frees the VM stack and output buffers kept in `state` without running anything (after a fatal error). */
void php_study_vm_discard(php_study_vm_state *state);
/* The main script's innermost frame: the running one while it runs, the one saved at the switch while a coroutine
 * runs. For the dump (ext/php_study_dump.cc). */
zend_execute_data *php_study_vm_main_frame(void);

/* SPDX-License-Identifier: MIT */
/* PHP's signal handlers (pcntl_signal()) while the loop waits. pcntl's C handler only queues a signal and, with
 * async signals on, sets EG(vm_interrupt); the queue is run (pcntl_signal_dispatch()) when PHP code runs next. While
 * every coroutine waits, no PHP code runs until something else wakes the loop: a handler due at 1 s ran at 5 s
 * behind a 5 s sleep. So pcntl_signal() is hooked: after PHP's own call, the core follows the handler it installed
 * (study::follow_signal_handler(): the core's handler calls it and wakes the loop), and the scheduler's after_signal
 * hook, below, runs the queue from the main context as pcntl_signal_dispatch() does. Without the loop nothing
 * changes: PHP's handler runs as before, and so does the dispatch at PHP's own points.
 * Study\Coroutine\System::waitSignal() is in ext/php_study_system.cc. */
#include "php_study_coroutine.h"
#include "php_study_runtime.h"
#include "study/signal.h"

namespace {

void hooked_pcntl_signal(INTERNAL_FUNCTION_PARAMETERS);

php_study_hook g_pcntl_signal = {"pcntl_signal", 0, hooked_pcntl_signal, nullptr, false};

/* pcntl_signal(int $signal, callable|int $handler, ?bool $restart_syscalls = null): PHP's call, then the core follows
 * what it installed. The arguments are read back only after PHP accepted them (it returned true). */
void hooked_pcntl_signal(INTERNAL_FUNCTION_PARAMETERS) {
    g_pcntl_signal.original(INTERNAL_FUNCTION_PARAM_PASSTHRU);
    if (Z_TYPE_P(return_value) != IS_TRUE || ZEND_NUM_ARGS() < 2) {
        return;
    }
    zval *signo = ZEND_CALL_ARG(execute_data, 1);
    zval *handler = ZEND_CALL_ARG(execute_data, 2);
    ZVAL_DEREF(handler);
    /* An int is SIG_DFL or SIG_IGN (PHP refuses other ints); anything else is a callable PHP will run. */
    study::follow_signal_handler(static_cast<int>(zval_get_long(signo)), Z_TYPE_P(handler) != IS_LONG);
}

}  // namespace

bool php_study_run_signal_handlers(void) {
    php_study_dump_if_requested(); /* the dump signal (study.dump_signal) woke the loop: ext/php_study_dump.cc */
    auto *dispatch =
        static_cast<zend_function *>(zend_hash_str_find_ptr(CG(function_table), ZEND_STRL("pcntl_signal_dispatch")));
    if (dispatch == nullptr) {
        return true;
    }
    zval result;
    ZVAL_UNDEF(&result);
    zend_call_known_function(dispatch, nullptr, nullptr, &result, 0, nullptr, nullptr);
    zval_ptr_dtor(&result);
    return EG(exception) == nullptr;
}

void php_study_signal_rinit(void) { php_study_set_hook(g_pcntl_signal, true); }

void php_study_signal_rshutdown(void) {
    php_study_set_hook(g_pcntl_signal, false);
    study::restore_signals();
}

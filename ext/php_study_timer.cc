/* SPDX-License-Identifier: MIT */
/* Study\Timer: callbacks that run in a new coroutine after a delay, once or repeatedly, on the event loop. */

#include "php_study_coroutine.h"
#include "php_study_timeout.h"
#include "stubs/php_study_timer_arginfo.h"
#include "study/scheduler.h"

namespace scheduler = study::scheduler;

namespace {

zend_class_entry *php_study_timer_ce;

/* What a timer runs: an owned callable and owned copies of its arguments. */
struct TimerCallback {
    zval callable;
    zend_fcall_info_cache fcc; /* resolved once; empty for a __call trampoline, which is resolved per call */
    zval *args;
    uint32_t argc;
    php_study_origin origin; /* where the timer was started: the origin of the coroutines it creates */
};

bool fire(int64_t id, void *data) {
    (void)id;
    auto *callback = static_cast<TimerCallback *>(data);
    zend_fcall_info_cache fcc = callback->fcc;
    if (fcc.function_handler == nullptr &&
        !zend_is_callable_ex(&callback->callable, nullptr, 0, nullptr, &fcc, nullptr)) {
        return true;
    }
    php_study_coroutine_create_from(&callback->origin, &callback->callable, &fcc, callback->args, callback->argc);
    /* An exit() or an uncaught exception in the callback ends the script: stop the loop. */
    return EG(exception) == nullptr;
}

void release(void *data) {
    auto *callback = static_cast<TimerCallback *>(data);
    zval_ptr_dtor(&callback->callable);
    for (uint32_t i = 0; i < callback->argc; ++i) {
        zval_ptr_dtor(&callback->args[i]);
    }
    if (callback->args != nullptr) {
        efree(callback->args);
    }
    php_study_origin_release(&callback->origin);
    efree(callback);
}

void add(INTERNAL_FUNCTION_PARAMETERS, bool repeat) {
    double seconds;
    zend_fcall_info fci;
    zend_fcall_info_cache fcc;
    zval *args = nullptr;
    uint32_t argc = 0;
    ZEND_PARSE_PARAMETERS_START(2, -1)
        Z_PARAM_DOUBLE(seconds)
        Z_PARAM_FUNC(fci, fcc)
        Z_PARAM_VARIADIC('*', args, argc)
    ZEND_PARSE_PARAMETERS_END();
    if (!php_study_duration_valid(seconds, 1, repeat)) {
        RETURN_THROWS();
    }
    auto *callback = static_cast<TimerCallback *>(emalloc(sizeof(TimerCallback)));
    ZVAL_COPY(&callback->callable, &fci.function_name);
    callback->fcc = fcc; /* Z_PARAM_FUNC released a __call trampoline already, leaving function_handler null */
    callback->argc = argc;
    callback->args = nullptr;
    if (argc > 0) {
        callback->args = static_cast<zval *>(safe_emalloc(argc, sizeof(zval), 0));
        for (uint32_t i = 0; i < argc; ++i) {
            ZVAL_COPY(&callback->args[i], &args[i]);
        }
    }
    php_study_origin_here(&callback->origin);
    php_study_register_shutdown();
    callback->origin.timer = scheduler::add_timer(seconds, repeat, fire, callback, release);
    RETURN_LONG(callback->origin.timer);
}

}  // namespace

PHP_METHOD(Study_Timer, after) { add(INTERNAL_FUNCTION_PARAM_PASSTHRU, false); }

PHP_METHOD(Study_Timer, tick) { add(INTERNAL_FUNCTION_PARAM_PASSTHRU, true); }

PHP_METHOD(Study_Timer, clear) {
    zend_long id;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_LONG(id)
    ZEND_PARSE_PARAMETERS_END();
    RETURN_BOOL(scheduler::clear_timer(id));
}

PHP_METHOD(Study_Timer, list) {
    ZEND_PARSE_PARAMETERS_NONE();
    std::vector<int64_t> ids = scheduler::timer_ids();
    array_init_size(return_value, static_cast<uint32_t>(ids.size()));
    for (int64_t id : ids) {
        add_next_index_long(return_value, id);
    }
}

void php_study_timer_minit(int module_number) {
    (void)module_number;
    php_study_timer_ce = register_class_Study_Timer();
}

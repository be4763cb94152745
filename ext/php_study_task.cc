/* SPDX-License-Identifier: MIT */
/* The lifetime of a PHP coroutine's task: creation, the body (call, defers, uncaught exceptions), the end, and the one
 * path by which an exit() or a fatal error that ended a coroutine reaches whoever resumed it. */
#include "php_study_coroutine.h"
#include "php_study_overflow.h"

extern "C" {
#include "zend_builtin_functions.h"
#include "zend_exceptions.h"
}

#include "study/coroutine.h"
#include "study/error.h"

using study::Coroutine;
using study::CoroutineState;

/* What a coroutine that just ended hands to its resumer: an exit to continue unwinding, or a fatal error. */
zend_object *php_study_pending_exit = nullptr;
bool php_study_pending_bailout = false;

namespace {

/* Drops the callable, the arguments and the defers the task still owns. */
void release_values(php_study_task *task) {
    zval_ptr_dtor(&task->callable);
    ZVAL_UNDEF(&task->callable);
    for (uint32_t i = 0; i < task->argc; ++i) {
        zval_ptr_dtor(&task->args[i]);
    }
    if (task->args != nullptr) {
        efree(task->args);
        task->args = nullptr;
    }
    task->argc = 0;
    for (uint32_t i = 0; i < task->defer_count; ++i) {
        zval_ptr_dtor(&task->defers[i]);
    }
    if (task->defers != nullptr) {
        efree(task->defers);
        task->defers = nullptr;
    }
    task->defer_count = task->defer_capacity = 0;
}

/* Where a coroutine's frames on its shared stack begin when it switched away from a PHP Fiber's stack: the
 * engine recorded that point in the coroutine's fiber context when it entered the fiber. */
void *stack_pointer_on_shared_stack(study::ExecContext *context) {
    Coroutine *coroutine = Coroutine::from_context(context);
    return coroutine != nullptr ? php_study_task_of(coroutine)->fiber_context.handle : nullptr;
}

void on_close(Coroutine *coroutine) {
    php_study_task *task = php_study_task_of(coroutine);
    if (coroutine->state() != CoroutineState::kDead) {
        /* Abandoned after a fatal error: its VM stack was never released by the coroutine itself. */
        php_study_vm_discard(&task->vm);
    }
    release_values(task);
    php_study_vm_on_close(&task->fiber_context);
    if (task->origin_file != nullptr) {
        zend_string_release(task->origin_file);
    }
    efree(task);
    php_study_notify_joiners(coroutine->id());
    php_study_memory_after_close();
}

/* Takes the pending exception out of the engine, leaving none. */
zend_object *take_exception() {
    zend_object *exception = EG(exception);
    if (exception != nullptr) {
        EG(exception) = nullptr;
        EG(opline_before_exception) = nullptr;
    }
    return exception;
}

/* Folds a newly thrown exception into the one already pending, as PHP does for finally blocks; returns the
 * exception that stays pending. An unwind exit (exit()) always wins. */
zend_object *merge_exception(zend_object *pending, zend_object *thrown) {
    if (thrown == nullptr) {
        return pending;
    }
    if (pending == nullptr) {
        return thrown;
    }
    if (zend_is_unwind_exit(pending)) {
        OBJ_RELEASE(thrown);
        return pending;
    }
    if (zend_is_unwind_exit(thrown) || zend_is_graceful_exit(pending)) {
        OBJ_RELEASE(pending);
        return thrown;
    }
    if (zend_is_graceful_exit(thrown)) {
        OBJ_RELEASE(thrown);
        return pending;
    }
    zend_exception_set_previous(thrown, pending);
    return thrown;
}

/* Runs the defers last-in first-out. Each one runs even when an earlier one threw. */
zend_object *run_defers(php_study_task *task, zend_object *pending) {
    while (task->defer_count > 0 && !(pending != nullptr && zend_is_unwind_exit(pending))) {
        zval callable = task->defers[--task->defer_count];
        zval retval;
        zend_fcall_info fci = {};
        fci.size = sizeof(fci);
        ZVAL_COPY_VALUE(&fci.function_name, &callable);
        fci.retval = &retval;
        if (zend_call_function(&fci, nullptr) == SUCCESS) {
            zval_ptr_dtor(&retval);
        }
        zval_ptr_dtor(&callable);
        pending = merge_exception(pending, take_exception());
    }
    return pending;
}

/* Reports an exception nobody caught, the way the engine does at the end of the main script. */
void report_uncaught(zend_object *exception) {
    EG(exception) = exception;
    if (Z_TYPE(EG(user_exception_handler)) != IS_UNDEF) {
        zend_user_exception_handler();
    }
    if (EG(exception) != nullptr) {
        zend_exception_error(EG(exception), E_ERROR);
    }
}

/* The body of every PHP coroutine: call, defers, exception handling. Runs inside zend_try. */
void run_body(php_study_task *task) {
    zval retval;
    zend_fcall_info fci = {};
    fci.size = sizeof(fci);
    ZVAL_COPY_VALUE(&fci.function_name, &task->callable);
    fci.retval = &retval;
    fci.params = task->args;
    fci.param_count = task->argc;
    if (task->prelude != nullptr && !task->prelude(task)) {
        zend_release_fcall_info_cache(&task->fcc); /* the call that would have consumed a __call trampoline */
    } else if (task->native != nullptr) {
        task->native(task->native_data);
    } else if (zend_call_function(&fci, &task->fcc) == SUCCESS) {
        zval_ptr_dtor(&retval);
    }
    zend_object *pending = take_exception();
    if (pending != nullptr && zend_is_graceful_exit(pending)) {
        OBJ_RELEASE(pending);
        pending = nullptr;
    }
    pending = run_defers(task, pending);
    if (pending == nullptr) {
        return;
    }
    if (task->destroying && php_study_exiting() && !zend_is_unwind_exit(pending)) {
        /* The script is ending (exit(), or an uncaught exception reported already) and this coroutine was destroyed
         * in a wait. An extension may have turned that ended wait into its own exception, replacing the graceful
         * exit (mysqli: "MySQL server has gone away"): nothing is reported, as PHP's exit() reports nothing. */
        OBJ_RELEASE(pending);
        return;
    }
    if (zend_is_unwind_exit(pending)) {
        /* exit(): the resumer continues unwinding, up to the main script. */
        php_study_pending_exit = pending;
        return;
    }
    report_uncaught(pending);
    /* An uncaught exception ends the script, as in the main script; exit status 255 is set by the report. */
    php_study_pending_exit = zend_create_unwind_exit();
}

void coroutine_main(void *arg) {
    auto *task = static_cast<php_study_task *>(arg);
    bool bailout = false;
    zend_try {
        /* Inside the try: a bailout out of the VM stack's allocation comes here, not to the resumer's jump buffer. */
        php_study_vm_init(&task->fiber_context, Coroutine::current());
        run_body(task);
        release_values(task);
        zend_object *late = take_exception();
        if (late != nullptr) {
            /* A destructor run by releasing the values threw: report it like any uncaught exception. */
            php_study_pending_exit = merge_exception(php_study_pending_exit, late);
        }
    }
    zend_catch { bailout = true; }
    zend_end_try();
    if (bailout) {
        /* A fatal error: the resumer bails out in turn, up to the main script. */
        php_study_pending_bailout = true;
        zend_vm_stack_destroy();
    } else {
        php_study_vm_release();
    }
}

/* Inline, so that a create calls the core's switch directly (see Coroutine::resume()). */
[[gnu::always_inline]] inline void resume_and_forward(Coroutine *coroutine,
                                                      php_study_resumer resumer = php_study_resumer::kRunning) {
    coroutine->resume();
    php_study_forward_pending_end(resumer);
}

}  // namespace

/* The one path by which the end of a coroutine reaches its resumer. A fatal error (bailout) always bails out in the
 * resumer in turn, up to the main script, after the main context's waits are unlinked (the long jump leaves them).
 * An exit() (or an uncaught exception, reported already) is thrown into running code, which unwinds up to the main
 * script; the end-of-script destruction drops it, since the script ends anyway, and destroys the other coroutines. */
void php_study_forward_pending_end_now(php_study_resumer resumer) {
    if (UNEXPECTED(php_study_pending_bailout)) {
        php_study_pending_bailout = false;
        study::scheduler::unwind(); /* the long jump leaves any run of the loop and any wait of the main context */
        zend_bailout();
    }
    if (UNEXPECTED(php_study_pending_exit != nullptr)) {
        zend_object *exception = php_study_pending_exit;
        php_study_pending_exit = nullptr;
        if (resumer == php_study_resumer::kEndOfScript) {
            OBJ_RELEASE(exception);
            return;
        }
        php_study_mark_exiting();
        zend_throw_exception_internal(exception);
    }
}

void php_study_coroutine_resume(Coroutine *coroutine, php_study_resumer resumer) {
    resume_and_forward(coroutine, resumer);
}

php_study_task *php_study_current_task(void) {
    Coroutine *coroutine = Coroutine::current();
    return coroutine ? php_study_task_of(coroutine) : nullptr;
}

namespace {
zend_long create(zval *callable, zend_fcall_info_cache *fcc, void (*native)(void *), void *native_data, zval *args,
                 uint32_t argc, bool (*prelude)(php_study_task *task), const php_study_origin *origin = nullptr) {
    if (!php_study_switching_allowed("Study\\Coroutine::create()")) {
        zend_release_fcall_info_cache(fcc); /* a __call trampoline is freed by the call that never comes */
        return -1;
    }
    auto *task = static_cast<php_study_task *>(emalloc(sizeof(php_study_task)));
    /* Only what is read before the coroutine first runs is set here: the engine state and the fiber context are
     * filled in by php_study_vm_init() and the first switch away (clearing the whole task took a tenth of a create).
     * A coroutine abandoned before it ran has no VM stack and no output buffers to discard. */
    task->vm.vm_stack = nullptr;
    task->vm.current_execute_data = nullptr;
    task->vm.has_extras = false;
    task->fiber_context.handle = nullptr;
    task->fiber_context.kind = nullptr; /* set when it first runs: php_study_vm_on_close() announces only those */
    task->args = nullptr;
    task->argc = 0;
    task->defers = nullptr;
    task->defer_count = 0;
    task->defer_capacity = 0;
    task->user_yielded = false;
    task->destroying = false;
    task->native = native;
    task->native_data = native_data;
    task->prelude = prelude;
    php_study_origin here;
    if (origin == nullptr) {
        php_study_origin_here(&here); /* the reference it takes goes to the task */
    } else {
        here = *origin;
        if (here.file != nullptr) {
            zend_string_addref(here.file);
        }
    }
    task->origin_file = here.file;
    task->origin_line = here.line;
    task->origin_timer = here.timer > 0 && here.timer <= UINT32_MAX ? static_cast<uint32_t>(here.timer) : 0;
    if (callable != nullptr) {
        ZVAL_COPY(&task->callable, callable);
        task->fcc = *fcc;
    } else {
        ZVAL_UNDEF(&task->callable);
        memset(&task->fcc, 0, sizeof(task->fcc));
    }
    if (argc > 0) {
        task->args = static_cast<zval *>(safe_emalloc(argc, sizeof(zval), 0));
        for (uint32_t i = 0; i < argc; ++i) {
            ZVAL_COPY(&task->args[i], &args[i]);
        }
        task->argc = argc;
    }
    Coroutine *coroutine = Coroutine::create(coroutine_main, task);
    if (UNEXPECTED(coroutine == nullptr)) {
        zend_release_fcall_info_cache(fcc);
        release_values(task);
        if (task->origin_file != nullptr) {
            zend_string_release(task->origin_file);
        }
        efree(task);
        if (study::last_error() == study::Error::kCoroutineLimit) {
            php_study_throw_misuse("cannot create a coroutine: the limit of " ZEND_LONG_FMT
                                   " live coroutines is reached; raise study.max_coroutines or call "
                                   "Study\\Coroutine::set(['max_coroutines' => N])",
                                   static_cast<zend_long>(Coroutine::stats().max));
        } else {
            php_study_throw_misuse("cannot create a coroutine: %s (stack size " ZEND_LONG_FMT " bytes)",
                                   study::error_message(study::last_error()),
                                   static_cast<zend_long>(Coroutine::stats().stack_size));
        }
        return -1;
    }
    coroutine->set_task(task);
    php_study_memory_after_create();
    php_study_register_shutdown();
    const zend_long id = coroutine->id();
    resume_and_forward(coroutine); /* inline: one frame less to return through after the switch */
    return id;
}
}  // namespace

zend_long php_study_coroutine_create(zval *callable, zend_fcall_info_cache *fcc, zval *args, uint32_t argc,
                                     bool (*prelude)(php_study_task *task)) {
    return create(callable, fcc, nullptr, nullptr, args, argc, prelude);
}

zend_long php_study_coroutine_create_from(const php_study_origin *origin, zval *callable, zend_fcall_info_cache *fcc,
                                          zval *args, uint32_t argc) {
    return create(callable, fcc, nullptr, nullptr, args, argc, nullptr, origin);
}

zend_long php_study_coroutine_create_native(void (*body)(void *data), void *data, zval *args, uint32_t argc) {
    zend_fcall_info_cache none = {};
    return create(nullptr, &none, body, data, args, argc, nullptr);
}

void php_study_suspended_backtrace(Coroutine *coroutine, zval *return_value, int options, int limit) {
    zend_execute_data *running = EG(current_execute_data);
    EG(current_execute_data) = php_study_task_of(coroutine)->vm.current_execute_data;
    zend_fetch_debug_backtrace(return_value, 0, options, limit);
    EG(current_execute_data) = running;
    php_study_end_backtrace(coroutine, return_value, limit);
}

void php_study_end_backtrace(Coroutine *coroutine, zval *trace, int limit) {
    if (limit <= 0 || zend_hash_num_elements(Z_ARRVAL_P(trace)) < static_cast<uint32_t>(limit)) {
        php_study_add_origin_frame(coroutine, trace);
    }
}

void php_study_task_minit(void) {
    study::CoroutineHooks hooks;
    hooks.on_switch = php_study_vm_on_switch;
    hooks.on_close = on_close;
    study::set_coroutine_hooks(hooks);

    study::StackHooks stack_hooks;
    stack_hooks.stack_pointer_on_shared_stack = stack_pointer_on_shared_stack;
    stack_hooks.on_overflow = php_study_on_stack_overflow;
    study::set_stack_hooks(stack_hooks);
    study::install_overflow_guard();
}

void php_study_task_rshutdown(void) {
    if (php_study_pending_exit != nullptr) {
        OBJ_RELEASE(php_study_pending_exit);
        php_study_pending_exit = nullptr;
    }
    php_study_pending_bailout = false;
}

/* SPDX-License-Identifier: MIT */
/* Study\Coroutine: creating, yielding, resuming and inspecting coroutines from PHP. */
#include "php_study_coroutine.h"

#include "php_study_overflow.h"

#include <malloc.h>
#include <unistd.h>

#include <algorithm>
#include <vector>

extern "C" {
#include "ext/standard/basic_functions.h"
#include "zend_builtin_functions.h"
#include "zend_exceptions.h"
}

#include "stubs/php_study_coroutine_arginfo.h"
#include "study/coroutine.h"
#include "study/error.h"
#include "study/scheduler.h"

using study::Coroutine;
using study::CoroutineState;

zend_class_entry *php_study_coroutine_ce;
zend_class_entry *php_study_coroutine_error_ce;
zend_class_entry *php_study_coroutine_canceled_ce;

namespace {

constexpr zend_long kMinStackSize = 64 * 1024;
constexpr zend_long kMaxStackSize = 512 * 1024 * 1024;

/* What a coroutine that just ended hands to its resumer: an exit to continue unwinding, or a fatal error. */
zend_object *g_pending_exit = nullptr;
bool g_pending_bailout = false;
/* The internal function that destroys leftover coroutines at script end, run as a shutdown function. */
zend_internal_function g_shutdown_function;

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

/* After a burst of many coroutines has ended, give the memory the allocators keep for reuse back to the
 * system, so that the process shrinks back near its size before the burst. */
constexpr size_t kBurstSize = 65536;
size_t g_burst_peak = 0;

void release_memory_after_burst() {
    const size_t live = Coroutine::count();
    if (live > g_burst_peak) {
        g_burst_peak = live;
    } else if (g_burst_peak >= kBurstSize && live * 8 < g_burst_peak) {
        g_burst_peak = live;
        zend_mm_gc(zend_mm_get_heap());
#ifdef __GLIBC__
        malloc_trim(0);
#endif
    }
}

void on_close(Coroutine *coroutine) {
    php_study_task *task = php_study_task_of(coroutine);
    if (coroutine->state() != CoroutineState::kDead) {
        /* Abandoned after a fatal error: its VM stack was never released by the coroutine itself. */
        php_study_vm_discard(&task->vm);
    }
    release_values(task);
    efree(task);
    php_study_notify_joiners(coroutine->id());
    release_memory_after_burst();
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
    if (zend_call_function(&fci, &task->fcc) == SUCCESS) {
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
        g_pending_exit = pending;
        return;
    }
    report_uncaught(pending);
    /* An uncaught exception ends the script, as in the main script; exit status 255 is set by the report. */
    g_pending_exit = zend_create_unwind_exit();
}

void coroutine_main(void *arg) {
    auto *task = static_cast<php_study_task *>(arg);
    bool bailout = false;
    zend_try {
        /* Inside the try: a bailout out of the VM stack's allocation comes here, not to the resumer's jump buffer. */
        php_study_vm_init(&task->fiber_context, task->coroutine);
        run_body(task);
        release_values(task);
        zend_object *late = take_exception();
        if (late != nullptr) {
            /* A destructor run by releasing the values threw: report it like any uncaught exception. */
            g_pending_exit = merge_exception(g_pending_exit, late);
        }
    }
    zend_catch { bailout = true; }
    zend_end_try();
    if (bailout) {
        /* A fatal error: the resumer bails out in turn, up to the main script. */
        g_pending_bailout = true;
        zend_vm_stack_destroy();
    } else {
        php_study_vm_release();
    }
}

}  // namespace

void php_study_throw_misuse(const char *format, ...) {
    va_list args;
    va_start(args, format);
    zend_string *message = zend_vstrpprintf(0, format, args);
    va_end(args);
    zend_throw_exception(php_study_coroutine_error_ce, ZSTR_VAL(message), 0);
    zend_string_release(message);
}

bool php_study_switching_allowed(const char *what) {
    if (UNEXPECTED(zend_fiber_switch_blocked())) {
        php_study_throw_misuse(
            "%s: cannot switch coroutines here (PHP forbids it while a destructor runs); do it outside "
            "__destruct()",
            what);
        return false;
    }
    return true;
}

void php_study_register_shutdown(void) {
    if (STUDY_G(shutdown_registered)) {
        return;
    }
    php_shutdown_function_entry entry;
    memset(&entry, 0, sizeof(entry));
    entry.fci.size = sizeof(entry.fci);
    ZVAL_STR(&entry.fci.function_name, g_shutdown_function.function_name);
    entry.fci_cache.function_handler = reinterpret_cast<zend_function *>(&g_shutdown_function);
    append_user_shutdown_function(&entry);
    STUDY_G(shutdown_registered) = true;
}

namespace {

std::vector<zend_long> live_ids_sorted() {
    std::vector<int64_t> ids = Coroutine::ids();
    return std::vector<zend_long>(ids.begin(), ids.end());
}

}  // namespace

/* Resumes every suspended coroutine with a graceful exit so that its finally blocks and defers run, as PHP
 * does for a suspended Fiber at script end. Coroutines started meanwhile are destroyed in the next round. */
void php_study_destroy_suspended(void) {
    constexpr int kMaxRounds = 64;
    for (int round = 0; round < kMaxRounds && Coroutine::count() != 0; ++round) {
        for (zend_long id : live_ids_sorted()) {
            Coroutine *coroutine = Coroutine::get(id);
            if (coroutine == nullptr || coroutine->state() != CoroutineState::kSuspended) {
                continue;
            }
            php_study_task_of(coroutine)->destroying = true;
            /* A coroutine waiting for something wakes as canceled; the waiting function then sees `destroying`. */
            if (study::WaitPoint *wait = study::scheduler::waiting(coroutine)) {
                study::scheduler::wake(wait, study::WakeReason::kCanceled);
            }
            coroutine->resume();
            if (g_pending_bailout) {
                g_pending_bailout = false;
                study::scheduler::unwind(); /* the long jump leaves any run of the loop */
                zend_bailout();
            }
            if (g_pending_exit != nullptr) {
                /* Already reported (or an exit()): keep destroying the others. */
                OBJ_RELEASE(g_pending_exit);
                g_pending_exit = nullptr;
            }
        }
    }
}

void php_study_suspended_backtrace(Coroutine *coroutine, zval *return_value, int options, int limit) {
    zend_execute_data *running = EG(current_execute_data);
    EG(current_execute_data) = php_study_task_of(coroutine)->vm.current_execute_data;
    zend_fetch_debug_backtrace(return_value, 0, options, limit);
    EG(current_execute_data) = running;
}

namespace {

ZEND_NAMED_FUNCTION(php_study_shutdown_handler) {
    ZEND_PARSE_PARAMETERS_NONE();
    /* A coroutine or timer started from now on (in a finally block, or by a shutdown function registered after
     * this one) registers this work again, so it runs once more after everything else. */
    STUDY_G(shutdown_registered) = false;
    if (CG(unclean_shutdown)) {
        return; /* after a fatal error nothing runs any more; RSHUTDOWN frees what is left */
    }
    php_study_run_at_script_end();
}

}  // namespace

php_study_task *php_study_current_task(void) {
    Coroutine *coroutine = Coroutine::current();
    return coroutine ? php_study_task_of(coroutine) : nullptr;
}

namespace {
/* After a resume: forwards, into the resumer, the exit() or fatal error that ended the coroutine. */
void forward_pending_end_now() {
    if (UNEXPECTED(g_pending_bailout)) {
        g_pending_bailout = false;
        study::scheduler::unwind(); /* the long jump leaves any run of the loop */
        zend_bailout();
    }
    if (UNEXPECTED(g_pending_exit != nullptr)) {
        zend_object *exception = g_pending_exit;
        g_pending_exit = nullptr;
        php_study_mark_exiting();
        zend_throw_exception_internal(exception);
    }
}

/* After a resume: forwards an exit() or fatal error that ended the coroutine, if one did. */
inline void forward_pending_end() {
    if (UNEXPECTED(g_pending_bailout || g_pending_exit != nullptr)) {
        forward_pending_end_now();
    }
}

/* Inline, so that a create calls the core's switch directly (see Coroutine::resume()). */
[[gnu::always_inline]] inline void resume_and_forward(Coroutine *coroutine) {
    coroutine->resume();
    forward_pending_end();
}
}  // namespace

void php_study_coroutine_resume(Coroutine *coroutine) { resume_and_forward(coroutine); }

zend_long php_study_coroutine_create(zval *callable, zend_fcall_info_cache *fcc, zval *args, uint32_t argc) {
    if (!php_study_switching_allowed("Study\\Coroutine::create()")) {
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
    task->args = nullptr;
    task->argc = 0;
    task->defers = nullptr;
    task->defer_count = 0;
    task->defer_capacity = 0;
    task->coroutine = nullptr;
    task->user_yielded = false;
    task->destroying = false;
    ZVAL_COPY(&task->callable, callable);
    task->fcc = *fcc;
    if (argc > 0) {
        task->args = static_cast<zval *>(safe_emalloc(argc, sizeof(zval), 0));
        for (uint32_t i = 0; i < argc; ++i) {
            ZVAL_COPY(&task->args[i], &args[i]);
        }
        task->argc = argc;
    }
    Coroutine *coroutine = Coroutine::create(coroutine_main, task);
    if (UNEXPECTED(coroutine == nullptr)) {
        release_values(task);
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
    task->coroutine = coroutine;
    coroutine->set_task(task);
    if (Coroutine::count() > g_burst_peak) {
        g_burst_peak = Coroutine::count();
    }
    php_study_register_shutdown();
    const zend_long id = coroutine->id();
    resume_and_forward(coroutine); /* inline: one frame less to return through after the switch */
    return id;
}

/* Shared by study_coroutine_create(), sgo() and Study\Coroutine::create(). */
static void php_study_create_from_call(INTERNAL_FUNCTION_PARAMETERS) {
    zend_fcall_info fci;
    zend_fcall_info_cache fcc;
    zval *args = nullptr;
    uint32_t argc = 0;
    ZEND_PARSE_PARAMETERS_START(1, -1)
        Z_PARAM_FUNC(fci, fcc)
        Z_PARAM_VARIADIC('*', args, argc)
    ZEND_PARSE_PARAMETERS_END();
    zend_long id = php_study_coroutine_create(&fci.function_name, &fcc, args, argc);
    if (id < 0 || EG(exception)) {
        RETURN_THROWS();
    }
    RETURN_LONG(id);
}

PHP_FUNCTION(study_coroutine_create) { php_study_create_from_call(INTERNAL_FUNCTION_PARAM_PASSTHRU); }

PHP_METHOD(Study_Coroutine, create) { php_study_create_from_call(INTERNAL_FUNCTION_PARAM_PASSTHRU); }

namespace {
/* Study\Coroutine::yield() (`resume` false) and ::resume() share this function, entered by a tail call from both
 * methods, and it calls the core's switch at one place for both. A yield and the resume it returns to then leave and
 * come back through the same frames, so the CPU predicts every return after the switch (see
 * Coroutine::resume_or_yield()). */
[[gnu::noinline]] void yield_or_resume(zend_execute_data *execute_data, zval *return_value, bool resume) {
    Coroutine *target = nullptr;
    php_study_task *task = nullptr;
    if (resume) {
        zend_long cid;
        ZEND_PARSE_PARAMETERS_START(1, 1)
            Z_PARAM_LONG(cid)
        ZEND_PARSE_PARAMETERS_END();
        target = Coroutine::get(cid);
        if (target != nullptr && target == Coroutine::current()) {
            php_study_throw_misuse(
                "Study\\Coroutine::resume(): coroutine " ZEND_LONG_FMT
                " cannot resume itself; resume it from another coroutine or the main script after it yields",
                cid);
            RETURN_THROWS();
        }
        if (target == nullptr || !php_study_task_of(target)->user_yielded) {
            php_error_docref(nullptr, E_WARNING, "resume error");
            RETURN_FALSE;
        }
        if (!php_study_switching_allowed("Study\\Coroutine::resume()")) {
            RETURN_THROWS();
        }
        php_study_task_of(target)->user_yielded = false;
    } else {
        ZEND_PARSE_PARAMETERS_NONE();
        task = php_study_current_task();
        if (task == nullptr) {
            php_study_throw_misuse(
                "Study\\Coroutine::yield() can only be called inside a coroutine; start one with Sgo()");
            RETURN_THROWS();
        }
        if (task->destroying) {
            zend_throw_graceful_exit();
            RETURN_THROWS();
        }
        if (!php_study_switching_allowed("Study\\Coroutine::yield()")) {
            RETURN_THROWS();
        }
        task->user_yielded = true;
    }
    Coroutine::resume_or_yield(target);
    if (resume) {
        forward_pending_end();
        if (EG(exception)) {
            RETURN_THROWS();
        }
    } else {
        task->user_yielded = false;
        if (task->destroying) {
            zend_throw_graceful_exit();
            RETURN_THROWS();
        }
    }
    RETURN_TRUE;
}
}  // namespace

PHP_METHOD(Study_Coroutine, yield) { yield_or_resume(execute_data, return_value, false); }

PHP_METHOD(Study_Coroutine, resume) { yield_or_resume(execute_data, return_value, true); }

PHP_METHOD(Study_Coroutine, getCid) {
    ZEND_PARSE_PARAMETERS_NONE();
    Coroutine *coroutine = Coroutine::current();
    RETURN_LONG(coroutine ? coroutine->id() : -1);
}

PHP_METHOD(Study_Coroutine, getPcid) {
    zend_long cid = 0;
    bool cid_is_null = true;
    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG_OR_NULL(cid, cid_is_null)
    ZEND_PARSE_PARAMETERS_END();
    Coroutine *coroutine = cid_is_null ? Coroutine::current() : Coroutine::get(cid);
    RETURN_LONG(coroutine ? coroutine->parent_id() : -1);
}

PHP_METHOD(Study_Coroutine, isExist) {
    zend_long cid;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_LONG(cid)
    ZEND_PARSE_PARAMETERS_END();
    RETURN_BOOL(Coroutine::get(cid) != nullptr);
}

PHP_METHOD(Study_Coroutine, defer) {
    zend_fcall_info fci;
    zend_fcall_info_cache fcc;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_FUNC(fci, fcc)
    ZEND_PARSE_PARAMETERS_END();
    /* Only the callable is kept; it is resolved again when it runs, which also frees a __call trampoline. */
    zend_release_fcall_info_cache(&fcc);
    php_study_task *task = php_study_current_task();
    if (task == nullptr) {
        php_study_throw_misuse(
            "Study\\Coroutine::defer() can only be called inside a coroutine; use register_shutdown_function() "
            "or try/finally in the main script");
        RETURN_THROWS();
    }
    if (task->defer_count == task->defer_capacity) {
        task->defer_capacity = task->defer_capacity ? task->defer_capacity * 2 : 4;
        task->defers = static_cast<zval *>(safe_erealloc(task->defers, task->defer_capacity, sizeof(zval), 0));
    }
    ZVAL_COPY(&task->defers[task->defer_count++], &fci.function_name);
}

PHP_METHOD(Study_Coroutine, list) {
    ZEND_PARSE_PARAMETERS_NONE();
    std::vector<zend_long> ids = live_ids_sorted();
    array_init_size(return_value, static_cast<uint32_t>(ids.size()));
    for (zend_long id : ids) {
        add_next_index_long(return_value, id);
    }
}

PHP_METHOD(Study_Coroutine, stats) {
    ZEND_PARSE_PARAMETERS_NONE();
    const study::CoroutineStats stats = Coroutine::stats();
    const study::StackStats stacks = study::stack_stats();
    array_init(return_value);
    add_assoc_long(return_value, "coroutine_num", static_cast<zend_long>(stats.live));
    add_assoc_long(return_value, "coroutine_peak_num", static_cast<zend_long>(stats.peak));
    add_assoc_long(return_value, "coroutine_last_cid", stats.last_id);
    add_assoc_long(return_value, "c_stack_size", static_cast<zend_long>(stats.stack_size));
    add_assoc_long(return_value, "max_coroutines", static_cast<zend_long>(stats.max));
    add_assoc_long(return_value, "stack_shared_num", static_cast<zend_long>(stacks.shared_stacks));
    add_assoc_long(return_value, "stack_shared_bytes", static_cast<zend_long>(stacks.mapped_bytes));
    add_assoc_long(return_value, "stack_saved_num", static_cast<zend_long>(stacks.saved_contexts));
    add_assoc_long(return_value, "stack_saved_bytes", static_cast<zend_long>(stacks.saved_bytes));
    add_assoc_long(return_value, "stack_copies_out", static_cast<zend_long>(stacks.copies_out));
    add_assoc_long(return_value, "stack_copies_in", static_cast<zend_long>(stacks.copies_in));
}

PHP_METHOD(Study_Coroutine, getBackTrace) {
    zend_long cid = 0;
    zend_long options = DEBUG_BACKTRACE_PROVIDE_OBJECT;
    zend_long limit = 0;
    ZEND_PARSE_PARAMETERS_START(0, 3)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(cid)
        Z_PARAM_LONG(options)
        Z_PARAM_LONG(limit)
    ZEND_PARSE_PARAMETERS_END();
    Coroutine *current = Coroutine::current();
    if (cid == 0 || (current != nullptr && cid == current->id())) {
        zend_fetch_debug_backtrace(return_value, 1, static_cast<int>(options), static_cast<int>(limit));
        return;
    }
    Coroutine *coroutine = Coroutine::get(cid);
    if (coroutine == nullptr) {
        RETURN_FALSE;
    }
    /* A coroutine that is not running has its frames saved in its task: walk them as if it ran. */
    php_study_suspended_backtrace(coroutine, return_value, static_cast<int>(options), static_cast<int>(limit));
}

PHP_METHOD(Study_Coroutine, set) {
    HashTable *options;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ARRAY_HT(options)
    ZEND_PARSE_PARAMETERS_END();
    zend_string *key;
    zval *value;
    /* Validate everything first, so that a bad option changes nothing. */
    ZEND_HASH_FOREACH_STR_KEY_VAL(options, key, value) {
        if (key == nullptr ||
            (!zend_string_equals_literal(key, "stack_size") && !zend_string_equals_literal(key, "max_coroutines"))) {
            zend_argument_value_error(1,
                                      "has an unknown option \"%s\"; known options are stack_size and "
                                      "max_coroutines",
                                      key ? ZSTR_VAL(key) : "(integer key)");
            RETURN_THROWS();
        }
        if (Z_TYPE_P(value) != IS_LONG) {
            zend_argument_type_error(1, "option \"%s\" must be of type int, %s given", ZSTR_VAL(key),
                                     zend_zval_type_name(value));
            RETURN_THROWS();
        }
        if (zend_string_equals_literal(key, "stack_size") &&
            (Z_LVAL_P(value) < kMinStackSize || Z_LVAL_P(value) > kMaxStackSize)) {
            zend_argument_value_error(
                1, "option \"stack_size\" must be between " ZEND_LONG_FMT " and " ZEND_LONG_FMT " bytes", kMinStackSize,
                kMaxStackSize);
            RETURN_THROWS();
        }
        if (zend_string_equals_literal(key, "max_coroutines") && Z_LVAL_P(value) < 0) {
            zend_argument_value_error(1, "option \"max_coroutines\" must be 0 (no limit) or more");
            RETURN_THROWS();
        }
    }
    ZEND_HASH_FOREACH_END();
    ZEND_HASH_FOREACH_STR_KEY_VAL(options, key, value) {
        if (zend_string_equals_literal(key, "stack_size")) {
            Coroutine::set_stack_size(static_cast<size_t>(Z_LVAL_P(value)));
        } else {
            Coroutine::set_max(static_cast<size_t>(Z_LVAL_P(value)));
        }
    }
    ZEND_HASH_FOREACH_END();
}

bool php_study_stack_size_valid(zend_long size) { return size >= kMinStackSize && size <= kMaxStackSize; }

void php_study_coroutine_minit(int module_number) {
    (void)module_number;
    php_study_coroutine_ce = register_class_Study_Coroutine();
    zend_register_class_alias("SCo", php_study_coroutine_ce);
    php_study_coroutine_error_ce = register_class_Study_Coroutine_Error(zend_ce_error);
    php_study_coroutine_canceled_ce = register_class_Study_Coroutine_CanceledException(zend_ce_exception);

    memset(&g_shutdown_function, 0, sizeof(g_shutdown_function));
    g_shutdown_function.type = ZEND_INTERNAL_FUNCTION;
    g_shutdown_function.fn_flags = ZEND_ACC_PUBLIC;
    g_shutdown_function.function_name = zend_string_init_interned(ZEND_STRL("Study\\{destroy coroutines}"), 1);
    g_shutdown_function.handler = php_study_shutdown_handler;

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

void php_study_coroutine_rinit(void) {
    Coroutine::set_stack_size(static_cast<size_t>(STUDY_G(stack_size)));
    Coroutine::set_max(static_cast<size_t>(STUDY_G(max_coroutines)));
    STUDY_G(shutdown_registered) = false;
}

void php_study_coroutine_rshutdown(void) {
    /* Whatever survived the end-of-script destruction (after a fatal error) is freed without running. */
    for (zend_long id : live_ids_sorted()) {
        Coroutine *coroutine = Coroutine::get(id);
        if (coroutine != nullptr) {
            coroutine->abandon();
        }
    }
    if (g_pending_exit != nullptr) {
        OBJ_RELEASE(g_pending_exit);
        g_pending_exit = nullptr;
    }
    g_pending_bailout = false;
}

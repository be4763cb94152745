/* SPDX-License-Identifier: MIT */
/* Study\Coroutine: the class and its methods (create, yield, resume, inspection, settings). What a coroutine's task
 * does over its life is in php_study_task.cc, the waits in php_study_coroutine_wait.cc, the end of the script in
 * php_study_script_end.cc. */
#include "php_study_coroutine.h"

#include <vector>

extern "C" {
#include "zend_builtin_functions.h"
#include "zend_exceptions.h"
}

#include "stubs/php_study_coroutine_arginfo.h"
#include "study/coroutine.h"

using study::Coroutine;

zend_class_entry *php_study_coroutine_ce;
zend_class_entry *php_study_coroutine_error_ce;
zend_class_entry *php_study_coroutine_canceled_ce;

namespace {

constexpr zend_long kMinStackSize = 64 * 1024;
constexpr zend_long kMaxStackSize = 512 * 1024 * 1024;

}  // namespace

void php_study_throw_misuse(const char *format, ...) {
    va_list args;
    va_start(args, format);
    zend_string *message = zend_vstrpprintf(0, format, args);
    va_end(args);
    zend_throw_exception(php_study_coroutine_error_ce, ZSTR_VAL(message), 0);
    zend_string_release(message);
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
        php_study_forward_pending_end();
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
    bool details = false;
    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_BOOL(details)
    ZEND_PARSE_PARAMETERS_END();
    const std::vector<int64_t> ids = Coroutine::ids();
    array_init_size(return_value, static_cast<uint32_t>(ids.size()));
    for (int64_t id : ids) {
        if (!details) {
            add_next_index_long(return_value, static_cast<zend_long>(id));
            continue;
        }
        zval info;
        php_study_coroutine_info(Coroutine::get(id), &info);
        add_index_zval(return_value, static_cast<zend_ulong>(id), &info);
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
    zval waits;
    php_study_wait_counts(&waits);
    add_assoc_zval(return_value, "waits", &waits);
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
        if (current != nullptr) {
            php_study_end_backtrace(current, return_value, static_cast<int>(limit));
        }
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

    php_study_task_minit();
    php_study_origin_minit();
    php_study_suspend_minit();
    php_study_script_end_minit();
}

void php_study_coroutine_rinit(void) {
    Coroutine::set_stack_size(static_cast<size_t>(STUDY_G(stack_size)));
    Coroutine::set_max(static_cast<size_t>(STUDY_G(max_coroutines)));
    php_study_script_end_rinit();
    php_study_vm_rinit();
}

void php_study_coroutine_rshutdown(void) {
    php_study_script_end_rshutdown();
    php_study_task_rshutdown();
}

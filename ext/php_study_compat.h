/* SPDX-License-Identifier: MIT */
/* Every difference between the PHP versions study supports (8.2, 8.4, 8.5) that the binding has to know, each
 * behind one named helper, so that no other file of the binding tests PHP_VERSION_ID. Where php-src has a
 * feature macro (ZEND_CHECK_STACK_LIMIT), the helpers test that instead of a version number. */
#pragma once

#include <algorithm>

#include "php_study.h"

extern "C" {
#include "ext/standard/basic_functions.h"
#include "zend_exceptions.h"
}

/* EG(fake_scope): `zend_class_entry *` up to 8.4, `const zend_class_entry *` from 8.5. Code that saves and restores
 * it keeps it in a field of this type. */
using php_study_fake_scope_t = decltype(zend_executor_globals::fake_scope);

/* The engine's C stack bounds (EG(stack_base), EG(stack_limit)), which its own stack-limit check compares against
 * on 8.3+ builds with ZEND_CHECK_STACK_LIMIT. Empty, and every helper a no-op, where the engine has no such check. */
struct php_study_stack_bounds {
#ifdef ZEND_CHECK_STACK_LIMIT
    void *base;
    void *limit;
#endif
};

/* Whether the engine checks its C stack against EG(stack_limit) (8.3+ builds with ZEND_CHECK_STACK_LIMIT). */
constexpr bool php_study_engine_checks_stack() {
#ifdef ZEND_CHECK_STACK_LIMIT
    return true;
#else
    return false;
#endif
}

inline void php_study_save_stack_bounds(php_study_stack_bounds *bounds) {
#ifdef ZEND_CHECK_STACK_LIMIT
    bounds->base = EG(stack_base);
    bounds->limit = EG(stack_limit);
#else
    (void)bounds;
#endif
}

inline void php_study_restore_stack_bounds(const php_study_stack_bounds *bounds) {
#ifdef ZEND_CHECK_STACK_LIMIT
    EG(stack_base) = bounds->base;
    EG(stack_limit) = bounds->limit;
#else
    (void)bounds;
#endif
}

/* Points the engine's stack-limit check (8.3+) at a coroutine's C stack, which grows down from `top` to `bottom`,
 * unless zend.max_allowed_stack_size=-1 turned the check off, as the engine does for a Fiber's stack. It keeps free
 * below its limit, for the C code that runs between two checks (internal functions, their allocas, PCRE), the
 * engine's own reserve (zend.reserved_stack_size, tens of KiB, what a Fiber gets), but at most a quarter of the
 * stack, so that a small stack stays mostly usable by PHP code (on 64 KiB, the full reserve left 16 KiB). C code that
 * needs more than is left runs into the guard area below the stack, which ends the process with a clean fatal
 * error. A no-op where the engine has no such check. */
inline void php_study_set_stack_bounds(void *top, void *bottom) {
#ifdef ZEND_CHECK_STACK_LIMIT
    if (EG(max_allowed_stack_size) == ZEND_MAX_ALLOWED_STACK_SIZE_UNCHECKED) {
        EG(stack_base) = nullptr;
        EG(stack_limit) = nullptr;
        return;
    }
    const size_t size = static_cast<size_t>(static_cast<char *>(top) - static_cast<char *>(bottom));
    const size_t reserve = std::min(static_cast<size_t>(EG(reserved_stack_size)), size / 4);
    EG(stack_base) = top;
    EG(stack_limit) = static_cast<char *>(bottom) + reserve;
#else
    (void)top;
    (void)bottom;
#endif
}

/* Registers `function` (an internal function that lives as long as the module) as a shutdown function of this
 * request, as register_shutdown_function() would. The entry lost its zend_fcall_info in 8.5: only the cache is left. */
inline bool php_study_append_shutdown_function(zend_function *function) {
    php_shutdown_function_entry entry;
    memset(&entry, 0, sizeof(entry));
#if PHP_VERSION_ID < 80500
    entry.fci.size = sizeof(entry.fci);
    ZVAL_STR(&entry.fci.function_name, function->common.function_name);
#endif
    entry.fci_cache.function_handler = function;
    return append_user_shutdown_function(&entry);
}

/* Exit detection. exit() (and die) ends the script by throwing the engine's unwind-exit object; up to 8.3 it is the
 * ZEND_EXIT opcode, from 8.4 an ordinary internal function named "exit". Neither version offers a hook at the
 * throw itself, so each gets the closest one: a user opcode handler for ZEND_EXIT, or a wrapper around the exit
 * function's handler. Either calls `on_exit` once per exit(), before the unwinding starts, on every path that
 * reaches exit (a direct call, die, a callable string 'exit' on 8.4+), with the tracing JIT too (the JIT calls
 * user opcode handlers and reads internal handlers when it compiles, after MINIT). */
using php_study_exit_callback = void (*)(void);

namespace php_study_compat_detail {
inline php_study_exit_callback g_on_exit = nullptr;
#if PHP_VERSION_ID < 80400
inline user_opcode_handler_t g_previous_exit_opcode = nullptr;

inline int exit_opcode_handler(zend_execute_data *execute_data) {
    g_on_exit();
    return g_previous_exit_opcode != nullptr ? g_previous_exit_opcode(execute_data) : ZEND_USER_OPCODE_DISPATCH;
}
#else
inline zif_handler g_exit_handler = nullptr;

inline zend_internal_function *exit_function() {
    zval *found = zend_hash_str_find(CG(function_table), ZEND_STRL("exit"));
    return found != nullptr ? reinterpret_cast<zend_internal_function *>(Z_FUNC_P(found)) : nullptr;
}

inline void exit_function_handler(INTERNAL_FUNCTION_PARAMETERS) {
    g_exit_handler(INTERNAL_FUNCTION_PARAM_PASSTHRU);
    /* Only an exit that really happened counts: a TypeError from a bad argument is an ordinary exception. */
    if (EG(exception) != nullptr && zend_is_unwind_exit(EG(exception))) {
        g_on_exit();
    }
}
#endif
}  // namespace php_study_compat_detail

/* Installs the exit hook in MINIT; false if the engine has no exit to hook (never expected). */
inline bool php_study_hook_exit(php_study_exit_callback on_exit) {
    namespace detail = php_study_compat_detail;
    detail::g_on_exit = on_exit;
#if PHP_VERSION_ID < 80400
    detail::g_previous_exit_opcode = zend_get_user_opcode_handler(ZEND_EXIT);
    return zend_set_user_opcode_handler(ZEND_EXIT, detail::exit_opcode_handler) == SUCCESS;
#else
    zend_internal_function *exit = detail::exit_function();
    if (exit == nullptr || exit->type != ZEND_INTERNAL_FUNCTION) {
        return false;
    }
    detail::g_exit_handler = exit->handler;
    exit->handler = detail::exit_function_handler;
    return true;
#endif
}

/* Removes the exit hook in MSHUTDOWN, if it is still the one installed (another extension may have wrapped it). */
inline void php_study_unhook_exit(void) {
    namespace detail = php_study_compat_detail;
#if PHP_VERSION_ID < 80400
    if (zend_get_user_opcode_handler(ZEND_EXIT) == detail::exit_opcode_handler) {
        zend_set_user_opcode_handler(ZEND_EXIT, detail::g_previous_exit_opcode);
    }
#else
    zend_internal_function *exit = detail::exit_function();
    if (exit != nullptr && exit->handler == detail::exit_function_handler) {
        exit->handler = detail::g_exit_handler;
    }
#endif
}

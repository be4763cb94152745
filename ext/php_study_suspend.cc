/* SPDX-License-Identifier: MIT */
/* When the running context may suspend: the one rule (php_study_may_suspend()), what a wait does where it may not,
 * and the scheduler's hooks into the binding. See "When a context may suspend" in docs/ARCHITECTURE.md. */
#include "php_study_coroutine.h"

extern "C" {
#include "zend_exceptions.h"
}

#include "study/coroutine.h"
#include "study/scheduler.h"

using study::Coroutine;
using study::WakeReason;

namespace {

/* Resumes a woken coroutine for the scheduler; stops the run when an exit or error is pending. */
bool resume_for_scheduler(Coroutine *coroutine) {
    php_study_coroutine_resume(coroutine);
    return EG(exception) == nullptr;
}

}  // namespace

/* When a context may suspend: the one rule. The engine forbids switching where zend_fiber_switch_blocked() says so
 * (while a destructor runs, before PHP 8.4; PHP 8.4 lets a Fiber, and so a coroutine, switch there; and while pcntl
 * runs signal handlers, pcntl_signal_dispatch() blocks it), and a coroutine
 * being destroyed at the end of the script only runs its finally blocks and defers: it never waits for anything
 * again. The core asks this through its may_suspend hook (study::scheduler::may_suspend()) at every wait; where the
 * answer is no, socket waits, DNS lookups and sleeps block the thread as PHP's own functions do, and other waits are
 * refused by php_study_refuse_wait(). */
bool php_study_may_suspend(void) {
    if (UNEXPECTED(zend_fiber_switch_blocked())) {
        return false;
    }
    php_study_task *task = php_study_current_task();
    return task == nullptr || !task->destroying;
}

bool php_study_switching_allowed(const char *what) {
    if (UNEXPECTED(zend_fiber_switch_blocked())) {
        php_study_throw_misuse(
            "%s: cannot switch coroutines here (PHP forbids it while a destructor runs, before PHP 8.4, and while a "
            "pcntl signal handler runs); do it outside __destruct() or the handler",
            what);
        return false;
    }
    return true;
}

void php_study_refuse_wait(const char *what) {
    char name[128];
    if (what == nullptr) { /* the internal function running now, as "Class::method()" */
        const char *scope = get_active_class_name(nullptr);
        snprintf(name, sizeof(name), "%s%s%s()", scope, *scope ? "::" : "", get_active_function_name());
        what = name;
    }
    if (php_study_switching_allowed(what)) {
        zend_throw_graceful_exit(); /* a coroutine being destroyed: it unwinds */
    }
}

bool php_study_wait_begin(const char *what) {
    if (UNEXPECTED(!php_study_may_suspend())) {
        php_study_refuse_wait(what);
        return false;
    }
    if (php_study_current_task() == nullptr) {
        php_study_register_shutdown();
    }
    return true;
}

bool php_study_wait_end(WakeReason reason) {
    php_study_task *task = php_study_current_task();
    if (task != nullptr && task->destroying) {
        zend_throw_graceful_exit();
        return false;
    }
    if (reason == WakeReason::kDeadlock) {
        php_study_deadlock_in_main();
        return false;
    }
    return reason != WakeReason::kAborted || EG(exception) == nullptr;
}

void php_study_throw_canceled(const char *what) {
    zend_throw_exception_ex(php_study_coroutine_canceled_ce, 0, "%s: coroutine " ZEND_LONG_FMT " was canceled", what,
                            Coroutine::current() ? static_cast<zend_long>(Coroutine::current()->id()) : -1);
}

void php_study_suspend_minit(void) {
    study::SchedulerHooks hooks;
    hooks.resume = resume_for_scheduler;
    hooks.may_suspend = php_study_may_suspend;
    hooks.refused = []() { php_study_refuse_wait(nullptr); };
    hooks.before_main_wait = php_study_register_shutdown;
    hooks.after_signal = php_study_run_signal_handlers;
    study::scheduler::set_hooks(hooks);
}

/* SPDX-License-Identifier: MIT */
/* Waiting in Study\Coroutine: sleep(), cancel(), join(); the event loop functions study_event_init() and
 * study_event_wait(); and the end of the script: the loop runs until nothing is pending, then a deadlock is
 * reported and what is left is destroyed. */
#include <unordered_map>
#include <vector>

#include "php_study_coroutine.h"
#include "php_study_timeout.h"

extern "C" {
#include "zend_exceptions.h"
#include "zend_smart_str.h"
}

#include "study/scheduler.h"

using study::Coroutine;
using study::WakeReason;
namespace scheduler = study::scheduler;

namespace {

/* The script is ending through exit(): the loop does not run any more at its end. */
bool g_exiting = false;

/* A join(): how many of its coroutines are still alive, and which ones. */
struct JoinState {
    size_t remaining;
    std::vector<zend_long> cids;
};
/* The waits of join() callers, by the id of a coroutine they wait for. */
std::unordered_map<zend_long, std::vector<study::WaitPoint *>> g_joiners;

void forget_join(study::WaitPoint *wait) {
    auto *state = static_cast<JoinState *>(wait->data);
    for (zend_long cid : state->cids) {
        auto it = g_joiners.find(cid);
        if (it == g_joiners.end()) {
            continue;
        }
        auto &waits = it->second;
        for (size_t i = 0; i < waits.size(); ++i) {
            if (waits[i] == wait) {
                waits.erase(waits.begin() + static_cast<std::ptrdiff_t>(i));
                break;
            }
        }
        if (waits.empty()) {
            g_joiners.erase(it);
        }
    }
}

/* Turns how a wait of Study\Coroutine::<what>() ended into PHP: true when it ended as wanted, false on timeout;
 * a cancel throws. */
bool finish_wait(WakeReason reason, const char *what) {
    if (!php_study_wait_end(reason)) {
        return false;
    }
    switch (reason) {
        case WakeReason::kDone:
            return true;
        case WakeReason::kTimeout:
            return !strcmp(what, "sleep");
        case WakeReason::kCanceled: {
            char name[64];
            snprintf(name, sizeof(name), "Study\\Coroutine::%s()", what);
            php_study_throw_canceled(name);
            return false;
        }
        case WakeReason::kDeadlock:
        case WakeReason::kAborted:
        case WakeReason::kWaiting:
            return false;
    }
    return false;
}

/* One line per frame of a suspended coroutine's backtrace. */
zend_string *backtrace_of(Coroutine *coroutine) {
    zval trace;
    php_study_suspended_backtrace(coroutine, &trace, DEBUG_BACKTRACE_IGNORE_ARGS, 0);
    zend_string *text = zend_trace_to_string(Z_ARRVAL(trace), false);
    zval_ptr_dtor(&trace);
    return text;
}

/* Coroutines are left that nothing can wake: say so once, with each one's id and backtrace. */
void report_deadlock() {
    std::vector<int64_t> ids = Coroutine::ids();
    smart_str report = {};
    for (int64_t id : ids) {
        Coroutine *coroutine = Coroutine::get(id);
        zend_string *trace = backtrace_of(coroutine);
        smart_str_append_printf(&report, "\ncoroutine " ZEND_LONG_FMT ":\n%s", static_cast<zend_long>(id),
                                ZSTR_VAL(trace));
        zend_string_release(trace);
    }
    smart_str_0(&report);
    zend_error(E_WARNING,
               "all coroutines are asleep - deadlock: %zu coroutine%s can never be resumed (yielded or waiting "
               "with nothing left to wake them); destroying them%s",
               ids.size(), ids.size() == 1 ? "" : "s", report.s ? ZSTR_VAL(report.s) : "");
    smart_str_free(&report);
}

/* A wait of the main script found nothing that could ever end it. */
void deadlock_in_main() {
    report_deadlock();
    php_study_destroy_suspended();
    zend_throw_unwind_exit();
}

/* Resumes a woken coroutine for the scheduler; stops the run when an exit or error is pending. */
bool resume_for_scheduler(Coroutine *coroutine) {
    php_study_coroutine_resume(coroutine);
    return EG(exception) == nullptr;
}

}  // namespace

void php_study_mark_exiting(void) { g_exiting = true; }

bool php_study_exiting(void) { return g_exiting; }

/* When a context may suspend: the one rule. The engine forbids switching where zend_fiber_switch_blocked() says so
 * (while a destructor runs, before PHP 8.4; PHP 8.4 lets a Fiber, and so a coroutine, switch there), and a coroutine
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
            "%s: cannot switch coroutines here (PHP forbids it while a destructor runs); do it outside "
            "__destruct()",
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
        deadlock_in_main();
        return false;
    }
    return reason != WakeReason::kAborted || EG(exception) == nullptr;
}

void php_study_throw_canceled(const char *what) {
    zend_throw_exception_ex(php_study_coroutine_canceled_ce, 0, "%s: coroutine " ZEND_LONG_FMT " was canceled", what,
                            Coroutine::current() ? static_cast<zend_long>(Coroutine::current()->id()) : -1);
}

void php_study_notify_joiners(zend_long cid) {
    auto it = g_joiners.find(cid);
    if (it == g_joiners.end()) {
        return;
    }
    std::vector<study::WaitPoint *> waits = std::move(it->second);
    g_joiners.erase(it);
    for (study::WaitPoint *wait : waits) {
        auto *state = static_cast<JoinState *>(wait->data);
        if (--state->remaining == 0) {
            forget_join(wait);
            scheduler::wake(wait, WakeReason::kDone);
        }
    }
}

void php_study_run_at_script_end(void) {
    if (!g_exiting) {
        if (scheduler::run() == scheduler::RunResult::kStopped) {
            /* An exit or an uncaught exception (reported already) ended the script while the loop ran. The
             * unwinding ends here, so that the shutdown functions registered after this one still run. */
            g_exiting = true;
            if (EG(exception) != nullptr && zend_is_unwind_exit(EG(exception))) {
                zend_clear_exception();
            }
        } else if (Coroutine::count() != 0) {
            report_deadlock();
        }
    }
    for (int64_t id : scheduler::timer_ids()) {
        scheduler::clear_timer(id);
    }
    php_study_destroy_suspended();
}

PHP_METHOD(Study_Coroutine, sleep) {
    double seconds;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_DOUBLE(seconds)
    ZEND_PARSE_PARAMETERS_END();
    if (!php_study_duration_valid(seconds, 1)) {
        RETURN_THROWS();
    }
    if (!php_study_may_suspend()) {
        scheduler::sleep(seconds); /* the thread sleeps, as PHP's usleep() would */
        RETURN_TRUE;
    }
    if (!php_study_wait_begin("Study\\Coroutine::sleep()")) {
        RETURN_THROWS();
    }
    const bool result = finish_wait(scheduler::sleep(seconds), "sleep");
    if (EG(exception)) {
        RETURN_THROWS();
    }
    RETURN_BOOL(result);
}

PHP_METHOD(Study_Coroutine, cancel) {
    zend_long cid;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_LONG(cid)
    ZEND_PARSE_PARAMETERS_END();
    if (!php_study_switching_allowed("Study\\Coroutine::cancel()")) { /* the canceled coroutine runs at once */
        RETURN_THROWS();
    }
    Coroutine *coroutine = Coroutine::get(cid);
    if (coroutine == nullptr || !scheduler::cancel(coroutine)) {
        php_error_docref(nullptr, E_WARNING, "coroutine " ZEND_LONG_FMT " is not waiting in a cancellable point", cid);
        RETURN_FALSE;
    }
    if (EG(exception)) {
        RETURN_THROWS();
    }
    RETURN_TRUE;
}

PHP_METHOD(Study_Coroutine, join) {
    HashTable *cids;
    double timeout = -1;
    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_ARRAY_HT(cids)
        Z_PARAM_OPTIONAL
        Z_PARAM_DOUBLE(timeout)
    ZEND_PARSE_PARAMETERS_END();
    if (!php_study_timeout_valid(timeout, 2)) {
        RETURN_THROWS();
    }
    Coroutine *self = Coroutine::current();
    auto *state = new JoinState{0, {}};
    zval *entry;
    ZEND_HASH_FOREACH_VAL(cids, entry) {
        if (Z_TYPE_P(entry) != IS_LONG) {
            delete state;
            zend_argument_type_error(1, "must contain only coroutine ids (int), %s given", zend_zval_type_name(entry));
            RETURN_THROWS();
        }
        if (self != nullptr && Z_LVAL_P(entry) == self->id()) {
            delete state;
            php_study_throw_misuse("Study\\Coroutine::join(): coroutine " ZEND_LONG_FMT
                                   " cannot wait for itself to end; join it from another coroutine",
                                   Z_LVAL_P(entry));
            RETURN_THROWS();
        }
        if (Coroutine::get(Z_LVAL_P(entry)) != nullptr) {
            state->cids.push_back(Z_LVAL_P(entry));
        }
    }
    ZEND_HASH_FOREACH_END();
    state->remaining = state->cids.size();
    if (state->remaining == 0) {
        delete state;
        RETURN_TRUE;
    }
    if (!php_study_wait_begin("Study\\Coroutine::join()")) {
        delete state;
        RETURN_THROWS();
    }
    auto *wait = new study::WaitPoint;
    wait->data = state;
    wait->forget = forget_join;
    wait->release = [](study::WaitPoint *abandoned) { /* reset() drops the wait of an abandoned join() */
                                                      delete static_cast<JoinState *>(abandoned->data);
                                                      delete abandoned;
    };
    for (zend_long cid : state->cids) {
        g_joiners[cid].push_back(wait);
    }
    const WakeReason reason = scheduler::wait(wait, timeout < 0 ? -1 : timeout);
    if (reason == WakeReason::kAborted || reason == WakeReason::kDeadlock) {
        forget_join(wait);
    }
    delete wait;
    delete state;
    const bool result = finish_wait(reason, "join");
    if (EG(exception)) {
        RETURN_THROWS();
    }
    RETURN_BOOL(result);
}

PHP_FUNCTION(study_event_init) {
    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_TRUE;
}

PHP_FUNCTION(study_event_wait) {
    ZEND_PARSE_PARAMETERS_NONE();
    if (Coroutine::current() != nullptr) {
        php_study_throw_misuse(
            "study_event_wait() runs the event loop from the main script; inside a coroutine, wait with "
            "Study\\Coroutine::sleep() or Study\\Coroutine::join() instead");
        RETURN_THROWS();
    }
    if (!php_study_switching_allowed("study_event_wait()")) {
        RETURN_THROWS();
    }
    scheduler::run();
    if (EG(exception)) {
        RETURN_THROWS();
    }
    RETURN_TRUE;
}

namespace {

/* The engine's error callback before this module's, called for everything this one lets through. */
void (*g_previous_error_cb)(int type, zend_string *file, const uint32_t line, zend_string *message) = nullptr;

/* A coroutine destroyed in a wait (graceful exit) returns from the internal function that waited with the exit
 * pending, and that function may still report its failed call ("Accept failed: Operation canceled"). Such warnings
 * and notices say nothing the user can act on: they are dropped. User code never runs with the graceful exit
 * pending (finally blocks and destructors run with it put aside), so its own warnings still show. */
void php_study_error_cb(int type, zend_string *file, const uint32_t line, zend_string *message) {
    constexpr int kMinor = E_WARNING | E_NOTICE | E_DEPRECATED | E_STRICT;
    if ((type & kMinor) != 0 && EG(exception) != nullptr && zend_is_graceful_exit(EG(exception)) &&
        php_study_current_task() != nullptr) {
        return;
    }
    g_previous_error_cb(type, file, line, message);
}

}  // namespace

void php_study_wait_minit(int module_number) {
    (void)module_number;
    study::SchedulerHooks hooks;
    hooks.resume = resume_for_scheduler;
    hooks.may_suspend = php_study_may_suspend;
    hooks.refused = []() { php_study_refuse_wait(nullptr); };
    hooks.before_main_wait = php_study_register_shutdown;
    scheduler::set_hooks(hooks);
    /* Any exit() marks the script as ending, wherever it runs: main script, coroutine, destructor, shutdown
     * function. An exit inside a coroutine is also forwarded to its resumer (php_study_coroutine.cc). */
    php_study_hook_exit(php_study_mark_exiting);
    g_previous_error_cb = zend_error_cb;
    zend_error_cb = php_study_error_cb;
}

void php_study_wait_mshutdown(void) {
    php_study_unhook_exit();
    if (zend_error_cb == php_study_error_cb) {
        zend_error_cb = g_previous_error_cb;
    }
}

void php_study_wait_rinit(void) { g_exiting = false; }

void php_study_wait_rshutdown(void) {
    g_joiners.clear();
    scheduler::reset();
}

/* SPDX-License-Identifier: MIT */
/* The end of the script, all in one place: a shutdown function registered at the first coroutine, timer or wait of
 * the main script runs the loop until nothing is pending, reports a deadlock, and destroys the coroutines left (their
 * finally blocks and defers run); any exit() is noticed so that the loop stops running; warnings of coroutines being
 * destroyed in a wait are dropped; RSHUTDOWN frees what a fatal error left. */
#include <vector>

#include "php_study_coroutine.h"

extern "C" {
#include "ext/standard/basic_functions.h"
#include "zend_exceptions.h"
#include "zend_smart_str.h"
}

#include "study/coroutine.h"
#include "study/scheduler.h"

using study::Coroutine;
using study::CoroutineState;
namespace scheduler = study::scheduler;

namespace {

/* The script is ending through exit(): the loop does not run any more at its end. */
bool g_exiting = false;

/* The internal function that destroys leftover coroutines at script end, run as a shutdown function. */
zend_internal_function g_shutdown_function;

std::vector<zend_long> live_ids_sorted() {
    std::vector<int64_t> ids = Coroutine::ids();
    return std::vector<zend_long>(ids.begin(), ids.end());
}

/* Coroutines are left that nothing can wake: say so once, with what the main script waits for (when it waits), and
 * each one's id, wait reason and backtrace, as Go's "goroutine 5 [chan receive]:" (ext/php_study_dump.cc writes it). */
void report_deadlock() {
    const size_t count = Coroutine::count();
    smart_str report = {};
    php_study_append_report(&report, php_study_report::kDeadlock);
    smart_str_0(&report);
    zend_error(E_WARNING,
               "all coroutines are asleep - deadlock: %zu coroutine%s can never be resumed (yielded or waiting "
               "with nothing left to wake them); destroying them%s",
               count, count == 1 ? "" : "s", report.s ? ZSTR_VAL(report.s) : "");
    smart_str_free(&report);
}

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

void php_study_mark_exiting(void) { g_exiting = true; }

bool php_study_exiting(void) { return g_exiting; }

void php_study_register_shutdown(void) {
    if (STUDY_G(shutdown_registered)) {
        return;
    }
    php_study_append_shutdown_function(reinterpret_cast<zend_function *>(&g_shutdown_function));
    STUDY_G(shutdown_registered) = true;
}

/* A wait of the main script found nothing that could ever end it: report it, destroy what is left, end the script. */
void php_study_deadlock_in_main(void) {
    report_deadlock();
    php_study_destroy_suspended();
    zend_throw_unwind_exit();
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
            php_study_coroutine_resume(coroutine, php_study_resumer::kEndOfScript);
        }
    }
}

void php_study_script_end_minit(void) {
    memset(&g_shutdown_function, 0, sizeof(g_shutdown_function));
    g_shutdown_function.type = ZEND_INTERNAL_FUNCTION;
    g_shutdown_function.fn_flags = ZEND_ACC_PUBLIC;
    g_shutdown_function.function_name = zend_string_init_interned(ZEND_STRL("Study\\{destroy coroutines}"), 1);
    g_shutdown_function.handler = php_study_shutdown_handler;
    /* Any exit() marks the script as ending, wherever it runs: main script, coroutine, destructor, shutdown
     * function. An exit inside a coroutine is also forwarded to its resumer (ext/php_study_task.cc). */
    php_study_hook_exit(php_study_mark_exiting);
    g_previous_error_cb = zend_error_cb;
    zend_error_cb = php_study_error_cb;
}

void php_study_script_end_mshutdown(void) {
    php_study_unhook_exit();
    if (zend_error_cb == php_study_error_cb) {
        zend_error_cb = g_previous_error_cb;
    }
}

void php_study_script_end_rinit(void) {
    g_exiting = false;
    STUDY_G(shutdown_registered) = false;
}

void php_study_script_end_rshutdown(void) {
    /* Whatever survived the end-of-script destruction (after a fatal error) is freed without running. */
    for (zend_long id : live_ids_sorted()) {
        Coroutine *coroutine = Coroutine::get(id);
        if (coroutine != nullptr) {
            coroutine->abandon();
        }
    }
}

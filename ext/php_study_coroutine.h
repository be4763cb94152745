/* SPDX-License-Identifier: MIT */
/* The PHP side of a coroutine: what it runs, its defers, and its saved engine state. Other classes of the
 * binding (channels, sockets, the scheduler) create and resume PHP coroutines through these functions. */
#pragma once

#include "php_study_vm.h"

extern "C" {
#include "zend_smart_str_public.h"
}
#include "study/coroutine.h"
#include "study/scheduler.h"

namespace study {
class Coroutine;
struct ExecContext;
}  // namespace study

extern zend_class_entry *php_study_coroutine_ce;
extern zend_class_entry *php_study_coroutine_error_ce;
extern zend_class_entry *php_study_coroutine_canceled_ce;

/* Where a coroutine was created (ext/php_study_origin.cc): the innermost PHP frame of the call that created it. */
struct php_study_origin {
    zend_string *file; /* owned reference, nullptr where no PHP code ran */
    uint32_t line;
    zend_long timer; /* the timer whose callback it runs, 0 for none */
};

/* Per-coroutine data of the binding, the core's opaque `task`. Lives on the Zend heap (emalloc) from
 * creation until the coroutine is freed. */
struct php_study_task {
    php_study_vm_state vm;            /* engine state while not running */
    zend_fiber_context fiber_context; /* EG(current_fiber_context) while this coroutine runs */
    zval callable;                    /* owned reference to the callable; UNDEF when `native` runs instead */
    zend_fcall_info_cache fcc;
    void (*native)(void *data); /* C code of the binding that runs instead of a callable, or nullptr */
    void *native_data;
    zval *args; /* owned copies of the arguments, argc of them */
    uint32_t argc;
    /* Where it was created (php_study_origin, laid out in the task's padding: the task stays in the 384-byte size
     * class of the allocator): the file (owned reference, released when the task is freed), the line, and the timer
     * (0: none, or an id beyond 32 bits). */
    uint32_t origin_line;
    zval *defers; /* owned callables from Study\Coroutine::defer(), run last-in first-out */
    uint32_t defer_count;
    uint32_t defer_capacity;
    zend_string *origin_file;
    /* Runs first, inside the coroutine, when set: false skips the call (its defers and exceptions are handled as the
     * call's). The TLS server's handshake (ext/php_study_socket.cc). */
    bool (*prelude)(php_study_task *task);
    bool user_yielded; /* parked by Study\Coroutine::yield(), so Study\Coroutine::resume() may wake it */
    bool destroying;   /* being destroyed at script end: a yield() inside throws a graceful exit */
    uint32_t origin_timer;
};

/* Creates a coroutine running the callable with copies of args (after `prelude`, when given), runs it until it first
 * suspends or ends, and returns its id; throws Study\Coroutine\Error and returns -1 on failure. A __call trampoline
 * in *fcc is consumed either way: by the call, or freed here when the coroutine is refused. */
zend_long php_study_coroutine_create(zval *callable, zend_fcall_info_cache *fcc, zval *args, uint32_t argc,
                                     bool (*prelude)(php_study_task *task) = nullptr);
/* The same for a timer's callback: its origin is `origin` (where the timer was started; the coroutine takes a
 * reference to its file) instead of the code running now. */
zend_long php_study_coroutine_create_from(const php_study_origin *origin, zval *callable, zend_fcall_info_cache *fcc,
                                          zval *args, uint32_t argc);

/* Where a coroutine was created (ext/php_study_origin.cc). The innermost PHP frame running now, with a reference to
 * its file; release it with php_study_origin_release(). */
void php_study_origin_here(php_study_origin *origin);
void php_study_origin_release(php_study_origin *origin);
/* Appends to `trace` (an array) the frame that ends a coroutine's backtraces: ['file' => ..., 'line' => ...,
 * 'function' => '{coroutine 5, created by coroutine 2}', 'coroutine' => 5, 'created_by' => 2 (-1: the main script),
 * 'timer' => id when a timer created it]. */
void php_study_add_origin_frame(study::Coroutine *coroutine, zval *trace);
/* Makes every exception created in a coroutine end its trace with that frame; undone at module shutdown. */
void php_study_origin_minit(void);
void php_study_origin_mshutdown(void);

/* Wait reasons (ext/php_study_wait_reason.cc). What a coroutine does now, as Study\Coroutine::list(true) shows it:
 * id, parent, state, wait, reason, target, function, since, until, created_file, created_line. */
void php_study_coroutine_info(study::Coroutine *coroutine, zval *info);
/* How many coroutines wait for each kind of thing, as Study\Coroutine::stats()['waits'] shows it. */
void php_study_wait_counts(zval *counts);
/* One line for the deadlock report: "channel pop on channel #3 in Study\Coroutine\Channel->pop()". */
zend_string *php_study_wait_reason_line(study::Coroutine *coroutine);
/* The same for the main script's wait, or nullptr when it does not wait. */
zend_string *php_study_main_wait_reason_line(void);
/* One line for the dump (study.dump_signal): the state, the wait reason with the function it waits in, how long it has
 * waited and the time its timeout has left: "waiting: sleep in Study\Coroutine::sleep(), for 1.250 s, 3.750 s left";
 * for the running coroutine where it runs: "running at /app/x.php:12". */
zend_string *php_study_dump_line(study::Coroutine *coroutine);
/* The same for the main script: "waiting: join of coroutine 3 in Study\Coroutine::join(), for 0.500 s", "running at
 * /app/x.php:20", "resuming: resume of coroutine 3" (a coroutine it started or resumed runs). */
zend_string *php_study_main_dump_line(void);

/* The report of every coroutine (ext/php_study_dump.cc), one writer for the deadlock report and the dump: for each
 * coroutine "\ncoroutine 5 [state]:\n" and its backtrace, after a line of the main script's. kDeadlock: the state is
 * the wait reason (php_study_wait_reason_line()), and the main script's line, without a backtrace, is there when it
 * waits. kDump: the dump's lines (php_study_dump_line()), and the main script's backtrace. */
enum class php_study_report { kDeadlock, kDump };
void php_study_append_report(smart_str *report, php_study_report kind);
/* Reads study.dump_signal's value: false, with a warning, for a value that names no signal the dump can take;
 * *signo 0 for off. */
bool php_study_dump_signal_parse(const zend_string *value, zend_long *signo);
/* Writes the dump to stderr if the dump signal came since the last one: from the scheduler's after_signal hook and the
 * engine's interrupt (ext/php_study_dump.cc). */
void php_study_dump_if_requested(void);

/* Creates a coroutine that runs `body(data)` instead of a PHP callable: binding code that calls PHP itself (the HTTP
 * server's connections). Copies of `args` are held until the body and the defers have run, as a callable's arguments
 * are. An exception the body leaves pending is reported as one a callable threw. Returns as
 * php_study_coroutine_create() does. */
zend_long php_study_coroutine_create_native(void (*body)(void *data), void *data, zval *args, uint32_t argc);

/* Who resumes a coroutine, for what its end (an exit() or a fatal error) does to the resumer
 * (ext/php_study_task.cc). */
enum class php_study_resumer {
    kRunning,     /* running code (a coroutine, the main script, the loop): it ends as the coroutine did */
    kEndOfScript, /* the end-of-script destruction: an exit only ends the coroutine that made it */
};
/* Resumes a coroutine and forwards, into the caller, an exit() or fatal error that ended it. */
void php_study_coroutine_resume(study::Coroutine *coroutine, php_study_resumer resumer = php_study_resumer::kRunning);
/* What a coroutine that just ended hands to its resumer: an exit to continue unwinding, or a fatal error. Set by the
 * coroutine's end, taken by the one forwarding path below. */
extern zend_object *php_study_pending_exit;
extern bool php_study_pending_bailout;
/* The one path by which the end of a coroutine reaches its resumer: a fatal error bails out in the resumer in turn
 * (after study::scheduler::unwind()); an exit is thrown into it, or dropped at the end of the script. */
void php_study_forward_pending_end_now(php_study_resumer resumer);
/* After a resume: forwards an exit() or fatal error that ended the coroutine, if one did. Inline: the check is on
 * the path of every resume. */
inline void php_study_forward_pending_end(php_study_resumer resumer = php_study_resumer::kRunning) {
    if (UNEXPECTED(php_study_pending_bailout || php_study_pending_exit != nullptr)) {
        php_study_forward_pending_end_now(resumer);
    }
}
/* Runs `wait` (a wait that may run the loop) for a caller whose C++ locals own heap memory (vectors). In the main
 * script, a fatal error in a coroutine the loop runs meanwhile comes back as a long jump to the script's bailout,
 * which skips those locals' destructors: there `wait` runs inside zend_try, and on a bailout `release` frees what the
 * locals own before the jump goes on (no user code runs then: a fatal error has marked every object destructed). A
 * coroutine's own bailout ends at its entry, so in a coroutine `wait` is called directly. */
template <typename Wait, typename Release>
inline auto php_study_wait_releasing(Wait wait, Release release) -> decltype(wait()) {
    if (study::Coroutine::current() != nullptr) {
        return wait();
    }
    decltype(wait()) result{};
    bool bailout = false;
    zend_try { result = wait(); }
    zend_catch { bailout = true; }
    zend_end_try();
    if (bailout) {
        release();
        zend_bailout();
    }
    return result;
}

/* The task of a coroutine. */
inline php_study_task *php_study_task_of(study::Coroutine *coroutine) {
    return static_cast<php_study_task *>(coroutine->task());
}

/* The running coroutine's task, nullptr in the main script. */
php_study_task *php_study_current_task(void);

/* Throws Study\Coroutine\Error with a printf-style message. */
void php_study_throw_misuse(const char *format, ...) ZEND_ATTRIBUTE_FORMAT(printf, 1, 2);
/* Whether the running context may suspend now (ext/php_study_suspend.cc): the one rule, also the core's
 * may_suspend hook. False where the engine forbids switching (a destructor before PHP 8.4) and in a coroutine being
 * destroyed; there, waits that can block (sockets, DNS, sleep) block the thread as PHP's own functions do. */
bool php_study_may_suspend(void);
/* For a switch that comes back at once (create, resume, yield, cancel, running the loop): false, with
 * Study\Coroutine\Error thrown naming `what`, where the engine forbids switching (a destructor before PHP 8.4). */
bool php_study_switching_allowed(const char *what);
/* Throws what a wait that cannot block says where it may not suspend: Study\Coroutine\Error where the engine forbids
 * switching, a graceful exit (the coroutine unwinds) in a coroutine being destroyed. `what` nullptr names the
 * internal function running now. */
void php_study_refuse_wait(const char *what);
/* Registers, once per request, the end-of-script work: run the loop, report a deadlock, destroy leftovers. */
void php_study_register_shutdown(void);
/* Resumes every suspended coroutine with a graceful exit (finally blocks and defers run). */
void php_study_destroy_suspended(void);
/* The backtrace of a coroutine that is not running, as debug_backtrace() would give inside it, ended by the frame of
 * where it was created (php_study_end_backtrace()). */
void php_study_suspended_backtrace(study::Coroutine *coroutine, zval *return_value, int options, int limit);
/* Appends the origin frame to a coroutine's backtrace unless `limit` (0: none) frames are there already. */
void php_study_end_backtrace(study::Coroutine *coroutine, zval *trace, int limit);
/* The script is ending (an exit() or an uncaught exception in a coroutine): the loop stops running. */
void php_study_mark_exiting(void);
/* Whether the script is ending by exit() or an uncaught exception. */
bool php_study_exiting(void);
/* The ids of the coroutines a join() wait still waits for, as an array (ext/php_study_coroutine_wait.cc). */
void php_study_join_targets(const study::WaitPoint *wait, zval *ids);
/* Wakes the coroutines that join() the one that ends (ext/php_study_coroutine_wait.cc). */
void php_study_notify_joiners(zend_long cid);
/* Before a wait that cannot block (named `what` in errors): false, with php_study_refuse_wait()'s exception thrown,
 * where the running context may not suspend. In the main script it registers the end-of-script work. */
bool php_study_wait_begin(const char *what);
/* After a wait: false, with an exception pending, when the caller must return at once: its coroutine is being
 * destroyed (a graceful exit), the main script's wait could never end (reported here, and the script ends), or an
 * exit or error is pending. */
bool php_study_wait_end(study::WakeReason reason);
/* Throws Study\Coroutine\CanceledException for a canceled wait in `what`. */
void php_study_throw_canceled(const char *what);
/* The scheduler's after_signal hook (ext/php_study_signal.cc): writes the dump if the dump signal came, then runs the
 * PHP signal handlers pcntl queued, as pcntl_signal_dispatch() does, from the main context; false when one of them
 * threw or exited. */
bool php_study_run_signal_handlers(void);
/* What the end-of-script work runs (ext/php_study_script_end.cc). */
void php_study_run_at_script_end(void);
/* A wait of the main script found nothing that could ever end it: reports the deadlock, destroys the coroutines
 * left and throws the exit that ends the script. */
void php_study_deadlock_in_main(void);
/* Memory trimming (ext/php_study_memory.cc): called after a coroutine is created and after one is freed; after a
 * burst of many coroutines has ended, gives the memory the allocators kept back to the system. */
void php_study_memory_after_create(void);
void php_study_memory_after_close(void);

/* Module and request hooks. php_study_coroutine_minit(), _rinit() and _rshutdown() call those of the task
 * (ext/php_study_task.cc), the suspension rule (ext/php_study_suspend.cc) and the end of the script
 * (ext/php_study_script_end.cc). */
void php_study_coroutine_minit(int module_number);
void php_study_task_minit(void);
void php_study_task_rshutdown(void);
void php_study_suspend_minit(void);
void php_study_script_end_minit(void);
void php_study_script_end_mshutdown(void);
void php_study_script_end_rinit(void);
void php_study_script_end_rshutdown(void);
void php_study_wait_rshutdown(void);
void php_study_signal_rinit(void);
void php_study_signal_rshutdown(void);
void php_study_dump_minit(void);
void php_study_dump_mshutdown(void);
void php_study_dump_rinit(void);
void php_study_dump_rshutdown(void);
void php_study_timer_minit(int module_number);
void php_study_channel_minit(int module_number);
void php_study_wait_group_minit(int module_number);
void php_study_pool_minit(int module_number);
void php_study_coroutine_rinit(void);
void php_study_coroutine_rshutdown(void);

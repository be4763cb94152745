/* SPDX-License-Identifier: MIT */
/* A stuck or slow process explains itself: the report of every coroutine, with its state, wait reason and backtrace,
 * that the deadlock report and the dump signal share, and the dump signal (study.dump_signal), as Go's SIGQUIT.
 *
 * The signal's handler (the core's, study::claim_signal()) only sets a flag and EG(vm_interrupt), both atomic stores.
 * The dump itself is written from the loop's thread at a safe point, whichever comes first: the loop, woken out of its
 * poll by the signal, calls the scheduler's after_signal hook from the main context (every coroutine waits); or PHP
 * code that runs (the main script or a coroutine busy in PHP) reaches the engine's next interrupt check (a function
 * call returning, a loop's jump back) and the engine calls zend_interrupt_function, as for pcntl's async signals. */
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>

#include "php_study_coroutine.h"

extern "C" {
#include "zend_builtin_functions.h"
#include "zend_exceptions.h"
#include "zend_smart_str.h"
}

#include "study/coroutine.h"
#include "study/scheduler.h"
#include "study/signal.h"

using study::Coroutine;

namespace {

/* The signal came and the dump is not written yet. Set by the signal handler, taken by the one that writes it. */
std::atomic<bool> g_dump_requested{false};
static_assert(std::atomic<bool>::is_always_lock_free, "the signal handler needs a lock-free flag");

/* zend_interrupt_function before this module's, called after it (pcntl's runs its queued handlers). */
void (*g_previous_interrupt)(zend_execute_data *execute_data) = nullptr;
bool g_interrupt_installed = false;

/* The core calls it inside its signal handler: async-signal-safe stores only. On a thread-safe build the engine's
 * globals belong to the thread the kernel picked, which may be one of libuv's: there the dump waits for the loop. */
void on_dump_signal(int) {
    g_dump_requested.store(true, std::memory_order_release);
#ifndef ZTS
    zend_atomic_bool_store_ex(&EG(vm_interrupt), true);
#endif
}

void dump_interrupt(zend_execute_data *execute_data) {
    php_study_dump_if_requested();
    if (g_previous_interrupt != nullptr) {
        g_previous_interrupt(execute_data);
    }
}

/* A backtrace as text, one line per frame, of the context whose innermost frame is `frame` (nullptr: a coroutine that
 * has not run yet); `coroutine` nullptr for the main script. A context that waits is inside the call that waits, the
 * first line. The context that runs (the dump is written from an interrupt of its PHP code) is in a PHP function: the
 * first line is the call of that function, as in an exception's trace, and the line it runs is in its state ("running
 * at"). */
zend_string *trace_from(zend_execute_data *frame, Coroutine *coroutine) {
    zval trace;
    if (frame != nullptr) {
        zend_execute_data *live = EG(current_execute_data);
        EG(current_execute_data) = frame;
        zend_fetch_debug_backtrace(&trace, 0, DEBUG_BACKTRACE_IGNORE_ARGS, 0);
        EG(current_execute_data) = live;
    } else {
        array_init(&trace);
    }
    if (coroutine != nullptr) {
        php_study_end_backtrace(coroutine, &trace, 0); /* "{coroutine 5, created by ...}" */
    }
    zend_string *text = zend_trace_to_string(Z_ARRVAL(trace), coroutine == nullptr); /* the main script's: {main} */
    zval_ptr_dtor(&trace);
    if (ZSTR_LEN(text) == 0 || ZSTR_VAL(text)[ZSTR_LEN(text) - 1] != '\n') { /* "#3 {main}" ends without one */
        zend_string *line = zend_string_concat2(ZSTR_VAL(text), ZSTR_LEN(text), ZEND_STRL("\n"));
        zend_string_release(text);
        text = line;
    }
    return text;
}

zend_string *backtrace_of(Coroutine *coroutine) {
    return trace_from(coroutine == Coroutine::current() ? EG(current_execute_data)
                                                        : php_study_task_of(coroutine)->vm.current_execute_data,
                      coroutine);
}

/* Writes all of `text` to the process's stderr descriptor: not PHP's STDERR stream, which the script may have
 * closed or redirected, and not through output buffering. */
void write_to_stderr(const zend_string *text) {
    const char *data = ZSTR_VAL(text);
    size_t left = ZSTR_LEN(text);
    while (left > 0) {
        const ssize_t written = write(STDERR_FILENO, data, left);
        if (written < 0 && errno == EINTR) {
            continue;
        }
        if (written <= 0) {
            return; /* stderr closed or full: the dump is lost, the process goes on */
        }
        data += written;
        left -= static_cast<size_t>(written);
    }
}

void write_dump() {
    const int signo = static_cast<int>(STUDY_G(dump_signal));
    char number[32];
    snprintf(number, sizeof(number), "signal %d", signo);
    const char *name = study::signal_name(signo) != nullptr ? study::signal_name(signo) : number;
    const size_t count = Coroutine::count();
    smart_str dump = {};
    smart_str_append_printf(&dump, "study: %s: dump of process %d, %zu coroutine%s\n", name, static_cast<int>(getpid()),
                            count, count == 1 ? "" : "s");
    php_study_append_report(&dump, php_study_report::kDump);
    smart_str_appends(&dump, "\nstudy: end of dump\n");
    smart_str_0(&dump);
    write_to_stderr(dump.s);
    smart_str_free(&dump);
}

}  // namespace

void php_study_append_report(smart_str *report, php_study_report kind) {
    if (kind == php_study_report::kDump) {
        zend_string *state = php_study_main_dump_line();
        zend_string *trace = trace_from(php_study_vm_main_frame(), nullptr);
        smart_str_append_printf(report, "\nmain script [%s]:\n%s", ZSTR_VAL(state), ZSTR_VAL(trace));
        zend_string_release(trace);
        zend_string_release(state);
    } else if (zend_string *main_reason = php_study_main_wait_reason_line()) {
        smart_str_append_printf(report, "\nmain script [%s]", ZSTR_VAL(main_reason));
        zend_string_release(main_reason);
    }
    for (int64_t id : Coroutine::ids()) {
        Coroutine *coroutine = Coroutine::get(id);
        zend_string *state =
            kind == php_study_report::kDump ? php_study_dump_line(coroutine) : php_study_wait_reason_line(coroutine);
        zend_string *trace = backtrace_of(coroutine);
        smart_str_append_printf(report, "\ncoroutine " ZEND_LONG_FMT " [%s]:\n%s", static_cast<zend_long>(id),
                                ZSTR_VAL(state), ZSTR_VAL(trace));
        zend_string_release(trace);
        zend_string_release(state);
    }
}

bool php_study_dump_signal_parse(const zend_string *value, zend_long *signo) {
    *signo = 0;
    if (ZSTR_LEN(value) == 0) {
        return true; /* off, also what "off", "no" and "none" become in an INI file */
    }
    const int number = study::signal_from_name(ZSTR_VAL(value));
    if (number == 0) {
        return true;
    }
    const char *why = nullptr;
    switch (number < 0 ? study::SignalCheck::kOutOfRange : study::check_signal(number)) {
        case study::SignalCheck::kOutOfRange:
            why = "is not a signal";
            break;
        case study::SignalCheck::kUncatchable:
            why = "cannot be caught";
            break;
        case study::SignalCheck::kFault:
            why = "is sent to the thread whose instruction faulted";
            break;
        case study::SignalCheck::kReserved:
            why = "is kept by the C library for its threads";
            break;
        case study::SignalCheck::kOk:
            if (number == SIGCHLD) {
                why = "tells of child processes that ended, which the runtime waits for";
            } else if (number == SIGPROF) {
                why = "is the timer of PHP's max_execution_time";
            }
            break;
    }
    if (why != nullptr) {
        php_error_docref(nullptr, E_WARNING,
                         "study.dump_signal must be a signal name such as SIGQUIT or SIGUSR2, or a number; \"%s\" %s: "
                         "the dump stays off",
                         ZSTR_VAL(value), why);
        return false;
    }
    *signo = number;
    return true;
}

void php_study_dump_if_requested(void) {
    if (g_dump_requested.load(std::memory_order_acquire) && g_dump_requested.exchange(false)) {
        write_dump();
    }
}

void php_study_dump_minit(void) {
    if (STUDY_G(dump_signal) <= 0) {
        return; /* the setting is PHP_INI_SYSTEM: without it, nothing is hooked */
    }
    g_previous_interrupt = zend_interrupt_function;
    zend_interrupt_function = dump_interrupt;
    g_interrupt_installed = true;
}

void php_study_dump_mshutdown(void) {
    if (g_interrupt_installed && zend_interrupt_function == dump_interrupt) {
        zend_interrupt_function = g_previous_interrupt;
    }
    g_interrupt_installed = false;
}

void php_study_dump_rinit(void) {
    g_dump_requested.store(false);
    const int signo = static_cast<int>(STUDY_G(dump_signal));
    if (signo > 0 && !study::claim_signal(signo, on_dump_signal)) {
        php_error_docref(nullptr, E_WARNING, "study.dump_signal: cannot install a handler for signal %d: %s", signo,
                         strerror(errno));
    }
}

void php_study_dump_rshutdown(void) {
    g_dump_requested.store(false); /* the signal has its disposition back (php_study_signal_rshutdown()) */
}

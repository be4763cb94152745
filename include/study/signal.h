// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>

#include "study/scheduler.h"

namespace study {

// Signals as coroutine waits, and signal handlers that wake the loop.
//
// The core installs one handler of its own (sigaction) for a signal while something waits for it, or while the
// binding follows a handler installed for it (PHP's pcntl_signal()). That handler only counts the signal, calls the
// followed handler if there is one, and writes to an eventfd that the loop watches: it is async-signal-safe, works
// in whichever thread the kernel picks, and wakes the loop out of its poll at once. The loop then wakes every wait
// for the signal and, for a followed handler, calls SchedulerHooks::after_signal from the main context, between
// coroutines, where the binding runs what the handler queued (pcntl's PHP handlers).
//
// libuv's signal handles are not used: they own the signal's disposition (they replace any handler while they
// watch, so PHP's would stop running, and set SIG_DFL when they stop, which loses SIG_IGN and PHP's own handlers).
// Here the disposition found when the core took a signal is put back when nothing waits for or follows it.

// Whether wait_signal() can wait for a signal number.
enum class SignalCheck {
    kOk,
    kOutOfRange,   // not from 1 to SIGRTMAX
    kUncatchable,  // SIGKILL, SIGSTOP
    kFault,        // SIGSEGV, SIGBUS, SIGFPE, SIGILL: sent to the thread whose instruction faulted, not waitable
    kReserved,     // the C library keeps it for its threads (glibc: 32 and 33); sigaction() refuses it
};
SignalCheck check_signal(int signo);

// Waits until one of `signals` (each checked with check_signal(), kOk; duplicates allowed) arrives, and sets
// *received to its number (the lowest, when several came before the loop looked). Every wait for a signal wakes when
// it comes. A signal that came while the core held it and nothing waited for it (between two waits of a coroutine
// that waits for it again and again) is given to the next wait for it at once; if no wait comes before the loop next
// blocks, the signal's disposition is put back and the signal raised again, so that it has the effect it would have
// had. Returns kDone, kTimeout, kCanceled, kAborted or kDeadlock as scheduler::wait() (which it uses: a wait refused
// where the running context may not suspend ends with kAborted); kAborted with last_error() kInvalidArgument for an
// empty list or a signal that fails check_signal().
WakeReason wait_signal(const int* signals, size_t count, double timeout, int* received);

// The binding has just installed a handler for `signo` (PHP's pcntl_signal()): `runs_handler` when it is a function
// to run (then the core's handler calls it first, and the loop calls SchedulerHooks::after_signal when it ran), false
// when it set the default action or SIG_IGN. Either way, what is installed now is the disposition the core keeps
// and puts back. Signals that fail check_signal() are left alone.
void follow_signal_handler(int signo, bool runs_handler);

// Keeps the core's handler for `signo` (hold true) until the matching call with false, also between waits: a signal
// that comes while nothing waits for it is kept for the next wait_signal() (which returns it at once), never lost to
// its usual disposition. For a caller that waits again and again and acts between the waits (the process pool's
// master, whose SIGCHLD could otherwise come in the gap after it looked at its children). Holds nest. False for a
// signal that fails check_signal(), or when the handler cannot be installed.
bool hold_signal(int signo, bool hold);

// Takes `signo` for the binding until restore_signals() (study.dump_signal: the end of the request). The core's
// handler stays its disposition whatever PHP installs meanwhile (a handler pcntl_signal() installs is followed: it
// still runs, first), and each arrival calls `notify(signo)` inside the handler and then has the loop call
// SchedulerHooks::after_signal from the main context, as a followed handler does; waits for the signal wake as usual.
// The signal never has its usual effect meanwhile (SIGQUIT's default would end the process), and one that came is not
// raised again when the disposition is put back. `notify` runs in the signal handler, in whichever thread the kernel
// picked: it must be async-signal-safe (set an atomic flag, no allocation). Claiming again replaces `notify`. False
// for a signal that fails check_signal(), or when the handler cannot be installed.
bool claim_signal(int signo, void (*notify)(int signo));

// Puts back every disposition the core changed, stops following handlers and ends the claims; for the end of a
// request, after scheduler::reset() released the waits. A disposition that someone else replaced meanwhile is left as
// it is.
void restore_signals();

// The number of the signal `text` names: a name with or without its "SIG" prefix, in any case ("SIGQUIT", "quit",
// "SIGUSR2"), or a decimal number ("3"); -1 when it is neither. The number is not checked (see check_signal()).
int signal_from_name(const char* text);

// The name of a signal ("SIGQUIT"), or nullptr for one without a name here (the real-time signals).
const char* signal_name(int signo);

}  // namespace study

// SPDX-License-Identifier: MIT
// Signals as coroutine waits, and followed signal handlers that wake the loop (include/study/signal.h).
#include "study/signal.h"

#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <sys/eventfd.h>
#include <unistd.h>
#include <uv.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <utility>
#include <vector>

#include "loop_watch.h"
#include "signal_internal.h"
#include "study/error.h"

namespace study {
namespace {

struct SignalWait : WaitPoint {
    std::vector<int> signals;  // sorted, without duplicates
    int received = 0;
};

// One signal number. The handler reads `previous`, `runs_previous` and `notify` and adds to `arrived`; the rest is
// the loop's.
// `previous` changes only while the core's handler is not installed (PHP has just replaced it).
struct Slot {
    struct sigaction previous {};            // the disposition found when the core took the signal; put back later
    std::atomic<bool> runs_previous{false};  // a followed handler: the core's handler calls `previous` first
    std::atomic<uint32_t> arrived{0};        // signals the handler counted
    uint32_t seen = 0;                       // `arrived` when the loop last looked
    bool installed = false;                  // the core's handler is the disposition
    bool unclaimed = false;                  // one came while nothing waited for it and nothing followed it
    bool release_pending = false;            // nothing waits for it any more: release_unwaited_signals() puts it back
    int holds = 0;                           // hold_signal() calls: kept between waits, arrivals kept for the next
    // claim_signal()'s notify: the handler calls it, and an arrival is handled as a followed handler's (never
    // unclaimed, never raised again).
    std::atomic<void (*)(int)> notify{nullptr};
    std::vector<SignalWait*> waits;
};

Slot g_slots[NSIG];
int g_event_fd = -1;  // written by the handler, watched by the loop; kept for the life of the process
void on_event_fd(void*);
LoopWatch g_watch(on_event_fd, nullptr);  // the loop's watch of g_event_fd
size_t g_wait_count = 0;         // entries in the slots' `waits`: the watch keeps the loop alive while there are any
bool g_release_pending = false;  // some slot may have release_pending set

static_assert(std::atomic<uint32_t>::is_always_lock_free && std::atomic<bool>::is_always_lock_free &&
                  std::atomic<void (*)(int)>::is_always_lock_free,
              "the signal handler needs lock-free atomics");

bool is_function(const struct sigaction& action) {
    return action.sa_handler != SIG_DFL && action.sa_handler != SIG_IGN;
}

// The core's handler. Only async-signal-safe work: a call of the followed handler and of the claim's notify, an
// atomic add, a write(2).
void on_signal(int signo, siginfo_t* info, void* context) {
    const int saved_errno = errno;
    Slot& slot = g_slots[signo];
    if (slot.runs_previous.load(std::memory_order_acquire)) {
        const struct sigaction& previous = slot.previous;
        if ((previous.sa_flags & SA_SIGINFO) != 0) {
            previous.sa_sigaction(signo, info, context);
        } else {
            previous.sa_handler(signo);
        }
    }
    if (void (*notify)(int) = slot.notify.load(std::memory_order_acquire)) {
        notify(signo);
    }
    slot.arrived.fetch_add(1, std::memory_order_release);
    const uint64_t one = 1;
    if (g_event_fd >= 0 && ::write(g_event_fd, &one, sizeof(one)) < 0) {
        // The counter is full (it never is: the loop reads it) or the process is out of memory: nothing to do here.
    }
    errno = saved_errno;
}

bool is_ours(const struct sigaction& action) {
    return (action.sa_flags & SA_SIGINFO) != 0 && action.sa_sigaction == on_signal;
}

// A child process must not share the parent's eventfd: each loop would take wake-ups meant for the other.
void renew_event_fd_in_child() {
    const int fresh = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    if (fresh >= 0 && g_event_fd >= 0) {
        dup3(fresh, g_event_fd, O_CLOEXEC);
        close(fresh);
    }
}

bool ensure_event_fd() {
    if (g_event_fd >= 0) {
        return true;
    }
    g_event_fd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    static const bool at_fork = pthread_atfork(nullptr, nullptr, renew_event_fd_in_child) == 0;
    (void)at_fork;
    return g_event_fd >= 0;
}

// Installs the core's handler, with the followed handler's mask and restart flag when there is one; a signal taken
// from the default action or SIG_IGN restarts interrupted system calls, so that PHP's blocking calls see no EINTR.
bool install(int signo) {
    Slot& slot = g_slots[signo];
    struct sigaction action {};
    action.sa_sigaction = on_signal;
    action.sa_flags = SA_SIGINFO | SA_ONSTACK;
    if (slot.runs_previous.load(std::memory_order_relaxed)) {
        action.sa_mask = slot.previous.sa_mask;
        action.sa_flags |= slot.previous.sa_flags & SA_RESTART;
    } else {
        sigemptyset(&action.sa_mask);
        action.sa_flags |= SA_RESTART;
    }
    if (!ensure_event_fd() || sigaction(signo, &action, nullptr) != 0) {
        return false;
    }
    slot.seen = slot.arrived.load(std::memory_order_acquire);
    slot.installed = true;
    return true;
}

// Takes a signal the core does not hold yet: what is installed now is what it puts back.
bool take(int signo) {
    Slot& slot = g_slots[signo];
    if (slot.installed) {
        return true;
    }
    if (sigaction(signo, nullptr, &slot.previous) != 0) {
        return false;
    }
    slot.runs_previous.store(false, std::memory_order_release);
    return install(signo);
}

// Gives the signal its disposition back (unless someone replaced the core's handler meanwhile), and raises again a
// signal that came while the core held it for nobody, so that it has the effect it would have had.
void put_back(int signo) {
    Slot& slot = g_slots[signo];
    slot.release_pending = false;
    if (!slot.installed) {
        return;
    }
    slot.installed = false;
    // A followed handler ran for each one, and a claim's notify took each one: neither is raised again.
    const bool followed =
        slot.runs_previous.load(std::memory_order_relaxed) || slot.notify.load(std::memory_order_relaxed) != nullptr;
    struct sigaction now {};
    if (sigaction(signo, nullptr, &now) == 0 && is_ours(now)) {
        sigaction(signo, &slot.previous, nullptr);
    }
    slot.runs_previous.store(false, std::memory_order_release);
    const uint32_t arrived = slot.arrived.load(std::memory_order_acquire);
    const bool raise_again = !followed && (slot.unclaimed || arrived != slot.seen);
    slot.seen = arrived;
    slot.unclaimed = false;
    if (raise_again) {
        raise(signo);
    }
}

// Watches the eventfd while the core holds any signal; the watch keeps the loop alive only while a wait is in
// progress (a followed handler alone must not keep a script from ending).
void update_watch() {
    bool any_installed = false;
    for (const Slot& slot : g_slots) {
        any_installed = any_installed || slot.installed;
    }
    if (!any_installed) {
        g_watch.stop();
        return;
    }
    g_watch.keep_loop_alive(g_wait_count > 0);
    g_watch.start(g_event_fd);
}

// Unlinks a wait from its signals. Also the wait's `forget` (timeout, cancel, a refused wait, a reset of the loop).
void stop_waiting(WaitPoint* point) {
    auto* wait = static_cast<SignalWait*>(point);
    bool unlinked = false;
    for (int signo : wait->signals) {
        Slot& slot = g_slots[signo];
        auto found = std::find(slot.waits.begin(), slot.waits.end(), wait);
        if (found == slot.waits.end()) {
            continue;
        }
        slot.waits.erase(found);
        --g_wait_count;
        unlinked = true;
        if (slot.waits.empty() && !slot.runs_previous.load(std::memory_order_relaxed) && slot.holds == 0) {
            slot.release_pending = true;
            g_release_pending = true;
        }
    }
    if (unlinked) {
        update_watch();
    }
}

// What the handler counted since the loop last looked: every wait for a signal that came wakes; a followed handler
// that ran has the run call after_signal; a signal nobody took is kept for the next wait.
void process_arrivals() {
    uint64_t count = 0;
    while (g_event_fd >= 0 && ::read(g_event_fd, &count, sizeof(count)) > 0) {
    }
    bool handled = false;
    for (int signo = 1; signo < NSIG; ++signo) {
        Slot& slot = g_slots[signo];
        const uint32_t arrived = slot.arrived.load(std::memory_order_acquire);
        if (!slot.installed || arrived == slot.seen) {
            continue;
        }
        slot.seen = arrived;
        const bool followed = slot.runs_previous.load(std::memory_order_relaxed) ||
                              slot.notify.load(std::memory_order_relaxed) != nullptr;
        handled = handled || followed;
        if (!slot.waits.empty()) {
            const std::vector<SignalWait*> woken = slot.waits;
            for (SignalWait* wait : woken) {
                wait->received = signo;
                stop_waiting(wait);
                scheduler::wake(wait, WakeReason::kDone);
            }
        } else if (!followed) {
            slot.unclaimed = true;
        }
    }
    if (handled) {
        scheduler::signal_handled();
    }
}

void on_event_fd(void*) { process_arrivals(); }

}  // namespace

SignalCheck check_signal(int signo) {
    if (signo < 1 || signo >= NSIG || signo > SIGRTMAX) {
        return SignalCheck::kOutOfRange;
    }
    if (signo == SIGKILL || signo == SIGSTOP) {
        return SignalCheck::kUncatchable;
    }
    if (signo == SIGSEGV || signo == SIGBUS || signo == SIGFPE || signo == SIGILL) {
        return SignalCheck::kFault;
    }
    struct sigaction now {};
    return sigaction(signo, nullptr, &now) == 0 ? SignalCheck::kOk : SignalCheck::kReserved;
}

WakeReason wait_signal(const int* signals, size_t count, double timeout, int* received) {
    *received = 0;
    std::vector<int> wanted(signals, signals + count);
    std::sort(wanted.begin(), wanted.end());
    wanted.erase(std::unique(wanted.begin(), wanted.end()), wanted.end());
    bool valid = !wanted.empty();
    for (int signo : wanted) {
        valid = valid && check_signal(signo) == SignalCheck::kOk;
    }
    if (!valid) {
        set_last_error(Error::kInvalidArgument);
        return WakeReason::kAborted;
    }
    process_arrivals();  // what came before this call and the loop has not seen yet
    for (int signo : wanted) {
        if (g_slots[signo].unclaimed) {
            g_slots[signo].unclaimed = false;
            *received = signo;
            return WakeReason::kDone;
        }
    }
    // The list moves into the wait, which scheduler::unwind() releases: a long jump out of the wait (a fatal error
    // in a coroutine while the main context waits) skips this frame's destructors.
    auto* wait = new SignalWait;
    wait->signals = std::move(wanted);
    wait->kind = WaitKind::kSignal;
    wait->detail = wait->signals.size() == 1 ? wait->signals[0] : 0;
    wait->forget = stop_waiting;
    wait->release = [](WaitPoint* point) {
        stop_waiting(point);
        delete static_cast<SignalWait*>(point);
    };
    for (int signo : wait->signals) {
        Slot& slot = g_slots[signo];
        if (!take(signo)) {
            stop_waiting(wait);
            delete wait;
            set_last_error(Error::kInvalidArgument);
            return WakeReason::kAborted;
        }
        slot.release_pending = false;
        slot.waits.push_back(wait);
        ++g_wait_count;
    }
    update_watch();
    const WakeReason reason = scheduler::wait(wait, timeout);
    stop_waiting(wait);  // a wait the main context left by kAborted or kDeadlock is still linked
    *received = reason == WakeReason::kDone ? wait->received : 0;
    delete wait;
    return reason;
}

void follow_signal_handler(int signo, bool runs_handler) {
    if (check_signal(signo) != SignalCheck::kOk) {
        return;
    }
    Slot& slot = g_slots[signo];
    struct sigaction now {};
    if (sigaction(signo, nullptr, &now) != 0) {
        return;
    }
    if (!is_ours(now)) {
        // The binding replaced the core's handler (or the core held nothing): this is the disposition to keep.
        slot.installed = false;
        slot.runs_previous.store(false, std::memory_order_release);
        slot.previous = now;
        slot.unclaimed = false;
    }
    slot.runs_previous.store(runs_handler && is_function(slot.previous), std::memory_order_release);
    const bool wanted = slot.runs_previous.load(std::memory_order_relaxed) || !slot.waits.empty() || slot.holds > 0;
    if (wanted && !slot.installed) {
        install(signo);
    } else if (!wanted && slot.installed) {
        put_back(signo);
    }
    update_watch();
}

bool hold_signal(int signo, bool hold) {
    if (check_signal(signo) != SignalCheck::kOk) {
        return false;
    }
    Slot& slot = g_slots[signo];
    if (hold) {
        if (!take(signo)) {
            return false;
        }
        ++slot.holds;
        slot.release_pending = false;
    } else if (slot.holds > 0 && --slot.holds == 0 && slot.waits.empty() &&
               !slot.runs_previous.load(std::memory_order_relaxed)) {
        slot.release_pending = true;
        g_release_pending = true;
    }
    update_watch();
    return true;
}

void release_unwaited_signals() {
    if (!g_release_pending) {
        return;
    }
    g_release_pending = false;
    for (int signo = 1; signo < NSIG; ++signo) {
        Slot& slot = g_slots[signo];
        if (slot.release_pending && slot.waits.empty() && !slot.runs_previous.load(std::memory_order_relaxed) &&
            slot.holds == 0) {
            put_back(signo);
        }
        slot.release_pending = false;
    }
    update_watch();
}

bool claim_signal(int signo, void (*notify)(int signo)) {
    if (notify == nullptr || check_signal(signo) != SignalCheck::kOk) {
        return false;
    }
    Slot& slot = g_slots[signo];
    const bool claimed = slot.notify.load(std::memory_order_relaxed) != nullptr;
    slot.notify.store(notify, std::memory_order_release);  // before the handler is installed: no arrival is missed
    if (claimed) {
        return true;
    }
    if (!hold_signal(signo, true)) {
        slot.notify.store(nullptr, std::memory_order_release);
        return false;
    }
    return true;
}

void restore_signals() {
    for (int signo = 1; signo < NSIG; ++signo) {
        Slot& slot = g_slots[signo];
        g_wait_count -= slot.waits.size();
        slot.waits.clear();
        slot.holds = 0;
        put_back(signo);
        slot.notify.store(nullptr, std::memory_order_release);  // after: the core's handler is not installed any more
    }
    g_release_pending = false;
    update_watch();
}

namespace {

struct SignalName {
    const char* name;
    int signo;
};

// The signals Linux names (signal(7)), in number order.
constexpr SignalName kSignalNames[] = {
    {"SIGHUP", SIGHUP},       {"SIGINT", SIGINT},       {"SIGQUIT", SIGQUIT}, {"SIGILL", SIGILL},
    {"SIGTRAP", SIGTRAP},     {"SIGABRT", SIGABRT},     {"SIGBUS", SIGBUS},   {"SIGFPE", SIGFPE},
    {"SIGKILL", SIGKILL},     {"SIGUSR1", SIGUSR1},     {"SIGSEGV", SIGSEGV}, {"SIGUSR2", SIGUSR2},
    {"SIGPIPE", SIGPIPE},     {"SIGALRM", SIGALRM},     {"SIGTERM", SIGTERM},
#ifdef SIGSTKFLT
    {"SIGSTKFLT", SIGSTKFLT},
#endif
    {"SIGCHLD", SIGCHLD},     {"SIGCONT", SIGCONT},     {"SIGSTOP", SIGSTOP}, {"SIGTSTP", SIGTSTP},
    {"SIGTTIN", SIGTTIN},     {"SIGTTOU", SIGTTOU},     {"SIGURG", SIGURG},   {"SIGXCPU", SIGXCPU},
    {"SIGXFSZ", SIGXFSZ},     {"SIGVTALRM", SIGVTALRM}, {"SIGPROF", SIGPROF}, {"SIGWINCH", SIGWINCH},
    {"SIGIO", SIGIO},
#ifdef SIGPWR
    {"SIGPWR", SIGPWR},
#endif
    {"SIGSYS", SIGSYS},
};

bool same_ignoring_case(const char* a, const char* b) {
    for (; *a != '\0' && *b != '\0'; ++a, ++b) {
        if (std::toupper(static_cast<unsigned char>(*a)) != std::toupper(static_cast<unsigned char>(*b))) {
            return false;
        }
    }
    return *a == *b;
}

}  // namespace

int signal_from_name(const char* text) {
    if (text == nullptr || *text == '\0') {
        return -1;
    }
    if (std::all_of(text, text + std::strlen(text), [](char c) { return c >= '0' && c <= '9'; })) {
        return std::strlen(text) <= 4 ? std::atoi(text) : -1;  // beyond any signal number, and no overflow
    }
    for (const SignalName& known : kSignalNames) {
        if (same_ignoring_case(text, known.name) || same_ignoring_case(text, known.name + 3)) {
            return known.signo;
        }
    }
    return -1;
}

const char* signal_name(int signo) {
    for (const SignalName& known : kSignalNames) {
        if (known.signo == signo) {
            return known.name;
        }
    }
    return nullptr;
}

}  // namespace study

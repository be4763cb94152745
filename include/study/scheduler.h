// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

struct uv_loop_s;

namespace study {

class Coroutine;

// Why a wait ended.
enum class WakeReason {
    kWaiting,   // not woken yet
    kDone,      // what it waited for happened
    kTimeout,   // its timeout passed first
    kCanceled,  // cancel() woke it
    kAborted,   // the main context stopped waiting because the run was stopped (an exit or error is pending)
    kDeadlock,  // the main context waited, but nothing could ever wake it
};

// What a wait is for, for Study\Coroutine::list(), stats() and the deadlock report. A wait records it when it starts
// as this enum, a number (`WaitPoint::detail`) and, for a DNS lookup, a text its owner keeps alive for the wait: no
// allocation and no formatting on the path of a wait; wait_kind_name() and the binding make text of it only when asked.
enum class WaitKind : uint8_t {
    kUnknown,        // a wait that said nothing about itself
    kSleep,          // a sleep; its end is the wait's timeout
    kPoll,           // a short sleep of a call that looks again (curl's transfer loop, a hooked select())
    kChannelPop,     // detail: the channel's tag (the binding: the PHP object's id)
    kChannelPush,    // detail: the channel's tag
    kChannelSelect,  // detail: how many operations
    kSocketRead,     // detail: the descriptor
    kSocketWrite,    // detail: the descriptor
    kSocketAccept,   // detail: the listening descriptor
    kSocketConnect,  // detail: the descriptor
    kSocketSelect,   // one of several sockets; detail: how many
    kFdRead,         // a descriptor the core does not own (pipe, terminal, the sockets extension's); detail: it
    kFdWrite,        // detail: the descriptor
    kFdSelect,       // one of several such descriptors; detail: how many
    kFileRead,       // a regular file's data read into the page cache; detail: the descriptor
    kFileLock,       // flock() of a lock another process holds, tried again after pauses; detail: the descriptor
    kDnsLookup,      // text: the name looked up
    kChildExit,      // detail: the child's process id
    kJoin,           // the end of other coroutines; detail: how many are left
    kWaitGroup,      // detail: the group's counter when the wait began
    kSignal,         // detail: the signal number, 0 when several are waited for
    kStreamClose,    // an fclose() waiting for the calls inside the stream to leave
};
// How many kinds there are (the last one's value + 1), for tables indexed by kind.
constexpr size_t kWaitKindCount = static_cast<size_t>(WaitKind::kStreamClose) + 1;

// A short name of the kind, for text: "sleep", "channel pop", "socket read", "DNS lookup", ...
const char* wait_kind_name(WaitKind kind);

// The errno a wait's end means for the operation that waited: 0 for kDone, ETIMEDOUT, ECANCELED, EDEADLK, and
// EINTR where the main context stopped waiting (an exit or error is pending).
int errno_of(WakeReason reason);

// One suspension of a coroutine, or of the main context, until something wakes it. It lives on the heap (never in
// a suspended coroutine's stack), allocated with `new`: the waiting side creates and deletes it, and after the wake
// nothing refers to it. The waits of coroutines abandoned at the end of a request are forgotten and released by
// reset().
struct WaitPoint {
    Coroutine* coroutine = nullptr;  // who waits; nullptr for the main context
    WakeReason reason = WakeReason::kWaiting;
    bool cancellable = true;
    // Called when cancel() or the timeout wakes the wait, so that whoever else holds it (a channel's queue)
    // forgets it. May be nullptr.
    void (*forget)(WaitPoint* wait) = nullptr;
    // Frees a wait that reset() drops (its coroutine was abandoned); nullptr means `delete wait`. Set it when the
    // wait is part of a larger object.
    void (*release)(WaitPoint* wait) = nullptr;
    void* data = nullptr;   // for the owner of the wait
    void* timer = nullptr;  // internal: the timeout's libuv timer
    // What the wait is for (see WaitKind), set by its owner before scheduler::wait(); read only by the binding's
    // list(), stats() and deadlock report. `text` must stay valid while the wait is registered, and never point into
    // a coroutine's stack.
    WaitKind kind = WaitKind::kUnknown;
    int64_t detail = 0;
    const char* text = nullptr;
    uint64_t since = 0;  // internal: the loop's clock (ms) when the wait began; see wait_times()
};

// When a wait began and when its timeout ends, in seconds on the monotonic clock of uv_hrtime() (see monotonic_now()).
// `since` is the loop's clock at the start of the wait: the time of the last turn of the loop before it, read without a
// system call, so a wait that began after a long stretch of work without a turn of the loop shows as older by that
// stretch. `until` is negative for a wait without a timeout.
struct WaitTimes {
    double since;
    double until;
};

// Points where the scheduler calls the binding.
struct SchedulerHooks {
    // Resumes a woken coroutine from the main context; returns false when the run must stop (an exit or uncaught
    // exception is pending in the main context). A fatal error in the coroutine does not return here: the binding
    // calls unwind() and leaves by a long jump.
    bool (*resume)(Coroutine* coroutine) = nullptr;
    // The one answer to "may the running context (a coroutine, or the main context running the loop) suspend now?";
    // nullptr means always. Every wait asks it through scheduler::may_suspend(). Where the answer is no, a wait that
    // has a blocking form (socket readiness: poll(); DNS: getaddrinfo(); sleep: nanosleep()) blocks the thread
    // as a plain blocking call would, and any other wait (a channel, a join) is refused: scheduler::wait() calls
    // `refused` and ends it at once with kAborted.
    bool (*may_suspend)() = nullptr;
    // Called when scheduler::wait() refuses a wait because the running context may not suspend; the binding reports
    // why (it throws). May be nullptr.
    void (*refused)() = nullptr;
    // Called when the main context is about to wait (run the loop); the binding registers its end-of-script work.
    // May be nullptr.
    void (*before_main_wait)() = nullptr;
    // Called from the main context running the loop, before anything else runs, when a signal handler the binding
    // follows (follow_signal_handler(), include/study/signal.h) has run: the binding runs what it queued (PHP's
    // pcntl handlers). Returns false when the run must stop (an exit or exception is pending). May be nullptr.
    bool (*after_signal)() = nullptr;
};

// A timer that runs a callback after a delay, once or repeatedly.
struct TimerInfo {
    int64_t id;            // from 1, never reused
    uint64_t interval_ms;  // delay, and period of a repeating timer
    bool repeat;
};

// Counters of the loop, for Study\Runtime::metrics(): totals since the process (or a Process\Pool worker) started, and
// what exists now. Each costs a plain increment where it happens; the lag costs one clock read per expiry.
struct LoopStats {
    uint64_t iterations = 0;  // turns of the libuv loop (each one polls for I/O and runs what is due)
    // Lag: how late each expiry (a Study\Timer's callback, a sleep's or a wait's timeout) started to run, from the
    // moment libuv could have fired it (its due time on the loop's millisecond clock) to the moment the run queue ran
    // it; what delays it is work that kept the loop from turning or from reaching it (coroutines that run long).
    uint64_t expiries = 0;                // expiries run
    uint64_t lag_total_ns = 0;            // the sum of their lags
    uint64_t lag_last_ns = 0;             // the lag of the last one
    uint64_t lag_max_ns = 0;              // the largest lag
    size_t timers = 0;                    // Study\Timer timers now (not cleared)
    uint64_t waits[kWaitKindCount] = {};  // waits begun (scheduler::wait() calls that suspended), by WaitKind
};

// The end of a timeout that limits a whole call made of several waits (recv_all, a stream read that retries, a
// connect that tries several addresses), on the monotonic clock.
class Deadline {
public:
    // Negative: no limit; 0: do not wait. A timeout beyond a year (or infinite) is no limit: its end in nanoseconds
    // would not fit.
    explicit Deadline(double timeout);
    // The timeout left for the next wait: negative (none) and 0 stay as given; a passed deadline leaves 0.
    double remaining() const;

private:
    double timeout_;
    uint64_t end_;
};

// The event loop (libuv) and the run queue. One per process; every call runs in the thread that owns it.
namespace scheduler {

void set_hooks(const SchedulerHooks& hooks);

// Whether the running context may suspend now: the binding's may_suspend hook, the single place that decides it.
// Waits with a blocking form check it first and block where it is false (Socket, resolve(), sleep()).
bool may_suspend();

// Waits until `wait` is woken or `timeout` seconds pass (a negative one, or one beyond a year or infinite, never
// passes and keeps nothing alive). A coroutine
// suspends; the main context runs the loop meanwhile. Returns the reason it ended. Where the running context may not
// suspend (may_suspend()), the wait is refused at once: kAborted, after the `refused` hook and `wait->forget`.
//
// A wait of the main context is registered until it returns: a long jump (PHP's bailout after a fatal error) that
// leaves it is followed by unwind() or reset(), which unlink and release it, so that nothing can fire it later.
WakeReason wait(WaitPoint* wait, double timeout);

// Wakes a wait with `reason`; false when it was woken already (a wait is woken at most once). A woken coroutine
// runs when the scheduler next runs (from the main context).
bool wake(WaitPoint* wait, WakeReason reason);

// Suspends the running coroutine (or the main context) for `seconds`; 0 lets whatever else is ready run first.
// Where the running context may not suspend, the thread sleeps instead (kTimeout). `kind` says why, for list():
// kSleep for a sleep the program asked for, kPoll for a call that looks again after a pause (`detail` as WaitKind
// says).
WakeReason sleep(double seconds, WaitKind kind = WaitKind::kSleep, int64_t detail = 0);

// Wakes `coroutine` from a cancellable wait with kCanceled and runs it at once. False (kNotWaiting) when it is not
// in a cancellable wait.
bool cancel(Coroutine* coroutine);

// The wait `coroutine` is in, or nullptr.
WaitPoint* waiting(const Coroutine* coroutine);

// When a wait that is registered now (a coroutine's, or the main context's) began, and when its timeout ends.
WaitTimes wait_times(const WaitPoint* wait);
// The monotonic clock of wait_times(), in seconds.
double monotonic_now();
// The wait the main context is in (the innermost); else, right after a wait of the main context ended in kDeadlock,
// what that wait was for (kind, detail and since only), until the main context waits again; else nullptr.
const WaitPoint* main_wait();

// How a run from the main context ended.
enum class RunResult {
    kIdle,     // nothing is left that could wake anything
    kStopped,  // stop() was called, or the resume hook asked to stop
};

// Runs the loop and the run queue from the main context until nothing is left to do.
RunResult run();
// Makes the current run return as soon as possible.
void stop();
// The main context leaves every run and every wait at once by a long jump (a fatal error): no run is in progress
// any more, and the waits it leaves are unlinked from whatever holds them (`forget`), their timeouts stopped, and
// released (`release`, else `delete`), as if they had never been. Call it in the main context, just before the jump;
// in a coroutine it does nothing (the fatal error reaches the main context, which calls it in turn).
void unwind();

// Starts a timer that calls fn(id, data) after `seconds`, and then every `seconds` when `repeat`. The callback
// returns false to stop the run (an exit or error is pending). `release(data)` is called once the timer is gone.
int64_t add_timer(double seconds, bool repeat, bool (*fn)(int64_t id, void* data), void* data,
                  void (*release)(void* data));
// Stops and forgets a timer; false when there is no timer with that id.
bool clear_timer(int64_t id);
// The ids of all timers, ascending.
std::vector<int64_t> timer_ids();
// The libuv loop, for the handles of other core modules (socket polls). reset() closes every handle; handles made
// before a reset() (generation() tells) are closed already and must only be freed.
uv_loop_s* uv_loop();
uint64_t generation();

// The loop's counters (LoopStats). reset() at the end of a request leaves them; reset_loop_stats() starts the totals
// afresh, for a forked worker.
LoopStats loop_stats();
void reset_loop_stats();

// Clears every timer, drops the run queue, forgets and releases the waits of coroutines still suspended (call it
// before they are abandoned) and those a long jump left in the main context, and closes the loop's handles; for the
// end of a request.
void reset();

}  // namespace scheduler
}  // namespace study

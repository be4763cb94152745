// SPDX-License-Identifier: MIT
#include "study/scheduler.h"

#include <uv.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cmath>
#include <cstdint>
#include <ctime>
#include <deque>
#include <utility>

#include "signal_internal.h"
#include "study/coroutine.h"
#include "study/error.h"
#include "study/id_map.h"

namespace study {

int errno_of(WakeReason reason) {
    switch (reason) {
        case WakeReason::kDone:
            return 0;
        case WakeReason::kTimeout:
            return ETIMEDOUT;
        case WakeReason::kCanceled:
            return ECANCELED;
        case WakeReason::kDeadlock:
            return EDEADLK;
        default:
            return EINTR;
    }
}
const char* wait_kind_name(WaitKind kind) {
    switch (kind) {
        case WaitKind::kUnknown:
            break;
        case WaitKind::kSleep:
            return "sleep";
        case WaitKind::kPoll:
            return "poll";
        case WaitKind::kChannelPop:
            return "channel pop";
        case WaitKind::kChannelPush:
            return "channel push";
        case WaitKind::kChannelSelect:
            return "channel select";
        case WaitKind::kSocketRead:
            return "socket read";
        case WaitKind::kSocketWrite:
            return "socket write";
        case WaitKind::kSocketAccept:
            return "socket accept";
        case WaitKind::kSocketConnect:
            return "socket connect";
        case WaitKind::kSocketSelect:
            return "socket select";
        case WaitKind::kFdRead:
            return "fd read";
        case WaitKind::kFdWrite:
            return "fd write";
        case WaitKind::kFdSelect:
            return "fd select";
        case WaitKind::kFileRead:
            return "file read";
        case WaitKind::kFileLock:
            return "file lock";
        case WaitKind::kDnsLookup:
            return "DNS lookup";
        case WaitKind::kChildExit:
            return "child process";
        case WaitKind::kJoin:
            return "join";
        case WaitKind::kWaitGroup:
            return "wait group";
        case WaitKind::kSignal:
            return "signal";
        case WaitKind::kStreamClose:
            return "stream close";
    }
    return "unknown";
}

namespace {
constexpr double kYear = 365.0 * 24 * 3600;

// The one reading of a timeout beyond a year (or infinite): no limit, as a negative one. Its end in nanoseconds would
// not fit, and a timer for it would keep the loop alive, so that a wait nothing can end would hang instead of being
// reported as a deadlock.
double limit_of(double timeout) { return timeout > kYear ? -1 : timeout; }
}  // namespace

Deadline::Deadline(double timeout)
    : timeout_(limit_of(timeout)), end_(timeout_ > 0 ? uv_hrtime() + static_cast<uint64_t>(timeout_ * 1e9) : 0) {}

double Deadline::remaining() const {
    if (timeout_ <= 0) {
        return timeout_;
    }
    const uint64_t now = uv_hrtime();
    return now >= end_ ? 0 : static_cast<double>(end_ - now) / 1e9;
}

namespace scheduler {

namespace {

// The libuv timer behind a wait's timeout. `wait` is cleared when the wait ends, so a timeout that was stopped can
// never reach a wait again. It is freed once libuv has closed it and no run-queue entry refers to it.
struct TimeoutTimer {
    uv_timer_t handle;
    WaitPoint* wait;
    uint64_t due_ns = 0;  // when libuv fires it (uv_hrtime()), for the lag
    bool queued = false;  // its expiry waits in the run queue
    bool closed = false;  // libuv closed the handle
};

struct TimerEntry {
    uv_timer_t handle;
    int64_t id;
    uint64_t interval_ms;
    bool repeat;
    uint64_t due_ns = 0;   // when libuv fires it next (uv_hrtime()), for the lag
    int queued = 0;        // expiries waiting in the run queue
    bool firing = false;   // its callback runs now
    bool cleared = false;  // clear_timer() was called, or a one-shot timer ran
    bool (*fn)(int64_t id, void* data);
    void* data;
    void (*release)(void* data);
};

// What the run queue holds, in the order things became due: an expired timeout or an expired timer. Expiries are queued
// rather than handled inside libuv's callback, so that everything due in one turn of the loop happens in deadline
// order, woken coroutines included.
struct ReadyEntry {
    enum class Kind { kTimeout, kTimer } kind;
    int64_t id;             // timer id (kTimer)
    TimeoutTimer* timeout;  // kTimeout
    uint64_t due_ns;        // when libuv could fire it, for the lag
};

// A FIFO of coroutine ids over a power-of-two ring that only grows: unlike std::deque, a steady stream of wakes
// (a channel ping-pong) never allocates or frees.
class IdQueue {
public:
    bool empty() const { return head_ == tail_; }
    size_t size() const { return tail_ - head_; }
    int64_t front() const { return slots_[head_ & mask_]; }
    void pop_front() { ++head_; }
    void push_back(int64_t id) {
        if (tail_ - head_ == slots_.size()) {
            grow();
        }
        slots_[tail_++ & mask_] = id;
    }
    void clear() { head_ = tail_ = 0; }

private:
    void grow() {
        std::vector<int64_t> bigger(slots_.empty() ? 64 : slots_.size() * 2);
        for (size_t i = 0; head_ + i != tail_; ++i) {
            bigger[i] = slots_[(head_ + i) & mask_];
        }
        tail_ -= head_;
        head_ = 0;
        slots_.swap(bigger);
        mask_ = slots_.size() - 1;
    }
    std::vector<int64_t> slots_;
    size_t mask_ = 0;
    size_t head_ = 0;  // counts pops; the slot is head_ & mask_
    size_t tail_ = 0;  // counts pushes
};

struct State {
    uv_loop_t loop;
    bool loop_ready = false;
    SchedulerHooks hooks;
    std::deque<ReadyEntry> ready;  // expiries of this turn of the loop, in deadline order
    // Coroutines woken by what happened (a cancel, the end of a joined coroutine, a wake() from elsewhere), in wake
    // order. They run before the next expiry: what an expiry causes happens at its deadline.
    IdQueue woken;
    IdMap<TimerEntry> timers;
    uint64_t generation = 1;  // changes at every reset()
    int running = 0;          // run_until() calls in progress in the main context
    int woken_streak = 0;     // woken coroutines run in a row without the loop polling (see count_streak_from_poll)
    int64_t last_timer_id = 0;
    bool stop_requested = false;
    bool signal_handled = false;  // a followed signal handler ran: after_signal is due
    // The waits the main context is in, innermost last (a destructor run by the loop may wait again). A long jump
    // out of them leaves them linked; unwind() and reset() release them.
    std::vector<WaitPoint*> main_waits;
    // What the last wait of the main context that ended in kDeadlock was for (its kind and detail), for the report
    // that follows it; cleared when the main context waits again.
    WaitPoint deadlocked;
    LoopStats stats;  // the counters; `timers` is counted when asked
};

State g;

// How many woken coroutines run in a row before due timers and I/O get their turn.
constexpr int kMaxWokenStreak = 128;

uv_loop_t* loop() {
    if (!g.loop_ready) {
        uv_loop_init(&g.loop);
        g.loop_ready = true;
    }
    return &g.loop;
}

uint64_t to_milliseconds(double seconds) {
    if (!(seconds > 0)) {
        return 0;
    }
    const double ms = std::ceil(seconds * 1000.0);
    return ms > 1e15 ? static_cast<uint64_t>(1e15) : static_cast<uint64_t>(ms);
}

// The delay, in libuv's whole milliseconds, of a timer that must not fire before `seconds` from now. libuv counts
// timers from the loop's clock: the time of its last turn, truncated to the millisecond (or a coarse clock behind
// uv_hrtime()), however long the code since that turn ran. What the loop's clock lags the real time by is added to
// the delay: one clock read, where bringing the loop's clock up to date first (uv_update_time()) would take a second.
uint64_t milliseconds_from_now(double seconds) {
    if (!(seconds > 0)) {
        return 0;
    }
    const uint64_t now_ns = uv_hrtime();
    const uint64_t loop_ns = uv_now(loop()) * 1000000;
    return to_milliseconds(seconds + (now_ns > loop_ns ? static_cast<double>(now_ns - loop_ns) / 1e9 : 0.0));
}

// When libuv fires a timer started now with `delay_ms` (on uv_hrtime()'s clock, in nanoseconds): its due time on the
// loop's millisecond clock, from which milliseconds_from_now() counted it. The loop's clock is uv_hrtime() / 1e6
// truncated (or a coarse clock behind it), so the timer never fires before this moment.
uint64_t due_ns_after(uint64_t delay_ms) {
    const uint64_t due_ms = std::min<uint64_t>(uv_now(loop()) + delay_ms, UINT64_MAX / 1000000);
    return due_ms * 1000000;
}

// Counts an expiry that runs now, libuv having been able to fire it from `due_ns` on: LoopStats' lag.
void count_expiry(uint64_t due_ns) {
    const uint64_t now = uv_hrtime();
    const uint64_t lag = now > due_ns ? now - due_ns : 0;
    ++g.stats.expiries;
    g.stats.lag_total_ns += lag;
    g.stats.lag_last_ns = lag;
    g.stats.lag_max_ns = std::max(g.stats.lag_max_ns, lag);
}

// Something is queued: this turn of the loop must not block in the poll phase waiting for a later deadline, but
// return so that the queue is handled now. (uv_stop makes libuv poll with a zero timeout and end the turn.)
void end_turn_without_blocking() { uv_stop(&g.loop); }

void on_timeout(uv_timer_t* handle) {
    auto* timer = static_cast<TimeoutTimer*>(handle->data);
    if (timer->wait != nullptr && !timer->queued) {
        timer->queued = true;
        g.ready.push_back(ReadyEntry{ReadyEntry::Kind::kTimeout, 0, timer, timer->due_ns});
        end_turn_without_blocking();
    }
}

void close_timeout(WaitPoint* wait) {
    auto* timer = static_cast<TimeoutTimer*>(wait->timer);
    if (timer == nullptr) {
        return;
    }
    wait->timer = nullptr;
    timer->wait = nullptr;
    uv_timer_stop(&timer->handle);
    uv_close(reinterpret_cast<uv_handle_t*>(&timer->handle), [](uv_handle_t* handle) {
        auto* closed = static_cast<TimeoutTimer*>(handle->data);
        closed->closed = true;
        if (!closed->queued) {
            delete closed;
        }
    });
}

void close_timer(TimerEntry* entry) {
    uv_timer_stop(&entry->handle);
    if (entry->release != nullptr) {
        entry->release(entry->data);
    }
    uv_close(reinterpret_cast<uv_handle_t*>(&entry->handle),
             [](uv_handle_t* handle) { delete static_cast<TimerEntry*>(handle->data); });
}

// Forgets a timer that is done, once no expiry of it is queued any more.
void retire_timer_if_done(TimerEntry* entry) {
    if (entry->cleared && entry->queued == 0 && !entry->firing) {
        g.timers.erase(entry->id);
        close_timer(entry);
    }
}

void on_timer(uv_timer_t* handle) {
    auto* entry = static_cast<TimerEntry*>(handle->data);
    if (!entry->cleared) {
        ++entry->queued;
        g.ready.push_back(ReadyEntry{ReadyEntry::Kind::kTimer, entry->id, nullptr, entry->due_ns});
        end_turn_without_blocking();
    }
    if (entry->repeat) {
        // libuv has started the next period from the loop's clock now (uv_timer_again() before this callback).
        entry->due_ns = due_ns_after(std::max<uint64_t>(entry->interval_ms, 1));
    }
}

// Unlinks a wait whose waiter is gone (abandoned, or left by a long jump) from everything that could fire it, and
// frees it.
void drop_wait(WaitPoint* wait) {
    close_timeout(wait);
    if (wait->forget != nullptr) {
        wait->forget(wait);
    }
    if (wait->release != nullptr) {
        wait->release(wait);
    } else {
        delete wait;
    }
}

// The main context's waits that a long jump left, innermost first.
void drop_main_waits() {
    while (!g.main_waits.empty()) {
        WaitPoint* wait = g.main_waits.back();
        g.main_waits.pop_back();
        drop_wait(wait);
    }
}

// Blocks the thread for `seconds`, for a sleep where the running context may not suspend.
void sleep_blocking(double seconds) {
    const Deadline deadline(seconds);
    for (;;) {
        double left = deadline.remaining();
        if (left == 0) {
            break;
        }
        if (left < 0) {
            left = 3600;  // beyond a year is no limit
        }
        timespec span;
        span.tv_sec = static_cast<time_t>(left);
        span.tv_nsec = static_cast<long>((left - static_cast<double>(span.tv_sec)) * 1e9);
        if (nanosleep(&span, nullptr) == 0) {
            break;
        }
    }
}

bool resume(Coroutine* coroutine) {
    return g.hooks.resume != nullptr ? g.hooks.resume(coroutine) : coroutine->resume();
}

// Marks a wait woken; queues its coroutine unless the caller resumes it at once.
bool wake_wait(WaitPoint* wait, WakeReason reason, bool queue) {
    if (wait->reason != WakeReason::kWaiting) {
        return false;
    }
    wait->reason = reason;
    close_timeout(wait);
    if (reason != WakeReason::kDone && wait->forget != nullptr) {
        wait->forget(wait);
    }
    if (queue && wait->coroutine != nullptr) {
        g.woken.push_back(wait->coroutine->id());
    }
    return true;
}

// The woken coroutine with this id if it can run now; nullptr for a stale entry (it ended, or runs again already).
Coroutine* resumable(int64_t id) {
    Coroutine* coroutine = Coroutine::get(id);
    WaitPoint* wait = coroutine != nullptr ? coroutine->wait_point() : nullptr;
    if (coroutine == nullptr || wait == nullptr || wait->reason == WakeReason::kWaiting ||
        coroutine->state() != CoroutineState::kSuspended) {
        return nullptr;
    }
    return coroutine;
}

// Starts the count of woken coroutines that run in a row after the loop polled. What the poll itself woke (a batch of
// ready sockets) starts it below zero: those all run before the loop is polled again between them. Polled while they
// still wait to run, the loop would find their sockets still readable with nobody waiting (level-triggered), and
// each socket would drop its read interest and take it again: three epoll_ctl() calls per request of a busy server.
void count_streak_from_poll() { g.woken_streak = -static_cast<int>(std::min<size_t>(g.woken.size(), INT_MAX / 2)); }

// Handles the next woken coroutine or, when there is none (or woken coroutines ran long enough while an expiry
// waits), the next expiry; false when the run must stop.
bool run_one_ready() {
    if (!g.woken.empty() && !(g.woken_streak >= kMaxWokenStreak && !g.ready.empty())) {
        ++g.woken_streak;
        const int64_t id = g.woken.front();
        g.woken.pop_front();
        Coroutine* coroutine = resumable(id);
        return coroutine == nullptr || resume(coroutine);
    }
    g.woken_streak = 0;
    const ReadyEntry entry = g.ready.front();
    g.ready.pop_front();
    switch (entry.kind) {
        case ReadyEntry::Kind::kTimeout: {
            TimeoutTimer* timer = entry.timeout;
            timer->queued = false;
            WaitPoint* wait = timer->wait;
            if (wait == nullptr) {
                if (timer->closed) {
                    delete timer;  // the wait ended meanwhile and libuv is done with the handle
                }
                return true;
            }
            // The timeout wins only now, in deadline order; its coroutine runs at once.
            count_expiry(entry.due_ns);
            Coroutine* coroutine = wait->coroutine;
            wake_wait(wait, WakeReason::kTimeout, false);
            return coroutine == nullptr || resume(coroutine);
        }
        case ReadyEntry::Kind::kTimer: {
            TimerEntry* timer = g.timers.find(entry.id);
            if (timer == nullptr) {
                return true;
            }
            --timer->queued;
            bool go_on = true;
            if (!timer->cleared) {
                count_expiry(entry.due_ns);
                timer->firing = true;
                go_on = timer->fn(timer->id, timer->data);
                timer->firing = false;
                if (!timer->repeat) {
                    timer->cleared = true;  // a one-shot timer is done once its callback ran
                }
            }
            retire_timer_if_done(timer);
            return go_on;
        }
    }
    return true;
}

// The coroutine the run queue would resume next, taken off the queue, if a waiting coroutine may switch straight
// to it: only when its resumer is the main context running the queue, which would resume exactly that one next.
Coroutine* take_next_woken(const Coroutine* self) {
    if (g.running == 0 || self->origin() != nullptr || g.stop_requested) {
        return nullptr;
    }
    while (!g.woken.empty() && g.woken_streak < kMaxWokenStreak) {
        const int64_t id = g.woken.front();
        g.woken.pop_front();
        if (Coroutine* coroutine = resumable(id)) {
            ++g.woken_streak;
            return coroutine;
        }
    }
    return nullptr;
}

RunResult run_queue_until(WaitPoint* until) {
    for (;;) {
        if (g.stop_requested) {
            g.stop_requested = false;
            return RunResult::kStopped;
        }
        // A signal handler's work comes first, as PHP runs it at the next instruction.
        if (g.signal_handled) {
            g.signal_handled = false;
            if (g.hooks.after_signal != nullptr && !g.hooks.after_signal()) {
                return RunResult::kStopped;
            }
            continue;
        }
        // Coroutines that keep waking each other (a channel ping-pong) must not starve timers and I/O: after a
        // streak of them, poll the loop without blocking, and an expiry it queues runs next.
        if (g.woken_streak >= kMaxWokenStreak && g.ready.empty()) {
            ++g.stats.iterations;
            uv_run(loop(), UV_RUN_NOWAIT);
            if (g.ready.empty()) {
                count_streak_from_poll();  // else the expiry the poll queued runs next, and starts the count at 0
            }
        }
        // Everything woken runs before the waiting main context goes on, so that sleep(0) lets it all run.
        if (!g.ready.empty() || !g.woken.empty()) {
            if (!run_one_ready()) {
                return RunResult::kStopped;
            }
            continue;
        }
        if (until != nullptr && until->reason != WakeReason::kWaiting) {
            return RunResult::kIdle;
        }
        release_unwaited_signals();  // before the loop blocks: a coroutine waiting again has done so by now
        ++g.stats.iterations;
        // libuv computes how long the poll may block from the loop's clock, and since 1.45 it no longer brings that
        // clock up to date at the start of a turn: after a stretch of PHP code without a turn, every timer would
        // fire that stretch late. One clock read per blocking turn (not per timer: milliseconds_from_now()).
        uv_update_time(loop());
        const int alive = uv_run(loop(), UV_RUN_ONCE);
        count_streak_from_poll();
        if (alive == 0 && g.ready.empty() && g.woken.empty() &&
            !(until != nullptr && until->reason != WakeReason::kWaiting) && !g.stop_requested && !g.signal_handled) {
            return RunResult::kIdle;
        }
    }
}

// Runs from the main context until `until` is woken (or, without one, until nothing is left).
RunResult run_until(WaitPoint* until) {
    ++g.running;
    const RunResult result = run_queue_until(until);
    --g.running;
    release_unwaited_signals();  // the main context goes on with PHP code: signals nothing waits for are let go
    return result;
}

}  // namespace

void set_hooks(const SchedulerHooks& hooks) { g.hooks = hooks; }

uv_loop_s* uv_loop() { return loop(); }

uint64_t generation() { return g.generation; }

bool may_suspend() { return g.hooks.may_suspend == nullptr || g.hooks.may_suspend(); }

WakeReason wait(WaitPoint* wait, double timeout) {
    if (!may_suspend()) {
        if (g.hooks.refused != nullptr) {
            g.hooks.refused();
        }
        wait->reason = WakeReason::kAborted;
        if (wait->forget != nullptr) {
            wait->forget(wait);
        }
        return wait->reason;
    }
    const auto kind = static_cast<size_t>(wait->kind);
    if (kind < kWaitKindCount) {
        ++g.stats.waits[kind];
    }
    Coroutine* self = Coroutine::current();
    if (self == nullptr && g.hooks.before_main_wait != nullptr) {
        g.hooks.before_main_wait();
    }
    wait->coroutine = self;
    wait->reason = WakeReason::kWaiting;
    timeout = limit_of(timeout);
    if (timeout >= 0) {
        auto* timer = new TimeoutTimer;
        // Counted from the moment of the call, not from the loop's last turn (the main script may have run for a
        // while without running the loop).
        const uint64_t delay_ms = milliseconds_from_now(timeout);
        uv_timer_init(loop(), &timer->handle);
        timer->handle.data = timer;
        timer->wait = wait;
        uv_timer_start(&timer->handle, on_timeout, delay_ms, 0);
        timer->due_ns = due_ns_after(delay_ms);
        wait->timer = timer;
    }
    // The loop's cached clock, the time of its last turn: one load, where a clock read would cost a tenth of a channel
    // round trip.
    wait->since = loop()->time;
    if (self != nullptr) {
        self->set_wait_point(wait);
        // Only the run queue resumes a waiting coroutine, and only once its wait is woken; the loop guards
        // against anything else.
        while (wait->reason == WakeReason::kWaiting) {
            if (Coroutine* next = take_next_woken(self)) {
                Coroutine::transfer(next);
            } else {
                Coroutine::yield();
            }
        }
        self->set_wait_point(nullptr);
        return wait->reason;
    }
    g.deadlocked.kind = WaitKind::kUnknown;
    g.main_waits.push_back(wait);
    const RunResult result = run_until(wait);
    g.main_waits.pop_back();
    if (result == RunResult::kStopped && wait->reason == WakeReason::kWaiting) {
        close_timeout(wait);
        wait->reason = WakeReason::kAborted;
    } else if (wait->reason == WakeReason::kWaiting) {
        close_timeout(wait);
        wait->reason = WakeReason::kDeadlock;
        g.deadlocked.kind = wait->kind;
        g.deadlocked.detail = wait->detail;
        g.deadlocked.since = wait->since;
    }
    return wait->reason;
}

bool wake(WaitPoint* wait, WakeReason reason) { return wake_wait(wait, reason, true); }

void signal_handled() {
    g.signal_handled = true;
    if (g.loop_ready) {
        end_turn_without_blocking();
    }
}

WakeReason sleep(double seconds, WaitKind kind, int64_t detail) {
    if (!may_suspend()) {
        sleep_blocking(seconds);
        return WakeReason::kTimeout;
    }
    WaitPoint* point = new WaitPoint;
    point->kind = kind;
    point->detail = detail;
    const WakeReason reason = wait(point, seconds < 0 ? 0 : seconds);
    delete point;
    return reason;
}

bool cancel(Coroutine* coroutine) {
    WaitPoint* wait = coroutine->wait_point();
    if (wait == nullptr || !wait->cancellable || wait->reason != WakeReason::kWaiting) {
        return set_last_error(Error::kNotWaiting);
    }
    wake_wait(wait, WakeReason::kCanceled, false);
    resume(coroutine);  // at once
    return true;
}

WaitPoint* waiting(const Coroutine* coroutine) { return coroutine->wait_point(); }

double monotonic_now() { return static_cast<double>(uv_hrtime()) / 1e9; }

WaitTimes wait_times(const WaitPoint* wait) {
    WaitTimes times{static_cast<double>(wait->since) / 1e3, -1};
    if (const auto* timer = static_cast<const TimeoutTimer*>(wait->timer)) {
        // Due in loop milliseconds, counted from the loop's clock.
        times.until = static_cast<double>(loop()->time + uv_timer_get_due_in(&timer->handle)) / 1e3;
    }
    return times;
}

const WaitPoint* main_wait() {
    if (!g.main_waits.empty()) {
        return g.main_waits.back();
    }
    return g.deadlocked.kind != WaitKind::kUnknown ? &g.deadlocked : nullptr;
}

RunResult run() { return run_until(nullptr); }

void unwind() {
    if (Coroutine::current() != nullptr) {
        return;
    }
    drop_main_waits();
    g.running = 0;
    g.woken_streak = 0;
}

void stop() {
    g.stop_requested = true;
    if (g.loop_ready) {
        uv_stop(&g.loop);
    }
}

int64_t add_timer(double seconds, bool repeat, bool (*fn)(int64_t, void*), void* data, void (*release)(void*)) {
    auto* entry = new TimerEntry;
    entry->id = ++g.last_timer_id;
    entry->interval_ms = to_milliseconds(seconds);
    entry->repeat = repeat;
    entry->fn = fn;
    entry->data = data;
    entry->release = release;
    const uint64_t delay_ms = milliseconds_from_now(seconds);  // from now, not from the loop's last turn
    uv_timer_init(loop(), &entry->handle);
    entry->handle.data = entry;
    // A repeating timer of 0 ms would spin; libuv treats a repeat of 0 as "once", so use 1 ms.
    const uint64_t period = repeat ? std::max<uint64_t>(entry->interval_ms, 1) : 0;
    uv_timer_start(&entry->handle, on_timer, delay_ms, period);
    entry->due_ns = due_ns_after(delay_ms);
    g.timers.insert(entry->id, entry);
    return entry->id;
}

bool clear_timer(int64_t id) {
    TimerEntry* entry = g.timers.find(id);
    if (entry == nullptr || entry->cleared) {
        return false;
    }
    entry->cleared = true;
    uv_timer_stop(&entry->handle);
    retire_timer_if_done(entry);  // or later, once its queued expiries or its running callback are done
    return true;
}

std::vector<int64_t> timer_ids() {
    std::vector<int64_t> ids;
    g.timers.for_each([&ids](int64_t id, TimerEntry* entry) {
        if (!entry->cleared) {
            ids.push_back(id);
        }
    });
    std::sort(ids.begin(), ids.end());
    return ids;
}

LoopStats loop_stats() {
    LoopStats stats = g.stats;
    g.timers.for_each([&stats](int64_t, TimerEntry* entry) { stats.timers += entry->cleared ? 0 : 1; });
    return stats;
}

void reset_loop_stats() { g.stats = LoopStats{}; }

void reset() {
    // Drop the run queue first, so that nothing queued keeps a timer or a timeout alive.
    for (const ReadyEntry& entry : g.ready) {
        if (entry.kind == ReadyEntry::Kind::kTimeout) {
            entry.timeout->queued = false;
            if (entry.timeout->closed) {
                delete entry.timeout;
            }
        } else if (entry.kind == ReadyEntry::Kind::kTimer) {
            if (TimerEntry* timer = g.timers.find(entry.id)) {
                --timer->queued;
            }
        }
    }
    g.ready.clear();
    g.woken.clear();
    std::vector<TimerEntry*> timers;
    g.timers.for_each([&timers](int64_t, TimerEntry* timer) { timers.push_back(timer); });
    for (TimerEntry* timer : timers) {
        timer->cleared = true;
        timer->queued = 0;
        timer->firing = false;
        retire_timer_if_done(timer);
    }
    // Coroutines still suspended now are abandoned next (never resumed again): their waits belong to nobody.
    for (int64_t id : Coroutine::ids()) {
        Coroutine* coroutine = Coroutine::get(id);
        WaitPoint* wait = coroutine->wait_point();
        if (wait == nullptr) {
            continue;
        }
        coroutine->set_wait_point(nullptr);
        drop_wait(wait);
    }
    drop_main_waits();  // left by a long jump that did not go through unwind()
    g.ready.clear();
    g.stop_requested = false;
    g.signal_handled = false;
    g.deadlocked.kind = WaitKind::kUnknown;
    g.running = 0;  // a fatal error may have left a run by longjmp
    ++g.generation;
    g.woken_streak = 0;
    if (g.loop_ready) {
        uv_walk(
            &g.loop,
            [](uv_handle_t* handle, void*) {
                if (!uv_is_closing(handle)) {
                    uv_close(handle, nullptr);
                }
            },
            nullptr);
        uv_run(&g.loop, UV_RUN_DEFAULT);
        uv_loop_close(&g.loop);
        g.loop_ready = false;
    }
}

}  // namespace scheduler
}  // namespace study

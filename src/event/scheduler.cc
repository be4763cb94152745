// SPDX-License-Identifier: MIT
#include "study/scheduler.h"

#include <uv.h>

#include <algorithm>
#include <cmath>
#include <deque>
#include <utility>

#include "study/coroutine.h"
#include "study/error.h"
#include "study/id_map.h"

namespace study {
namespace scheduler {

namespace {

// The libuv timer behind a wait's timeout. Freed in its close callback; `wait` is cleared first, so a timeout
// that was stopped can never reach a wait again.
struct TimeoutTimer {
    uv_timer_t handle;
    WaitPoint* wait;
};

struct TimerEntry {
    uv_timer_t handle;
    int64_t id;
    uint64_t interval_ms;
    bool repeat;
    bool firing = false;   // its callback runs now
    bool cleared = false;  // clear_timer() was called (while firing: closed once the callback returns)
    bool (*fn)(int64_t id, void* data);
    void* data;
    void (*release)(void* data);
};

struct State {
    uv_loop_t loop;
    bool loop_ready = false;
    SchedulerHooks hooks;
    std::deque<int64_t> ready;  // ids of coroutines whose wait was woken, in wake order
    IdMap<WaitPoint> waits;     // the wait each suspended coroutine is in, by coroutine id
    IdMap<TimerEntry> timers;
    int64_t last_timer_id = 0;
    bool stop_requested = false;
};

State g;

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

void on_timeout(uv_timer_t* handle) {
    auto* timer = static_cast<TimeoutTimer*>(handle->data);
    if (timer->wait != nullptr) {
        wake(timer->wait, WakeReason::kTimeout);
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
    uv_close(reinterpret_cast<uv_handle_t*>(&timer->handle),
             [](uv_handle_t* handle) { delete static_cast<TimeoutTimer*>(handle->data); });
}

void close_timer(TimerEntry* entry) {
    uv_timer_stop(&entry->handle);
    if (entry->release != nullptr) {
        entry->release(entry->data);
    }
    uv_close(reinterpret_cast<uv_handle_t*>(&entry->handle),
             [](uv_handle_t* handle) { delete static_cast<TimerEntry*>(handle->data); });
}

void on_timer(uv_timer_t* handle) {
    auto* entry = static_cast<TimerEntry*>(handle->data);
    entry->firing = true;
    const bool go_on = entry->fn(entry->id, entry->data);
    entry->firing = false;
    if (entry->cleared || !entry->repeat) {
        g.timers.erase(entry->id);
        close_timer(entry);
    }
    if (!go_on) {
        stop();
    }
}

// Resumes the next woken coroutine; false when the resume hook asks to stop.
bool run_one_ready() {
    const int64_t id = g.ready.front();
    g.ready.pop_front();
    Coroutine* coroutine = Coroutine::get(id);
    WaitPoint* wait = g.waits.find(id);
    // Stale entries (the coroutine ended, or was resumed by cancel() already) are skipped.
    if (coroutine == nullptr || wait == nullptr || wait->reason == WakeReason::kWaiting ||
        coroutine->state() != CoroutineState::kSuspended) {
        return true;
    }
    return g.hooks.resume != nullptr ? g.hooks.resume(coroutine) : coroutine->resume();
}

// Runs from the main context until `until` is woken (or, without one, until nothing is left).
RunResult run_until(WaitPoint* until) {
    for (;;) {
        if (g.stop_requested) {
            g.stop_requested = false;
            return RunResult::kStopped;
        }
        // Everything woken runs before the waiting main context goes on, so that sleep(0) lets it all run.
        if (!g.ready.empty()) {
            if (!run_one_ready()) {
                return RunResult::kStopped;
            }
            continue;
        }
        if (until != nullptr && until->reason != WakeReason::kWaiting) {
            return RunResult::kIdle;
        }
        const int alive = uv_run(loop(), UV_RUN_ONCE);
        if (alive == 0 && g.ready.empty() && !(until != nullptr && until->reason != WakeReason::kWaiting) &&
            !g.stop_requested) {
            return RunResult::kIdle;
        }
    }
}

}  // namespace

void set_hooks(const SchedulerHooks& hooks) { g.hooks = hooks; }

WakeReason wait(WaitPoint* wait, double timeout) {
    Coroutine* self = Coroutine::current();
    wait->coroutine = self;
    wait->reason = WakeReason::kWaiting;
    if (timeout >= 0) {
        auto* timer = new TimeoutTimer;
        // libuv measures from the loop's cached "now", which is stale when the main script ran for a while without
        // running the loop: a sleep counts from the moment it is called.
        uv_update_time(loop());
        uv_timer_init(loop(), &timer->handle);
        timer->handle.data = timer;
        timer->wait = wait;
        uv_timer_start(&timer->handle, on_timeout, to_milliseconds(timeout), 0);
        wait->timer = timer;
    }
    if (self != nullptr) {
        g.waits.insert(self->id(), wait);
        // Only the run queue resumes a waiting coroutine, and only once its wait is woken; the loop guards
        // against anything else.
        while (wait->reason == WakeReason::kWaiting) {
            Coroutine::yield();
        }
        g.waits.erase(self->id());
        return wait->reason;
    }
    if (run_until(wait) == RunResult::kStopped && wait->reason == WakeReason::kWaiting) {
        close_timeout(wait);
        wait->reason = WakeReason::kAborted;
    } else if (wait->reason == WakeReason::kWaiting) {
        close_timeout(wait);
        wait->reason = WakeReason::kDeadlock;
    }
    return wait->reason;
}

bool wake(WaitPoint* wait, WakeReason reason) {
    if (wait->reason != WakeReason::kWaiting) {
        return false;
    }
    wait->reason = reason;
    close_timeout(wait);
    if (reason != WakeReason::kDone && wait->forget != nullptr) {
        wait->forget(wait);
    }
    if (wait->coroutine != nullptr) {
        g.ready.push_back(wait->coroutine->id());
    }
    return true;
}

WakeReason sleep(double seconds) {
    WaitPoint* point = new WaitPoint;
    const WakeReason reason = wait(point, seconds < 0 ? 0 : seconds);
    delete point;
    return reason;
}

bool cancel(Coroutine* coroutine) {
    WaitPoint* wait = g.waits.find(coroutine->id());
    if (wait == nullptr || !wait->cancellable || wait->reason != WakeReason::kWaiting) {
        return set_last_error(Error::kNotWaiting);
    }
    wake(wait, WakeReason::kCanceled);
    // Run it at once; its entry in the run queue is skipped later because its wait is over by then.
    if (g.hooks.resume != nullptr) {
        g.hooks.resume(coroutine);
    } else {
        coroutine->resume();
    }
    return true;
}

WaitPoint* waiting(const Coroutine* coroutine) { return g.waits.find(coroutine->id()); }

RunResult run() { return run_until(nullptr); }

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
    uv_update_time(loop());  // count from now, not from the loop's last turn
    uv_timer_init(loop(), &entry->handle);
    entry->handle.data = entry;
    // A repeating timer of 0 ms would spin; libuv treats a repeat of 0 as "once", so use 1 ms.
    const uint64_t period = repeat ? std::max<uint64_t>(entry->interval_ms, 1) : 0;
    uv_timer_start(&entry->handle, on_timer, entry->interval_ms, period);
    g.timers.insert(entry->id, entry);
    return entry->id;
}

bool clear_timer(int64_t id) {
    TimerEntry* entry = g.timers.find(id);
    if (entry == nullptr || entry->cleared) {
        return false;
    }
    entry->cleared = true;
    if (entry->firing) {
        uv_timer_stop(&entry->handle);  // closed once its callback returns
        return true;
    }
    g.timers.erase(id);
    close_timer(entry);
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

void reset() {
    for (int64_t id : timer_ids()) {
        clear_timer(id);
    }
    // Waits of coroutines that were abandoned (never resumed again) belong to nobody any more.
    std::vector<std::pair<int64_t, WaitPoint*>> orphans;
    g.waits.for_each([&orphans](int64_t id, WaitPoint* wait) { orphans.emplace_back(id, wait); });
    for (const auto& [id, wait] : orphans) {
        g.waits.erase(id);
        close_timeout(wait);
        delete wait;
    }
    g.ready.clear();
    g.stop_requested = false;
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

size_t ready_count() { return g.ready.size(); }

size_t timer_count() { return timer_ids().size(); }

}  // namespace scheduler
}  // namespace study

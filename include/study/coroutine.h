// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "study/context.h"
#include "study/error.h"
#include "study/hooks.h"
#include "study/id_map.h"
#include "study/stack.h"

namespace study {

enum class CoroutineState {
    kInit,       // created, never resumed
    kRunning,    // executing, or waiting for a coroutine it resumed
    kSuspended,  // parked by yield(), resumable
    kDead,       // entry returned; freed before the resume() that saw it end returns
};

// Process-wide coroutine counters, for Study\Coroutine::stats().
struct CoroutineStats {
    size_t live = 0;        // coroutines that exist now
    size_t peak = 0;        // most that existed at once
    int64_t last_id = 0;    // id of the newest coroutine, 0 before the first
    size_t stack_size = 0;  // C stack size given to new coroutines
    size_t max = 0;         // most live coroutines allowed, 0 for no limit
    uint64_t created = 0;   // coroutines created since the process (or a Process\Pool worker) started
    uint64_t switches = 0;  // context switches (resume, yield, transfer, end) since then
};

// A stackful coroutine. Ids start at 1, only increase, and are never reused. A coroutine is owned by the
// core from create() until it finishes: the resume() that sees it end frees it (stack back to the pool).
struct WaitPoint;

class Coroutine {
public:
    using Entry = void (*)(void* arg);

    // Makes a coroutine that will run entry(arg) at its first resume(). Returns nullptr and sets the last
    // error (kCoroutineLimit, kStackAlloc) on failure. Its parent_id() is the id of the coroutine running now (-1 in
    // the main context).
    static Coroutine* create(Entry entry, void* arg);

    // Runs this coroutine until it yields or finishes; it then returns to the caller. A finished
    // coroutine is freed before resume() returns, so `this` must not be used afterwards unless it is still
    // alive (use the id). False with the last error set when it is not resumable (kResumeSelf, kNotSuspended).
    // Inline (below), as yield(): see there.
    bool resume();

    // Frees a coroutine that is suspended, without running it again: whatever its stack held is dropped.
    // Only for the end of a process or request after a fatal error, when nothing may run any more.
    void abandon();

    // Suspends the running coroutine and returns to whoever resumed it; returns true once resumed again.
    // False with kNotInCoroutine when called from the main context.
    // Inline (below), as resume(), so that the binding's handlers call switch_context() directly.
    static bool yield();

    // resume() of `target`, or yield() when it is nullptr: for a binding that serves both from one function, which
    // then makes one call of the switch for both (see below the class).
    static bool resume_or_yield(Coroutine* target);

    // Suspends the running coroutine and runs `next` (suspended, or never started) in its place: when `next`
    // yields or ends, control goes to whoever the running coroutine would have returned to. Saves the two switches
    // through that resumer when it would only resume `next` anyway (the scheduler's run queue). False with the last
    // error set (kNotInCoroutine, kResumeSelf, kNotSuspended) when not possible.
    static bool transfer(Coroutine* next);

    // The running coroutine, or nullptr in the main context.
    static Coroutine* current() { return current_; }
    // The coroutine with this id, or nullptr when none is alive.
    static Coroutine* get(int64_t id);
    // The ids of all live coroutines, ascending.
    static std::vector<int64_t> ids();
    // How many coroutines are alive.
    static size_t count() { return registry_.size(); }

    static CoroutineStats stats();
    // Starts `created`, `switches` and `peak` afresh (peak from the coroutines alive now), for a forked worker whose
    // counts must be its own; ids go on from where they were.
    static void reset_counters();
    // Stack size for coroutines created from now on, rounded up to whole pages.
    static void set_stack_size(size_t size);
    // Most live coroutines allowed; 0 removes the limit.
    static void set_max(size_t max) { max_ = max; }

    int64_t id() const { return id_; }
    // Id of the coroutine that was running when this one was created, -1 for the main context.
    int64_t parent_id() const { return parent_id_; }
    CoroutineState state() const { return state_; }
    // The coroutine that resumed this one and gets control back when it yields, nullptr for main.
    Coroutine* origin() const { return origin_; }
    // The shared C stack this coroutine runs on (for engine stack limits).
    const SharedStack* stack() const { return context_.stack; }
    // The coroutine whose execution context this is, nullptr for the main context.
    static Coroutine* from_context(ExecContext* context) { return static_cast<Coroutine*>(context->owner); }
    // The scheduler's wait this coroutine is suspended in, nullptr when none; only the scheduler sets it.
    WaitPoint* wait_point() const { return wait_point_; }
    void set_wait_point(WaitPoint* wait) { wait_point_ = wait; }
    // The binding's per-coroutine data; never touched by the core.
    void* task() const { return task_; }
    void set_task(void* task) { task_ = task; }

    // Frees the cached Coroutine objects and unused stacks; call when the process (or module) shuts down.
    static void release_caches();

    // Coroutine objects come from a small free list, so a create-run-destroy loop does not call malloc.
    static void* operator new(size_t size);
    static void operator delete(void* memory);

private:
    friend void set_coroutine_hooks(const CoroutineHooks& hooks);

    Coroutine(Entry entry, void* arg, int64_t id, int64_t parent_id)
        : entry_(entry), arg_(arg), id_(id), parent_id_(parent_id) {}
    static void run(void* self);
    void destroy();
    // Frees the coroutine that finished in the last switch back to its resumer.
    static void reap_finished();
    static ExecContext* context_of(Coroutine* coroutine) {
        return coroutine != nullptr ? &coroutine->context_ : &main_context_;
    }
    // Hands control from `from` to `to` (nullptr: the main context), after the binding's hook saw the switch; returns
    // when something switches back to `from`. The states of `from` and the origins are the caller's to set.
    static void switch_between(Coroutine* from, Coroutine* to) {
        if (switch_hook_ != nullptr) {
            switch_hook_(from, to);
        }
        current_ = to;
        ++switches_;
        if (to != nullptr) {
            to->state_ = CoroutineState::kRunning;  // a yield's or an end's resumer is running already
        }
        switch_context(context_of(from), context_of(to));
    }

    ExecContext context_;
    Entry entry_;
    void* arg_;
    void* task_ = nullptr;
    WaitPoint* wait_point_ = nullptr;
    int64_t id_;
    int64_t parent_id_;
    Coroutine* origin_ = nullptr;
    CoroutineState state_ = CoroutineState::kInit;

    static ExecContext main_context_;
    static Coroutine* current_;   // one scheduler per process (PHP NTS)
    static Coroutine* finished_;  // ended and switched back to its resumer, which frees it
    static IdMap<Coroutine> registry_;
    static int64_t last_id_;
    static size_t peak_;
    static uint64_t created_;
    static uint64_t switches_;  // a plain increment per switch: the counter costs no more than that
    static size_t stack_size_;
    static size_t max_;
    static void (*switch_hook_)(Coroutine* from, Coroutine* to);  // CoroutineHooks::on_switch
};

// resume() and yield() are defined inline, so that a language binding's handler that calls them runs switch_context()
// itself. A switch returns on the other side through that side's chain of callers, and the CPU predicts those returns
// from the chain the switch left by (switch_context() keeps that prediction in step): each frame where the two chains
// differ is a mispredicted return. A PHP yield+resume round trip took ~125 ns with the core's own frames in both
// chains, ~80 ns with each handler calling switch_context() directly, and ~60 ns with both handlers entering one
// function that calls resume_or_yield() once (Fiber: ~95 ns; same machine, same instruction count).
[[gnu::always_inline]] inline bool Coroutine::resume_or_yield(Coroutine* target) {
    Coroutine* from = current_;
    Coroutine* to;
    if (target != nullptr) {
        if (target == from) {
            return set_last_error(Error::kResumeSelf);
        }
        if (target->state_ != CoroutineState::kInit && target->state_ != CoroutineState::kSuspended) {
            return set_last_error(Error::kNotSuspended);
        }
        target->origin_ = from;
        to = target;
    } else {
        if (from == nullptr) {
            return set_last_error(Error::kNotInCoroutine);
        }
        from->state_ = CoroutineState::kSuspended;
        to = from->origin_;
    }
    switch_between(from, to);
    // Back here: a coroutine this one resumed (or one it transferred to) yielded or finished, or this one was
    // resumed after its yield (then nothing finished: a coroutine ends by switching to the resumer it returns to).
    if (finished_ != nullptr) {
        reap_finished();
    }
    return true;
}

[[gnu::always_inline]] inline bool Coroutine::resume() { return resume_or_yield(this); }

[[gnu::always_inline]] inline bool Coroutine::yield() { return resume_or_yield(nullptr); }

}  // namespace study

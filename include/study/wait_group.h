// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "study/scheduler.h"

namespace study {

// A counter that coroutines (and the main context) wait on until it reaches zero, as Go's sync.WaitGroup.
class WaitGroup {
public:
    WaitGroup() = default;
    // Wakes whoever still waits (kDone): nothing is left to wait for.
    ~WaitGroup();
    WaitGroup(const WaitGroup&) = delete;
    WaitGroup& operator=(const WaitGroup&) = delete;

    // Adds `delta` (may be negative); at zero every waiter wakes. False with kInvalidArgument, and nothing changed,
    // when the counter would go below zero or overflow.
    bool add(int64_t delta);
    // Waits until the counter is zero (at once if it is); a negative timeout never passes.
    WakeReason wait(double timeout);

    int64_t count() const { return count_; }
    size_t waiters() const { return waiters_.size(); }

private:
    static void forget(WaitPoint* wait);
    void wake_all();

    int64_t count_ = 0;
    std::vector<WaitPoint*> waiters_;  // heap waits, oldest first
};

}  // namespace study

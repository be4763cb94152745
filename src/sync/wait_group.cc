// SPDX-License-Identifier: MIT
#include "study/wait_group.h"

#include <algorithm>

#include "study/error.h"

namespace study {

WaitGroup::~WaitGroup() { wake_all(); }

void WaitGroup::wake_all() {
    std::vector<WaitPoint*> waiters;
    waiters.swap(waiters_);
    for (WaitPoint* wait : waiters) {
        wait->data = nullptr;
        scheduler::wake(wait, WakeReason::kDone);
    }
}

bool WaitGroup::add(int64_t delta) {
    int64_t sum = 0;
    if (__builtin_add_overflow(count_, delta, &sum) || sum < 0) {
        return set_last_error(Error::kInvalidArgument);
    }
    count_ = sum;
    if (count_ == 0) {
        wake_all();
    }
    return true;
}

void WaitGroup::forget(WaitPoint* wait) {
    auto* group = static_cast<WaitGroup*>(wait->data);
    if (group == nullptr) {
        return;
    }
    auto& waiters = group->waiters_;
    waiters.erase(std::remove(waiters.begin(), waiters.end(), wait), waiters.end());
    wait->data = nullptr;
}

WakeReason WaitGroup::wait(double timeout) {
    if (count_ == 0) {
        return WakeReason::kDone;
    }
    if (timeout == 0) {
        return WakeReason::kTimeout;
    }
    auto* point = new WaitPoint;
    point->data = this;
    point->forget = forget;
    point->kind = WaitKind::kWaitGroup;
    point->detail = static_cast<int64_t>(count_);
    waiters_.push_back(point);
    const WakeReason reason = scheduler::wait(point, timeout);
    forget(point);  // a main-context wait that was stopped is still listed
    delete point;
    return reason;
}

}  // namespace study

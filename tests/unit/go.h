// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <memory>
#include <utility>

#include "study/coroutine.h"

namespace study_test {

// Runs `fn` in a new coroutine at once, until it first suspends or ends; returns the coroutine's id. The callable is
// moved to the heap, so nothing the coroutine uses lives on the caller's stack.
template <typename Fn>
int64_t go(Fn fn) {
    auto* body = new Fn(std::move(fn));
    study::Coroutine* coroutine = study::Coroutine::create(
        [](void* arg) {
            std::unique_ptr<Fn> owned(static_cast<Fn*>(arg));
            (*owned)();
        },
        body);
    const int64_t id = coroutine->id();
    coroutine->resume();
    return id;
}

}  // namespace study_test

// SPDX-License-Identifier: MIT
#pragma once

namespace study {

class Coroutine;

// The few points where the core calls the language binding. Each coroutine carries an opaque `task`
// pointer (Coroutine::task()) that belongs to the binding; the core never reads it.
struct CoroutineHooks {
    // Called on the leaving side just before control moves from `from` to `to`; nullptr stands for the
    // main context. `from` may be finished (state kDead): then it will never run again.
    void (*on_switch)(Coroutine* from, Coroutine* to) = nullptr;
    // Called on the resumer's side when a finished coroutine is about to be freed, so the binding can
    // free its task. The coroutine's stack is still mapped during the call.
    void (*on_close)(Coroutine* coroutine) = nullptr;
};

// Installs the hooks for every coroutine; call once before creating coroutines.
void set_coroutine_hooks(const CoroutineHooks& hooks);

}  // namespace study

// SPDX-License-Identifier: MIT
#pragma once

#include "study/stack.h"

namespace study {

// Names the switching backend, for phpinfo(): the library and its version.
const char* context_backend();

// One execution context on its own C stack, switched with Boost.Context's fcontext.
// The protocol is asymmetric: resume() jumps in from whatever context runs now (the caller), and
// suspend() or finish() jump back to the caller that resumed it last.
class Context {
public:
    using Entry = void (*)(void* arg);

    Context() = default;
    Context(const Context&) = delete;
    Context& operator=(const Context&) = delete;

    // Prepares the context to run entry(arg) on `stack` at its first resume(). The stack stays owned by the caller.
    void init(const Stack& stack, Entry entry, void* arg);
    // Runs the context until it suspends or finishes. Called from outside the context.
    void resume();
    // Goes back to the caller of resume(). Called from inside the context; returns at the next resume().
    void suspend();
    // True once entry() has returned; the context must not be resumed again.
    bool finished() const { return finished_; }

    // Internal: where a new context starts; public only so the fcontext entry shim can reach it.
    static void trampoline(void* transfer_fctx, void* transfer_data);

private:
    void* self_ = nullptr;    // fcontext of this context while it is not running
    void* caller_ = nullptr;  // fcontext of the caller while this context runs
    Entry entry_ = nullptr;
    void* arg_ = nullptr;
    bool finished_ = false;
};

}  // namespace study

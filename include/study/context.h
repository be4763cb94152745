// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>

namespace study {

class SharedStack;

// Names the switching backend, for phpinfo(): the library and its version.
const char* context_backend();

// The part of a context's stack that was copied off its shared stack while another context used it.
struct SavedStack {
    char* data = nullptr;  // heap copy, sized to fit
    size_t size = 0;       // bytes in use, 0 while the context is on its stack
    size_t capacity = 0;   // bytes allocated
};

// One execution context: a coroutine, or the main context (the thread's own stack, `stack` == nullptr).
// Contexts run on a small set of shared stacks: a suspended context keeps its frames in place until another
// context needs that stack; then the used part is copied to `saved` and copied back to the same addresses
// before it runs again. Switching is symmetric (Boost.Context fcontext): any context may switch to any other.
struct ExecContext {
    void* fctx = nullptr;          // where it continues; valid while it is not running
    SharedStack* stack = nullptr;  // the shared stack it runs on, nullptr for the main context
    SavedStack saved;              // its frames while they are off the stack
    void (*entry)(void* arg) = nullptr;
    void* arg = nullptr;
    void* owner = nullptr;  // the object this context belongs to (a Coroutine), for hooks
    bool started = false;   // its first frame exists (made lazily, when it first gets its stack)
    bool finished = false;  // entry returned: never switched to again
};

// Counters of the stack layer, for Study\Coroutine::stats().
struct StackStats {
    size_t shared_stacks = 0;   // shared stacks mapped
    size_t mapped_bytes = 0;    // usable bytes of all mapped shared stacks
    size_t stack_size = 0;      // usable bytes of each new shared stack
    size_t saved_contexts = 0;  // contexts whose frames are copied off their stack now
    size_t saved_bytes = 0;     // bytes those copies hold
    uint64_t copies_out = 0;    // copies off a stack since the start
    uint64_t copies_in = 0;     // copies back since the start
};

// Hooks of the stack layer.
struct StackHooks {
    // For a context whose saved fctx is not on its shared stack (it switched away while running on a stack of
    // its own making, e.g. a PHP Fiber), returns the lowest address of its frames on the shared stack, or
    // nullptr when unknown (then the whole stack is saved).
    void* (*stack_pointer_on_shared_stack)(ExecContext* context) = nullptr;
    // Called in the signal handler when a context runs into the guard area of its stack; must not return.
    void (*on_overflow)(ExecContext* context, size_t stack_size) = nullptr;
};

void set_stack_hooks(const StackHooks& hooks);

// Sets the size of shared stacks created from now on (rounded to pages) and how many may exist at once.
void configure_stacks(size_t stack_size, size_t max_shared_stacks);

// Gives a new context a shared stack, to run entry(arg) at its first switch. Touches no stack memory.
// Returns false (kStackAlloc) when no stack could be mapped.
bool attach_stack(ExecContext* context, void (*entry)(void*), void* arg);

// Releases what a finished or abandoned context holds: its place on the shared stack and its saved copy.
void detach_stack(ExecContext* context);

// Runs `to`, leaving `from` (the running context) resumable at this point; returns when something switches
// back to `from`. Copies frames off and onto shared stacks as needed, never on the stack being copied.
void switch_context(ExecContext* from, ExecContext* to);

// Installs a SIGSEGV handler (on an alternate signal stack) that reports guard-area hits through
// StackHooks::on_overflow and passes every other fault to the handler that was there before.
bool install_overflow_guard();

StackStats stack_stats();

// Unmaps shared stacks nobody uses; call at shutdown.
void trim_stacks();

// `size` rounded up to whole pages.
size_t round_to_pages(size_t size);

}  // namespace study

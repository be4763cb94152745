// SPDX-License-Identifier: MIT
#include "study/context.h"

#include <boost/context/detail/fcontext.hpp>
#include <boost/version.hpp>
#include <cstdlib>
#include <cstring>
#include <vector>

#include <signal.h>
#include <sys/mman.h>
#include <unistd.h>

#include "sanitizer_support.h"
#include "study/error.h"
#include "study/stack.h"
#include "valgrind_support.h"

namespace study {

namespace bctx = boost::context::detail;

namespace {

constexpr size_t kDefaultStackSize = 2 * 1024 * 1024;
constexpr size_t kDefaultMaxSharedStacks = 16;
// The switcher only copies memory; its stack can be small.
constexpr size_t kSwitcherStackSize = 64 * 1024;

struct StackSet {
    // When the module is unloaded nothing runs on these stacks any more, and they are given back. But exit() may
    // be called on a coroutine's stack (PHP's out-of-memory path with the system allocator does so): the exit
    // handlers, this destructor among them, then run on a shared stack, and unmapping it would pull the stack
    // out from under them. The process is ending then, so the kernel takes the stacks back instead.
    ~StackSet() {
        if (running != nullptr && running->stack != nullptr) {
            return;
        }
        for (SharedStack* stack : stacks) {
            stack->unmap();
        }
    }

    std::vector<SharedStack*> stacks;
    size_t stack_size = kDefaultStackSize;
    size_t max_stacks = kDefaultMaxSharedStacks;
    size_t next_victim = 0;
    ExecContext* running = nullptr;  // the running context, nullptr before the first switch (main)
    StackHooks hooks;
    StackStats stats;
};

StackSet g_set;

// The switcher context: a context of its own on which frames are copied off and onto shared stacks, so that
// copying never happens on the stack being copied.
ExecContext g_switcher;
SharedStack* g_switcher_stack = nullptr;
bool g_switcher_entered = false;  // it waits in switcher_loop(), not at its fresh start
struct SwitchRequest {
    ExecContext* from;
    ExecContext* to;
};
SwitchRequest g_request;

// AddressSanitizer must be told about every switch between stacks, and of frames that appear on a stack by
// copying rather than by calls; all of this compiles to nothing without ASan.
[[maybe_unused]] const void* g_thread_stack_bottom =
    nullptr;  // the main context's stack, learnt at the first switch back
[[maybe_unused]] size_t g_thread_stack_size = 0;

inline void asan_leaving(void** fake_stack_save, const ExecContext* to) {
#ifdef STUDY_ASAN
    const SharedStack* stack = to->stack;
    __sanitizer_start_switch_fiber(fake_stack_save, stack ? stack->base : g_thread_stack_bottom,
                                   stack ? stack->size : g_thread_stack_size);
#else
    (void)fake_stack_save;
    (void)to;
#endif
}

inline void asan_arrived(void* fake_stack, bctx::transfer_t transfer) {
#ifdef STUDY_ASAN
    const void* bottom = nullptr;
    size_t size = 0;
    __sanitizer_finish_switch_fiber(fake_stack, &bottom, &size);
    if (static_cast<ExecContext*>(transfer.data)->stack == nullptr) {
        g_thread_stack_bottom = bottom;
        g_thread_stack_size = size;
    }
#else
    (void)fake_stack;
    (void)transfer;
#endif
}

// Run by ontop_fcontext() on top of the context it resumes, and returns to where that context suspended, with the
// transfer jump_fcontext() would have given it: it adds nothing but a `ret`. jump_fcontext() ends with an indirect
// jump instead, so the return address its call pushed on the CPU's return-prediction stack is never popped, and
// every return after the switch is predicted from the frame above the right one: all of them miss. This `ret` pops
// that entry (predicted right: both sides call the switch from the same place), and the returns that follow are
// predicted from the frames the other side left by, which are the same code when both sides wait in the same call
// (a channel ping-pong). Measured with perf's cpu-clock samples: the first instruction after each switch took a
// third of scheduler::wait's time.
bctx::transfer_t land(bctx::transfer_t transfer) { return transfer; }

// Records, in the context that just switched to us, where it continues.
inline void record(bctx::transfer_t transfer) { static_cast<ExecContext*>(transfer.data)->fctx = transfer.fctx; }

// Debug check, on in Debug builds and whenever the environment variable STUDY_DEBUG_STACKS is set (the test
// command sets it): frames copied off a shared stack are overwritten with a pattern.
bool poison_copied_frames() {
#ifdef STUDY_DEBUG_STACKS
    return true;
#else
    static const bool enabled = std::getenv("STUDY_DEBUG_STACKS") != nullptr;
    return enabled;
#endif
}

char* frames_start(ExecContext* context, SharedStack* stack) {
    auto* sp = static_cast<char*>(context->fctx);
    if (sp >= stack->base && sp < stack->top) {
        return sp;
    }
    // It left from a stack of its own making; ask where its frames on the shared stack begin.
    if (g_set.hooks.stack_pointer_on_shared_stack != nullptr) {
        sp = static_cast<char*>(g_set.hooks.stack_pointer_on_shared_stack(context));
        if (sp >= stack->base && sp < stack->top) {
            return sp;
        }
    }
    return stack->base;
}

void copy_out(ExecContext* context, SharedStack* stack) {
    char* start = frames_start(context, stack);
    const size_t size = static_cast<size_t>(stack->top - start);
    SavedStack& saved = context->saved;
    if (saved.capacity < size || saved.capacity > 2 * size) {
        std::free(saved.data);
        saved.capacity = (size + 63) & ~static_cast<size_t>(63);
        saved.data = static_cast<char*>(std::malloc(saved.capacity));
        if (saved.data == nullptr) {
            std::abort();  // out of memory while switching: nothing sane is left to do
        }
    }
    copy_stack_bytes(saved.data, start, size);
    saved.size = size;
    if (poison_copied_frames()) {
        // Anything that still points into the frames just copied away reads garbage from now on, so tests that
        // break the no-pointer-into-a-suspended-stack rule fail loudly instead of by luck.
        asan_forget_frames(start, size);
        std::memset(start, 0xA5, size);
    }
    ++g_set.stats.copies_out;
    ++g_set.stats.saved_contexts;
    g_set.stats.saved_bytes += size;
}

void copy_in(ExecContext* context, SharedStack* stack) {
    SavedStack& saved = context->saved;
    char* start = stack->top - saved.size;
    STUDY_VALGRIND_MAKE_MEM_UNDEFINED(start, saved.size);
    asan_forget_frames(start, saved.size);
    copy_stack_bytes(start, saved.data, saved.size);
    ++g_set.stats.copies_in;
    --g_set.stats.saved_contexts;
    g_set.stats.saved_bytes -= saved.size;
    saved.size = 0;
}

void trampoline(bctx::transfer_t transfer);

// Puts `context`'s frames on its stack (copying the occupant off first) and gives it a first frame if new.
// Never runs on `context`'s stack.
void make_resident(ExecContext* context) {
    SharedStack* stack = context->stack;
    if (stack == nullptr) {
        return;  // the main context runs on the thread's own stack
    }
    if (stack->occupant != context) {
        ExecContext* occupant = stack->occupant;
        if (occupant != nullptr && !occupant->finished) {
            copy_out(occupant, stack);
        }
        if (context->started) {
            copy_in(context, stack);
        }
        stack->occupant = context;
    }
    if (!context->started) {
        asan_forget_frames(stack->base, stack->size);
        context->fctx = bctx::make_fcontext(stack->top, stack->size, trampoline);
        context->started = true;
    }
}

void trampoline(bctx::transfer_t transfer) {
    asan_arrived(nullptr, transfer);
    record(transfer);
    ExecContext* self = g_set.running;
    self->entry(self->arg);
    // The entry must end with a switch away that never comes back.
    std::abort();
}

void switcher_loop(bctx::transfer_t transfer) {
    void* fake_stack = nullptr;
    asan_arrived(nullptr, transfer);
    g_switcher_entered = true;
    for (;;) {
        record(transfer);
        const bool fresh = !g_request.to->started;
        make_resident(g_request.to);
        asan_leaving(&fake_stack, g_request.to);
        transfer = fresh ? bctx::jump_fcontext(g_request.to->fctx, &g_switcher)
                         : bctx::ontop_fcontext(g_request.to->fctx, &g_switcher, land);
        asan_arrived(fake_stack, transfer);
    }
}

bool ensure_switcher() {
    if (g_switcher_stack != nullptr) {
        return true;
    }
    g_switcher_stack = SharedStack::map(kSwitcherStackSize);
    if (g_switcher_stack == nullptr) {
        return false;
    }
    g_switcher.stack = g_switcher_stack;
    g_switcher.fctx = bctx::make_fcontext(g_switcher_stack->top, g_switcher_stack->size, switcher_loop);
    g_switcher.started = true;
    g_switcher_entered = false;
    g_switcher_stack->occupant = &g_switcher;
    return true;
}

SharedStack* choose_stack() {
    SharedStack* fallback = nullptr;
    size_t candidates = 0;
    for (SharedStack* stack : g_set.stacks) {
        if (stack->size != g_set.stack_size) {
            continue;
        }
        ++candidates;
        if (stack->occupant == nullptr || stack->occupant->finished) {
            return stack;
        }
    }
    if (candidates < g_set.max_stacks) {
        SharedStack* stack = SharedStack::map(g_set.stack_size);
        if (stack != nullptr) {
            g_set.stacks.push_back(stack);
            ++g_set.stats.shared_stacks;
        }
        return stack;
    }
    // Every stack is taken: share one round-robin, avoiding the one the running context is on.
    for (size_t tries = 0; tries < g_set.stacks.size(); ++tries) {
        SharedStack* stack = g_set.stacks[g_set.next_victim++ % g_set.stacks.size()];
        if (stack->size != g_set.stack_size) {
            continue;
        }
        fallback = stack;
        if (g_set.running == nullptr || g_set.running->stack != stack) {
            return stack;
        }
    }
    return fallback;
}

// Unmaps unused stacks whose size is not the current one.
void trim_stacks_of_other_sizes() {
    std::vector<SharedStack*> kept;
    for (SharedStack* stack : g_set.stacks) {
        if (stack->users == 0 && stack->size != g_set.stack_size) {
            --g_set.stats.shared_stacks;
            stack->unmap();
        } else {
            kept.push_back(stack);
        }
    }
    g_set.stacks.swap(kept);
}

}  // namespace

const char* context_backend() { return "Boost.Context fcontext (Boost " BOOST_LIB_VERSION "), shared stacks"; }

size_t round_to_pages(size_t size) {
    static const size_t page = static_cast<size_t>(sysconf(_SC_PAGESIZE));
    return (size + page - 1) / page * page;
}

void set_stack_hooks(const StackHooks& hooks) { g_set.hooks = hooks; }

void configure_stacks(size_t stack_size, size_t max_shared_stacks) {
    g_set.stack_size = round_to_pages(stack_size);
    g_set.max_stacks = max_shared_stacks == 0 ? 1 : max_shared_stacks;
    trim_stacks_of_other_sizes();
}

bool attach_stack(ExecContext* context, void (*entry)(void*), void* arg) {
    if (!ensure_switcher()) {
        return false;
    }
    SharedStack* stack = choose_stack();
    if (stack == nullptr) {
        return false;
    }
    context->stack = stack;
    context->entry = entry;
    context->arg = arg;
    context->started = false;
    context->finished = false;
    ++stack->users;
    return true;
}

void detach_stack(ExecContext* context) {
    SharedStack* stack = context->stack;
    if (stack == nullptr) {
        return;
    }
    if (stack->occupant == context) {
        stack->occupant = nullptr;
    }
    if (context->saved.size != 0) {
        --g_set.stats.saved_contexts;
        g_set.stats.saved_bytes -= context->saved.size;
    }
    std::free(context->saved.data);
    context->saved = SavedStack{};
    context->stack = nullptr;
    if (--stack->users == 0 && stack->size != g_set.stack_size) {
        // A stack of an old size that nobody needs any more.
        for (size_t i = 0; i < g_set.stacks.size(); ++i) {
            if (g_set.stacks[i] == stack) {
                g_set.stacks.erase(g_set.stacks.begin() + static_cast<std::ptrdiff_t>(i));
                break;
            }
        }
        --g_set.stats.shared_stacks;
        stack->unmap();
    }
}

void switch_context(ExecContext* from, ExecContext* to) {
    SharedStack* stack = to->stack;
    g_set.running = to;
    void* fake_stack = nullptr;
    void** fake_stack_save = from->finished ? nullptr : &fake_stack;
    bctx::transfer_t back;
    if (stack == nullptr || (stack->occupant == to && to->started)) {
        // The usual case: `to` is on its stack already, suspended by an earlier switch (not fresh: a fresh
        // context is made resident, and entered, by the branch below). See land().
        asan_leaving(fake_stack_save, to);
        back = bctx::ontop_fcontext(to->fctx, from, land);
    } else if (from->stack != stack) {
        // Nothing to copy on the stack we run on: prepare `to` from here and jump straight in (a fresh context
        // starts in trampoline(), which only jump_fcontext() enters).
        const bool fresh = !to->started;
        make_resident(to);
        asan_leaving(fake_stack_save, to);
        back = fresh ? bctx::jump_fcontext(to->fctx, from) : bctx::ontop_fcontext(to->fctx, from, land);
    } else {
        // `to` needs the stack we are running on: let the switcher move the frames.
        g_request = SwitchRequest{from, to};
        asan_leaving(fake_stack_save, &g_switcher);
        back = g_switcher_entered ? bctx::ontop_fcontext(g_switcher.fctx, from, land)
                                  : bctx::jump_fcontext(g_switcher.fctx, from);
    }
    asan_arrived(fake_stack, back);
    record(back);
    g_set.running = from;
}

StackStats stack_stats() {
    StackStats stats = g_set.stats;
    stats.stack_size = g_set.stack_size;
    stats.mapped_bytes = 0;
    for (const SharedStack* stack : g_set.stacks) {
        stats.mapped_bytes += stack->size;
    }
    return stats;
}

void trim_stacks() {
    std::vector<SharedStack*> kept;
    for (SharedStack* stack : g_set.stacks) {
        if (stack->users == 0) {
            --g_set.stats.shared_stacks;
            stack->unmap();
        } else {
            kept.push_back(stack);
        }
    }
    g_set.stacks.swap(kept);
    if (g_set.stacks.empty() && g_switcher_stack != nullptr) {
        // No context is left that could need the switcher; a later attach makes it again.
        g_switcher_stack->unmap();
        g_switcher_stack = nullptr;
        g_switcher = ExecContext{};
    }
}

// The guard: defined here because it needs the stack set.
namespace {
struct sigaction g_previous_action;
bool g_guard_installed = false;

// The shared stack whose guard area `address` lies in, if it is the running context's (or the switcher's): a guard
// hit is a synchronous fault of the code running on that stack. Only plain loads, so it is async-signal-safe, and
// it reads no container that the interrupted code might have been changing.
SharedStack* stack_of_guard_address(const char* address) {
    const ExecContext* running = g_set.running;
    SharedStack* candidates[] = {running != nullptr ? running->stack : nullptr, g_switcher_stack};
    for (SharedStack* stack : candidates) {
        if (stack != nullptr && address >= stack->guard && address < stack->base) {
            return stack;
        }
    }
    return nullptr;
}

// Runs on the alternate signal stack. Everything it calls must be async-signal-safe: the hook writes its report
// with write(2) and ends the process.
void on_segv(int signal, siginfo_t* info, void* ucontext) {
    (void)ucontext;
    SharedStack* stack = stack_of_guard_address(static_cast<const char*>(info->si_addr));
    if (stack != nullptr && g_set.hooks.on_overflow != nullptr) {
        g_set.hooks.on_overflow(stack->occupant, stack->size);
    }
    // Not ours: let the previous handler (or the default action) deal with it when the fault repeats.
    sigaction(signal, &g_previous_action, nullptr);
}
}  // namespace

bool install_overflow_guard() {
    if (g_guard_installed) {
        return true;
    }
    constexpr size_t kAltStackSize = 64 * 1024;
    void* memory = mmap(nullptr, kAltStackSize, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (memory == MAP_FAILED) {
        return false;
    }
    stack_t alt = {};
    alt.ss_sp = memory;
    alt.ss_size = kAltStackSize;
    if (sigaltstack(&alt, nullptr) != 0) {
        munmap(memory, kAltStackSize);
        return false;
    }
    struct sigaction action = {};
    action.sa_sigaction = on_segv;
    action.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigemptyset(&action.sa_mask);
    if (sigaction(SIGSEGV, &action, &g_previous_action) != 0) {
        return false;
    }
    g_guard_installed = true;
    return true;
}

}  // namespace study

// SPDX-License-Identifier: MIT
#include "study/context.h"

#include <alloca.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstring>
#include <string>

#include "study/stack.h"

namespace {

using study::ExecContext;

// A tiny driver: contexts that switch back to `main` after each step.
ExecContext g_main;
std::string g_log;

struct Worker {
    ExecContext context;
    ExecContext* back = &g_main;  // where to go when it yields
    char name = '?';
    int steps = 2;
};

void worker_entry(void* arg) {
    auto* worker = static_cast<Worker*>(arg);
    // A local whose address and value must survive being copied off and back onto the shared stack.
    char marker[64];
    std::memset(marker, worker->name, sizeof(marker));
    void* const marker_address = marker;
    for (int step = 0; step < worker->steps; ++step) {
        g_log += worker->name;
        study::switch_context(&worker->context, worker->back);
        EXPECT_EQ(static_cast<void*>(marker), marker_address);
        for (char c : marker) {
            ASSERT_EQ(c, worker->name);
        }
    }
    worker->context.finished = true;
    study::switch_context(&worker->context, worker->back);
}

TEST(SharedStacks, FramesCopiedOffComeBackAtTheSameAddress) {
    study::configure_stacks(64 * 1024, 1);  // one shared stack: every switch between workers copies
    Worker a, b;
    a.name = 'a';
    b.name = 'b';
    ASSERT_TRUE(study::attach_stack(&a.context, worker_entry, &a));
    ASSERT_TRUE(study::attach_stack(&b.context, worker_entry, &b));
    EXPECT_EQ(a.context.stack, b.context.stack);
    const auto before = study::stack_stats();
    study::switch_context(&g_main, &a.context);
    study::switch_context(&g_main, &b.context);  // copies a off
    EXPECT_EQ(study::stack_stats().saved_contexts, before.saved_contexts + 1);
    EXPECT_GT(a.context.saved.size, 0u);
    study::switch_context(&g_main, &a.context);  // copies b off, a back on
    study::switch_context(&g_main, &b.context);
    study::switch_context(&g_main, &a.context);  // a finishes
    study::switch_context(&g_main, &b.context);  // b finishes
    EXPECT_EQ(g_log.substr(g_log.size() - 4), "abab");
    EXPECT_GE(study::stack_stats().copies_in, before.copies_in + 2);
    study::detach_stack(&a.context);
    study::detach_stack(&b.context);
    EXPECT_EQ(study::stack_stats().saved_contexts, before.saved_contexts);
    study::configure_stacks(2 * 1024 * 1024, 16);
    study::trim_stacks();
}

// A worker that resumes a sibling sharing its own stack: the switch must go through the switcher.
Worker g_sibling;

void resume_sibling_entry(void* arg) {
    auto* self = static_cast<Worker*>(arg);
    g_log += 'p';
    g_sibling.back = &self->context;
    study::switch_context(&self->context, &g_sibling.context);  // sibling runs one step, comes back here
    g_log += 'q';
    study::switch_context(&self->context, &g_sibling.context);
    study::switch_context(&self->context, &g_sibling.context);
    self->context.finished = true;
    study::switch_context(&self->context, &g_main);
}

TEST(SharedStacks, SiblingOnTheSameStackCanBeResumed) {
    study::configure_stacks(64 * 1024, 1);
    g_log.clear();
    Worker parent;
    g_sibling = Worker{};
    g_sibling.name = 's';
    ASSERT_TRUE(study::attach_stack(&parent.context, resume_sibling_entry, &parent));
    ASSERT_TRUE(study::attach_stack(&g_sibling.context, worker_entry, &g_sibling));
    study::switch_context(&g_main, &parent.context);
    EXPECT_EQ(g_log, "psqs");
    study::detach_stack(&parent.context);
    study::detach_stack(&g_sibling.context);
    study::configure_stacks(2 * 1024 * 1024, 16);
    study::trim_stacks();
}

TEST(SharedStacks, AttachTouchesNoStackMemoryAndReusesFreeStacks) {
    study::configure_stacks(64 * 1024, 4);
    Worker w;
    ASSERT_TRUE(study::attach_stack(&w.context, worker_entry, &w));
    EXPECT_FALSE(w.context.started);
    w.steps = 0;
    study::switch_context(&g_main, &w.context);
    study::detach_stack(&w.context);
    Worker again;
    ASSERT_TRUE(study::attach_stack(&again.context, worker_entry, &again));
    const size_t stacks = study::stack_stats().shared_stacks;
    study::detach_stack(&again.context);
    EXPECT_EQ(study::stack_stats().shared_stacks, stacks);
    study::configure_stacks(2 * 1024 * 1024, 16);
    study::trim_stacks();
}

// Recurses until it hits the guard area below its stack.
int recurse(int depth) {
    volatile char frame[1024];
    frame[0] = static_cast<char>(depth);
    return recurse(depth + 1) + frame[0];
}

void overflow_entry(void*) { recurse(0); }

// Runs `entry` on the first of `stacks` shared stacks of 64 KiB, in a death test's child: the overflow hook reports
// an overflow with "overflow caught" and exit status 42 (1 for the wrong stack size).
void run_on_a_small_stack(void (*entry)(void*), size_t stacks) {
    study::StackHooks hooks;
    hooks.on_overflow = [](ExecContext*, size_t size) {
        const char message[] = "overflow caught\n";
        (void)!write(2, message, sizeof(message) - 1);
        _exit(size == 64 * 1024 ? 42 : 1);
    };
    study::set_stack_hooks(hooks);
    study::install_overflow_guard();
    study::configure_stacks(64 * 1024, stacks);
    ExecContext context;
    study::attach_stack(&context, entry, nullptr);
    study::switch_context(&g_main, &context);
}

TEST(SharedStacksDeathTest, GuardAreaHitIsReportedThroughTheHook) {
    GTEST_FLAG_SET(death_test_style, "threadsafe");
    EXPECT_EXIT(run_on_a_small_stack(overflow_entry, 1), ::testing::ExitedWithCode(42), "overflow caught");
}

// A frame far larger than a stack and its guard together: the stack pointer moves past the whole guard at once.
// Built with stack clash protection (CMakeLists.txt), the code touches every page on its way down and faults in
// the guard; without it, the first write lands below the guard, in whatever is mapped there (another shared
// stack's frames) or in nothing (a plain crash that is not reported as an overflow).
volatile size_t g_huge_alloca_size = 4 * study::SharedStack::kGuardSize;

void huge_alloca_entry(void*) {
    auto* frame = static_cast<volatile char*>(alloca(g_huge_alloca_size));
    frame[0] = 1;
    frame[g_huge_alloca_size - 1] = 1;
}

TEST(SharedStacksDeathTest, AllocaLargerThanTheGuardIsReportedThroughTheHook) {
    GTEST_FLAG_SET(death_test_style, "threadsafe");
    EXPECT_EXIT(
        {
            run_on_a_small_stack(huge_alloca_entry, 2);
            const char message[] = "alloca ran past the guard unnoticed\n";
            (void)!write(2, message, sizeof(message) - 1);
            _exit(3);
        },
        ::testing::ExitedWithCode(42), "overflow caught");
}

}  // namespace

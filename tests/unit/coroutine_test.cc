// SPDX-License-Identifier: MIT
#include "study/coroutine.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "study/error.h"

namespace {

using study::Coroutine;
using study::CoroutineState;

// Records the order in which coroutine bodies run, as a string of characters.
std::string g_trace;

void append_then_yield(void* arg) {
    const char* step = static_cast<const char*>(arg);
    g_trace += step[0];
    Coroutine::yield();
    g_trace += step[1];
}

TEST(Coroutine, RunsAtFirstResumeAndIsFreedWhenItEnds) {
    g_trace.clear();
    const size_t before = Coroutine::stats().live;
    Coroutine* co = Coroutine::create([](void*) { g_trace += "x"; }, nullptr);
    ASSERT_NE(co, nullptr);
    const int64_t id = co->id();
    EXPECT_EQ(Coroutine::get(id), co);
    EXPECT_EQ(co->state(), CoroutineState::kInit);
    EXPECT_TRUE(co->resume());
    EXPECT_EQ(g_trace, "x");
    EXPECT_EQ(Coroutine::get(id), nullptr);
    EXPECT_EQ(Coroutine::stats().live, before);
}

TEST(Coroutine, YieldReturnsToResumerAndResumeContinues) {
    g_trace.clear();
    static char steps[] = "ab";
    Coroutine* co = Coroutine::create(append_then_yield, steps);
    const int64_t id = co->id();
    co->resume();
    EXPECT_EQ(g_trace, "a");
    EXPECT_EQ(co->state(), CoroutineState::kSuspended);
    EXPECT_EQ(Coroutine::current(), nullptr);
    co->resume();
    EXPECT_EQ(g_trace, "ab");
    EXPECT_EQ(Coroutine::get(id), nullptr);
}

TEST(Coroutine, IdsOnlyIncrease) {
    Coroutine* first = Coroutine::create([](void*) {}, nullptr);
    Coroutine* second = Coroutine::create([](void*) {}, nullptr);
    EXPECT_LT(first->id(), second->id());
    EXPECT_EQ(Coroutine::stats().last_id, second->id());
    second->resume();
    first->resume();
    Coroutine* third = Coroutine::create([](void*) {}, nullptr);
    EXPECT_GT(third->id(), second->id());
    third->resume();
}

TEST(Coroutine, YieldOutsideCoroutineFails) {
    EXPECT_FALSE(Coroutine::yield());
    EXPECT_EQ(study::last_error(), study::Error::kNotInCoroutine);
}

void resume_self(void*) {
    EXPECT_FALSE(Coroutine::current()->resume());
    EXPECT_EQ(study::last_error(), study::Error::kResumeSelf);
}

TEST(Coroutine, ResumingItselfFails) {
    Coroutine* co = Coroutine::create(resume_self, nullptr);
    co->resume();
}

void resume_origin(void*) {
    Coroutine* origin = Coroutine::current()->origin();
    ASSERT_NE(origin, nullptr);
    EXPECT_FALSE(origin->resume());
    EXPECT_EQ(study::last_error(), study::Error::kNotSuspended);
}

void create_child_resuming_origin(void*) {
    Coroutine* child = Coroutine::create(resume_origin, nullptr);
    child->resume();
}

TEST(Coroutine, ResumingARunningAncestorFails) {
    Coroutine* co = Coroutine::create(create_child_resuming_origin, nullptr);
    co->resume();
}

std::vector<int64_t> g_parents;

void record_parent_and_nest(void* arg) {
    auto depth = reinterpret_cast<intptr_t>(arg);
    g_parents.push_back(Coroutine::current()->parent_id());
    if (depth > 0) {
        Coroutine* child = Coroutine::create(record_parent_and_nest, reinterpret_cast<void*>(depth - 1));
        child->resume();
    }
    Coroutine::yield();
}

TEST(Coroutine, NestedCreationRecordsParentsAndResumesInAnyOrder) {
    g_parents.clear();
    Coroutine* outer = Coroutine::create(record_parent_and_nest, reinterpret_cast<void*>(2));
    const int64_t outer_id = outer->id();
    outer->resume();
    ASSERT_EQ(g_parents.size(), 3u);
    EXPECT_EQ(g_parents[0], -1);
    EXPECT_EQ(g_parents[1], outer_id);
    EXPECT_EQ(g_parents[2], outer_id + 1);
    // All three are suspended now; finish them innermost first, then outer.
    Coroutine::get(outer_id + 2)->resume();
    Coroutine::get(outer_id + 1)->resume();
    EXPECT_EQ(outer->state(), CoroutineState::kSuspended);
    outer->resume();
    EXPECT_EQ(Coroutine::get(outer_id), nullptr);
    EXPECT_EQ(Coroutine::get(outer_id + 1), nullptr);
}

TEST(Coroutine, NestedCreationOnOneSharedStackCopiesFramesAndKeepsThem) {
    study::configure_stacks(64 * 1024, 1);
    g_parents.clear();
    const uint64_t copies = study::stack_stats().copies_out;
    Coroutine* outer = Coroutine::create(record_parent_and_nest, reinterpret_cast<void*>(3));
    const int64_t outer_id = outer->id();
    outer->resume();
    ASSERT_EQ(g_parents.size(), 4u);
    EXPECT_GT(study::stack_stats().copies_out, copies);
    // Resume in an odd order: each one's frames must come back intact for it to finish.
    Coroutine::get(outer_id + 1)->resume();
    Coroutine::get(outer_id + 3)->resume();
    outer->resume();
    Coroutine::get(outer_id + 2)->resume();
    for (int64_t id = outer_id; id <= outer_id + 3; ++id) {
        EXPECT_EQ(Coroutine::get(id), nullptr);
    }
    EXPECT_EQ(study::stack_stats().saved_contexts, 0u);
    Coroutine::set_stack_size(2 * 1024 * 1024);
}

TEST(Coroutine, ManySuspendedShareAFewStacks) {
    constexpr int kCount = 5000;
    std::vector<int64_t> ids;
    for (int i = 0; i < kCount; ++i) {
        Coroutine* co = Coroutine::create([](void*) { Coroutine::yield(); }, nullptr);
        ids.push_back(co->id());
        co->resume();
    }
    const study::StackStats stats = study::stack_stats();
    EXPECT_LE(stats.shared_stacks, 16u);
    EXPECT_GE(stats.saved_contexts, static_cast<size_t>(kCount - 16));
    // An idle coroutine keeps only the bytes it used, far less than a page.
    EXPECT_LT(stats.saved_bytes / stats.saved_contexts, 2048u);
    for (int64_t id : ids) {
        Coroutine::get(id)->resume();
    }
    EXPECT_EQ(study::stack_stats().saved_contexts, 0u);
}

TEST(Coroutine, LimitRefusesCreation) {
    const size_t live = Coroutine::stats().live;
    Coroutine::set_max(live + 1);
    Coroutine* ok = Coroutine::create([](void*) {}, nullptr);
    ASSERT_NE(ok, nullptr);
    EXPECT_EQ(Coroutine::create([](void*) {}, nullptr), nullptr);
    EXPECT_EQ(study::last_error(), study::Error::kCoroutineLimit);
    Coroutine::set_max(0);
    ok->resume();
}

TEST(Coroutine, ManySuspendedAtOnceAreAllFreed) {
    constexpr int kCount = 10000;
    const size_t before = Coroutine::stats().live;
    std::vector<int64_t> ids;
    for (int i = 0; i < kCount; ++i) {
        Coroutine* co = Coroutine::create([](void*) { Coroutine::yield(); }, nullptr);
        ASSERT_NE(co, nullptr);
        ids.push_back(co->id());
        co->resume();
    }
    EXPECT_EQ(Coroutine::stats().live, before + kCount);
    for (int64_t id : ids) {
        Coroutine::get(id)->resume();
    }
    EXPECT_EQ(Coroutine::stats().live, before);
}

int g_switches;

TEST(CoroutineHooks, SwitchHookSeesEveryTransfer) {
    g_switches = 0;
    study::CoroutineHooks hooks;
    hooks.on_switch = [](Coroutine*, Coroutine*) { ++g_switches; };
    study::set_coroutine_hooks(hooks);
    Coroutine* co = Coroutine::create([](void*) { Coroutine::yield(); }, nullptr);
    co->resume();  // main -> co, co -> main (yield)
    co->resume();  // main -> co, co -> main (end)
    study::set_coroutine_hooks(study::CoroutineHooks{});
    EXPECT_EQ(g_switches, 4);
}

}  // namespace

namespace {

study::Coroutine* g_next = nullptr;

TEST(Coroutine, TransferRunsTheNextCoroutineWhichReturnsToTheSameResumer) {
    g_trace.clear();
    Coroutine* b = Coroutine::create(append_then_yield, const_cast<char*>("bB"));
    g_next = b;
    Coroutine* a = Coroutine::create(
        [](void*) {
            g_trace += 'a';
            EXPECT_TRUE(Coroutine::transfer(g_next));
            g_trace += 'A';
        },
        nullptr);
    const int64_t a_id = a->id(), b_id = b->id();
    EXPECT_TRUE(a->resume());  // a runs, hands over to b, b yields: back here
    EXPECT_EQ(g_trace, "ab");
    EXPECT_EQ(a->state(), CoroutineState::kSuspended);
    EXPECT_EQ(b->state(), CoroutineState::kSuspended);
    EXPECT_EQ(b->origin(), nullptr);
    EXPECT_TRUE(b->resume());
    EXPECT_EQ(g_trace, "abB");
    EXPECT_EQ(Coroutine::get(b_id), nullptr);
    EXPECT_TRUE(a->resume());
    EXPECT_EQ(g_trace, "abBA");
    EXPECT_EQ(Coroutine::get(a_id), nullptr);
}

TEST(Coroutine, CoroutineThatEndsAfterATransferIsFreedByTheResumer) {
    g_trace.clear();
    const size_t before = Coroutine::count();
    g_next = Coroutine::create([](void*) { g_trace += 'n'; }, nullptr);
    const int64_t next_id = g_next->id();
    Coroutine* a = Coroutine::create(
        [](void*) {
            EXPECT_TRUE(Coroutine::transfer(g_next));
            g_trace += 'A';
        },
        nullptr);
    EXPECT_TRUE(a->resume());
    EXPECT_EQ(g_trace, "n");
    EXPECT_EQ(Coroutine::get(next_id), nullptr) << "the transferred-to coroutine ended and was freed";
    EXPECT_TRUE(a->resume());
    EXPECT_EQ(g_trace, "nA");
    EXPECT_EQ(Coroutine::count(), before);
}

TEST(Coroutine, TransferIsRefusedFromMainAndToItself) {
    Coroutine* co = Coroutine::create([](void*) { EXPECT_FALSE(Coroutine::transfer(Coroutine::current())); }, nullptr);
    EXPECT_FALSE(Coroutine::transfer(co));
    EXPECT_EQ(study::last_error(), study::Error::kNotInCoroutine);
    EXPECT_TRUE(co->resume());
}

}  // namespace

// SPDX-License-Identifier: MIT
#include "study/wait_group.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "go.h"
#include "study/coroutine.h"
#include "study/error.h"

namespace {

using study_test::go;

using study::Coroutine;
using study::WaitGroup;
using study::WakeReason;
namespace scheduler = study::scheduler;

std::string g_trace;

class WaitGroupTest : public ::testing::Test {
protected:
    void SetUp() override { g_trace.clear(); }
    void TearDown() override {
        EXPECT_EQ(Coroutine::count(), 0u) << "the loop did not drain";
        scheduler::reset();
    }
};

TEST_F(WaitGroupTest, WaitReturnsAtOnceAtZero) {
    WaitGroup group;
    EXPECT_EQ(group.wait(-1), WakeReason::kDone);
    EXPECT_EQ(group.waiters(), 0u);
}

TEST_F(WaitGroupTest, CounterCannotGoBelowZero) {
    WaitGroup group;
    EXPECT_TRUE(group.add(2));
    EXPECT_FALSE(group.add(-3));
    EXPECT_EQ(study::last_error(), study::Error::kInvalidArgument);
    EXPECT_EQ(group.count(), 2);
}

TEST_F(WaitGroupTest, EveryWaiterWakesWhenWorkersAreDone) {
    auto group = std::make_shared<WaitGroup>();
    group->add(3);
    for (char name : std::string("xy")) {
        go([group, name] {
            EXPECT_EQ(group->wait(-1), WakeReason::kDone);
            g_trace += name;
        });
    }
    for (int i = 1; i <= 3; ++i) {
        go([group, i] {
            scheduler::sleep(0.001 * i);
            g_trace += std::to_string(i);
            group->add(-1);
        });
    }
    EXPECT_EQ(group->waiters(), 2u);
    EXPECT_EQ(group->wait(-1), WakeReason::kDone);  // the main context waits too
    scheduler::run();
    EXPECT_EQ(g_trace, "123xy");
}

TEST_F(WaitGroupTest, WaitTimesOutAndForgetsItsWaiter) {
    auto group = std::make_shared<WaitGroup>();
    group->add(1);
    go([group] {
        EXPECT_EQ(group->wait(0.005), WakeReason::kTimeout);
        EXPECT_EQ(group->wait(0), WakeReason::kTimeout);
        g_trace += "t";
    });
    scheduler::run();
    EXPECT_EQ(g_trace, "t");
    EXPECT_EQ(group->waiters(), 0u);
    EXPECT_EQ(group->wait(-1), WakeReason::kDeadlock);
    EXPECT_EQ(group->waiters(), 0u);
}

TEST_F(WaitGroupTest, CanceledWaiterLeavesTheGroup) {
    auto group = std::make_shared<WaitGroup>();
    group->add(1);
    int64_t id = 0;
    go([group, &id] {
        id = Coroutine::current()->id();
        EXPECT_EQ(group->wait(-1), WakeReason::kCanceled);
    });
    EXPECT_TRUE(scheduler::cancel(Coroutine::get(id)));
    EXPECT_EQ(group->waiters(), 0u);
}

}  // namespace

// SPDX-License-Identifier: MIT
#include "study/descriptor_set.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <memory>
#include <string>
#include <vector>

#include "go.h"
#include "study/coroutine.h"
#include "study/scheduler.h"

namespace {

using study::Coroutine;
using study::DescriptorSet;
namespace scheduler = study::scheduler;
using Ready = std::vector<DescriptorSet::Entry>;

// A connected pair of non-blocking stream sockets, as libcurl's are; closed at the end of the test if still open.
struct Pair {
    int fds[2] = {-1, -1};
    Pair() { EXPECT_EQ(::socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, fds), 0); }
    ~Pair() {
        for (int fd : fds) {
            if (fd >= 0) {
                ::close(fd);
            }
        }
    }
    int ours() const { return fds[0]; }
    int peer() const { return fds[1]; }
};

class DescriptorSetTest : public ::testing::Test {
protected:
    void TearDown() override {
        EXPECT_EQ(Coroutine::count(), 0u) << "the loop did not drain";
        scheduler::reset();
    }
};

void send_byte(int fd) { ASSERT_EQ(::write(fd, "x", 1), 1); }

void drain(int fd) {
    char buffer[16];
    while (::read(fd, buffer, sizeof(buffer)) > 0) {
    }
}

TEST_F(DescriptorSetTest, WaitReportsTheDescriptorThatBecomesReadable) {
    Pair quiet, talking;
    auto set = std::make_shared<DescriptorSet>();
    set->watch(quiet.ours(), DescriptorSet::kRead);
    set->watch(talking.ours(), DescriptorSet::kRead);
    auto ready = std::make_shared<Ready>();
    auto result = std::make_shared<int>(-1);
    study_test::go([set, ready, result] { *result = set->wait(5, ready.get()); });
    EXPECT_EQ(*result, -1) << "the wait returned before anything was sent";
    send_byte(talking.peer());
    scheduler::run();
    EXPECT_EQ(*result, 0);
    ASSERT_EQ(ready->size(), 1u);
    EXPECT_EQ((*ready)[0].fd, talking.ours());
    EXPECT_EQ((*ready)[0].events, DescriptorSet::kRead);
}

TEST_F(DescriptorSetTest, WriteInterestIsReportedAtOnceForASocketWithRoom) {
    Pair pair;
    DescriptorSet set;
    set.watch(pair.ours(), DescriptorSet::kRead | DescriptorSet::kWrite);
    Ready ready;
    EXPECT_EQ(set.wait(5, &ready), 0);  // the main context runs the loop meanwhile
    ASSERT_EQ(ready.size(), 1u);
    EXPECT_EQ(ready[0].events, DescriptorSet::kWrite);
}

TEST_F(DescriptorSetTest, WaitTimesOutNotBeforeItsTimeout) {
    Pair pair;
    auto set = std::make_shared<DescriptorSet>();
    set->watch(pair.ours(), DescriptorSet::kRead);
    auto result = std::make_shared<int>(-1);
    auto waited = std::make_shared<double>(0);
    study_test::go([set, result, waited] {
        Ready ready;
        const double start = scheduler::monotonic_now();
        *result = set->wait(0.05, &ready);
        *waited = scheduler::monotonic_now() - start;
        EXPECT_TRUE(ready.empty());
    });
    scheduler::run();
    EXPECT_EQ(*result, ETIMEDOUT);
    EXPECT_GE(*waited, 0.05);
}

// libcurl drops a kept-alive connection's socket at the end of each transfer and names it again for the next one: the
// same open descriptor, which must be armed again (it was reported, or its arming was dropped with the removal).
TEST_F(DescriptorSetTest, ADescriptorRemovedAndNamedAgainIsWatchedAgain) {
    Pair pair;
    DescriptorSet set;
    for (int round = 0; round < 3; round++) {
        set.watch(pair.ours(), DescriptorSet::kRead);
        send_byte(pair.peer());
        Ready ready;
        ASSERT_EQ(set.wait(5, &ready), 0) << "round " << round;
        ASSERT_EQ(ready.size(), 1u);
        drain(pair.ours());
        set.remove(pair.ours());
        EXPECT_EQ(set.size(), 0u);
    }
    // Removed while armed (a wait that timed out), named again: still watched.
    set.watch(pair.ours(), DescriptorSet::kRead);
    Ready ready;
    EXPECT_EQ(set.wait(0.01, &ready), ETIMEDOUT);
    set.remove(pair.ours());
    set.watch(pair.ours(), DescriptorSet::kRead);
    send_byte(pair.peer());
    EXPECT_EQ(set.wait(5, &ready), 0);
    EXPECT_EQ(ready.size(), 1u);
}

// After a removal the library may close the descriptor without saying so, and the number may come back as another
// file: the kernel forgot the old registration, and the new file must be added (MOD fails with ENOENT).
TEST_F(DescriptorSetTest, ANumberClosedSilentlyAndReusedByAnotherSocketIsWatched) {
    auto first = std::make_unique<Pair>();
    const int number = first->ours();
    DescriptorSet set;
    set.watch(number, DescriptorSet::kRead);
    Ready ready;
    EXPECT_EQ(set.wait(0.01, &ready), ETIMEDOUT);  // armed, and still armed when the file goes
    set.remove(number);
    first.reset();
    Pair second;
    ASSERT_EQ(::dup2(second.ours(), number), number);  // the same number, another file
    set.watch(number, DescriptorSet::kRead);
    send_byte(second.peer());
    EXPECT_EQ(set.wait(5, &ready), 0);
    ASSERT_EQ(ready.size(), 1u);
    EXPECT_EQ(ready[0].fd, number);
    ::close(number);
}

// A descriptor whose file lives on elsewhere (here a dup(), as in a child process after fork()) stays in the epoll
// set after its number is closed: a report of that old registration must not wake a wait on the new file.
TEST_F(DescriptorSetTest, AReportOfAFileThatLivesOnUnderAnotherNumberIsIgnored) {
    Pair old_pair;
    const int number = ::dup(old_pair.ours());
    ASSERT_GE(number, 0);
    DescriptorSet set;
    set.watch(number, DescriptorSet::kRead);
    Ready ready;
    EXPECT_EQ(set.wait(0.01, &ready), ETIMEDOUT);  // armed on the old file
    set.remove(number);
    ::close(number);  // old_pair.ours() keeps the file, and its registration, alive
    Pair fresh;
    ASSERT_EQ(::dup2(fresh.ours(), number), number);
    set.watch(number, DescriptorSet::kRead);
    send_byte(old_pair.peer());  // the old file becomes readable: its stale registration reports
    EXPECT_EQ(set.wait(0.05, &ready), ETIMEDOUT) << "woken by the old file";
    send_byte(fresh.peer());
    EXPECT_EQ(set.wait(5, &ready), 0);
    ASSERT_EQ(ready.size(), 1u);
    EXPECT_EQ(ready[0].fd, number);
    ::close(number);
}

TEST_F(DescriptorSetTest, RemoveAndChangesWakeAWaitWithNothingReady) {
    Pair pair;
    auto set = std::make_shared<DescriptorSet>();
    set->watch(pair.ours(), DescriptorSet::kRead);
    auto results = std::make_shared<std::vector<int>>();
    auto sizes = std::make_shared<std::vector<size_t>>();
    study_test::go([set, results, sizes] {
        for (int i = 0; i < 2; i++) {
            Ready ready;
            results->push_back(set->wait(5, &ready));
            sizes->push_back(ready.size());
        }
    });
    const int fd = pair.ours();
    study_test::go([set, fd] {
        set->watch(fd, DescriptorSet::kRead);  // no change: nobody wakes
        scheduler::sleep(0);
        set->watch(fd, DescriptorSet::kRead | DescriptorSet::kWrite);
        scheduler::sleep(0.1);  // the second wait sees the socket writable first, however slow the run
        set->remove(fd);
    });
    scheduler::run();
    EXPECT_EQ(*results, (std::vector<int>{0, 0}));
    EXPECT_EQ(*sizes, (std::vector<size_t>{0u, 1u}));  // the second wait saw the socket writable, before the removal
}

TEST_F(DescriptorSetTest, ASecondWaiterIsRefusedAndACanceledWaitLeavesTheSetUsable) {
    Pair pair;
    auto set = std::make_shared<DescriptorSet>();
    set->watch(pair.ours(), DescriptorSet::kRead);
    auto first = std::make_shared<int>(-1);
    const int64_t id = study_test::go([set, first] {
        Ready ready;
        *first = set->wait(-1, &ready);
    });
    Ready ready;
    auto second = std::make_shared<int>(-1);
    study_test::go([set, second] {
        Ready ready;
        *second = set->wait(-1, &ready);
    });
    EXPECT_EQ(*second, EBUSY);
    ASSERT_TRUE(scheduler::cancel(Coroutine::get(id)));
    EXPECT_EQ(*first, ECANCELED);
    send_byte(pair.peer());
    EXPECT_EQ(set->wait(5, &ready), 0);
    EXPECT_EQ(ready.size(), 1u);
    scheduler::run();
}

TEST_F(DescriptorSetTest, ADescriptorPassesToTheSetThatNamesItLast) {
    Pair pair;
    DescriptorSet old_owner, new_owner;
    old_owner.watch(pair.ours(), DescriptorSet::kRead);
    new_owner.watch(pair.ours(), DescriptorSet::kRead);
    EXPECT_EQ(old_owner.size(), 0u);
    EXPECT_EQ(new_owner.size(), 1u);
    send_byte(pair.peer());
    Ready ready;
    EXPECT_EQ(new_owner.wait(5, &ready), 0);
    EXPECT_EQ(ready.size(), 1u);
    old_owner.remove(pair.ours());  // not its own any more: nothing changes
    EXPECT_EQ(new_owner.size(), 1u);
}

TEST_F(DescriptorSetTest, AClosedDescriptorIsReportedReadyAtOnce) {
    // The loop and the core's epoll set first: made later, they could take the free number below.
    DescriptorSet empty;
    Ready none;
    EXPECT_EQ(empty.wait(0.001, &none), ETIMEDOUT);
    int number;
    {
        Pair pair;
        number = pair.ours();
    }
    DescriptorSet set;
    set.watch(number, DescriptorSet::kRead);
    Ready ready;
    EXPECT_EQ(set.wait(-1, &ready), 0);
    ASSERT_EQ(ready.size(), 1u);
    EXPECT_EQ(ready[0].fd, number);
    set.remove(number);
}

TEST_F(DescriptorSetTest, WhereTheContextMayNotSuspendTheWaitBlocksInPoll) {
    struct Hooks {
        Hooks() {
            study::SchedulerHooks hooks;
            hooks.may_suspend = [] { return false; };
            scheduler::set_hooks(hooks);
        }
        ~Hooks() { scheduler::set_hooks(study::SchedulerHooks{}); }
    } hooks;
    Pair pair;
    DescriptorSet set;
    set.watch(pair.ours(), DescriptorSet::kRead);
    Ready ready;
    EXPECT_EQ(set.wait(0.01, &ready), ETIMEDOUT);
    send_byte(pair.peer());
    EXPECT_EQ(set.wait(5, &ready), 0);
    ASSERT_EQ(ready.size(), 1u);
    EXPECT_EQ(ready[0].events, DescriptorSet::kRead);
}

TEST_F(DescriptorSetTest, AnIdleSetDoesNotKeepTheLoopAlive) {
    Pair pair;
    DescriptorSet set;
    set.watch(pair.ours(), DescriptorSet::kRead);
    Ready ready;
    EXPECT_EQ(set.wait(0.01, &ready), ETIMEDOUT);  // the loop's handle of the epoll set exists now
    EXPECT_EQ(scheduler::run(), scheduler::RunResult::kIdle);
}

// A set freed while a coroutine still waits on it (a multi handle cleaned up at the end of a request): the wait is
// unlinked from it, and ends later without touching it.
TEST_F(DescriptorSetTest, ASetFreedUnderAWaitLeavesTheWaitToEndAlone) {
    Pair pair;
    auto* set = new DescriptorSet;
    set->watch(pair.ours(), DescriptorSet::kRead);
    auto result = std::make_shared<int>(-1);
    const int64_t id = study_test::go([set, result] {
        Ready ready;
        *result = set->wait(-1, &ready);
    });
    delete set;
    send_byte(pair.peer());  // reported for nobody
    EXPECT_EQ(scheduler::run(), scheduler::RunResult::kIdle) << "the orphaned wait kept the loop alive";
    ASSERT_TRUE(scheduler::cancel(Coroutine::get(id)));
    EXPECT_EQ(*result, ECANCELED);
}

}  // namespace

// SPDX-License-Identifier: MIT
#include "study/process.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <string>

#include "go.h"
#include "study/coroutine.h"
#include "study/scheduler.h"

namespace {

using study::Coroutine;
namespace scheduler = study::scheduler;

class ProcessTest : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_EQ(::pipe2(fds_, O_CLOEXEC), 0); }
    void TearDown() override {
        for (int fd : fds_) {
            if (fd >= 0) {
                ::close(fd);
            }
        }
        EXPECT_EQ(Coroutine::count(), 0u) << "the loop did not drain";
        scheduler::reset();
    }
    int fds_[2] = {-1, -1};
};

TEST_F(ProcessTest, ReaderWaitsUntilAnotherCoroutineWrites) {
    std::string order;
    const int read_end = fds_[0], write_end = fds_[1];
    study_test::go([&] {
        order += 'w';
        EXPECT_EQ(study::wait_fd(read_end, false, -1), 0);
        char byte = 0;
        EXPECT_EQ(::read(read_end, &byte, 1), 1);
        order += byte;
    });
    study_test::go([&] {
        order += 's';
        EXPECT_EQ(scheduler::sleep(0.01), study::WakeReason::kTimeout);
        EXPECT_EQ(::write(write_end, "x", 1), 1);
    });
    EXPECT_EQ(order, "ws");  // both started: the reader did not block the thread
    EXPECT_EQ(scheduler::run(), scheduler::RunResult::kIdle);
    EXPECT_EQ(order, "wsx");
}

TEST_F(ProcessTest, WaitLeavesTheDescriptorBlocking) {
    const int read_end = fds_[0];
    study_test::go([&] { EXPECT_EQ(study::wait_fd(read_end, false, -1), 0); });
    EXPECT_EQ(::write(fds_[1], "x", 1), 1);
    EXPECT_EQ(scheduler::run(), scheduler::RunResult::kIdle);
    EXPECT_EQ(::fcntl(read_end, F_GETFL) & O_NONBLOCK, 0);  // other processes share it, and PHP reads it blocking
}

TEST_F(ProcessTest, ClosedWriterMakesTheReadEndReady) {
    const int read_end = fds_[0];
    int result = -1;
    study_test::go([&] { result = study::wait_fd(read_end, false, -1); });
    ::close(fds_[1]);
    fds_[1] = -1;
    EXPECT_EQ(scheduler::run(), scheduler::RunResult::kIdle);
    EXPECT_EQ(result, 0);
}

TEST_F(ProcessTest, WaitTimesOutAndZeroTimeoutDoesNotWait) {
    EXPECT_EQ(study::wait_fd(fds_[0], false, 0), ETIMEDOUT);
    int result = -1;
    const int read_end = fds_[0];
    study_test::go([&] { result = study::wait_fd(read_end, false, 0.02); });
    EXPECT_EQ(scheduler::run(), scheduler::RunResult::kIdle);
    EXPECT_EQ(result, ETIMEDOUT);
    EXPECT_TRUE(study::fd_ready(fds_[1], true));
    EXPECT_FALSE(study::fd_ready(fds_[0], false));
}

TEST_F(ProcessTest, CancelEndsTheWaitAndFreesTheWatch) {
    int result = -1;
    const int read_end = fds_[0];
    const int64_t id = study_test::go([&] { result = study::wait_fd(read_end, false, -1); });
    ASSERT_TRUE(scheduler::cancel(Coroutine::get(id)));
    EXPECT_EQ(result, ECANCELED);
    // The descriptor is free to be watched again.
    study_test::go([&] { result = study::wait_fd(read_end, false, 0.01); });
    EXPECT_EQ(scheduler::run(), scheduler::RunResult::kIdle);
    EXPECT_EQ(result, ETIMEDOUT);
}

TEST_F(ProcessTest, EndFdWaitWakesTheWaiterWithTheGivenError) {
    int result = -1;
    uint64_t id = 0;
    const int read_end = fds_[0];
    study_test::go([&] { result = study::wait_fd(read_end, false, -1, &id); });
    ASSERT_NE(id, 0u);
    EXPECT_TRUE(study::end_fd_wait(id, EBADF));
    EXPECT_FALSE(study::end_fd_wait(id, EBADF));  // once only
    EXPECT_EQ(scheduler::run(), scheduler::RunResult::kIdle);
    EXPECT_EQ(result, EBADF);
    EXPECT_EQ(id, 0u);
}

TEST_F(ProcessTest, SecondWaiterOnTheSameDescriptorIsBusy) {
    int first = -1, second = -1;
    const int read_end = fds_[0];
    study_test::go([&] { first = study::wait_fd(read_end, false, -1); });
    study_test::go([&] { second = study::wait_fd(read_end, false, -1); });
    EXPECT_EQ(second, EBUSY);
    EXPECT_EQ(::write(fds_[1], "x", 1), 1);
    EXPECT_EQ(scheduler::run(), scheduler::RunResult::kIdle);
    EXPECT_EQ(first, 0);
}

TEST_F(ProcessTest, ReaderAndWriterWaitOnOneDescriptorAtOnce) {
    int pair[2];
    ASSERT_EQ(::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pair), 0);
    char fill[4096] = {};
    while (::send(pair[0], fill, sizeof(fill), MSG_DONTWAIT) > 0) {
    }
    std::string order;
    const int fd = pair[0];
    study_test::go([&] {
        EXPECT_EQ(study::wait_fd(fd, false, -1), 0);
        order += 'r';
    });
    study_test::go([&] {
        EXPECT_EQ(study::wait_fd(fd, true, -1), 0);
        order += 'w';
    });
    study_test::go([&] {
        EXPECT_EQ(::send(pair[1], "x", 1, 0), 1);  // readable first
        EXPECT_EQ(scheduler::sleep(0.01), study::WakeReason::kTimeout);
        while (::recv(pair[1], fill, sizeof(fill), MSG_DONTWAIT) > 0) {  // then writable
        }
    });
    EXPECT_EQ(scheduler::run(), scheduler::RunResult::kIdle);
    EXPECT_EQ(order, "rw");
    ::close(pair[0]);
    ::close(pair[1]);
}

TEST_F(ProcessTest, SharedWaitersAreWokenOnePerReport) {
    std::string order;
    const int read_end = fds_[0];
    for (char name : {'a', 'b'}) {
        study_test::go([&, name] {
            EXPECT_EQ(study::wait_fd(read_end, false, -1, nullptr, true), 0);
            char byte = 0;
            EXPECT_EQ(::read(read_end, &byte, 1), 1);
            order += name;
            order += byte;
        });
    }
    EXPECT_EQ(study::wait_fd(read_end, false, 0, nullptr, true), ETIMEDOUT);
    study_test::go([&] {
        EXPECT_EQ(::write(fds_[1], "1", 1), 1);
        EXPECT_EQ(scheduler::sleep(0.01), study::WakeReason::kTimeout);
        EXPECT_EQ(order, "a1") << "one byte wakes one waiter";
        EXPECT_EQ(::write(fds_[1], "2", 1), 1);
    });
    EXPECT_EQ(scheduler::run(), scheduler::RunResult::kIdle);
    EXPECT_EQ(order, "a1b2");
}

TEST_F(ProcessTest, EndFdWaitsWakesEveryWaitOnTheDescriptor) {
    const int read_end = fds_[0];
    int results[2] = {-1, -1};
    for (int& result : results) {
        study_test::go([&result, read_end] { result = study::wait_fd(read_end, false, -1, nullptr, true); });
    }
    EXPECT_EQ(study::end_fd_waits(read_end, EBADF), 2u);
    EXPECT_EQ(study::end_fd_waits(read_end, EBADF), 0u);
    EXPECT_EQ(scheduler::run(), scheduler::RunResult::kIdle);
    EXPECT_EQ(results[0], EBADF);
    EXPECT_EQ(results[1], EBADF);
}

TEST_F(ProcessTest, ChildExitWakesTheWaiterWithoutReapingIt) {
    const pid_t pid = ::fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) {
        ::usleep(50 * 1000);
        ::_exit(7);
    }
    std::string order;
    int result = -1;
    study_test::go([&] {
        result = study::wait_child_exit(pid, -1);
        order += 'e';
    });
    study_test::go([&] { order += 'o'; });
    EXPECT_EQ(order, "o");  // the waiter did not block the thread
    EXPECT_EQ(scheduler::run(), scheduler::RunResult::kIdle);
    EXPECT_EQ(result, 0);
    int status = 0;
    ASSERT_EQ(::waitpid(pid, &status, WNOHANG), pid);  // left to be reaped, and ended
    EXPECT_TRUE(WIFEXITED(status));
    EXPECT_EQ(WEXITSTATUS(status), 7);
}

TEST_F(ProcessTest, ChildExitWaitTimesOutWhileItRuns) {
    const pid_t pid = ::fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) {
        ::pause();
        ::_exit(0);
    }
    int result = -1;
    study_test::go([&] { result = study::wait_child_exit(pid, 0.02); });
    EXPECT_EQ(scheduler::run(), scheduler::RunResult::kIdle);
    EXPECT_EQ(result, ETIMEDOUT);
    ::kill(pid, SIGKILL);
    EXPECT_EQ(study::wait_child_exit(pid, -1), 0);  // the main context waits too
    int status = 0;
    EXPECT_EQ(::waitpid(pid, &status, 0), pid);
    EXPECT_TRUE(WIFSIGNALED(status));
}

TEST_F(ProcessTest, WaitAnyWakesOnTheOneThatIsReady) {
    int other[2];
    ASSERT_EQ(::pipe2(other, O_CLOEXEC), 0);
    int result = -1;
    const study::FdInterest interests[2] = {{fds_[0], false}, {other[0], false}};
    study_test::go([&] { result = study::wait_any_fd(interests, 2, -1); });
    EXPECT_EQ(::write(other[1], "x", 1), 1);
    EXPECT_EQ(scheduler::run(), scheduler::RunResult::kIdle);
    EXPECT_EQ(result, 0);
    EXPECT_FALSE(study::fd_ready(fds_[0], false));
    EXPECT_TRUE(study::fd_ready(other[0], false));
    ::close(other[0]);
    ::close(other[1]);
}

TEST_F(ProcessTest, NotAChildIsNoWait) { EXPECT_EQ(study::wait_child_exit(1, -1), 0); }

}  // namespace

// SPDX-License-Identifier: MIT
// What each kind of wait records about itself (WaitPoint::kind, detail, text), for the binding's list() and deadlock
// report: one coroutine per kind, inspected while it waits.
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <memory>
#include <set>
#include <string>
#include <vector>

#include "go.h"
#include "study/address.h"
#include "study/channel.h"
#include "study/coroutine.h"
#include "study/process.h"
#include "study/scheduler.h"
#include "study/signal.h"
#include "study/socket.h"
#include "study/wait_group.h"

namespace {

using study_test::go;

using study::Coroutine;
using study::WaitKind;
using study::WaitPoint;
using study::WakeReason;
namespace scheduler = study::scheduler;

class WaitKindTest : public ::testing::Test {
protected:
    void TearDown() override {
        EXPECT_EQ(Coroutine::count(), 0u) << "the loop did not drain";
        scheduler::reset();
    }
};

// The wait the coroutine with this id is in.
const WaitPoint* wait_of(int64_t id) {
    Coroutine* coroutine = Coroutine::get(id);
    return coroutine != nullptr ? scheduler::waiting(coroutine) : nullptr;
}

TEST_F(WaitKindTest, SleepRecordsWhenItBeganAndWhenItEnds) {
    const double before = scheduler::monotonic_now();
    const int64_t id = go([] { EXPECT_EQ(scheduler::sleep(5), WakeReason::kCanceled); });
    const WaitPoint* wait = wait_of(id);
    ASSERT_NE(wait, nullptr);
    EXPECT_EQ(wait->kind, WaitKind::kSleep);
    const study::WaitTimes times = scheduler::wait_times(wait);
    // The loop's clock was updated for the timeout: the start is not before the call (within the clock's step).
    EXPECT_GE(times.since, before - 0.02);
    EXPECT_LE(times.since, scheduler::monotonic_now());
    EXPECT_NEAR(times.until - times.since, 5.0, 0.02);
    EXPECT_TRUE(scheduler::cancel(Coroutine::get(id)));
}

TEST_F(WaitKindTest, WaitWithoutTimeoutHasNoEnd) {
    auto channel = std::make_shared<study::Channel<int>>(0);
    const int64_t id = go([channel] {
        int value = 0;
        EXPECT_EQ(channel->pop(&value, -1), study::ChannelStatus::kClosed);
    });
    EXPECT_LT(scheduler::wait_times(wait_of(id)).until, 0);
    channel->close();
    scheduler::run();
}

TEST_F(WaitKindTest, ChannelPopAndPushNameTheirChannelByItsTag) {
    auto empty = std::make_shared<study::Channel<int>>(0);
    auto full = std::make_shared<study::Channel<int>>(0);
    empty->set_tag(42);
    full->set_tag(7);
    const int64_t popper = go([empty] {
        int value = 0;
        empty->pop(&value, -1);
    });
    const int64_t pusher = go([full] {
        int value = 1;
        full->push(value, -1);
    });
    EXPECT_EQ(wait_of(popper)->kind, WaitKind::kChannelPop);
    EXPECT_EQ(wait_of(popper)->detail, 42);
    EXPECT_EQ(wait_of(pusher)->kind, WaitKind::kChannelPush);
    EXPECT_EQ(wait_of(pusher)->detail, 7);
    empty->close();
    full->close();
    scheduler::run();
}

TEST_F(WaitKindTest, SelectCountsItsOperations) {
    auto a = std::make_shared<study::Channel<int>>(0);
    auto b = std::make_shared<study::Channel<int>>(0);
    const int64_t id = go([a, b] {
        study::Channel<int>::Op ops[] = {{a.get(), false, 0}, {b.get(), false, 0}};
        study::Channel<int>::select(ops, 2, -1);
    });
    EXPECT_EQ(wait_of(id)->kind, WaitKind::kChannelSelect);
    EXPECT_EQ(wait_of(id)->detail, 2);
    a->close();
    scheduler::run();
}

TEST_F(WaitKindTest, SocketWaitsNameReadAcceptAndTheDescriptor) {
    int pair[2];
    ASSERT_EQ(socketpair(AF_UNIX, SOCK_STREAM, 0, pair), 0);
    std::shared_ptr<study::Socket> reader(study::Socket::adopt(pair[0], AF_UNIX, SOCK_STREAM));
    const int64_t read_id = go([reader] {
        char byte;
        EXPECT_EQ(reader->recv(&byte, 1, -1), 1);
    });
    EXPECT_EQ(wait_of(read_id)->kind, WaitKind::kSocketRead);
    EXPECT_EQ(wait_of(read_id)->detail, pair[0]);

    int error = 0;
    std::shared_ptr<study::Socket> listener(study::Socket::open(AF_INET, SOCK_STREAM, 0, &error));
    ASSERT_TRUE(listener);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ASSERT_TRUE(listener->bind(reinterpret_cast<sockaddr*>(&address), sizeof(address)));
    ASSERT_TRUE(listener->listen(8));
    const int64_t accept_id = go([listener] { EXPECT_EQ(listener->accept(-1), nullptr); });
    EXPECT_EQ(wait_of(accept_id)->kind, WaitKind::kSocketAccept);
    EXPECT_EQ(wait_of(accept_id)->detail, listener->fd());

    ASSERT_EQ(write(pair[1], "x", 1), 1);
    listener->close();
    scheduler::run();
    close(pair[1]);
}

TEST_F(WaitKindTest, ConnectThatWaitsIsNamedAsAConnect) {
    int error = 0;
    std::shared_ptr<study::Socket> listener(study::Socket::open(AF_INET, SOCK_STREAM, 0, &error));
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ASSERT_TRUE(listener->bind(reinterpret_cast<sockaddr*>(&address), sizeof(address)));
    ASSERT_TRUE(listener->listen(0));
    socklen_t length = sizeof(address);
    ASSERT_EQ(getsockname(listener->fd(), reinterpret_cast<sockaddr*>(&address), &length), 0);
    // The accept queue of a backlog of 0 holds one connection; Linux drops the SYN of the next ones, whose connect()
    // then stays in progress.
    std::vector<std::shared_ptr<study::Socket>> clients;
    int64_t waiting = 0;
    for (int i = 0; i < 4 && waiting == 0; ++i) {
        std::shared_ptr<study::Socket> client(study::Socket::open(AF_INET, SOCK_STREAM, 0, &error));
        clients.push_back(client);
        const int64_t id = go(
            [client, address] { client->connect(reinterpret_cast<const sockaddr*>(&address), sizeof(address), -1); });
        if (wait_of(id) != nullptr) {
            waiting = id;
        }
    }
    if (waiting == 0) {
        GTEST_SKIP() << "every connect() completed at once";
    }
    EXPECT_EQ(wait_of(waiting)->kind, WaitKind::kSocketConnect);
    EXPECT_EQ(wait_of(waiting)->detail, clients.back()->fd());
    for (auto& client : clients) {
        client->close();
    }
    scheduler::run();
}

TEST_F(WaitKindTest, DnsLookupKeepsItsOwnCopyOfTheName) {
    const int64_t id = go([] {
        std::vector<sockaddr_storage> addresses;
        std::string name = "localhost";
        study::resolve(name, AF_INET, SOCK_STREAM, 0, nullptr, -1, &addresses);
    });
    const WaitPoint* wait = wait_of(id);
    if (wait == nullptr) {
        GTEST_SKIP() << "the lookup ended before it waited";
    }
    EXPECT_EQ(wait->kind, WaitKind::kDnsLookup);
    ASSERT_NE(wait->text, nullptr);
    EXPECT_STREQ(wait->text, "localhost");
    scheduler::run();
}

TEST_F(WaitKindTest, DescriptorAndChildWaitsNameTheirTarget) {
    int fds[2];
    ASSERT_EQ(pipe(fds), 0);
    const pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        char byte;
        (void)!read(fds[0], &byte, 1);
        _exit(0);
    }
    const int64_t fd_id = go([fd = fds[0]] { EXPECT_EQ(study::wait_fd(fd, false, -1), 0); });
    const int64_t child_id = go([child] { EXPECT_EQ(study::wait_child_exit(child, -1), 0); });
    EXPECT_EQ(wait_of(fd_id)->kind, WaitKind::kFdRead);
    EXPECT_EQ(wait_of(fd_id)->detail, fds[0]);
    EXPECT_EQ(wait_of(child_id)->kind, WaitKind::kChildExit);
    EXPECT_EQ(wait_of(child_id)->detail, child);
    ASSERT_EQ(write(fds[1], "xy", 2), 2);  // one byte for the child, one for the waiting coroutine
    scheduler::run();
    int status = 0;
    EXPECT_EQ(waitpid(child, &status, 0), child);
    close(fds[0]);
    close(fds[1]);
}

TEST_F(WaitKindTest, WaitGroupRecordsItsCounter) {
    auto group = std::make_shared<study::WaitGroup>();
    group->add(3);
    const int64_t id = go([group] { group->wait(-1); });
    EXPECT_EQ(wait_of(id)->kind, WaitKind::kWaitGroup);
    EXPECT_EQ(wait_of(id)->detail, 3);
    group->add(-3);
    scheduler::run();
}

TEST_F(WaitKindTest, SignalWaitNamesItsSignalWhenThereIsOne) {
    const int64_t one = go([] {
        const int signals[] = {SIGUSR1};
        int received = 0;
        EXPECT_EQ(study::wait_signal(signals, 1, -1, &received), WakeReason::kCanceled);
    });
    const int64_t several = go([] {
        const int signals[] = {SIGUSR2, SIGUSR1};
        int received = 0;
        EXPECT_EQ(study::wait_signal(signals, 2, -1, &received), WakeReason::kCanceled);
    });
    EXPECT_EQ(wait_of(one)->kind, WaitKind::kSignal);
    EXPECT_EQ(wait_of(one)->detail, SIGUSR1);
    EXPECT_EQ(wait_of(several)->kind, WaitKind::kSignal);
    EXPECT_EQ(wait_of(several)->detail, 0);
    EXPECT_TRUE(scheduler::cancel(Coroutine::get(one)));
    EXPECT_TRUE(scheduler::cancel(Coroutine::get(several)));
    scheduler::run();
}

TEST_F(WaitKindTest, MainContextDeadlockIsDescribedUntilItWaitsAgain) {
    study::Channel<int> channel(0);
    channel.set_tag(9);
    EXPECT_EQ(scheduler::main_wait(), nullptr);
    int value = 0;
    EXPECT_EQ(channel.pop(&value, -1), study::ChannelStatus::kDeadlock);
    const WaitPoint* described = scheduler::main_wait();
    ASSERT_NE(described, nullptr);
    EXPECT_EQ(described->kind, WaitKind::kChannelPop);
    EXPECT_EQ(described->detail, 9);
    EXPECT_EQ(scheduler::sleep(0), WakeReason::kTimeout);
    EXPECT_EQ(scheduler::main_wait(), nullptr);
}

TEST_F(WaitKindTest, EveryKindHasItsOwnName) {
    std::set<std::string> names;
    for (int kind = 0; kind <= static_cast<int>(WaitKind::kStreamClose); ++kind) {
        names.insert(study::wait_kind_name(static_cast<WaitKind>(kind)));
    }
    EXPECT_EQ(names.size(), static_cast<size_t>(WaitKind::kStreamClose) + 1);
    EXPECT_STREQ(study::wait_kind_name(WaitKind::kChannelPop), "channel pop");
}

}  // namespace

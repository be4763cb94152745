// SPDX-License-Identifier: MIT
#include "study/socket.h"

#include <gtest/gtest.h>
#include <netinet/in.h>
#include <poll.h>
#include <unistd.h>
#include <uv.h>

#include <cerrno>
#include <climits>
#include <limits>
#include <memory>
#include <string>
#include <vector>

#include "go.h"
#include "loopback.h"
#include "study/address.h"
#include "study/coroutine.h"
#include "study/netpoll.h"
#include "study/scheduler.h"

namespace {

using study_test::go;
using study_test::listener;
using study_test::NoSuspending;

// A client connected to 127.0.0.1:port.
std::unique_ptr<study::Socket> client(int port, double timeout = 2) { return study_test::connect_to(port, timeout); }

using study::Coroutine;
using study::Socket;
namespace scheduler = study::scheduler;

class SocketTest : public ::testing::Test {
protected:
    void TearDown() override {
        EXPECT_EQ(Coroutine::count(), 0u) << "the loop did not drain";
        scheduler::reset();
    }
};

TEST_F(SocketTest, EchoesALargeMessageBetweenCoroutines) {
    int port = 0;
    std::shared_ptr<Socket> server(listener(&port));
    go([server] {
        std::unique_ptr<Socket> connection(server->accept(2));
        ASSERT_NE(connection, nullptr);
        std::vector<char> buffer(4096);
        for (;;) {
            const ssize_t n = connection->recv(buffer.data(), buffer.size(), 2);
            ASSERT_GE(n, 0);
            if (n == 0) {
                break;
            }
            ASSERT_EQ(connection->send_all(buffer.data(), static_cast<size_t>(n), 2), n);
        }
    });
    std::string received;
    go([port, &received] {
        // Shared with the writer on the heap: nothing points into this coroutine's stack while it waits.
        std::shared_ptr<Socket> socket = client(port);
        auto message = std::make_shared<std::string>(1 << 20, '\0');
        for (size_t i = 0; i < message->size(); ++i) {
            (*message)[i] = static_cast<char>(i * 7);
        }
        go([socket, message] {
            EXPECT_EQ(socket->send_all(message->data(), message->size(), 2), 1 << 20);
            socket->shutdown(SHUT_WR);
        });
        std::string echoed(message->size(), '\0');
        EXPECT_EQ(socket->recv_all(&echoed[0], echoed.size(), 2), 1 << 20);
        EXPECT_EQ(echoed, *message);
        received = echoed;
    });
    scheduler::run();
    EXPECT_EQ(received.size(), 1u << 20);
}

TEST_F(SocketTest, RecvTimesOutAndASecondReaderIsRefused) {
    int port = 0;
    std::shared_ptr<Socket> server(listener(&port));
    std::shared_ptr<Socket> socket;
    go([port, &socket] { socket = client(port); });
    scheduler::run();
    std::unique_ptr<Socket> accepted(server->accept(2));
    go([socket] {
        char byte;
        EXPECT_EQ(socket->recv(&byte, 1, 0.01), -1);
        EXPECT_EQ(socket->error(), ETIMEDOUT);
    });
    go([socket] {
        char byte;
        EXPECT_EQ(socket->recv(&byte, 1, 0.5), -1);
        EXPECT_EQ(socket->error(), EBUSY) << "one reader waits already";
    });
    scheduler::run();
}

TEST_F(SocketTest, CloseWakesTheWaitingReaderWithEbadf) {
    int port = 0;
    std::shared_ptr<Socket> server(listener(&port));
    std::shared_ptr<Socket> socket;
    go([port, &socket] { socket = client(port); });
    scheduler::run();
    std::unique_ptr<Socket> accepted(server->accept(2));
    bool woken = false;
    go([socket, &woken] {
        char byte;
        EXPECT_EQ(socket->recv(&byte, 1, -1), -1);
        EXPECT_EQ(socket->error(), EBADF);
        woken = true;
    });
    EXPECT_TRUE(socket->close());
    EXPECT_FALSE(socket->close());
    scheduler::run();
    EXPECT_TRUE(woken);
}

TEST_F(SocketTest, CancelEndsAWaitingAccept) {
    int port = 0;
    std::shared_ptr<Socket> server(listener(&port));
    const int64_t id = go([server] {
        EXPECT_EQ(server->accept(-1), nullptr);
        EXPECT_EQ(server->error(), ECANCELED);
    });
    EXPECT_TRUE(scheduler::cancel(Coroutine::get(id)));
    scheduler::run();
}

TEST_F(SocketTest, ConnectToAClosedPortIsRefused) {
    int port = 0;
    { std::unique_ptr<Socket> closed_listener = listener(&port); }
    go([port] {
        int error = 0;
        std::unique_ptr<Socket> socket(Socket::open(AF_INET, SOCK_STREAM, 0, &error));
        sockaddr_storage address;
        socklen_t length;
        study::make_address(AF_INET, "127.0.0.1", port, &address, &length);
        EXPECT_FALSE(socket->connect(reinterpret_cast<sockaddr*>(&address), length, 2));
        EXPECT_EQ(socket->error(), ECONNREFUSED);
    });
    scheduler::run();
}

TEST_F(SocketTest, ResolvesLocalhostWithoutBlocking) {
    std::vector<sockaddr_storage> addresses;
    go([&addresses] { EXPECT_EQ(study::resolve("localhost", AF_INET, SOCK_STREAM, 0, nullptr, 5, &addresses), 0); });
    scheduler::run();
    ASSERT_FALSE(addresses.empty());
    int port = 0;
    EXPECT_EQ(study::address_string(reinterpret_cast<sockaddr*>(&addresses[0]), &port), "127.0.0.1");
}

TEST_F(SocketTest, WaitAnyWakesForTheSocketThatBecomesReadable) {
    int port = 0;
    std::shared_ptr<Socket> server(listener(&port));
    std::shared_ptr<Socket> quiet(client(port));
    std::shared_ptr<Socket> talking(client(port));
    std::unique_ptr<Socket> quiet_peer(server->accept(2));
    std::shared_ptr<Socket> talking_peer(server->accept(2));
    auto woken = std::make_shared<int>(-1);
    go([quiet, talking, woken] {
        auto interests = std::make_shared<std::vector<Socket::Interest>>(
            std::vector<Socket::Interest>{{quiet.get(), true, false}, {talking.get(), true, false}});
        int error = 0;
        *woken = Socket::wait_any(interests->data(), interests->size(), 2, &error) ? 1 : error;
    });
    EXPECT_EQ(*woken, -1) << "wait_any returned before anything was sent";
    go([talking_peer] { EXPECT_EQ(talking_peer->send("x", 1, 1), 1); });
    scheduler::run();
    EXPECT_EQ(*woken, 1);
    char byte = 0;
    EXPECT_EQ(talking->recv(&byte, 1, 0), 1);
    EXPECT_EQ(quiet->recv(&byte, 1, 0), -1) << "the quiet socket had nothing to read";
    EXPECT_EQ(quiet->error(), ETIMEDOUT);
}

TEST_F(SocketTest, WaitAnyTimesOutAndLeavesTheSocketsFreeForOtherWaiters) {
    int port = 0;
    std::shared_ptr<Socket> server(listener(&port));
    std::shared_ptr<Socket> socket(client(port));
    std::shared_ptr<Socket> peer(server->accept(2));
    auto result = std::make_shared<int>(0);
    go([socket, result] {
        Socket::Interest interest{socket.get(), true, true};
        // Writable at once: a write interest wakes it.
        int error = 0;
        EXPECT_TRUE(Socket::wait_any(&interest, 1, 1, &error));
        interest.write = false;
        *result = Socket::wait_any(&interest, 1, 0.05, &error) ? 0 : error;
        // Nothing is left registered: a plain read wait may follow.
        EXPECT_TRUE(socket->wait_readable(2));
    });
    go([peer] {
        scheduler::sleep(0.3);  // long after the 0.05 s wait above timed out, however slow the run
        EXPECT_EQ(peer->send("y", 1, 1), 1);
    });
    scheduler::run();
    EXPECT_EQ(*result, ETIMEDOUT);
}

TEST_F(SocketTest, WaitAnyRefusesASocketAnotherCoroutineWaitsOn) {
    int port = 0;
    std::shared_ptr<Socket> server(listener(&port));
    std::shared_ptr<Socket> socket(client(port));
    std::shared_ptr<Socket> peer(server->accept(2));
    go([socket] { EXPECT_FALSE(socket->wait_readable(0.2)); });
    auto error = std::make_shared<int>(0);
    go([socket, error] {
        Socket::Interest interest{socket.get(), true, false};
        EXPECT_FALSE(Socket::wait_any(&interest, 1, 1, error.get()));
    });
    scheduler::run();
    EXPECT_EQ(*error, EBUSY);
}

TEST_F(SocketTest, WaitAnyWakesWhenAWatchedSocketIsClosed) {
    int port = 0;
    std::shared_ptr<Socket> server(listener(&port));
    std::shared_ptr<Socket> socket(client(port));
    std::shared_ptr<Socket> peer(server->accept(2));
    auto woken = std::make_shared<bool>(false);
    go([socket, woken] {
        Socket::Interest interest{socket.get(), true, false};
        int error = 0;
        *woken = Socket::wait_any(&interest, 1, 5, &error);
    });
    go([socket] { socket->close(); });
    scheduler::run();
    EXPECT_TRUE(*woken);
}

// With timeout 0 connect() only starts the connection. On loopback a handshake is over at once, so the listener's
// backlog (0) is filled first: Linux then drops the SYNs of later connections, which stay under way. (Connecting
// until one stays under way keeps the test free of the exact queue length.)
TEST_F(SocketTest, ConnectWithZeroTimeoutOnlyStartsTheConnection) {
    int error = 0;
    std::unique_ptr<Socket> server(Socket::open(AF_INET, SOCK_STREAM, 0, &error));
    sockaddr_storage address;
    socklen_t length;
    ASSERT_TRUE(study::make_address(AF_INET, "127.0.0.1", 0, &address, &length));
    ASSERT_TRUE(server->bind(reinterpret_cast<sockaddr*>(&address), length));
    ASSERT_TRUE(server->listen(0));
    socklen_t bound_length = sizeof(address);
    getsockname(server->fd(), reinterpret_cast<sockaddr*>(&address), &bound_length);
    std::vector<std::shared_ptr<Socket>> clients;
    std::shared_ptr<Socket> pending;
    for (int i = 0; i < 8 && pending == nullptr; i++) {
        std::shared_ptr<Socket> socket(Socket::open(AF_INET, SOCK_STREAM, 0, &error));
        const study::Deadline no_wait(0.5);
        const bool connected = socket->connect(reinterpret_cast<sockaddr*>(&address), length, 0);
        EXPECT_GT(no_wait.remaining(), 0) << "connect() with timeout 0 waited";
        if (!connected) {
            EXPECT_EQ(socket->error(), EINPROGRESS);
            pending = socket;
        }
        clients.push_back(socket);
    }
    ASSERT_NE(pending, nullptr) << "every connect() completed at once: the backlog never filled";
    // Still under way: waiting for it to end times out, and SO_ERROR has nothing to report yet.
    auto result = std::make_shared<int>(-1);
    go([pending, result] {
        *result = pending->wait_writable(0.05) ? 0 : pending->error();
        int so_error = -1;
        EXPECT_TRUE(pending->get_option(SOL_SOCKET, SO_ERROR, &so_error));
        EXPECT_EQ(so_error, 0);
    });
    scheduler::run();
    EXPECT_EQ(*result, ETIMEDOUT);
}

TEST_F(SocketTest, DetachHandsTheOpenDescriptorOverAndWakesWaitersWithEbadf) {
    int port = 0;
    std::shared_ptr<Socket> server(listener(&port));
    std::shared_ptr<Socket> socket(client(port));
    std::shared_ptr<Socket> peer(server->accept(2));
    auto result = std::make_shared<int>(0);
    go([socket, result] {
        char byte;
        *result = socket->recv(&byte, 1, 5) < 0 ? socket->error() : 0;
    });
    const int fd = socket->detach();
    ASSERT_GE(fd, 0);
    EXPECT_TRUE(socket->closed());
    EXPECT_EQ(socket->detach(), -1);
    scheduler::run();
    EXPECT_EQ(*result, EBADF);
    // The descriptor is still connected: the peer gets what is sent on it.
    EXPECT_EQ(::send(fd, "z", 1, 0), 1);
    char byte = 0;
    EXPECT_EQ(peer->recv(&byte, 1, 2), 1);
    EXPECT_EQ(byte, 'z');
    ::close(fd);
}

}  // namespace

namespace {

// `timeout * 1000` cast to int overflowed past ~24.8 days (x86 makes it INT_MIN: poll() then waited forever).
TEST_F(SocketTest, PollMillisecondsRoundUpAndNeverOverflow) {
    EXPECT_EQ(study::poll_milliseconds(-1), -1);
    EXPECT_EQ(study::poll_milliseconds(-0.5), -1);
    EXPECT_EQ(study::poll_milliseconds(0), 0);
    EXPECT_EQ(study::poll_milliseconds(0.0001), 1);
    EXPECT_EQ(study::poll_milliseconds(1.5), 1500);
    EXPECT_EQ(study::poll_milliseconds(2147483.647), INT_MAX);
    EXPECT_EQ(study::poll_milliseconds(30.0 * 24 * 3600), INT_MAX);
    EXPECT_EQ(study::poll_milliseconds(1e300), INT_MAX);
    EXPECT_EQ(study::poll_milliseconds(std::numeric_limits<double>::infinity()), INT_MAX);
}

TEST_F(SocketTest, PollForReturnsReadinessOrZeroNotBeforeItsTimeout) {
    int fds[2];
    ASSERT_EQ(::pipe(fds), 0);
    pollfd probe = {fds[0], POLLIN, 0};
    EXPECT_EQ(study::poll_for(&probe, 1, 0), 0);
    const study::Deadline timeout(0.05);
    EXPECT_EQ(study::poll_for(&probe, 1, 0.05), 0);
    EXPECT_EQ(timeout.remaining(), 0) << "returned before its timeout";
    ASSERT_EQ(::write(fds[1], "x", 1), 1);
    EXPECT_EQ(study::poll_for(&probe, 1, -1), 1);
    EXPECT_EQ(study::poll_for(&probe, 1, 30.0 * 24 * 3600), 1);
    ::close(fds[0]);
    ::close(fds[1]);
}

}  // namespace

namespace {

// A wait woken for data that another coroutine took first waits again only for what is left of the timeout (it
// started the whole timeout again: a 2 s recv() could take 3.8 s).
TEST_F(SocketTest, RecvWokenForDataAnotherCoroutineTookWaitsOnlyWhatIsLeft) {
    int port = 0;
    std::unique_ptr<Socket> server(listener(&port));
    std::shared_ptr<Socket> a(client(port));
    std::shared_ptr<Socket> b(server->accept(2));
    std::shared_ptr<Socket> x(client(port));
    std::shared_ptr<Socket> y(server->accept(2));
    auto reader = std::make_shared<std::pair<ssize_t, double>>(0, 0);
    go([b, reader] {
        const study::Deadline two_seconds(2.0);
        char buffer[16];
        reader->first = b->recv(buffer, sizeof(buffer), 2.0);
        reader->second = two_seconds.remaining();
        EXPECT_EQ(b->error(), ETIMEDOUT);
    });
    auto stolen = std::make_shared<ssize_t>(-1);
    go([y, b, stolen] {
        char buffer[16];
        // Woken in the same turn of the loop as the reader, and before it: y gets its byte first.
        EXPECT_EQ(y->recv(buffer, 1, 10), 1);
        *stolen = b->recv(buffer, sizeof(buffer), 0);
    });
    go([a, x] {
        scheduler::sleep(1.8);
        EXPECT_EQ(x->send("x", 1, 1), 1);
        EXPECT_EQ(a->send("data", 4, 1), 4);
    });
    const study::Deadline late(3.5);
    scheduler::run();
    EXPECT_EQ(*stolen, 4);
    EXPECT_EQ(reader->first, -1);
    EXPECT_EQ(reader->second, 0) << "returned before its timeout";
    EXPECT_GT(late.remaining(), 0) << "waited a second whole timeout";
}

}  // namespace

TEST_F(SocketTest, WaitsBlockInPollWhereTheContextMayNotSuspend) {
    int port = 0;
    std::unique_ptr<Socket> server(listener(&port));
    std::vector<int> ran;
    go([&ran] {
        scheduler::sleep(0);
        ran.push_back(1);
    });
    {
        NoSuspending guard;
        std::unique_ptr<Socket> socket = client(port, 2);  // connect waits in poll() if it has to
        std::unique_ptr<Socket> accepted(server->accept(2));
        ASSERT_NE(accepted, nullptr);
        char buffer[8];
        const uint64_t start = uv_hrtime();
        EXPECT_EQ(socket->recv(buffer, sizeof(buffer), 0.02), -1);
        EXPECT_EQ(socket->error(), ETIMEDOUT);
        EXPECT_GE(uv_hrtime() - start, 20'000'000u) << "not before its timeout";
        EXPECT_EQ(accepted->send_all("ping", 4, 1), 4);
        EXPECT_EQ(socket->recv_all(buffer, 4, 1), 4);
        EXPECT_EQ(std::string(buffer, 4), "ping");
        Socket::Interest interest{socket.get(), true, false};
        int error = 0;
        EXPECT_FALSE(Socket::wait_any(&interest, 1, 0.01, &error));
        EXPECT_EQ(error, ETIMEDOUT);
        EXPECT_TRUE(ran.empty()) << "nothing else ran while the thread blocked";
    }
    scheduler::run();
    EXPECT_EQ(ran.size(), 1u);
}

TEST_F(SocketTest, ResolvesInThisThreadWhereTheContextMayNotSuspend) {
    NoSuspending guard;
    std::vector<sockaddr_storage> addresses;
    EXPECT_EQ(study::resolve("localhost", AF_INET, SOCK_STREAM, 0, nullptr, 5, &addresses), 0);
    ASSERT_FALSE(addresses.empty());
    int port = 0;
    EXPECT_EQ(study::address_string(reinterpret_cast<sockaddr*>(&addresses[0]), &port), "127.0.0.1");
    EXPECT_EQ(study::resolve("no-such-host.invalid", AF_INET, SOCK_STREAM, 0, nullptr, 5, &addresses), UV_EAI_NONAME);
}

// The sockets' epoll set (study/netpoll.h) holds `fd`: read from /proc/self/fdinfo of the epoll descriptor.
bool epoll_set_holds(int fd) {
    const std::string path = "/proc/self/fdinfo/" + std::to_string(study::netpoll::epoll_descriptor());
    std::unique_ptr<FILE, int (*)(FILE*)> file(fopen(path.c_str(), "r"), fclose);
    char line[256];
    while (file != nullptr && fgets(line, sizeof(line), file.get()) != nullptr) {
        int registered = -1;
        if (sscanf(line, "tfd: %d", &registered) == 1 && registered == fd) {
            return true;
        }
    }
    return false;
}

// A busy server's batch of readers: 300 sockets become readable at once, so one poll of the loop wakes 300 readers.
// They all run before the loop is polled again, even while two coroutines wake each other past the scheduler's
// streak limit, and each finds its socket still watched. Before, the loop was polled after every 128 woken
// coroutines counted across polls: the sockets of the readers still waiting to run were found readable with nobody
// waiting, and each dropped its interest and took it again, three epoll_ctl() calls per request of a keep-alive
// HTTP server.
TEST_F(SocketTest, ReadersWokenByOnePollAllRunBeforeTheLoopIsPolledAgain) {
    constexpr int kReaders = 300;
    static uint64_t turns;
    turns = 0;
    uv_check_t check;
    uv_check_init(scheduler::uv_loop(), &check);
    uv_check_start(&check, [](uv_check_t*) { ++turns; });
    uv_unref(reinterpret_cast<uv_handle_t*>(&check));
    std::vector<std::unique_ptr<Socket>> readers;
    std::vector<int> peers;
    for (int i = 0; i < kReaders; ++i) {
        int pair[2];
        ASSERT_EQ(socketpair(AF_UNIX, SOCK_STREAM, 0, pair), 0);
        readers.emplace_back(Socket::adopt(pair[0], AF_UNIX, SOCK_STREAM));
        peers.push_back(pair[1]);
    }
    static std::vector<uint64_t> woken_at;
    static std::vector<bool> still_watched;
    woken_at.assign(kReaders, 0);
    still_watched.assign(kReaders, false);
    for (int i = 0; i < kReaders; ++i) {
        Socket* socket = readers[i].get();
        go([socket, i] {
            ASSERT_TRUE(socket->wait_readable(-1));
            woken_at[i] = turns;
            still_watched[i] = epoll_set_holds(socket->fd());
            char byte;
            EXPECT_EQ(socket->recv(&byte, 1, 0), 1);
        });
    }
    // A socket someone waits on keeps the loop alive, as a server's listening socket does, until the ping-pong ends.
    static int keeper_peer;
    int keeper_pair[2];
    ASSERT_EQ(socketpair(AF_UNIX, SOCK_STREAM, 0, keeper_pair), 0);
    std::unique_ptr<Socket> keeper(Socket::adopt(keeper_pair[0], AF_UNIX, SOCK_STREAM));
    keeper_peer = keeper_pair[1];
    Socket* keeper_socket = keeper.get();
    go([keeper_socket] { EXPECT_TRUE(keeper_socket->wait_readable(-1)); });
    // Two coroutines wake each other long enough to force polls of the loop while readers wait to run.
    static study::WaitPoint* ping;
    static int rounds;
    rounds = 0;
    ping = nullptr;
    for (int side = 0; side < 2; ++side) {
        go([] {
            for (;;) {
                auto* mine = new study::WaitPoint;
                study::WaitPoint* other = ping;
                ping = mine;
                if (other != nullptr) {
                    scheduler::wake(other, study::WakeReason::kDone);
                }
                const study::WakeReason reason = scheduler::wait(mine, -1);
                delete mine;
                if (reason != study::WakeReason::kDone || ++rounds >= 1000) {
                    break;
                }
            }
            if (ping != nullptr && rounds >= 1000) {
                study::WaitPoint* other = ping;
                ping = nullptr;
                scheduler::wake(other, study::WakeReason::kDone);
                EXPECT_EQ(write(keeper_peer, "x", 1), 1);
            }
        });
    }
    for (int fd : peers) {
        ASSERT_EQ(write(fd, "x", 1), 1);
    }
    EXPECT_EQ(scheduler::run(), scheduler::RunResult::kIdle);
    int late = 0, dropped = 0;
    for (int i = 0; i < kReaders; ++i) {
        late += woken_at[i] != woken_at[0];
        dropped += !still_watched[i];
    }
    EXPECT_EQ(late, 0) << "readers that ran after another poll of the loop";
    EXPECT_EQ(dropped, 0) << "readers whose socket had left the epoll set";
    for (int fd : peers) {
        close(fd);
    }
    close(keeper_peer);
    readers.clear();
    keeper.reset();
    uv_close(reinterpret_cast<uv_handle_t*>(&check), nullptr);
    uv_run(scheduler::uv_loop(), UV_RUN_NOWAIT);
}

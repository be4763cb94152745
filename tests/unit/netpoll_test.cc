// SPDX-License-Identifier: MIT
// The sockets' epoll set (study/netpoll.h): one registration per socket, edge-triggered, with the readiness no
// waiter took kept for the next wait.
#include "study/netpoll.h"

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>
#include <uv.h>

#include <cerrno>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "go.h"
#include "study/coroutine.h"
#include "study/scheduler.h"
#include "study/socket.h"

namespace {

using study::Coroutine;
using study::Socket;
using study_test::go;
namespace scheduler = study::scheduler;
namespace netpoll = study::netpoll;

class NetpollTest : public ::testing::Test {
protected:
    void TearDown() override {
        EXPECT_EQ(Coroutine::count(), 0u) << "the loop did not drain";
        scheduler::reset();
    }
};

// A connected pair of stream sockets: the core's socket and its peer's plain descriptor.
std::unique_ptr<Socket> socket_pair(int* peer) {
    int pair[2];
    EXPECT_EQ(socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pair), 0);
    *peer = pair[1];
    return std::unique_ptr<Socket>(Socket::adopt(pair[0], AF_UNIX, SOCK_STREAM));
}

// How many times the sockets' epoll set holds `fd` (/proc/self/fdinfo of its descriptor).
int registered_times(int fd) {
    const std::string path = "/proc/self/fdinfo/" + std::to_string(netpoll::epoll_descriptor());
    std::unique_ptr<FILE, int (*)(FILE*)> file(fopen(path.c_str(), "r"), fclose);
    char line[256];
    int times = 0;
    while (file != nullptr && fgets(line, sizeof(line), file.get()) != nullptr) {
        int registered = -1;
        if (sscanf(line, "tfd: %d", &registered) == 1 && registered == fd) {
            times++;
        }
    }
    return times;
}

// Ping-pong over a pair of core sockets: each side waits to read five times and once to write (its buffer full). Each
// socket is registered once, at its first wait, and stays in the set across all of them.
TEST_F(NetpollTest, RegistersEachSocketOnceForAllItsWaits) {
    int pair[2];
    ASSERT_EQ(socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pair), 0);
    std::shared_ptr<Socket> left(Socket::adopt(pair[0], AF_UNIX, SOCK_STREAM));
    std::shared_ptr<Socket> right(Socket::adopt(pair[1], AF_UNIX, SOCK_STREAM));
    const uint64_t before = netpoll::registrations();
    go([left] {
        char byte;
        for (int i = 0; i < 5; i++) {
            ASSERT_EQ(left->recv(&byte, 1, 5), 1);
            ASSERT_EQ(left->send(&byte, 1, 5), 1);
        }
        // A write that must wait: more than the socket buffers hold, which the other side reads only afterwards.
        const std::string big(4 << 20, 'x');
        EXPECT_EQ(left->send_all(big.data(), big.size(), 5), static_cast<ssize_t>(big.size()));
    });
    go([right] {
        char byte = 'a';
        for (int i = 0; i < 5; i++) {
            ASSERT_EQ(right->send(&byte, 1, 5), 1);
            ASSERT_EQ(right->recv(&byte, 1, 5), 1);
        }
        EXPECT_EQ(registered_times(right->fd()), 1);
        std::vector<char> buffer(1 << 16);
        size_t total = 0;
        while (total < (4u << 20)) {
            const ssize_t n = right->recv(buffer.data(), buffer.size(), 5);
            ASSERT_GT(n, 0);
            total += static_cast<size_t>(n);
        }
    });
    scheduler::run();
    EXPECT_EQ(netpoll::registrations() - before, 2u);
    EXPECT_EQ(registered_times(left->fd()), 1);
}

// The HTTP connection's case (Connection::fill()'s drained_): a short read emptied the socket, then the next request
// came while the reader was busy elsewhere and the loop took its edge with nobody waiting. The readiness wait that
// follows must find it kept: the set reports an edge only once, so a wait that suspended would never wake.
TEST_F(NetpollTest, KeepsAnEdgeThatCameWhileNobodyWaited) {
    int peer = -1;
    std::shared_ptr<Socket> socket = socket_pair(&peer);
    static bool found;
    found = false;
    go([socket, peer] {
        char buffer[64];
        ASSERT_EQ(socket->recv(buffer, sizeof(buffer), 5), 1);  // waits, then reads short: the socket is empty
        ASSERT_EQ(write(peer, "y", 1), 1);                      // the next request, while nobody waits
        // Busy elsewhere while the loop polls the set (a timer keeps it turning) and takes the edge.
        ASSERT_EQ(scheduler::sleep(0.05), study::WakeReason::kTimeout);
        found = socket->wait_readable(2);
        EXPECT_EQ(socket->recv(buffer, sizeof(buffer), 0), found ? 1 : -1);
    });
    ASSERT_EQ(write(peer, "x", 1), 1);
    scheduler::run();
    EXPECT_TRUE(found) << "the edge that came while nobody waited was lost";
    close(peer);
}

// The peer's last data and its end (FIN) reported in one edge: the read that takes the data stops short, which
// otherwise means the socket is empty and the next readiness comes as an edge; but the end is still to be read, and
// no edge will come for it. A wait for readability after that short read (an HTTP connection waits so before it
// reads the next request) must return at once, not wait out its timeout.
TEST_F(NetpollTest, ThePeersEndReportedWithItsLastDataStaysReadyAfterAShortRead) {
    int peer = -1;
    std::shared_ptr<Socket> socket = socket_pair(&peer);
    static ssize_t first;
    static bool readable;
    static ssize_t end;
    first = end = -2;
    readable = false;
    go([socket] {
        char buffer[64];
        first = socket->recv(buffer, sizeof(buffer), 5);  // waits for the edge, then reads short
        readable = socket->wait_readable(5);              // the end: no edge comes for it
        end = socket->recv(buffer, sizeof(buffer), 0);
    });
    ASSERT_EQ(write(peer, "x", 1), 1);
    ASSERT_EQ(shutdown(peer, SHUT_WR), 0);  // both before the loop polls: one report carries both
    scheduler::run();
    EXPECT_EQ(first, 1);
    EXPECT_TRUE(readable) << "the end that came with the last data was not seen: the wait timed out";
    EXPECT_EQ(end, 0);
    close(peer);
}

// A connected UDP socket's error (ICMP port unreachable) is reported once, and a read takes it; after it the socket
// is unready again. Kept as lasting readiness, like the peer's end, it made the next timed read spin on EAGAIN until
// its deadline, and other coroutines never ran meanwhile.
TEST_F(NetpollTest, AnErrorTakenByAReadIsNotKeptAsReadiness) {
    int closed_port = -1;
    {
        const int probe = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof(address);
        ASSERT_EQ(bind(probe, reinterpret_cast<sockaddr*>(&address), length), 0);
        ASSERT_EQ(getsockname(probe, reinterpret_cast<sockaddr*>(&address), &length), 0);
        closed_port = ntohs(address.sin_port);
        close(probe);  // nobody listens on that port now
    }
    int error = 0;
    std::shared_ptr<Socket> socket(Socket::open(AF_INET, SOCK_DGRAM, 0, &error));
    ASSERT_NE(socket, nullptr) << error;
    static ssize_t refused;
    static int refused_error;
    static ssize_t later;
    static int later_error;
    static bool ran_during_the_second_read;
    refused = later = -2;
    refused_error = later_error = 0;
    ran_during_the_second_read = false;
    sockaddr_in to{};
    to.sin_family = AF_INET;
    to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    to.sin_port = htons(static_cast<uint16_t>(closed_port));
    ASSERT_TRUE(socket->connect(reinterpret_cast<sockaddr*>(&to), sizeof(to), 5));
    go([socket] {
        char buffer[16];
        refused = socket->recv(buffer, sizeof(buffer), 5);  // waits, and the set reports the ICMP error
        refused_error = socket->error();
        later = socket->recv(buffer, sizeof(buffer), 0.2);  // nothing comes: a wait that suspends, then a timeout
        later_error = socket->error();
    });
    go([socket] { ASSERT_EQ(socket->send("x", 1, 5), 1); });  // once the reader waits
    go([] {
        while (later == -2) {
            if (refused != -2) {
                ran_during_the_second_read = true;  // the reader went from its first read straight into the second
            }
            scheduler::sleep(0.01);
        }
    });
    scheduler::run();
    EXPECT_EQ(refused, -1);
    EXPECT_EQ(refused_error, ECONNREFUSED);
    EXPECT_EQ(later, -1);
    EXPECT_EQ(later_error, ETIMEDOUT);
    EXPECT_TRUE(ran_during_the_second_read) << "the read after the error spun instead of waiting";
}

// A socket closed while a reader and a writer wait on it: both wake with EBADF.
TEST_F(NetpollTest, CloseWakesAReaderAndAWriterWithEbadf) {
    int peer = -1;
    std::shared_ptr<Socket> socket = socket_pair(&peer);
    static int read_error, write_error;
    read_error = write_error = 0;
    go([socket] {
        char byte;
        EXPECT_EQ(socket->recv(&byte, 1, 5), -1);
        read_error = socket->error();
    });
    go([socket] {
        const std::string big(4 << 20, 'x');  // more than the buffers hold: the peer never reads
        EXPECT_EQ(socket->send_all(big.data(), big.size(), 5), -1);
        write_error = socket->error();
    });
    go([socket] { EXPECT_TRUE(socket->close()); });
    scheduler::run();
    EXPECT_EQ(read_error, EBADF);
    EXPECT_EQ(write_error, EBADF);
    close(peer);
}

// The first socket's reader closes and frees a second socket whose readiness is queued in the set already: its file
// lives on in a dup(), so its registration and the queued report stay. A third socket then takes the freed slot (and
// perhaps the same descriptor number) and waits: the stale report must neither reach the freed socket (ASan would
// see it) nor wake the new one.
TEST_F(NetpollTest, DropsAReportForASocketFreedBeforeItCame) {
    int first_peer = -1, second_peer = -1;
    std::shared_ptr<Socket> first = socket_pair(&first_peer);
    auto* second = socket_pair(&second_peer).release();
    static int third_peer;
    third_peer = -1;
    static bool third_woken;
    third_woken = true;
    static int kept_file;
    kept_file = -1;
    go([second] {
        char byte;
        EXPECT_EQ(second->recv(&byte, 1, 5), 1);  // registers it
    });
    ASSERT_EQ(write(second_peer, "a", 1), 1);
    scheduler::run();
    go([first, second, second_peer] {
        char byte;
        ASSERT_EQ(first->recv(&byte, 1, 5), 1);
        kept_file = dup(second->fd());
        ASSERT_EQ(write(second_peer, "b", 1), 1);  // queued in the set for the second socket
        delete second;
        std::unique_ptr<Socket> third = socket_pair(&third_peer);
        third_woken = third->wait_readable(0.3);
        EXPECT_EQ(third->error(), ETIMEDOUT);
    });
    ASSERT_EQ(write(first_peer, "x", 1), 1);
    scheduler::run();
    EXPECT_FALSE(third_woken) << "a report for the freed socket woke another";
    close(kept_file);
    close(first_peer);
    close(second_peer);
    close(third_peer);
}

// After a reset of the loop (the end of a request), the sockets stay registered and their waits work; a forked child
// gets a set of its own, empty, and registers a socket it inherited again at its first wait, while the parent's set
// keeps it.
TEST_F(NetpollTest, WaitsWorkAfterAResetAndInAForkedChild) {
    int peer = -1;
    std::shared_ptr<Socket> socket = socket_pair(&peer);
    static int reads;
    reads = 0;
    const auto read_one = [socket] {
        char byte;
        reads += socket->recv(&byte, 1, 5) == 1;
    };
    go(read_one);
    ASSERT_EQ(write(peer, "a", 1), 1);
    scheduler::run();
    scheduler::reset();
    go(read_one);
    ASSERT_EQ(write(peer, "b", 1), 1);
    scheduler::run();
    EXPECT_EQ(reads, 2);
    EXPECT_EQ(registered_times(socket->fd()), 1);
    const uint64_t registrations = netpoll::registrations();
    const pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        uv_loop_fork(scheduler::uv_loop());
        const bool empty = registered_times(socket->fd()) == 0;
        go([socket] {
            if (socket->wait_readable(5)) {  // a wait, whether the parent's byte came already or not
                char byte;
                reads += socket->recv(&byte, 1, 5) == 1;
            }
        });
        scheduler::run();
        const bool ok =
            empty && reads == 3 && registered_times(socket->fd()) == 1 && netpoll::registrations() == registrations + 1;
        _exit(ok ? 0 : 1);
    }
    ASSERT_EQ(write(peer, "c", 1), 1);
    int status = 0;
    ASSERT_EQ(waitpid(child, &status, 0), child);
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << status;
    EXPECT_EQ(registered_times(socket->fd()), 1);
    close(peer);
}

}  // namespace

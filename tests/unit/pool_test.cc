// SPDX-License-Identifier: MIT
#include "study/pool.h"

#include <dirent.h>
#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <string>

#include "go.h"
#include "loopback.h"
#include "study/coroutine.h"
#include "study/scheduler.h"
#include "study/signal.h"

namespace {

using study::Backoff;
using study::Pool;
using study::PoolOptions;

// Each test runs a pool in this process: the workers are forks of the test program, which end at once with _exit()
// (never returning into GoogleTest). The master's signals are given back afterwards.
class PoolTest : public ::testing::Test {
protected:
    void SetUp() override {
        char dir[] = "/tmp/study_pool_XXXXXX";
        ASSERT_NE(mkdtemp(dir), nullptr);
        dir_ = dir;
    }
    void TearDown() override {
        EXPECT_EQ(study::Coroutine::count(), 0u);
        study::scheduler::reset();
        study::restore_signals();
        std::string command = "rm -rf " + dir_;
        EXPECT_EQ(system(command.c_str()), 0);
        EXPECT_EQ(waitpid(-1, nullptr, WNOHANG), -1) << "a child was left unreaped";
        EXPECT_EQ(errno, ECHILD);
    }
    // Appends `text` to the file `name` in the test's folder; returns the file's size after that. A worker that cannot
    // write ends with status 70, which fails the test.
    off_t append_to(const char* name, const std::string& text) const {
        const std::string path = dir_ + "/" + name;
        const int fd = open(path.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0600);
        if (fd < 0 || write(fd, text.data(), text.size()) != static_cast<ssize_t>(text.size())) {
            _exit(70);
        }
        struct stat info {};
        fstat(fd, &info);
        close(fd);
        return info.st_size;
    }
    // One byte appended to `name`: a count of the processes that got there.
    off_t append(const char* name) const { return append_to(name, "x"); }
    // What a worker did, in the order the workers did it (read_events()).
    void event(const std::string& text) const { append_to("events", text); }
    // A worker that waits for SIGTERM with sigwait() blocks it first: the master's SIGTERM then waits for the
    // sigwait().
    static sigset_t block_sigterm() {
        sigset_t term;
        sigemptyset(&term);
        sigaddset(&term, SIGTERM);
        sigprocmask(SIG_BLOCK, &term, nullptr);
        return term;
    }
    std::string read_events() const {
        std::string text;
        FILE* file = fopen((dir_ + "/events").c_str(), "r");
        char buffer[256];
        size_t got = 0;
        while (file != nullptr && (got = fread(buffer, 1, sizeof(buffer), file)) > 0) {
            text.append(buffer, got);
        }
        if (file != nullptr) {
            fclose(file);
        }
        return text;
    }
    std::string dir_;
};

size_t open_descriptors() {
    size_t count = 0;
    DIR* dir = opendir("/proc/self/fd");
    while (dir != nullptr && readdir(dir) != nullptr) {
        ++count;
    }
    if (dir != nullptr) {
        closedir(dir);
    }
    return count;
}

bool logged(const Pool& pool, const std::string& part) {
    for (const std::string& line : pool.log()) {
        if (line.find(part) != std::string::npos) {
            return true;
        }
    }
    return false;
}

TEST(Backoff, DoublesFromNothingUpToTheMaximum) {
    Backoff backoff(1.0);
    EXPECT_EQ(backoff.next(0), 0);
    EXPECT_DOUBLE_EQ(backoff.next(0), 0.1);
    EXPECT_DOUBLE_EQ(backoff.next(0), 0.2);
    EXPECT_DOUBLE_EQ(backoff.next(0), 0.4);
    EXPECT_DOUBLE_EQ(backoff.next(0), 0.8);
    EXPECT_DOUBLE_EQ(backoff.next(0), 1.0);
    for (int i = 0; i < 100; ++i) {
        EXPECT_DOUBLE_EQ(backoff.next(0), 1.0);
    }
}

TEST(Backoff, StartsAgainAfterAWorkerRanAWhile) {
    Backoff backoff(30, 10);
    backoff.next(0);
    backoff.next(1);
    EXPECT_DOUBLE_EQ(backoff.next(1), 0.2);
    EXPECT_EQ(backoff.next(10), 0);
    EXPECT_DOUBLE_EQ(backoff.next(0), 0.1);
}

TEST(Backoff, ZeroMaximumNeverWaits) {
    Backoff backoff(0);
    for (int i = 0; i < 5; ++i) {
        EXPECT_EQ(backoff.next(0), 0);
    }
}

TEST(DescribeExit, SaysHowAChildEnded) {
    EXPECT_EQ(study::describe_exit(0), "exited with status 0");
    EXPECT_EQ(study::describe_exit(3 << 8), "exited with status 3");
    EXPECT_EQ(study::describe_exit(SIGKILL), "was killed by signal 9 (SIGKILL)");
}

TEST_F(PoolTest, RefusesLessThanOneWorker) {
    PoolOptions options;
    options.workers = 0;
    Pool pool(options);
    EXPECT_EQ(pool.run(), Pool::Outcome::kFailed);
    EXPECT_NE(pool.error().find("at least 1 worker"), std::string::npos);
}

TEST_F(PoolTest, WorkersThatExitWithZeroEndThePool) {
    PoolOptions options;
    options.workers = 2;
    Pool pool(options);
    if (pool.run() == Pool::Outcome::kWorker) {
        append(Pool::worker_id() == 0 ? "w0" : "w1");
        _exit(Pool::master_pid() == getppid() ? 0 : 71);
    }
    EXPECT_EQ(Pool::worker_id(), -1);
    EXPECT_TRUE(pool.log().empty()) << pool.log().front();
    EXPECT_EQ(append("w0"), 2);
    EXPECT_EQ(append("w1"), 2);
}

TEST_F(PoolTest, AKilledWorkerIsRestartedWithItsId) {
    PoolOptions options;
    options.workers = 2;
    Pool pool(options);
    if (pool.run() == Pool::Outcome::kWorker) {
        if (Pool::worker_id() == 1 && append("starts") == 1) {
            raise(SIGKILL);
        }
        _exit(0);
    }
    ASSERT_EQ(pool.log().size(), 1u);
    EXPECT_NE(pool.log()[0].find("worker 1 (pid "), std::string::npos) << pool.log()[0];
    EXPECT_NE(pool.log()[0].find("was killed by signal 9 (SIGKILL); restarting it in 0 s"), std::string::npos)
        << pool.log()[0];
    EXPECT_EQ(append("starts"), 3);
}

TEST_F(PoolTest, SigtermStopsWorkersAndKillsOneThatIgnoresIt) {
    PoolOptions options;
    options.workers = 2;
    options.stop_timeout = 0.5;
    Pool pool(options);
    if (pool.run() == Pool::Outcome::kWorker) {
        if (Pool::worker_id() == 1) {
            signal(SIGTERM, SIG_IGN);
            append("ignoring");
            pause();
            _exit(72);
        }
        const sigset_t term = block_sigterm();
        while (access((dir_ + "/ignoring").c_str(), F_OK) != 0) {
            usleep(1000);
        }
        kill(Pool::master_pid(), SIGTERM);
        int signo = 0;
        sigwait(&term, &signo);
        _exit(0);
    }
    ASSERT_EQ(pool.log().size(), 1u);
    EXPECT_NE(pool.log()[0].find("worker 1 (pid "), std::string::npos) << pool.log()[0];
    EXPECT_NE(pool.log()[0].find("did not stop within 0.5 s: killed"), std::string::npos) << pool.log()[0];
}

TEST_F(PoolTest, ManyRestartsLeaveNoDescriptorBehind) {
    PoolOptions options;
    options.workers = 1;
    options.restart_backoff_max = 0;
    // A first pool with one restart makes what the loop and the signal module keep for the life of the process.
    Pool first(options);
    if (first.run() == Pool::Outcome::kWorker) {
        _exit(append("first") >= 2 ? 0 : 1);
    }
    const size_t before = open_descriptors();
    Pool pool(options);
    if (pool.run() == Pool::Outcome::kWorker) {
        _exit(append("starts") >= 50 ? 0 : 1);
    }
    EXPECT_EQ(pool.log().size(), 49u);
    EXPECT_EQ(open_descriptors(), before);
}

TEST_F(PoolTest, ReloadReplacesOneWorkerAtATime) {
    PoolOptions options;
    options.workers = 2;
    Pool pool(options);
    if (pool.run() == Pool::Outcome::kWorker) {
        // Each process appends "s<id>" when it starts and "t<id>" when SIGTERM comes. The second of the first two
        // asks for the reload; the replacements end at once.
        const std::string id = std::to_string(Pool::worker_id());
        const sigset_t term = block_sigterm();
        const off_t order = append("starts");
        event("s" + id);
        if (order > 2) {
            _exit(0);
        }
        if (order == 2) {
            kill(Pool::master_pid(), SIGHUP);
        }
        int signo = 0;
        sigwait(&term, &signo);
        event("t" + id);
        _exit(0);
    }
    EXPECT_TRUE(pool.log().empty());
    // Worker 1's successor starts only after worker 0's old process stopped; worker 0's starts before or after.
    const std::string events = read_events();
    ASSERT_EQ(events.size(), 12u) << events;
    const std::string first_two = events.substr(0, 4);
    EXPECT_TRUE(first_two == "s0s1" || first_two == "s1s0") << events;
    const std::string rest = events.substr(4);
    for (const char* event : {"s0", "t0", "s1", "t1"}) {
        EXPECT_EQ(rest.find(event) % 2, 0u) << events;
    }
    EXPECT_LT(rest.find("t0"), rest.find("s1")) << events;
}

// A listening socket made by the master before the pool starts is inherited by the workers, whose loops accept on
// it: one connection each here, made by each worker itself (the shared queue gives each of them one of the two). The
// master waited on it once before the fork, so a poll handle of it was in the loop the workers inherit: the new
// backend each worker gets (uv_loop_fork()) watches it for the worker, and the master never accepts.
TEST_F(PoolTest, WorkersAcceptOnASocketTheMasterListensOn) {
    int port = 0;
    std::shared_ptr<study::Socket> listening = study_test::listener(&port);
    EXPECT_EQ(listening->accept(0.001), nullptr);  // nothing yet: a wait that timed out, its handle kept
    EXPECT_EQ(listening->error(), ETIMEDOUT);
    PoolOptions options;
    options.workers = 2;
    Pool pool(options);
    if (pool.run() == Pool::Outcome::kWorker) {
        const char id = static_cast<char>('0' + Pool::worker_id());
        std::shared_ptr<study::Socket> client = study_test::connect_to(port);
        if (client->send_all(&id, 1, 5) != 1) {
            _exit(72);
        }
        study_test::go([this, listening] {
            std::unique_ptr<study::Socket> accepted(listening->accept(30));
            char from = 0;
            if (accepted == nullptr || accepted->recv(&from, 1, 30) != 1) {
                _exit(73);
            }
            event(std::string("a") + from);
        });
        study::scheduler::run();
        _exit(0);
    }
    EXPECT_TRUE(pool.log().empty()) << pool.log().front();
    const std::string events = read_events();
    EXPECT_TRUE(events == "a0a1" || events == "a1a0") << events;
    EXPECT_EQ(listening->accept(0), nullptr);  // nothing was left for the master
}

}  // namespace

// SPDX-License-Identifier: MIT
// The runtime's counters (CoroutineStats, LoopStats, SocketStats) and their Prometheus text (study/metrics.h).
#include "study/metrics.h"

#include <gtest/gtest.h>
#include <sys/socket.h>
#include <uv.h>

#include <map>
#include <memory>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "go.h"
#include "study/channel.h"
#include "study/coroutine.h"
#include "study/scheduler.h"
#include "study/socket.h"

namespace {

using study_test::go;

using study::Coroutine;
using study::Socket;
using study::WaitKind;
namespace scheduler = study::scheduler;

class MetricsTest : public ::testing::Test {
protected:
    void TearDown() override {
        EXPECT_EQ(Coroutine::count(), 0u) << "the loop did not drain";
        scheduler::reset();
    }
};

uint64_t waits_of(WaitKind kind) { return scheduler::loop_stats().waits[static_cast<size_t>(kind)]; }

// A connected pair of stream sockets, both adopted by the core.
std::pair<std::unique_ptr<Socket>, std::unique_ptr<Socket>> socket_pair() {
    int fds[2];
    EXPECT_EQ(socketpair(AF_UNIX, SOCK_STREAM, 0, fds), 0);
    return {std::unique_ptr<Socket>(Socket::adopt(fds[0], AF_UNIX, SOCK_STREAM)),
            std::unique_ptr<Socket>(Socket::adopt(fds[1], AF_UNIX, SOCK_STREAM))};
}

TEST_F(MetricsTest, TextHasHelpAndTypeThenSamplesWithEscapes) {
    study::MetricsText out;
    out.counter("a_total", "Line one\nback\\slash", 7);
    out.family("b", "counter", "By kind.");
    out.sample("b", "kind", "say \"hi\"\n", 3);
    out.family("c_seconds", "gauge", "Seconds.");
    out.sample_seconds("c_seconds", 1500000001);
    EXPECT_EQ(out.text(),
              "# HELP a_total Line one\\nback\\\\slash\n# TYPE a_total counter\na_total 7\n"
              "# HELP b By kind.\n# TYPE b counter\nb{kind=\"say \\\"hi\\\"\\n\"} 3\n"
              "# HELP c_seconds Seconds.\n# TYPE c_seconds gauge\nc_seconds 1.500000001\n");
}

TEST_F(MetricsTest, CreatedAndSwitchesCountEachCoroutineAndEachSwitch) {
    const study::CoroutineStats before = Coroutine::stats();
    for (int i = 0; i < 10; ++i) {
        go([] {});  // a resume and an end: two switches
    }
    int64_t id = go([] { Coroutine::yield(); });  // a resume and a yield
    Coroutine::get(id)->resume();                 // a resume and an end
    const study::CoroutineStats after = Coroutine::stats();
    EXPECT_EQ(after.created - before.created, 11u);
    EXPECT_EQ(after.switches - before.switches, 24u);
    EXPECT_GE(after.peak, 1u);
}

TEST_F(MetricsTest, OnlyAChannelOperationThatWaitsCountsAsAWait) {
    const uint64_t pops = waits_of(WaitKind::kChannelPop);
    const uint64_t pushes = waits_of(WaitKind::kChannelPush);
    auto* chan = new study::Channel<int>(1);
    go([chan] {
        int value = 0;
        EXPECT_EQ(chan->pop(&value, -1), study::ChannelStatus::kOk);  // waits: empty
        EXPECT_EQ(value, 1);
        EXPECT_EQ(chan->pop(&value, -1), study::ChannelStatus::kOk);  // does not wait: one is queued
    });
    EXPECT_EQ(waits_of(WaitKind::kChannelPop), pops + 1);
    go([chan] {
        int one = 1, two = 2;
        EXPECT_EQ(chan->push(one, -1), study::ChannelStatus::kOk);  // hands it to the waiting pop
        EXPECT_EQ(chan->push(two, -1), study::ChannelStatus::kOk);  // queued: room for one
    });
    scheduler::run();
    delete chan;
    EXPECT_EQ(waits_of(WaitKind::kChannelPop), pops + 1);
    EXPECT_EQ(waits_of(WaitKind::kChannelPush), pushes);
}

TEST_F(MetricsTest, LagIsAtLeastHowLongTheLoopWasKeptFromATimeout) {
    const study::LoopStats before = scheduler::loop_stats();
    go([] { scheduler::sleep(0.001); });
    // The main script works for 30 ms before it runs the loop: the sleep, due after 1 ms (2 at most, counting
    // libuv's rounding to whole milliseconds), runs at least 27 ms late. A loaded machine only makes it later.
    const uint64_t start = uv_hrtime();
    while (uv_hrtime() - start < 30000000) {
    }
    scheduler::run();
    const study::LoopStats after = scheduler::loop_stats();
    EXPECT_EQ(after.expiries, before.expiries + 1);
    EXPECT_GE(after.lag_last_ns, 27000000u);
    EXPECT_GE(after.lag_total_ns - before.lag_total_ns, after.lag_last_ns);
    EXPECT_GE(after.lag_max_ns, after.lag_last_ns);
    EXPECT_GT(after.iterations, before.iterations);
    EXPECT_EQ(after.waits[static_cast<size_t>(WaitKind::kSleep)],
              before.waits[static_cast<size_t>(WaitKind::kSleep)] + 1);
}

TEST_F(MetricsTest, ARepeatingTimerCountsEachExpiryAndTimersCountsItUntilCleared) {
    const study::LoopStats before = scheduler::loop_stats();
    static int fired;
    fired = 0;
    const int64_t id = scheduler::add_timer(
        0.001, true,
        [](int64_t timer, void*) {
            if (++fired == 3) {
                scheduler::clear_timer(timer);
            }
            return true;
        },
        nullptr, nullptr);
    EXPECT_EQ(scheduler::loop_stats().timers, before.timers + 1);
    scheduler::run();
    EXPECT_EQ(fired, 3);
    EXPECT_FALSE(scheduler::clear_timer(id));
    const study::LoopStats after = scheduler::loop_stats();
    EXPECT_EQ(after.timers, before.timers);
    EXPECT_EQ(after.expiries, before.expiries + 3);
}

TEST_F(MetricsTest, SocketsCountWhileOpenAndTheBytesEachWayMoves) {
    const study::SocketStats before = Socket::stats();
    auto pair = socket_pair();
    Socket* a = pair.first.get();
    EXPECT_EQ(Socket::stats().open, before.open + 2);
    const std::string message(100000, 'x');
    std::string received(message.size(), '\0');
    go([a, &message] { EXPECT_EQ(a->send_all(message.data(), message.size(), 5), 100000); });
    go([b = pair.second.get(), &received] { EXPECT_EQ(b->recv_all(&received[0], received.size(), 5), 100000); });
    scheduler::run();
    EXPECT_EQ(received, message);
    const study::SocketStats after = Socket::stats();
    EXPECT_EQ(after.bytes_sent - before.bytes_sent, 100000u);
    EXPECT_EQ(after.bytes_received - before.bytes_received, 100000u);
    Socket::count_received(5);  // a caller's own recv() on fd()
    EXPECT_EQ(Socket::stats().bytes_received - before.bytes_received, 100005u);
    a->close();
    EXPECT_EQ(Socket::stats().open, before.open + 1);
    pair.second.reset();
    EXPECT_EQ(Socket::stats().open, before.open);
}

TEST_F(MetricsTest, AResetAfterForkStartsTheTotalsAfreshAndKeepsWhatExists) {
    go([] { scheduler::sleep(0.001); });
    scheduler::run();
    auto pair = socket_pair();
    pair.first->send("hi", 2, 1);
    const size_t open = Socket::stats().open;
    study::reset_counters_after_fork();
    const study::CoroutineStats coroutines = Coroutine::stats();
    EXPECT_EQ(coroutines.created, 0u);
    EXPECT_EQ(coroutines.switches, 0u);
    EXPECT_EQ(coroutines.peak, 0u);
    EXPECT_GT(coroutines.last_id, 0);  // ids go on
    const study::LoopStats loop = scheduler::loop_stats();
    EXPECT_EQ(loop.iterations, 0u);
    EXPECT_EQ(loop.expiries, 0u);
    EXPECT_EQ(loop.lag_max_ns, 0u);
    EXPECT_EQ(loop.waits[static_cast<size_t>(WaitKind::kSleep)], 0u);
    EXPECT_EQ(Socket::stats().bytes_sent, 0u);
    EXPECT_EQ(Socket::stats().open, open);  // what is open stays counted
}

// Every line is a comment or a sample `name{labels} value`; every family has one HELP and one TYPE, before its samples.
TEST_F(MetricsTest, CoreMetricsParseAndNameEveryFamilyOnce) {
    study::MetricsText out;
    study::write_core_metrics(&out);
    std::istringstream lines(out.text());
    const std::regex help("# HELP ([a-z_]+) .+");
    const std::regex type("# TYPE ([a-z_]+) (counter|gauge|summary)");
    const std::regex sample("([a-z_]+)(\\{[a-z_]+=\"[a-z_]+\"\\})? [0-9]+(\\.[0-9]+)?");
    std::map<std::string, int> helps, types;
    std::string family, line;
    std::smatch match;
    while (std::getline(lines, line)) {
        if (std::regex_match(line, match, help)) {
            ++helps[match[1]];
            family = match[1];
        } else if (std::regex_match(line, match, type)) {
            ++types[match[1]];
            EXPECT_EQ(match[1], family) << line;
        } else {
            ASSERT_TRUE(std::regex_match(line, match, sample)) << line;
            const std::string name = match[1];
            EXPECT_TRUE(name == family || name == family + "_sum" || name == family + "_count") << line;
        }
    }
    EXPECT_EQ(helps, types);
    for (const auto& [name, count] : helps) {
        EXPECT_EQ(count, 1) << name;
    }
    for (const char* name : {"study_coroutines", "study_coroutines_peak", "study_coroutines_created_total",
                             "study_coroutine_switches_total", "study_loop_iterations_total", "study_loop_lag_seconds",
                             "study_loop_lag_last_seconds", "study_loop_lag_max_seconds", "study_timers",
                             "study_waits_total", "study_sockets", "study_socket_received_bytes_total",
                             "study_socket_sent_bytes_total", "study_stack_mapped_bytes", "study_stack_saved_bytes"}) {
        EXPECT_EQ(helps[name], 1) << name;
    }
    EXPECT_NE(out.text().find("study_waits_total{kind=\"channel_pop\"} "), std::string::npos);
    EXPECT_NE(out.text().find("study_waits_total{kind=\"dns_lookup\"} "), std::string::npos);
}

}  // namespace

// SPDX-License-Identifier: MIT
#include "../../src/event/loop_watch.h"

#include <gtest/gtest.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include <cstdint>

#include "study/scheduler.h"

namespace {

using study::LoopWatch;
namespace scheduler = study::scheduler;

// An eventfd the test writes to, and what the watch's callback saw of it.
struct Watched {
    int fd = ::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    int reports = 0;
    bool release_loop = false;  // the callback lets the loop end once it has read the count
    LoopWatch* watch = nullptr;
    ~Watched() { ::close(fd); }
    void post() const {
        const uint64_t one = 1;
        ASSERT_EQ(::write(fd, &one, sizeof(one)), static_cast<ssize_t>(sizeof(one)));
    }
};

void on_readable(void* data) {
    auto* watched = static_cast<Watched*>(data);
    uint64_t count = 0;
    if (::read(watched->fd, &count, sizeof(count)) == static_cast<ssize_t>(sizeof(count))) {
        ++watched->reports;
    }
    if (watched->release_loop) {
        watched->watch->keep_loop_alive(false);
    }
}

// Runs the loop for one turn that polls: a timer due at once keeps it running until then.
void run_one_turn() {
    scheduler::add_timer(
        0, false, [](int64_t, void*) { return true; }, nullptr, nullptr);
    scheduler::run();
}

// Each test's watch and descriptor are static, as the core's own watches are: a reset of the loop closes a watch's
// handle but leaves its memory to the watch's next start() (or to the end of the process), so a watch must outlive
// the loop's generations.
class LoopWatchTest : public ::testing::Test {
protected:
    void TearDown() override { scheduler::reset(); }
};

TEST_F(LoopWatchTest, ReportsReadabilityWithoutKeepingTheLoopAlive) {
    static Watched watched;
    static LoopWatch watch(on_readable, &watched);
    ASSERT_EQ(watch.start(watched.fd), 0);
    EXPECT_EQ(scheduler::run(), scheduler::RunResult::kIdle) << "a watch not kept alive held the loop";
    EXPECT_EQ(watched.reports, 0);
    watched.post();
    run_one_turn();
    EXPECT_EQ(watched.reports, 1);
}

TEST_F(LoopWatchTest, KeptAliveTheLoopWaitsForTheReport) {
    static Watched watched;
    static LoopWatch watch(on_readable, &watched);
    watched.watch = &watch;
    watched.release_loop = true;
    watch.keep_loop_alive(true);  // before the first start(): applies to the handle it makes
    ASSERT_EQ(watch.start(watched.fd), 0);
    watched.post();
    EXPECT_EQ(scheduler::run(), scheduler::RunResult::kIdle);
    EXPECT_EQ(watched.reports, 1) << "the loop ended before the report";
}

TEST_F(LoopWatchTest, StoppedItReportsNothingAndStartsAgain) {
    static Watched watched;
    static LoopWatch watch(on_readable, &watched);
    ASSERT_EQ(watch.start(watched.fd), 0);
    watch.stop();
    watched.post();
    run_one_turn();
    EXPECT_EQ(watched.reports, 0) << "a stopped watch reported";
    ASSERT_EQ(watch.start(watched.fd), 0);
    run_one_turn();
    EXPECT_EQ(watched.reports, 1);
}

TEST_F(LoopWatchTest, AResetOfTheLoopGetsANewHandleThatKeepsTheLoopAliveAsBefore) {
    static Watched watched;
    static LoopWatch watch(on_readable, &watched);
    watched.watch = &watch;
    watch.keep_loop_alive(true);
    ASSERT_EQ(watch.start(watched.fd), 0);
    scheduler::reset();  // closes the handle, as at the end of a request
    EXPECT_EQ(scheduler::run(), scheduler::RunResult::kIdle) << "a closed handle kept the loop alive";
    ASSERT_EQ(watch.start(watched.fd), 0);  // the next request's first wait
    watched.release_loop = true;
    watched.post();
    EXPECT_EQ(scheduler::run(), scheduler::RunResult::kIdle);
    EXPECT_EQ(watched.reports, 1) << "the new handle did not report, or did not keep the loop alive";
}

}  // namespace

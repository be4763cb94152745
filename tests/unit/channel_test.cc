// SPDX-License-Identifier: MIT
#include "study/channel.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "go.h"
#include "study/coroutine.h"

namespace {

using study_test::go;

using study::ChannelStatus;
using study::Coroutine;
namespace scheduler = study::scheduler;

// A value that counts its live instances, so a test sees a value lost (never destroyed) or doubled.
struct Tracked {
    static int live;
    int value = 0;
    bool engaged = false;
    Tracked() = default;
    explicit Tracked(int v) : value(v), engaged(true) { ++live; }
    Tracked(Tracked&& other) noexcept : value(other.value), engaged(other.engaged) { other.engaged = false; }
    Tracked& operator=(Tracked&& other) noexcept {
        reset();
        value = other.value;
        engaged = other.engaged;
        other.engaged = false;
        return *this;
    }
    ~Tracked() { reset(); }
    void reset() {
        if (engaged) {
            --live;
            engaged = false;
        }
    }
};
int Tracked::live = 0;

using Chan = study::Channel<Tracked>;

std::string g_trace;

class ChannelTest : public ::testing::Test {
protected:
    void SetUp() override {
        g_trace.clear();
        Tracked::live = 0;
    }
    void TearDown() override {
        EXPECT_EQ(Coroutine::count(), 0u) << "the loop did not drain";
        scheduler::reset();
        EXPECT_EQ(Tracked::live, 0) << "a value was lost or doubled";
    }
};

TEST_F(ChannelTest, PushThenPopBuffered) {
    Chan chan(2);
    Tracked a(1), b(2), out;
    EXPECT_EQ(chan.push(a, -1), ChannelStatus::kOk);
    EXPECT_EQ(chan.push(b, -1), ChannelStatus::kOk);
    EXPECT_FALSE(a.engaged);
    EXPECT_EQ(chan.length(), 2u);
    EXPECT_EQ(chan.pop(&out, -1), ChannelStatus::kOk);
    EXPECT_EQ(out.value, 1);
    EXPECT_EQ(chan.pop(&out, -1), ChannelStatus::kOk);
    EXPECT_EQ(out.value, 2);
}

TEST_F(ChannelTest, PopTimesOutWhenEmpty) {
    go([] {
        Chan chan(1);
        Tracked out;
        EXPECT_EQ(chan.pop(&out, 0.01), ChannelStatus::kTimeout);
        EXPECT_EQ(chan.pop(&out, 0), ChannelStatus::kTimeout);
        EXPECT_EQ(chan.consumers(), 0u);
        g_trace += "t";
    });
    scheduler::run();
    EXPECT_EQ(g_trace, "t");
}

TEST_F(ChannelTest, PushThatTimesOutKeepsItsValue) {
    go([] {
        Chan chan(0);
        Tracked value(7);
        EXPECT_EQ(chan.push(value, 0.01), ChannelStatus::kTimeout);
        EXPECT_TRUE(value.engaged);
        EXPECT_EQ(value.value, 7);
        EXPECT_EQ(chan.producers(), 0u);
    });
    scheduler::run();
}

TEST_F(ChannelTest, UnbufferedPushWaitsForThePop) {
    auto chan = std::make_shared<Chan>(0);
    go([chan] {
        Tracked value(5);
        g_trace += "p";
        EXPECT_EQ(chan->push(value, -1), ChannelStatus::kOk);
        g_trace += "P";
    });
    EXPECT_EQ(chan->producers(), 1u);
    go([chan] {
        Tracked out;
        g_trace += "c";
        EXPECT_EQ(chan->pop(&out, -1), ChannelStatus::kOk);
        EXPECT_EQ(out.value, 5);
        g_trace += "C";
    });
    scheduler::run();
    EXPECT_EQ(g_trace, "pcCP");
}

TEST_F(ChannelTest, WaitingPopsAreServedFirstComeFirstServed) {
    auto chan = std::make_shared<Chan>(1);
    for (char name : std::string("abc")) {
        go([chan, name] {
            Tracked out;
            EXPECT_EQ(chan->pop(&out, -1), ChannelStatus::kOk);
            g_trace += name + std::to_string(out.value);
        });
    }
    for (int i = 1; i <= 3; ++i) {
        Tracked value(i);
        EXPECT_EQ(chan->push(value, -1), ChannelStatus::kOk);
    }
    scheduler::run();
    EXPECT_EQ(g_trace, "a1b2c3");
}

TEST_F(ChannelTest, WaitingPushesKeepTheirOrderThroughTheBuffer) {
    auto chan = std::make_shared<Chan>(1);
    for (int i = 1; i <= 4; ++i) {
        go([chan, i] {
            Tracked value(i);
            EXPECT_EQ(chan->push(value, -1), ChannelStatus::kOk);
        });
    }
    EXPECT_EQ(chan->producers(), 3u);
    go([chan] {
        Tracked out;
        for (int i = 0; i < 4; ++i) {
            EXPECT_EQ(chan->pop(&out, -1), ChannelStatus::kOk);
            g_trace += std::to_string(out.value);
        }
    });
    scheduler::run();
    EXPECT_EQ(g_trace, "1234");
}

TEST_F(ChannelTest, CloseWakesWaitersAndKeepsQueuedValues) {
    auto full = std::make_shared<Chan>(1);
    auto empty = std::make_shared<Chan>(1);
    Tracked first(1);
    ASSERT_EQ(full->push(first, -1), ChannelStatus::kOk);
    go([full] {
        Tracked value(2);
        EXPECT_EQ(full->push(value, -1), ChannelStatus::kClosed);
        EXPECT_TRUE(value.engaged);
        g_trace += "p";
    });
    go([empty] {
        Tracked out;
        EXPECT_EQ(empty->pop(&out, -1), ChannelStatus::kClosed);
        g_trace += "c";
    });
    EXPECT_TRUE(full->close());
    EXPECT_FALSE(full->close());
    EXPECT_TRUE(empty->close());
    scheduler::run();
    EXPECT_EQ(g_trace, "pc");
    Tracked out;
    EXPECT_EQ(full->pop(&out, -1), ChannelStatus::kOk);
    EXPECT_EQ(out.value, 1);
    EXPECT_EQ(full->pop(&out, -1), ChannelStatus::kClosed);
    Tracked late(3);
    EXPECT_EQ(full->push(late, -1), ChannelStatus::kClosed);
    EXPECT_TRUE(late.engaged);
}

TEST_F(ChannelTest, DestroyedChannelFreesQueuedValuesAndWakesWaiters) {
    auto* chan = new Chan(3);
    for (int i = 0; i < 3; ++i) {
        Tracked value(i);
        chan->push(value, -1);
    }
    go([chan] {
        Tracked value(9);
        EXPECT_EQ(chan->push(value, -1), ChannelStatus::kClosed);
        g_trace += "woken";
    });
    EXPECT_EQ(Tracked::live, 4);
    delete chan;
    scheduler::run();
    EXPECT_EQ(g_trace, "woken");
}

TEST_F(ChannelTest, CancelOfWaitingPushLeavesTheValueWithThePusher) {
    auto chan = std::make_shared<Chan>(0);
    int64_t id = 0;
    go([chan, &id] {
        id = Coroutine::current()->id();
        Tracked value(4);
        EXPECT_EQ(chan->push(value, -1), ChannelStatus::kCanceled);
        EXPECT_TRUE(value.engaged);
        g_trace += "canceled";
    });
    EXPECT_TRUE(scheduler::cancel(Coroutine::get(id)));
    EXPECT_EQ(g_trace, "canceled");
    EXPECT_EQ(chan->producers(), 0u);
    Tracked out;
    EXPECT_EQ(chan->pop(&out, 0), ChannelStatus::kTimeout);
}

TEST_F(ChannelTest, TimedOutPopDoesNotTakeALaterPush) {
    auto chan = std::make_shared<Chan>(1);
    go([chan] {
        Tracked out;
        EXPECT_EQ(chan->pop(&out, 0.005), ChannelStatus::kTimeout);
        Tracked value(8);
        EXPECT_EQ(chan->push(value, -1), ChannelStatus::kOk);
    });
    scheduler::run();
    EXPECT_EQ(chan->length(), 1u);
    EXPECT_EQ(chan->consumers(), 0u);
}

TEST_F(ChannelTest, SelectTakesTheFirstReadyOp) {
    Chan a(1), b(1);
    Tracked value(3);
    b.push(value, -1);
    Chan::Op ops[] = {{&a, false, Tracked{}}, {&b, false, Tracked{}}, {&a, true, Tracked(6)}};
    Chan::Selected selected = Chan::select(ops, 3, -1);
    EXPECT_EQ(selected.status, ChannelStatus::kOk);
    EXPECT_EQ(selected.index, 1u);
    EXPECT_EQ(ops[1].value.value, 3);
    EXPECT_TRUE(ops[2].value.engaged) << "the push that was not chosen keeps its value";
    EXPECT_EQ(a.length(), 0u);
}

TEST_F(ChannelTest, SelectWaitsOnSeveralChannelsAndCompletesOnlyOne) {
    auto a = std::make_shared<Chan>(0);
    auto b = std::make_shared<Chan>(0);
    auto out = std::make_shared<Chan>(0);
    go([a, b, out] {
        Chan::Op ops[] = {{a.get(), false, Tracked{}}, {b.get(), false, Tracked{}}, {out.get(), true, Tracked(1)}};
        Chan::Selected selected = Chan::select(ops, 3, -1);
        EXPECT_EQ(selected.status, ChannelStatus::kOk);
        EXPECT_EQ(selected.index, 1u);
        EXPECT_EQ(ops[1].value.value, 2);
        EXPECT_TRUE(ops[2].value.engaged);
        g_trace += "selected";
    });
    EXPECT_EQ(a->consumers(), 1u);
    EXPECT_EQ(out->producers(), 1u);
    Tracked value(2);
    EXPECT_EQ(b->push(value, -1), ChannelStatus::kOk);
    EXPECT_EQ(a->consumers(), 0u) << "the other entries of the select left their queues";
    EXPECT_EQ(out->producers(), 0u);
    scheduler::run();
    EXPECT_EQ(g_trace, "selected");
}

TEST_F(ChannelTest, SelectTimesOutAndOnClosedChannelCompletesWithClosed) {
    go([] {
        Chan a(0), b(0);
        Chan::Op ops[] = {{&a, false, Tracked{}}, {&b, true, Tracked(1)}};
        EXPECT_EQ(Chan::select(ops, 2, 0.005).status, ChannelStatus::kTimeout);
        EXPECT_TRUE(ops[1].value.engaged);
        b.close();
        Chan::Selected selected = Chan::select(ops, 2, -1);
        EXPECT_EQ(selected.status, ChannelStatus::kClosed);
        EXPECT_EQ(selected.index, 1u);
        EXPECT_TRUE(ops[1].value.engaged);
    });
    scheduler::run();
}

TEST_F(ChannelTest, ManyProducersAndConsumersLoseNothing) {
    auto chan = std::make_shared<Chan>(4);
    auto sum = std::make_shared<long>(0);
    constexpr int kProducers = 5, kValues = 200, kConsumers = 3;
    auto producing = std::make_shared<int>(kProducers);
    for (int p = 0; p < kProducers; ++p) {
        go([chan, p, producing] {
            for (int i = 0; i < kValues; ++i) {
                Tracked value(p * 1000 + i);
                EXPECT_EQ(chan->push(value, -1), ChannelStatus::kOk);
                if (i % 7 == 0) {
                    scheduler::sleep(0);
                }
            }
            if (--*producing == 0) {
                chan->close();  // the last producer is done: consumers drain the buffer, then see kClosed
            }
        });
    }
    for (int c = 0; c < kConsumers; ++c) {
        go([chan, sum] {
            // A consumer sees each producer's values in the order they were pushed. (Across consumers the order
            // in which they look at what they received is the scheduler's, not the channel's.)
            std::vector<int> last_seen(kProducers, -1);
            Tracked out;
            while (chan->pop(&out, -1) == ChannelStatus::kOk) {
                const int producer = out.value / 1000, seq = out.value % 1000;
                EXPECT_GT(seq, last_seen[producer]) << "a producer's values arrive in order";
                last_seen[producer] = seq;
                *sum += out.value;
            }
        });
    }
    scheduler::run();
    long expected = 0;
    for (int p = 0; p < kProducers; ++p) {
        for (int i = 0; i < kValues; ++i) {
            expected += p * 1000 + i;
        }
    }
    EXPECT_EQ(*sum, expected);
}

TEST_F(ChannelTest, MainContextPopRunsTheLoopUntilAPush) {
    auto chan = std::make_shared<Chan>(0);
    go([chan] {
        scheduler::sleep(0.002);
        Tracked value(11);
        EXPECT_EQ(chan->push(value, -1), ChannelStatus::kOk);
    });
    Tracked out;
    EXPECT_EQ(chan->pop(&out, -1), ChannelStatus::kOk);
    EXPECT_EQ(out.value, 11);
    EXPECT_EQ(chan->pop(&out, -1), ChannelStatus::kDeadlock);
}

}  // namespace

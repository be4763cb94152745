// SPDX-License-Identifier: MIT
// libFuzzer target: random interleavings of channel push/pop/select (with and without timeouts, capacity 0..3),
// WaitGroup add/done/wait, cancel, close and zero sleeps across several coroutines and the main context, on the real
// scheduler, checked against a simple model:
// - no value is lost or doubled: every value a push sent is received by exactly one pop or is still queued at the
//   end; a push that did not send still holds its value; a pop that received nothing holds none; and after the
//   channels are gone no value is alive;
// - values from one producer through one channel reach each consumer in the order they were sent;
// - every wait ends exactly once and with a reason it may have: a timeout only when it had one, a close only on a
//   closed channel, and each cancel() that returned true ends exactly one wait with kCanceled;
// - the loop drains: once every channel is closed and the WaitGroup is at zero, every coroutine ends.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <tuple>
#include <vector>

#include "fuzz_check.h"
#include "study/channel.h"
#include "study/coroutine.h"
#include "study/scheduler.h"
#include "study/wait_group.h"

namespace {

using study::ChannelStatus;
using study::Coroutine;
using study::WakeReason;
namespace scheduler = study::scheduler;

// A value that counts its live instances: a value lost (never destroyed) or doubled shows in `live`.
struct Value {
    static int64_t live;
    int64_t id = -1;  // producer * 2^32 + sequence
    Value() = default;
    explicit Value(int64_t v) : id(v) { ++live; }
    Value(Value&& other) noexcept : id(other.id) { other.id = -1; }
    Value& operator=(Value&& other) noexcept {
        reset();
        id = other.id;
        other.id = -1;
        return *this;
    }
    ~Value() { reset(); }
    void reset() {
        if (id >= 0) {
            --live;
            id = -1;
        }
    }
};
int64_t Value::live = 0;

using Chan = study::Channel<Value>;

constexpr size_t kMaxActors = 6;  // actor 0 is the main context
constexpr size_t kMaxChannels = 3;
constexpr size_t kMaxOps = 24;

enum class OpKind : uint8_t { kPush, kPop, kSelect, kAdd, kDone, kWait, kCancel, kClose, kSleep, kCount };

struct Op {
    OpKind kind;
    uint8_t a;  // channel, or target actor
    uint8_t b;  // second channel of a select
    uint8_t flags;
    double timeout;
};

// Everything the coroutines share, on the heap (never on a coroutine's stack).
struct World {
    std::vector<std::unique_ptr<Chan>> channels;
    study::WaitGroup group;
    std::vector<std::vector<Op>> scripts;
    std::vector<int64_t> coroutine_ids;  // per actor, 0 for the main context
    std::vector<uint32_t> sequence;      // per actor: next value sequence
    std::vector<int> cancels_pending;    // per actor: cancel() calls that returned true and no wait ended with yet
    std::vector<int> done_ops;           // per actor: ops completed
    std::map<int64_t, int> sent;         // value id -> channel it was sent on
    std::map<int64_t, int> received;     // value id -> times received
    // (consumer, producer, channel) -> last sequence received
    std::map<std::tuple<int, int, int>, int64_t> last_seen;
};

World* g_world = nullptr;

double timeout_of(uint8_t byte) {
    switch (byte % 4) {
        case 0:
            return -1;
        case 1:
            return 0;
        case 2:
            return 0.001;
        default:
            return 0.002;
    }
}

// Reads ops until the input ends; the first bytes shape the world.
struct Reader {
    const uint8_t* data;
    size_t size;
    size_t at = 0;
    uint8_t next() { return at < size ? data[at++] : 0; }
    bool done() const { return at >= size; }
};

bool timed_out_allowed(double timeout) { return timeout >= 0; }

void record_received(int actor, int channel, const Value& value) {
    World& w = *g_world;
    FUZZ_CHECK(value.id >= 0);
    FUZZ_CHECK(w.sent.count(value.id) == 1);
    FUZZ_CHECK(w.sent[value.id] == channel);
    FUZZ_CHECK(++w.received[value.id] == 1);
    const int producer = static_cast<int>(value.id >> 32);
    const int64_t seq = value.id & 0xffffffff;
    auto key = std::make_tuple(actor, producer, channel);
    auto it = w.last_seen.find(key);
    if (it != w.last_seen.end()) {
        FUZZ_CHECK(seq > it->second);
    }
    w.last_seen[key] = seq;
}

// A wait ended with `canceled`: it must match a cancel() that returned true.
void account_cancel(int actor, bool canceled) {
    if (canceled) {
        FUZZ_CHECK(actor != 0);
        FUZZ_CHECK(g_world->cancels_pending[actor] > 0);
        --g_world->cancels_pending[actor];
    }
}

void check_status(int actor, ChannelStatus status, double timeout, const Chan& chan) {
    FUZZ_CHECK(status != ChannelStatus::kTimeout || timed_out_allowed(timeout));
    FUZZ_CHECK(status != ChannelStatus::kClosed || chan.closed());
    FUZZ_CHECK(status != ChannelStatus::kAborted);
    FUZZ_CHECK(status != ChannelStatus::kDeadlock || actor == 0);
    account_cancel(actor, status == ChannelStatus::kCanceled);
}

void do_push(int actor, const Op& op) {
    World& w = *g_world;
    const int channel = op.a;
    Chan& chan = *w.channels[channel];
    const int64_t id = (static_cast<int64_t>(actor) << 32) | w.sequence[actor]++;
    Value value(id);
    // Recorded before the push: a waiting pop may receive it before push() returns.
    w.sent[id] = channel;
    const ChannelStatus status = chan.push(value, op.timeout);
    check_status(actor, status, op.timeout, chan);
    if (status == ChannelStatus::kOk) {
        FUZZ_CHECK(value.id == -1);
    } else {
        FUZZ_CHECK(value.id == id);
        FUZZ_CHECK(w.received.count(id) == 0);
        w.sent.erase(id);
    }
}

void do_pop(int actor, const Op& op) {
    World& w = *g_world;
    Chan& chan = *w.channels[op.a];
    Value out;
    const ChannelStatus status = chan.pop(&out, op.timeout);
    check_status(actor, status, op.timeout, chan);
    if (status == ChannelStatus::kOk) {
        record_received(actor, op.a, out);
    } else {
        FUZZ_CHECK(out.id == -1);
    }
}

// A select of a pop on channel a and (flags bit 0) a push or pop on channel b.
void do_select(int actor, const Op& op) {
    World& w = *g_world;
    const bool push_b = op.flags & 1;
    Chan::Op ops[2] = {{w.channels[op.a].get(), false, Value()}, {w.channels[op.b].get(), push_b, Value()}};
    int64_t id = -1;
    if (push_b) {
        id = (static_cast<int64_t>(actor) << 32) | w.sequence[actor]++;
        ops[1].value = Value(id);
        w.sent[id] = op.b;
    }
    const Chan::Selected selected = Chan::select(ops, 2, op.timeout);
    FUZZ_CHECK(selected.status != ChannelStatus::kTimeout || timed_out_allowed(op.timeout));
    FUZZ_CHECK(selected.status != ChannelStatus::kAborted);
    FUZZ_CHECK(selected.status != ChannelStatus::kDeadlock || actor == 0);
    account_cancel(actor, selected.status == ChannelStatus::kCanceled);
    const bool completed = selected.status == ChannelStatus::kOk;
    if (selected.status == ChannelStatus::kOk || selected.status == ChannelStatus::kClosed) {
        FUZZ_CHECK(selected.index < 2);
        FUZZ_CHECK(selected.status != ChannelStatus::kClosed || ops[selected.index].channel->closed());
    }
    // The pop: received only when it completed.
    if (completed && selected.index == 0) {
        record_received(actor, op.a, ops[0].value);
    } else {
        FUZZ_CHECK(ops[0].value.id == -1);
    }
    if (completed && selected.index == 1) {
        if (push_b) {
            FUZZ_CHECK(ops[1].value.id == -1);
        } else {
            record_received(actor, op.b, ops[1].value);
        }
    } else if (push_b) {
        FUZZ_CHECK(ops[1].value.id == id);
        FUZZ_CHECK(w.received.count(id) == 0);
        w.sent.erase(id);
    } else {
        FUZZ_CHECK(ops[1].value.id == -1);
    }
}

void do_op(int actor, const Op& op) {
    World& w = *g_world;
    switch (op.kind) {
        case OpKind::kPush:
            do_push(actor, op);
            break;
        case OpKind::kPop:
            do_pop(actor, op);
            break;
        case OpKind::kSelect:
            do_select(actor, op);
            break;
        case OpKind::kAdd:
            FUZZ_CHECK(w.group.add(1));
            break;
        case OpKind::kDone:
            // Below zero is refused and changes nothing.
            if (w.group.count() > 0) {
                FUZZ_CHECK(w.group.add(-1));
            } else {
                FUZZ_CHECK(!w.group.add(-1));
                FUZZ_CHECK(w.group.count() == 0);
            }
            break;
        case OpKind::kWait: {
            const WakeReason reason = w.group.wait(op.timeout);
            FUZZ_CHECK(reason != WakeReason::kTimeout || timed_out_allowed(op.timeout));
            FUZZ_CHECK(reason != WakeReason::kAborted && reason != WakeReason::kWaiting);
            FUZZ_CHECK(reason != WakeReason::kDeadlock || actor == 0);
            account_cancel(actor, reason == WakeReason::kCanceled);
            break;
        }
        case OpKind::kCancel: {
            const size_t target = op.a % w.coroutine_ids.size();
            Coroutine* coroutine = target == 0 ? nullptr : Coroutine::get(w.coroutine_ids[target]);
            if (coroutine != nullptr && coroutine != Coroutine::current()) {
                // Counted before: cancel() runs the target at once, which ends its wait right away.
                ++w.cancels_pending[target];
                if (!scheduler::cancel(coroutine)) {
                    --w.cancels_pending[target];
                }
            }
            break;
        }
        case OpKind::kClose:
            w.channels[op.a]->close();
            break;
        case OpKind::kSleep: {
            const WakeReason reason = scheduler::sleep(0);
            FUZZ_CHECK(reason != WakeReason::kAborted);
            account_cancel(actor, reason == WakeReason::kCanceled);
            break;
        }
        case OpKind::kCount:
            break;
    }
}

void run_script(int actor) {
    for (const Op& op : g_world->scripts[actor]) {
        do_op(actor, op);
        ++g_world->done_ops[actor];
    }
}

void coroutine_entry(void* arg) { run_script(static_cast<int>(reinterpret_cast<intptr_t>(arg))); }

Op read_op(Reader& in, size_t actors, size_t channels) {
    Op op{};
    const uint8_t head = in.next();
    op.kind = static_cast<OpKind>(head % static_cast<uint8_t>(OpKind::kCount));
    const uint8_t arg = in.next();
    op.a = op.kind == OpKind::kCancel ? static_cast<uint8_t>(arg % actors) : static_cast<uint8_t>(arg % channels);
    op.b = static_cast<uint8_t>((arg >> 4) % channels);
    op.flags = static_cast<uint8_t>(head >> 4);
    op.timeout = timeout_of(static_cast<uint8_t>(head >> 5));
    return op;
}

void run_one(const uint8_t* data, size_t size) {
    Reader in{data, size};
    auto world = std::make_unique<World>();
    g_world = world.get();
    World& w = *world;
    const uint8_t shape = in.next();
    const size_t actors = 2 + shape % (kMaxActors - 1);
    const size_t channels = 1 + (shape >> 3) % kMaxChannels;
    const uint8_t capacities = in.next();
    for (size_t i = 0; i < channels; ++i) {
        w.channels.push_back(std::make_unique<Chan>((capacities >> (2 * i)) & 3));
    }
    w.scripts.resize(actors);
    w.coroutine_ids.assign(actors, 0);
    w.sequence.assign(actors, 0);
    w.cancels_pending.assign(actors, 0);
    w.done_ops.assign(actors, 0);
    // Ops are dealt round-robin by a byte naming the actor.
    size_t total = 0;
    while (!in.done() && total < kMaxOps * actors) {
        const size_t actor = in.next() % actors;
        if (w.scripts[actor].size() < kMaxOps) {
            w.scripts[actor].push_back(read_op(in, actors, channels));
            ++total;
        }
    }
    // The main context's waits with no timeout could only end in a deadlock report; give them a bound instead.
    for (Op& op : w.scripts[0]) {
        if (op.timeout < 0) {
            op.timeout = 0.002;
        }
    }
    for (size_t actor = 1; actor < actors; ++actor) {
        Coroutine* coroutine =
            Coroutine::create(coroutine_entry, reinterpret_cast<void*>(static_cast<intptr_t>(actor)));
        FUZZ_CHECK(coroutine != nullptr);
        w.coroutine_ids[actor] = coroutine->id();
        coroutine->resume();
    }
    run_script(0);
    // Drain: run until idle; then nothing but a close or the WaitGroup reaching zero can wake anyone. Each round
    // completes at least one op of every coroutine still waiting, so the number of rounds is bounded.
    for (size_t round = 0; round <= kMaxOps + 1; ++round) {
        FUZZ_CHECK(scheduler::run() == scheduler::RunResult::kIdle);
        if (Coroutine::count() == 0) {
            break;
        }
        for (auto& chan : w.channels) {
            chan->close();
        }
        if (w.group.count() > 0) {
            FUZZ_CHECK(w.group.add(-w.group.count()));
        }
    }
    FUZZ_CHECK(Coroutine::count() == 0);
    for (size_t actor = 0; actor < actors; ++actor) {
        FUZZ_CHECK(w.done_ops[actor] == static_cast<int>(w.scripts[actor].size()));
        FUZZ_CHECK(w.cancels_pending[actor] == 0);
    }
    // Every value sent was received once or is still queued, on the channel it was sent on.
    size_t queued = 0;
    for (size_t channel = 0; channel < w.channels.size(); ++channel) {
        w.channels[channel]->for_each_value([&](Value& value) {
            FUZZ_CHECK(w.sent.count(value.id) == 1 && w.sent[value.id] == static_cast<int>(channel));
            FUZZ_CHECK(w.received.count(value.id) == 0);
            ++queued;
        });
        FUZZ_CHECK(w.channels[channel]->consumers() == 0 && w.channels[channel]->producers() == 0);
    }
    FUZZ_CHECK(w.received.size() + queued == w.sent.size());
    FUZZ_CHECK(Value::live == static_cast<int64_t>(queued));
    w.channels.clear();
    FUZZ_CHECK(Value::live == 0);
    g_world = nullptr;
    scheduler::reset();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    run_one(data, size);
    return 0;
}

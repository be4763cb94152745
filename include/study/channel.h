// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <deque>
#include <memory>
#include <utility>

#include "study/scheduler.h"

namespace study {

// How a channel operation ended. The first four are the PHP errCode values.
enum class ChannelStatus : int {
    kOk = 0,
    kTimeout = -1,
    kClosed = -2,
    kCanceled = -3,
    kAborted = -4,   // the main context stopped waiting: an exit or error is pending
    kDeadlock = -5,  // the main context waited, but nothing could ever complete the operation
};

template <typename T>
class Channel;

namespace channel_detail {

template <typename T>
struct Wait;

// One channel a blocked operation is queued on, in that channel's queue of producers or consumers.
template <typename T>
struct Entry {
    Entry* prev = nullptr;
    Entry* next = nullptr;
    Channel<T>* channel = nullptr;
    Wait<T>* wait = nullptr;
    bool push = false;    // queued as a producer
    bool linked = false;  // in its channel's queue now
    T value{};            // a producer's value on offer, or the value a consumer received
};

// A blocked push, pop or select: the scheduler's wait plus one entry per channel it waits on. On the heap, so that
// nothing another coroutine touches lives on the waiting coroutine's stack.
template <typename T>
struct Wait : WaitPoint {
    Entry<T>* entries = nullptr;  // `count` of them: &single for a push or pop, `many` for a select
    size_t count = 0;
    Entry<T>* fired = nullptr;  // the entry that completed
    ChannelStatus status = ChannelStatus::kOk;
    Entry<T> single;
    std::unique_ptr<Entry<T>[]> many;
    Wait* next_free = nullptr;  // in WaitPool's free list
};

// Blocked operations come and go at the rate of channel round trips: keep a few freed ones for reuse, in an
// intrusive free list (no allocation, no container bookkeeping on the hot path).
template <typename T>
class WaitPool {
public:
    // Out of line: inlined into a caller whose count GCC cannot bound, make_unique's size check made it warn that
    // the allocation could exceed the largest object (-Walloc-size-larger-than), which no select can reach.
    [[gnu::noinline]] static std::unique_ptr<Entry<T>[]> make_entries(size_t count) {
        return std::make_unique<Entry<T>[]>(count);
    }

    static Wait<T>* acquire(size_t count) {
        Wait<T>* wait = free_.head;
        if (wait != nullptr) {
            free_.head = wait->next_free;
            --free_.size;
        } else {
            wait = new Wait<T>;
        }
        if (count > 1) {
            wait->many = make_entries(count);
            wait->entries = wait->many.get();
        } else {
            wait->entries = &wait->single;
        }
        wait->count = count;
        return wait;
    }
    // Takes back a wait whose values were all moved out.
    static void release(Wait<T>* wait) {
        if (free_.size >= kKeep) {
            delete wait;
            return;
        }
        if (wait->count > 1) {
            wait->many.reset();
        }
        // Its entries were unlinked and their values moved out; acquire() and the waiting side set the rest.
        wait->reason = WakeReason::kWaiting;
        wait->timer = nullptr;
        wait->fired = nullptr;
        wait->status = ChannelStatus::kOk;
        wait->next_free = free_.head;
        free_.head = wait;
        ++free_.size;
    }

private:
    static constexpr size_t kKeep = 64;
    struct FreeList {
        Wait<T>* head = nullptr;
        size_t size = 0;
        ~FreeList() {
            while (head != nullptr) {
                Wait<T>* next = head->next_free;
                delete head;
                head = next;
            }
        }
    };
    static inline FreeList free_;
};

// An intrusive FIFO of entries.
template <typename T>
struct Queue {
    Entry<T>* head = nullptr;
    Entry<T>* tail = nullptr;
    size_t size = 0;

    void push_back(Entry<T>* entry) {
        entry->prev = tail;
        entry->next = nullptr;
        (tail != nullptr ? tail->next : head) = entry;
        tail = entry;
        entry->linked = true;
        ++size;
    }
    void erase(Entry<T>* entry) {
        (entry->prev != nullptr ? entry->prev->next : head) = entry->next;
        (entry->next != nullptr ? entry->next->prev : tail) = entry->prev;
        entry->prev = entry->next = nullptr;
        entry->linked = false;
        --size;
    }
};

}  // namespace channel_detail

// A FIFO of values between coroutines (and the main context), as Go's channels, with `capacity` slots; capacity 0
// is unbuffered: a push completes only when a pop takes the value. Waiting pushes and pops are served first come,
// first served, and a value handed over goes straight from the pusher to the waiting popper. Values are moved, never
// copied. One thread only, as the scheduler.
//
// Timeouts: negative waits without limit, 0 does not wait at all, above 0 waits up to that many seconds.
template <typename T>
class Channel {
public:
    // One operation of a select(): a push offers `value`, a pop receives into it.
    struct Op {
        Channel* channel;
        bool push;
        T value;
    };
    // Which operation of a select() completed (`index`), and how: kOk, or kClosed when its channel is closed.
    struct Selected {
        ChannelStatus status;
        size_t index;
    };

    explicit Channel(size_t capacity) : capacity_(capacity) {}
    // Closes the channel (waiters wake with kClosed) and destroys the values still queued.
    ~Channel() { close(); }
    Channel(const Channel&) = delete;
    Channel& operator=(const Channel&) = delete;

    // Queues `value` or hands it to a waiting pop. On kOk the value is moved out of `value`; on any other status
    // it is still there, owned by the caller.
    ChannelStatus push(T& value, double timeout) {
        if (try_push(value)) {
            return ChannelStatus::kOk;
        }
        if (closed_ || timeout == 0) {
            return closed_ ? ChannelStatus::kClosed : ChannelStatus::kTimeout;
        }
        return wait_one(true, &value, timeout);
    }

    // Takes the oldest value into `*out` (kOk only).
    ChannelStatus pop(T* out, double timeout) {
        if (try_pop(out)) {
            return ChannelStatus::kOk;
        }
        if (closed_ || timeout == 0) {
            return closed_ ? ChannelStatus::kClosed : ChannelStatus::kTimeout;
        }
        return wait_one(false, out, timeout);
    }

    // Waits until one of `ops` can complete and completes exactly that one; the first ready one in order wins. A
    // closed channel is ready (the op completes with kClosed and moves nothing). On kOk or kClosed `index` names
    // the op; on any other status nothing was done. Push values not sent stay in their op.
    static Selected select(Op* ops, size_t count, double timeout);

    // Whether a push or pop (with a timeout other than 0) would have to wait now, for callers that must check
    // something before a wait.
    bool push_would_wait() const { return !closed_ && consumers_.head == nullptr && buffer_.size() >= capacity_; }
    bool pop_would_wait() const { return !closed_ && buffer_.empty() && producers_.head == nullptr; }

    // Calls fn(value) for each queued value, oldest first.
    template <typename Fn>
    void for_each_value(Fn fn) {
        for (T& value : buffer_) {
            fn(value);
        }
    }

    // Wakes every waiting push and pop with kClosed; queued values can still be popped. False if closed already.
    bool close();

    size_t capacity() const { return capacity_; }
    size_t length() const { return buffer_.size(); }
    bool closed() const { return closed_; }
    size_t consumers() const { return consumers_.size; }
    size_t producers() const { return producers_.size; }
    // A number that names this channel in the waits on it (WaitPoint::detail of a push or pop), chosen by the
    // owner (the binding: its PHP object's id); 0 until set.
    int64_t tag() const { return tag_; }
    void set_tag(int64_t tag) { tag_ = tag; }

private:
    using Entry = channel_detail::Entry<T>;
    using Wait = channel_detail::Wait<T>;

    // Completes a push or a pop now if it can, without waiting (push: moves the value out of `value`).
    bool try_push(T& value);
    bool try_pop(T* out);
    // Waits until one of `ops` completes, none being ready now.
    static Selected block(Op* ops, size_t count, double timeout);
    // The same for a single push or pop, the common case, without a select's bookkeeping.
    ChannelStatus wait_one(bool push, T* value, double timeout);
    static ChannelStatus status_of(WakeReason reason, const Wait* wait);
    // Completes the wait `entry` belongs to, through `entry`, and wakes its coroutine.
    static void fire(Entry* entry, ChannelStatus status);
    static void unlink_all(Wait* wait);
    static void forget(WaitPoint* wait) { unlink_all(static_cast<Wait*>(wait)); }
    static void release(WaitPoint* wait) { delete static_cast<Wait*>(wait); }
    channel_detail::Queue<T>& queue_of(const Entry* entry) { return entry->push ? producers_ : consumers_; }

    size_t capacity_;
    int64_t tag_ = 0;
    bool closed_ = false;
    std::deque<T> buffer_;
    channel_detail::Queue<T> producers_;  // waiting pushes, oldest first
    channel_detail::Queue<T> consumers_;  // waiting pops, oldest first
};

template <typename T>
bool Channel<T>::try_push(T& value) {
    if (closed_) {
        return false;
    }
    if (consumers_.head != nullptr) {  // a pop waits, so nothing is buffered: hand the value over
        Entry* consumer = consumers_.head;
        consumer->value = std::move(value);
        fire(consumer, ChannelStatus::kOk);
        return true;
    }
    if (buffer_.size() < capacity_) {
        buffer_.push_back(std::move(value));
        return true;
    }
    return false;
}

template <typename T>
bool Channel<T>::try_pop(T* out) {
    if (!buffer_.empty()) {
        *out = std::move(buffer_.front());
        buffer_.pop_front();
        if (producers_.head != nullptr) {  // the oldest waiting push takes the freed slot, keeping FIFO order
            Entry* producer = producers_.head;
            buffer_.push_back(std::move(producer->value));
            fire(producer, ChannelStatus::kOk);
        }
        return true;
    }
    if (producers_.head != nullptr) {  // unbuffered: take the value from the oldest waiting push
        Entry* producer = producers_.head;
        *out = std::move(producer->value);
        fire(producer, ChannelStatus::kOk);
        return true;
    }
    return false;
}

template <typename T>
void Channel<T>::fire(Entry* entry, ChannelStatus status) {
    Wait* wait = entry->wait;
    wait->fired = entry;
    wait->status = status;
    unlink_all(wait);
    scheduler::wake(wait, WakeReason::kDone);
}

template <typename T>
void Channel<T>::unlink_all(Wait* wait) {
    if (wait->count == 1) {  // a push or pop: the common case
        Entry& entry = wait->single;
        if (entry.linked) {
            entry.channel->queue_of(&entry).erase(&entry);
        }
        return;
    }
    for (size_t i = 0; i < wait->count; ++i) {
        Entry& entry = wait->entries[i];
        if (entry.linked) {
            entry.channel->queue_of(&entry).erase(&entry);
        }
    }
}

template <typename T>
bool Channel<T>::close() {
    if (closed_) {
        return false;
    }
    closed_ = true;
    while (producers_.head != nullptr) {
        fire(producers_.head, ChannelStatus::kClosed);
    }
    while (consumers_.head != nullptr) {
        fire(consumers_.head, ChannelStatus::kClosed);
    }
    return true;
}

template <typename T>
typename Channel<T>::Selected Channel<T>::select(Op* ops, size_t count, double timeout) {
    // First, an op that can complete now, pops before pushes in the order given.
    for (size_t i = 0; i < count; ++i) {
        Op& op = ops[i];
        if (op.push ? op.channel->try_push(op.value) : op.channel->try_pop(&op.value)) {
            return {ChannelStatus::kOk, i};
        }
        if (op.channel->closed_) {
            return {ChannelStatus::kClosed, i};
        }
    }
    if (timeout == 0 || count == 0) {
        return {ChannelStatus::kTimeout, 0};
    }
    return block(ops, count, timeout);
}

template <typename T>
ChannelStatus Channel<T>::status_of(WakeReason reason, const Wait* wait) {
    switch (reason) {
        case WakeReason::kDone:
            return wait->status;
        case WakeReason::kTimeout:
            return ChannelStatus::kTimeout;
        case WakeReason::kCanceled:
            return ChannelStatus::kCanceled;
        case WakeReason::kDeadlock:
            return ChannelStatus::kDeadlock;
        case WakeReason::kAborted:
        case WakeReason::kWaiting:
            break;
    }
    return ChannelStatus::kAborted;
}

template <typename T>
ChannelStatus Channel<T>::wait_one(bool push, T* value, double timeout) {
    Wait* wait = channel_detail::WaitPool<T>::acquire(1);
    wait->forget = forget;
    wait->release = release;
    wait->kind = push ? WaitKind::kChannelPush : WaitKind::kChannelPop;
    wait->detail = tag_;
    Entry& entry = wait->single;
    entry.channel = this;
    entry.wait = wait;
    entry.push = push;
    if (push) {
        entry.value = std::move(*value);
    }
    queue_of(&entry).push_back(&entry);
    const WakeReason reason = scheduler::wait(wait, timeout);
    if (reason == WakeReason::kDeadlock || reason == WakeReason::kAborted) {
        unlink_all(wait);  // the main context stopped waiting, and nothing unlinked it
    }
    const ChannelStatus status = status_of(reason, wait);
    // A push gets its value back unless it was sent; a pop takes the value it received.
    if (push != (status == ChannelStatus::kOk)) {
        *value = std::move(entry.value);
    }
    channel_detail::WaitPool<T>::release(wait);
    return status;
}

template <typename T>
typename Channel<T>::Selected Channel<T>::block(Op* ops, size_t count, double timeout) {
    Wait* wait = channel_detail::WaitPool<T>::acquire(count);
    wait->forget = forget;
    wait->release = release;
    wait->kind = WaitKind::kChannelSelect;
    wait->detail = static_cast<int64_t>(count);
    for (size_t i = 0; i < count; ++i) {
        Entry& entry = wait->entries[i];
        entry.channel = ops[i].channel;
        entry.wait = wait;
        entry.push = ops[i].push;
        if (entry.push) {
            entry.value = std::move(ops[i].value);
        }
        entry.channel->queue_of(&entry).push_back(&entry);
    }
    const WakeReason reason = scheduler::wait(wait, timeout);
    if (reason == WakeReason::kDeadlock || reason == WakeReason::kAborted) {
        unlink_all(wait);  // the main context stopped waiting, and nothing unlinked it
    }
    Selected selected{status_of(reason, wait), 0};
    if (reason == WakeReason::kDone) {
        selected.index = static_cast<size_t>(wait->fired - wait->entries);
    }
    // Hand back the values not sent, and the value received.
    const bool completed = reason == WakeReason::kDone && wait->status == ChannelStatus::kOk;
    for (size_t i = 0; i < count; ++i) {
        Entry& entry = wait->entries[i];
        const bool moved = completed && wait->fired == &entry;  // sent by a push, or received by a pop
        if (entry.push != moved) {
            ops[i].value = std::move(entry.value);
        }
    }
    channel_detail::WaitPool<T>::release(wait);
    return selected;
}

}  // namespace study

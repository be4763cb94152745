// SPDX-License-Identifier: MIT
// The sockets' epoll set (include/study/netpoll.h). libuv's poll handles cost a socket six epoll_ctl() calls and an
// ioctl() over its life (uv_poll_init() adds and removes the descriptor to check it, every uv_poll_start() removes it
// before it adds it again, and a stop and a close remove it twice); here a socket costs one epoll_ctl(), at its first
// wait, and none at close.
#include "study/netpoll.h"

#include <fcntl.h>
#include <pthread.h>
#include <sys/epoll.h>
#include <unistd.h>
#include <uv.h>

#include <cerrno>
#include <vector>

#include "../event/epoll_arm.h"
#include "study/scheduler.h"

namespace study {
namespace netpoll {
namespace {

// One slot of the table. A report carries the slot's index and generation as its data, never the owner's address:
// the kernel may still hold a report for a descriptor whose socket is gone (its descriptor lives on in a dup() or
// in a child process that inherited it, and keeps reporting after the socket closed its own; or an owner gave its
// slot up in a callback of an earlier report of the same batch). Such a report finds the slot free or taken again
// under a newer generation and is dropped, where a pointer would reach freed memory, or a new socket that happens to
// live at the same address. A generation wraps around after 2^32 uses of one slot, far beyond what a stale
// registration outlives.
struct Slot {
    void* owner = nullptr;
    ReadyCallback callback = nullptr;
    uint32_t generation = 0;
    bool registered = false;  // in the epoll set under this generation
};

struct State {
    int epoll_fd = -1;
    uv_poll_t* poll = nullptr;     // the loop's watch of epoll_fd
    uint64_t poll_generation = 0;  // scheduler::generation() it was made in
    std::vector<Slot> slots;
    std::vector<uint32_t> free_slots;
    uint64_t holds = 0;  // waiters now
    uint64_t registrations = 0;
};

State g;

constexpr int kBatch = 256;
constexpr int kMaxBatches = 16;
// Both directions at once, edge-triggered: a registration never changes, so it costs no epoll_ctl() after the first.
constexpr uint32_t kEvents = EPOLLIN | EPOLLOUT | EPOLLRDHUP | EPOLLET;

bool poll_live() { return g.poll != nullptr && g.poll_generation == scheduler::generation(); }

// Takes what the set reports and hands it to the owners. A report whose slot was given up (or taken again) since the
// kernel queued it is dropped: see Slot. The slot is looked up for each report, so an owner a callback gave up
// meanwhile is never reached (the callbacks only queue wake-ups today, but nothing here depends on that).
void dispatch(const epoll_event* events, int count) {
    for (int i = 0; i < count; i++) {
        const auto index = static_cast<uint32_t>(events[i].data.u64);
        const auto generation = static_cast<uint32_t>(events[i].data.u64 >> 32);
        if (index >= g.slots.size() || g.slots[index].generation != generation || g.slots[index].owner == nullptr) {
            continue;
        }
        const Slot slot = g.slots[index];  // a copy: a callback may grow the table
        slot.callback(slot.owner, events[i].events);
    }
}

// Everything ready now, in one turn of the loop (a few batches at most), so that the waiters it wakes all run before
// the loop is polled again, as they would if libuv watched their sockets itself.
void on_set_ready(uv_poll_t*, int, int) {
    epoll_event events[kBatch];
    for (int batch = 0; batch < kMaxBatches; batch++) {
        int count;
        do {
            count = epoll_wait(g.epoll_fd, events, kBatch, 0);
        } while (count < 0 && errno == EINTR);
        dispatch(events, count);
        if (count < kBatch) {
            break;
        }
    }
}

// A child process made by fork() must not share the parent's epoll set (each would take the other's reports): it
// gets an empty one under the same number, so the loop's poll handle of it stays valid (uv_loop_fork() registers it
// again, as for process.cc's set), and every socket registers again at its next wait.
void renew_set_in_child() {
    if (g.epoll_fd < 0) {
        return;
    }
    const int fresh = epoll_create1(EPOLL_CLOEXEC);
    if (fresh >= 0) {
        dup3(fresh, g.epoll_fd, O_CLOEXEC);
        close(fresh);
    }
    for (Slot& slot : g.slots) {
        slot.registered = false;
    }
}

// The set, and the loop's watch of it in the loop's current generation (a reset of the loop closed the last one).
bool ensure_set() {
    if (g.epoll_fd < 0) {
        g.epoll_fd = epoll_create1(EPOLL_CLOEXEC);
        if (g.epoll_fd < 0) {
            return false;
        }
        static const bool at_fork = pthread_atfork(nullptr, nullptr, renew_set_in_child) == 0;
        (void)at_fork;
    }
    if (poll_live()) {
        return true;
    }
    delete g.poll;  // closed by the reset of the loop, if any
    g.poll = nullptr;
    auto* poll = new uv_poll_t;
    int status = uv_poll_init(scheduler::uv_loop(), poll, g.epoll_fd);
    if (status != 0) {
        delete poll;
        errno = -status;
        return false;
    }
    status = uv_poll_start(poll, UV_READABLE, on_set_ready);
    if (status != 0) {
        uv_close(reinterpret_cast<uv_handle_t*>(poll),
                 [](uv_handle_t* closed) { delete reinterpret_cast<uv_poll_t*>(closed); });
        errno = -status;
        return false;
    }
    // Only a waiter keeps the loop alive: a socket that is registered but has nobody waiting must not.
    if (g.holds == 0) {
        uv_unref(reinterpret_cast<uv_handle_t*>(poll));
    }
    g.poll = poll;
    g.poll_generation = scheduler::generation();
    return true;
}

uint32_t take_slot(void* owner, ReadyCallback callback) {
    uint32_t index;
    if (!g.free_slots.empty()) {
        index = g.free_slots.back();
        g.free_slots.pop_back();
    } else {
        index = static_cast<uint32_t>(g.slots.size());
        g.slots.emplace_back();
    }
    Slot& slot = g.slots[index];
    slot.owner = owner;
    slot.callback = callback;
    slot.registered = false;
    return index;
}

}  // namespace

int watch(uint32_t* slot, int fd, void* owner, ReadyCallback callback) {
    if (!ensure_set()) {
        return -1;
    }
    if (*slot == kNoSlot) {
        *slot = take_slot(owner, callback);
    }
    Slot& entry = g.slots[*slot];
    if (entry.registered) {
        return 0;
    }
    epoll_event event{};
    event.events = kEvents;
    event.data.u64 = (uint64_t{entry.generation} << 32) | *slot;
    // EEXIST: the same open file under the same number is in the set already, registered by an owner that is gone
    // while the descriptor stayed open (handed over by detach() when its removal failed); it becomes this slot's.
    if (epoll_arm(g.epoll_fd, fd, false, &event) != 0) {
        return -1;
    }
    entry.registered = true;
    g.registrations++;
    return 1;
}

void release(uint32_t* slot) {
    if (*slot == kNoSlot) {
        return;
    }
    Slot& entry = g.slots[*slot];
    entry.owner = nullptr;
    entry.callback = nullptr;
    entry.registered = false;
    entry.generation++;  // reports queued for the old generation are dropped
    g.free_slots.push_back(*slot);
    *slot = kNoSlot;
}

void forget(uint32_t* slot, int fd) {
    if (*slot != kNoSlot && g.slots[*slot].registered && g.epoll_fd >= 0) {
        // The descriptor stays open, so closing it later would not take it out of the set; a failure leaves a
        // registration whose reports are dropped (the slot's generation changes below).
        epoll_ctl(g.epoll_fd, EPOLL_CTL_DEL, fd, nullptr);
    }
    release(slot);
}

void hold() {
    if (g.holds++ == 0 && poll_live()) {
        uv_ref(reinterpret_cast<uv_handle_t*>(g.poll));
    }
}

void unhold() {
    if (g.holds > 0 && --g.holds == 0 && poll_live()) {
        uv_unref(reinterpret_cast<uv_handle_t*>(g.poll));
    }
}

uint64_t registrations() { return g.registrations; }

int epoll_descriptor() { return g.epoll_fd; }

}  // namespace netpoll
}  // namespace study

// SPDX-License-Identifier: MIT
// The sockets' epoll set (include/study/netpoll.h). libuv's poll handles cost a socket six epoll_ctl() calls and an
// ioctl() over its life (uv_poll_init() adds and removes the descriptor to check it, every uv_poll_start() removes it
// before it adds it again, and a stop and a close remove it twice); here a socket costs one epoll_ctl(), at its first
// wait, and none at close.
#include "study/netpoll.h"

#include <sys/epoll.h>

#include <cerrno>
#include <vector>

#include "../event/epoll_set.h"

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

void dispatch(const epoll_event* events, int count);
void forget_registrations();

struct State {
    EpollSet set{dispatch, forget_registrations};
    std::vector<Slot> slots;
    std::vector<uint32_t> free_slots;
    uint64_t registrations = 0;
};

State g;

// Both directions at once, edge-triggered: a registration never changes, so it costs no epoll_ctl() after the first.
constexpr uint32_t kEvents = EPOLLIN | EPOLLOUT | EPOLLRDHUP | EPOLLET;

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

// In a child made by fork(), the set is a new, empty one: every socket registers again at its next wait.
void forget_registrations() {
    for (Slot& slot : g.slots) {
        slot.registered = false;
    }
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
    if (const int error = g.set.open()) {
        errno = error;
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
    if (const int error = g.set.arm(fd, false, &event)) {
        errno = error;
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
    if (*slot != kNoSlot && g.slots[*slot].registered) {
        // The descriptor stays open, so closing it later would not take it out of the set; a failure leaves a
        // registration whose reports are dropped (the slot's generation changes below).
        g.set.remove(fd);
    }
    release(slot);
}

void hold() { g.set.hold(); }

void unhold() { g.set.unhold(); }

uint64_t registrations() { return g.registrations; }

int epoll_descriptor() { return g.set.descriptor(); }

}  // namespace netpoll
}  // namespace study

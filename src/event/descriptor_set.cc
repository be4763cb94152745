// SPDX-License-Identifier: MIT
// Readiness of descriptors another library owns and names (include/study/descriptor_set.h).
#include "study/descriptor_set.h"

#include <poll.h>
#include <sys/epoll.h>

#include <cerrno>
#include <cstdint>

#include "epoll_set.h"
#include "study/coroutine.h"
#include "study/scheduler.h"
#include "study/socket.h"  // poll_for()

namespace study {

// One wait on a set, on the heap: the loop adds to `ready` while the waiter is suspended.
struct DescriptorSetWait : WaitPoint {
    DescriptorSet* set = nullptr;  // cleared when the wait is unlinked
    std::vector<DescriptorSet::Entry> ready;

    // Unlinks the wait from its set; the wait's `forget` too (timeout, cancel, a reset of the loop).
    static void forget_wait(WaitPoint* point);
    // The wait in progress on `set`, if any.
    static DescriptorSetWait* of(DescriptorSet* set);
};

namespace {

// What the core knows of one descriptor number.
struct Registration {
    DescriptorSet* owner = nullptr;  // the set that watches it now
    int events = 0;                  // what the owner watches it for (DescriptorSet::kRead | kWrite)
    size_t index = 0;                // its place in the owner's list
    uint32_t armed = 0;              // the epoll events it is armed for (one-shot); 0 once reported or named anew
    bool added = false;              // a file under this number was added to the epoll set
    uint64_t key = 0;                // the data of its last arming: a report with another one is stale
};

void on_ready(const epoll_event* events, int count);
void forget_arming();

struct Poller {
    EpollSet set{on_ready, forget_arming};  // held while waits run
    uint32_t sequence = 0;                  // the arming count, the high half of the keys
    std::vector<Registration> fds;          // by descriptor number
};

Poller g_poller;

Registration& registration(int fd) {
    if (static_cast<size_t>(fd) >= g_poller.fds.size()) {
        g_poller.fds.resize(static_cast<size_t>(fd) + 1);
    }
    return g_poller.fds[static_cast<size_t>(fd)];
}

uint32_t epoll_events_of(int events) {
    constexpr uint32_t kReadEvents = EPOLLIN | EPOLLRDHUP;
    constexpr uint32_t kWriteEvents = EPOLLOUT;
    return ((events & DescriptorSet::kRead) != 0 ? kReadEvents : 0u) |
           ((events & DescriptorSet::kWrite) != 0 ? kWriteEvents : 0u);
}

// What a report means for a descriptor watched for `wanted`: an error or a hang-up makes it ready for all of it.
int ready_events(uint32_t reported, int wanted) {
    if ((reported & (EPOLLERR | EPOLLHUP)) != 0) {
        return wanted;
    }
    const int events = ((reported & (EPOLLIN | EPOLLRDHUP)) != 0 ? DescriptorSet::kRead : 0) |
                       ((reported & EPOLLOUT) != 0 ? DescriptorSet::kWrite : 0);
    return events & wanted;
}

// Hands what the core's epoll set reports to the waits of the sets; a report nobody waits for is dropped (its
// descriptor is armed again by the next wait, and reported again if still ready: epoll checks the state then).
void on_ready(const epoll_event* events, int count) {
    for (int i = 0; i < count; i++) {
        const uint64_t key = events[i].data.u64;
        const auto fd = static_cast<size_t>(key & 0xffffffffu);
        if (fd >= g_poller.fds.size() || g_poller.fds[fd].key != key) {
            continue;  // stale: a registration armed again since, or one of a file that is gone
        }
        Registration& entry = g_poller.fds[fd];
        entry.armed = 0;  // one-shot: this report disarmed it
        DescriptorSet* owner = entry.owner;
        const int ready = owner != nullptr ? ready_events(events[i].events, entry.events) : 0;
        if (ready == 0) {
            continue;
        }
        if (DescriptorSetWait* wait = DescriptorSetWait::of(owner)) {
            wait->ready.push_back({static_cast<int>(fd), ready});
            scheduler::wake(wait, WakeReason::kDone);  // false when woken already: the list just grows
        }
    }
}

// In a child made by fork(), the set is a new, empty one: everything is armed again.
void forget_arming() {
    for (Registration& entry : g_poller.fds) {
        entry.added = false;
        entry.armed = 0;
    }
}

// Arms `fd` one-shot for what its owner watches it for, unless it is armed so already; 0 or epoll's errno.
int arm(int fd) {
    Registration& entry = g_poller.fds[static_cast<size_t>(fd)];
    const uint32_t wanted = epoll_events_of(entry.events);
    if (entry.armed == wanted) {
        return 0;
    }
    epoll_event event{};
    event.events = wanted | EPOLLONESHOT;
    event.data.u64 = (static_cast<uint64_t>(++g_poller.sequence) << 32) | static_cast<uint32_t>(fd);
    if (const int error = g_poller.set.arm(fd, entry.added, &event)) {
        return error;
    }
    entry.added = true;
    entry.armed = wanted;
    entry.key = event.data.u64;
    return 0;
}

// A wait where the running context may not suspend: poll() on the set's descriptors.
int wait_blocking(const std::vector<DescriptorSet::Entry>& watched, double timeout,
                  std::vector<DescriptorSet::Entry>* ready) {
    std::vector<pollfd> fds;
    fds.reserve(watched.size());
    for (const DescriptorSet::Entry& entry : watched) {
        fds.push_back({entry.fd,
                       static_cast<short>(((entry.events & DescriptorSet::kRead) != 0 ? POLLIN : 0) |
                                          ((entry.events & DescriptorSet::kWrite) != 0 ? POLLOUT : 0)),
                       0});
    }
    const int count = poll_for(fds.data(), fds.size(), timeout);
    if (count < 0) {
        return errno;
    }
    if (count == 0) {
        return ETIMEDOUT;
    }
    for (size_t i = 0; i < fds.size(); i++) {
        const short revents = fds[i].revents;
        if (revents == 0) {
            continue;
        }
        int events = ((revents & (POLLIN | POLLHUP)) != 0 ? DescriptorSet::kRead : 0) |
                     ((revents & POLLOUT) != 0 ? DescriptorSet::kWrite : 0);
        if ((revents & (POLLERR | POLLNVAL)) != 0) {
            events = watched[i].events;
        }
        ready->push_back({fds[i].fd, events & watched[i].events});
    }
    return 0;
}

}  // namespace

DescriptorSetWait* DescriptorSetWait::of(DescriptorSet* set) { return set->wait_; }

void DescriptorSetWait::forget_wait(WaitPoint* point) {
    auto* wait = static_cast<DescriptorSetWait*>(point);
    if (wait->set != nullptr) {
        wait->set->wait_ = nullptr;
        wait->set = nullptr;
        g_poller.set.unhold();
    }
}

DescriptorSet::~DescriptorSet() {
    for (int fd : fds_) {
        Registration& entry = g_poller.fds[static_cast<size_t>(fd)];
        entry.owner = nullptr;
        entry.events = 0;
        entry.armed = 0;
    }
    if (wait_ != nullptr) {
        DescriptorSetWait::forget_wait(wait_);
    }
}

void DescriptorSet::watch(int fd, int events) {
    if (fd < 0) {
        return;
    }
    events &= kRead | kWrite;
    if (events == 0) {
        remove(fd);
        return;
    }
    Registration& entry = registration(fd);
    if (entry.owner != this) {
        if (entry.owner != nullptr) {
            entry.owner->remove(fd);
        }
        entry.owner = this;
        entry.index = fds_.size();
        entry.armed = 0;  // named anew: maybe another file under the same number
        fds_.push_back(fd);
    } else if (entry.events == events) {
        return;
    }
    entry.events = events;
    if (wait_ != nullptr) {
        scheduler::wake(wait_, WakeReason::kDone);  // its waiter waits again, for what is watched now
    }
}

void DescriptorSet::unlink(int fd) {
    Registration& entry = g_poller.fds[static_cast<size_t>(fd)];
    const size_t index = entry.index;
    const int last = fds_.back();
    fds_[index] = last;
    g_poller.fds[static_cast<size_t>(last)].index = index;
    fds_.pop_back();
    entry.owner = nullptr;
    entry.events = 0;
    entry.armed = 0;  // when the number comes back it may be another file: armed again then
}

void DescriptorSet::remove(int fd) {
    if (fd < 0 || static_cast<size_t>(fd) >= g_poller.fds.size() ||
        g_poller.fds[static_cast<size_t>(fd)].owner != this) {
        return;
    }
    unlink(fd);
    if (wait_ != nullptr) {
        scheduler::wake(wait_, WakeReason::kDone);
    }
}

std::vector<DescriptorSet::Entry> DescriptorSet::watched() const {
    std::vector<Entry> entries;
    entries.reserve(fds_.size());
    for (int fd : fds_) {
        entries.push_back({fd, g_poller.fds[static_cast<size_t>(fd)].events});
    }
    return entries;
}

int DescriptorSet::wait(double timeout, std::vector<Entry>* ready) {
    ready->clear();
    if (wait_ != nullptr) {
        return EBUSY;
    }
    if (!scheduler::may_suspend() || g_poller.set.open() != 0) {
        return wait_blocking(watched(), timeout, ready);
    }
    for (int fd : fds_) {
        if (arm(fd) != 0) {
            ready->push_back({fd, g_poller.fds[static_cast<size_t>(fd)].events});
        }
    }
    if (!ready->empty()) {
        return 0;
    }
    auto* wait = new DescriptorSetWait;
    wait->set = this;
    wait->forget = DescriptorSetWait::forget_wait;
    wait->release = [](WaitPoint* point) {
        DescriptorSetWait::forget_wait(point);
        delete static_cast<DescriptorSetWait*>(point);
    };
    if (fds_.size() == 1) {
        const bool reads = (g_poller.fds[static_cast<size_t>(fds_[0])].events & kRead) != 0;
        wait->kind = reads ? WaitKind::kSocketRead : WaitKind::kSocketWrite;
        wait->detail = fds_[0];
    } else {
        wait->kind = WaitKind::kSocketSelect;
        wait->detail = static_cast<int64_t>(fds_.size());
    }
    wait_ = wait;
    g_poller.set.hold();
    const WakeReason reason = scheduler::wait(wait, timeout);
    DescriptorSetWait::forget_wait(wait);
    if (reason == WakeReason::kDone) {
        ready->swap(wait->ready);
    }
    delete wait;
    return reason == WakeReason::kDone ? 0 : errno_of(reason);
}

}  // namespace study

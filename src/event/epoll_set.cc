// SPDX-License-Identifier: MIT
// An epoll set of the core's own, watched by the loop with one poll handle (epoll_set.h).
#include "epoll_set.h"

#include <fcntl.h>
#include <pthread.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>

namespace study {
namespace {

// Reports taken per epoll_wait(), and the most batches one turn of the loop takes: everything ready now runs before
// the loop is polled again, as it would if libuv watched the descriptors itself, up to a bound.
constexpr int kBatch = 256;
constexpr int kMaxBatches = 16;

// The sets made so far in this process, for the fork handler: there are three owners.
constexpr int kMaxSets = 4;
EpollSet* g_sets[kMaxSets];
int g_set_count = 0;

}  // namespace

int EpollSet::open() {
    if (fd_ < 0) {
        if (g_set_count == kMaxSets) {
            std::abort();  // Each owner opens one set, so more sets than kMaxSets is a programming error.
        }
        fd_ = epoll_create1(EPOLL_CLOEXEC);
        if (fd_ < 0) {
            return errno;
        }
        g_sets[g_set_count++] = this;
        static const bool at_fork = pthread_atfork(nullptr, nullptr, renew_all_in_child) == 0;
        (void)at_fork;
    }
    return watch_.start(fd_);
}

int EpollSet::arm(int fd, bool added, epoll_event* event) {
    int status = epoll_ctl(fd_, added ? EPOLL_CTL_MOD : EPOLL_CTL_ADD, fd, event);
    if (status != 0 && (errno == ENOENT || errno == EEXIST)) {
        status = epoll_ctl(fd_, errno == ENOENT ? EPOLL_CTL_ADD : EPOLL_CTL_MOD, fd, event);
    }
    return status != 0 ? errno : 0;
}

void EpollSet::remove(int fd) {
    if (fd_ >= 0) {
        epoll_ctl(fd_, EPOLL_CTL_DEL, fd, nullptr);
    }
}

void EpollSet::hold() {
    if (holds_++ == 0) {
        watch_.keep_loop_alive(true);
    }
}

void EpollSet::unhold() {
    if (holds_ > 0 && --holds_ == 0) {
        watch_.keep_loop_alive(false);
    }
}

void EpollSet::drain(void* data) {
    auto* set = static_cast<EpollSet*>(data);
    epoll_event events[kBatch];
    for (int batch = 0; batch < kMaxBatches; batch++) {
        int count;
        do {
            count = epoll_wait(set->fd_, events, kBatch, 0);
        } while (count < 0 && errno == EINTR);
        if (count <= 0) {
            break;
        }
        set->dispatch_(events, count);
        if (count < kBatch) {
            break;
        }
    }
}

void EpollSet::renew_all_in_child() {
    for (int i = 0; i < g_set_count; i++) {
        EpollSet* set = g_sets[i];
        const int fresh = epoll_create1(EPOLL_CLOEXEC);
        if (fresh < 0) {
            continue;
        }
        dup3(fresh, set->fd_, O_CLOEXEC);
        close(fresh);
        set->renewed_();
    }
}

}  // namespace study

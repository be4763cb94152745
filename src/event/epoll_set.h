// SPDX-License-Identifier: MIT
#pragma once

#include <sys/epoll.h>

#include <cstdint>

#include "loop_watch.h"

namespace study {

// An epoll set of the core's own, which the loop watches with one libuv poll handle. libuv's poll handles cost a
// descriptor six epoll_ctl() calls and an ioctl() over its life, and make it non-blocking, for every process that
// shares it. Three owners each keep one and read its reports their own way: netpoll (the core's sockets),
// DescriptorSet (descriptors libcurl names) and process.cc's waits (pipes, pidfds, PHP's streams).
//
// The set is made at the first open() and kept; the loop watches it with a LoopWatch (a poll handle made again in each
// generation of the loop), which keeps the loop alive only while the owner holds the set (waits in progress). In a
// child made by fork() the set is replaced by an empty one under the same number, so that the handle stays valid
// (uv_loop_fork() registers it again) and neither process takes the other's reports; the owner's `renewed` then forgets
// what it had added, and adds it again as waits come.
class EpollSet {
public:
    // Every report of one turn of the loop goes to `dispatch`, in batches.
    using Dispatch = void (*)(const epoll_event* events, int count);

    constexpr EpollSet(Dispatch dispatch, void (*renewed)())
        : dispatch_(dispatch), renewed_(renewed), watch_(drain, this) {}
    EpollSet(const EpollSet&) = delete;
    EpollSet& operator=(const EpollSet&) = delete;

    // The set, and the loop's handle of it in the loop's current generation: 0 or an errno.
    int open();
    int descriptor() const { return fd_; }
    // Arms `fd` with `event`: EPOLL_CTL_MOD when the owner added it before (`added`), else EPOLL_CTL_ADD. When the
    // kernel disagrees, the other operation: ENOENT, the descriptor is gone from the set (its file was closed and the
    // number is another file's now); EEXIST, it is there already (a file added before and kept alive by another
    // descriptor). 0, or epoll_ctl()'s errno.
    int arm(int fd, bool added, epoll_event* event);
    // Takes `fd` out of the set. A failure is ignored: a closed descriptor has left the set already, or stays in it
    // (its file open elsewhere) and its reports are stale, which the owner's data in them tells.
    void remove(int fd);
    // A wait starts or ends: the loop stays alive while any is held.
    void hold();
    void unhold();

private:
    static void drain(void* set);
    static void renew_all_in_child();

    Dispatch dispatch_;   // the owner's reader of the reports
    void (*renewed_)();   // the owner forgets what it added: the set was replaced by an empty one (after fork())
    LoopWatch watch_;     // the loop's watch of fd_
    int fd_ = -1;         // the set, once open() made it
    uint64_t holds_ = 0;  // hold() minus unhold(): the waits in progress, which keep the loop alive
};

}  // namespace study

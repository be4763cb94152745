// SPDX-License-Identifier: MIT
// Readiness of shared descriptors and the exit of children (include/study/process.h). Each wait has its own libuv
// poll handle, created for the wait and closed after it: these descriptors belong to PHP streams the core does not
// track, so no handle may outlive the wait (the descriptor may be closed and its number reused next).
#include "study/process.h"

#include <poll.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
#include <uv.h>

#include <cerrno>

#include "study/coroutine.h"
#include "study/scheduler.h"

namespace study {
namespace {

// A wait and its poll handle, on the heap: the loop reaches both while the waiter is suspended.
struct FdWait : WaitPoint {
    uv_poll_t* poll = nullptr;  // its own allocation: libuv frees it only after the close callback
};

// Stops watching; the handle is freed by libuv's close callback. Also the wait's `forget` (a cancel, the timeout, a
// reset of the loop), so nothing can fire into the wait afterwards.
void stop_watching(WaitPoint* point) {
    auto* wait = static_cast<FdWait*>(point);
    if (wait->poll == nullptr) {
        return;
    }
    uv_poll_t* poll = wait->poll;
    wait->poll = nullptr;
    poll->data = nullptr;
    if (!uv_is_closing(reinterpret_cast<uv_handle_t*>(poll))) {
        uv_poll_stop(poll);
        uv_close(reinterpret_cast<uv_handle_t*>(poll),
                 [](uv_handle_t* handle) { delete reinterpret_cast<uv_poll_t*>(handle); });
    }
}

void on_ready(uv_poll_t* poll, int, int) {
    auto* wait = static_cast<FdWait*>(poll->data);
    if (wait == nullptr) {
        return;
    }
    stop_watching(wait);
    scheduler::wake(wait, WakeReason::kDone);
}

int error_of(WakeReason reason) {
    switch (reason) {
        case WakeReason::kDone:
            return 0;
        case WakeReason::kTimeout:
            return ETIMEDOUT;
        case WakeReason::kCanceled:
            return ECANCELED;
        case WakeReason::kDeadlock:
            return EDEADLK;
        default:
            return EINTR;
    }
}

// poll() on one descriptor, again after EINTR, within `timeout` seconds (negative: no limit). True when ready.
bool poll_blocking(int fd, bool write, double timeout) {
    const Deadline deadline(timeout);
    for (;;) {
        pollfd probe = {fd, static_cast<short>(write ? POLLOUT : POLLIN), 0};
        const double left = deadline.remaining();
        const int ms = left < 0 ? -1 : static_cast<int>(left * 1000 + 0.999);
        const int ready = ::poll(&probe, 1, ms);
        if (ready > 0 || (ready < 0 && errno != EINTR)) {
            return true;  // an error on the descriptor shows in the caller's own call
        }
        if (ready == 0 && left >= 0 && deadline.remaining() == 0) {
            return false;
        }
    }
}

int wait_fd_suspending(int fd, bool write, double timeout) {
    auto* poll = new uv_poll_t;
    const int status = uv_poll_init(scheduler::uv_loop(), poll, fd);
    if (status != 0) {
        delete poll;
        return status == UV_EEXIST ? EBUSY : -status;
    }
    auto* wait = new FdWait;
    wait->poll = poll;
    wait->forget = stop_watching;
    wait->release = [](WaitPoint* point) { delete static_cast<FdWait*>(point); };
    poll->data = wait;
    uv_poll_start(poll, write ? UV_WRITABLE : (UV_READABLE | UV_DISCONNECT), on_ready);
    const WakeReason reason = scheduler::wait(wait, timeout);
    stop_watching(wait);
    delete wait;
    return error_of(reason);
}

// Whether the child has ended, without reaping it; true also when it is not (or no longer) a child.
bool child_ended(pid_t pid) {
    siginfo_t info{};
    if (::waitid(P_PID, static_cast<id_t>(pid), &info, WEXITED | WNOHANG | WNOWAIT) != 0) {
        return errno != EINTR;
    }
    return info.si_pid != 0;
}

}  // namespace

bool fd_ready(int fd, bool write) {
    pollfd probe = {fd, static_cast<short>(write ? POLLOUT : POLLIN), 0};
    int ready;
    do {
        ready = ::poll(&probe, 1, 0);
    } while (ready < 0 && errno == EINTR);
    return ready != 0;
}

int wait_fd(int fd, bool write, double timeout) {
    if (fd_ready(fd, write)) {
        return 0;
    }
    if (timeout == 0) {
        return ETIMEDOUT;
    }
    if (!scheduler::may_suspend()) {
        return poll_blocking(fd, write, timeout) ? 0 : ETIMEDOUT;
    }
    return wait_fd_suspending(fd, write, timeout);
}

int wait_child_exit(pid_t pid, double timeout) {
    if (child_ended(pid)) {
        return 0;
    }
#ifdef SYS_pidfd_open
    const int pidfd = static_cast<int>(::syscall(SYS_pidfd_open, pid, 0));
    if (pidfd >= 0) {
        const int error = wait_fd(pidfd, false, timeout);
        ::close(pidfd);
        return error;
    }
#endif
    const Deadline deadline(timeout);
    while (!child_ended(pid)) {
        const double left = deadline.remaining();
        if (left == 0) {
            return ETIMEDOUT;
        }
        const WakeReason reason = scheduler::sleep(left > 0 && left < 0.01 ? left : 0.01);
        if (reason != WakeReason::kTimeout && reason != WakeReason::kDone) {
            return error_of(reason);
        }
    }
    return 0;
}

}  // namespace study

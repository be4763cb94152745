// SPDX-License-Identifier: MIT
#pragma once

#include <sys/epoll.h>

#include <cerrno>

namespace study {

// Arms `fd` in the epoll set `epoll_fd` with `event`: EPOLL_CTL_MOD when this registration added it before, else
// EPOLL_CTL_ADD. When the kernel disagrees, the other operation: ENOENT, the descriptor is gone from the set (its file
// was closed and the number is another file's now); EEXIST, it is there already (a file added before and kept alive
// by another descriptor). 0, or epoll_ctl()'s errno.
inline int epoll_arm(int epoll_fd, int fd, bool added, epoll_event* event) {
    int status = epoll_ctl(epoll_fd, added ? EPOLL_CTL_MOD : EPOLL_CTL_ADD, fd, event);
    if (status != 0 && (errno == ENOENT || errno == EEXIST)) {
        status = epoll_ctl(epoll_fd, errno == ENOENT ? EPOLL_CTL_ADD : EPOLL_CTL_MOD, fd, event);
    }
    return status != 0 ? errno : 0;
}

}  // namespace study

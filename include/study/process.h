// SPDX-License-Identifier: MIT
#pragma once

#include <sys/types.h>

#include <cstddef>
#include <cstdint>

namespace study {

// Readiness of descriptors the core does not own (pipes, FIFOs, terminals shared with other processes), and the exit
// of child processes, as coroutine waits. Nothing here changes the descriptor (it stays blocking, as other processes
// sharing it expect): a caller waits until the descriptor is ready and then makes its own blocking call, which then
// cannot block (data or the end of the stream is there to read; a write of at most PIPE_BUF bytes fits).
//
// Timeouts as everywhere: negative waits without limit, 0 does not wait. Where the running context may not suspend
// (scheduler::may_suspend()), the waits block the thread in poll() instead, with the same results.
//
// Each returns 0 when ready, or an errno value: ETIMEDOUT, ECANCELED (the coroutine was canceled), EBUSY (another
// wait waits for the same readiness of the descriptor already; a reader and a writer may wait at once), EPERM (the
// kernel cannot watch it: a regular file), EINTR (the main context stopped waiting: an exit or error is pending),
// EDEADLK (the main context waited, and nothing could ever wake it).

// Whether `fd` is ready now for reading (data, the end of the stream, an error) or writing, without waiting.
bool fd_ready(int fd, bool write);

// Waits until `fd` is ready for reading or writing. While a coroutine waits, *id (when given) holds an id for
// end_fd_wait() (0 otherwise: the wait did not suspend, or it ended).
// `shared` waits queue behind each other instead of failing with EBUSY: a report of readiness wakes the first, and
// the next one the report after (while the readiness lasts). Only for callers that try again without blocking when
// what woke them was taken by another waiter first (the sockets extension's hooks); pipes' callers make PHP's own
// blocking call after the wait, and keep the default.
int wait_fd(int fd, bool write, double timeout, uint64_t* id = nullptr, bool shared = false);
// Ends a suspended wait at once, making it return `error` (EBADF: its descriptor is being closed). False when there
// is no such wait any more.
bool end_fd_wait(uint64_t id, int error);

// Ends every suspended wait on `fd` at once, each returning `error` (EBADF: the descriptor is about to be closed,
// which would leave them waiting forever: epoll forgets a closed file). Returns how many were woken.
size_t end_fd_waits(int fd, int error);

// What wait_any_fd() watches: one descriptor, for reading or for writing, or for out-of-band data.
struct FdInterest {
    int fd;
    bool write;
    bool urgent = false;  // out-of-band data (select()'s except set) instead; `write` is ignored then
};
// Whether one of the descriptors is ready now, without waiting.
bool any_fd_ready(const FdInterest* interests, size_t count);
// Waits until one of the descriptors is ready (stream_select() on pipes, socket_select()). A descriptor may be
// listed once for each kind of readiness (a second entry for the same one fails with EBUSY).
int wait_any_fd(const FdInterest* interests, size_t count, double timeout, uint64_t* id = nullptr, bool shared = false);

// Regular files, which epoll cannot watch (the waits above fail with EPERM for them): a read waits only when the page
// cache does not hold its data, and then for the disk.
//
// Reads up to `count` bytes at the descriptor's offset, advancing it, only if the page cache holds them (preadv2()
// with RWF_NOWAIT). Returns what read(2) returns: the bytes read (fewer when only those were cached; 0 at the end of
// the file), or -1 with errno: EAGAIN when the first bytes must come from the disk (nothing is read then), EOPNOTSUPP
// or EINVAL where the kernel or the file system cannot tell, or the read's own error.
ssize_t read_if_cached(int fd, void* buffer, size_t count);
// Waits while libuv's thread pool reads `count` bytes of `fd` from `offset` into the page cache, so that
// read_if_cached() finds them (unless memory pressure evicts them first). The pool reads from a duplicate of `fd`
// into a buffer of its own, which it throws away: closing `fd` meanwhile is safe, and end_fd_wait(*id, EBADF) ends the
// wait at once. 0 (also for a read error, which the caller's own read then reports), or ECANCELED, EINTR, EDEADLK or
// EBADF as the waits above; where the running context may not suspend, 0 at once (the caller's read blocks).
int wait_file_cached(int fd, int64_t offset, size_t count, uint64_t* id = nullptr);

// Waits until the child process `pid` has ended, without reaping it: a waitpid() after it returns at once. Uses a
// pidfd (Linux 5.3 and later), which leaves the child to whoever reaps it (no SIGCHLD handler, so PHP's own
// waitpid() keeps working); older kernels look with waitid(WNOWAIT) every 10 ms. 0 also when `pid` is not a child
// of this process (the caller's waitpid() reports that).
int wait_child_exit(pid_t pid, double timeout);

}  // namespace study

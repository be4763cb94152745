// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <vector>

namespace study {

struct DescriptorSetWait;

// Readiness of descriptors that another library owns and names one at a time, as libcurl's multi-socket API does
// (CURLMOPT_SOCKETFUNCTION): the library says which descriptor to watch and for what, and when to stop, after which it
// may close the descriptor without saying so, or keep it open (a connection kept alive) and name it again later. The
// set's user waits as a coroutine until one of them is ready.
//
// All sets share one epoll instance of the core, which the loop watches with one poll handle. A descriptor is armed
// one-shot, by the wait that needs it (one epoll_ctl()), and only when it is not armed for what is wanted already: it
// was reported since, it was named anew, or what it is watched for changed. Nothing is unregistered when a descriptor
// leaves its set: the kernel forgets a registration when its file is closed, and a number that comes back is armed
// with MOD, or ADD when the kernel says the file is a new one. A reported readiness carries the key of the arming that
// asked for it, so a late report from a registration that is gone (its file lives on in a child process) is ignored.
// A keep-alive connection that leaves and comes back once per request so costs one system call per wait, where a libuv
// poll handle per descriptor costs six (uv_poll_init() probes with an epoll_ctl() pair and an ioctl(); every
// uv_poll_start(), uv_poll_stop() and uv_close() unregisters the descriptor, and the handle must be closed before
// the library closes the descriptor).
//
// One coroutine waits on a set at a time. Where the running context may not suspend (scheduler::may_suspend()), a
// wait blocks in poll() with the same results. A child process made by fork() gets an empty epoll set of its own.
class DescriptorSet {
public:
    static constexpr int kRead = 1;
    static constexpr int kWrite = 2;
    // A descriptor and what it is watched for, or what a wait found it ready for (kRead, kWrite or both; an error or
    // a hang-up counts as ready for what it is watched for, and the library's own call meets it).
    struct Entry {
        int fd;
        int events;
    };

    DescriptorSet() = default;
    // Its descriptors are forgotten, not closed. A wait still registered on it (its coroutine abandoned) is unlinked.
    ~DescriptorSet();
    DescriptorSet(const DescriptorSet&) = delete;
    DescriptorSet& operator=(const DescriptorSet&) = delete;

    // Watches `fd` for `events` (kRead, kWrite or both; 0 is remove()) from the next wait on. A descriptor another set
    // watches passes to this one (the other's library closed it without saying, and the number came back). A change
    // while a wait is in progress wakes it, with nothing ready, so that its waiter waits again for the new events.
    void watch(int fd, int events);
    // Stops watching `fd`: its owner may close it next. Wakes a wait in progress, with nothing ready.
    void remove(int fd);
    size_t size() const { return fds_.size(); }
    // The descriptors and what each is watched for.
    std::vector<Entry> watched() const;

    // Waits until one of the descriptors is ready for what it is watched for, `timeout` seconds pass (negative: no
    // limit; an empty set waits for the timeout only), or watch()/remove() change the set. 0 with *ready holding the
    // descriptors found ready (empty after a change of the set); a descriptor epoll refuses (closed without remove():
    // EBADF; a regular file: EPERM) is returned as ready at once, for the library's own call to meet the error.
    // Otherwise ETIMEDOUT, or the errno of how the wait ended (errno_of(): ECANCELED, EINTR, EDEADLK); EBUSY when
    // another coroutine waits on the set already. When the core's epoll set cannot be made (no descriptor left), the
    // wait blocks in poll() as where the context may not suspend; an error of poll() is returned then.
    // *ready belongs to the caller: the wait collects into its own heap object and hands the result over when it ends.
    int wait(double timeout, std::vector<Entry>* ready);

private:
    friend struct DescriptorSetWait;
    void unlink(int fd);

    std::vector<int> fds_;               // the watched descriptors, in no order
    DescriptorSetWait* wait_ = nullptr;  // the wait in progress (heap), if any
};

}  // namespace study

// SPDX-License-Identifier: MIT
// Readiness of shared descriptors and the exit of children (include/study/process.h). Each wait has its own libuv
// poll handle, created for the wait and closed after it: these descriptors belong to PHP streams the core does not
// track, so no handle may outlive the wait (the descriptor may be closed and its number reused next).
#include "study/process.h"

#include <fcntl.h>
#include <poll.h>
#include <sys/epoll.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <unistd.h>
#include <uv.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <unordered_map>
#include <vector>

#include "../context/valgrind_support.h"
#include "../event/epoll_set.h"
#include "study/coroutine.h"
#include "study/scheduler.h"

namespace study {
namespace {

// Descriptors are watched through one epoll instance of the core, which the loop watches with a single poll
// handle: libuv's own poll handles would make each descriptor non-blocking (uv_poll_init() does), which changes it
// for every process sharing it. epoll takes one registration per descriptor, so each watched descriptor has one
// `FdWatch` with the waits on it (a reader and a writer at once: a socket of the sockets extension is read and
// written by two coroutines), armed one-shot with the union of what they wait for, and armed again after each
// report while waits remain. A registration is named by a key, never by a pointer or the descriptor's number: a
// descriptor closed while registered may stay in the epoll set (its file lives on in another process) and report
// once more, for a registration that is gone.
struct FdWait;

struct FdEntry {
    FdWait* wait;
    uint32_t events;  // EPOLLIN | EPOLLRDHUP, EPOLLOUT or EPOLLPRI
};

struct FdWatch {
    uint64_t key = 0;
    bool added = false;            // in the epoll set
    std::vector<FdEntry> entries;  // first come, first woken
};

struct FdWait : WaitPoint {
    uint64_t id = 0;
    bool shared = false;   // queues behind other shared waits for the same readiness instead of failing with EBUSY
    std::vector<int> fds;  // descriptors it has entries on
    int result = 0;        // what a wake by end_fd_wait() returns
};

void on_epoll_ready(const epoll_event* events, int count);
void forget_added();

struct Watcher {
    EpollSet set{on_epoll_ready, forget_added};  // held while any wait is registered
    uint64_t last_id = 0;                        // waits and registrations take their ids from it
    std::unordered_map<uint64_t, FdWait*> waits;
    std::unordered_map<int, FdWatch> watches;  // by descriptor
    std::unordered_map<uint64_t, int> keys;    // registration key -> descriptor
};

Watcher g_watcher;

constexpr uint32_t kReadEvents = EPOLLIN | EPOLLRDHUP;

// Registers the descriptor for what its waits want now (one-shot), or removes it when none is left. 0 or an errno.
int arm(int fd) {
    auto found = g_watcher.watches.find(fd);
    if (found == g_watcher.watches.end()) {
        return 0;
    }
    FdWatch& watch = found->second;
    uint32_t events = 0;
    for (const FdEntry& entry : watch.entries) {
        events |= entry.events;
    }
    if (events == 0) {
        if (watch.added) {
            g_watcher.set.remove(fd);
        }
        g_watcher.keys.erase(watch.key);
        g_watcher.watches.erase(found);
        return 0;
    }
    epoll_event event{};
    event.events = events | EPOLLONESHOT;
    event.data.u64 = watch.key;
    if (const int error = g_watcher.set.arm(fd, watch.added, &event)) {
        return error;
    }
    watch.added = true;
    return 0;
}

// Unregisters the wait from every descriptor. Also the wait's `forget` (a cancel, the timeout, a reset of the loop).
void stop_watching(WaitPoint* point) {
    auto* wait = static_cast<FdWait*>(point);
    for (int fd : wait->fds) {
        auto found = g_watcher.watches.find(fd);
        if (found != g_watcher.watches.end()) {
            std::vector<FdEntry>& entries = found->second.entries;
            entries.erase(std::remove_if(entries.begin(), entries.end(),
                                         [wait](const FdEntry& entry) { return entry.wait == wait; }),
                          entries.end());
            arm(fd);
        }
    }
    wait->fds.clear();
    if (g_watcher.waits.erase(wait->id) > 0) {
        g_watcher.set.unhold();
    }
}

// Adds the wait's entry for one interest. EBUSY when another wait (or this one) waits for the same readiness of the
// descriptor already, unless both are shared.
int add_entry(FdWait* wait, const FdInterest& interest) {
    const uint32_t events = interest.urgent ? EPOLLPRI : interest.write ? EPOLLOUT : kReadEvents;
    auto found = g_watcher.watches.find(interest.fd);
    if (found == g_watcher.watches.end()) {
        found = g_watcher.watches.emplace(interest.fd, FdWatch{}).first;
        found->second.key = ++g_watcher.last_id;
        g_watcher.keys[found->second.key] = interest.fd;
    }
    for (const FdEntry& entry : found->second.entries) {
        if ((entry.events & events) != 0 && (entry.wait == wait || !wait->shared || !entry.wait->shared)) {
            return EBUSY;
        }
    }
    found->second.entries.push_back({wait, events});
    if (std::find(wait->fds.begin(), wait->fds.end(), interest.fd) == wait->fds.end()) {
        wait->fds.push_back(interest.fd);
    }
    return arm(interest.fd);
}

// The waits one report of a descriptor wakes: every one on an error or hang-up (they all see it in their own call),
// else the first waiting for each kind of readiness reported (the others are woken by the next report, if their
// readiness lasts after the first has run).
std::vector<FdWait*> woken_by(const FdWatch& watch, uint32_t reported) {
    std::vector<FdWait*> woken;
    const bool all = (reported & (EPOLLERR | EPOLLHUP)) != 0;
    for (const uint32_t kind : {kReadEvents, static_cast<uint32_t>(EPOLLOUT), static_cast<uint32_t>(EPOLLPRI)}) {
        for (const FdEntry& entry : watch.entries) {
            if ((entry.events & kind) != 0 && (all || (reported & kind) != 0)) {
                if (std::find(woken.begin(), woken.end(), entry.wait) == woken.end()) {
                    woken.push_back(entry.wait);
                }
                if (!all) {
                    break;
                }
            }
        }
    }
    return woken;
}

void on_epoll_ready(const epoll_event* events, int count) {
    for (int i = 0; i < count; i++) {
        auto key = g_watcher.keys.find(events[i].data.u64);
        if (key == g_watcher.keys.end()) {
            continue;  // a registration that is gone
        }
        const int fd = key->second;
        for (FdWait* wait : woken_by(g_watcher.watches[fd], events[i].events)) {
            stop_watching(wait);
            scheduler::wake(wait, WakeReason::kDone);
        }
        auto watch = g_watcher.watches.find(fd);
        if (watch != g_watcher.watches.end() && arm(fd) != 0) {
            // The descriptor cannot be watched any more (closed): the waits left see that in their own calls.
            for (FdWait* wait : woken_by(watch->second, EPOLLERR)) {
                stop_watching(wait);
                scheduler::wake(wait, WakeReason::kDone);
            }
        }
    }
}

// poll() on the descriptors, again after EINTR, within `timeout` seconds (negative: no limit). True when one is ready.
bool poll_blocking(std::vector<pollfd>& fds, double timeout) {
    const Deadline deadline(timeout);
    for (;;) {
        const double left = deadline.remaining();
        const int ms = left < 0 ? -1 : static_cast<int>(left * 1000 + 0.999);
        const int ready = ::poll(fds.data(), fds.size(), ms);
        if (ready > 0 || (ready < 0 && errno != EINTR)) {
            return true;  // an error on a descriptor shows in the caller's own call
        }
        if (ready == 0 && left >= 0 && deadline.remaining() == 0) {
            return false;
        }
    }
}

// What a wait on these descriptors is for, for list(): the one descriptor's read or write, or a select.
void name_fd_wait(FdWait* wait, const FdInterest* interests, size_t count) {
    if (count == 1) {
        wait->kind = interests[0].write && !interests[0].urgent ? WaitKind::kFdWrite : WaitKind::kFdRead;
        wait->detail = interests[0].fd;
    } else {
        wait->kind = WaitKind::kFdSelect;
        wait->detail = static_cast<int64_t>(count);
    }
}

// In a child made by fork(), the set is a new, empty one: registrations are made again as waits come.
void forget_added() {
    for (auto& [fd, watch] : g_watcher.watches) {
        watch.added = false;
    }
}

int wait_suspending(const FdInterest* interests, size_t count, double timeout, uint64_t* id, bool shared, pid_t child) {
    if (const int error = g_watcher.set.open()) {
        return error;
    }
    auto* wait = new FdWait;
    wait->id = ++g_watcher.last_id;
    wait->forget = stop_watching;
    wait->release = [](WaitPoint* point) {
        stop_watching(point);
        delete static_cast<FdWait*>(point);
    };
    wait->shared = shared;
    name_fd_wait(wait, interests, count);
    if (child != 0) {
        wait->kind = WaitKind::kChildExit;  // its pidfd becomes readable when it ends
        wait->detail = child;
    }
    g_watcher.waits[wait->id] = wait;
    g_watcher.set.hold();
    for (size_t i = 0; i < count; i++) {
        const int error = add_entry(wait, interests[i]);
        if (error != 0) {
            stop_watching(wait);
            delete wait;
            return error;
        }
    }
    if (id != nullptr) {
        *id = wait->id;
    }
    const WakeReason reason = scheduler::wait(wait, timeout);
    if (id != nullptr) {
        *id = 0;
    }
    stop_watching(wait);
    const int result = reason == WakeReason::kDone ? wait->result : errno_of(reason);
    delete wait;
    return result;
}

std::vector<pollfd> probes_of(const FdInterest* interests, size_t count) {
    std::vector<pollfd> fds;
    fds.reserve(count);
    for (size_t i = 0; i < count; i++) {
        const short events = interests[i].urgent ? POLLPRI : interests[i].write ? POLLOUT : POLLIN;
        fds.push_back({interests[i].fd, events, 0});
    }
    return fds;
}

// Whether the child has ended, without reaping it; true also when it is not (or no longer) a child.
bool child_ended(pid_t pid) {
    siginfo_t info{};
    if (::waitid(P_PID, static_cast<id_t>(pid), &info, WEXITED | WNOHANG | WNOWAIT) != 0) {
        return errno != EINTR;
    }
    return info.si_pid != 0;
}

// Regular files. A wait while the thread pool reads a file into the page cache: its own descriptor (a dup(), so that
// a close of the caller's during the wait cannot make the pool read another file) and its own buffer, thrown away.
// The pool may finish after its waiter gave up (a cancel, end_fd_wait()): then the completion only frees it.
struct FileRead;

struct FileWait : WaitPoint {
    uint64_t id = 0;
    FileRead* read = nullptr;  // cleared when either side is done with the other
    int result = 0;
};

struct FileRead {
    uv_work_t work;
    int fd;
    int64_t offset;
    size_t count;
    FileWait* wait = nullptr;
};

std::unordered_map<uint64_t, FileWait*> g_file_waits;

// The pool reads in pieces of this size into one buffer, which bounds what a wait costs in memory.
constexpr size_t kFilePiece = 256 * 1024;

// Unlinks the wait from its read (which the pool may still run) and from the registry. Also the wait's `forget`.
void stop_file_wait(WaitPoint* point) {
    auto* wait = static_cast<FileWait*>(point);
    if (wait->read != nullptr) {
        wait->read->wait = nullptr;
        uv_cancel(reinterpret_cast<uv_req_t*>(&wait->read->work));  // its completion still comes, and frees it
        wait->read = nullptr;
    }
    g_file_waits.erase(wait->id);
}

void read_in_pool(uv_work_t* work) {
    auto* read = static_cast<FileRead*>(work->data);
    char* buffer = static_cast<char*>(std::malloc(std::min(read->count, kFilePiece)));
    if (buffer == nullptr) {
        return;  // the caller's read goes to the disk itself
    }
    size_t done = 0;
    while (done < read->count) {
        const ssize_t got = ::pread(read->fd, buffer, std::min(read->count - done, kFilePiece),
                                    static_cast<off_t>(read->offset + static_cast<int64_t>(done)));
        if (got < 0 && errno == EINTR) {
            continue;
        }
        if (got <= 0) {
            break;  // the end of the file, or an error the caller's read meets again
        }
        done += static_cast<size_t>(got);
    }
    std::free(buffer);
}

void after_read_in_pool(uv_work_t* work, int) {
    auto* read = static_cast<FileRead*>(work->data);
    if (FileWait* wait = read->wait) {
        stop_file_wait(wait);
        wait->result = 0;  // also after a read error, which the caller's own read reports in its own words
        scheduler::wake(wait, WakeReason::kDone);
    }
    ::close(read->fd);
    delete read;
}

}  // namespace

bool fd_ready(int fd, bool write) {
    const FdInterest interest{fd, write};
    return any_fd_ready(&interest, 1);
}

bool any_fd_ready(const FdInterest* interests, size_t count) {
    std::vector<pollfd> fds = probes_of(interests, count);
    int ready;
    do {
        ready = ::poll(fds.data(), fds.size(), 0);
    } while (ready < 0 && errno == EINTR);
    return ready != 0;
}

int wait_fd(int fd, bool write, double timeout, uint64_t* id, bool shared) {
    const FdInterest interest{fd, write};
    return wait_any_fd(&interest, 1, timeout, id, shared);
}

bool end_fd_wait(uint64_t id, int error) {
    auto file_wait = g_file_waits.find(id);
    if (id != 0 && file_wait != g_file_waits.end()) {
        FileWait* wait = file_wait->second;
        stop_file_wait(wait);
        wait->result = error;
        return scheduler::wake(wait, WakeReason::kDone);
    }
    auto found = g_watcher.waits.find(id);
    if (id == 0 || found == g_watcher.waits.end()) {
        return false;
    }
    FdWait* wait = found->second;
    stop_watching(wait);
    wait->result = error;
    return scheduler::wake(wait, WakeReason::kDone);
}

size_t end_fd_waits(int fd, int error) {
    auto found = g_watcher.watches.find(fd);
    if (found == g_watcher.watches.end()) {
        return 0;
    }
    std::vector<FdWait*> waits;
    for (const FdEntry& entry : found->second.entries) {
        if (std::find(waits.begin(), waits.end(), entry.wait) == waits.end()) {
            waits.push_back(entry.wait);
        }
    }
    for (FdWait* wait : waits) {
        stop_watching(wait);
        wait->result = error;
        scheduler::wake(wait, WakeReason::kDone);
    }
    return waits.size();
}

namespace {

// wait_any_fd(), for a child's pidfd too (`child`: its process id, which names the wait for list()).
int wait_fds(const FdInterest* interests, size_t count, double timeout, uint64_t* id, bool shared, pid_t child) {
    if (any_fd_ready(interests, count)) {
        return 0;
    }
    if (timeout == 0) {
        return ETIMEDOUT;
    }
    if (!scheduler::may_suspend()) {
        std::vector<pollfd> fds = probes_of(interests, count);
        return poll_blocking(fds, timeout) ? 0 : ETIMEDOUT;
    }
    return wait_suspending(interests, count, timeout, id, shared, child);
}

}  // namespace

int wait_any_fd(const FdInterest* interests, size_t count, double timeout, uint64_t* id, bool shared) {
    return wait_fds(interests, count, timeout, id, shared, 0);
}

int wait_child_exit(pid_t pid, double timeout) {
    if (child_ended(pid)) {
        return 0;
    }
#ifdef SYS_pidfd_open
    // Valgrind 3.19 (Debian 12's) does not know pidfd_open() and reports each call; the tests run under it.
    const int pidfd = STUDY_RUNNING_ON_VALGRIND() ? -1 : static_cast<int>(::syscall(SYS_pidfd_open, pid, 0));
    if (pidfd >= 0) {
        const FdInterest interest{pidfd, false};
        const int error = wait_fds(&interest, 1, timeout, nullptr, false, pid);
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
        const WakeReason reason = scheduler::sleep(left > 0 && left < 0.01 ? left : 0.01, WaitKind::kChildExit, pid);
        if (reason != WakeReason::kTimeout && reason != WakeReason::kDone) {
            return errno_of(reason);
        }
    }
    return 0;
}

ssize_t read_if_cached(int fd, void* buffer, size_t count) {
    iovec piece{buffer, count};
    ssize_t got;
    do {
        got = ::preadv2(fd, &piece, 1, -1, RWF_NOWAIT);  // -1: at the descriptor's offset, advancing it
    } while (got < 0 && errno == EINTR);
    return got;
}

int wait_file_cached(int fd, int64_t offset, size_t count, uint64_t* id) {
    if (count == 0 || !scheduler::may_suspend()) {
        return 0;
    }
    const int own_fd = ::fcntl(fd, F_DUPFD_CLOEXEC, 0);
    if (own_fd < 0) {
        return errno;
    }
    auto* read = new FileRead;
    read->work.data = read;
    read->fd = own_fd;
    read->offset = offset;
    read->count = count;
    auto* wait = new FileWait;
    wait->id = ++g_watcher.last_id;
    wait->kind = WaitKind::kFileRead;
    wait->detail = fd;
    wait->read = read;
    wait->forget = stop_file_wait;
    wait->release = [](WaitPoint* point) {
        stop_file_wait(point);
        delete static_cast<FileWait*>(point);
    };
    read->wait = wait;
    const int started = uv_queue_work(scheduler::uv_loop(), &read->work, read_in_pool, after_read_in_pool);
    if (started != 0) {
        ::close(own_fd);
        delete read;
        delete wait;
        return -started;
    }
    g_file_waits[wait->id] = wait;
    if (id != nullptr) {
        *id = wait->id;
    }
    const WakeReason reason = scheduler::wait(wait, -1);
    if (id != nullptr) {
        *id = 0;
    }
    stop_file_wait(wait);
    const int result = reason == WakeReason::kDone ? wait->result : errno_of(reason);
    delete wait;
    return result;
}

}  // namespace study

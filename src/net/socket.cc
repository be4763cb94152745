// SPDX-License-Identifier: MIT
#include "study/socket.h"

#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/epoll.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cmath>
#include <cstring>
#include <optional>
#include <vector>

#include "study/coroutine.h"
#include "study/scheduler.h"
#include "study/tls.h"

namespace study {

namespace {

bool set_non_blocking(int fd) {
    const int flags = fcntl(fd, F_GETFL, 0);
    return flags >= 0 && fcntl(fd, F_SETFL, flags | O_NONBLOCK) == 0;
}

bool would_block(int error) { return error == EAGAIN || error == EWOULDBLOCK; }

// Waits in poll() on `fds` for up to `timeout` seconds (negative: no limit), blocking the thread: for a context that
// may not suspend (scheduler::may_suspend()), where a blocking socket's call would block too. True when one of them
// is ready (an error on a descriptor shows in the call retried next), false when the time passed.
bool poll_blocking(pollfd* fds, size_t count, double timeout) {
    // poll_for() never returns 0 before the timeout passed; an error (-1) shows in the call retried next.
    return poll_for(fds, count, timeout) != 0;
}

}  // namespace

Socket* Socket::open(int domain, int type, int protocol, int* error) {
    const int fd = ::socket(domain, type | SOCK_NONBLOCK | SOCK_CLOEXEC, protocol);
    if (fd < 0) {
        *error = errno;
        return nullptr;
    }
    return new Socket(fd, domain, type);
}

SocketStats Socket::stats_;

Socket::Socket(int fd, int domain, int type) : fd_(fd), domain_(domain), type_(type) { ++stats_.open; }

Socket* Socket::adopt(int fd, int domain, int type) {
    set_non_blocking(fd);
    return new Socket(fd, domain, type);
}

Socket::~Socket() { close(); }

bool Socket::fail(int error, std::string message) {
    error_ = error;
    message_ = std::move(message);
    return false;
}

ssize_t Socket::failed(int error, std::string message) {
    fail(error, std::move(message));
    return -1;
}

bool Socket::bind(const sockaddr* address, socklen_t length) {
    if (closed()) {
        return fail(EBADF);
    }
    if (domain_ != AF_UNIX) {
        const int on = 1;
        setsockopt(fd_, SOL_SOCKET, SO_REUSEADDR, &on, sizeof(on));
    }
    if (::bind(fd_, address, length) != 0) {
        return fail(errno);
    }
    error_ = 0;
    return true;
}

bool Socket::listen(int backlog) {
    if (closed()) {
        return fail(EBADF);
    }
    if (::listen(fd_, backlog) != 0) {
        return fail(errno);
    }
    listening_ = true;
    error_ = 0;
    return true;
}

void Socket::set_waiter(int direction, WaitPoint* wait) {
    if ((waiters_[direction] == nullptr) != (wait == nullptr)) {
        if (wait != nullptr) {
            netpoll::hold();
        } else {
            netpoll::unhold();
        }
    }
    waiters_[direction] = wait;
}

void Socket::forget(WaitPoint* wait) {
    auto* self = static_cast<Socket*>(wait->data);
    for (int direction : {kRead, kWrite}) {
        if (self->waiters_[direction] == wait) {
            self->set_waiter(direction, nullptr);
        }
    }
}

void Socket::on_ready(void* owner, uint32_t events) {
    auto* self = static_cast<Socket*>(owner);
    // An error or hang-up wakes both sides: each retries its call and sees it itself.
    const bool failed = (events & (EPOLLERR | EPOLLHUP)) != 0;
    if ((events & (EPOLLRDHUP | EPOLLHUP)) != 0) {
        // Readable from now on (the end, read as 0), with no edge to say so again. Not an error alone: a read takes
        // it, and after it the socket may well be unready (a connected UDP socket's ICMP error).
        self->read_ended_ = true;
    }
    if (failed || (events & (EPOLLIN | EPOLLRDHUP)) != 0) {
        self->edge(kRead);
    }
    if (failed || (events & EPOLLOUT) != 0) {
        self->edge(kWrite);
    }
}

// The set reports an edge once: it goes to the waiter, or is kept until the next wait takes it (else a request that
// comes while its connection's coroutine is busy elsewhere would never wake it).
void Socket::edge(Direction direction) {
    WaitPoint* waiter = waiters_[direction];
    if (waiter != nullptr) {
        set_waiter(direction, nullptr);
        if (scheduler::wake(waiter, WakeReason::kDone)) {
            return;
        }
    }
    ready_[direction] = true;  // nobody waits, or the wait was woken already (a wait_any() by another socket)
}

int Socket::watch() { return netpoll::watch(&slot_, fd_, this, on_ready); }

bool Socket::ready_now(Direction direction, bool registered_now) {
    if (direction == kRead && read_ended_) {
        return true;  // the end is there to be read, whatever was read before it
    }
    if (ready_[direction]) {
        ready_[direction] = false;
        settled_[direction] = false;
        return true;
    }
    // A registration made now reports the current readiness at once; else a socket not seen unready since its last
    // readiness may hold what that readiness announced (the caller read only part of it), and no edge would come.
    if (registered_now || settled_[direction]) {
        return false;
    }
    pollfd probe = {fd_, static_cast<short>(direction == kRead ? POLLIN : POLLOUT), 0};
    if (::poll(&probe, 1, 0) > 0) {
        return true;
    }
    mark_unready(direction);
    return false;
}

bool Socket::wait_ready(Direction direction, double timeout, WaitKind kind) {
    if (closed()) {
        return fail(EBADF);
    }
    if (timeout == 0) {
        return fail(ETIMEDOUT);
    }
    if (!scheduler::may_suspend()) {
        pollfd probe = {fd_, static_cast<short>(direction == kRead ? POLLIN : POLLOUT), 0};
        return poll_blocking(&probe, 1, timeout) || fail(ETIMEDOUT);
    }
    if (waiters_[direction] != nullptr) {
        return fail(EBUSY);
    }
    const int watched = watch();
    if (watched < 0) {
        return fail(EBADF);
    }
    if (ready_now(direction, watched == 1)) {
        error_ = 0;
        return true;
    }
    auto* wait = new WaitPoint;
    wait->data = this;
    wait->forget = forget;
    if (kind == WaitKind::kUnknown) {
        kind = direction == kWrite ? WaitKind::kSocketWrite
               : listening_        ? WaitKind::kSocketAccept
                                   : WaitKind::kSocketRead;
    }
    wait->kind = kind;
    wait->detail = fd_;
    set_waiter(direction, wait);
    const WakeReason reason = scheduler::wait(wait, timeout);
    if (waiters_[direction] == wait) {  // a main-context wait that was stopped
        set_waiter(direction, nullptr);
    }
    delete wait;
    if (closed()) {
        return fail(EBADF);
    }
    if (reason != WakeReason::kDone) {
        return fail(errno_of(reason));
    }
    settled_[direction] = false;
    return true;
}

namespace {

// One wait_any() call: the wait and what it watches, together on the heap (the scheduler and the sockets reach it
// while the caller is suspended).
struct AnyWait : WaitPoint {
    std::vector<Socket::Interest> interests;
};

}  // namespace

// Unlinks a wait_any() wait from every socket that still holds it.
void Socket::unlink_any(WaitPoint* point) {
    for (const Interest& interest : static_cast<AnyWait*>(point)->interests) {
        Socket* socket = interest.socket;
        for (int direction : {kRead, kWrite}) {
            if (socket->waiters_[direction] == point) {
                socket->set_waiter(direction, nullptr);
            }
        }
    }
}

bool Socket::wait_any(const Interest* interests, size_t count, double timeout, int* error) {
    for (size_t i = 0; i < count; i++) {
        const Interest& interest = interests[i];
        if (interest.socket->closed()) {
            *error = EBADF;
            return false;
        }
        if ((interest.read && interest.socket->waiters_[kRead] != nullptr) ||
            (interest.write && interest.socket->waiters_[kWrite] != nullptr)) {
            *error = EBUSY;
            return false;
        }
    }
    if (timeout == 0) {
        *error = ETIMEDOUT;
        return false;
    }
    if (!scheduler::may_suspend()) {
        std::vector<pollfd> fds;
        for (size_t i = 0; i < count; i++) {
            const short events =
                static_cast<short>((interests[i].read ? POLLIN : 0) | (interests[i].write ? POLLOUT : 0));
            fds.push_back({interests[i].socket->fd(), events, 0});
        }
        if (!poll_blocking(fds.data(), fds.size(), timeout)) {
            *error = ETIMEDOUT;
            return false;
        }
        return true;
    }
    // The callers looked at the descriptors just before (poll()), so only an edge kept since then, or one to come,
    // is news; a kept edge may be one that the caller's look saw already (then it looks again and waits).
    bool kept = false;
    for (size_t i = 0; i < count; i++) {
        Socket* socket = interests[i].socket;
        for (int direction : {kRead, kWrite}) {
            if ((direction == kRead ? interests[i].read : interests[i].write) && socket->ready_[direction]) {
                socket->ready_[direction] = false;
                socket->settled_[direction] = false;
                kept = true;
            }
        }
        if (socket->watch() < 0) {
            *error = EBADF;
            return false;
        }
    }
    if (kept) {
        return true;
    }
    auto* wait = new AnyWait;
    wait->interests.assign(interests, interests + count);
    wait->kind =
        count == 1 ? (interests[0].read ? WaitKind::kSocketRead : WaitKind::kSocketWrite) : WaitKind::kSocketSelect;
    wait->detail = count == 1 ? interests[0].socket->fd() : static_cast<int64_t>(count);
    wait->forget = unlink_any;
    wait->release = [](WaitPoint* point) { delete static_cast<AnyWait*>(point); };
    for (const Interest& interest : wait->interests) {
        if (interest.read) {
            interest.socket->set_waiter(kRead, wait);
        }
        if (interest.write) {
            interest.socket->set_waiter(kWrite, wait);
        }
    }
    const WakeReason reason = scheduler::wait(wait, timeout);
    unlink_any(wait);
    if (reason == WakeReason::kDone) {
        for (const Interest& interest : wait->interests) {
            interest.socket->settled_[kRead] = interest.socket->settled_[kRead] && !interest.read;
            interest.socket->settled_[kWrite] = interest.socket->settled_[kWrite] && !interest.write;
        }
    }
    delete wait;
    if (reason != WakeReason::kDone) {
        *error = errno_of(reason);
        return false;
    }
    return true;
}

// Runs a non-blocking system call until it succeeds or fails for real: again after EINTR, and after waiting for
// `direction` when it would block. The timeout limits all the waits together: a wake whose readiness someone else
// used up (another coroutine read the data first) waits again only for what is left. The clock is read only once
// the call would block, so a call that does not wait costs no clock read.
template <typename Call>
ssize_t Socket::io(Direction direction, double timeout, Call call) {
    std::optional<Deadline> deadline;
    for (;;) {
        if (closed()) {
            return failed(EBADF);
        }
        Direction wait_for = direction;
        const ssize_t n = call(&wait_for);
        if (n >= 0) {
            error_ = 0;
            return n;
        }
        const int error = errno;
        if (error == EINTR) {
            continue;
        }
        if (!would_block(error)) {
            return failed(error, tls_ != nullptr ? tls_->take_failure() : std::string());
        }
        mark_unready(wait_for);
        if (wait_for == kRead) {  // no end is waiting to be read either
            read_ended_ = false;
        }
        if (!deadline) {
            deadline.emplace(timeout);
        }
        if (!wait_ready(wait_for, deadline->remaining())) {
            return -1;
        }
    }
}

namespace {

constexpr const char* kSendUnderWay = "another coroutine's TLS send is under way on this socket";

// One attempt of a TLS step for Socket::io(): what OpenSSL waits for becomes the direction to wait in.
template <typename Direction, typename Step>
ssize_t tls_attempt(Direction* wait_for, Direction read, Direction write, Step step) {
    bool want_write = false;
    const ssize_t n = step(&want_write);
    *wait_for = want_write ? write : read;
    return n;
}

}  // namespace

bool Socket::enable_tls(TlsContext* context, const TlsPeer& peer, double timeout) {
    if (closed()) {
        return fail(EBADF);
    }
    if (waiters_[kRead] != nullptr || waiters_[kWrite] != nullptr) {
        // The handshake would read what that recv waits for (or write into that send's record).
        return fail(EBUSY, "cannot start TLS while another coroutine waits on the socket");
    }
    if (tls_ == nullptr) {
        if (type_ != SOCK_STREAM) {
            return fail(EINVAL, "TLS needs a stream socket");
        }
        std::string error;
        tls_ = TlsSession::create(context, fd_, peer, &error);
        if (tls_ == nullptr) {
            return fail(EINVAL, std::move(error));
        }
    } else if (tls_->established()) {
        return fail(EALREADY, "TLS is on already");
    }
    return io(kRead, timeout, [&](Direction* wait_for) {
               return tls_attempt(wait_for, kRead, kWrite, [&](bool* want) { return tls_->handshake(want); });
           }) >= 0;
}

bool Socket::tls_shutdown(double timeout) {
    if (tls_ == nullptr) {
        return fail(closed() ? EBADF : EINVAL, closed() ? std::string() : "TLS is not on");
    }
    if (tls_->write_pending()) {
        return fail(EBUSY, kSendUnderWay);  // the alert would go out inside that send's record
    }
    return io(kWrite, timeout, [&](Direction* wait_for) {
               return tls_attempt(wait_for, kRead, kWrite, [&](bool* want) { return tls_->shutdown(want); });
           }) >= 0;
}

bool Socket::wait_readable(double timeout) {
    if (tls_ != nullptr && !closed()) {
        if (tls_->pending()) {
            error_ = 0;
            return true;
        }
        return wait_ready(tls_->read_wants_write() ? kWrite : kRead, timeout);
    }
    return wait_ready(kRead, timeout);
}

void Socket::drop_tls() {
    delete tls_;
    tls_ = nullptr;
}

Socket* Socket::accept(double timeout, sockaddr_storage* peer, socklen_t* peer_length) {
    if (peer_length == nullptr) {
        peer = nullptr;  // accept4() would fail with EFAULT after taking the connection off the queue: it would be lost
    }
    const socklen_t size = peer_length != nullptr ? *peer_length : 0;
    const ssize_t fd = io(kRead, timeout, [&](Direction*) {
        if (peer_length != nullptr) {
            *peer_length = size;  // accept4() writes the length of what it found, also when it fails
        }
        return static_cast<ssize_t>(
            ::accept4(fd_, reinterpret_cast<sockaddr*>(peer), peer_length, SOCK_NONBLOCK | SOCK_CLOEXEC));
    });
    return fd < 0 ? nullptr : new Socket(static_cast<int>(fd), domain_, type_);  // non-blocking already (accept4)
}

bool Socket::connect(const sockaddr* address, socklen_t length, double timeout) {
    if (closed()) {
        return fail(EBADF);
    }
    if (::connect(fd_, address, length) == 0) {
        error_ = 0;
        return true;
    }
    if (errno != EINPROGRESS && errno != EINTR) {
        return fail(errno);
    }
    // On loopback the handshake is often over by now: then there is nothing to wait for.
    pollfd probe = {fd_, POLLOUT, 0};
    if (::poll(&probe, 1, 0) <= 0) {
        mark_unready(kWrite);
        if (timeout == 0) {
            return fail(EINPROGRESS);
        }
        if (!wait_ready(kWrite, timeout, WaitKind::kSocketConnect)) {
            return false;
        }
    }
    int result = 0;
    socklen_t result_length = sizeof(result);
    if (getsockopt(fd_, SOL_SOCKET, SO_ERROR, &result, &result_length) != 0) {
        return fail(errno);
    }
    if (result != 0) {
        return fail(result);
    }
    error_ = 0;
    return true;
}

ssize_t Socket::recv(char* buffer, size_t length, double timeout) {
    ssize_t n;
    if (tls_ != nullptr) {
        n = io(kRead, timeout, [&](Direction* wait_for) {
            return tls_attempt(wait_for, kRead, kWrite, [&](bool* want) { return tls_->read(buffer, length, want); });
        });
    } else {
        n = io(kRead, timeout, [&](Direction*) { return ::recv(fd_, buffer, length, 0); });
    }
    if (n > 0) {
        stats_.bytes_received += static_cast<uint64_t>(n);
    }
    if (n > 0 && static_cast<size_t>(n) < length && drains_on_short_read() && !read_ended_) {
        // A plain TCP read stops short only when it took all the socket held. Not after the peer's end: that is still
        // to be read, and no edge comes.
        mark_unready(kRead);
    }
    return n;
}

ssize_t Socket::recv_all(char* buffer, size_t length, double timeout) {
    const Deadline deadline(timeout);
    size_t total = 0;
    while (total < length) {
        const ssize_t n = recv(buffer + total, length - total, deadline.remaining());
        if (n < 0) {
            return -1;
        }
        if (n == 0) {
            break;  // the peer closed
        }
        total += static_cast<size_t>(n);
    }
    error_ = 0;
    return static_cast<ssize_t>(total);
}

ssize_t Socket::send(const char* data, size_t length, double timeout) {
    if (tls_ != nullptr) {
        if (tls_->write_pending() && !closed()) {
            // Another coroutine's send waits to finish a record: this data would be counted as that record's.
            return failed(EBUSY, kSendUnderWay);
        }
        const ssize_t n = io(kWrite, timeout, [&](Direction* wait_for) {
            return tls_attempt(wait_for, kRead, kWrite, [&](bool* want) { return tls_->write(data, length, want); });
        });
        if (n < 0 && tls_ != nullptr) {
            tls_->abandon_write();  // a record it started stays unfinished: see TlsSession::abandon_write()
        }
        if (n > 0) {
            stats_.bytes_sent += static_cast<uint64_t>(n);
        }
        return n;
    }
    const ssize_t n = io(kWrite, timeout, [&](Direction*) { return ::send(fd_, data, length, MSG_NOSIGNAL); });
    if (n > 0) {
        stats_.bytes_sent += static_cast<uint64_t>(n);
    }
    return n;
}

ssize_t Socket::send_all(const char* data, size_t length, double timeout, size_t* sent) {
    const Deadline deadline(timeout);
    size_t total = 0;
    while (total < length) {
        const ssize_t n = send(data + total, length - total, deadline.remaining());
        if (n < 0) {
            if (sent != nullptr) {
                *sent = total;
            }
            return -1;
        }
        total += static_cast<size_t>(n);
    }
    if (sent != nullptr) {
        *sent = total;
    }
    error_ = 0;
    return static_cast<ssize_t>(total);
}

ssize_t Socket::recvfrom(char* buffer, size_t length, sockaddr_storage* from, socklen_t* from_length, double timeout) {
    if (tls_ != nullptr) {
        return failed(EOPNOTSUPP, "recvfrom() bypasses TLS");
    }
    const ssize_t n = io(kRead, timeout, [&](Direction*) {
        *from_length = sizeof(*from);
        return ::recvfrom(fd_, buffer, length, 0, reinterpret_cast<sockaddr*>(from), from_length);
    });
    if (n > 0) {
        stats_.bytes_received += static_cast<uint64_t>(n);
    }
    return n;
}

ssize_t Socket::sendto(const char* data, size_t length, const sockaddr* to, socklen_t to_length, double timeout) {
    if (tls_ != nullptr) {
        return failed(EOPNOTSUPP, "sendto() bypasses TLS");
    }
    const ssize_t n =
        io(kWrite, timeout, [&](Direction*) { return ::sendto(fd_, data, length, MSG_NOSIGNAL, to, to_length); });
    if (n > 0) {
        stats_.bytes_sent += static_cast<uint64_t>(n);
    }
    return n;
}

bool Socket::shutdown(int how) {
    if (closed()) {
        return fail(EBADF);
    }
    if (tls_ != nullptr && how != SHUT_RD) {
        tls_->close_notify();  // the peer sees the end of the TLS stream before that of the TCP one
    }
    if (::shutdown(fd_, how) != 0) {
        return fail(errno);
    }
    error_ = 0;
    return true;
}

int Socket::detach() { return release_descriptor(true); }

// Ends the socket's life as a socket: its slot in the epoll set goes, and whoever waits wakes and sees EBADF.
// A descriptor that stays open (detach()) must leave the set too. One that is closed next leaves it by itself, with
// no epoll_ctl(): the kernel drops a registration when the last descriptor of its open file is closed. Where the
// file lives on in another descriptor (a dup() the caller made, a child process that inherited it), the registration
// stays and may report again, under a slot given up here: netpoll drops those reports (the slot's generation), and a
// new socket that gets the same number is another file, registered apart.
int Socket::release_descriptor(bool stays_open) {
    if (closed()) {
        return -1;
    }
    drop_tls();  // its state does not travel with the descriptor
    if (stays_open) {
        netpoll::forget(&slot_, fd_);
    } else {
        netpoll::release(&slot_);
    }
    ready_[kRead] = ready_[kWrite] = false;
    settled_[kRead] = settled_[kWrite] = false;
    read_ended_ = false;
    const int fd = fd_;
    fd_ = -1;
    --stats_.open;
    // Whoever waits wakes and sees EBADF.
    for (int direction : {kRead, kWrite}) {
        if (WaitPoint* wait = waiters_[direction]) {
            set_waiter(direction, nullptr);
            scheduler::wake(wait, WakeReason::kDone);
        }
    }
    error_ = 0;
    return fd;
}

bool Socket::close() {
    if (tls_ != nullptr && !closed()) {
        tls_->close_notify();
    }
    const int fd = release_descriptor(false);
    if (fd < 0) {
        return fail(EBADF);
    }
    ::close(fd);
    return true;
}

bool Socket::set_option(int level, int name, int value) {
    if (closed()) {
        return fail(EBADF);
    }
    if (setsockopt(fd_, level, name, &value, sizeof(value)) != 0) {
        return fail(errno);
    }
    error_ = 0;
    return true;
}

bool Socket::get_option(int level, int name, int* value) {
    if (closed()) {
        return fail(EBADF);
    }
    socklen_t length = sizeof(*value);
    *value = 0;
    if (getsockopt(fd_, level, name, value, &length) != 0) {
        return fail(errno);
    }
    error_ = 0;
    return true;
}

int poll_milliseconds(double seconds) {
    if (!(seconds > 0)) {
        return seconds == 0 ? 0 : -1;
    }
    const double ms = std::ceil(seconds * 1000.0);
    return ms >= static_cast<double>(INT_MAX) ? INT_MAX : static_cast<int>(ms);
}

int poll_for(pollfd* fds, size_t count, double timeout) {
    const Deadline deadline(timeout);
    for (;;) {
        const double left = deadline.remaining();
        const int ready = ::poll(fds, count, poll_milliseconds(left));
        if (ready < 0 && errno == EINTR) {
            continue;
        }
        if (ready == 0 && left > 0 && deadline.remaining() > 0) {
            continue;  // one slice of a timeout longer than poll() takes
        }
        return ready;
    }
}

}  // namespace study

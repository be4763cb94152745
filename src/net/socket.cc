// SPDX-License-Identifier: MIT
#include "study/socket.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/un.h>
#include <unistd.h>
#include <uv.h>

#include <cerrno>
#include <cstring>
#include <vector>

#include "study/coroutine.h"
#include "study/scheduler.h"

namespace study {

namespace {

bool set_non_blocking(int fd) {
    const int flags = fcntl(fd, F_GETFL, 0);
    return flags >= 0 && fcntl(fd, F_SETFL, flags | O_NONBLOCK) == 0;
}

bool would_block(int error) { return error == EAGAIN || error == EWOULDBLOCK; }

constexpr int kReadEvents = UV_READABLE | UV_DISCONNECT;

// What a wait that did not end with the socket ready means for the operation.
int error_of(WakeReason reason) {
    switch (reason) {
        case WakeReason::kTimeout:
            return ETIMEDOUT;
        case WakeReason::kCanceled:
            return ECANCELED;
        case WakeReason::kDeadlock:
            return EDEADLK;
        default:
            return EINTR;  // the main context stopped waiting: an exit or error is pending
    }
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

Socket::Socket(int fd, int domain, int type) : fd_(fd), domain_(domain), type_(type) {}

Socket* Socket::adopt(int fd, int domain, int type) {
    set_non_blocking(fd);
    return new Socket(fd, domain, type);
}

Socket::~Socket() {
    close();
    if (poll_ != nullptr) {
        // close() handed the handle to libuv to free, unless the loop was reset meanwhile (then it is ours).
        delete reinterpret_cast<uv_poll_t*>(poll_);
    }
}

bool Socket::fail(int error) {
    error_ = error;
    return false;
}

ssize_t Socket::failed(int error) {
    error_ = error;
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
    error_ = 0;
    return true;
}

void Socket::forget(WaitPoint* wait) {
    auto* self = static_cast<Socket*>(wait->data);
    for (WaitPoint*& waiter : self->waiters_) {
        if (waiter == wait) {
            waiter = nullptr;
        }
    }
    self->update_poll();
}

void Socket::on_poll(uv_poll_s* handle, int status, int events) {
    auto* self = static_cast<Socket*>(reinterpret_cast<uv_poll_t*>(handle)->data);
    // An error on the descriptor wakes both sides: each retries its call and sees the error itself.
    const bool readable = status < 0 || (events & (UV_READABLE | UV_DISCONNECT)) != 0;
    const bool writable = status < 0 || (events & UV_WRITABLE) != 0;
    int drop = 0;
    if (readable) {
        if (WaitPoint* reader = self->waiters_[kRead]) {
            // The reader runs before the loop polls again and reads then, so the descriptor stays watched: a
            // connection that waits for its next request costs no epoll_ctl() per request.
            self->waiters_[kRead] = nullptr;
            scheduler::wake(reader, WakeReason::kDone);
        } else {
            drop |= kReadEvents;  // readable with nobody waiting: stop, or the loop would spin
        }
    }
    if (writable) {
        if (WaitPoint* writer = self->waiters_[kWrite]) {
            self->waiters_[kWrite] = nullptr;
            scheduler::wake(writer, WakeReason::kDone);
        }
        drop |= UV_WRITABLE;  // a socket is nearly always writable: watch only while someone waits
    }
    self->set_poll_events(self->poll_events_ & ~drop);
}

void Socket::update_poll() {
    // Adds what a waiter needs; a read interest nobody needs any more is dropped by the poll callback, lazily.
    int events = poll_events_ | (waiters_[kRead] != nullptr ? kReadEvents : 0);
    events = waiters_[kWrite] != nullptr ? events | UV_WRITABLE : events & ~UV_WRITABLE;
    set_poll_events(events);
}

void Socket::set_poll_events(int events) {
    if (poll_ == nullptr || poll_generation_ != scheduler::generation() || closed()) {
        return;
    }
    // An interest kept while nobody waits must not keep the loop alive: only a waiter does.
    auto* base = reinterpret_cast<uv_handle_t*>(poll_);
    if (waiters_[kRead] != nullptr || waiters_[kWrite] != nullptr) {
        uv_ref(base);
    } else {
        uv_unref(base);
    }
    if (events == poll_events_) {
        return;
    }
    auto* handle = reinterpret_cast<uv_poll_t*>(poll_);
    if (events == 0) {
        uv_poll_stop(handle);
    } else {
        uv_poll_start(handle, events, reinterpret_cast<uv_poll_cb>(on_poll));
    }
    poll_events_ = events;
}

bool Socket::ensure_poll() {
    if (poll_ != nullptr && poll_generation_ != scheduler::generation()) {
        delete reinterpret_cast<uv_poll_t*>(poll_);  // closed by a reset of the loop
        poll_ = nullptr;
    }
    if (poll_ == nullptr) {
        auto* handle = new uv_poll_t;
        if (uv_poll_init(scheduler::uv_loop(), handle, fd_) != 0) {
            delete handle;
            return false;
        }
        handle->data = this;
        poll_ = reinterpret_cast<uv_poll_s*>(handle);
        poll_generation_ = scheduler::generation();
        poll_events_ = 0;
    }
    return true;
}

bool Socket::wait_ready(Direction direction, double timeout) {
    if (closed()) {
        return fail(EBADF);
    }
    if (timeout == 0) {
        return fail(ETIMEDOUT);
    }
    if (waiters_[direction] != nullptr) {
        return fail(EBUSY);
    }
    if (!ensure_poll()) {
        return fail(EBADF);
    }
    auto* wait = new WaitPoint;
    wait->data = this;
    wait->forget = forget;
    waiters_[direction] = wait;
    update_poll();
    const WakeReason reason = scheduler::wait(wait, timeout);
    if (waiters_[direction] == wait) {  // a main-context wait that was stopped
        waiters_[direction] = nullptr;
        update_poll();
    }
    delete wait;
    if (closed()) {
        return fail(EBADF);
    }
    if (reason != WakeReason::kDone) {
        return fail(error_of(reason));
    }
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
        bool changed = false;
        for (WaitPoint*& waiter : socket->waiters_) {
            if (waiter == point) {
                waiter = nullptr;
                changed = true;
            }
        }
        if (changed) {
            socket->update_poll();
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
    for (size_t i = 0; i < count; i++) {
        if (!interests[i].socket->ensure_poll()) {
            *error = EBADF;
            return false;
        }
    }
    auto* wait = new AnyWait;
    wait->interests.assign(interests, interests + count);
    wait->forget = unlink_any;
    wait->release = [](WaitPoint* point) { delete static_cast<AnyWait*>(point); };
    for (const Interest& interest : wait->interests) {
        if (interest.read) {
            interest.socket->waiters_[kRead] = wait;
        }
        if (interest.write) {
            interest.socket->waiters_[kWrite] = wait;
        }
        interest.socket->update_poll();
    }
    const WakeReason reason = scheduler::wait(wait, timeout);
    unlink_any(wait);
    delete wait;
    if (reason != WakeReason::kDone) {
        *error = error_of(reason);
        return false;
    }
    return true;
}

// Runs a non-blocking system call until it succeeds or fails for real: again after EINTR, and after waiting for
// `direction` when it would block.
template <typename Call>
ssize_t Socket::io(Direction direction, double timeout, Call call) {
    for (;;) {
        if (closed()) {
            return failed(EBADF);
        }
        const ssize_t n = call();
        if (n >= 0) {
            error_ = 0;
            return n;
        }
        if (errno == EINTR) {
            continue;
        }
        if (!would_block(errno)) {
            return failed(errno);
        }
        if (!wait_ready(direction, timeout)) {
            return -1;
        }
    }
}

Socket* Socket::accept(double timeout) {
    const ssize_t fd = io(kRead, timeout, [&] {
        return static_cast<ssize_t>(::accept4(fd_, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC));
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
        if (timeout == 0) {
            return fail(EINPROGRESS);
        }
        if (!wait_ready(kWrite, timeout)) {
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
    return io(kRead, timeout, [&] { return ::recv(fd_, buffer, length, 0); });
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
    return io(kWrite, timeout, [&] { return ::send(fd_, data, length, MSG_NOSIGNAL); });
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
    return io(kRead, timeout, [&] {
        *from_length = sizeof(*from);
        return ::recvfrom(fd_, buffer, length, 0, reinterpret_cast<sockaddr*>(from), from_length);
    });
}

ssize_t Socket::sendto(const char* data, size_t length, const sockaddr* to, socklen_t to_length, double timeout) {
    return io(kWrite, timeout, [&] { return ::sendto(fd_, data, length, MSG_NOSIGNAL, to, to_length); });
}

bool Socket::shutdown(int how) {
    if (closed()) {
        return fail(EBADF);
    }
    if (::shutdown(fd_, how) != 0) {
        return fail(errno);
    }
    error_ = 0;
    return true;
}

int Socket::detach() {
    if (closed()) {
        return -1;
    }
    if (poll_ != nullptr && poll_generation_ == scheduler::generation()) {
        auto* handle = reinterpret_cast<uv_poll_t*>(poll_);
        uv_poll_stop(handle);  // before the descriptor goes, as libuv asks
        uv_close(reinterpret_cast<uv_handle_t*>(handle),
                 [](uv_handle_t* closed) { delete reinterpret_cast<uv_poll_t*>(closed); });
        poll_ = nullptr;
    }
    const int fd = fd_;
    fd_ = -1;
    // Whoever waits wakes and sees EBADF.
    for (WaitPoint*& waiter : waiters_) {
        if (waiter != nullptr) {
            WaitPoint* wait = waiter;
            waiter = nullptr;
            scheduler::wake(wait, WakeReason::kDone);
        }
    }
    error_ = 0;
    return fd;
}

bool Socket::close() {
    const int fd = detach();
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

bool make_address(int domain, const std::string& address, int64_t port, sockaddr_storage* out, socklen_t* length) {
    std::memset(out, 0, sizeof(*out));
    // inet_pton() and a Unix path end at the first NUL byte: an address with one in it would be read as another.
    if (port < 0 || port > 65535 || address.find('\0') != std::string::npos) {
        return false;
    }
    switch (domain) {
        case AF_INET: {
            auto* in = reinterpret_cast<sockaddr_in*>(out);
            in->sin_family = AF_INET;
            in->sin_port = htons(static_cast<uint16_t>(port));
            *length = sizeof(*in);
            return inet_pton(AF_INET, address.c_str(), &in->sin_addr) == 1;
        }
        case AF_INET6: {
            auto* in6 = reinterpret_cast<sockaddr_in6*>(out);
            in6->sin6_family = AF_INET6;
            in6->sin6_port = htons(static_cast<uint16_t>(port));
            *length = sizeof(*in6);
            return inet_pton(AF_INET6, address.c_str(), &in6->sin6_addr) == 1;
        }
        case AF_UNIX: {
            auto* un = reinterpret_cast<sockaddr_un*>(out);
            if (address.empty() || address.size() >= sizeof(un->sun_path)) {
                return false;
            }
            un->sun_family = AF_UNIX;
            std::memcpy(un->sun_path, address.data(), address.size());
            *length = static_cast<socklen_t>(offsetof(sockaddr_un, sun_path) + address.size() + 1);
            return true;
        }
        default:
            return false;
    }
}

std::string address_string(const sockaddr* address, int* port) {
    char text[INET6_ADDRSTRLEN] = "";
    *port = 0;
    switch (address->sa_family) {
        case AF_INET: {
            const auto* in = reinterpret_cast<const sockaddr_in*>(address);
            inet_ntop(AF_INET, &in->sin_addr, text, sizeof(text));
            *port = ntohs(in->sin_port);
            return text;
        }
        case AF_INET6: {
            const auto* in6 = reinterpret_cast<const sockaddr_in6*>(address);
            inet_ntop(AF_INET6, &in6->sin6_addr, text, sizeof(text));
            *port = ntohs(in6->sin6_port);
            return text;
        }
        case AF_UNIX: {
            const auto* un = reinterpret_cast<const sockaddr_un*>(address);
            return std::string(un->sun_path, strnlen(un->sun_path, sizeof(un->sun_path)));
        }
        default:
            return "";
    }
}

}  // namespace study

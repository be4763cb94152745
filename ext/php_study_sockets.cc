/* SPDX-License-Identifier: MIT */
/* HOOK_SOCKETS: the sockets extension (socket_*()) waits as coroutines. Its functions stay PHP's own, word for word
 * (arguments, return values, warnings, socket_last_error()); what is redirected is where they block: the C library's
 * socket calls imported by the extension's shared object (sockets.so), and by no other object (study::ImportHook's
 * install_in()). Each redirected call on a blocking descriptor, in a context that may suspend, tries the call without
 * blocking and, when it would block, waits for readiness on the loop (study::wait_fd(), which leaves the descriptor
 * blocking: PHP reads its O_NONBLOCK flag) within the socket's SO_RCVTIMEO/SO_SNDTIMEO, and tries again. Anything
 * else is the original call. Where sockets is built into the php binary there is no import of its own to redirect
 * (the binary's recv() is every stream's too): the hook then does nothing. See docs/ARCHITECTURE.md. */
#include "php_study_sockets.h"

#include <dlfcn.h>
#include <fcntl.h>
#include <poll.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

#include "php_study.h"
#include "php_study_coroutine.h"
#include "study/import_hook.h"
#include "study/process.h"
#include "study/scheduler.h"

namespace {

ssize_t hooked_recv(int fd, void *buffer, size_t length, int flags);
ssize_t hooked_recvfrom(int fd, void *buffer, size_t length, int flags, sockaddr *from, socklen_t *from_length);
ssize_t hooked_recvmsg(int fd, msghdr *message, int flags);
ssize_t hooked_send(int fd, const void *data, size_t length, int flags);
ssize_t hooked_sendto(int fd, const void *data, size_t length, int flags, const sockaddr *to, socklen_t to_length);
ssize_t hooked_sendmsg(int fd, const msghdr *message, int flags);
ssize_t hooked_write(int fd, const void *data, size_t length);
int hooked_accept(int fd, sockaddr *address, socklen_t *length);
int hooked_accept4(int fd, sockaddr *address, socklen_t *length, int flags);
int hooked_connect(int fd, const sockaddr *address, socklen_t length);
int hooked_select(int count, fd_set *read, fd_set *write, fd_set *except, timeval *timeout);
int hooked_close(int fd);

study::ImportHook g_recv("recv", reinterpret_cast<void *>(&hooked_recv));
study::ImportHook g_recvfrom("recvfrom", reinterpret_cast<void *>(&hooked_recvfrom));
study::ImportHook g_recvmsg("recvmsg", reinterpret_cast<void *>(&hooked_recvmsg));
study::ImportHook g_send("send", reinterpret_cast<void *>(&hooked_send));
study::ImportHook g_sendto("sendto", reinterpret_cast<void *>(&hooked_sendto));
study::ImportHook g_sendmsg("sendmsg", reinterpret_cast<void *>(&hooked_sendmsg));
study::ImportHook g_write("write", reinterpret_cast<void *>(&hooked_write));
study::ImportHook g_accept("accept", reinterpret_cast<void *>(&hooked_accept));
study::ImportHook g_accept4("accept4", reinterpret_cast<void *>(&hooked_accept4)); /* PHP 8.5's socket_accept() */
study::ImportHook g_connect("connect", reinterpret_cast<void *>(&hooked_connect));
study::ImportHook g_select("select", reinterpret_cast<void *>(&hooked_select));
study::ImportHook g_close("close", reinterpret_cast<void *>(&hooked_close));

study::ImportHook *const g_all[] = {&g_recv,  &g_recvfrom, &g_recvmsg, &g_send,    &g_sendto, &g_sendmsg,
                                    &g_write, &g_accept,   &g_accept4, &g_connect, &g_select, &g_close};

bool g_on = false;

template <typename Function>
Function original(const study::ImportHook &hook) {
    return reinterpret_cast<Function>(hook.original());
}

/* Whether a call on `fd` waits as a coroutine: the hook is on, the context may suspend, the caller did not ask for a
 * non-blocking call, and the descriptor is blocking (a non-blocking socket's calls are PHP's own). */
bool waits(int fd, int flags = 0) {
    if (!g_on || (flags & MSG_DONTWAIT) != 0 || !php_study_may_suspend()) {
        return false;
    }
    const int status = fcntl(fd, F_GETFL);
    return status >= 0 && (status & O_NONBLOCK) == 0;
}

/* The socket's SO_RCVTIMEO or SO_SNDTIMEO in seconds, negative when it has none (0 is none to the kernel too). */
double timeout_of(int fd, int option) {
    timeval value{};
    socklen_t length = sizeof(value);
    if (getsockopt(fd, SOL_SOCKET, option, &value, &length) != 0 || (value.tv_sec == 0 && value.tv_usec == 0)) {
        return -1;
    }
    return static_cast<double>(value.tv_sec) + static_cast<double>(value.tv_usec) / 1e6;
}

bool would_block(int error) { return error == EAGAIN || error == EWOULDBLOCK; }

/* Waits until `fd` is ready to read or write, at most until the deadline. 0, or the errno the blocking call reports
 * then: EAGAIN when the socket's timeout passed (as SO_RCVTIMEO/SO_SNDTIMEO make the kernel's blocking call fail),
 * ECANCELED for a canceled coroutine, EINTR when the main script stopped waiting (an exit or error is pending). */
int wait_ready(int fd, bool write, const study::Deadline &deadline) {
    php_study_wait_begin(nullptr); /* in the main script: the loop also runs at the script's end */
    const int error = study::wait_fd(fd, write, deadline.remaining(), nullptr, true);
    switch (error) {
        case 0:
            return 0;
        case ETIMEDOUT:
            return EAGAIN;
        case ECANCELED:
        case EINTR:
        case EDEADLK:
            php_study_wait_end(study::WakeReason::kDone); /* a coroutine destroyed meanwhile unwinds */
            return error == ECANCELED ? ECANCELED : EINTR;
        default:
            return error;
    }
}

/* A call that may block on input: tried without blocking, and again after each wait for readability. */
template <typename Attempt>
ssize_t input(int fd, Attempt attempt) {
    const int entry_errno = errno; /* a call that succeeds leaves errno alone: php_read() looks at it after */
    const study::Deadline deadline(timeout_of(fd, SO_RCVTIMEO));
    for (;;) {
        const ssize_t got = attempt();
        if (got >= 0) {
            errno = entry_errno;
            return got;
        }
        if (!would_block(errno)) {
            return got;
        }
        const int error = wait_ready(fd, false, deadline);
        if (error != 0) {
            errno = error;
            return -1;
        }
    }
}

/* A call that may block on output: as a blocking send, everything is sent unless an error or the socket's timeout
 * ends it early (then the count sent so far, if any). `attempt(offset)` sends from `offset` without blocking. */
template <typename Attempt>
ssize_t output(int fd, size_t length, Attempt attempt) {
    const int entry_errno = errno; /* a call that succeeds leaves errno alone */
    const study::Deadline deadline(timeout_of(fd, SO_SNDTIMEO));
    size_t done = 0;
    for (;;) {
        const ssize_t sent = attempt(done);
        if (sent >= 0) {
            done += static_cast<size_t>(sent);
            if (done >= length) {
                errno = entry_errno;
                return static_cast<ssize_t>(done);
            }
            continue;
        }
        int error = errno;
        if (would_block(error)) {
            error = wait_ready(fd, true, deadline);
            if (error == 0) {
                continue;
            }
        }
        if (done > 0) {
            errno = entry_errno;
            return static_cast<ssize_t>(done);
        }
        errno = error;
        return -1;
    }
}

bool is_stream_socket(int fd) {
    int type = 0;
    socklen_t type_length = sizeof(type);
    return getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &type_length) == 0 && type == SOCK_STREAM;
}

/* The longest pause between two tries of a call that has no readiness to wait for: a MSG_PEEK|MSG_WAITALL recv()
 * that saw part of what it waits for (the socket stays readable, a wait for readiness would return at once) and a
 * connect() to a Unix listener whose backlog is full. How late such a call may see its chance, and at most 50 tries a
 * second. */
constexpr double kLongestRetryPause = 0.02;

/* Sleeps `pause` seconds (at most until the deadline) as a coroutine: 0, or the errno the blocking call reports
 * (EAGAIN once the deadline passed, ECANCELED for a canceled coroutine). */
int pause_until(double pause, const study::Deadline &deadline) {
    const double left = deadline.remaining();
    if (left == 0) {
        return EAGAIN;
    }
    php_study_wait_begin(nullptr);
    const study::WakeReason slept =
        study::scheduler::sleep(left > 0 && left < pause ? left : pause, study::WaitKind::kPoll);
    if (slept != study::WakeReason::kTimeout && slept != study::WakeReason::kDone) {
        php_study_wait_end(study::WakeReason::kDone); /* a coroutine destroyed meanwhile unwinds */
        return ECANCELED;
    }
    return 0;
}

/* Whether no more data can come on a stream socket: the peer shut its side down, or the connection failed. */
bool input_ended(int fd) {
    pollfd probe{fd, POLLIN | POLLRDHUP, 0};
    return ::poll(&probe, 1, 0) > 0 && (probe.revents & (POLLRDHUP | POLLHUP | POLLERR)) != 0;
}

/* recv() with MSG_PEEK|MSG_WAITALL on a stream socket: the kernel copies the queue from its head until `length` bytes,
 * the end of the stream or the timeout, so each try peeks the whole length from the head again. */
ssize_t peek_all(int fd, void *buffer, size_t length, int flags) {
    const int entry_errno = errno;
    const study::Deadline deadline(timeout_of(fd, SO_RCVTIMEO));
    double pause = 0.001;
    ssize_t seen = 0;
    for (;;) {
        const ssize_t got = recv(fd, buffer, length, (flags & ~MSG_WAITALL) | MSG_DONTWAIT);
        if (got == 0 || (got > 0 && (static_cast<size_t>(got) == length || input_ended(fd)))) {
            errno = entry_errno;
            return got;
        }
        if (got < 0 && !would_block(errno)) {
            return got;
        }
        int error;
        if (got > 0) {
            seen = got;
            error = pause_until(pause, deadline);
            pause = pause * 2 < kLongestRetryPause ? pause * 2 : kLongestRetryPause;
        } else {
            error = wait_ready(fd, false, deadline);
        }
        if (error == EAGAIN && seen > 0) {
            errno = entry_errno;
            return seen; /* the timeout passed: the kernel gives what it copied */
        }
        if (error != 0) {
            errno = error;
            return -1;
        }
    }
}

/* recv() with MSG_WAITALL on a stream socket: until `length` bytes, the end of the stream, an error or the socket's
 * timeout (then what came), the timeout bounding the whole call as it bounds the kernel's. */
ssize_t receive_all(int fd, void *buffer, size_t length, int flags) {
    const int entry_errno = errno;
    const study::Deadline deadline(timeout_of(fd, SO_RCVTIMEO));
    size_t done = 0;
    for (;;) {
        const ssize_t got =
            recv(fd, static_cast<char *>(buffer) + done, length - done, (flags & ~MSG_WAITALL) | MSG_DONTWAIT);
        if (got > 0) {
            done += static_cast<size_t>(got);
            if (done < length) {
                continue;
            }
        }
        if (got >= 0 || (done > 0 && !would_block(errno))) {
            errno = entry_errno;
            return static_cast<ssize_t>(done);
        }
        if (!would_block(errno)) {
            return got;
        }
        const int error = wait_ready(fd, false, deadline);
        if (error != 0) {
            if (done > 0) {
                errno = entry_errno;
                return static_cast<ssize_t>(done);
            }
            errno = error;
            return -1;
        }
    }
}

/* recv(): MSG_WAITALL waits for the whole length on stream sockets only; on datagram and SOCK_SEQPACKET sockets it
 * does nothing (recv(2)): one message is one call. */
ssize_t hooked_recv(int fd, void *buffer, size_t length, int flags) {
    if (!waits(fd, flags)) {
        return original<decltype(&recv)>(g_recv)(fd, buffer, length, flags);
    }
    if ((flags & MSG_WAITALL) == 0 || length == 0 || !is_stream_socket(fd)) {
        return input(fd, [&] { return recv(fd, buffer, length, (flags & ~MSG_WAITALL) | MSG_DONTWAIT); });
    }
    if ((flags & MSG_PEEK) != 0) {
        return peek_all(fd, buffer, length, flags);
    }
    return receive_all(fd, buffer, length, flags);
}

ssize_t hooked_recvfrom(int fd, void *buffer, size_t length, int flags, sockaddr *from, socklen_t *from_length) {
    if (!waits(fd, flags)) {
        return original<decltype(&recvfrom)>(g_recvfrom)(fd, buffer, length, flags, from, from_length);
    }
    const socklen_t given = from_length != nullptr ? *from_length : 0;
    return input(fd, [&] {
        if (from_length != nullptr) {
            *from_length = given; /* an attempt that would block may have changed it */
        }
        return recvfrom(fd, buffer, length, flags | MSG_DONTWAIT, from, from_length);
    });
}

ssize_t hooked_recvmsg(int fd, msghdr *message, int flags) {
    if (!waits(fd, flags)) {
        return original<decltype(&recvmsg)>(g_recvmsg)(fd, message, flags);
    }
    const socklen_t name_length = message->msg_namelen;
    const size_t control_length = message->msg_controllen;
    return input(fd, [&] {
        message->msg_namelen = name_length;
        message->msg_controllen = control_length;
        return recvmsg(fd, message, flags | MSG_DONTWAIT);
    });
}

ssize_t hooked_send(int fd, const void *data, size_t length, int flags) {
    if (!waits(fd, flags)) {
        return original<decltype(&send)>(g_send)(fd, data, length, flags);
    }
    return output(fd, length, [&](size_t offset) {
        return send(fd, static_cast<const char *>(data) + offset, length - offset, flags | MSG_DONTWAIT);
    });
}

ssize_t hooked_sendto(int fd, const void *data, size_t length, int flags, const sockaddr *to, socklen_t to_length) {
    if (!waits(fd, flags)) {
        return original<decltype(&sendto)>(g_sendto)(fd, data, length, flags, to, to_length);
    }
    return output(fd, length, [&](size_t offset) {
        return sendto(fd, static_cast<const char *>(data) + offset, length - offset, flags | MSG_DONTWAIT, to,
                      to_length);
    });
}

/* One message, sent whole as a blocking sendmsg() sends it: a stream socket that takes only part of it gets the rest
 * (without the control data, which went with the first part) once it has room again. */
ssize_t hooked_sendmsg(int fd, const msghdr *message, int flags) {
    if (!waits(fd, flags) || message == nullptr) {
        return original<decltype(&sendmsg)>(g_sendmsg)(fd, message, flags);
    }
    size_t length = 0;
    for (size_t i = 0; i < message->msg_iovlen; i++) {
        length += message->msg_iov[i].iov_len;
    }
    std::vector<iovec> rest;
    msghdr current = *message;
    return output(fd, length, [&](size_t offset) {
        if (offset > 0) {
            rest.clear();
            size_t skip = offset;
            for (size_t i = 0; i < message->msg_iovlen; i++) {
                const iovec &part = message->msg_iov[i];
                if (skip >= part.iov_len) {
                    skip -= part.iov_len;
                    continue;
                }
                rest.push_back({static_cast<char *>(part.iov_base) + skip, part.iov_len - skip});
                skip = 0;
            }
            current.msg_iov = rest.data();
            current.msg_iovlen = rest.size();
            current.msg_control = nullptr;
            current.msg_controllen = 0;
        }
        return sendmsg(fd, &current, flags | MSG_DONTWAIT);
    });
}

/* socket_write() writes with write(): on a socket that is send() without flags (anything else is the original). */
ssize_t hooked_write(int fd, const void *data, size_t length) {
    int type = 0;
    socklen_t type_length = sizeof(type);
    if (!waits(fd) || getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &type_length) != 0) {
        return original<decltype(&write)>(g_write)(fd, data, length);
    }
    return output(fd, length, [&](size_t offset) {
        return send(fd, static_cast<const char *>(data) + offset, length - offset, MSG_DONTWAIT);
    });
}

/* Runs `call` with the descriptor non-blocking for the moment of the call: accept() and connect() have no flag
 * for it. The flag is the open file's, so another process sharing the descriptor sees it for that moment only. */
template <typename Call>
int without_blocking(int fd, Call call) {
    const int status = fcntl(fd, F_GETFL);
    fcntl(fd, F_SETFL, status | O_NONBLOCK);
    const int result = call();
    const int error = errno;
    fcntl(fd, F_SETFL, status);
    errno = error;
    return result;
}

/* accept() and accept4() (PHP 8.5's socket_accept() passes SOCK_CLOEXEC), waiting for a connection as a coroutine;
 * a connection another process (or coroutine) took first is waited for again. */
template <typename Accept>
int accept_waiting(int fd, sockaddr *address, socklen_t *length, Accept call) {
    const socklen_t given = length != nullptr ? *length : 0;
    return static_cast<int>(input(fd, [&] {
        if (length != nullptr) {
            *length = given;
        }
        return static_cast<ssize_t>(without_blocking(fd, call));
    }));
}

int hooked_accept(int fd, sockaddr *address, socklen_t *length) {
    if (!waits(fd)) {
        return original<decltype(&accept)>(g_accept)(fd, address, length);
    }
    return accept_waiting(fd, address, length, [&] { return accept(fd, address, length); });
}

int hooked_accept4(int fd, sockaddr *address, socklen_t *length, int flags) {
    if (!waits(fd)) {
        return original<decltype(&accept4)>(g_accept4)(fd, address, length, flags);
    }
    return accept_waiting(fd, address, length, [&] { return accept4(fd, address, length, flags); });
}

/* A Unix stream socket's connect() to a listener whose backlog is full fails with EAGAIN where it may not block; the
 * blocking one waits until the listener accepts, within SO_SNDTIMEO (then EAGAIN). The kernel has no readiness for
 * room in another socket's backlog, so the call is tried again after pauses growing from 1 ms to kLongestRetryPause
 * (as flock() waits under HOOK_FILE). The result and errno of the last try, ECANCELED for a canceled coroutine. */
int connect_unix_waiting(int fd, const sockaddr *address, socklen_t length, const study::Deadline &deadline) {
    double pause = 0.001;
    for (;;) {
        const int error = pause_until(pause, deadline);
        if (error != 0) {
            errno = error;
            return -1;
        }
        pause = pause * 2 < kLongestRetryPause ? pause * 2 : kLongestRetryPause;
        const int result = without_blocking(fd, [&] { return connect(fd, address, length); });
        if (result == 0 || errno != EAGAIN) {
            return result;
        }
    }
}

/* connect() as a blocking one reports it: 0 once connected, the connection's error, EINPROGRESS when SO_SNDTIMEO
 * passed first (the kernel's blocking connect() says so then too), ECANCELED for a canceled coroutine. */
int hooked_connect(int fd, const sockaddr *address, socklen_t length) {
    if (!waits(fd)) {
        return original<decltype(&connect)>(g_connect)(fd, address, length);
    }
    const int entry_errno = errno;
    const study::Deadline deadline(timeout_of(fd, SO_SNDTIMEO));
    int result = without_blocking(fd, [&] { return connect(fd, address, length); });
    if (result != 0 && errno == EAGAIN && address != nullptr && address->sa_family == AF_UNIX) {
        result = connect_unix_waiting(fd, address, length, deadline);
        if (result == 0) {
            errno = entry_errno;
        }
    }
    if (result == 0 || errno != EINPROGRESS) {
        return result;
    }
    const int error = wait_ready(fd, true, deadline);
    if (error != 0) {
        errno = error == EAGAIN ? EINPROGRESS : error;
        return -1;
    }
    int failure = 0;
    socklen_t failure_length = sizeof(failure);
    if (getsockopt(fd, SOL_SOCKET, SO_ERROR, &failure, &failure_length) != 0) {
        return -1;
    }
    if (failure != 0) {
        errno = failure;
        return -1;
    }
    errno = entry_errno;
    return 0;
}

/* The descriptors of select()'s sets, each once per kind of readiness. */
std::vector<study::FdInterest> interests_of(int count, fd_set *read, fd_set *write, fd_set *except) {
    std::vector<study::FdInterest> interests;
    for (int fd = 0; fd < count && fd < FD_SETSIZE; fd++) {
        if (read != nullptr && FD_ISSET(fd, read)) {
            interests.push_back({fd, false});
        }
        if (write != nullptr && FD_ISSET(fd, write)) {
            interests.push_back({fd, true});
        }
        if (except != nullptr && FD_ISSET(fd, except)) {
            interests.push_back({fd, false, true});
        }
    }
    return interests;
}

/* select() with a zero timeout on copies of the sets; the caller's sets get the answer when something is ready. */
int select_now(int count, fd_set *read, fd_set *write, fd_set *except) {
    fd_set sets[3];
    fd_set *given[3] = {read, write, except};
    fd_set *copies[3] = {};
    for (int i = 0; i < 3; i++) {
        if (given[i] != nullptr) {
            sets[i] = *given[i];
            copies[i] = &sets[i];
        }
    }
    timeval zero{0, 0};
    const int ready = original<decltype(&select)>(g_select)(count, copies[0], copies[1], copies[2], &zero);
    if (ready != 0) {
        for (int i = 0; i < 3; i++) {
            if (given[i] != nullptr && ready > 0) {
                *given[i] = sets[i];
            }
        }
    }
    return ready;
}

/* socket_select(): waits as a coroutine until a descriptor is ready or the time is up; the sets and the count are
 * then select()'s own, with a zero timeout. A wake whose readiness another coroutine took first waits again. */
int hooked_select(int count, fd_set *read, fd_set *write, fd_set *except, timeval *timeout) {
    const bool poll_only = timeout != nullptr && timeout->tv_sec == 0 && timeout->tv_usec == 0;
    std::vector<study::FdInterest> interests;
    if (g_on && !poll_only && php_study_may_suspend()) {
        interests = interests_of(count, read, write, except);
    }
    if (interests.empty() && (timeout == nullptr || !g_on || poll_only || !php_study_may_suspend())) {
        return original<decltype(&select)>(g_select)(count, read, write, except, timeout);
    }
    const study::Deadline deadline(
        timeout == nullptr ? -1 : static_cast<double>(timeout->tv_sec) + static_cast<double>(timeout->tv_usec) / 1e6);
    const int entry_errno = errno;
    for (;;) {
        const int ready = interests.empty() ? 0 : select_now(count, read, write, except);
        if (ready > 0) {
            errno = entry_errno;
        }
        if (ready != 0) {
            return ready;
        }
        php_study_wait_begin(nullptr);
        const double left = deadline.remaining();
        const int error = php_study_wait_releasing(
            [&] {
                if (interests.empty()) { /* nothing to watch: select() only sleeps */
                    const study::WakeReason slept = study::scheduler::sleep(left);
                    return slept == study::WakeReason::kTimeout || slept == study::WakeReason::kDone
                               ? ETIMEDOUT
                               : study::errno_of(slept);
                }
                return study::wait_any_fd(interests.data(), interests.size(), left, nullptr, true);
            },
            [&] { std::vector<study::FdInterest>().swap(interests); });
        if (error == ETIMEDOUT) {
            for (fd_set *set : {read, write, except}) {
                if (set != nullptr) {
                    FD_ZERO(set);
                }
            }
            if (timeout != nullptr) {
                *timeout = timeval{0, 0}; /* Linux's select() leaves the time not slept there */
            }
            errno = entry_errno;
            return 0;
        }
        if (error == EPERM) {
            return original<decltype(&select)>(g_select)(count, read, write, except, timeout); /* not watchable */
        }
        if (error != 0) {
            if (error == ECANCELED || error == EINTR || error == EDEADLK) {
                php_study_wait_end(study::WakeReason::kDone); /* a coroutine destroyed meanwhile unwinds */
            }
            errno = error == EDEADLK ? EINTR : error; /* EBADF: a descriptor was closed by socket_close() */
            return -1;
        }
    }
}

/* socket_close() of a socket other coroutines wait on: they are woken first and fail with EBADF, as a blocking call
 * fails when its descriptor goes; epoll forgets a closed file, so they would wait forever. Their calls keep the PHP
 * object alive (it is their argument), and the descriptor is no longer used by them. */
int hooked_close(int fd) {
    study::end_fd_waits(fd, EBADF);
    return original<decltype(&close)>(g_close)(fd);
}

/* The object (sockets.so) that defines the sockets extension's functions; nullptr without the extension, or when
 * it is built into the php binary (then its imports are every part of PHP's). */
const void *sockets_extension_code() {
    auto *function =
        static_cast<zend_function *>(zend_hash_str_find_ptr(CG(function_table), ZEND_STRL("socket_create")));
    if (function == nullptr || function->type != ZEND_INTERNAL_FUNCTION) {
        return nullptr;
    }
    const void *code = reinterpret_cast<const void *>(function->internal_function.handler);
    Dl_info extension, engine;
    if (dladdr(code, &extension) == 0 ||
        dladdr(reinterpret_cast<const void *>(&zend_hash_str_find_ptr), &engine) == 0 ||
        extension.dli_fbase == engine.dli_fbase) {
        return nullptr;
    }
    return code;
}

}  // namespace

void php_study_sockets_hook(bool on) {
    g_on = false;
    if (!on) {
        for (study::ImportHook *hook : g_all) {
            hook->uninstall();
        }
        return;
    }
    const void *code = sockets_extension_code();
    if (code == nullptr) {
        return;
    }
    for (study::ImportHook *hook : g_all) {
        hook->install_in(code);
    }
    g_on = true;
}

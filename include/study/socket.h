// SPDX-License-Identifier: MIT
#pragma once

#include <sys/socket.h>
#include <sys/types.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "study/address.h"  // the addresses sockets take, and name resolution
#include "study/netpoll.h"
#include "study/scheduler.h"

struct pollfd;

namespace study {

struct WaitPoint;
class TlsContext;
class TlsSession;
struct TlsPeer;

// Counters of the core's sockets, for Study\Runtime::metrics(). Bytes are the data the program handled (after TLS
// decryption, before encryption), counted where a call moved them; totals since the process (or a Process\Pool worker)
// started.
struct SocketStats {
    size_t open = 0;              // sockets whose descriptor is open now (Socket objects not closed or detached)
    uint64_t bytes_received = 0;  // bytes read
    uint64_t bytes_sent = 0;      // bytes written
};

// A non-blocking socket whose waits suspend only the running coroutine (or, in the main context, run the loop until
// the socket is ready). Readiness comes from the core's epoll set (study/netpoll.h): the socket is registered there
// once, edge-triggered, at its first wait. One reader and one writer may wait at once. Every failure returns -1 / false
// / nullptr and leaves an errno value in error(): ETIMEDOUT when a timeout passed, ECANCELED when the wait was
// canceled, EBADF when the socket is (or was, while waiting) closed, EBUSY when another coroutine already waits in the
// same direction.
//
// Timeouts: negative waits without limit, 0 does not wait at all, above 0 waits up to that many seconds.
//
// Where the running context may not suspend (scheduler::may_suspend() is false: a PHP destructor before PHP 8.4, a
// coroutine being destroyed), every wait blocks the thread in poll() instead, with the same timeout and the same
// results, as a blocking socket would.
class Socket {
public:
    // A new non-blocking socket; nullptr with *error set when socket() fails.
    static Socket* open(int domain, int type, int protocol, int* error);
    // Adopts a connected or listening descriptor, made non-blocking here.
    static Socket* adopt(int fd, int domain, int type);
    // Closes the socket if still open.
    ~Socket();
    Socket(const Socket&) = delete;
    Socket& operator=(const Socket&) = delete;

    int fd() const { return fd_; }
    int domain() const { return domain_; }
    int type() const { return type_; }
    int error() const { return error_; }
    // A text for error() where its errno text would not say why (OpenSSL's reason for a TLS failure); nullptr then.
    const char* error_message() const { return error_ != 0 && !message_.empty() ? message_.c_str() : nullptr; }

    bool bind(const sockaddr* address, socklen_t length);
    bool listen(int backlog);
    // A new connected socket, owned by the caller. With `peer`, the peer's address comes with it (`*peer_length` in:
    // its size, out: the address's), for a caller that needs it: a getpeername() less per connection.
    Socket* accept(double timeout, sockaddr_storage* peer = nullptr, socklen_t* peer_length = nullptr);
    // With timeout 0 it only starts the connection: false with EINPROGRESS while it is under way (wait_writable()
    // then tells when it ended; SO_ERROR says how).
    bool connect(const sockaddr* address, socklen_t length, double timeout);
    // At most `length` bytes into `buffer`; 0 when the peer closed.
    ssize_t recv(char* buffer, size_t length, double timeout);
    // Exactly `length` bytes, or fewer when the peer closed first.
    ssize_t recv_all(char* buffer, size_t length, double timeout);
    // What the kernel takes now, waiting for room only when it takes nothing.
    ssize_t send(const char* data, size_t length, double timeout);
    // All of `data`; -1 when it fails before the end (`*sent` says how much went out, when given).
    ssize_t send_all(const char* data, size_t length, double timeout, size_t* sent = nullptr);
    ssize_t recvfrom(char* buffer, size_t length, sockaddr_storage* from, socklen_t* from_length, double timeout);
    ssize_t sendto(const char* data, size_t length, const sockaddr* to, socklen_t to_length, double timeout);
    // Waits until data (or the peer's close) can be read, without reading; for callers that allocate their
    // buffer only then.
    // With TLS on, decrypted data OpenSSL holds already counts as readable, and a read that has to send first waits
    // for the socket to be writable.
    bool wait_readable(double timeout);
    bool wait_writable(double timeout) { return wait_ready(kWrite, timeout); }

    // What wait_any() watches on one socket.
    struct Interest {
        Socket* socket;
        bool read;
        bool write;
    };
    // Waits until one of the sockets may be ready for what its entry asks (readable: data, a connection or the
    // peer's close; or closed meanwhile), or `timeout` passes. The sockets must stay alive (they may be closed) until
    // it returns. True when woken by readiness; false with *error set: ETIMEDOUT, ECANCELED, EBUSY (another
    // coroutine waits on one of them in the same direction), EBADF (one is closed already). It does not look at the
    // descriptors first: callers poll them without waiting before they call it.
    static bool wait_any(const Interest* interests, size_t count, double timeout, int* error);
    bool shutdown(int how);
    // Closes the descriptor; waiting coroutines wake and fail with EBADF. False (EBADF) when closed already.
    bool close();
    // Gives the descriptor up, open, to the caller: from now on the socket is closed (waiters wake with EBADF).
    // -1 when it is closed already. The descriptor stays non-blocking.
    int detach();
    bool closed() const { return fd_ < 0; }
    bool set_option(int level, int name, int value);
    bool get_option(int level, int name, int* value);

    // TLS (include/study/tls.h). Starts TLS on this connected stream socket, as client or server as `context` says,
    // and runs the handshake within `timeout`; the socket holds a reference to the context until it is closed. From
    // then on recv(), recv_all(), send(), send_all() and shutdown() go through TLS, with the same waits, timeouts,
    // cancel and close as before; recvfrom() and sendto() fail with EOPNOTSUPP. False with error() set: EPROTO for a
    // TLS failure (verification, protocol), ECONNRESET when the peer closed during the handshake, each with
    // error_message() giving OpenSSL's reason; ETIMEDOUT, ECANCELED, EBADF as for any wait; EINVAL for a socket that
    // is not a stream or a session OpenSSL refuses to set up (error_message() says why); EALREADY when TLS is on
    // already; EBUSY while another coroutine waits on the socket (its recv would take the handshake's bytes). A
    // handshake that timed out may be continued by calling it again; until it has completed, recv() and send() fail
    // with ENOTCONN. After any other failure the connection is unusable.
    //
    // A TLS send() that would block has handed OpenSSL a record of its data, partly sent, which only that call can
    // finish: while it waits, another coroutine's send() or tls_shutdown() fails with EBUSY at once, and when its wait
    // ends without finishing the record (timeout, cancel), every later send(), send_all() and tls_shutdown() fails with
    // EPIPE, and close() sends no close_notify. The receiving side is not affected.
    bool enable_tls(TlsContext* context, const TlsPeer& peer, double timeout);
    // Sends TLS's close_notify (waiting for room within `timeout`), without waiting for the peer's. close() sends it
    // too, when it can without waiting.
    bool tls_shutdown(double timeout);
    // The connection's TLS state once enable_tls() was called (alpn(), session_reused(), the peer's certificate...);
    // nullptr for a plain socket. Owned by the socket, gone at close().
    const TlsSession* tls() const { return tls_; }
    // The last read took all the socket held, so whatever comes next comes as an edge: a wait is the cheaper way to
    // the next data than a read that would fail (an HTTP connection between keep-alive requests).
    bool drained() const { return settled_[kRead] && !read_ended_; }

    static SocketStats stats() { return stats_; }
    // Starts the byte totals afresh, for a forked worker (open sockets stay counted: the worker has them too).
    static void reset_counters() { stats_.bytes_received = stats_.bytes_sent = 0; }
    // For callers that move data through fd() themselves (a stream transport's own recv(), sendfile()): counts it as
    // this socket's.
    static void count_received(size_t bytes) { stats_.bytes_received += bytes; }
    static void count_sent(size_t bytes) { stats_.bytes_sent += bytes; }

    // Buffers are owned by the caller; the core never keeps them across a wait in anything another coroutine
    // reaches. (The waiting coroutine itself reads into them once resumed.)

private:
    enum Direction { kRead = 0, kWrite = 1 };

    // Waits until the socket may be ready for `direction`; false with error_ set when it cannot wait, or the wait
    // ended otherwise (timeout, cancel, close).
    // `kind` names the wait for list() (kUnknown: a read, accept or write by the direction and the socket).
    bool wait_ready(Direction direction, double timeout, WaitKind kind = WaitKind::kUnknown);
    // `call(Direction* wait_for)` makes one attempt; a would-block failure waits for *wait_for (preset to `direction`).
    template <typename Call>
    ssize_t io(Direction direction, double timeout, Call call);
    Socket(int fd, int domain, int type);  // fd is non-blocking already
    // Registers the descriptor in the epoll set if it is not yet: netpoll::watch()'s 1, 0 or -1.
    int watch();
    // Whether readiness for `direction` may be there without a new edge: an edge came that no waiter took (it is
    // taken now), or the socket was not seen unready since readiness was last handed out (poll() tells then).
    bool ready_now(Direction direction, bool registered_now);
    // A call found the direction unready (EAGAIN, or a short read that emptied a plain TCP stream): an edge kept from
    // before is spent, and the next readiness comes as an edge.
    void mark_unready(Direction direction) {
        ready_[direction] = false;
        settled_[direction] = true;
    }
    // Whether a read shorter than asked means the socket is empty: plain TCP only. With TLS, OpenSSL may have read
    // ahead; a Unix stream stops short at a message that carries descriptors or credentials. (TCP's urgent data
    // also stops a read short: such a connection waits for its next data to come as an edge.)
    bool drains_on_short_read() const {
        return tls_ == nullptr && type_ == SOCK_STREAM && (domain_ == AF_INET || domain_ == AF_INET6);
    }
    void set_waiter(int direction, WaitPoint* wait);  // keeps netpoll's count of waiters
    static void on_ready(void* owner, uint32_t events);
    void edge(Direction direction);
    int release_descriptor(bool stays_open);
    bool fail(int error, std::string message = std::string());       // sets error_ and message_, returns false
    ssize_t failed(int error, std::string message = std::string());  // sets error_ and message_, returns -1
    void drop_tls();
    static void forget(WaitPoint* wait);
    static void unlink_any(WaitPoint* wait);

    int fd_;
    int domain_;
    int type_;
    int error_ = 0;
    std::string message_;                         // error_message() of error_
    TlsSession* tls_ = nullptr;                   // heap; TLS state once enable_tls() was called
    uint32_t slot_ = netpoll::kNoSlot;            // in the epoll set's table, from the first wait to the close
    bool listening_ = false;                      // listen() was called: a read wait is an accept
    WaitPoint* waiters_[2] = {nullptr, nullptr};  // heap waits of the reader and the writer
    // Per direction, the edge-triggered set's state. `ready_`: an edge came while nobody waited (the set reports it
    // only once, so it is kept for the next wait, which takes it). `settled_`: since readiness was last handed out
    // (a wait returned), a call found the socket unready (EAGAIN, or a short read of a plain stream, which empties
    // it), so any readiness after that comes as an edge; where it is false, a wait asks poll() first, for a caller
    // that waits again without having read all there was.
    bool ready_[2] = {false, false};
    bool settled_[2] = {false, false};
    // The set reported the peer's end (EPOLLRDHUP, EPOLLHUP): reading gives 0 from now on, so every read wait is over
    // at once, even after a short read (the edge that carried the end came with the last data). A read that finds the
    // socket empty clears it.
    bool read_ended_ = false;

    static SocketStats stats_;
};

// poll()'s timeout for `seconds`: -1 (no limit) for a negative one, 0 for 0, else the milliseconds rounded up, at
// most INT_MAX (about 24.8 days: poll() takes an int, and `seconds * 1000` cast to int overflows past it).
int poll_milliseconds(double seconds);

// Blocks the thread in poll() until one of `fds` is ready or `timeout` seconds pass (negative: no limit; 0: does not
// wait), for a context that may not suspend. Polls again after EINTR, and when a timeout longer than one poll() can
// take has not passed yet. Returns poll()'s result: the number of ready descriptors, 0 when the time passed, or -1
// with errno set.
int poll_for(pollfd* fds, size_t count, double timeout);

}  // namespace study

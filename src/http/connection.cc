// SPDX-License-Identifier: MIT
// A server connection: requests in, responses out, in order (see Connection in include/study/http.h).
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/sendfile.h>
#include <sys/socket.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <ctime>
#include <initializer_list>

#include "ascii.h"
#include "study/http.h"
#include "study/scheduler.h"
#include "study/socket.h"

namespace study {
namespace http {

namespace {

// The read buffer: the parser copies what it keeps, so one buffer of this size serves any request.
constexpr size_t kBufferSize = 8 * 1024;
// A body up to this size is copied behind the head and both leave in one send.
constexpr size_t kCopyLimit = 32 * 1024;
// After an error response, what the client still sends is read and dropped, so that the close does not reset the
// connection before the client has read the response; up to this much, for at most kLingerSeconds.
constexpr size_t kLingerBytes = 1024 * 1024;
constexpr double kLingerSeconds = 2;
// append_head()'s length of a body that ends with the connection.
constexpr size_t kUnknownLength = SIZE_MAX;

// The encoder of whole bodies given to end(): one per level and thread, reused (zlib's state is large to set up),
// which is safe because compressing never waits.
GzipEncoder& one_shot_encoder(int level) {
    thread_local std::unique_ptr<GzipEncoder> encoders[10];
    std::unique_ptr<GzipEncoder>& encoder = encoders[level < 1 ? 1 : level > 9 ? 9 : level];
    if (!encoder) {
        encoder.reset(new GzipEncoder(level));
    }
    return *encoder;
}

// Date's value, made again only when the second changes.
std::string_view http_date() {
    thread_local time_t cached_second = 0;
    thread_local char text[64];
    thread_local size_t length = 0;
    const time_t now = time(nullptr);
    if (now != cached_second) {
        struct tm parts;
        gmtime_r(&now, &parts);
        length = strftime(text, sizeof(text), "%a, %d %b %Y %H:%M:%S GMT", &parts);
        cached_second = now;
    }
    return {text, length};
}

// `value`'s digits, written into `digits`.
std::string_view format_number(char (&digits)[24], uint64_t value, int base = 10) {
    const auto result = std::to_chars(digits, digits + sizeof(digits), value, base);
    return {digits, static_cast<size_t>(result.ptr - digits)};
}

void append_number(std::string* out, uint64_t value, int base = 10) {
    char digits[24];
    out->append(format_number(digits, value, base));
}

// Appends the pieces with one growth of `out`: a response head is a dozen pieces, and each append() is a call that
// checks the capacity again. No piece may view `*out` itself: the growth may move it.
void append_all(std::string* out, std::initializer_list<std::string_view> pieces) {
    size_t size = 0;
    for (const std::string_view piece : pieces) {
        size += piece.size();
    }
    size_t at = out->size();
    out->resize(at + size);
    for (const std::string_view piece : pieces) {
        if (!piece.empty()) {
            memcpy(&(*out)[at], piece.data(), piece.size());
            at += piece.size();
        }
    }
}

// RFC 9110's tchar (the characters of a field name): a table lookup, not a search of the punctuation list per byte.
constexpr std::array<bool, 256> kTokenChars = [] {
    std::array<bool, 256> table{};
    for (int c = '0'; c <= '9'; ++c) {
        table[c] = true;
    }
    for (int c = 'a'; c <= 'z'; ++c) {
        table[c] = table[c - 32] = true;
    }
    for (const char c : std::string_view("!#$%&'*+-.^_`|~")) {
        table[static_cast<unsigned char>(c)] = true;
    }
    return table;
}();

bool is_token(std::string_view name) {
    if (name.empty()) {
        return false;
    }
    for (const char c : name) {
        if (!kTokenChars[static_cast<unsigned char>(c)]) {
            return false;
        }
    }
    return true;
}

bool same_name(std::string_view name, std::string_view lower_name) {
    if (name.size() != lower_name.size()) {
        return false;
    }
    for (size_t i = 0; i < name.size(); ++i) {
        const char c = name[i];
        if (((c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c) != lower_name[i]) {
            return false;
        }
    }
    return true;
}

}  // namespace

// Marks a write under way for as long as it runs, waits for the client included: writing() is true meanwhile, and its
// end wakes the reader waiting in wait_writer().
class Connection::WriteScope {
public:
    explicit WriteScope(Connection* connection) : connection_(connection) { connection_->writers_.add(1); }
    ~WriteScope() { connection_->writers_.add(-1); }
    WriteScope(const WriteScope&) = delete;
    WriteScope& operator=(const WriteScope&) = delete;

private:
    Connection* connection_;
};

Connection::Connection(Socket* socket, const Limits& limits) : socket_(socket), limits_(limits), parser_(limits) {
    // Responses leave in one send each; waiting for the client's acknowledgement of the last one (Nagle) would
    // delay a streamed chunk or a body sent after its head by the peer's delayed-ACK time.
    socket_->set_option(IPPROTO_TCP, TCP_NODELAY, 1);
}

Connection::~Connection() = default;

bool Connection::keep_alive() const {
    return !closing_ && request_.keep_alive() && (limits_.max_requests == 0 || requests_ < limits_.max_requests);
}

// A connection that has not had its first request yet is not idle: its client connected while the server accepted,
// and sends its request as soon as the connection is up; closing it would fail that request (a client retries a
// request that got nothing back only on a connection it had used before: Go's net/http says "there's no reason the
// server should've hung up on us" on a new one). Its first request is answered, as nginx's graceful shutdown does,
// within the server's own bound on the shutdown.
void Connection::close_when_idle() {
    closing_ = true;
    if (idle_ && requests_ > 0 && !request_waiting()) {
        socket_->close();  // the reader wakes with EBADF and reads kClosed
    }
}

// Whether bytes (a next request, or the peer's close) wait in the kernel for the idle reader, which the loop has not
// woken yet. Such a request is answered, with Connection: close, rather than cut: closing a socket with unread data
// resets the connection, and its client, which sent the request before the server said anything of a close, would
// lose it. What comes after the close is the race every HTTP/1.1 server has with its clients, which retry a request
// that got nothing back on a reused connection (RFC 9112, 9.3.1).
bool Connection::request_waiting() const {
    pollfd probe = {socket_->fd(), POLLIN, 0};
    return !socket_->closed() && poll(&probe, 1, 0) > 0;
}

Connection::ReadResult Connection::read_request() {
    if (!ended_ || writing() || socket_->closed() || (requests_ > 0 && !keep_alive())) {
        return ReadResult::kClosed;  // a first request is read even after close_when_idle()
    }
    request_.clear();
    parser_.next();
    ReadResult result = parse_until(ParseState::kHeadersComplete);
    if (result != ReadResult::kRequest) {
        return result;
    }
    if (reader_ != nullptr && parser_.body_expected() && parser_.state() == ParseState::kHeadersComplete &&
        reader_->begin(request_)) {
        request_.reader_ = reader_;
    }
    if (request_.expects_continue() && parser_.body_expected() && request_.version_minor() >= 1 && begin_ == end_ - 1 &&
        !send_continue()) {
        return ReadResult::kClosed;
    }
    result = parse_until(ParseState::kMessageComplete);
    if (result != ReadResult::kRequest) {
        return result;
    }
    ++requests_;
    status_ = 200;
    reason_.clear();
    headers_.clear();
    head_sent_ = chunked_ = ended_ = client_close_ = gzip_ = has_encoding_ = compressible_ = false;
    encoder_.reset();
    return ReadResult::kRequest;
}

// Feeds the buffer to the parser, reading more as needed, until it reaches `wanted` (or the message completes). The
// head's time counts from its first byte, the body's from the end of the head (after 100 Continue): each is a
// deadline for all of its reads, so that a client sending a byte now and then cannot hold the connection forever.
Connection::ReadResult Connection::parse_until(ParseState wanted) {
    Deadline head_deadline(-1);
    bool head_deadline_set = false;
    const Deadline body_deadline(wanted == ParseState::kMessageComplete ? limits_.body_timeout : -1);
    for (;;) {
        if (begin_ < end_) {
            begin_ += parser_.feed(&request_, buffer_.get() + begin_, end_ - begin_);
            const ParseState state = parser_.state();
            if (state == ParseState::kError) {
                return reject(parser_.status());
            }
            if (state == wanted || state == ParseState::kMessageComplete) {
                return ReadResult::kRequest;
            }
            if (begin_ < end_) {
                continue;
            }
        }
        double timeout = body_deadline.remaining();
        if (wanted == ParseState::kMessageComplete && timeout == 0 && limits_.body_timeout > 0) {
            return reject(408);  // passed, even if the client keeps a byte ready for each read
        }
        if (wanted == ParseState::kHeadersComplete) {
            if (!parser_.started()) {
                timeout = limits_.idle_timeout;
            } else {
                if (!head_deadline_set) {
                    head_deadline = Deadline(limits_.header_timeout);
                    head_deadline_set = true;
                }
                timeout = head_deadline.remaining();
            }
        }
        const ReadResult result = fill(timeout);
        if (result != ReadResult::kRequest) {
            return result;
        }
    }
}

// Reads more bytes into the (empty) buffer. An idle connection keeps no buffer: it gives it back when it finds no
// next request waiting, and allocates one again once data has come. Thousands of idle keep-alive connections so
// cost no read buffer each (bench/http_idle.php).
Connection::ReadResult Connection::fill(double timeout) {
    begin_ = end_ = 0;
    idle_ = !parser_.started();
    if (closing_ && idle_ && requests_ > 0) {
        return ReadResult::kClosed;
    }
    if (buffer_ && idle_) {
        // A keep-alive client may have sent its next request already: read it without giving the buffer back. Not
        // when the last read emptied the socket: the client was waiting for this response then, so a read now would
        // nearly always fail (a system call per request); the readiness wait below finds a request sent meanwhile.
        if (!drained_) {
            const ssize_t n = socket_->recv(buffer_.get(), kBufferSize, 0);
            if (n > 0) {
                return took(n);
            }
            if (n == 0 || socket_->error() != ETIMEDOUT) {
                idle_ = false;
                return ReadResult::kClosed;
            }
        }
        buffer_.reset();
    }
    if (!buffer_ && !socket_->wait_readable(timeout)) {
        idle_ = false;
        return socket_->error() == ETIMEDOUT && parser_.started() ? reject(408) : ReadResult::kClosed;
    }
    if (!buffer_) {
        buffer_.reset(new char[kBufferSize]);
    }
    const ssize_t n = socket_->recv(buffer_.get(), kBufferSize, timeout);
    idle_ = false;
    if (n > 0) {
        return took(n);
    }
    if (n < 0 && socket_->error() == ETIMEDOUT && parser_.started()) {
        return reject(408);
    }
    return ReadResult::kClosed;  // the peer closed (mid-request too: nobody is left to answer), or a failure
}

// The bytes a read put in the buffer, and whether that read emptied the socket (Socket::drained(): a short read of
// plain TCP; with TLS the socket says nothing of what OpenSSL has read ahead, so the next read always tries).
Connection::ReadResult Connection::took(ssize_t n) {
    idle_ = false;
    end_ = static_cast<size_t>(n);
    drained_ = socket_->drained();
    return ReadResult::kRequest;
}

Connection::ReadResult Connection::reject(int status) {
    rejected_status_ = status;
    closing_ = true;
    ended_ = false;
    head_sent_ = false;
    headers_.clear();
    reason_.clear();
    if (send_status(status)) {
        linger();
    }
    return ReadResult::kRejected;
}

void Connection::linger() {
    socket_->shutdown(SHUT_WR);
    Deadline deadline(kLingerSeconds);
    char sink[4096];
    size_t drained = 0;
    while (drained < kLingerBytes) {
        const ssize_t n = socket_->recv(sink, sizeof(sink), deadline.remaining());
        if (n <= 0) {
            break;
        }
        drained += static_cast<size_t>(n);
    }
}

bool Connection::send_continue() {
    static constexpr char kContinue[] = "HTTP/1.1 100 Continue\r\n\r\n";
    return socket_->send_all(kContinue, sizeof(kContinue) - 1, limits_.write_timeout) >= 0;
}

void Connection::begin_response(int status, std::string_view reason) {
    set_status(status, reason);
    headers_.clear();
    has_encoding_ = compressible_ = false;
}

void Connection::set_status(int status, std::string_view reason) {
    status_ = status;
    if (is_reason_phrase(reason)) {
        reason_.assign(reason.data(), reason.size());
    } else {
        reason_.clear();
    }
}

bool is_reason_phrase(std::string_view text) {
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte < 0x20 && c != '\t') || byte == 0x7f) {
            return false;
        }
    }
    return true;
}

bool Connection::add_header(std::string_view name, std::string_view value) {
    if (!is_token(name) || !is_field_value(value)) {
        return false;
    }
    // The writer frames the body itself: a length or coding set by hand would contradict it.
    if (same_name(name, "content-length") || same_name(name, "transfer-encoding")) {
        return true;
    }
    if (same_name(name, "connection")) {
        client_close_ = client_close_ || value == "close";
        return true;
    }
    if (same_name(name, "content-type")) {
        compressible_ = compressible_type(value);
    } else if (same_name(name, "content-encoding")) {
        has_encoding_ = true;  // the body is encoded already
    }
    headers_.append(name.data(), name.size()).append(": ", 2).append(value.data(), value.size()).append("\r\n", 2);
    return true;
}

bool Connection::body_allowed() const { return status_ >= 200 && status_ != 204 && status_ != 304; }

void Connection::append_head(bool chunked, size_t content_length) {
    if (client_close_) {
        closing_ = true;
    }
    char status[24];
    const std::string_view status_digits = format_number(status, static_cast<uint64_t>(status_));
    std::string_view encoding;
    if (gzip_) {
        encoding = "Content-Encoding: gzip\r\nVary: Accept-Encoding\r\n";
    } else if (limits_.compression && !has_encoding_ && compressible_) {
        encoding = "Vary: Accept-Encoding\r\n";  // a cache must not give this to a client that takes gzip
    }
    std::string_view framing, length_digits, framing_end;
    char length[24];
    if (chunked) {
        framing = "Transfer-Encoding: chunked\r\n";
    } else if (body_allowed() && content_length != kUnknownLength) {
        framing = "Content-Length: ";
        length_digits = format_number(length, content_length);
        framing_end = "\r\n";
    }
    std::string_view end = "\r\n";
    if (!keep_alive()) {
        end = "Connection: close\r\n\r\n";
    } else if (request_.version_minor() == 0) {
        end = "Connection: keep-alive\r\n\r\n";
    }
    append_all(&out_, {"HTTP/1.1 ", status_digits, " ", reason_.empty() ? status_text(status_) : reason_, "\r\nDate: ",
                       http_date(), "\r\n", headers_, encoding, framing, length_digits, framing_end, end});
    head_sent_ = true;
}

bool Connection::flush() {
    const bool sent = out_.empty() || socket_->send_all(out_.data(), out_.size(), limits_.write_timeout) >= 0;
    if (out_.capacity() > 4 * kCopyLimit) {
        std::string().swap(out_);
    } else {
        out_.clear();
    }
    return sent;
}

// Sends `data` after what out_ holds: copied when small (one send), else after a flush of out_ (no copy).
bool Connection::send_body(const char* data, size_t length) {
    if (length <= kCopyLimit) {
        out_.append(data, length);
        return true;
    }
    return flush() && socket_->send_all(data, length, limits_.write_timeout) >= 0;
}

bool Connection::compress(size_t length) const {
    if (!limits_.compression || has_encoding_ || rejected_status_ != 0 || !body_allowed() || request_.head() ||
        (length != kUnknownLength && length < limits_.compression_min_length) || !compressible_) {
        return false;
    }
    return accepts_gzip(request_.find("accept-encoding"));
}

// A piece of a streamed body: compressed first when the response is gzip, framed as a chunk when chunked, then put
// behind out_ (which the caller flushes).
bool Connection::append_chunk(const char* data, size_t length) {
    std::string compressed;
    if (gzip_) {
        if (!encoder_->encode(data, length, ended_, &compressed)) {
            abort();  // out of memory in zlib: the client must not take a cut stream for the whole body
            return false;
        }
        data = compressed.data();
        length = compressed.size();
    }
    if (length == 0) {
        return true;
    }
    if (chunked_) {
        append_number(&out_, length, 16);
        out_.append("\r\n", 2);
    }
    if (!send_body(data, length)) {
        return false;
    }
    if (chunked_) {
        out_.append("\r\n", 2);
    }
    return true;
}

bool Connection::write(const char* data, size_t length) {
    if (writing() || ended_ || socket_->closed()) {
        return false;
    }
    WriteScope scope(this);
    const bool body = body_allowed() && !request_.head();
    if (!head_sent_) {
        // An HTTP/1.0 client knows no chunked coding: the body then ends with the connection.
        chunked_ = body && request_.version_minor() >= 1;
        if (body && !chunked_) {
            closing_ = true;
        }
        if (body && compress(kUnknownLength)) {
            encoder_.reset(new GzipEncoder(limits_.compression_level));
            gzip_ = true;
        }
        append_head(chunked_, kUnknownLength);
    }
    if (length == 0 || !body) {
        return flush();
    }
    return append_chunk(data, length) && flush();
}

bool Connection::end(const char* data, size_t length) {
    if (writing() || ended_ || socket_->closed()) {
        return false;
    }
    WriteScope scope(this);
    ended_ = true;
    const bool body = body_allowed() && !request_.head();
    if (!head_sent_) {
        std::string compressed;
        if (body && length > 0 && compress(length) &&
            one_shot_encoder(limits_.compression_level).encode(data, length, true, &compressed)) {
            gzip_ = true;
            data = compressed.data();
            length = compressed.size();
        }
        append_head(false, length);
        return (!body || length == 0 || send_body(data, length)) && flush();
    }
    if (body && (chunked_ || gzip_)) {
        if ((length > 0 || gzip_) && !append_chunk(data, length)) {
            return false;
        }
        encoder_.reset();
        if (chunked_) {
            out_.append("0\r\n\r\n", 5);
        }
    } else if (body && length > 0 && !send_body(data, length)) {
        return false;
    }
    return flush();
}

bool Connection::send_file(int fd, uint64_t offset, uint64_t length) {
    if (writing() || ended_ || head_sent_ || socket_->closed()) {
        return false;
    }
    WriteScope scope(this);
    ended_ = true;
    has_encoding_ = true;  // a file goes as it is, whoever asks: no Vary either
    append_head(false, length);
    if (!flush()) {
        return false;
    }
    if (!body_allowed() || request_.head()) {
        return true;
    }
    if (socket_->tls() != nullptr) {
        return send_file_copy(fd, offset, length);
    }
    auto position = static_cast<off_t>(offset);
    uint64_t left = length;
    while (left > 0) {
        const ssize_t n = ::sendfile(socket_->fd(), fd, &position, left < (1u << 30) ? left : (1u << 30));
        if (n > 0) {
            left -= static_cast<uint64_t>(n);
            Socket::count_sent(static_cast<size_t>(n));
        } else if (n < 0 && errno == EINTR) {
            continue;
        } else if (n < 0 && errno == EAGAIN) {
            if (!socket_->wait_writable(limits_.write_timeout)) {
                abort();
                return false;
            }
        } else {
            abort();  // an error, or the file ended early: the client must not take what came for the whole body
            return false;
        }
    }
    return true;
}

// TLS encrypts in user space, so the kernel's sendfile() cannot send the file: it is read and sent in pieces.
bool Connection::send_file_copy(int fd, uint64_t offset, uint64_t length) {
    constexpr size_t kPiece = 64 * 1024;
    std::unique_ptr<char[]> piece(new char[kPiece]);
    uint64_t left = length;
    while (left > 0) {
        const ssize_t n = ::pread(fd, piece.get(), left < kPiece ? static_cast<size_t>(left) : kPiece,
                                  static_cast<off_t>(offset + (length - left)));
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0 || socket_->send_all(piece.get(), static_cast<size_t>(n), limits_.write_timeout) < 0) {
            abort();  // as send_file(): a short file or a failure cuts the connection
            return false;
        }
        left -= static_cast<uint64_t>(n);
    }
    return true;
}

void Connection::abort() {
    closing_ = true;
    ended_ = true;
    socket_->close();
}

bool Connection::send_status(int status) {
    if (writing()) {
        return false;
    }
    begin_response(status);
    add_header("Content-Type", "text/plain; charset=utf-8");
    std::string body(status_text(status));
    body.push_back('\n');
    return end(body.data(), body.size());
}

}  // namespace http
}  // namespace study

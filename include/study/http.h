// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "study/wait_group.h"

struct http_parser;
struct z_stream_s;

namespace study {

class Socket;

namespace http {

// What protects a server from its clients. A limit that is passed is answered with its status and the connection
// is closed.
struct Limits {
    size_t max_header_size = 8 * 1024;       // request line and header fields together -> 431 (414 for the target)
    size_t max_body_size = 8 * 1024 * 1024;  // decoded body -> 413
    double header_timeout = 30;              // seconds from a request's first byte to the end of its head -> 408
    double body_timeout = 30;                // seconds from the end of a head to the end of its body -> 408
    double idle_timeout = 60;                // seconds a connection may wait for its next request -> closed quietly
    double write_timeout = 30;               // seconds a response write may wait for the client to read
    uint32_t max_requests = 10000;           // requests on one connection (0: no limit) -> the last one closes it
    // Responses, not limits: gzip when the client accepts it and the type is compressible (compressible_type()).
    bool compression = true;             // on by default, as Swoole's http_compression
    int compression_level = 1;           // zlib's 1 (fastest) to 9
    size_t compression_min_length = 20;  // end() bodies shorter than this go as they are (Swoole's default)
    // Memory, not a limit: a body larger than this goes to a temporary file in temp_dir as it arrives (see Request).
    size_t upload_buffer_size = 2 * 1024 * 1024;
    std::string temp_dir = "/tmp";
};

// Makes an anonymous temporary file in `directory` (O_TMPFILE, else a file unlinked at once): it has no name, so it
// is gone when its last descriptor is closed, whatever ended the request. A descriptor, or -1 (errno set).
int open_anonymous_file(const std::string& directory);
// Reads `length` bytes of `fd` from offset 0 into `out`; false when the file is shorter or a read fails.
bool read_file_start(int fd, char* out, size_t length);

class Request;

// Takes the bodies of some requests as they arrive, in place of the Request: a multipart form, whose files go to files
// of their own. Set on a Connection by its owner, which keeps it alive as long as the connection.
class BodyReader {
public:
    virtual ~BodyReader() = default;
    // The head of `request` is complete and a body follows: whether this reader takes it.
    virtual bool begin(const Request& request) = 0;
    // The next piece of a taken body (decoded from chunked transfer). A reader that cannot use it drops it.
    virtual void on_body(const char* data, size_t length) = 0;
};

// Whether an Accept-Encoding value takes gzip (or x-gzip, or *, unless refused with q=0).
bool accepts_gzip(std::string_view accept_encoding);
// Whether a Content-Type is worth compressing: text/*, JSON, JavaScript, XML and their +json, +xml kinds (SVG).
bool compressible_type(std::string_view content_type);

// A gzip stream (RFC 1952) on zlib's deflate. The zlib state (about 256 KiB at the default window) is allocated at
// the first encode() and kept: after a finished stream the next encode() starts another on it.
class GzipEncoder {
public:
    explicit GzipEncoder(int level);
    ~GzipEncoder();
    GzipEncoder(const GzipEncoder&) = delete;
    GzipEncoder& operator=(const GzipEncoder&) = delete;
    // Appends to *out the compressed form of `data`, flushed so that the client can decode everything given so far;
    // `finish` ends the stream (its trailer). False when zlib fails (out of memory).
    bool encode(const char* data, size_t length, bool finish, std::string* out);

private:
    z_stream_s* stream_ = nullptr;
    int level_;
    bool finished_ = false;
};

// One request, as the parser delivers it. Owned by its connection and reused for the next request: nothing here is
// freed between requests, so a keep-alive connection costs no allocation per request once its buffers have grown.
class Request {
public:
    struct Field {
        uint32_t name, name_length, value, value_length;  // offsets into the request's text
    };

    int method() const { return method_; }  // an http_method value
    std::string_view method_name() const;
    std::string_view target() const { return {text_.data(), target_length_}; }
    int version_major() const { return major_; }
    int version_minor() const { return minor_; }
    size_t field_count() const { return fields_.size(); }
    // Field names are lower-case; values have no leading or trailing whitespace.
    std::string_view name(size_t i) const { return {text_.data() + fields_[i].name, fields_[i].name_length}; }
    std::string_view value(size_t i) const { return {text_.data() + fields_[i].value, fields_[i].value_length}; }
    // The value of the first field named `lower_name`, or empty (and *found false).
    std::string_view find(std::string_view lower_name, bool* found = nullptr) const;
    // Where the body went. Up to Limits::upload_buffer_size bytes it is in memory (body()). A larger one is in an
    // anonymous temporary file (body_fd(), owned by the request and closed by clear()), written as it arrived; or, when
    // a BodyReader took it, with that reader only (body_dropped()). A taken body that is small is also in body().
    const std::string& body() const { return body_; }
    int body_fd() const { return body_fd_; }
    bool body_dropped() const { return body_dropped_; }
    uint64_t body_size() const { return body_size_; }  // decoded bytes, wherever they went
    bool body_taken() const { return reader_ != nullptr; }
    // The whole body, from memory or read back from its file; false when it was dropped or cannot be read.
    bool read_body(std::string* out) const;
    bool keep_alive() const { return keep_alive_; }  // as the client asked (version and Connection)
    bool head() const;                               // a HEAD request: the response has no body
    bool expects_continue() const { return expect_continue_; }

    Request() = default;
    ~Request();
    Request(const Request&) = delete;
    Request& operator=(const Request&) = delete;

    // Makes the request empty for the next message, keeping its buffers (and closing a body's file).
    void clear();

private:
    friend class RequestParser;
    friend class Connection;
    // Adds decoded body bytes where they belong (see body()); false when the temporary file cannot be made or written.
    bool append_body(const char* data, size_t length, const Limits& limits);
    std::string text_;  // the target, then every name and value
    uint32_t target_length_ = 0;
    std::vector<Field> fields_;
    std::string body_;
    BodyReader* reader_ = nullptr;  // the connection's reader, when it took this body
    int body_fd_ = -1;
    uint64_t body_size_ = 0;
    bool body_dropped_ = false;
    int method_ = 0;
    int major_ = 1, minor_ = 1;
    bool keep_alive_ = true;
    bool expect_continue_ = false;
};

// What a parse step ended with.
enum class ParseState {
    kNeedMore,         // every byte was taken; the message is not complete
    kHeadersComplete,  // the head is complete (request() has everything but the body); call feed() again
    kMessageComplete,  // the message is complete; call next() before feeding the following one
    kError,            // malformed or over a limit: answer status() and close
};

// An HTTP/1.x request parser on nodejs' http-parser, with the checks RFC 9112 asks of a server that the library
// leaves out (obsolete line folding, bare CR, NUL, whitespace before the first field, strict chunk framing) and the
// size limits. It knows no socket: the connection and the fuzzer feed it bytes. It stops after each head and after
// each message, so that pipelined requests are taken one at a time from the same buffer.
class RequestParser {
public:
    explicit RequestParser(const Limits& limits);
    ~RequestParser();
    RequestParser(const RequestParser&) = delete;
    RequestParser& operator=(const RequestParser&) = delete;

    // Parses from `data` into *request; returns the number of bytes taken (fewer than `length` after a stop: feed the
    // rest again). `request` must stay the same until the message is complete.
    size_t feed(Request* request, const char* data, size_t length);
    // Starts on the next message after kMessageComplete.
    void next();

    ParseState state() const { return state_; }
    bool started() const { return started_; }  // a byte of the current message was seen
    // The status to answer for kError: 400, 413, 414, 431, 505, or 500 when a large body's temporary file cannot be
    // written; and why, for logs and tests.
    int status() const { return status_; }
    const char* reason() const { return reason_; }
    // Whether the message declared a body still to come (Content-Length above 0, or chunked).
    bool body_expected() const;
    // Whether the current message's body is chunked (known once its head is complete).
    bool chunked() const;
    uint64_t content_length() const;

private:
    struct Callbacks;
    ParseState fail(int status, const char* reason);
    // The checks the library leaves out, over the head's bytes: how many of `data` come before the first violation
    // (all of them when there is none; then scan_status_ is 0).
    size_t scan_head(const char* data, size_t length);
    size_t skip_line_bytes(const char* data, size_t i, size_t length);
    // The same for a chunked body's framing, which the library checks loosely: any two bytes pass as the CRLF after
    // a chunk's data or a chunk size line, and a chunk extension may hold anything up to a CR.
    size_t scan_chunked(const char* data, size_t length);
    size_t violation(size_t at, int status, const char* reason);
    int headers_complete();
    void end_field();  // trims the value of the field just read

    std::unique_ptr<http_parser> parser_;
    const Limits& limits_;
    Request* request_ = nullptr;
    ParseState state_ = ParseState::kNeedMore;
    int status_ = 0;
    const char* reason_ = "";
    size_t head_bytes_ = 0;
    bool started_ = false;
    bool in_head_ = true;
    bool last_was_value_ = false;
    uint64_t body_bytes_ = 0;  // raw bytes of the body, framing included
    uint64_t chunks_ = 0;
    size_t trailer_bytes_ = 0;
    // The head scan's state (scan_head()).
    enum class Line : uint8_t { kLeading, kRequestLine, kFields, kDone };
    Line line_ = Line::kLeading;
    int scan_status_ = 0;
    const char* scan_reason_ = "";
    char previous_ = '\n';    // the byte before the next one scanned
    size_t line_length_ = 0;  // bytes of the current line, CR and LF left out
    char tail_[9] = {};       // the last bytes of the request line: " HTTP/x.y"
    // The chunked body scan's state (scan_chunked()). Bytes are counted from the message's first one: the connection
    // feeds again what the library did not take, and each byte is scanned once.
    enum class Chunked : uint8_t {
        kSize,       // the chunk size's hex digits
        kExtension,  // after the size: a chunk extension, up to CR
        kSizeLf,     // the LF after the size line's CR
        kData,       // chunk data
        kDataCr,     // the CR after a chunk's data
        kDataLf,     // the LF after it
        kLineStart,  // the start of a trailer field line, or of the empty line that ends the body
        kLine,       // inside a trailer field line
        kLineLf,     // the LF after a trailer line's CR
        kEndLf,      // the LF of the final empty line
        kDone,
    };
    bool chunked_body_ = false;  // the head said chunked (chunked())
    Chunked chunked_ = Chunked::kSize;
    uint64_t chunk_left_ = 0;  // the size being read, then the data bytes still to come
    size_t size_digits_ = 0;   // hex digits of the size line so far
    uint64_t taken_ = 0;       // bytes of the message the library took
    uint64_t scanned_ = 0;     // bytes of the message the scans have seen
};

// The path and the query of a request target (origin-form "/p?q", absolute-form "http://h/p?q", or "*"); the
// fragment is left out. False, with both empty, when the target is not a URL.
bool split_target(std::string_view target, std::string_view* path, std::string_view* query);

// The name of an http_method value ("GET"), or nullptr.
const char* method_name(int method);

// Whether `text` may be a status line's reason phrase (RFC 9112, section 4): HTAB, SP, visible ASCII and obs-text,
// no other control character (a CR or LF would end the status line early and let the rest forge fields).
bool is_reason_phrase(std::string_view text);

// The text of a status code ("Not Found"), or "" when it has none.
std::string_view status_text(int status);

// A connection of an HTTP/1.x server: reads requests one after the other (pipelined ones from the same buffer) and
// writes their responses in order. Run by one coroutine; owns its socket.
class Connection {
public:
    Connection(Socket* socket, const Limits& limits);
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    enum class ReadResult {
        kRequest,   // request() holds a complete request, its body read
        kClosed,    // the peer closed, the idle timeout passed, or close_when_idle(): close without a word
        kRejected,  // an error response was sent (status in rejected_status()): close
    };
    // Reads the next request. Answers 100 Continue when the client waits for it, and error statuses itself.
    ReadResult read_request();
    const Request& request() const { return request_; }
    // The reader offered each body from now on (nullptr: none); it must outlive the connection's reads.
    void set_body_reader(BodyReader* reader) { reader_ = reader; }
    int rejected_status() const { return rejected_status_; }
    const char* rejected_reason() const { return parser_.reason(); }
    Socket* socket() const { return socket_.get(); }
    uint32_t requests() const { return requests_; }

    // Whether the connection goes on after the current response: the client's wish, the request limit, and
    // close_when_idle().
    bool keep_alive() const;
    // Graceful shutdown: a connection idle between requests is closed now (its reader wakes with kClosed), a busy one
    // after its current response (which says Connection: close). An idle one whose next request has reached the
    // kernel already counts as busy, and so does a new one that has not had its first request yet: that request is
    // answered, then the connection closed.
    void close_when_idle();
    bool idle() const { return idle_; }
    // Whether the connection holds its read buffer (it does not while idle between requests).
    bool holds_read_buffer() const { return buffer_ != nullptr; }

    // The response to the current request. Headers added are sent as given; the writer adds Date, Content-Length or
    // Transfer-Encoding, and Connection. Each returns false when the client is gone (the socket's error tells why).
    //
    // One write (write(), end(), send_file(), send_status()) at a time: a write may wait for the client to read, with
    // the output buffer on its way out, and another coroutine may try to write meanwhile. That second write returns
    // false and changes nothing; callers that can tell misuse check writing() first. The reader must wait_writer()
    // before it ends a response itself or reads the next request.
    void begin_response(int status, std::string_view reason = {});
    // Sets the status and its reason phrase (empty, or not is_reason_phrase(): the standard one), keeping the fields
    // added so far.
    void set_status(int status, std::string_view reason);
    // False (nothing added) when the name is not a token or the value holds CR, LF or NUL.
    bool add_header(std::string_view name, std::string_view value);
    // Streams a chunk (chunked for HTTP/1.1 clients; for HTTP/1.0 the body ends with the connection).
    bool write(const char* data, size_t length);
    // Sends the rest of the body and ends the response.
    bool end(const char* data, size_t length);
    // Sends `length` bytes of the open file `fd` from `offset` as the whole body, with the kernel's sendfile() (read
    // and sent in pieces over TLS), and
    // ends the response; `fd` stays the caller's. False when the response was started already or the client is
    // gone; a file shorter than `length` cuts the connection (the promised length cannot be kept).
    bool send_file(int fd, uint64_t offset, uint64_t length);
    // Whether a write is under way (then the response has started).
    bool writing() const { return writers_.count() > 0; }
    // Waits until no write is under way (at once when none is); kDone then.
    WakeReason wait_writer(double timeout) { return writers_.wait(timeout); }
    bool response_started() const { return head_sent_; }  // the status line is gone: status and headers are fixed
    bool response_ended() const { return ended_; }
    int response_status() const { return status_; }
    // Answers a status with a short text body and ends the response (errors, 500 after an exception).
    bool send_status(int status);
    // Ends the connection at once, the response unfinished: the client sees it cut short (a failure after the
    // status line was sent).
    void abort();

private:
    class WriteScope;
    ReadResult fill(double timeout);  // reads more bytes into the buffer
    ReadResult took(ssize_t n);       // counts the n bytes a read put into the buffer
    bool request_waiting() const;     // bytes wait unread in the kernel (see close_when_idle())
    ReadResult parse_until(ParseState wanted);
    ReadResult reject(int status);
    void linger();  // after an error response: stop writing, drain what the client still sends, for a while
    bool send_body(const char* data, size_t length);
    bool send_continue();
    bool send_file_copy(int fd, uint64_t offset, uint64_t length);  // send_file() over TLS
    bool compress(size_t length) const;  // whether to gzip this response (length: of an end() body, or unknown)
    bool append_chunk(const char* data, size_t length);  // a chunk (compressed first when gzip_), to out_ or sent
    void append_head(bool chunked, size_t content_length);
    bool flush();
    bool body_allowed() const;

    std::unique_ptr<Socket> socket_;
    const Limits& limits_;
    RequestParser parser_;
    Request request_;
    BodyReader* reader_ = nullptr;
    std::unique_ptr<char[]> buffer_;  // one read buffer, allocated when data comes, given back while idle
    size_t begin_ = 0, end_ = 0;      // the bytes read and not parsed yet
    std::string out_;                 // the response being assembled
    std::string headers_;             // the fields added to the current response
    uint32_t requests_ = 0;
    int status_ = 200;
    int rejected_status_ = 0;
    std::string reason_;
    bool idle_ = false;
    bool drained_ = false;  // the last read emptied the socket (a short read of plain TCP): wait before reading
    bool closing_ = false;
    bool head_sent_ = false;
    bool chunked_ = false;
    bool ended_ = true;
    bool client_close_ = false;             // the response said Connection: close
    bool gzip_ = false;                     // the current (streamed) response is compressed
    bool has_encoding_ = false;             // the handler set a Content-Encoding: never compress again
    bool compressible_ = false;             // the Content-Type set for the current response is worth gzip
    std::unique_ptr<GzipEncoder> encoder_;  // a streamed gzip response's, until it ends
    WaitGroup writers_;                     // 1 while a write is under way (WriteScope)
};

}  // namespace http
}  // namespace study

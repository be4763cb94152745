// SPDX-License-Identifier: MIT
// The request parser: nodejs' http-parser does the syntax; this file adds what RFC 9112 asks of a server on top of
// it (see RequestParser in include/study/http.h) and the limits.
#include <http_parser.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cstring>

#include "study/http.h"

#include "ascii.h"

namespace study {
namespace http {

namespace {

// Room for the framing of a chunked body beyond its data: the size line and CRLFs of each chunk, and the trailer.
// A client that sends more (an endless chunk extension) is cut off as sending an over-long line.
constexpr uint64_t kFramingPerChunk = 64;

int hex_value(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

}  // namespace

std::string_view Request::method_name() const {
    return method_ < 0 ? std::string_view() : http_method_str(static_cast<http_method>(method_));
}

bool Request::head() const { return method_ == HTTP_HEAD; }

std::string_view Request::find(std::string_view lower_name, bool* found) const {
    for (size_t i = 0; i < fields_.size(); ++i) {
        if (name(i) == lower_name) {
            if (found != nullptr) {
                *found = true;
            }
            return value(i);
        }
    }
    if (found != nullptr) {
        *found = false;
    }
    return {};
}

void Request::clear() {
    text_.clear();
    target_length_ = 0;
    fields_.clear();
    // A large body's buffer is given back: a keep-alive connection should not hold megabytes between requests.
    if (body_.capacity() > 64 * 1024) {
        std::string().swap(body_);
    } else {
        body_.clear();
    }
    if (body_fd_ >= 0) {
        ::close(body_fd_);
        body_fd_ = -1;
    }
    reader_ = nullptr;
    body_size_ = 0;
    body_dropped_ = false;
    method_ = -1;
    major_ = minor_ = 1;
    keep_alive_ = true;
    expect_continue_ = false;
}

// The library's callbacks, given the parser as `data`.
struct RequestParser::Callbacks {
    static RequestParser* self(http_parser* p) { return static_cast<RequestParser*>(p->data); }

    static int on_message_begin(http_parser* p) {
        self(p)->started_ = true;
        return 0;
    }

    static int on_url(http_parser* p, const char* at, size_t length) {
        RequestParser* parser = self(p);
        Request* request = parser->request_;
        if (request->text_.size() + length > parser->limits_.max_header_size) {
            parser->fail(414, "the request target is too long");
            return -1;
        }
        request->text_.append(at, length);
        request->target_length_ = static_cast<uint32_t>(request->text_.size());
        return 0;
    }

    // Trailer fields of a chunked body are read and dropped: merged into the header fields they could add a second
    // Host or change what the head said (RFC 9110, section 6.5.1). They count against the head's limit.
    static int skip_trailer(RequestParser* parser, size_t length) {
        parser->trailer_bytes_ += length;
        if (parser->trailer_bytes_ > parser->limits_.max_header_size) {
            // 400, not 431: the response to a request whose body was read is no advice to shorten a head.
            parser->fail(400, "the trailer fields are too large");
            return -1;
        }
        return 0;
    }

    static int on_header_field(http_parser* p, const char* at, size_t length) {
        RequestParser* parser = self(p);
        if (!parser->in_head_) {
            return skip_trailer(parser, length);
        }
        Request* request = parser->request_;
        if (request->text_.size() + length > parser->limits_.max_header_size) {
            parser->fail(431, "the header fields are too large");
            return -1;
        }
        if (parser->last_was_value_ || request->fields_.empty()) {
            if (parser->last_was_value_) {
                parser->end_field();
            }
            const auto offset = static_cast<uint32_t>(request->text_.size());
            request->fields_.push_back(Request::Field{offset, 0, offset, 0});
            parser->last_was_value_ = false;
        }
        if (memchr(at, ' ', length) != nullptr || memchr(at, '\t', length) != nullptr) {
            // RFC 9112, section 5.1: no whitespace between a field name and its colon. The library allows it
            // when built without HTTP_PARSER_STRICT, as Debian builds it.
            parser->fail(400, "whitespace in a field name");
            return -1;
        }
        const size_t start = request->text_.size();
        request->text_.append(at, length);
        for (size_t i = start; i < request->text_.size(); ++i) {
            request->text_[i] = ascii_lower(request->text_[i]);
        }
        Request::Field& field = request->fields_.back();
        field.name_length += static_cast<uint32_t>(length);
        field.value = static_cast<uint32_t>(request->text_.size());
        return 0;
    }

    static int on_header_value(http_parser* p, const char* at, size_t length) {
        RequestParser* parser = self(p);
        if (!parser->in_head_) {
            return skip_trailer(parser, length);
        }
        Request* request = parser->request_;
        if (request->text_.size() + length > parser->limits_.max_header_size) {
            parser->fail(431, "the header fields are too large");
            return -1;
        }
        request->text_.append(at, length);
        request->fields_.back().value_length += static_cast<uint32_t>(length);
        parser->last_was_value_ = true;
        return 0;
    }

    static int on_headers_complete(http_parser* p) { return self(p)->headers_complete(); }

    static int on_body(http_parser* p, const char* at, size_t length) {
        RequestParser* parser = self(p);
        Request* request = parser->request_;
        if (request->body_size_ + length > parser->limits_.max_body_size) {
            parser->fail(413, "the body is too large");
            return -1;
        }
        if (!request->append_body(at, length, parser->limits_)) {
            parser->fail(500, "the body cannot be written to a temporary file");
            return -1;
        }
        return 0;
    }

    // A chunk that would take the body past its limit is refused at its size line, before its data: at the same
    // byte however the stream is split into reads.
    static int on_chunk_header(http_parser* p) {
        RequestParser* parser = self(p);
        ++parser->chunks_;
        if (p->content_length > parser->limits_.max_body_size - parser->request_->body_size_) {
            parser->fail(413, "the body is too large");
            return -1;
        }
        return 0;
    }

    static int on_message_complete(http_parser* p) {
        RequestParser* parser = self(p);
        if (p->upgrade) {
            // Upgrade and CONNECT are not supported: the request is answered, then the connection closes, since
            // what follows would be in another protocol.
            parser->request_->keep_alive_ = false;
        }
        parser->state_ = ParseState::kMessageComplete;
        http_parser_pause(p, 1);
        return 0;
    }

    static const http_parser_settings& settings() {
        static const http_parser_settings table = [] {
            http_parser_settings s;
            http_parser_settings_init(&s);
            s.on_message_begin = on_message_begin;
            s.on_url = on_url;
            s.on_header_field = on_header_field;
            s.on_header_value = on_header_value;
            s.on_headers_complete = on_headers_complete;
            s.on_body = on_body;
            s.on_chunk_header = on_chunk_header;
            s.on_message_complete = on_message_complete;
            return s;
        }();
        return table;
    }
};

RequestParser::RequestParser(const Limits& limits) : parser_(new http_parser), limits_(limits) {
    http_parser_init(parser_.get(), HTTP_REQUEST);
    parser_->data = this;
}

RequestParser::~RequestParser() = default;

void RequestParser::next() {
    if (state_ == ParseState::kError) {
        http_parser_init(parser_.get(), HTTP_REQUEST);
        parser_->data = this;
    }
    state_ = ParseState::kNeedMore;
    status_ = 0;
    reason_ = "";
    head_bytes_ = 0;
    started_ = false;
    in_head_ = true;
    last_was_value_ = false;
    body_bytes_ = 0;
    trailer_bytes_ = 0;
    chunks_ = 0;
    line_ = Line::kLeading;
    scan_status_ = 0;
    scan_reason_ = "";
    previous_ = '\n';
    line_length_ = 0;
    chunked_body_ = false;
    chunked_ = Chunked::kSize;
    chunk_left_ = 0;
    size_digits_ = 0;
    taken_ = 0;
    scanned_ = 0;
    http_parser_pause(parser_.get(), 0);
}

ParseState RequestParser::fail(int status, const char* reason) {
    if (state_ != ParseState::kError) {  // the first reason is the one that counts
        state_ = ParseState::kError;
        status_ = status;
        reason_ = reason;
    }
    return state_;
}

void RequestParser::end_field() {
    if (request_->fields_.empty()) {
        return;
    }
    Request::Field& field = request_->fields_.back();
    while (field.value_length > 0) {
        const char c = request_->text_[field.value + field.value_length - 1];
        if (c != ' ' && c != '\t') {
            break;
        }
        --field.value_length;
    }
}

// The head is complete: the checks that need all of it, then a stop so that the connection may answer 100 Continue
// or refuse the body before reading it.
int RequestParser::headers_complete() {
    http_parser* p = parser_.get();
    if (last_was_value_) {
        end_field();
    }
    in_head_ = false;
    Request* request = request_;
    request->method_ = static_cast<int>(p->method);
    request->major_ = p->http_major;
    request->minor_ = p->http_minor;
    if (p->http_major != 1) {
        fail(505, "only HTTP/1.x is served");
        return -1;
    }
    size_t hosts = 0;
    for (size_t i = 0; i < request->fields_.size(); ++i) {
        hosts += request->name(i) == "host" ? 1 : 0;
    }
    // RFC 9112 section 3.2: exactly one Host field in an HTTP/1.1 request, at most one in HTTP/1.0.
    if (hosts > 1 || (hosts == 0 && p->http_minor >= 1)) {
        fail(400, hosts > 1 ? "more than one Host field" : "no Host field");
        return -1;
    }
    if ((p->flags & F_CONTENTLENGTH) != 0 && p->content_length > limits_.max_body_size) {
        fail(413, "the body is too large");
        return -1;
    }
    // A body of known length that is kept in memory gets its whole buffer now. Grown piece by piece, a 1 MiB body was
    // copied again at each doubling of its buffer, and glibc gave each large step fresh pages from the kernel (its
    // dynamic mmap and trim thresholds): 13 ms of server CPU per 1 MiB upload instead of 0.6 ms. The memory is only
    // reserved; the pages are touched as the body arrives.
    if ((p->flags & F_CONTENTLENGTH) != 0 && p->content_length <= limits_.upload_buffer_size) {
        request->body_.reserve(p->content_length);
    }
    // Taken now: the library clears and sets F_CHUNKED again while it reads a Transfer-Encoding trailer field.
    chunked_body_ = (p->flags & F_CHUNKED) != 0;
    request->keep_alive_ = http_should_keep_alive(p) != 0;
    request->expect_continue_ = equals_ignoring_case(request->find("expect"), "100-continue");
    state_ = ParseState::kHeadersComplete;
    http_parser_pause(p, 1);
    return 0;
}

// What RFC 9112 forbids in a head and Debian's http-parser (built without HTTP_PARSER_STRICT) lets through: NUL, a
// CR not followed by LF, a line that starts with whitespace (obsolete line folding, or whitespace between the request
// line and the first field), and a request line that does not end in " HTTP/x.y". It runs before the library sees
// the bytes, up to the blank line that ends the head, and also counts the head against its limit.
size_t RequestParser::scan_head(const char* data, size_t length) {
    for (size_t i = 0; i < length && line_ != Line::kDone; ++i) {
        if (line_length_ > 0 && previous_ != '\r') {
            i = skip_line_bytes(data, i, length);
            if (i == length) {
                break;
            }
        }
        const char c = data[i];
        // The limit leaves out the CRLF that ends the head.
        if (++head_bytes_ > limits_.max_header_size + 2) {
            return violation(i, 431, "the head is too large");
        }
        if (c == '\0') {
            return violation(i, 400, "NUL in the head");
        }
        if (previous_ == '\r' && c != '\n') {
            return violation(i, 400, "CR not followed by LF");
        }
        previous_ = c;
        if (c == '\r') {
            continue;
        }
        if (line_ == Line::kLeading) {
            if (c == '\n') {
                continue;  // empty lines before the request line are ignored (RFC 9112, section 2.2)
            }
            line_ = Line::kRequestLine;
        }
        if (c == '\n') {
            if (line_ == Line::kRequestLine) {
                if (line_length_ < sizeof(tail_) || memcmp(tail_, " HTTP/", 6) != 0 || tail_[6] < '0' ||
                    tail_[6] > '9' || tail_[7] != '.' || tail_[8] < '0' || tail_[8] > '9') {
                    return violation(i, 400, "the request line does not end in HTTP/x.y");
                }
                line_ = Line::kFields;
            } else if (line_length_ == 0) {
                line_ = Line::kDone;
            }
            line_length_ = 0;
            continue;
        }
        if (line_ == Line::kFields && line_length_ == 0 && (c == ' ' || c == '\t')) {
            return violation(i, 400, "obsolete line folding");
        }
        ++line_length_;
        if (line_ == Line::kRequestLine) {
            if (line_length_ > limits_.max_header_size) {
                return violation(i, 414, "the request target is too long");
            }
            memmove(tail_, tail_ + 1, sizeof(tail_) - 1);
            tail_[sizeof(tail_) - 1] = c;
        }
    }
    return length;
}

// Inside a line, past its first byte and not after a CR, a byte other than NUL, CR and LF is only counted (and kept in
// the request line's tail): the bytes from `i` up to the next byte that matters to scan_head(), or to the one that
// would pass a limit (which scan_head() then reports), are taken in one step. Returns where that run ends. Bytes up to
// CR (HTAB among them) end the run too, which keeps its test to one comparison.
size_t RequestParser::skip_line_bytes(const char* data, size_t i, size_t length) {
    size_t room = limits_.max_header_size + 2 - head_bytes_;
    if (line_ == Line::kRequestLine) {
        room = std::min(room, limits_.max_header_size - line_length_);
    }
    const size_t stop = i + std::min(room, length - i);
    const auto* bytes = reinterpret_cast<const unsigned char*>(data);
    size_t end = i;
    while (end < stop && bytes[end] > '\r') {
        ++end;
    }
    const size_t taken = end - i;
    if (taken == 0) {
        return i;
    }
    head_bytes_ += taken;
    line_length_ += taken;
    previous_ = data[end - 1];
    if (line_ == Line::kRequestLine) {
        const size_t kept = std::min(taken, sizeof(tail_));
        memmove(tail_, tail_ + kept, sizeof(tail_) - kept);
        memcpy(tail_ + sizeof(tail_) - kept, data + end - kept, kept);
    }
    return end;
}

// RFC 9112, section 7.1, strictly: chunk = chunk-size [ chunk-ext ] CRLF chunk-data CRLF, the last chunk's size is
// zero, then trailer field lines (held to the head's rules: no NUL, no bare CR, no folding) and an empty line. A chunk
// extension may hold no control character but HTAB. The library sees the bytes only up to the first violation.
size_t RequestParser::scan_chunked(const char* data, size_t length) {
    // What was scanned already (a byte the library gives back is fed again) is skipped.
    size_t i = scanned_ > taken_ ? static_cast<size_t>(std::min<uint64_t>(scanned_ - taken_, length)) : 0;
    for (; i < length && chunked_ != Chunked::kDone; ++i, ++scanned_) {
        const char c = data[i];
        switch (chunked_) {
            case Chunked::kSize: {
                const int digit = hex_value(c);
                if (digit >= 0 && chunk_left_ <= (UINT64_MAX >> 4)) {
                    chunk_left_ = chunk_left_ * 16 + static_cast<uint64_t>(digit);
                    ++size_digits_;
                } else if (size_digits_ > 0 && (c == ';' || c == ' ' || c == '\t')) {
                    chunked_ = Chunked::kExtension;
                } else if (size_digits_ > 0 && c == '\r') {
                    chunked_ = Chunked::kSizeLf;
                } else {
                    return violation(i, 400, "invalid chunk size");
                }
                break;
            }
            case Chunked::kExtension:
                if (c == '\r') {
                    chunked_ = Chunked::kSizeLf;
                } else if ((static_cast<unsigned char>(c) < 0x20 && c != '\t') || c == 0x7f) {
                    return violation(i, 400, "a control character in a chunk extension");
                }
                break;
            case Chunked::kSizeLf:
                if (c != '\n') {
                    return violation(i, 400, "a chunk size line not ending in CRLF");
                }
                size_digits_ = 0;
                chunked_ = chunk_left_ == 0 ? Chunked::kLineStart : Chunked::kData;
                break;
            case Chunked::kData: {
                // The data itself is the library's (and the body limit's): skipped in one step.
                const uint64_t skip = std::min<uint64_t>(chunk_left_, length - i);
                chunk_left_ -= skip;
                i += static_cast<size_t>(skip) - 1;
                scanned_ += skip - 1;
                if (chunk_left_ == 0) {
                    chunked_ = Chunked::kDataCr;
                }
                break;
            }
            case Chunked::kDataCr:
            case Chunked::kDataLf:
                if (c != (chunked_ == Chunked::kDataCr ? '\r' : '\n')) {
                    return violation(i, 400, "chunk data not followed by CRLF");
                }
                chunked_ = chunked_ == Chunked::kDataCr ? Chunked::kDataLf : Chunked::kSize;
                break;
            case Chunked::kLineStart:
            case Chunked::kLine:
                if (c == '\0') {
                    return violation(i, 400, "NUL in the trailer fields");
                }
                if (chunked_ == Chunked::kLineStart && (c == ' ' || c == '\t')) {
                    return violation(i, 400, "obsolete line folding");
                }
                if (c == '\n') {
                    chunked_ = chunked_ == Chunked::kLineStart ? Chunked::kDone : Chunked::kLineStart;
                } else if (c == '\r') {
                    chunked_ = chunked_ == Chunked::kLineStart ? Chunked::kEndLf : Chunked::kLineLf;
                } else {
                    chunked_ = Chunked::kLine;
                }
                break;
            case Chunked::kLineLf:
            case Chunked::kEndLf:
                if (c != '\n') {
                    return violation(i, 400, "CR not followed by LF");
                }
                chunked_ = chunked_ == Chunked::kEndLf ? Chunked::kDone : Chunked::kLineStart;
                break;
            case Chunked::kDone:
                break;
        }
    }
    return length;
}

size_t RequestParser::violation(size_t at, int status, const char* reason) {
    scan_status_ = status;
    scan_reason_ = reason;
    return at;
}

// The library parses up to the scan's first violation, if any: an error it finds before that byte is the one
// answered, so that the verdict depends on the bytes alone, never on how they were split into reads.
size_t RequestParser::feed(Request* request, const char* data, size_t length) {
    if (state_ == ParseState::kError || state_ == ParseState::kMessageComplete) {
        return 0;
    }
    request_ = request;
    http_parser* p = parser_.get();
    size_t usable = length;
    if (line_ != Line::kDone) {
        usable = scan_head(data, length);
        scanned_ = head_bytes_;
    } else if (chunked()) {
        usable = scan_chunked(data, length);
    }
    state_ = ParseState::kNeedMore;
    http_parser_pause(p, 0);
    const bool was_in_head = in_head_;
    const size_t taken = usable == 0 ? 0 : http_parser_execute(p, &Callbacks::settings(), data, usable);
    taken_ += taken;
    if (!was_in_head) {
        body_bytes_ += taken;
        if (body_bytes_ > request->body_size_ + limits_.max_header_size + kFramingPerChunk * (chunks_ + 1)) {
            fail(400, "over-long chunk lines");
        }
    }
    const auto error = static_cast<http_errno>(p->http_errno);
    if (error != HPE_OK && error != HPE_PAUSED && state_ != ParseState::kError) {
        fail(error == HPE_HEADER_OVERFLOW ? 431 : 400, http_errno_description(error));
    }
    if (scan_status_ != 0 && state_ != ParseState::kError) {
        fail(scan_status_, scan_reason_);
    }
    if (taken < usable && state_ == ParseState::kNeedMore) {
        // The library stopped without a reason the connection could act on: never spin on the same bytes.
        fail(400, "the parser stopped");
    }
    return taken;
}

bool RequestParser::body_expected() const {
    const http_parser* p = parser_.get();
    return (p->flags & F_CHUNKED) != 0 || ((p->flags & F_CONTENTLENGTH) != 0 && p->content_length > 0);
}

bool RequestParser::chunked() const { return chunked_body_; }

uint64_t RequestParser::content_length() const { return parser_->content_length; }

bool split_target(std::string_view target, std::string_view* path, std::string_view* query) {
    *path = *query = std::string_view();
    if (!target.empty() && target[0] == '/') {
        // The common case without the library's full URL parse.
        const size_t end = target.find('#');
        const std::string_view url = target.substr(0, end);
        const size_t mark = url.find('?');
        *path = url.substr(0, mark);
        if (mark != std::string_view::npos) {
            *query = url.substr(mark + 1);
        }
        return true;
    }
    if (target == "*") {
        *path = target;
        return true;
    }
    http_parser_url url;
    http_parser_url_init(&url);
    if (target.size() > UINT16_MAX || http_parser_parse_url(target.data(), target.size(), 0, &url) != 0) {
        return false;
    }
    auto field = [&](int which) {
        return (url.field_set & (1 << which)) != 0 ? target.substr(url.field_data[which].off, url.field_data[which].len)
                                                   : std::string_view();
    };
    *path = field(UF_PATH);
    if (path->empty()) {
        *path = "/";
    }
    *query = field(UF_QUERY);
    return true;
}

const char* method_name(int method) {
    if (method < 0 || method > HTTP_SOURCE) {
        return nullptr;
    }
    const char* name = http_method_str(static_cast<http_method>(method));
    return name[0] == '<' ? nullptr : name;
}

std::string_view status_text(int status) {
    const char* text = http_status_str(static_cast<http_status>(status));
    return (text == nullptr || text[0] == '<') ? std::string_view() : std::string_view(text);
}

}  // namespace http
}  // namespace study

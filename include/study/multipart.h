// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace study {
namespace http {

// The boundary of a multipart/form-data Content-Type ("multipart/form-data; boundary=xyz", quoted or not); false
// when the type is another one or the boundary is missing or not 1 to 70 characters (RFC 2046).
bool multipart_boundary(std::string_view content_type, std::string* boundary);

// One part's head, as its Content-Disposition and Content-Type fields give it.
struct MultipartPart {
    std::string name;          // the form field's name
    std::string filename;      // the file's name as the client sent it (an upload when has_filename)
    std::string content_type;  // empty when the part has none
    bool has_filename = false;
};

// What the parser calls as it reads: a part's head, its data in pieces (any number, possibly none), its end.
// Returning false stops the parser (feed() then fails with the reason "stopped").
class MultipartHandler {
public:
    virtual ~MultipartHandler() = default;
    virtual bool on_part(const MultipartPart& part) = 0;
    virtual bool on_data(const char* data, size_t length) = 0;
    virtual bool on_part_end() = 0;
};

// A streaming multipart/form-data parser (RFC 7578 over RFC 2046's framing): bytes in, however they are split,
// parts out through a handler, holding no more than a part's head and a delimiter's length. Debian packages no C or
// C++ parser that fits (GMime is for mail), so this one is the project's, fuzzed (tests/fuzz/multipart_fuzzer.cc).
class MultipartParser {
public:
    struct Limits {
        size_t max_head_size = 8 * 1024;  // bytes of one part's header fields
        size_t max_parts = 1000;          // parts in one body
    };
    MultipartParser(std::string_view boundary, const Limits& limits);

    // Parses more of the body; false when it is malformed, over a limit, or the handler stopped it (reason()).
    // Bytes after the closing delimiter (the epilogue) are ignored.
    bool feed(const char* data, size_t length, MultipartHandler* handler);
    // Whether the closing delimiter was read: a body that ends before it is incomplete.
    bool finished() const { return state_ == State::kEpilogue; }
    const char* reason() const { return reason_; }

private:
    enum class State {
        kPreamble,
        kAfterDelimiter,
        kAfterDelimiterDash,
        kPadding,
        kPaddingLf,
        kHead,
        kData,
        kEpilogue,
        kFailed
    };
    bool fail(const char* reason);
    bool head_byte(char c, MultipartHandler* handler);
    bool end_head(MultipartHandler* handler);
    // Scans `data` for the delimiter; data bytes go to the handler (in the preamble they are dropped). Returns how
    // many bytes were taken: all of them, or up to and including a delimiter.
    size_t scan(const char* data, size_t length, MultipartHandler* handler, bool* found);

    std::string delimiter_;         // CRLF "--" boundary
    std::vector<size_t> fallback_;  // KMP: the longest proper prefix of delimiter_[0..i] that is also its suffix
    size_t matched_ = 2;            // delimiter bytes matched so far (the body starts as if after a CRLF)
    Limits limits_;
    State state_ = State::kPreamble;
    const char* reason_ = "";
    std::string head_;  // the current part's header fields
    size_t parts_ = 0;
};

}  // namespace http
}  // namespace study

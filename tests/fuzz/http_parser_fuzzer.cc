// SPDX-License-Identifier: MIT
// libFuzzer target: the HTTP request parser (study::http::RequestParser), fed as a connection feeds it: message
// after message from one stream, feeding the rest again after each stop. Checked against what it promises:
// - the same bytes give the same requests and the same verdict whether they arrive at once or in pieces of any size
//   (the first input byte picks the size), so that no split of a request can smuggle a different one through;
// - a request it delivers is clean: field names lower-case tokens, values without CR, LF or NUL and without
//   surrounding whitespace, head and body within the limits, one Host field in HTTP/1.1;
// - a refusal carries one of the statuses the server answers with;
// - a chunked body it delivers was framed exactly as RFC 9112 says (a strict model of its own below), so that no
//   loose byte in the framing lets a proxy and this server see different messages.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_check.h"
#include "study/http.h"

namespace {

using study::http::Limits;
using study::http::ParseState;
using study::http::Request;
using study::http::RequestParser;

struct Outcome {
    std::vector<std::string> requests;  // each delivered request, flattened
    int status = 0;                     // the refusal's status, 0 if none
    std::string reason;
};

bool is_token_char(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
           std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
}

void check_request(const Request& request, const Limits& limits) {
    FUZZ_CHECK(!request.target().empty());
    FUZZ_CHECK(request.method_name().size() > 0);
    FUZZ_CHECK(request.version_major() == 1);
    FUZZ_CHECK(request.body_size() <= limits.max_body_size);
    // A body over upload_buffer_size is in its temporary file, not in memory (the split run sets a small one).
    FUZZ_CHECK((request.body_fd() >= 0) == (request.body_size() > limits.upload_buffer_size));
    FUZZ_CHECK(request.body_fd() < 0 || request.body().empty());
    size_t hosts = 0;
    size_t text = request.target().size();
    for (size_t i = 0; i < request.field_count(); ++i) {
        const std::string_view name = request.name(i), value = request.value(i);
        text += name.size() + value.size();
        FUZZ_CHECK(!name.empty());
        for (const char c : name) {
            FUZZ_CHECK(is_token_char(c));
        }
        FUZZ_CHECK(value.find_first_of(std::string_view("\r\n\0", 3)) == std::string_view::npos);
        if (!value.empty()) {
            FUZZ_CHECK(value.front() != ' ' && value.front() != '\t');
            FUZZ_CHECK(value.back() != ' ' && value.back() != '\t');
        }
        hosts += name == "host" ? 1 : 0;
    }
    // Trailer fields of a chunked body come after the head, with their own allowance.
    FUZZ_CHECK(text <= 2 * limits.max_header_size);
    FUZZ_CHECK(hosts <= 1 && (hosts == 1 || request.version_minor() == 0));
}

int hex_digit(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f') {
        return (c | 0x20) - 'a' + 10;
    }
    return -1;
}

// Where the body of `message` starts: after the first empty line that follows the request line (lines end in LF,
// optionally after a CR; empty lines before the request line are skipped). npos when there is none.
size_t body_start(std::string_view message) {
    size_t at = message.find_first_not_of("\r\n");
    for (at = message.find('\n', at); at != std::string_view::npos; at = message.find('\n', at + 1)) {
        if (at + 1 < message.size() && message[at + 1] == '\n') {
            return at + 2;
        }
        if (at + 2 < message.size() && message[at + 1] == '\r' && message[at + 2] == '\n') {
            return at + 3;
        }
    }
    return std::string_view::npos;
}

// The model: true, with the data in *decoded, when `body` is exactly one chunked body by RFC 9112, section 7.1: size
// lines of hex digits, then an optional extension (from ";" or whitespace, no control character but HTAB) and CRLF;
// each chunk's data followed by CRLF; a zero size; trailer lines that end in LF or CRLF, without NUL, CR or leading
// whitespace; an empty line.
bool strict_chunked(std::string_view body, std::string* decoded) {
    size_t at = 0;
    for (;;) {
        const size_t end = body.find("\r\n", at);
        if (end == std::string_view::npos) {
            return false;
        }
        const std::string_view line = body.substr(at, end - at);
        at = end + 2;
        size_t digits = 0;
        uint64_t size = 0;
        for (; digits < line.size() && hex_digit(line[digits]) >= 0; ++digits) {
            if (size > (UINT64_MAX >> 4)) {
                return false;
            }
            size = size * 16 + static_cast<uint64_t>(hex_digit(line[digits]));
        }
        const std::string_view extension = line.substr(digits);
        if (digits == 0 ||
            (!extension.empty() && std::string_view(" \t;").find(extension[0]) == std::string_view::npos)) {
            return false;
        }
        for (const char c : extension) {
            if ((static_cast<unsigned char>(c) < 0x20 && c != '\t') || c == 0x7f) {
                return false;
            }
        }
        if (size == 0) {
            break;
        }
        if (body.size() - at < size || body.size() - at - size < 2 || body.substr(at + size, 2) != "\r\n") {
            return false;
        }
        decoded->append(body.substr(at, size));
        at += size + 2;
    }
    for (;;) {
        const size_t end = body.find('\n', at);
        if (end == std::string_view::npos) {
            return false;
        }
        std::string_view line = body.substr(at, end - at);
        at = end + 1;
        if (!line.empty() && line.back() == '\r') {
            line.remove_suffix(1);
        }
        if (line.empty()) {
            return at == body.size();
        }
        if (line.find_first_of(std::string_view("\r\0", 2)) != std::string_view::npos || line[0] == ' ' ||
            line[0] == '\t') {
            return false;
        }
    }
}

std::string flatten(const Request& request) {
    std::string out(request.method_name());
    out.append(" ").append(request.target()).append(request.keep_alive() ? " keep-alive" : " close");
    out.append(request.expects_continue() ? " continue\n" : "\n");
    for (size_t i = 0; i < request.field_count(); ++i) {
        out.append(request.name(i)).append(": ").append(request.value(i)).append("\n");
    }
    std::string body;
    FUZZ_CHECK(request.read_body(&body));  // from memory or read back from its file: the same either way
    return out.append("\n").append(body);
}

Outcome parse(const Limits& limits, std::string_view input, size_t step) {
    Outcome outcome;
    RequestParser parser(limits);
    Request request;
    size_t offset = 0;
    while (offset < input.size() && outcome.requests.size() < 16) {
        request.clear();
        parser.next();
        const size_t start = offset;
        while (offset < input.size()) {
            const size_t length = step == 0 ? input.size() - offset : std::min(step, input.size() - offset);
            const size_t taken = parser.feed(&request, input.data() + offset, length);
            FUZZ_CHECK(taken <= length);
            offset += taken;
            if (parser.state() == ParseState::kError || parser.state() == ParseState::kMessageComplete) {
                break;
            }
            // A stop after the head leaves bytes to feed again; otherwise everything given was taken.
            FUZZ_CHECK(taken == length || parser.state() == ParseState::kHeadersComplete);
        }
        if (parser.state() == ParseState::kError) {
            const int status = parser.status();
            FUZZ_CHECK(status == 400 || status == 413 || status == 414 || status == 431 || status == 505);
            outcome.status = status;
            outcome.reason = parser.reason();
            return outcome;
        }
        if (parser.state() != ParseState::kMessageComplete) {
            return outcome;  // the input ended inside a message
        }
        check_request(request, limits);
        if (parser.chunked()) {
            const std::string_view message = input.substr(start, offset - start);
            const size_t body = body_start(message);
            std::string decoded;
            FUZZ_CHECK(body != std::string_view::npos && strict_chunked(message.substr(body), &decoded));
            std::string delivered;
            FUZZ_CHECK(request.read_body(&delivered) && decoded == delivered);
        }
        outcome.requests.push_back(flatten(request));
    }
    return outcome;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size < 1) {
        return 0;
    }
    Limits limits;
    limits.max_header_size = 256;  // small, so that the fuzzer reaches the limits
    limits.max_body_size = 512;
    const size_t step = data[0] % 16 + 1;
    const std::string_view input(reinterpret_cast<const char*>(data) + 1, size - 1);
    const Outcome whole = parse(limits, input, 0);
    // The split run keeps at most a few bytes of a body in memory: larger ones take the temporary file's path.
    Limits spooling = limits;
    spooling.upload_buffer_size = step * 4;
    const Outcome pieces = parse(spooling, input, step);
    // The allowance for chunk-line framing is checked after each feed, so a borderline endless chunk extension may
    // be cut off at one split and not at another; everything else must agree.
    if (whole.reason == std::string("over-long chunk lines") || pieces.reason == std::string("over-long chunk lines")) {
        return 0;
    }
    if (std::getenv("STUDY_FUZZ_DEBUG") != nullptr) {
        std::fprintf(stderr, "whole: %zu requests, status %d (%s); pieces of %zu: %zu requests, status %d (%s)\n",
                     whole.requests.size(), whole.status, whole.reason.c_str(), step, pieces.requests.size(),
                     pieces.status, pieces.reason.c_str());
    }
    FUZZ_CHECK(whole.status == pieces.status);
    FUZZ_CHECK(whole.requests == pieces.requests);
    return 0;
}

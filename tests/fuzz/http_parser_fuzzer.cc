// SPDX-License-Identifier: MIT
// libFuzzer target: the HTTP request parser (study::http::RequestParser), fed as a connection feeds it: message
// after message from one stream, feeding the rest again after each stop. Checked against what it promises:
// - the same bytes give the same requests and the same verdict whether they arrive at once or in pieces of any size
//   (the first input byte picks the size), so that no split of a request can smuggle a different one through;
// - a request it delivers is clean: field names lower-case tokens, values without CR, LF or NUL and without
//   surrounding whitespace, head and body within the limits, one Host field in HTTP/1.1;
// - a refusal carries one of the statuses the server answers with.
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
    FUZZ_CHECK(request.body().size() <= limits.max_body_size);
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

std::string flatten(const Request& request) {
    std::string out(request.method_name());
    out.append(" ").append(request.target()).append(request.keep_alive() ? " keep-alive" : " close");
    out.append(request.expects_continue() ? " continue\n" : "\n");
    for (size_t i = 0; i < request.field_count(); ++i) {
        out.append(request.name(i)).append(": ").append(request.value(i)).append("\n");
    }
    return out.append("\n").append(request.body());
}

Outcome parse(const Limits& limits, std::string_view input, size_t step) {
    Outcome outcome;
    RequestParser parser(limits);
    Request request;
    size_t offset = 0;
    while (offset < input.size() && outcome.requests.size() < 16) {
        request.clear();
        parser.next();
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
    const Outcome pieces = parse(limits, input, step);
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

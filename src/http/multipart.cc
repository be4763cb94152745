// SPDX-License-Identifier: MIT
// multipart/form-data bodies, streamed (see include/study/multipart.h).
#include "study/multipart.h"

#include <cstdint>
#include <cstring>

#include "ascii.h"

namespace study {
namespace http {

namespace {

std::string_view trim(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) {
        text.remove_prefix(1);
    }
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) {
        text.remove_suffix(1);
    }
    return text;
}

// Reads the parameters after a media type or disposition type ("; name=value; other=\"quoted\""), calling
// `take(name, value)` for each; false when they are malformed (an unterminated quoted string, no '=').
template <typename Take>
bool read_parameters(std::string_view text, Take take) {
    size_t at = 0;
    while (at < text.size()) {
        if (text[at] == ';' || text[at] == ' ' || text[at] == '\t') {
            ++at;
            continue;
        }
        const size_t equals = text.find('=', at);
        if (equals == std::string_view::npos) {
            return false;
        }
        const std::string_view name = trim(text.substr(at, equals - at));
        at = equals + 1;
        while (at < text.size() && (text[at] == ' ' || text[at] == '\t')) {
            ++at;
        }
        std::string value;
        if (at < text.size() && text[at] == '"') {
            ++at;
            for (;;) {
                if (at >= text.size()) {
                    return false;
                }
                char c = text[at++];
                if (c == '"') {
                    break;
                }
                if (c == '\\' && at < text.size()) {
                    c = text[at++];
                }
                value.push_back(c);
            }
        } else {
            const size_t end = text.find(';', at);
            value = std::string(trim(text.substr(at, end == std::string_view::npos ? end : end - at)));
            at = end == std::string_view::npos ? text.size() : end;
        }
        take(name, value);
    }
    return true;
}

}  // namespace

bool multipart_boundary(std::string_view content_type, std::string* boundary) {
    const size_t semicolon = content_type.find(';');
    if (!equals_ignoring_case(trim(content_type.substr(0, semicolon)), "multipart/form-data") ||
        semicolon == std::string_view::npos) {
        return false;
    }
    boundary->clear();
    const bool ok =
        read_parameters(content_type.substr(semicolon), [boundary](std::string_view name, std::string value) {
            if (equals_ignoring_case(name, "boundary")) {
                *boundary = std::move(value);
            }
        });
    return ok && !boundary->empty() && boundary->size() <= 70 && is_field_value(*boundary);
}

MultipartParser::MultipartParser(std::string_view boundary, const Limits& limits)
    : delimiter_("\r\n--" + std::string(boundary)), fallback_(delimiter_.size(), 0), limits_(limits) {
    // Knuth-Morris-Pratt: after a mismatch at delimiter byte i, the match goes on from fallback_[i - 1] bytes, and
    // the bytes before those are data.
    for (size_t i = 1, k = 0; i < delimiter_.size(); ++i) {
        while (k > 0 && delimiter_[i] != delimiter_[k]) {
            k = fallback_[k - 1];
        }
        if (delimiter_[i] == delimiter_[k]) {
            ++k;
        }
        fallback_[i] = k;
    }
}

bool MultipartParser::fail(const char* reason) {
    state_ = State::kFailed;
    reason_ = reason;
    return false;
}

size_t MultipartParser::scan(const char* data, size_t length, MultipartHandler* handler, bool* found) {
    *found = false;
    const bool keep = state_ == State::kData;  // the preamble is dropped
    size_t run = 0, run_length = 0;            // input bytes known to be data, not given to the handler yet
    auto flush = [&]() {
        const bool ok = run_length == 0 || !keep || handler->on_data(data + run, run_length);
        run_length = 0;
        return ok;
    };
    auto add = [&](size_t at, size_t n) {
        if (run_length > 0 && run + run_length == at) {
            run_length += n;
            return true;
        }
        const bool ok = flush();
        run = at;
        run_length = n;
        return ok;
    };
    for (size_t i = 0; i < length; ++i) {
        if (matched_ == 0) {
            // Nothing matched: every byte up to the next CR (the delimiter's first) is data.
            const void* cr = memchr(data + i, '\r', length - i);
            const size_t next = cr == nullptr ? length : static_cast<size_t>(static_cast<const char*>(cr) - data);
            if (next > i && !add(i, next - i)) {
                return SIZE_MAX;
            }
            i = next;
            if (i == length) {
                break;
            }
        }
        const char c = data[i];
        while (matched_ > 0 && delimiter_[matched_] != c) {
            // The bytes matched so far were data after all, but for the part that may still begin a delimiter.
            const size_t keep_matched = fallback_[matched_ - 1];
            if (!flush() || (keep && !handler->on_data(delimiter_.data(), matched_ - keep_matched))) {
                return SIZE_MAX;
            }
            matched_ = keep_matched;
        }
        if (delimiter_[matched_] == c) {
            if (++matched_ == delimiter_.size()) {
                matched_ = 0;
                *found = true;
                return flush() ? i + 1 : SIZE_MAX;
            }
        } else if (!add(i, 1)) {
            return SIZE_MAX;
        }
    }
    return flush() ? length : SIZE_MAX;
}

bool MultipartParser::end_head(MultipartHandler* handler) {
    MultipartPart part;
    bool disposition = false;
    std::string_view lines(head_);
    lines.remove_suffix(2);  // the empty line's CRLF
    while (!lines.empty()) {
        const size_t end = lines.find("\r\n");
        const std::string_view line = lines.substr(0, end);
        lines = end == std::string_view::npos ? std::string_view() : lines.substr(end + 2);
        if (line.empty()) {
            continue;
        }
        const size_t colon = line.find(':');
        if (colon == std::string_view::npos || colon == 0 || line[0] == ' ' || line[0] == '\t' ||
            !is_field_value(line)) {
            return fail("malformed part header field");
        }
        const std::string_view name = line.substr(0, colon), value = trim(line.substr(colon + 1));
        if (equals_ignoring_case(name, "content-type")) {
            part.content_type = std::string(value);
        } else if (equals_ignoring_case(name, "content-disposition")) {
            const size_t semicolon = value.find(';');
            if (disposition || !equals_ignoring_case(trim(value.substr(0, semicolon)), "form-data") ||
                semicolon == std::string_view::npos) {
                return fail("part without a single form-data Content-Disposition");
            }
            disposition = true;
            const bool ok = read_parameters(value.substr(semicolon), [&part](std::string_view key, std::string text) {
                if (equals_ignoring_case(key, "name")) {
                    part.name = std::move(text);
                } else if (equals_ignoring_case(key, "filename")) {
                    part.filename = std::move(text);
                    part.has_filename = true;
                }
            });
            if (!ok) {
                return fail("malformed Content-Disposition parameters");
            }
        }
    }
    if (!disposition || part.name.empty()) {
        return fail("part without a form-data Content-Disposition naming it");
    }
    if (++parts_ > limits_.max_parts) {
        return fail("too many parts");
    }
    head_.clear();
    state_ = State::kData;
    matched_ = 0;
    return handler->on_part(part) || fail("stopped");
}

bool MultipartParser::head_byte(char c, MultipartHandler* handler) {
    head_.push_back(c);
    if (head_.size() > limits_.max_head_size) {
        return fail("part head too large");
    }
    const size_t n = head_.size();
    if ((n == 2 && head_ == "\r\n") || (n >= 4 && head_.compare(n - 4, 4, "\r\n\r\n") == 0)) {
        return end_head(handler);
    }
    return true;
}

bool MultipartParser::feed(const char* data, size_t length, MultipartHandler* handler) {
    size_t i = 0;
    while (i < length) {
        switch (state_) {
            case State::kFailed:
                return false;
            case State::kEpilogue:
                return true;
            case State::kPreamble:
            case State::kData: {
                bool found = false;
                const size_t n = scan(data + i, length - i, handler, &found);
                if (n == SIZE_MAX) {
                    return fail("stopped");
                }
                i += n;
                if (found) {
                    if (state_ == State::kData && !handler->on_part_end()) {
                        return fail("stopped");
                    }
                    state_ = State::kAfterDelimiter;
                }
                break;
            }
            case State::kAfterDelimiter: {
                const char c = data[i++];
                state_ = c == '-'                ? State::kAfterDelimiterDash
                         : c == ' ' || c == '\t' ? State::kPadding
                         : c == '\r'             ? State::kPaddingLf
                                                 : State::kFailed;
                if (state_ == State::kFailed) {
                    return fail("junk after a boundary");
                }
                break;
            }
            case State::kAfterDelimiterDash:
                if (data[i++] != '-') {
                    return fail("junk after a boundary");
                }
                state_ = State::kEpilogue;
                break;
            case State::kPadding: {
                const char c = data[i++];
                if (c == '\r') {
                    state_ = State::kPaddingLf;
                } else if (c != ' ' && c != '\t') {
                    return fail("junk after a boundary");
                }
                break;
            }
            case State::kPaddingLf:
                if (data[i++] != '\n') {
                    return fail("bare CR after a boundary");
                }
                state_ = State::kHead;
                head_.clear();
                break;
            case State::kHead:
                if (!head_byte(data[i++], handler)) {
                    return false;
                }
                break;
        }
    }
    return state_ != State::kFailed;
}

}  // namespace http
}  // namespace study

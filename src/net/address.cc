// SPDX-License-Identifier: MIT
#include "study/address.h"

#include <cstdint>

namespace study {

namespace {

// atoi() over a bounded text: PHP's own parser calls atoi() on the rest of a NUL-terminated name; here the text
// need not be terminated, and a number too large for a port stops counting instead of overflowing.
int parse_port(std::string_view text) {
    size_t at = 0;
    while (at < text.size() && (text[at] == ' ' || (text[at] >= '\t' && text[at] <= '\r'))) {
        ++at;
    }
    bool negative = false;
    if (at < text.size() && (text[at] == '+' || text[at] == '-')) {
        negative = text[at] == '-';
        ++at;
    }
    int64_t value = 0;
    for (; at < text.size() && text[at] >= '0' && text[at] <= '9'; ++at) {
        value = value * 10 + (text[at] - '0');
        if (value > 65535) {
            return -1;
        }
    }
    return negative && value != 0 ? -1 : static_cast<int>(value);
}

}  // namespace

bool split_host_port(std::string_view text, std::string* host, int* port) {
    if (text.size() > 1 && text[0] == '[') {
        // The ']' is looked for before the last character, so that a ':' can follow it.
        const size_t end = text.substr(0, text.size() - 1).find(']', 1);
        if (end == std::string_view::npos || text[end + 1] != ':') {
            return false;
        }
        host->assign(text.substr(1, end - 1));
        *port = parse_port(text.substr(end + 2));
        return true;
    }
    const size_t colon = text.empty() ? std::string_view::npos : text.substr(0, text.size() - 1).find(':');
    if (colon == std::string_view::npos) {
        return false;
    }
    host->assign(text.substr(0, colon));
    *port = parse_port(text.substr(colon + 1));
    return true;
}

}  // namespace study

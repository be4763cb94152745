// SPDX-License-Identifier: MIT
// ASCII rules shared by the HTTP sources: case folding (header names, tokens, media types), which HTTP defines
// case-insensitive in ASCII only, with no locale; the bytes a field value may not hold.
#pragma once

#include <cstddef>
#include <string_view>

namespace study {
namespace http {

inline char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + ('a' - 'A')) : c; }

inline bool equals_ignoring_case(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) {
        return false;
    }
    for (size_t i = 0; i < a.size(); ++i) {
        if (ascii_lower(a[i]) != ascii_lower(b[i])) {
            return false;
        }
    }
    return true;
}

// A field value (of a response head, of a multipart part's head, a boundary) may not end its line or the head early:
// no CR, LF or NUL. One pass over the value (find_first_of would search the three bytes once per character of it).
inline bool is_field_value(std::string_view value) {
    for (const char c : value) {
        if (c == '\r' || c == '\n' || c == '\0') {
            return false;
        }
    }
    return true;
}

}  // namespace http
}  // namespace study

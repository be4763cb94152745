// SPDX-License-Identifier: MIT
// ASCII case folding for the HTTP sources (header names, tokens, media types), which HTTP defines case-insensitive
// in ASCII only: no locale.
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

}  // namespace http
}  // namespace study

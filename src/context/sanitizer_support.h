// SPDX-License-Identifier: MIT
// AddressSanitizer support for the stack layer. Frames copied between a shared stack and the heap carry
// ASan's redzone marks of another context, so copies bypass ASan and clear the marks of the stack region.
#pragma once

#include <cstddef>
#include <cstring>

#if defined(__SANITIZE_ADDRESS__)
#define STUDY_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define STUDY_ASAN 1
#endif
#endif

#ifdef STUDY_ASAN
#include <sanitizer/asan_interface.h>
#include <sanitizer/common_interface_defs.h>
#endif

namespace study {

#ifdef STUDY_ASAN
__attribute__((no_sanitize_address)) inline void copy_stack_bytes(char* to, const char* from, size_t size) {
    for (size_t i = 0; i < size; ++i) {
        to[i] = from[i];
    }
}
inline void asan_forget_frames(void* start, size_t size) { __asan_unpoison_memory_region(start, size); }
#else
inline void copy_stack_bytes(char* to, const char* from, size_t size) { std::memcpy(to, from, size); }
inline void asan_forget_frames(void*, size_t) {}
#endif

}  // namespace study

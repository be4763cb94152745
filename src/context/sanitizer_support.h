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
// gcc recognises the byte loop and emits a call of memcpy instead, which ASan intercepts and checks: it then reports
// the redzones this copy exists to skip (stack-buffer-underflow in copy_out). The optimize attribute keeps the loop a
// loop.
#if defined(__GNUC__) && !defined(__clang__)
#define STUDY_NO_MEMCPY_IDIOM __attribute__((optimize("no-tree-loop-distribute-patterns"), noinline))
#else
#define STUDY_NO_MEMCPY_IDIOM __attribute__((noinline))
#endif
__attribute__((no_sanitize_address)) STUDY_NO_MEMCPY_IDIOM inline void copy_stack_bytes(char* to, const char* from,
                                                                                        size_t size) {
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

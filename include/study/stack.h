// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>

namespace study {

struct ExecContext;

// One shared C stack: `size` usable bytes from `base` up to `top`, with a guard area below `base` that faults
// on access, so that an overflow is caught instead of corrupting memory. Many contexts take turns on it.
class SharedStack {
public:
    // Maps a stack of `size` bytes (a multiple of the page size) plus its guard; nullptr when the kernel refuses.
    static SharedStack* map(size_t size);
    // Unmaps the stack and deletes this object.
    void unmap();

    char* base = nullptr;             // lowest usable address
    char* top = nullptr;              // base + size: stacks grow down from here
    size_t size = 0;                  // usable bytes
    char* guard = nullptr;            // start of the mapping: the guard area is [guard, base)
    ExecContext* occupant = nullptr;  // the context whose frames are on the stack now
    size_t users = 0;                 // contexts attached to this stack
    unsigned valgrind_id = 0;         // id from VALGRIND_STACK_REGISTER, 0 outside valgrind

    // Bytes of the guard area below every stack: far more than any frame of code built without stack clash
    // protection (PHP, the C library) moves the stack pointer at once, so that such a frame faults here too. It
    // costs address space only (PROT_NONE, never backed by memory).
    static constexpr size_t kGuardSize = 1024 * 1024;
};

}  // namespace study

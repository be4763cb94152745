// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <vector>

namespace study {

// A C stack for one coroutine: `size` bytes of memory starting at `base` (the lowest address).
struct Stack {
    void* base = nullptr;      // lowest usable address
    size_t size = 0;           // usable bytes, a multiple of the page size
    unsigned valgrind_id = 0;  // id from VALGRIND_STACK_REGISTER, 0 when not running under valgrind
};

// Counters of a StackPool, for Study\Coroutine::stats().
struct StackPoolStats {
    size_t mapped = 0;        // stacks currently mapped (in use or cached)
    size_t cached = 0;        // stacks kept for reuse
    size_t mapped_bytes = 0;  // address space reserved by mapped stacks
};

// Hands out coroutine stacks and keeps a bounded number of freed ones for reuse, so that a
// create-run-destroy loop maps nothing after the first round.
// Stacks are reserved with MAP_NORESERVE and without guard pages, so that neighbouring stacks merge
// into few kernel mappings (vm.max_map_count is 65530 by default) and only touched pages cost memory.
class StackPool {
public:
    explicit StackPool(size_t max_cached = 64) : max_cached_(max_cached) {}
    ~StackPool();
    StackPool(const StackPool&) = delete;
    StackPool& operator=(const StackPool&) = delete;

    // Maps (or reuses) a stack of at least `size` bytes; false with kStackAlloc set when the kernel refuses.
    bool acquire(size_t size, Stack* out);
    // Gives a stack back: cached when it has the size of the last acquire and the cache has room, else unmapped.
    void release(const Stack& stack);
    // Unmaps every cached stack.
    void trim();
    StackPoolStats stats() const;

    // The process-wide pool that coroutines use.
    static StackPool& global();

    // `size` rounded up to whole pages.
    static size_t round_to_pages(size_t size);

private:
    static void unmap(const Stack& stack);

    std::vector<Stack> cache_;
    size_t max_cached_;
    size_t mapped_ = 0;
    size_t mapped_bytes_ = 0;
};

}  // namespace study

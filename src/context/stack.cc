// SPDX-License-Identifier: MIT
#include "study/stack.h"

#include <sys/mman.h>
#include <unistd.h>

#include "study/error.h"

#if defined(__has_include)
#if __has_include(<valgrind/valgrind.h>)
#include <valgrind/valgrind.h>
#define STUDY_HAVE_VALGRIND 1
#endif
#endif

namespace study {

namespace {
size_t page_size() {
    static const size_t size = static_cast<size_t>(sysconf(_SC_PAGESIZE));
    return size;
}
}  // namespace

StackPool::~StackPool() { trim(); }

size_t StackPool::round_to_pages(size_t size) {
    const size_t page = page_size();
    return (size + page - 1) / page * page;
}

bool StackPool::acquire(size_t size, Stack* out) {
    size = round_to_pages(size);
    if (!cache_.empty() && cache_.back().size == size) {
        *out = cache_.back();
        cache_.pop_back();
        return true;
    }
    void* base =
        mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK, -1, 0);
    if (base == MAP_FAILED) {
        return set_last_error(Error::kStackAlloc);
    }
    out->base = base;
    out->size = size;
#ifdef STUDY_HAVE_VALGRIND
    out->valgrind_id = VALGRIND_STACK_REGISTER(base, static_cast<char*>(base) + size);
#endif
    ++mapped_;
    mapped_bytes_ += size;
    return true;
}

void StackPool::release(const Stack& stack) {
    if (cache_.size() < max_cached_ && (cache_.empty() || cache_.back().size == stack.size)) {
        cache_.push_back(stack);
        return;
    }
    unmap(stack);
    --mapped_;
    mapped_bytes_ -= stack.size;
}

void StackPool::trim() {
    for (const Stack& stack : cache_) {
        unmap(stack);
        --mapped_;
        mapped_bytes_ -= stack.size;
    }
    cache_.clear();
}

StackPoolStats StackPool::stats() const { return StackPoolStats{mapped_, cache_.size(), mapped_bytes_}; }

StackPool& StackPool::global() {
    static StackPool pool;
    return pool;
}

void StackPool::unmap(const Stack& stack) {
#ifdef STUDY_HAVE_VALGRIND
    VALGRIND_STACK_DEREGISTER(stack.valgrind_id);
#endif
    munmap(stack.base, stack.size);
}

}  // namespace study

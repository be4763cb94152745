// SPDX-License-Identifier: MIT
#include <sys/mman.h>
#include <unistd.h>

#include "study/error.h"
#include "study/stack.h"
#include "valgrind_support.h"

namespace study {

SharedStack* SharedStack::map(size_t size) {
    const size_t total = size + kGuardSize;
    void* memory =
        mmap(nullptr, total, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK, -1, 0);
    if (memory == MAP_FAILED) {
        set_last_error(Error::kStackAlloc);
        return nullptr;
    }
    if (mprotect(memory, kGuardSize, PROT_NONE) != 0) {
        munmap(memory, total);
        set_last_error(Error::kStackAlloc);
        return nullptr;
    }
    auto* stack = new SharedStack;
    stack->guard = static_cast<char*>(memory);
    stack->base = stack->guard + kGuardSize;
    stack->size = size;
    stack->top = stack->base + size;
    stack->valgrind_id = STUDY_VALGRIND_STACK_REGISTER(stack->base, stack->top);
    return stack;
}

void SharedStack::unmap() {
    STUDY_VALGRIND_STACK_DEREGISTER(valgrind_id);
    munmap(guard, size + kGuardSize);
    delete this;
}

}  // namespace study

// SPDX-License-Identifier: MIT
#include "study/stack.h"

#include <gtest/gtest.h>

#include <cstring>

namespace {

using study::Stack;
using study::StackPool;

TEST(StackPool, RoundsSizeToPages) {
    StackPool pool;
    Stack stack;
    ASSERT_TRUE(pool.acquire(10000, &stack));
    EXPECT_EQ(stack.size % 4096, 0u);
    EXPECT_GE(stack.size, 10000u);
    std::memset(stack.base, 0xAB, stack.size);  // the whole stack is writable
    pool.release(stack);
}

TEST(StackPool, ReusesReleasedStack) {
    StackPool pool;
    Stack first;
    ASSERT_TRUE(pool.acquire(65536, &first));
    pool.release(first);
    EXPECT_EQ(pool.stats().cached, 1u);
    Stack second;
    ASSERT_TRUE(pool.acquire(65536, &second));
    EXPECT_EQ(second.base, first.base);
    EXPECT_EQ(pool.stats().mapped, 1u);
    pool.release(second);
}

TEST(StackPool, CacheIsBounded) {
    StackPool pool(2);
    Stack stacks[4];
    for (Stack& stack : stacks) {
        ASSERT_TRUE(pool.acquire(65536, &stack));
    }
    EXPECT_EQ(pool.stats().mapped, 4u);
    for (Stack& stack : stacks) {
        pool.release(stack);
    }
    EXPECT_EQ(pool.stats().cached, 2u);
    EXPECT_EQ(pool.stats().mapped, 2u);
    pool.trim();
    EXPECT_EQ(pool.stats().mapped, 0u);
}

}  // namespace

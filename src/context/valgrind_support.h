// SPDX-License-Identifier: MIT
// Valgrind client requests when the headers are there, no-ops otherwise. Copying frames between a shared stack
// and the heap moves memory that memcheck may have marked inaccessible when the stack shrank; the copies
// declare it writable first.
#pragma once

#if defined(__has_include)
#if __has_include(<valgrind/memcheck.h>)
#include <valgrind/memcheck.h>
#include <valgrind/valgrind.h>
#define STUDY_VALGRIND_STACK_REGISTER(low, high) VALGRIND_STACK_REGISTER(low, high)
#define STUDY_VALGRIND_STACK_DEREGISTER(id) VALGRIND_STACK_DEREGISTER(id)
#define STUDY_VALGRIND_MAKE_MEM_UNDEFINED(address, size) VALGRIND_MAKE_MEM_UNDEFINED(address, size)
#define STUDY_RUNNING_ON_VALGRIND() (RUNNING_ON_VALGRIND != 0)
#endif
#endif

#ifndef STUDY_VALGRIND_STACK_REGISTER
#define STUDY_VALGRIND_STACK_REGISTER(low, high) 0u
#define STUDY_VALGRIND_STACK_DEREGISTER(id) ((void)(id))
#define STUDY_VALGRIND_MAKE_MEM_UNDEFINED(address, size) ((void)(address), (void)(size))
#define STUDY_RUNNING_ON_VALGRIND() false
#endif

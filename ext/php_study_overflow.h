/* SPDX-License-Identifier: MIT */
/* The report of a C stack overflow in a coroutine (a hit in the guard area below its shared stack). */
#pragma once

#include <cstddef>

namespace study {
struct ExecContext;
}

/* The core's StackHooks::on_overflow: runs in the SIGSEGV handler, on the alternate signal stack, so it only does
 * what is async-signal-safe (plain loads and write(2)). It reports like a fatal error, in the same two channels
 * (display_errors, log_errors), naming the coroutine and the stack size, and ends the process with status 255. */
[[noreturn]] void php_study_on_stack_overflow(study::ExecContext *context, size_t stack_size);

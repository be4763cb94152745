// SPDX-License-Identifier: MIT
#pragma once

namespace study {

// Every error the core can report, with its message. One table, as libuv's UV_ERRNO_MAP.
#define STUDY_ERROR_MAP(X)                                        \
    X(kOk, "success")                                             \
    X(kNotInCoroutine, "not inside a coroutine")                  \
    X(kCoroutineLimit, "the limit of live coroutines is reached") \
    X(kStackAlloc, "cannot allocate a coroutine stack")           \
    X(kResumeSelf, "a coroutine cannot resume itself")            \
    X(kNotSuspended, "the coroutine is not suspended")            \
    X(kInvalidArgument, "invalid argument")                       \
    X(kNotWaiting, "the coroutine is not waiting in a cancellable point")

enum class Error : int {
#define STUDY_ERROR_ENUM(name, message) name,
    STUDY_ERROR_MAP(STUDY_ERROR_ENUM)
#undef STUDY_ERROR_ENUM
};

// The error set by the last core call that failed on this thread.
Error last_error();

// The message of an error code, a static string.
const char* error_message(Error error);

// Records `error` as the last error; returns false so callers can `return set_last_error(...)`.
bool set_last_error(Error error);

}  // namespace study

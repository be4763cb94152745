// SPDX-License-Identifier: MIT
#pragma once

#include <uv.h>

#include <cstdint>

namespace study {

// One descriptor of the core's own that the loop watches for readability, with a libuv poll handle made on demand in
// each generation of the loop: scheduler::reset() closes every handle, and the next start() makes a new one (deleting
// the old one's memory, which the reset closed). The watch keeps the loop alive only while keep_loop_alive(true):
// while waits that its reports end are in progress. EpollSet (the core's epoll sets) and signal.cc (the signal
// handler's eventfd) watch their descriptors so.
class LoopWatch {
public:
    using Callback = void (*)(void* data);

    constexpr LoopWatch(Callback on_readable, void* data) : on_readable_(on_readable), data_(data) {}
    LoopWatch(const LoopWatch&) = delete;
    LoopWatch& operator=(const LoopWatch&) = delete;

    // Watches `fd`, the same descriptor every time, in the loop's current generation (started once; starting again
    // costs nothing): 0, or libuv's error as a positive errno.
    int start(int fd);
    // Stops watching, in this generation, until the next start().
    void stop();
    // Whether the watch keeps the loop from ending, kept for the handles of later generations too.
    void keep_loop_alive(bool alive);

private:
    static void on_poll(uv_poll_t* handle, int status, int events);
    bool handle_current() const;
    void apply_ref() const;

    Callback on_readable_;  // called with data_ in the loop's turn that finds the descriptor readable
    void* data_;
    uv_poll_t* handle_ = nullptr;  // the last handle made; stale (closed by a reset) when generation_ is not current
    uint64_t generation_ = 0;      // scheduler::generation() handle_ was made in
    bool started_ = false;         // handle_ is started (in its generation)
    bool alive_ = false;           // keep_loop_alive()
};

}  // namespace study

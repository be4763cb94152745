// SPDX-License-Identifier: MIT
// A descriptor watched by the loop with one poll handle per generation of the loop (loop_watch.h).
#include "loop_watch.h"

#include "study/scheduler.h"

namespace study {

int LoopWatch::start(int fd) {
    if (!handle_current()) {
        delete handle_;  // closed by the reset of the loop, if any
        handle_ = nullptr;
        started_ = false;
        auto* handle = new uv_poll_t;
        const int status = uv_poll_init(scheduler::uv_loop(), handle, fd);
        if (status != 0) {
            delete handle;
            return -status;
        }
        handle->data = this;
        handle_ = handle;
        generation_ = scheduler::generation();
    }
    if (!started_) {
        const int status = uv_poll_start(handle_, UV_READABLE, on_poll);
        if (status != 0) {
            return -status;
        }
        started_ = true;
        apply_ref();
    }
    return 0;
}

void LoopWatch::stop() {
    if (started_ && handle_current()) {
        uv_poll_stop(handle_);
    }
    started_ = false;
}

void LoopWatch::keep_loop_alive(bool alive) {
    alive_ = alive;
    if (handle_current()) {
        apply_ref();
    }
}

void LoopWatch::on_poll(uv_poll_t* handle, int, int) {
    const auto* watch = static_cast<LoopWatch*>(handle->data);
    watch->on_readable_(watch->data_);
}

bool LoopWatch::handle_current() const { return handle_ != nullptr && generation_ == scheduler::generation(); }

void LoopWatch::apply_ref() const {
    if (alive_) {
        uv_ref(reinterpret_cast<uv_handle_t*>(handle_));
    } else {
        uv_unref(reinterpret_cast<uv_handle_t*>(handle_));
    }
}

}  // namespace study

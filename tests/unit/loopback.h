// SPDX-License-Identifier: MIT
#pragma once

#include <sys/socket.h>

#include <memory>

#include <gtest/gtest.h>

#include "study/address.h"
#include "study/scheduler.h"
#include "study/socket.h"

namespace study_test {

// A listening TCP socket on 127.0.0.1; *port is set to the free port the kernel picked.
inline std::unique_ptr<study::Socket> listener(int* port, int backlog = 16) {
    int error = 0;
    std::unique_ptr<study::Socket> socket(study::Socket::open(AF_INET, SOCK_STREAM, 0, &error));
    sockaddr_storage address;
    socklen_t length;
    EXPECT_TRUE(study::make_address(AF_INET, "127.0.0.1", 0, &address, &length));
    EXPECT_TRUE(socket->bind(reinterpret_cast<sockaddr*>(&address), length));
    EXPECT_TRUE(socket->listen(backlog));
    sockaddr_storage bound;
    socklen_t bound_length = sizeof(bound);
    getsockname(socket->fd(), reinterpret_cast<sockaddr*>(&bound), &bound_length);
    study::address_string(reinterpret_cast<sockaddr*>(&bound), port);
    return socket;
}

// A TCP socket connected to 127.0.0.1:port (the connect is expected to succeed within `timeout`).
inline std::unique_ptr<study::Socket> connect_to(int port, double timeout = 5) {
    int error = 0;
    std::unique_ptr<study::Socket> socket(study::Socket::open(AF_INET, SOCK_STREAM, 0, &error));
    sockaddr_storage address;
    socklen_t length;
    study::make_address(AF_INET, "127.0.0.1", port, &address, &length);
    EXPECT_TRUE(socket->connect(reinterpret_cast<sockaddr*>(&address), length, timeout)) << socket->error();
    return socket;
}

// Makes the running context one that may not suspend (a PHP destructor) for the life of the object.
struct NoSuspending {
    NoSuspending() {
        study::SchedulerHooks hooks;
        hooks.may_suspend = [] { return may_suspend(); };
        study::scheduler::set_hooks(hooks);
        may_suspend() = false;
    }
    ~NoSuspending() {
        may_suspend() = true;
        study::scheduler::set_hooks(study::SchedulerHooks{});
    }
    static bool& may_suspend() {
        static bool value = true;
        return value;
    }
};

}  // namespace study_test

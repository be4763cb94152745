// SPDX-License-Identifier: MIT
// Name resolution on libuv's thread pool, with the running coroutine suspended meanwhile.
#include <uv.h>

#include <cerrno>
#include <cstring>

#include "study/address.h"
#include "study/scheduler.h"

namespace study {

namespace {

// One lookup. The thread pool may finish it after its waiter gave up (timeout, cancel): then the callback frees it.
struct Lookup {
    uv_getaddrinfo_t request;
    WaitPoint* wait = nullptr;  // cleared when the waiter gives up
    int status = 0;
    addrinfo* result = nullptr;
};

void on_resolved(uv_getaddrinfo_t* request, int status, addrinfo* result) {
    auto* lookup = static_cast<Lookup*>(request->data);
    if (lookup->wait == nullptr) {
        uv_freeaddrinfo(result);
        delete lookup;
        return;
    }
    lookup->status = status;
    lookup->result = result;
    WaitPoint* wait = lookup->wait;
    lookup->wait = nullptr;
    scheduler::wake(wait, WakeReason::kDone);
}

void forget_lookup(WaitPoint* wait) {
    auto* lookup = static_cast<Lookup*>(wait->data);
    lookup->wait = nullptr;
    uv_cancel(reinterpret_cast<uv_req_t*>(&lookup->request));  // the callback still comes, and frees it
}

}  // namespace

int resolve(const std::string& name, int family, int socktype, int protocol, const char* service, double timeout,
            std::vector<sockaddr_storage>* addresses) {
    if (timeout == 0) {
        return -ETIMEDOUT;  // 0 does not wait, as for every wait; the thread pool always answers later
    }
    addrinfo hints;
    std::memset(&hints, 0, sizeof(hints));
    hints.ai_family = family;
    hints.ai_socktype = socktype;
    hints.ai_protocol = protocol;
    auto* lookup = new Lookup;
    lookup->request.data = lookup;
    const int started =
        uv_getaddrinfo(scheduler::uv_loop(), &lookup->request, on_resolved, name.c_str(), service, &hints);
    if (started != 0) {
        delete lookup;
        return started;
    }
    auto* wait = new WaitPoint;
    wait->data = lookup;
    wait->forget = forget_lookup;
    lookup->wait = wait;
    const WakeReason reason = scheduler::wait(wait, timeout);
    delete wait;
    if (reason != WakeReason::kDone) {
        if (lookup->wait != nullptr) {  // a main-context wait that was stopped: let the callback free it
            lookup->wait = nullptr;
            uv_cancel(reinterpret_cast<uv_req_t*>(&lookup->request));
        }
        return reason == WakeReason::kTimeout ? -ETIMEDOUT : -ECANCELED;
    }
    const int status = lookup->status;
    for (addrinfo* entry = lookup->result; entry != nullptr; entry = entry->ai_next) {
        sockaddr_storage address;
        std::memset(&address, 0, sizeof(address));
        std::memcpy(&address, entry->ai_addr, entry->ai_addrlen);
        addresses->push_back(address);
    }
    uv_freeaddrinfo(lookup->result);
    delete lookup;
    return status;
}

const char* dns_error_message(int code) {
    if (code == -ETIMEDOUT) {
        return "timed out";
    }
    if (code == -ECANCELED) {
        return "canceled";
    }
    if (code == -EINVAL) {
        return "invalid address";
    }
    return uv_strerror(code);
}

}  // namespace study

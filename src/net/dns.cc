// SPDX-License-Identifier: MIT
// Name resolution on libuv's thread pool, with the running coroutine suspended meanwhile.
#include <uv.h>

#include <netdb.h>

#include <cerrno>
#include <cstring>
#include <string>

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
    std::string name;  // what is looked up, named by the wait for list() (a copy: the caller's may be on its stack)
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

// Copies the addresses of a lookup's result, in the resolver's order.
void add_addresses(const addrinfo* result, std::vector<sockaddr_storage>* addresses) {
    for (const addrinfo* entry = result; entry != nullptr; entry = entry->ai_next) {
        sockaddr_storage address;
        std::memset(&address, 0, sizeof(address));
        std::memcpy(&address, entry->ai_addr, entry->ai_addrlen);
        addresses->push_back(address);
    }
}

// The libuv code of a getaddrinfo() failure, the same that uv_getaddrinfo() reports, so that both lookups describe
// a failure alike (dns_error_message()).
int libuv_code_of(int status) {
    switch (status) {
        case EAI_AGAIN:
            return UV_EAI_AGAIN;
        case EAI_BADFLAGS:
            return UV_EAI_BADFLAGS;
        case EAI_FAIL:
            return UV_EAI_FAIL;
        case EAI_FAMILY:
            return UV_EAI_FAMILY;
        case EAI_MEMORY:
            return UV_EAI_MEMORY;
        case EAI_NONAME:
            return UV_EAI_NONAME;
        case EAI_SERVICE:
            return UV_EAI_SERVICE;
        case EAI_SOCKTYPE:
            return UV_EAI_SOCKTYPE;
#ifdef EAI_NODATA
        case EAI_NODATA:
            return UV_EAI_NODATA;
#endif
#ifdef EAI_ADDRFAMILY
        case EAI_ADDRFAMILY:
            return UV_EAI_ADDRFAMILY;
#endif
        case EAI_SYSTEM:
            return uv_translate_sys_error(errno);
        default:
            return UV_EAI_FAIL;
    }
}

// The lookup in this thread, for a context that may not suspend (scheduler::may_suspend()): the thread blocks as in
// a program without coroutines. getaddrinfo() has no timeout, and neither has this. Returns 0 or a libuv error code.
int resolve_blocking(const std::string& name, const char* service, const addrinfo* hints,
                     std::vector<sockaddr_storage>* addresses) {
    addrinfo* result = nullptr;
    const int status = getaddrinfo(name.c_str(), service, hints, &result);
    if (status != 0) {
        return libuv_code_of(status);
    }
    add_addresses(result, addresses);
    freeaddrinfo(result);
    return 0;
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
    if (!scheduler::may_suspend()) {
        return resolve_blocking(name, service, &hints, addresses);
    }
    auto* lookup = new Lookup;
    lookup->request.data = lookup;
    lookup->name = name;
    const int started =
        uv_getaddrinfo(scheduler::uv_loop(), &lookup->request, on_resolved, lookup->name.c_str(), service, &hints);
    if (started != 0) {
        delete lookup;
        return started;
    }
    auto* wait = new WaitPoint;
    wait->data = lookup;
    wait->forget = forget_lookup;
    wait->kind = WaitKind::kDnsLookup;
    wait->text = lookup->name.c_str();  // the lookup outlives the wait
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
    add_addresses(lookup->result, addresses);
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

// SPDX-License-Identifier: MIT
// Socket addresses: numeric parsing, text, and the one "numeric address, else the resolver's" rule.
#include "study/address.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/un.h>
#include <uv.h>

#include <cerrno>
#include <charconv>
#include <cstddef>
#include <cstring>

namespace study {

bool make_address(int domain, const std::string& address, int64_t port, sockaddr_storage* out, socklen_t* length) {
    std::memset(out, 0, sizeof(*out));
    // inet_pton() would stop at a NUL byte and take what comes before it for the whole address.
    if (port < 0 || port > 65535 || address.find('\0') != std::string::npos) {
        return false;
    }
    switch (domain) {
        case AF_INET: {
            auto* in = reinterpret_cast<sockaddr_in*>(out);
            in->sin_family = AF_INET;
            in->sin_port = htons(static_cast<uint16_t>(port));
            *length = sizeof(*in);
            return inet_pton(AF_INET, address.c_str(), &in->sin_addr) == 1;
        }
        case AF_INET6: {
            auto* in6 = reinterpret_cast<sockaddr_in6*>(out);
            in6->sin6_family = AF_INET6;
            in6->sin6_port = htons(static_cast<uint16_t>(port));
            *length = sizeof(*in6);
            return inet_pton(AF_INET6, address.c_str(), &in6->sin6_addr) == 1;
        }
        case AF_UNIX: {
            auto* un = reinterpret_cast<sockaddr_un*>(out);
            if (address.empty() || address.size() >= sizeof(un->sun_path)) {
                return false;
            }
            un->sun_family = AF_UNIX;
            std::memcpy(un->sun_path, address.data(), address.size());
            *length = static_cast<socklen_t>(offsetof(sockaddr_un, sun_path) + address.size() + 1);
            return true;
        }
        default:
            return false;
    }
}

std::string address_string(const sockaddr* address, int* port) {
    char text[INET6_ADDRSTRLEN] = "";
    *port = 0;
    switch (address->sa_family) {
        case AF_INET: {
            // Four numbers and three dots, written here: glibc's inet_ntop() formats them with sprintf(), about 1,700
            // instructions, once for each connection a server accepts (the HTTP server's remote_addr).
            const auto* in = reinterpret_cast<const sockaddr_in*>(address);
            const auto* bytes = reinterpret_cast<const unsigned char*>(&in->sin_addr);
            char* end = text;
            for (int i = 0; i < 4; ++i) {
                if (i > 0) {
                    *end++ = '.';
                }
                end = std::to_chars(end, text + sizeof(text), bytes[i]).ptr;
            }
            *port = ntohs(in->sin_port);
            return std::string(text, static_cast<size_t>(end - text));
        }
        case AF_INET6: {
            const auto* in6 = reinterpret_cast<const sockaddr_in6*>(address);
            inet_ntop(AF_INET6, &in6->sin6_addr, text, sizeof(text));
            *port = ntohs(in6->sin6_port);
            return text;
        }
        case AF_UNIX: {
            const auto* un = reinterpret_cast<const sockaddr_un*>(address);
            return std::string(un->sun_path, strnlen(un->sun_path, sizeof(un->sun_path)));
        }
        default:
            return "";
    }
}

socklen_t address_length(const sockaddr_storage& address) {
    switch (address.ss_family) {
        case AF_INET:
            return sizeof(sockaddr_in);
        case AF_INET6:
            return sizeof(sockaddr_in6);
        default:
            return 0;
    }
}

namespace {

// atoi() over a bounded text: PHP's own parser calls atoi() on the rest of a NUL-terminated name; here the text
// need not be terminated, and a number too large for a port stops counting instead of overflowing.
int parse_port(std::string_view text) {
    size_t at = 0;
    while (at < text.size() && (text[at] == ' ' || (text[at] >= '\t' && text[at] <= '\r'))) {
        ++at;
    }
    bool negative = false;
    if (at < text.size() && (text[at] == '+' || text[at] == '-')) {
        negative = text[at] == '-';
        ++at;
    }
    int64_t value = 0;
    for (; at < text.size() && text[at] >= '0' && text[at] <= '9'; ++at) {
        value = value * 10 + (text[at] - '0');
        if (value > 65535) {
            return -1;
        }
    }
    return negative && value != 0 ? -1 : static_cast<int>(value);
}

bool family_allowed(int wanted, int family) {
    return (family == AF_INET || family == AF_INET6) && (wanted == AF_UNSPEC || wanted == family);
}

void set_port(sockaddr_storage* address, int64_t port) {
    const uint16_t network_port = htons(static_cast<uint16_t>(port));
    if (address->ss_family == AF_INET) {
        reinterpret_cast<sockaddr_in*>(address)->sin_port = network_port;
    } else {
        reinterpret_cast<sockaddr_in6*>(address)->sin6_port = network_port;
    }
}

}  // namespace

int resolve_host(const std::string& host, int64_t port, int family, int socktype, double timeout,
                 std::vector<sockaddr_storage>* out) {
    if (port < 0 || port > 65535 || host.find('\0') != std::string::npos) {
        return -EINVAL;
    }
    for (const int numeric_family : {AF_INET, AF_INET6}) {
        sockaddr_storage address;
        socklen_t length;
        if (family_allowed(family, numeric_family) && make_address(numeric_family, host, port, &address, &length)) {
            out->push_back(address);
            return 0;
        }
    }
    std::vector<sockaddr_storage> found;
    const int status = resolve(host, family, socktype, 0, nullptr, timeout, &found);
    if (status != 0) {
        return status;
    }
    const size_t before = out->size();
    for (sockaddr_storage& address : found) {
        if (family_allowed(family, address.ss_family)) {
            set_port(&address, port);
            out->push_back(address);
        }
    }
    return out->size() > before ? 0 : UV_EAI_NODATA;
}

bool split_host_port(std::string_view text, std::string* host, int* port) {
    if (text.size() > 1 && text[0] == '[') {
        // The ']' is looked for before the last character, so that a ':' can follow it.
        const size_t end = text.substr(0, text.size() - 1).find(']', 1);
        if (end == std::string_view::npos || text[end + 1] != ':') {
            return false;
        }
        host->assign(text.substr(1, end - 1));
        *port = parse_port(text.substr(end + 2));
        return true;
    }
    const size_t colon = text.empty() ? std::string_view::npos : text.substr(0, text.size() - 1).find(':');
    if (colon == std::string_view::npos) {
        return false;
    }
    host->assign(text.substr(0, colon));
    *port = parse_port(text.substr(colon + 1));
    return true;
}

}  // namespace study

// SPDX-License-Identifier: MIT
// libFuzzer target: the core's parsers of outside input, addresses. Checked against what they promise:
// - split_host_port() reads nothing past its text (the input is an exactly sized heap copy, not terminated), gives a
//   host that is the text's own prefix (after '[' for a bracketed one) and a port in -1..65535;
// - make_address() accepts a numeric address only when it is exactly one (no NUL byte in it, which inet_pton would
//   take as the end), a Unix path only when it fits; whatever it accepts, address_string() gives back text that
//   make_address() turns into the same bytes, with the same port;
// - address_string() of any bytes with a known family reads nothing past a sockaddr_storage.
#include <sys/socket.h>
#include <sys/un.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>

#include "fuzz_check.h"
#include "study/address.h"
#include "study/socket.h"

namespace {

constexpr int kDomains[] = {AF_INET, AF_INET6, AF_UNIX, AF_UNSPEC};

void check_make_address(int domain, const std::string& host, int64_t port) {
    sockaddr_storage address;
    socklen_t length = 0;
    if (!study::make_address(domain, host, port, &address, &length)) {
        return;
    }
    FUZZ_CHECK(host.find('\0') == std::string::npos);
    FUZZ_CHECK(length > 0 && length <= sizeof(address));
    FUZZ_CHECK(address.ss_family == domain);
    int back_port = -1;
    const std::string text = study::address_string(reinterpret_cast<const sockaddr*>(&address), &back_port);
    if (domain == AF_UNIX) {
        FUZZ_CHECK(text == host);
        FUZZ_CHECK(back_port == 0);
        return;
    }
    FUZZ_CHECK(port >= 0 && port <= 65535);
    FUZZ_CHECK(back_port == port);
    sockaddr_storage again;
    socklen_t again_length = 0;
    FUZZ_CHECK(study::make_address(domain, text, back_port, &again, &again_length));
    FUZZ_CHECK(again_length == length);
    FUZZ_CHECK(std::memcmp(&again, &address, length) == 0);
}

void check_split(std::string_view text) {
    // An exact copy on the heap, not terminated, so that ASan sees any read past the end.
    std::unique_ptr<char[]> copy(new char[text.size() + 1]);
    std::memcpy(copy.get(), text.data(), text.size());
    std::string_view exact(copy.get(), text.size());
    std::string host = "untouched";
    int port = -7;
    if (!study::split_host_port(exact, &host, &port)) {
        FUZZ_CHECK(host == "untouched" && port == -7);
        return;
    }
    FUZZ_CHECK(port >= -1 && port <= 65535);
    if (text.size() > 1 && text[0] == '[') {
        FUZZ_CHECK(text.substr(1, host.size()) == host);
        FUZZ_CHECK(host.find(']') == std::string::npos);
        FUZZ_CHECK(text.substr(1 + host.size(), 2) == "]:");
    } else {
        FUZZ_CHECK(text.substr(0, host.size()) == host);
        FUZZ_CHECK(host.find(':') == std::string::npos);
        FUZZ_CHECK(text.size() > host.size() + 1 && text[host.size()] == ':');
    }
    for (int domain : kDomains) {
        check_make_address(domain, host, port);
    }
}

void check_address_string(const uint8_t* data, size_t size, int family) {
    // Any bytes after the family, up to a whole sockaddr_storage; the rest zero.
    auto storage = std::make_unique<sockaddr_storage>();
    std::memset(storage.get(), 0, sizeof(*storage));
    std::memcpy(storage.get(), data, std::min(size, sizeof(*storage)));
    storage->ss_family = static_cast<sa_family_t>(family);
    int port = -1;
    const std::string text = study::address_string(reinterpret_cast<const sockaddr*>(storage.get()), &port);
    FUZZ_CHECK(port >= 0 && port <= 65535);
    if (family == AF_UNIX) {
        FUZZ_CHECK(text.size() < sizeof(sockaddr_un::sun_path) + 1);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size == 0) {
        return 0;
    }
    const uint8_t mode = data[0];
    std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
    check_split(text);
    // The text as a host on its own, with a port from the mode byte (some out of range).
    const int64_t ports[] = {0, 80, 65535, 65536, -1};
    check_make_address(kDomains[mode % 4], std::string(text), ports[(mode >> 2) % 5]);
    check_address_string(data + 1, size - 1, kDomains[(mode >> 5) % 4]);
    return 0;
}

// SPDX-License-Identifier: MIT
#pragma once

#include <sys/socket.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace study {

// Parses a numeric IPv4 or IPv6 address (as `domain` says) and port, or a Unix socket path, into `out`; false when
// `address` is not one. Binary safe: an address or path with a NUL byte in it is refused, never cut at the NUL. A
// Unix path must be non-empty and shorter than sun_path.
bool make_address(int domain, const std::string& address, int64_t port, sockaddr_storage* out, socklen_t* length);

// The address and port (or path) in `address`.
std::string address_string(const sockaddr* address, int* port);

// The length bind() and connect() take for an AF_INET or AF_INET6 address; 0 for another family.
socklen_t address_length(const sockaddr_storage& address);

// The one way a host string becomes addresses: `host` at `port`, for `family` (AF_INET, AF_INET6, or AF_UNSPEC for
// either). A numeric address is converted at once, without a lookup and without waiting; anything else is looked up
// by resolve() (the running coroutine suspends meanwhile, at most `timeout` seconds: negative is no limit, 0 does not
// wait) and its addresses of that family are kept, in the resolver's order. Returns 0 with at least one address in
// `out`; otherwise -EINVAL (a port outside 0-65535, or a host with a NUL byte), one of resolve()'s codes, or
// UV_EAI_NODATA when the name has no address of that family. dns_error_message() describes each.
int resolve_host(const std::string& host, int64_t port, int family, int socktype, double timeout,
                 std::vector<sockaddr_storage>* out);

// Resolves `name` on libuv's thread pool, suspending the running coroutine meanwhile; where the running context may
// not suspend (scheduler::may_suspend()), with getaddrinfo() in this thread, which has no timeout. `family` is AF_INET,
// AF_INET6 or AF_UNSPEC. On success fills `addresses` (in the resolver's order) and returns 0; otherwise returns a
// libuv error code (negative; dns_error_message() describes it), or -ETIMEDOUT / -ECANCELED. The timeout follows
// the rule of every wait: negative is no limit, 0 does not wait (a lookup always waits for the thread pool, so it
// fails at once with -ETIMEDOUT; resolve_host() still converts a numeric address).
int resolve(const std::string& name, int family, int socktype, int protocol, const char* service, double timeout,
            std::vector<sockaddr_storage>* addresses);

// What a code of resolve() or resolve_host() means, a static string.
const char* dns_error_message(int code);

// Splits "host:port" or "[v6]:port" the way PHP's stream layer reads a socket address: in brackets the host ends
// at the first ']', which must be followed by ':'; otherwise the host ends at the first ':', which must not be the
// last character. The port is read as atoi() does (leading blanks, a sign, decimal digits up to the first other
// character; none gives 0), but never past the end of `text`, and a value outside 0..65535 becomes -1, which
// make_address() refuses. False, with `host` and `port` untouched, when `text` has no such form.
bool split_host_port(std::string_view text, std::string* host, int* port);

}  // namespace study

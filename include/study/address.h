// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

namespace study {

// Splits "host:port" or "[v6]:port" the way PHP's stream layer reads a socket address: in brackets the host ends
// at the first ']', which must be followed by ':'; otherwise the host ends at the first ':', which must not be the
// last character. The port is read as atoi() does (leading blanks, a sign, decimal digits up to the first other
// character; none gives 0), but never past the end of `text`, and a value outside 0..65535 becomes -1, which
// make_address() refuses. False, with `host` and `port` untouched, when `text` has no such form.
bool split_host_port(std::string_view text, std::string* host, int* port);

}  // namespace study

// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace study {

// The libraries the core was built against and runs with, as (name, version) pairs for `php --ri study`: the
// version the headers gave at build time and, where the library can say, the one loaded now when it differs.
std::vector<std::pair<std::string, std::string>> library_versions();

}  // namespace study

// SPDX-License-Identifier: MIT
#include "study/version.h"

#include <gtest/gtest.h>
#include <uv.h>
#include <zlib.h>

#include <map>
#include <string>

namespace {

TEST(VersionTest, NamesEveryLibraryWithTheVersionLoaded) {
    std::map<std::string, std::string> versions;
    for (const auto& [name, version] : study::library_versions()) {
        EXPECT_FALSE(version.empty()) << name;
        versions[name] = version;
    }
    for (const char* name : {"libuv", "Boost.Context", "OpenSSL", "http-parser", "zlib"}) {
        EXPECT_EQ(versions.count(name), 1u) << name;
    }
    // The loaded version comes first; the one built with is added only when it differs.
    EXPECT_EQ(versions["libuv"].rfind(uv_version_string(), 0), 0u) << versions["libuv"];
    EXPECT_EQ(versions["zlib"].rfind(zlibVersion(), 0), 0u) << versions["zlib"];
}

}  // namespace

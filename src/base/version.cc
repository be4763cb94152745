// SPDX-License-Identifier: MIT
#include "study/version.h"

#include <http_parser.h>
#include <openssl/crypto.h>
#include <openssl/opensslv.h>
#include <uv.h>
#include <zlib.h>

#include <boost/version.hpp>

namespace study {

namespace {

// "built with X" alone when the loaded library is the same, else "X (built with Y)".
std::string built_and_loaded(const std::string& built, const std::string& loaded) {
    return loaded.empty() || loaded == built ? built : loaded + " (built with " + built + ")";
}

}  // namespace

std::vector<std::pair<std::string, std::string>> library_versions() {
    const unsigned long parser = http_parser_version();
    const std::string parser_loaded = std::to_string((parser >> 16) & 255) + "." + std::to_string((parser >> 8) & 255) +
                                      "." + std::to_string(parser & 255);
    const std::string parser_built = std::to_string(HTTP_PARSER_VERSION_MAJOR) + "." +
                                     std::to_string(HTTP_PARSER_VERSION_MINOR) + "." +
                                     std::to_string(HTTP_PARSER_VERSION_PATCH);
    return {
        {"libuv", built_and_loaded(std::to_string(UV_VERSION_MAJOR) + "." + std::to_string(UV_VERSION_MINOR) + "." +
                                       std::to_string(UV_VERSION_PATCH),
                                   uv_version_string())},
        {"Boost.Context", std::to_string(BOOST_VERSION / 100000) + "." + std::to_string(BOOST_VERSION / 100 % 1000) +
                              "." + std::to_string(BOOST_VERSION % 100)},
        {"OpenSSL", built_and_loaded(OPENSSL_VERSION_TEXT, OpenSSL_version(OPENSSL_VERSION))},
        {"http-parser", built_and_loaded(parser_built, parser_loaded)},
        {"zlib", built_and_loaded(ZLIB_VERSION, zlibVersion())},
    };
}

}  // namespace study

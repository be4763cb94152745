// SPDX-License-Identifier: MIT
#pragma once

#include <gtest/gtest.h>
#include <zlib.h>

#include <string>

namespace study_test {

// Decodes a gzip stream (or the start of one, flushed: then *complete is false) with zlib's inflate.
inline std::string gunzip(const std::string& data, bool* complete) {
    z_stream stream{};
    EXPECT_EQ(inflateInit2(&stream, 15 + 16), Z_OK);
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    stream.avail_in = static_cast<uInt>(data.size());
    std::string out;
    int status;
    do {
        char buffer[16384];
        stream.next_out = reinterpret_cast<Bytef*>(buffer);
        stream.avail_out = sizeof(buffer);
        status = inflate(&stream, Z_NO_FLUSH);
        out.append(buffer, sizeof(buffer) - stream.avail_out);
    } while (status == Z_OK && (stream.avail_in > 0 || stream.avail_out == 0));
    *complete = status == Z_STREAM_END && stream.avail_in == 0;
    inflateEnd(&stream);
    return out;
}

}  // namespace study_test

// SPDX-License-Identifier: MIT
#include "study/address.h"

#include <gtest/gtest.h>
#include <sys/socket.h>

#include <string>

#include "study/socket.h"

namespace {

using namespace std::string_literals;

// Found by tests/fuzz/address_fuzzer: inet_pton() reads a C string, so "127.0.0.1\0junk" was taken for 127.0.0.1
// and a PHP string with a NUL byte bound or connected to another address than the one given.
TEST(AddressTest, NumericAddressWithNulByteIsRefused) {
    sockaddr_storage address;
    socklen_t length = 0;
    EXPECT_FALSE(study::make_address(AF_INET, "127.0.0.1\0junk"s, 80, &address, &length));
    EXPECT_FALSE(study::make_address(AF_INET6, "::1\0"s, 80, &address, &length));
    EXPECT_FALSE(study::make_address(AF_UNIX, "/tmp/a\0b"s, 0, &address, &length));
    EXPECT_TRUE(study::make_address(AF_INET, "127.0.0.1", 80, &address, &length));
}

TEST(AddressTest, SplitHostPortReadsAsPhpDoes) {
    std::string host;
    int port = 0;
    ASSERT_TRUE(study::split_host_port("example.com:80", &host, &port));
    EXPECT_EQ(host, "example.com");
    EXPECT_EQ(port, 80);
    ASSERT_TRUE(study::split_host_port("[::1]:8080", &host, &port));
    EXPECT_EQ(host, "::1");
    EXPECT_EQ(port, 8080);
    // The first colon ends the host; the port is atoi()'s reading of the rest.
    ASSERT_TRUE(study::split_host_port("a:b:1", &host, &port));
    EXPECT_EQ(host, "a");
    EXPECT_EQ(port, 0);
    ASSERT_TRUE(study::split_host_port("h: 42x", &host, &port));
    EXPECT_EQ(port, 42);
    ASSERT_TRUE(study::split_host_port(":1", &host, &port));
    EXPECT_EQ(host, "");
    EXPECT_EQ(port, 1);
    EXPECT_FALSE(study::split_host_port("host:", &host, &port));
    EXPECT_FALSE(study::split_host_port("host", &host, &port));
    EXPECT_FALSE(study::split_host_port("", &host, &port));
    EXPECT_FALSE(study::split_host_port("[::1]", &host, &port));
    EXPECT_FALSE(study::split_host_port("[::1]x:80", &host, &port));
}

// A port too large for 16 bits, however many digits, or negative, is -1 (make_address() refuses it) rather than an
// overflow (atoi()'s is undefined) or a value truncated into range.
TEST(AddressTest, SplitHostPortRefusesPortsOutOfRange) {
    std::string host;
    int port = 0;
    ASSERT_TRUE(study::split_host_port("h:65535", &host, &port));
    EXPECT_EQ(port, 65535);
    ASSERT_TRUE(study::split_host_port("h:65536", &host, &port));
    EXPECT_EQ(port, -1);
    ASSERT_TRUE(study::split_host_port("h:99999999999999999999999", &host, &port));
    EXPECT_EQ(port, -1);
    ASSERT_TRUE(study::split_host_port("h:-80", &host, &port));
    EXPECT_EQ(port, -1);
    ASSERT_TRUE(study::split_host_port("h:-0", &host, &port));
    EXPECT_EQ(port, 0);
}

// The text need not end with a NUL byte: nothing past its end is read (ASan checks this in the fuzzer).
TEST(AddressTest, SplitHostPortStopsAtTheEndOfItsText) {
    const char text[] = "h:12345";
    std::string host;
    int port = 0;
    ASSERT_TRUE(study::split_host_port(std::string_view(text, 4), &host, &port));
    EXPECT_EQ(port, 12);
}

}  // namespace

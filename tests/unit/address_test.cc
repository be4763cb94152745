// SPDX-License-Identifier: MIT
#include "study/address.h"

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/un.h>
#include <uv.h>

#include <cerrno>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "go.h"
#include "study/coroutine.h"
#include "study/scheduler.h"

namespace {

using study_test::go;

using study::Coroutine;
namespace scheduler = study::scheduler;

class AddressTest : public ::testing::Test {
protected:
    void TearDown() override {
        EXPECT_EQ(Coroutine::count(), 0u) << "the loop did not drain";
        scheduler::reset();
    }
};

std::string text_of(const sockaddr_storage& address, int* port) {
    return study::address_string(reinterpret_cast<const sockaddr*>(&address), port);
}

TEST_F(AddressTest, MakeAddressRejectsWhatIsNotAnAddress) {
    sockaddr_storage address;
    socklen_t length;
    EXPECT_FALSE(study::make_address(AF_INET, "localhost", 80, &address, &length));
    EXPECT_FALSE(study::make_address(AF_INET, "127.0.0.1", 70000, &address, &length));
    EXPECT_FALSE(study::make_address(AF_INET, "127.0.0.1", -1, &address, &length));
    EXPECT_TRUE(study::make_address(AF_INET6, "::1", 80, &address, &length));
    EXPECT_FALSE(study::make_address(AF_INET6, "127.0.0.1", 80, &address, &length));
    EXPECT_FALSE(study::make_address(AF_UNIX, std::string(200, 'x'), 0, &address, &length));
    EXPECT_FALSE(study::make_address(AF_UNIX, "", 0, &address, &length));
}

TEST_F(AddressTest, MakeAddressRefusesANulByteInsteadOfCuttingThere) {
    sockaddr_storage address;
    socklen_t length;
    EXPECT_FALSE(study::make_address(AF_INET, std::string("127.0.0.1\0junk", 14), 80, &address, &length));
    EXPECT_FALSE(study::make_address(AF_INET6, std::string("::1\0junk", 8), 80, &address, &length));
    EXPECT_FALSE(study::make_address(AF_UNIX, std::string("/tmp/a\0b", 8), 0, &address, &length));
    ASSERT_TRUE(study::make_address(AF_UNIX, "/tmp/a", 0, &address, &length));
    EXPECT_EQ(length, offsetof(sockaddr_un, sun_path) + 7);
    int port = -1;
    EXPECT_EQ(text_of(address, &port), "/tmp/a");
}

// IPv4 text is written by address_string() itself (inet_ntop() goes through sprintf()): the same text as
// inet_ntop()'s for every value of each byte, in each of the four places.
TEST_F(AddressTest, Ipv4TextIsInetNtopsForEveryByteInEveryPlace) {
    for (int place = 0; place < 4; ++place) {
        for (int value = 0; value < 256; ++value) {
            sockaddr_storage address{};
            auto* in = reinterpret_cast<sockaddr_in*>(&address);
            in->sin_family = AF_INET;
            in->sin_port = htons(static_cast<uint16_t>(value * 257));
            unsigned char bytes[4] = {1, 20, 255, 0};
            bytes[place] = static_cast<unsigned char>(value);
            std::memcpy(&in->sin_addr, bytes, sizeof(bytes));
            char expected[INET_ADDRSTRLEN];
            ASSERT_NE(inet_ntop(AF_INET, &in->sin_addr, expected, sizeof(expected)), nullptr);
            int port = -1;
            EXPECT_EQ(text_of(address, &port), expected);
            EXPECT_EQ(port, value * 257);
        }
    }
}

TEST_F(AddressTest, AddressLengthFollowsTheFamily) {
    sockaddr_storage address;
    socklen_t length;
    ASSERT_TRUE(study::make_address(AF_INET, "10.0.0.1", 1, &address, &length));
    EXPECT_EQ(study::address_length(address), length);
    ASSERT_TRUE(study::make_address(AF_INET6, "fe80::1", 1, &address, &length));
    EXPECT_EQ(study::address_length(address), length);
    ASSERT_TRUE(study::make_address(AF_UNIX, "/x", 0, &address, &length));
    EXPECT_EQ(study::address_length(address), 0u);
}

// A numeric address needs no lookup: it is converted at once, even with a timeout of 0 and outside a coroutine.
TEST_F(AddressTest, ResolveHostConvertsANumericAddressWithoutWaiting) {
    std::vector<sockaddr_storage> out;
    ASSERT_EQ(study::resolve_host("127.0.0.1", 8080, AF_UNSPEC, SOCK_STREAM, 0, &out), 0);
    ASSERT_EQ(out.size(), 1u);
    int port = 0;
    EXPECT_EQ(text_of(out[0], &port), "127.0.0.1");
    EXPECT_EQ(port, 8080);
    out.clear();
    ASSERT_EQ(study::resolve_host("::1", 443, AF_INET6, SOCK_STREAM, 0, &out), 0);
    EXPECT_EQ(text_of(out[0], &port), "::1");
    EXPECT_EQ(port, 443);
}

TEST_F(AddressTest, ResolveHostRefusesABadPortOrANulByte) {
    std::vector<sockaddr_storage> out;
    EXPECT_EQ(study::resolve_host("127.0.0.1", 65536, AF_UNSPEC, SOCK_STREAM, -1, &out), -EINVAL);
    EXPECT_EQ(study::resolve_host("127.0.0.1", -1, AF_UNSPEC, SOCK_STREAM, -1, &out), -EINVAL);
    EXPECT_EQ(study::resolve_host(std::string("localhost\0.evil", 15), 80, AF_UNSPEC, SOCK_STREAM, -1, &out), -EINVAL);
    EXPECT_TRUE(out.empty());
    EXPECT_STREQ(study::dns_error_message(-EINVAL), "invalid address");
}

// An IPv6 literal asked for as IPv4 is not numeric for that family: it goes to the resolver, which has no IPv4
// address for it.
TEST_F(AddressTest, ResolveHostKeepsOnlyTheFamilyAskedFor) {
    auto status = std::make_shared<int>(1);
    auto out = std::make_shared<std::vector<sockaddr_storage>>();
    go([status, out] { *status = study::resolve_host("::1", 80, AF_INET, SOCK_STREAM, 5, out.get()); });
    scheduler::run();
    EXPECT_NE(*status, 0);
    EXPECT_TRUE(out->empty());
}

TEST_F(AddressTest, ResolveHostLooksANameUpAndSetsThePort) {
    auto status = std::make_shared<int>(1);
    auto out = std::make_shared<std::vector<sockaddr_storage>>();
    go([status, out] { *status = study::resolve_host("localhost", 5353, AF_INET, SOCK_STREAM, 5, out.get()); });
    EXPECT_EQ(*status, 1) << "the lookup suspends the coroutine";
    scheduler::run();
    ASSERT_EQ(*status, 0) << study::dns_error_message(*status);
    ASSERT_FALSE(out->empty());
    for (const sockaddr_storage& address : *out) {
        int port = 0;
        EXPECT_EQ(address.ss_family, AF_INET);
        EXPECT_EQ(text_of(address, &port), "127.0.0.1");
        EXPECT_EQ(port, 5353);
    }
}

// 0 means "do not wait" for a lookup as for every other wait (it meant "no limit").
TEST_F(AddressTest, ALookupWithZeroTimeoutFailsAtOnceWithoutWaiting) {
    auto status = std::make_shared<int>(1);
    go([status] {
        std::vector<sockaddr_storage> out;
        *status = study::resolve("localhost", AF_INET, SOCK_STREAM, 0, nullptr, 0, &out);
    });
    EXPECT_EQ(*status, -ETIMEDOUT) << "it ended before the loop ran";
    scheduler::run();
    std::vector<sockaddr_storage> out;
    EXPECT_EQ(study::resolve_host("localhost", 80, AF_UNSPEC, SOCK_STREAM, 0, &out), -ETIMEDOUT);
    EXPECT_STREQ(study::dns_error_message(-ETIMEDOUT), "timed out");
}

TEST_F(AddressTest, SplitHostPortReadsAsPhpDoes) {
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
TEST_F(AddressTest, SplitHostPortRefusesPortsOutOfRange) {
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
TEST_F(AddressTest, SplitHostPortStopsAtTheEndOfItsText) {
    const char text[] = "h:12345";
    std::string host;
    int port = 0;
    ASSERT_TRUE(study::split_host_port(std::string_view(text, 4), &host, &port));
    EXPECT_EQ(port, 12);
}

}  // namespace

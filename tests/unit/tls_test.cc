// SPDX-License-Identifier: MIT
#include "study/tls.h"

#include <gtest/gtest.h>
#include <netinet/in.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <uv.h>

#include <cctype>
#include <cerrno>
#include <cstdio>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "go.h"
#include "loopback.h"
#include "study/address.h"
#include "study/coroutine.h"
#include "study/scheduler.h"
#include "study/socket.h"
#include "tls_certificates.h"

namespace {

using study::Coroutine;
using study::Socket;
using study::TlsConfig;
using study::TlsContext;
using study::TlsPeer;
using study::TlsRole;
using study_test::connect_to;
using study_test::go;
using study_test::NoSuspending;
using study_test::TestPki;

// Up to 20 clients connect at once in the interleaving test.
std::unique_ptr<Socket> listener(int* port) { return study_test::listener(port, 128); }
namespace scheduler = study::scheduler;

// The certificates, made once for all the tests (an EC key and a signature each: cheap, but not free).
const TestPki& pki() {
    static TestPki* made = new TestPki;
    return *made;
}

// Contexts are released when the last holder lets go.
struct ContextReleaser {
    void operator()(TlsContext* context) const { context->release(); }
};
using ContextPtr = std::shared_ptr<TlsContext>;

ContextPtr make_context(const TlsConfig& config) {
    std::string error;
    TlsContext* context = TlsContext::create(config, &error);
    EXPECT_NE(context, nullptr) << error;
    return ContextPtr(context, ContextReleaser());
}

ContextPtr server_context(const study_test::Identity& identity, std::vector<std::string> alpn = {}) {
    TlsConfig config;
    config.role = TlsRole::kServer;
    config.certificate_file = identity.certificate_file;
    config.key_file = identity.key_file;
    config.verify_peer = false;
    config.alpn = std::move(alpn);
    return make_context(config);
}

ContextPtr client_context(const std::string& ca_file, bool verify_peer = true, bool allow_self_signed = false) {
    TlsConfig config;
    config.ca_file = ca_file;
    config.verify_peer = verify_peer;
    config.allow_self_signed = allow_self_signed;
    return make_context(config);
}

TlsPeer peer_for(const std::string& name, const std::string& session_key = "") {
    TlsPeer peer;
    peer.server_name = name;
    peer.verify_name = name;
    peer.session_key = session_key;
    return peer;
}

std::string message_of(const Socket& socket) { return socket.error_message() != nullptr ? socket.error_message() : ""; }

// What one side of a handshake ended with.
struct Outcome {
    bool ok = false;
    int error = 0;
    std::string message;
};

// A server coroutine that accepts `count` connections and runs, for each in a coroutine of its own, the handshake
// and then `serve` (given the connection) when it worked; the outcomes are recorded in order of completion.
template <typename Serve>
void serve_tls(std::shared_ptr<Socket> server, ContextPtr context, int count, std::shared_ptr<std::vector<Outcome>> out,
               Serve serve, double timeout = 5) {
    go([=] {
        for (int i = 0; i < count; i++) {
            std::shared_ptr<Socket> connection(server->accept(5));
            ASSERT_NE(connection, nullptr);
            go([=] {
                Outcome outcome;
                outcome.ok = connection->enable_tls(context.get(), TlsPeer(), timeout);
                outcome.error = connection->error();
                outcome.message = message_of(*connection);
                out->push_back(outcome);
                if (outcome.ok) {
                    serve(connection);
                }
            });
        }
    });
}

// Echoes until the peer closes.
void echo(const std::shared_ptr<Socket>& connection) {
    std::vector<char> buffer(65536);
    for (;;) {
        const ssize_t n = connection->recv(buffer.data(), buffer.size(), 10);
        if (n <= 0) {
            EXPECT_EQ(n, 0) << connection->error() << " " << message_of(*connection);
            return;
        }
        ASSERT_EQ(connection->send_all(buffer.data(), static_cast<size_t>(n), 10), n);
    }
}

class TlsTest : public ::testing::Test {
protected:
    void TearDown() override {
        EXPECT_EQ(Coroutine::count(), 0u) << "the loop did not drain";
        scheduler::reset();
    }
};

// A client handshake against a server that serves nothing after it, with its outcome.
Outcome client_handshake(ContextPtr server, ContextPtr client, const TlsPeer& peer, Outcome* server_outcome) {
    int port = 0;
    std::shared_ptr<Socket> listening = listener(&port);
    auto outcomes = std::make_shared<std::vector<Outcome>>();
    serve_tls(listening, server, 1, outcomes, [](const std::shared_ptr<Socket>&) {});
    auto result = std::make_shared<Outcome>();
    go([=] {
        std::shared_ptr<Socket> socket = connect_to(port);
        result->ok = socket->enable_tls(client.get(), peer, 5);
        result->error = socket->error();
        result->message = message_of(*socket);
    });
    scheduler::run();
    EXPECT_EQ(outcomes->size(), 1u);
    if (server_outcome != nullptr && !outcomes->empty()) {
        *server_outcome = outcomes->front();
    }
    return *result;
}

TEST_F(TlsTest, HandshakeAndEchoBothWays) {
    int port = 0;
    std::shared_ptr<Socket> server = listener(&port);
    auto outcomes = std::make_shared<std::vector<Outcome>>();
    serve_tls(server, server_context(pki().leaf), 1, outcomes, echo);
    ContextPtr client = client_context(pki().ca.certificate_file);
    std::string echoed, protocol;
    go([&] {
        std::shared_ptr<Socket> socket = connect_to(port);
        ASSERT_TRUE(socket->enable_tls(client.get(), peer_for("localhost"), 5)) << message_of(*socket);
        protocol = socket->tls()->protocol();
        EXPECT_FALSE(socket->tls()->peer_certificate_pem().empty());
        EXPECT_EQ(socket->send_all("hello over TLS", 14, 5), 14);
        char buffer[14];
        EXPECT_EQ(socket->recv_all(buffer, sizeof(buffer), 5), 14);
        echoed.assign(buffer, sizeof(buffer));
        EXPECT_TRUE(socket->close());
    });
    scheduler::run();
    ASSERT_EQ(outcomes->size(), 1u);
    EXPECT_TRUE(outcomes->front().ok) << outcomes->front().message;
    EXPECT_EQ(echoed, "hello over TLS");
    EXPECT_EQ(protocol, "TLSv1.3");
}

TEST_F(TlsTest, VerificationSucceedsForTheIpAddressInTheCertificate) {
    Outcome result = client_handshake(server_context(pki().leaf), client_context(pki().ca.certificate_file),
                                      peer_for("127.0.0.1"), nullptr);
    EXPECT_TRUE(result.ok) << result.message;
}

TEST_F(TlsTest, WrongHostNameFailsWithTheReason) {
    Outcome server_side;
    Outcome result = client_handshake(server_context(pki().leaf), client_context(pki().ca.certificate_file),
                                      peer_for("example.com"), &server_side);
    EXPECT_FALSE(result.ok);
    EXPECT_EQ(result.error, EPROTO);
    EXPECT_EQ(result.message, "TLS handshake failed: certificate verify failed (hostname mismatch)");
    EXPECT_FALSE(server_side.ok) << "the client's alert ends the server's handshake too";
}

TEST_F(TlsTest, WrongHostNameFailsAlsoWithoutChainVerification) {
    ContextPtr client = client_context("", false);
    Outcome result = client_handshake(server_context(pki().self_signed), client, peer_for("example.com"), nullptr);
    EXPECT_FALSE(result.ok);
    EXPECT_EQ(result.error, EPROTO);
    EXPECT_EQ(result.message, "TLS handshake failed: certificate verify failed (hostname mismatch)");
    result = client_handshake(server_context(pki().self_signed), client, peer_for("localhost"), nullptr);
    EXPECT_TRUE(result.ok) << result.message;
}

TEST_F(TlsTest, UntrustedCertificateFails) {
    Outcome result = client_handshake(server_context(pki().other_leaf), client_context(pki().ca.certificate_file),
                                      peer_for("localhost"), nullptr);
    EXPECT_FALSE(result.ok);
    EXPECT_EQ(result.error, EPROTO);
    EXPECT_EQ(result.message,
              "TLS handshake failed: certificate verify failed (unable to get local issuer certificate)");
}

TEST_F(TlsTest, ExpiredCertificateFails) {
    Outcome result = client_handshake(server_context(pki().expired), client_context(pki().ca.certificate_file),
                                      peer_for("localhost"), nullptr);
    EXPECT_FALSE(result.ok);
    EXPECT_EQ(result.message, "TLS handshake failed: certificate verify failed (certificate has expired)");
}

TEST_F(TlsTest, SelfSignedCertificateFailsUnlessAllowed) {
    Outcome result = client_handshake(server_context(pki().self_signed), client_context(pki().ca.certificate_file),
                                      peer_for("localhost"), nullptr);
    EXPECT_FALSE(result.ok);
    EXPECT_EQ(result.message, "TLS handshake failed: certificate verify failed (self-signed certificate)");
    result = client_handshake(server_context(pki().self_signed), client_context(pki().ca.certificate_file, true, true),
                              peer_for("localhost"), nullptr);
    EXPECT_TRUE(result.ok) << result.message;
}

TEST_F(TlsTest, AlpnPicksTheServersFirstChoiceTheClientOffers) {
    int port = 0;
    std::shared_ptr<Socket> server = listener(&port);
    auto outcomes = std::make_shared<std::vector<Outcome>>();
    auto server_alpn = std::make_shared<std::string>();
    serve_tls(
        server, server_context(pki().leaf, {"http/1.1", "h2"}), 2, outcomes,
        [server_alpn](const std::shared_ptr<Socket>& connection) { *server_alpn += connection->tls()->alpn() + ";"; });
    ContextPtr client = client_context(pki().ca.certificate_file);
    std::vector<std::string> chosen;
    go([&] {
        for (const char* offer : {"h2,http/1.1", "spdy/1"}) {
            TlsPeer peer = peer_for("localhost");
            peer.alpn = std::string(offer) == "spdy/1" ? std::vector<std::string>{"spdy/1"}
                                                       : std::vector<std::string>{"h2", "http/1.1"};
            std::shared_ptr<Socket> socket = connect_to(port);
            ASSERT_TRUE(socket->enable_tls(client.get(), peer, 5)) << message_of(*socket);
            chosen.push_back(socket->tls()->alpn());
        }
    });
    scheduler::run();
    EXPECT_EQ(chosen, (std::vector<std::string>{"http/1.1", ""})) << "no protocol in common: no ALPN";
    EXPECT_EQ(*server_alpn, "http/1.1;;");
}

TEST_F(TlsTest, SecondConnectionResumesTheSession) {
    int port = 0;
    std::shared_ptr<Socket> server = listener(&port);
    auto outcomes = std::make_shared<std::vector<Outcome>>();
    serve_tls(server, server_context(pki().leaf), 3, outcomes, echo);
    ContextPtr client = client_context(pki().ca.certificate_file);
    std::vector<bool> reused;
    go([&] {
        for (const char* key : {"127.0.0.1:1", "127.0.0.1:1", "another key"}) {
            std::shared_ptr<Socket> socket = connect_to(port);
            ASSERT_TRUE(socket->enable_tls(client.get(), peer_for("localhost", key), 5)) << message_of(*socket);
            reused.push_back(socket->tls()->session_reused());
            // With TLS 1.3 the session ticket comes after the handshake: a round trip reads it.
            char byte = 'x';
            EXPECT_EQ(socket->send_all(&byte, 1, 5), 1);
            EXPECT_EQ(socket->recv_all(&byte, 1, 5), 1);
        }
    });
    scheduler::run();
    EXPECT_EQ(reused, (std::vector<bool>{false, true, false}));
    EXPECT_EQ(client->cached_sessions(), 2u);
}

TEST_F(TlsTest, GarbageInsteadOfAClientHelloFailsCleanly) {
    int port = 0;
    std::shared_ptr<Socket> server = listener(&port);
    auto outcomes = std::make_shared<std::vector<Outcome>>();
    serve_tls(server, server_context(pki().leaf), 1, outcomes, [](const std::shared_ptr<Socket>&) {});
    go([port] {
        std::shared_ptr<Socket> socket = connect_to(port);
        const std::string request = "GET / HTTP/1.1\r\nHost: localhost\r\n\r\n";
        EXPECT_EQ(socket->send_all(request.data(), request.size(), 5), static_cast<ssize_t>(request.size()));
        char buffer[256];
        // An alert, the close, or a reset (the server closed with part of the request unread).
        const ssize_t n = socket->recv(buffer, sizeof(buffer), 5);
        EXPECT_TRUE(n >= 0 || socket->error() == ECONNRESET) << socket->error();
    });
    scheduler::run();
    ASSERT_EQ(outcomes->size(), 1u);
    EXPECT_FALSE(outcomes->front().ok);
    EXPECT_EQ(outcomes->front().error, EPROTO);
    EXPECT_EQ(outcomes->front().message.rfind("TLS handshake failed: ", 0), 0u) << outcomes->front().message;
}

TEST_F(TlsTest, PeerThatClosesMidHandshakeFailsCleanly) {
    int port = 0;
    std::shared_ptr<Socket> server = listener(&port);
    auto outcomes = std::make_shared<std::vector<Outcome>>();
    serve_tls(server, server_context(pki().leaf), 1, outcomes, [](const std::shared_ptr<Socket>&) {});
    // The first bytes of a TLS record (a handshake record's header), then the close.
    go([port] {
        std::shared_ptr<Socket> socket = connect_to(port);
        EXPECT_EQ(socket->send_all("\x16\x03\x01\x02\x00\x01", 6, 5), 6);
        socket->close();
    });
    scheduler::run();
    ASSERT_EQ(outcomes->size(), 1u);
    EXPECT_FALSE(outcomes->front().ok);
    EXPECT_EQ(outcomes->front().error, ECONNRESET) << outcomes->front().message;
    EXPECT_EQ(outcomes->front().message, "TLS handshake failed: the peer closed the connection");
}

TEST_F(TlsTest, ClientSeesTheServerCloseMidHandshake) {
    int port = 0;
    std::shared_ptr<Socket> server = listener(&port);
    go([server] {
        std::unique_ptr<Socket> connection(server->accept(5));
        char buffer[64];
        EXPECT_GT(connection->recv(buffer, sizeof(buffer), 5), 0) << "the ClientHello";
    });  // closes it
    ContextPtr client = client_context(pki().ca.certificate_file);
    Outcome result;
    go([&] {
        std::shared_ptr<Socket> socket = connect_to(port);
        result.ok = socket->enable_tls(client.get(), peer_for("localhost"), 5);
        result.error = socket->error();
        result.message = message_of(*socket);
    });
    scheduler::run();
    EXPECT_FALSE(result.ok);
    EXPECT_TRUE(result.error == ECONNRESET || result.error == EPIPE) << result.error << " " << result.message;
}

TEST_F(TlsTest, HandshakeThatNeverCompletesTimesOut) {
    int port = 0;
    std::shared_ptr<Socket> server = listener(&port);
    auto outcomes = std::make_shared<std::vector<Outcome>>();
    serve_tls(
        server, server_context(pki().leaf), 1, outcomes, [](const std::shared_ptr<Socket>&) {}, 0.2);
    std::shared_ptr<Socket> silent;
    uint64_t started = 0;
    go([&] {
        silent = connect_to(port);
        started = uv_hrtime();
    });
    scheduler::run();
    const uint64_t elapsed = uv_hrtime() - started;
    ASSERT_EQ(outcomes->size(), 1u);
    EXPECT_FALSE(outcomes->front().ok);
    EXPECT_EQ(outcomes->front().error, ETIMEDOUT);
    EXPECT_EQ(outcomes->front().message, "");
    EXPECT_GE(elapsed, 200'000'000u) << "not before the timeout";
    EXPECT_LT(elapsed, 30'000'000'000u);
}

TEST_F(TlsTest, SixteenMegabytesEachWay) {
    int port = 0;
    std::shared_ptr<Socket> server = listener(&port);
    auto outcomes = std::make_shared<std::vector<Outcome>>();
    serve_tls(server, server_context(pki().leaf), 1, outcomes, echo);
    ContextPtr client = client_context(pki().ca.certificate_file);
    constexpr size_t kSize = 16u << 20;
    auto message = std::make_shared<std::string>(kSize, '\0');
    for (size_t i = 0; i < kSize; ++i) {
        (*message)[i] = static_cast<char>((i * 131) ^ (i >> 13));
    }
    auto echoed = std::make_shared<std::string>(kSize, '\0');
    go([=] {
        std::shared_ptr<Socket> socket = connect_to(port);
        ASSERT_TRUE(socket->enable_tls(client.get(), peer_for("localhost"), 5)) << message_of(*socket);
        // A writer of its own while this coroutine reads: the echo comes back while the message goes out.
        go([socket, message] {
            EXPECT_EQ(socket->send_all(message->data(), message->size(), 30), static_cast<ssize_t>(kSize));
        });
        EXPECT_EQ(socket->recv_all(&(*echoed)[0], kSize, 30), static_cast<ssize_t>(kSize)) << message_of(*socket);
        socket->close();
    });
    scheduler::run();
    EXPECT_TRUE(*echoed == *message);
}

TEST_F(TlsTest, CloseWakesACoroutineWaitingInATlsRecv) {
    int port = 0;
    std::shared_ptr<Socket> server = listener(&port);
    auto outcomes = std::make_shared<std::vector<Outcome>>();
    auto held = std::make_shared<std::vector<std::shared_ptr<Socket>>>();
    serve_tls(server, server_context(pki().leaf), 1, outcomes,
              [held](const std::shared_ptr<Socket>& connection) { held->push_back(connection); });  // says nothing
    ContextPtr client = client_context(pki().ca.certificate_file);
    std::vector<std::string> events;
    go([&] {
        std::shared_ptr<Socket> socket = connect_to(port);
        ASSERT_TRUE(socket->enable_tls(client.get(), peer_for("localhost"), 5));
        go([&events, socket] {
            char buffer[16];
            events.push_back("recv");
            EXPECT_EQ(socket->recv(buffer, sizeof(buffer), 10), -1);
            EXPECT_EQ(socket->error(), EBADF);
            events.push_back("woken");
        });
        scheduler::sleep(0.01);
        events.push_back("close");
        EXPECT_TRUE(socket->close());
    });
    scheduler::run();
    held->clear();
    EXPECT_EQ(events, (std::vector<std::string>{"recv", "close", "woken"}));
}

TEST_F(TlsTest, ManyConcurrentHandshakesInterleave) {
    constexpr int kClients = 20;
    int port = 0;
    std::shared_ptr<Socket> server = listener(&port);
    auto outcomes = std::make_shared<std::vector<Outcome>>();
    serve_tls(server, server_context(pki().leaf), kClients, outcomes, echo);
    ContextPtr client = client_context(pki().ca.certificate_file);
    auto events = std::make_shared<std::vector<std::string>>();
    for (int i = 0; i < kClients; i++) {
        go([=] {
            std::shared_ptr<Socket> socket = connect_to(port);
            events->push_back("start");
            ASSERT_TRUE(socket->enable_tls(client.get(), peer_for("localhost"), 10)) << message_of(*socket);
            events->push_back("done");
        });
    }
    scheduler::run();
    ASSERT_EQ(events->size(), 2u * kClients);
    for (int i = 0; i < kClients; i++) {
        EXPECT_EQ((*events)[i], "start") << "every handshake started before the first one ended";
    }
    EXPECT_EQ(outcomes->size(), static_cast<size_t>(kClients));
}

TEST_F(TlsTest, TlsShutdownEndsThePeersStreamAndDatagramCallsAreRefused) {
    int port = 0;
    std::shared_ptr<Socket> server = listener(&port);
    auto outcomes = std::make_shared<std::vector<Outcome>>();
    auto received = std::make_shared<std::vector<ssize_t>>();
    serve_tls(server, server_context(pki().leaf), 1, outcomes, [received](const std::shared_ptr<Socket>& connection) {
        char buffer[16];
        received->push_back(connection->recv(buffer, sizeof(buffer), 5));  // "data"
        received->push_back(connection->recv(buffer, sizeof(buffer), 5));  // 0: the close_notify
    });
    ContextPtr client = client_context(pki().ca.certificate_file);
    go([&] {
        std::shared_ptr<Socket> socket = connect_to(port);
        ASSERT_TRUE(socket->enable_tls(client.get(), peer_for("localhost"), 5));
        EXPECT_FALSE(socket->enable_tls(client.get(), peer_for("localhost"), 5));
        EXPECT_EQ(socket->error(), EALREADY);
        char buffer[4];
        sockaddr_storage from;
        socklen_t from_length = sizeof(from);
        EXPECT_EQ(socket->recvfrom(buffer, sizeof(buffer), &from, &from_length, 1), -1);
        EXPECT_EQ(socket->error(), EOPNOTSUPP);
        EXPECT_EQ(socket->send_all("data", 4, 5), 4);
        EXPECT_TRUE(socket->tls_shutdown(5)) << socket->error();
        scheduler::sleep(0.01);
    });
    scheduler::run();
    EXPECT_EQ(*received, (std::vector<ssize_t>{4, 0}));
}

// The byte at `offset` of what the senders below send: a pattern whose shifts do not match each other.
char pattern_at(size_t offset) { return static_cast<char>((offset * 131) ^ (offset >> 11)); }

// A TLS connection whose server side reads nothing until `*reading` is set, then reads until the end into
// `*received`; the client's send buffer is as small as the kernel allows, so its sends block early.
std::shared_ptr<Socket> stalled_connection(ContextPtr client, std::shared_ptr<bool> reading,
                                           std::shared_ptr<std::string> received) {
    int port = 0;
    std::shared_ptr<Socket> server = listener(&port);
    auto outcomes = std::make_shared<std::vector<Outcome>>();
    serve_tls(server, server_context(pki().leaf), 1, outcomes,
              [reading, received](const std::shared_ptr<Socket>& connection) {
                  while (!*reading) {
                      scheduler::sleep(0.001);
                  }
                  char buffer[65536];
                  ssize_t n;
                  while ((n = connection->recv(buffer, sizeof(buffer), 10)) > 0) {
                      received->append(buffer, static_cast<size_t>(n));
                  }
              });
    std::shared_ptr<Socket> socket = connect_to(port);
    EXPECT_TRUE(socket->set_option(SOL_SOCKET, SO_SNDBUF, 1));
    EXPECT_TRUE(socket->enable_tls(client.get(), peer_for("localhost"), 5)) << message_of(*socket);
    return socket;
}

// Sends the pattern from *offset on, 16 KiB per send(), until a send() fails; returns that send's error.
int send_until_it_fails(Socket* socket, size_t* offset, double timeout) {
    char chunk[16384];
    for (;;) {
        for (size_t i = 0; i < sizeof(chunk); i++) {
            chunk[i] = pattern_at(*offset + i);
        }
        const ssize_t n = socket->send(chunk, sizeof(chunk), timeout);
        if (n < 0) {
            return socket->error();
        }
        *offset += static_cast<size_t>(n);
    }
}

bool is_pattern(const std::string& data) {
    for (size_t i = 0; i < data.size(); i++) {
        if (data[i] != pattern_at(i)) {
            return false;
        }
    }
    return true;
}

// Regression: a send() that timed out left a record of its data in OpenSSL, partly sent. The next send() of other
// data made OpenSSL send the rest of that record and return its length as if its own data had gone out (or fail
// with "bad write retry" when shorter): the peer got bytes the sender had been told were not sent, and not the ones
// it had been told were.
TEST_F(TlsTest, SendAfterASendThatTimedOutMidRecordFailsWithEpipeInsteadOfSendingStaleBytes) {
    ContextPtr client = client_context(pki().ca.certificate_file);
    auto reading = std::make_shared<bool>(false);
    auto received = std::make_shared<std::string>();
    size_t sent = 0;
    go([&] {
        std::shared_ptr<Socket> socket = stalled_connection(client, reading, received);
        EXPECT_EQ(send_until_it_fails(socket.get(), &sent, 0.05), ETIMEDOUT) << message_of(*socket);
        *reading = true;  // from now on there is room again
        const std::string other(65536, 'B');
        EXPECT_EQ(socket->send(other.data(), other.size(), 5), -1);
        EXPECT_EQ(socket->error(), EPIPE);
        EXPECT_EQ(message_of(*socket),
                  "an earlier TLS send stopped in the middle of a record (it timed out or was canceled): nothing more "
                  "can be sent on this connection");
        EXPECT_EQ(socket->send_all(other.data(), other.size(), 5), -1);
        EXPECT_EQ(socket->error(), EPIPE);
        EXPECT_FALSE(socket->tls_shutdown(5));
        EXPECT_EQ(socket->error(), EPIPE);
        char byte;
        EXPECT_EQ(socket->recv(&byte, 1, 0), -1) << "the receiving side still works";
        EXPECT_EQ(socket->error(), ETIMEDOUT);
        socket->close();
    });
    scheduler::run();
    EXPECT_GT(sent, 0u);
    EXPECT_EQ(received->size(), sent) << "exactly what the sends that succeeded sent";
    EXPECT_TRUE(is_pattern(*received));
}

// Regression: while a send() waited to finish its record, another coroutine's send() went to OpenSSL, which sent the
// waiting one's record for it (or failed with "bad write retry").
TEST_F(TlsTest, SecondSendWhileASendWaitsMidRecordIsRefusedWithEbusyAndTheFirstCompletes) {
    ContextPtr client = client_context(pki().ca.certificate_file);
    auto reading = std::make_shared<bool>(false);
    auto received = std::make_shared<std::string>();
    constexpr size_t kTotal = 4u << 20;
    size_t sent = 0;
    go([&] {
        std::shared_ptr<Socket> socket = stalled_connection(client, reading, received);
        auto done = std::make_shared<bool>(false);  // on the heap: both coroutines reach it
        go([&sent, socket, done] {                  // suspends when the buffers are full
            std::string data(kTotal, '\0');
            for (size_t i = 0; i < kTotal; i++) {
                data[i] = pattern_at(i);
            }
            EXPECT_EQ(socket->send_all(data.data(), kTotal, 10, &sent), static_cast<ssize_t>(kTotal));
            *done = true;
        });
        ASSERT_FALSE(*done) << "the first send waits";
        EXPECT_EQ(socket->send("x", 1, 5), -1);
        EXPECT_EQ(socket->error(), EBUSY);
        EXPECT_EQ(message_of(*socket), "another coroutine's TLS send is under way on this socket");
        *reading = true;
        while (!*done) {
            scheduler::sleep(0.001);
        }
        socket->close();
    });
    scheduler::run();
    EXPECT_EQ(sent, kTotal);
    EXPECT_EQ(received->size(), kTotal);
    EXPECT_TRUE(is_pattern(*received));
}

// Regression: enable_tls() while another coroutine waited in recv() on the plain socket sent the ClientHello, and
// that recv() then took the server's handshake messages as data.
TEST_F(TlsTest, EnableTlsWhileAnotherCoroutineWaitsInRecvIsRefusedWithEbusy) {
    int port = 0;
    std::shared_ptr<Socket> server = listener(&port);
    auto outcomes = std::make_shared<std::vector<Outcome>>();
    serve_tls(
        server, server_context(pki().leaf), 1, outcomes, [](const std::shared_ptr<Socket>&) {}, 0.2);
    ContextPtr client = client_context(pki().ca.certificate_file);
    auto reader_result = std::make_shared<std::pair<ssize_t, int>>(0, 0);
    go([&] {
        std::shared_ptr<Socket> socket = connect_to(port);
        go([socket, reader_result] {
            char buffer[4096];
            reader_result->first = socket->recv(buffer, sizeof(buffer), 5);
            reader_result->second = socket->error();
        });
        EXPECT_FALSE(socket->enable_tls(client.get(), peer_for("localhost"), 5));
        EXPECT_EQ(socket->error(), EBUSY);
        EXPECT_EQ(message_of(*socket), "cannot start TLS while another coroutine waits on the socket");
        EXPECT_EQ(socket->tls(), nullptr) << "the socket stays plain";
        scheduler::sleep(0.05);  // time for a ServerHello to arrive, had a ClientHello gone out
        socket->close();
    });
    scheduler::run();
    EXPECT_EQ(reader_result->first, -1) << "the waiting recv got nothing of a handshake";
    EXPECT_EQ(reader_result->second, EBADF);
}

// Regression: after a handshake that timed out, recv() called SSL_read, which finished the handshake by itself, without
// the name check that enable_tls() does where the chain is not verified: the data of a server whose certificate does
// not match the name came through.
TEST_F(TlsTest, RecvAfterAHandshakeThatTimedOutFailsWithEnotconnInsteadOfSkippingTheNameCheck) {
    int port = 0;
    std::shared_ptr<Socket> server = listener(&port);
    auto answer = std::make_shared<bool>(false);
    ContextPtr server_side = server_context(pki().self_signed);
    go([server, answer, server_side] {
        std::shared_ptr<Socket> connection(server->accept(5));
        while (!*answer) {
            scheduler::sleep(0.001);
        }
        if (connection->enable_tls(server_side.get(), TlsPeer(), 5)) {
            connection->send_all("data", 4, 5);
            char byte;
            connection->recv(&byte, 1, 5);  // until the client closes
        }
    });
    ContextPtr client = client_context("", false);
    go([&] {
        std::shared_ptr<Socket> socket = connect_to(port);
        EXPECT_FALSE(socket->enable_tls(client.get(), peer_for("example.com"), 0.05));
        EXPECT_EQ(socket->error(), ETIMEDOUT);
        *answer = true;
        char buffer[16];
        EXPECT_EQ(socket->recv(buffer, sizeof(buffer), 5), -1);
        EXPECT_EQ(socket->error(), ENOTCONN);
        EXPECT_EQ(message_of(*socket), "the TLS handshake has not completed: enable_tls() must finish it first");
        EXPECT_EQ(socket->send("x", 1, 5), -1);
        EXPECT_EQ(socket->error(), ENOTCONN);
        EXPECT_FALSE(socket->enable_tls(client.get(), peer_for("example.com"), 5)) << "the name is checked";
        EXPECT_EQ(message_of(*socket), "TLS handshake failed: certificate verify failed (hostname mismatch)");
        socket->close();
    });
    scheduler::run();
}

// The sha256 fingerprint of the certificate in `file`, in hexadecimal.
std::string sha256_of_certificate(const std::string& file) {
    FILE* in = fopen(file.c_str(), "r");
    X509* certificate = in != nullptr ? PEM_read_X509(in, nullptr, nullptr, nullptr) : nullptr;
    if (in != nullptr) {
        fclose(in);
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    std::string hex;
    if (certificate != nullptr && X509_digest(certificate, EVP_sha256(), digest, &length) == 1) {
        for (unsigned int i = 0; i < length; i++) {
            char pair[3];
            snprintf(pair, sizeof(pair), "%02x", digest[i]);
            hex += pair;
        }
    }
    X509_free(certificate);
    return hex;
}

TEST_F(TlsTest, PeerFingerprintsMustMatchTheCertificateEvenWithoutChainVerification) {
    const std::string hex = sha256_of_certificate(pki().self_signed.certificate_file);
    ASSERT_EQ(hex.size(), 64u);
    std::string upper = hex;
    for (char& c : upper) {
        c = static_cast<char>(toupper(static_cast<unsigned char>(c)));
    }
    std::string wrong = hex;
    wrong[0] = wrong[0] == '0' ? '1' : '0';
    ContextPtr client = client_context("", false);
    for (const auto& [fingerprint, expected] : std::vector<std::pair<study::TlsFingerprint, std::string>>{
             {{"sha256", upper}, ""},
             {{"sha256", wrong},
              "TLS handshake failed: the peer certificate does not match the expected sha256 "
              "fingerprint"},
             {{"no-such-digest", hex}, "unknown digest algorithm 'no-such-digest' for a certificate fingerprint"}}) {
        TlsPeer peer = peer_for("localhost");
        peer.fingerprints = {fingerprint};
        Outcome result = client_handshake(server_context(pki().self_signed), client, peer, nullptr);
        EXPECT_EQ(result.ok, expected.empty()) << fingerprint.hex;
        EXPECT_EQ(result.message, expected);
        EXPECT_EQ(result.error, expected.empty() ? 0 : fingerprint.digest == "sha256" ? EPROTO : EINVAL);
    }
}

TEST_F(TlsTest, BadConfigurationsAreRefusedWithTheReason) {
    std::string error;
    TlsConfig config;
    config.role = TlsRole::kServer;
    EXPECT_EQ(TlsContext::create(config, &error), nullptr);
    EXPECT_EQ(error, "a TLS server needs a certificate");
    config.certificate_file = "/nonexistent/cert.pem";
    EXPECT_EQ(TlsContext::create(config, &error), nullptr);
    EXPECT_NE(error.find("cannot load the certificate from '/nonexistent/cert.pem'"), std::string::npos) << error;
    config.certificate_file = pki().leaf.certificate_file;
    config.key_file = pki().other_leaf.key_file;
    EXPECT_EQ(TlsContext::create(config, &error), nullptr);
    EXPECT_NE(error.find("the private key does not match the certificate"), std::string::npos) << error;
    config.key_file = pki().leaf.key_file;
    config.ciphers = "NO-SUCH-CIPHER";
    EXPECT_EQ(TlsContext::create(config, &error), nullptr);
    EXPECT_NE(error.find("invalid cipher list 'NO-SUCH-CIPHER'"), std::string::npos) << error;
    config.ciphers.clear();
    config.alpn = {""};
    EXPECT_EQ(TlsContext::create(config, &error), nullptr);
    EXPECT_EQ(error, "an ALPN protocol name must have 1 to 255 bytes");
    TlsConfig client;
    client.ca_file = "/nonexistent/ca.pem";
    EXPECT_EQ(TlsContext::create(client, &error), nullptr);
    EXPECT_NE(error.find("cannot load the trusted certificates from '/nonexistent/ca.pem'"), std::string::npos);
}

}  // namespace

TEST_F(TlsTest, HandshakeAndEchoBlockWhereTheContextMayNotSuspend) {
    int port = 0;
    std::shared_ptr<Socket> server = listener(&port);
    ContextPtr server_side = server_context(pki().leaf);
    ContextPtr client = client_context(pki().ca.certificate_file);
    std::vector<int> ran;
    go([&ran] {
        scheduler::sleep(0);
        ran.push_back(1);
    });
    {
        NoSuspending guard;
        // The server runs in a thread of its own: every wait of both sides blocks in poll().
        std::thread serving([&] {
            std::shared_ptr<Socket> connection(server->accept(10));
            ASSERT_NE(connection, nullptr);
            ASSERT_TRUE(connection->enable_tls(server_side.get(), TlsPeer(), 10)) << message_of(*connection);
            echo(connection);
        });
        std::shared_ptr<Socket> socket = connect_to(port);
        ASSERT_TRUE(socket->enable_tls(client.get(), peer_for("localhost"), 10)) << message_of(*socket);
        char buffer[4];
        EXPECT_EQ(socket->recv(buffer, sizeof(buffer), 0.02), -1);
        EXPECT_EQ(socket->error(), ETIMEDOUT);
        EXPECT_EQ(socket->send_all("ping", 4, 10), 4);
        EXPECT_EQ(socket->recv_all(buffer, 4, 10), 4);
        EXPECT_EQ(std::string(buffer, 4), "ping");
        socket->close();
        serving.join();
        EXPECT_TRUE(ran.empty()) << "nothing else ran while the thread blocked";
    }
    scheduler::run();
    EXPECT_EQ(ran.size(), 1u);
}

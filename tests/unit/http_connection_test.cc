// SPDX-License-Identifier: MIT
// Connections over loopback: keep-alive, pipelining, 100-continue, HEAD, HTTP/1.0, chunked responses, the limits and
// timeouts, and the smuggling corpus answered with its status and a close.
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include <cstdio>

#include <memory>
#include <string>
#include <vector>

#include "go.h"
#include "gunzip.h"
#include "http_corpus.h"
#include "loopback.h"
#include "study/address.h"
#include "study/coroutine.h"
#include "study/http.h"
#include "study/scheduler.h"
#include "study/socket.h"

namespace {

using study::Coroutine;
using study::Socket;
using study::http::Connection;
using study::http::Limits;
using study_test::connect_to;
using study_test::go;
using study_test::gunzip;
using study_test::listener;
namespace scheduler = study::scheduler;

double now() {
    timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

std::string read_to_end(Socket* socket) {
    std::string all;
    char buffer[4096];
    for (;;) {
        const ssize_t n = socket->recv(buffer, sizeof(buffer), 10);
        if (n <= 0) {
            return all;
        }
        all.append(buffer, static_cast<size_t>(n));
    }
}

// What the server side of one connection saw.
struct Served {
    std::vector<std::string> targets;
    std::vector<std::string> bodies;
    Connection::ReadResult end = Connection::ReadResult::kRequest;
    int rejected_status = 0;
};

// A handler that answers each request with its target as the body.
void echo_target(Connection* c) {
    c->begin_response(200);
    c->add_header("Content-Type", "text/plain");
    const std::string target(c->request().target());
    c->end(target.data(), target.size());
}

// Serves one connection of `server` in a coroutine, calling `handler` for each request, until it ends.
template <typename Handler>
std::shared_ptr<Served> serve_one(std::shared_ptr<Socket> server, std::shared_ptr<Limits> limits, Handler handler) {
    auto served = std::make_shared<Served>();
    go([server, limits, handler, served] {
        auto connection = std::make_unique<Connection>(server->accept(5), *limits);
        for (;;) {
            const Connection::ReadResult result = connection->read_request();
            if (result != Connection::ReadResult::kRequest) {
                served->end = result;
                served->rejected_status = connection->rejected_status();
                return;
            }
            served->targets.emplace_back(connection->request().target());
            served->bodies.push_back(connection->request().body());
            handler(connection.get());
            if (!connection->response_ended()) {
                connection->end(nullptr, 0);
            }
        }
    });
    return served;
}

// Serves one connection of `server` with echo_target in a coroutine, as serve_one() does, but keeps the Connection
// where the test reaches it while it runs (to call close_when_idle()), and each read_request() result in `results`.
void serve_reachable(std::shared_ptr<Socket> server, std::shared_ptr<Limits> limits,
                     std::shared_ptr<std::unique_ptr<Connection>> connection,
                     std::shared_ptr<std::vector<Connection::ReadResult>> results) {
    go([server, limits, connection, results] {
        *connection = std::make_unique<Connection>(server->accept(5), *limits);
        for (;;) {
            results->push_back((*connection)->read_request());
            if (results->back() != Connection::ReadResult::kRequest) {
                connection->reset();  // closes the socket, as the server does: the client reads its end now
                return;
            }
            echo_target(connection->get());
        }
    });
}

// Sends `text` on a new connection, ends the sending side, and returns everything the server answered.
std::string send_and_read(int port, const std::string& text) {
    auto received = std::make_shared<std::string>();
    go([port, text, received] {
        std::shared_ptr<Socket> client = connect_to(port);
        EXPECT_EQ(client->send_all(text.data(), text.size(), 5), static_cast<ssize_t>(text.size()));
        client->shutdown(SHUT_WR);
        *received = read_to_end(client.get());
    });
    scheduler::run();
    return *received;
}

size_t count(const std::string& haystack, const std::string& needle) {
    size_t n = 0;
    for (size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) {
        ++n;
    }
    return n;
}

class HttpConnection : public ::testing::Test {
protected:
    void SetUp() override { server_ = listener(&port_); }
    void TearDown() override {
        server_.reset();
        EXPECT_EQ(Coroutine::count(), 0u) << "the loop did not drain";
        scheduler::reset();
    }
    std::shared_ptr<Socket> server_;
    int port_ = 0;
    std::shared_ptr<Limits> limits_ = std::make_shared<Limits>();
};

TEST_F(HttpConnection, AnswersPipelinedRequestsInOrderOnOneConnection) {
    auto served = serve_one(server_, limits_, echo_target);
    const std::string answer = send_and_read(port_,
                                             "GET /first HTTP/1.1\r\nHost: h\r\n\r\n"
                                             "POST /second HTTP/1.1\r\nHost: h\r\nContent-Length: 4\r\n\r\nbody"
                                             "GET /third HTTP/1.1\r\nHost: h\r\n\r\n");
    ASSERT_EQ(served->targets, (std::vector<std::string>{"/first", "/second", "/third"}));
    EXPECT_EQ(served->bodies[1], "body");
    EXPECT_EQ(served->end, Connection::ReadResult::kClosed);
    EXPECT_EQ(count(answer, "HTTP/1.1 200 OK\r\n"), 3u) << answer;
    const size_t first = answer.find("\r\n\r\n/first");
    const size_t second = answer.find("\r\n\r\n/second");
    const size_t third = answer.find("\r\n\r\n/third");
    EXPECT_LT(first, second);
    EXPECT_LT(second, third);
    EXPECT_NE(third, std::string::npos);
    EXPECT_NE(answer.find("Content-Length: 6\r\n"), std::string::npos);
    EXPECT_NE(answer.find("Date: "), std::string::npos);
    EXPECT_EQ(answer.find("Connection: close"), std::string::npos);
}

TEST_F(HttpConnection, AnswersHeadWithTheLengthButNoBody) {
    serve_one(server_, limits_, echo_target);
    const std::string answer = send_and_read(port_, "HEAD /abc HTTP/1.1\r\nHost: h\r\n\r\n");
    EXPECT_NE(answer.find("Content-Length: 4\r\n"), std::string::npos) << answer;
    EXPECT_EQ(answer.substr(answer.size() - 4), "\r\n\r\n") << answer;
}

TEST_F(HttpConnection, ClosesAfterAnHttp10RequestUnlessAskedToKeepAlive) {
    auto served = serve_one(server_, limits_, echo_target);
    const std::string answer = send_and_read(port_,
                                             "GET /1 HTTP/1.0\r\nConnection: keep-alive\r\n\r\n"
                                             "GET /2 HTTP/1.0\r\n\r\n"
                                             "GET /3 HTTP/1.0\r\n\r\n");
    EXPECT_EQ(served->targets, (std::vector<std::string>{"/1", "/2"}));
    EXPECT_NE(answer.find("Connection: keep-alive\r\n"), std::string::npos) << answer;
    EXPECT_NE(answer.find("Connection: close\r\n"), std::string::npos) << answer;
}

TEST_F(HttpConnection, ClosesAfterConnectionClose) {
    auto served = serve_one(server_, limits_, echo_target);
    const std::string answer = send_and_read(port_,
                                             "GET /1 HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n"
                                             "GET /2 HTTP/1.1\r\nHost: h\r\n\r\n");
    EXPECT_EQ(served->targets, (std::vector<std::string>{"/1"}));
    EXPECT_NE(answer.find("Connection: close\r\n"), std::string::npos) << answer;
}

TEST_F(HttpConnection, StreamsWritesChunkedToHttp11AndUntilTheCloseToHttp10) {
    auto stream = [](Connection* c) {
        c->begin_response(200);
        c->write("ab", 2);
        c->write("", 0);
        c->write("cde", 3);
        c->end("f", 1);
    };
    serve_one(server_, limits_, stream);
    std::string answer = send_and_read(port_, "GET / HTTP/1.1\r\nHost: h\r\n\r\n");
    EXPECT_NE(answer.find("Transfer-Encoding: chunked\r\n"), std::string::npos) << answer;
    EXPECT_EQ(answer.substr(answer.find("\r\n\r\n") + 4), "2\r\nab\r\n3\r\ncde\r\n1\r\nf\r\n0\r\n\r\n");
    serve_one(server_, limits_, stream);
    answer = send_and_read(port_, "GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
    EXPECT_EQ(answer.find("Transfer-Encoding"), std::string::npos) << answer;
    EXPECT_EQ(answer.find("Content-Length"), std::string::npos) << "a body that ends with the connection has no length";
    EXPECT_NE(answer.find("Connection: close\r\n"), std::string::npos) << answer;
    EXPECT_EQ(answer.substr(answer.find("\r\n\r\n") + 4), "abcdef");
}

TEST_F(HttpConnection, SendsContinueBeforeReadingTheBody) {
    auto served = serve_one(server_, limits_, echo_target);
    auto interim = std::make_shared<std::string>();
    auto rest = std::make_shared<std::string>();
    go([this, interim, rest] {
        std::shared_ptr<Socket> client = connect_to(port_);
        const std::string head = "PUT /up HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n";
        client->send_all(head.data(), head.size(), 5);
        interim->resize(25);
        EXPECT_EQ(client->recv_all(&(*interim)[0], interim->size(), 10), 25);
        client->send_all("hello", 5, 5);
        client->shutdown(SHUT_WR);
        *rest = read_to_end(client.get());
    });
    scheduler::run();
    EXPECT_EQ(*interim, "HTTP/1.1 100 Continue\r\n\r\n");
    EXPECT_EQ(served->bodies, (std::vector<std::string>{"hello"}));
    EXPECT_EQ(rest->find("HTTP/1.1 200 OK\r\n"), 0u) << *rest;
}

TEST_F(HttpConnection, AnswersEachSmugglingRequestWithItsStatusAndCloses) {
    for (const study_test::Rejected& rejected : study_test::smuggling_corpus()) {
        auto served = serve_one(server_, limits_, echo_target);
        // A valid request after the bad one must not be served: the connection ends at the error.
        const std::string answer = send_and_read(port_, rejected.text + "GET /after HTTP/1.1\r\nHost: h\r\n\r\n");
        EXPECT_TRUE(served->targets.empty()) << rejected.name;
        EXPECT_EQ(served->end, Connection::ReadResult::kRejected) << rejected.name;
        EXPECT_EQ(served->rejected_status, rejected.status) << rejected.name;
        EXPECT_EQ(answer.find("HTTP/1.1 " + std::to_string(rejected.status) + " "), 0u) << rejected.name << answer;
        EXPECT_NE(answer.find("Connection: close\r\n"), std::string::npos) << rejected.name;
        EXPECT_EQ(count(answer, "HTTP/1.1"), 1u) << rejected.name;
    }
}

TEST_F(HttpConnection, StopsAfterTheLastRequestAllowedOnAConnection) {
    limits_->max_requests = 2;
    auto served = serve_one(server_, limits_, echo_target);
    const std::string get = "GET /x HTTP/1.1\r\nHost: h\r\n\r\n";
    const std::string answer = send_and_read(port_, get + get + get);
    EXPECT_EQ(served->targets.size(), 2u);
    EXPECT_EQ(count(answer, "HTTP/1.1 200"), 2u);
    EXPECT_EQ(count(answer, "Connection: close\r\n"), 1u);
}

TEST_F(HttpConnection, ClosesAnIdleConnectionNotBeforeTheIdleTimeout) {
    limits_->idle_timeout = 0.3;
    auto served = serve_one(server_, limits_, echo_target);
    auto elapsed = std::make_shared<double>(0);
    auto answer = std::make_shared<std::string>();
    go([this, elapsed, answer] {
        std::shared_ptr<Socket> client = connect_to(port_);
        const double start = now();
        *answer = read_to_end(client.get());
        *elapsed = now() - start;
    });
    scheduler::run();
    EXPECT_GE(*elapsed, 0.3);
    EXPECT_EQ(*answer, "") << "an idle connection is closed without a word";
    EXPECT_EQ(served->end, Connection::ReadResult::kClosed);
}

TEST_F(HttpConnection, AnswersASlowHeadWith408NotBeforeTheHeaderTimeout) {
    limits_->header_timeout = 0.3;
    auto served = serve_one(server_, limits_, echo_target);
    auto elapsed = std::make_shared<double>(0);
    auto answer = std::make_shared<std::string>();
    go([this, elapsed, answer] {
        std::shared_ptr<Socket> client = connect_to(port_);
        const double start = now();
        client->send_all("GET / HTTP/1.1\r\n", 16, 5);
        *answer = read_to_end(client.get());
        *elapsed = now() - start;
    });
    scheduler::run();
    EXPECT_GE(*elapsed, 0.3);
    EXPECT_EQ(answer->find("HTTP/1.1 408 Request Timeout\r\n"), 0u) << *answer;
    EXPECT_EQ(served->rejected_status, 408);
}

// Regression: body_timeout bounded each read, so a client sending one byte well within it, again and again, held the
// connection as long as it liked (a slow-body attack). It bounds the whole body now.
TEST_F(HttpConnection, AnswersATrickledBodyWith408AtTheBodyDeadlineNotBefore) {
    limits_->body_timeout = 1;
    auto served = serve_one(server_, limits_, echo_target);
    auto elapsed = std::make_shared<double>(0);
    auto answer = std::make_shared<std::string>();
    auto trickled = std::make_shared<int>(0);
    go([this, elapsed, answer, trickled] {
        std::shared_ptr<Socket> client = connect_to(port_);
        const std::string head = "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 200\r\n\r\n";
        const double start = now();
        client->send_all(head.data(), head.size(), 5);
        auto done = std::make_shared<bool>(false);
        // One byte every 50 ms: each read waits far less than body_timeout; the whole body would take 10 s.
        go([client, done, trickled] {
            while (!*done && *trickled < 200 && client->send("x", 1, 5) == 1) {
                ++*trickled;
                scheduler::sleep(0.05);
            }
        });
        *answer = read_to_end(client.get());
        *elapsed = now() - start;
        *done = true;
    });
    scheduler::run();
    EXPECT_EQ(answer->find("HTTP/1.1 408 Request Timeout\r\n"), 0u) << *answer;
    EXPECT_EQ(served->rejected_status, 408);
    EXPECT_GE(*elapsed, 1.0);
    EXPECT_LT(*trickled, 200) << "the whole body was read";
}

TEST_F(HttpConnection, AnswersATooLargeBodyWith413BeforeReadingIt) {
    limits_->max_body_size = 1000;
    auto served = serve_one(server_, limits_, echo_target);
    const std::string answer =
        send_and_read(port_, "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 100000\r\n\r\n" + std::string(100000, 'x'));
    EXPECT_EQ(answer.find("HTTP/1.1 413 Payload Too Large\r\n"), 0u) << answer;
    EXPECT_EQ(served->rejected_status, 413);
}

TEST_F(HttpConnection, CloseWhenIdleEndsAConnectionWaitingForItsNextRequest) {
    auto connection = std::make_shared<std::unique_ptr<Connection>>();
    auto results = std::make_shared<std::vector<Connection::ReadResult>>();
    serve_reachable(server_, limits_, connection, results);
    auto answer = std::make_shared<std::string>();
    go([this, answer] {
        std::shared_ptr<Socket> client = connect_to(port_);
        const std::string request = "GET /first HTTP/1.1\r\nHost: x\r\n\r\n";
        ASSERT_EQ(client->send_all(request.data(), request.size(), 5), static_cast<ssize_t>(request.size()));
        *answer = read_to_end(client.get());  // ends when close_when_idle() closed the connection
    });
    go([connection] {
        while (!*connection || (*connection)->requests() < 1 || !(*connection)->idle()) {
            study::scheduler::sleep(0.001);  // until the first response is out and the next request awaited
        }
        (*connection)->close_when_idle();
    });
    scheduler::run();
    EXPECT_EQ(answer->find("HTTP/1.1 200 OK\r\n"), 0u) << *answer;
    EXPECT_EQ(answer->find("Connection: close"), std::string::npos) << *answer;
    EXPECT_EQ(*results,
              (std::vector<Connection::ReadResult>{Connection::ReadResult::kRequest, Connection::ReadResult::kClosed}));
}

// A graceful shutdown closed a new connection that had not sent its first request yet: its client, which connected
// while the server still accepted, got nothing back for that request (and HTTP clients retry only on a connection
// they had used before). Its first request is answered now, with Connection: close.
TEST_F(HttpConnection, CloseWhenIdleAnswersTheFirstRequestOfANewConnection) {
    auto connection = std::make_shared<std::unique_ptr<Connection>>();
    auto results = std::make_shared<std::vector<Connection::ReadResult>>();
    serve_reachable(server_, limits_, connection, results);
    auto answer = std::make_shared<std::string>();
    go([this, connection, answer] {
        std::shared_ptr<Socket> client = connect_to(port_);
        while (!*connection || !(*connection)->idle()) {
            study::scheduler::sleep(0.001);  // until the server waits for the first request
        }
        (*connection)->close_when_idle();
        const std::string request = "GET /first HTTP/1.1\r\nHost: x\r\n\r\n";
        ASSERT_EQ(client->send_all(request.data(), request.size(), 5), static_cast<ssize_t>(request.size()));
        *answer = read_to_end(client.get());
    });
    scheduler::run();
    EXPECT_EQ(answer->find("HTTP/1.1 200 OK\r\n"), 0u) << *answer;
    EXPECT_NE(answer->find("Connection: close\r\n"), std::string::npos) << *answer;
    EXPECT_TRUE(answer->size() > 6 && answer->compare(answer->size() - 6, 6, "/first") == 0) << *answer;
    EXPECT_EQ(*results,
              (std::vector<Connection::ReadResult>{Connection::ReadResult::kRequest, Connection::ReadResult::kClosed}));
}

// A graceful shutdown (a rolling reload of a pool's workers) that closed an idle keep-alive connection whose client
// had just sent its next request reset the connection with the request unread: the client lost it. Such a request is
// answered now, with Connection: close, and only then is the connection closed.
TEST_F(HttpConnection, CloseWhenIdleAnswersARequestThatHasArrivedAlready) {
    auto connection = std::make_shared<std::unique_ptr<Connection>>();
    auto results = std::make_shared<std::vector<Connection::ReadResult>>();
    serve_reachable(server_, limits_, connection, results);
    auto answer = std::make_shared<std::string>();
    go([this, connection, answer] {
        std::shared_ptr<Socket> client = connect_to(port_);
        const std::string first = "GET /first HTTP/1.1\r\nHost: x\r\n\r\n";
        ASSERT_EQ(client->send_all(first.data(), first.size(), 5), static_cast<ssize_t>(first.size()));
        while (!*connection || (*connection)->requests() < 1 || !(*connection)->idle()) {
            study::scheduler::sleep(0.001);  // until the first response is out and the next request awaited
        }
        const std::string late = "GET /late HTTP/1.1\r\nHost: x\r\n\r\n";
        ASSERT_EQ(client->send_all(late.data(), late.size(), 5), static_cast<ssize_t>(late.size()));
        // The request is in the server's socket, and its reader has not run yet (this coroutine has not yielded).
        int queued = 0;
        while (ioctl((*connection)->socket()->fd(), FIONREAD, &queued) == 0 && queued == 0) {
        }
        ASSERT_TRUE((*connection)->idle());
        (*connection)->close_when_idle();
        *answer = read_to_end(client.get());
    });
    scheduler::run();
    const size_t second = answer->find("HTTP/1.1 200 OK\r\n", 1);
    ASSERT_NE(second, std::string::npos) << *answer;
    EXPECT_EQ(answer->find("Connection: close"), answer->find("Connection: close", second)) << *answer;
    EXPECT_NE(answer->find("Connection: close\r\n", second), std::string::npos) << *answer;
    EXPECT_TRUE(answer->size() > 5 && answer->compare(answer->size() - 5, 5, "/late") == 0) << *answer;
    EXPECT_EQ(*results,
              (std::vector<Connection::ReadResult>{Connection::ReadResult::kRequest, Connection::ReadResult::kRequest,
                                                   Connection::ReadResult::kClosed}));
}

// Thousands of idle keep-alive connections must not each keep a read buffer: the connection gives its buffer back
// once it waits for the next request, and takes one again when that comes.
TEST_F(HttpConnection, KeepsNoReadBufferWhileIdleBetweenRequests) {
    auto connection = std::make_shared<std::unique_ptr<Connection>>();
    auto targets = std::make_shared<std::vector<std::string>>();
    auto server = server_;
    auto limits = limits_;
    go([server, limits, connection, targets] {
        *connection = std::make_unique<Connection>(server->accept(5), *limits);
        while ((*connection)->read_request() == Connection::ReadResult::kRequest) {
            targets->emplace_back((*connection)->request().target());
            echo_target(connection->get());
        }
    });
    auto checks = std::make_shared<std::vector<bool>>();
    go([this, connection, checks] {
        std::shared_ptr<Socket> client = connect_to(port_);
        for (const std::string target : {"/one", "/two"}) {
            const std::string request = "GET " + target + " HTTP/1.1\r\nHost: x\r\n\r\n";
            ASSERT_EQ(client->send_all(request.data(), request.size(), 5), static_cast<ssize_t>(request.size()));
            std::string answer;
            char buffer[4096];
            while (answer.size() < target.size() ||
                   answer.compare(answer.size() - target.size(), target.size(), target) != 0) {
                const ssize_t n = client->recv(buffer, sizeof(buffer), 10);
                ASSERT_GT(n, 0);
                answer.append(buffer, static_cast<size_t>(n));
            }
            // The server answered and went back to wait for the next request before this coroutine was woken.
            checks->push_back((*connection)->idle());
            checks->push_back((*connection)->holds_read_buffer());
        }
    });
    scheduler::run();
    EXPECT_EQ(*targets, (std::vector<std::string>{"/one", "/two"}));
    EXPECT_EQ(*checks, (std::vector<bool>{true, false, true, false}));
}

// Regression: a second write while the first waited for the client appended to the output buffer the first was
// sending (and could reallocate it under the send), and the reader ended the response under a write.
TEST_F(HttpConnection, RefusesASecondWriteWhileOneWaitsAndTheFirstArrivesWhole) {
    constexpr size_t kBig = 32 << 20;  // more than loopback's socket buffers take at once: the write waits
    auto refused = std::make_shared<int>(0);
    serve_one(server_, limits_, [refused](Connection* c) {
        c->begin_response(200);
        c->write("ab", 2);  // through the output buffer
        go([c] {
            const std::string big(kBig, 'a');
            EXPECT_TRUE(c->write(big.data(), big.size()));
        });
        EXPECT_TRUE(c->writing()) << "the first write did not wait; the test proves nothing";
        *refused += !c->write("x", 1) + !c->end("x", 1) + !c->send_status(500);
        EXPECT_EQ(c->read_request(), Connection::ReadResult::kClosed) << "no next request under a write";
        EXPECT_EQ(c->wait_writer(-1), study::WakeReason::kDone);
        EXPECT_FALSE(c->writing());
        EXPECT_TRUE(c->end("z", 1));
    });
    const std::string answer = send_and_read(port_, "GET / HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n");
    EXPECT_EQ(*refused, 3);
    const std::string body = answer.substr(answer.find("\r\n\r\n") + 4);
    EXPECT_TRUE(body == "2\r\nab\r\n2000000\r\n" + std::string(kBig, 'a') + "\r\n1\r\nz\r\n0\r\n\r\n")
        << "the body (" << body.size() << " bytes) is not the chunks written";
}

TEST_F(HttpConnection, RefusesHeaderFieldsThatWouldSplitTheResponse) {
    serve_one(server_, limits_, [](Connection* c) {
        c->begin_response(200);
        EXPECT_FALSE(c->add_header("X-A", "a\r\nSet-Cookie: evil"));
        EXPECT_FALSE(c->add_header("X A", "a"));
        EXPECT_FALSE(c->add_header("", "a"));
        EXPECT_FALSE(c->add_header("X-L", "a\nSet-Cookie: lf"));
        EXPECT_FALSE(c->add_header("X-N", std::string_view("a\0Set-Cookie: nul", 17)));
        EXPECT_FALSE(c->add_header("X-\xc3\xa9", "a")) << "a name is ASCII tchar only";
        EXPECT_FALSE(c->add_header("X-\x7f", "a"));
        EXPECT_TRUE(c->add_header("X-B", "b"));
        EXPECT_TRUE(c->add_header("X-O", "caf\xc3\xa9\tand tab")) << "a value may hold obs-text and tabs";
        c->end("", 0);
    });
    const std::string answer = send_and_read(port_, "GET / HTTP/1.1\r\nHost: h\r\n\r\n");
    EXPECT_EQ(answer.find("evil"), std::string::npos);
    EXPECT_EQ(answer.find("Set-Cookie"), std::string::npos);
    EXPECT_EQ(answer.find('\0'), std::string::npos);
    EXPECT_EQ(answer.find("X-\xc3"), std::string::npos);
    EXPECT_NE(answer.find("X-B: b\r\n"), std::string::npos);
    EXPECT_NE(answer.find("X-O: caf\xc3\xa9\tand tab\r\n"), std::string::npos);
}

TEST_F(HttpConnection, SendsAFileRangeWithSendfileAfterTheHead) {
    char path[] = "/tmp/study-http-sendfile-XXXXXX";
    const int fd = mkstemp(path);
    ASSERT_GE(fd, 0);
    std::string content(300 * 1024, '\0');
    for (size_t i = 0; i < content.size(); ++i) {
        content[i] = static_cast<char>('a' + i % 26);
    }
    ASSERT_EQ(write(fd, content.data(), content.size()), static_cast<ssize_t>(content.size()));
    serve_one(server_, limits_, [fd](Connection* c) {
        c->begin_response(200);
        EXPECT_TRUE(c->send_file(fd, 10, 200000));
        EXPECT_FALSE(c->end("more", 4)) << "the response has ended";
    });
    const std::string answer = send_and_read(port_, "GET / HTTP/1.1\r\nHost: h\r\n\r\n");
    close(fd);
    unlink(path);
    EXPECT_NE(answer.find("Content-Length: 200000\r\n"), std::string::npos);
    EXPECT_EQ(answer.substr(answer.find("\r\n\r\n") + 4), content.substr(10, 200000));
}

}  // namespace

namespace {

// The responses of `answer` in order, each as its head and its body (Content-Length or chunked, decoded).
std::vector<std::pair<std::string, std::string>> split_responses(const std::string& answer) {
    std::vector<std::pair<std::string, std::string>> responses;
    size_t at = 0;
    while (at < answer.size()) {
        const size_t head_end = answer.find("\r\n\r\n", at);
        if (head_end == std::string::npos) {
            break;
        }
        std::string head = answer.substr(at, head_end + 4 - at);
        std::string body;
        at = head_end + 4;
        const size_t length_at = head.find("Content-Length: ");
        if (length_at != std::string::npos) {
            const size_t length = std::stoul(head.substr(length_at + 16));
            body = answer.substr(at, length);
            at += length;
        } else if (head.find("Transfer-Encoding: chunked") != std::string::npos) {
            for (;;) {
                const size_t line_end = answer.find("\r\n", at);
                const size_t size = std::stoul(answer.substr(at, line_end - at), nullptr, 16);
                at = line_end + 2;
                body += answer.substr(at, size);
                at += size + 2;
                if (size == 0) {
                    break;
                }
            }
        }
        responses.emplace_back(std::move(head), std::move(body));
    }
    return responses;
}

bool has(const std::string& head, const std::string& field) { return head.find(field) != std::string::npos; }

}  // namespace

TEST_F(HttpConnection, GzipsWholeBodiesOfCompressibleTypesForClientsThatTakeIt) {
    const std::string text(5000, 'a');
    serve_one(server_, limits_, [&text](Connection* c) {
        const std::string target(c->request().target());
        c->begin_response(200);
        c->add_header("Content-Type", target == "/png" ? "image/png" : "text/plain; charset=utf-8");
        if (target == "/encoded") {
            c->add_header("Content-Encoding", "br");
        }
        const std::string body = target == "/small" ? std::string("tiny") : text;
        c->end(body.data(), body.size());
    });
    const std::string gzip = "Accept-Encoding: br, gzip\r\n";
    const auto responses = split_responses(send_and_read(
        port_, "GET /text HTTP/1.1\r\nHost: h\r\n" + gzip + "\r\n" + "GET /plain HTTP/1.1\r\nHost: h\r\n\r\n" +
                   "GET /png HTTP/1.1\r\nHost: h\r\n" + gzip + "\r\n" + "GET /small HTTP/1.1\r\nHost: h\r\n" + gzip +
                   "\r\n" + "GET /encoded HTTP/1.1\r\nHost: h\r\n" + gzip + "Connection: close\r\n\r\n"));
    ASSERT_EQ(responses.size(), 5u);
    bool complete = false;
    EXPECT_TRUE(has(responses[0].first, "\r\nContent-Encoding: gzip\r\nVary: Accept-Encoding\r\nContent-Length: "));
    EXPECT_EQ(responses[0].first.find('\0'), std::string::npos);
    EXPECT_LT(responses[0].second.size(), 100u);
    EXPECT_EQ(gunzip(responses[0].second, &complete), text);
    EXPECT_TRUE(complete);
    EXPECT_FALSE(has(responses[1].first, "Content-Encoding")) << "the client did not ask for gzip";
    EXPECT_TRUE(has(responses[1].first, "Vary: Accept-Encoding")) << "a cache must know it depends on it";
    EXPECT_EQ(responses[1].second, text);
    EXPECT_FALSE(has(responses[2].first, "Content-Encoding")) << "PNG is compressed already";
    EXPECT_EQ(responses[2].second, text);
    EXPECT_FALSE(has(responses[3].first, "Content-Encoding")) << "below compression_min_length";
    EXPECT_EQ(responses[3].second, "tiny");
    EXPECT_TRUE(has(responses[4].first, "Content-Encoding: br\r\n"));
    EXPECT_FALSE(has(responses[4].first, "gzip")) << "the handler's own encoding is kept";
    EXPECT_EQ(responses[4].second, text);
}

TEST_F(HttpConnection, GzipsAStreamedResponseChunkByChunkAndNotWhenTurnedOff) {
    serve_one(server_, limits_, [](Connection* c) {
        c->begin_response(200);
        c->add_header("Content-Type", "application/json");
        c->write("[", 1);
        const std::string big(100000, '1');
        c->write(big.data(), big.size());
        c->end("]", 1);
    });
    const std::string gzip = "Accept-Encoding: gzip\r\n";
    auto responses = split_responses(send_and_read(port_, "GET / HTTP/1.1\r\nHost: h\r\n" + gzip +
                                                              "\r\n"
                                                              "GET / HTTP/1.1\r\nHost: h\r\n" +
                                                              gzip + "Connection: close\r\n\r\n"));
    ASSERT_EQ(responses.size(), 2u);
    for (const auto& response : responses) {
        EXPECT_TRUE(has(response.first, "Transfer-Encoding: chunked\r\n"));
        EXPECT_TRUE(has(response.first, "Content-Encoding: gzip\r\n"));
        bool complete = false;
        EXPECT_EQ(gunzip(response.second, &complete), "[" + std::string(100000, '1') + "]");
        EXPECT_TRUE(complete);
    }
    limits_->compression = false;
    serve_one(server_, limits_, [](Connection* c) {
        c->begin_response(200);
        c->add_header("Content-Type", "application/json");
        c->write("[1", 2);
        c->end("]", 1);
    });
    responses =
        split_responses(send_and_read(port_, "GET / HTTP/1.1\r\nHost: h\r\n" + gzip + "Connection: close\r\n\r\n"));
    ASSERT_EQ(responses.size(), 1u);
    EXPECT_FALSE(has(responses[0].first, "Content-Encoding"));
    EXPECT_FALSE(has(responses[0].first, "Vary"));
    EXPECT_EQ(responses[0].second, "[1]");
}

// Whether a response may be compressed (and so says Vary) is the response's own: a compressible one before it on the
// connection does not carry over.
TEST_F(HttpConnection, VaryIsSentOnlyForACompressibleResponseNotForTheOneAfterIt) {
    const std::string text(5000, 'a');
    serve_one(server_, limits_, [&text](Connection* c) {
        const std::string target(c->request().target());
        c->begin_response(200);
        if (target == "/html") {
            c->add_header("Content-Type", "text/html");
        } else if (target == "/png") {
            c->add_header("Content-Type", "image/png");
        }
        c->end(text.data(), text.size());
    });
    const auto responses = split_responses(send_and_read(
        port_,
        "GET /html HTTP/1.1\r\nHost: h\r\n\r\nGET /none HTTP/1.1\r\nHost: h\r\n\r\n"
        "GET /html HTTP/1.1\r\nHost: h\r\n\r\nGET /png HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n"));
    ASSERT_EQ(responses.size(), 4u);
    EXPECT_TRUE(has(responses[0].first, "Vary: Accept-Encoding\r\n"));
    EXPECT_FALSE(has(responses[1].first, "Vary")) << "no type after text/html";
    EXPECT_TRUE(has(responses[2].first, "Vary: Accept-Encoding\r\n"));
    EXPECT_FALSE(has(responses[3].first, "Vary")) << "image/png after text/html";
    for (const auto& response : responses) {
        EXPECT_EQ(response.second, text);
    }
}

// A BodyReader that takes the bodies of POST /take and records what it gets.
struct RecordingReader : study::http::BodyReader {
    std::string taken;
    int begun = 0;
    bool begin(const study::http::Request& request) override {
        ++begun;
        return request.target() == "/take";
    }
    void on_body(const char* data, size_t length) override { taken.append(data, length); }
};

// The connection offers each body to its reader once the head is complete: a taken body goes to the reader as it
// arrives and stays in memory only while small; a body the reader refuses (or a request without one) is the request's.
TEST_F(HttpConnection, BodyReaderTakesTheBodiesItAcceptsAsTheyArrive) {
    limits_->upload_buffer_size = 8;
    auto reader = std::make_shared<RecordingReader>();
    auto served = std::make_shared<Served>();
    auto kept = std::make_shared<std::vector<std::string>>();
    go([server = server_, limits = limits_, reader, served, kept] {
        auto connection = std::make_unique<Connection>(server->accept(5), *limits);
        connection->set_body_reader(reader.get());
        while (connection->read_request() == Connection::ReadResult::kRequest) {
            const study::http::Request& request = connection->request();
            std::string body;
            kept->push_back(request.body_taken() ? (request.body_dropped() ? "dropped" : "taken:" + request.body())
                            : request.read_body(&body) ? "own:" + body
                                                       : "unreadable");
            echo_target(connection.get());
        }
    });
    const std::string answer = send_and_read(port_,
                                             "POST /take HTTP/1.1\r\nHost: h\r\nContent-Length: 4\r\n\r\nabcd"
                                             "POST /take HTTP/1.1\r\nHost: h\r\nContent-Length: 12\r\n\r\n0123456789ab"
                                             "POST /own HTTP/1.1\r\nHost: h\r\nContent-Length: 10\r\n\r\nqwertyuiop"
                                             "GET /take HTTP/1.1\r\nHost: h\r\n\r\n");
    EXPECT_EQ(count(answer, "HTTP/1.1 200 OK\r\n"), 4u) << answer;
    EXPECT_EQ(*kept, (std::vector<std::string>{"taken:abcd", "dropped", "own:qwertyuiop", "own:"}));
    EXPECT_EQ(reader->taken, "abcd0123456789ab");
    EXPECT_EQ(reader->begun, 3) << "a request without a body is not offered";
}

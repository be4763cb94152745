// SPDX-License-Identifier: MIT
// Requests an HTTP server must refuse, shared by the parser's and the connection's tests.
#pragma once

#include <string>
#include <vector>

namespace study_test {

struct Rejected {
    const char* name;
    std::string text;
    int status;
};

// Requests a server must refuse (RFC 9112, sections 2.2, 3, 5, 6 and 7), with the status it answers.
inline std::vector<Rejected> smuggling_corpus() {
    const std::string h = "Host: h\r\n";
    return {
        {"content-length and transfer-encoding",
         "POST / HTTP/1.1\r\n" + h + "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", 400},
        {"transfer-encoding then content-length",
         "POST / HTTP/1.1\r\n" + h + "Transfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n0\r\n\r\n", 400},
        {"differing content-lengths", "POST / HTTP/1.1\r\n" + h + "Content-Length: 1\r\nContent-Length: 2\r\n\r\nab",
         400},
        {"content-length list", "POST / HTTP/1.1\r\n" + h + "Content-Length: 1, 2\r\n\r\nab", 400},
        {"negative content-length", "POST / HTTP/1.1\r\n" + h + "Content-Length: -1\r\n\r\n", 400},
        {"content-length with a sign", "POST / HTTP/1.1\r\n" + h + "Content-Length: +1\r\n\r\na", 400},
        {"content-length overflowing", "POST / HTTP/1.1\r\n" + h + "Content-Length: 99999999999999999999999\r\n\r\n",
         400},
        {"transfer-encoding not ending in chunked",
         "POST / HTTP/1.1\r\n" + h + "Transfer-Encoding: chunked, gzip\r\n\r\n0\r\n\r\n", 400},
        {"obsolete line folding", "GET / HTTP/1.1\r\n" + h + "X-A: a\r\n  b\r\n\r\n", 400},
        {"folded transfer-encoding", "POST / HTTP/1.1\r\n" + h + "X-A: a\r\n\tTransfer-Encoding: chunked\r\n\r\n", 400},
        {"whitespace before the first field", "GET / HTTP/1.1\r\n " + h + "\r\n", 400},
        {"whitespace before the colon", "GET / HTTP/1.1\r\n" + h + "Content-Length : 0\r\n\r\n", 400},
        {"bare CR in a value", "GET / HTTP/1.1\r\n" + h + "X-A: a\rb\r\n\r\n", 400},
        {"bare CR ending a line", "GET / HTTP/1.1\r" + h + "\r\n", 400},
        {"NUL in a value", std::string("GET / HTTP/1.1\r\n") + h + "X-A: a" + std::string(1, '\0') + "b\r\n\r\n", 400},
        {"NUL in a name", std::string("GET / HTTP/1.1\r\n") + h + "X-" + std::string(1, '\0') + "A: b\r\n\r\n", 400},
        {"NUL in the target", std::string("GET /") + std::string(1, '\0') + " HTTP/1.1\r\n" + h + "\r\n", 400},
        {"invalid chunk size", "POST / HTTP/1.1\r\n" + h + "Transfer-Encoding: chunked\r\n\r\nz\r\n", 400},
        {"chunk size overflowing",
         "POST / HTTP/1.1\r\n" + h + "Transfer-Encoding: chunked\r\n\r\nfffffffffffffffffff\r\n", 400},
        {"negative chunk size", "POST / HTTP/1.1\r\n" + h + "Transfer-Encoding: chunked\r\n\r\n-1\r\n", 400},
        {"chunk without its CRLF", "POST / HTTP/1.1\r\n" + h + "Transfer-Encoding: chunked\r\n\r\n3\r\nabcX\r\n", 400},
        // Debian builds http-parser without HTTP_PARSER_STRICT: it takes any two bytes as the CRLF after chunk data
        // or after a chunk size, and anything up to a CR as a chunk extension. A proxy in front that reads these
        // bytes otherwise sees another request where the server sees a body (request smuggling).
        {"chunk data followed by two other bytes",
         "POST / HTTP/1.1\r\n" + h + "Transfer-Encoding: chunked\r\n\r\n3\r\nabcXY0\r\n\r\n", 400},
        {"chunk data followed by a bare LF",
         "POST / HTTP/1.1\r\n" + h + "Transfer-Encoding: chunked\r\n\r\n3\r\nabc\nX0\r\n\r\n", 400},
        {"chunk data followed by CR and another byte",
         "POST / HTTP/1.1\r\n" + h + "Transfer-Encoding: chunked\r\n\r\n3\r\nabc\rX0\r\n\r\n", 400},
        {"chunk size line ending in CR and another byte",
         "POST / HTTP/1.1\r\n" + h + "Transfer-Encoding: chunked\r\n\r\n3\rXabc\r\n0\r\n\r\n", 400},
        {"last chunk line ending in CR and another byte",
         "POST / HTTP/1.1\r\n" + h + "Transfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\rX\r\n", 400},
        {"bare LF in a chunk extension",
         "POST / HTTP/1.1\r\n" + h + "Transfer-Encoding: chunked\r\n\r\n3;a\nb\r\nabc\r\n0\r\n\r\n", 400},
        {"NUL in a chunk extension",
         "POST / HTTP/1.1\r\n" + h + "Transfer-Encoding: chunked\r\n\r\n3;a" + std::string(1, '\0') +
             "\r\nabc\r\n0\r\n\r\n",
         400},
        {"body ending in CR and another byte", "POST / HTTP/1.1\r\n" + h + "Transfer-Encoding: chunked\r\n\r\n0\r\n\rX",
         400},
        // The library clears its chunked flag while it reads a Transfer-Encoding field, trailers included.
        {"transfer-encoding trailer, then a body ending in CR and another byte",
         "POST / HTTP/1.1\r\n" + h + "Transfer-Encoding: chunked\r\n\r\n0\r\nTransfer-Encoding: chunked\r\n\rX", 400},
        {"bare CR in a trailer field",
         "POST / HTTP/1.1\r\n" + h + "Transfer-Encoding: chunked\r\n\r\n0\r\nX-T: a\rb\r\n\r\n", 400},
        {"NUL in a trailer field",
         "POST / HTTP/1.1\r\n" + h + "Transfer-Encoding: chunked\r\n\r\n0\r\nX-T: a" + std::string(1, '\0') +
             "\r\n\r\n",
         400},
        {"folded trailer field",
         "POST / HTTP/1.1\r\n" + h + "Transfer-Encoding: chunked\r\n\r\n0\r\nX-T: a\r\n b\r\n\r\n", 400},
        {"endless chunk extension",
         "POST / HTTP/1.1\r\n" + h + "Transfer-Encoding: chunked\r\n\r\n1;" + std::string(20000, 'e'), 400},
        {"no host in HTTP/1.1", "GET / HTTP/1.1\r\n\r\n", 400},
        {"two hosts", "GET / HTTP/1.1\r\n" + h + h + "\r\n", 400},
        {"space in the target", "GET /a b HTTP/1.1\r\n" + h + "\r\n", 400},
        {"garbage version", "GET / HTTX/1.1\r\n" + h + "\r\n", 400},
        {"no version", "GET /\r\n" + h + "\r\n", 400},
        {"invalid method", "G@T / HTTP/1.1\r\n" + h + "\r\n", 400},
        {"binary garbage", std::string("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11), 400},
        {"HTTP/2 preface", "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", 400},
        {"HTTP/2.0 request", "GET / HTTP/2.0\r\n" + h + "\r\n", 505},
        {"header fields too large", "GET / HTTP/1.1\r\n" + h + "X-A: " + std::string(9000, 'a') + "\r\n\r\n", 431},
        {"many small fields",
         "GET / HTTP/1.1\r\n" + h +
             [] {
                 std::string many;
                 for (int i = 0; i < 2000; ++i) {
                     many += "X: y\r\n";
                 }
                 return many;
             }() +
             "\r\n",
         431},
        {"target too long", "GET /" + std::string(9000, 'a') + " HTTP/1.1\r\n" + h + "\r\n", 414},
        {"declared body too large", "POST / HTTP/1.1\r\n" + h + "Content-Length: 8388609\r\n\r\n", 413},
    };
}

}  // namespace study_test

// SPDX-License-Identifier: MIT
// multipart/form-data: parts and their data however the body is split, near-delimiters in data, the framing and
// head checks, and the limits.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "study/multipart.h"

namespace {

using study::http::multipart_boundary;
using study::http::MultipartHandler;
using study::http::MultipartParser;
using study::http::MultipartPart;

// Records every part, its data joined, and the order of the calls.
struct Recorder : MultipartHandler {
    struct Seen {
        MultipartPart part;
        std::string data;
        bool ended = false;
    };
    std::vector<Seen> parts;
    bool on_part(const MultipartPart& part) override {
        EXPECT_TRUE(parts.empty() || parts.back().ended) << "a part began before the last one ended";
        parts.push_back({part, "", false});
        return true;
    }
    bool on_data(const char* data, size_t length) override {
        EXPECT_FALSE(parts.empty() || parts.back().ended) << "data outside a part";
        EXPECT_GT(length, 0u);
        parts.back().data.append(data, length);
        return true;
    }
    bool on_part_end() override {
        parts.back().ended = true;
        return true;
    }
};

std::string flatten(const Recorder& recorder) {
    std::string out;
    for (const auto& seen : recorder.parts) {
        out += "[" + seen.part.name + "|" + (seen.part.has_filename ? seen.part.filename : "-") + "|" +
               seen.part.content_type + "|" + seen.data + "|" + (seen.ended ? "end" : "open") + "]";
    }
    return out;
}

// Parses `body` in pieces of `piece` bytes (0: at once); returns the parts, or "error: reason", with "+" when it
// finished.
std::string parse(const std::string& body, size_t piece = 0, MultipartParser::Limits limits = {}) {
    MultipartParser parser("XyZ", limits);
    Recorder recorder;
    const size_t step = piece == 0 ? body.size() + 1 : piece;
    for (size_t at = 0; at < body.size(); at += step) {
        if (!parser.feed(body.data() + at, std::min(step, body.size() - at), &recorder)) {
            return std::string("error: ") + parser.reason();
        }
    }
    return flatten(recorder) + (parser.finished() ? "+" : "");
}

const std::string kBody =
    "preamble to ignore\r\n"
    "--XyZ\r\n"
    "Content-Disposition: form-data; name=\"title\"\r\n"
    "\r\n"
    "hello\r\n"
    "--XyZ  \t\r\n"
    "content-disposition: form-data; name=\"upload\"; filename=\"a \\\"b\\\".txt\"\r\n"
    "Content-Type: text/plain\r\n"
    "\r\n"
    "line 1\r\n--XyY\r\n-\r\r\n--Xy\r\n--\r\n"
    "--XyZ\r\n"
    "Content-Disposition: form-data; name=empty\r\n"
    "\r\n"
    "\r\n"
    "--XyZ--\r\n"
    "epilogue to ignore --XyZ\r\n";

const std::string kParts =
    "[title|-||hello|end][upload|a \"b\".txt|text/plain|line 1\r\n--XyY\r\n-\r\r\n--Xy\r\n--|end][empty|-|||end]+";

TEST(HttpMultipart, ReadsPartsTheSameHoweverTheBodyIsSplit) {
    EXPECT_EQ(parse(kBody), kParts);
    for (size_t piece = 1; piece <= 9; ++piece) {
        EXPECT_EQ(parse(kBody, piece), kParts) << "in pieces of " << piece;
    }
}

TEST(HttpMultipart, ABodyWithoutItsClosingDelimiterIsNotFinished) {
    const std::string cut = kBody.substr(0, kBody.find("--XyZ--"));
    EXPECT_EQ(parse(cut).back(), ']') << "not finished";
    EXPECT_EQ(parse("--XyZ--"), "+");
}

TEST(HttpMultipart, RefusesMalformedFramingAndHeads) {
    const std::string disposition = "Content-Disposition: form-data; name=\"a\"\r\n";
    EXPECT_EQ(parse("--XyZ\r\n\r\ndata\r\n--XyZ--"), "error: part without a form-data Content-Disposition naming it");
    EXPECT_EQ(parse("--XyZ\r\nContent-Disposition: attachment; name=a\r\n\r\n"),
              "error: part without a single form-data Content-Disposition");
    EXPECT_EQ(parse("--XyZ\r\n" + disposition + disposition + "\r\n"),
              "error: part without a single form-data Content-Disposition");
    EXPECT_EQ(parse("--XyZ\r\nContent-Disposition: form-data; name=\"a\r\n\r\n"),
              "error: malformed Content-Disposition parameters");
    EXPECT_EQ(parse("--XyZ\r\n" + disposition + " folded\r\n\r\n"), "error: malformed part header field");
    EXPECT_EQ(parse("--XyZ\r\n" + disposition + "no colon\r\n\r\n"), "error: malformed part header field");
    EXPECT_EQ(parse("--XyZ\r\n" + disposition + std::string("X-A: a\0b\r\n\r\n", 12)),
              "error: malformed part header field");
    EXPECT_EQ(parse("--XyZx\r\n"), "error: junk after a boundary");
    EXPECT_EQ(parse("--XyZ-x"), "error: junk after a boundary");
    EXPECT_EQ(parse("--XyZ\rx"), "error: bare CR after a boundary");
    EXPECT_EQ(parse("--XyZ \r\n" + disposition + "\r\nv\r\n--XyZ--"), "[a|-||v|end]+");
}

TEST(HttpMultipart, KeepsItsLimits) {
    MultipartParser::Limits limits;
    limits.max_head_size = 64;
    EXPECT_EQ(parse("--XyZ\r\n" + std::string(100, 'x'), 0, limits), "error: part head too large");
    limits = {};
    limits.max_parts = 2;
    EXPECT_EQ(parse(kBody, 0, limits), "error: too many parts");
}

TEST(HttpMultipart, BoundaryComesFromTheContentType) {
    std::string boundary;
    EXPECT_TRUE(multipart_boundary("multipart/form-data; boundary=abc", &boundary));
    EXPECT_EQ(boundary, "abc");
    EXPECT_TRUE(multipart_boundary("Multipart/Form-Data;charset=utf-8; BOUNDARY=\"a b;c\"", &boundary));
    EXPECT_EQ(boundary, "a b;c");
    EXPECT_FALSE(multipart_boundary("multipart/form-data", &boundary));
    EXPECT_FALSE(multipart_boundary("multipart/mixed; boundary=abc", &boundary));
    EXPECT_FALSE(multipart_boundary("multipart/form-data; boundary=", &boundary));
    EXPECT_FALSE(multipart_boundary("multipart/form-data; boundary=" + std::string(71, 'a'), &boundary));
    EXPECT_FALSE(multipart_boundary("multipart/form-data; boundary=\"abc", &boundary));
    EXPECT_FALSE(multipart_boundary(std::string("multipart/form-data; boundary=\"a\0b\"", 35), &boundary));
}

}  // namespace

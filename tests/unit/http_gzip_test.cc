// SPDX-License-Identifier: MIT
// gzip of responses: which clients take it, which types are worth it, and the encoder's streams as zlib reads them.
#include <gtest/gtest.h>

#include <string>

#include "gunzip.h"
#include "study/http.h"

namespace {

using study::http::accepts_gzip;
using study::http::compressible_type;
using study::http::GzipEncoder;
using study_test::gunzip;

TEST(HttpGzip, AcceptEncodingIsReadWithItsWeights) {
    EXPECT_TRUE(accepts_gzip("gzip"));
    EXPECT_TRUE(accepts_gzip("deflate, GZIP;q=0.5, br"));
    EXPECT_TRUE(accepts_gzip("x-gzip"));
    EXPECT_TRUE(accepts_gzip("*"));
    EXPECT_TRUE(accepts_gzip("br;q=1.0, gzip ; q=1"));
    EXPECT_FALSE(accepts_gzip(""));
    EXPECT_FALSE(accepts_gzip("identity"));
    EXPECT_FALSE(accepts_gzip("br, deflate"));
    EXPECT_FALSE(accepts_gzip("gzip;q=0"));
    EXPECT_FALSE(accepts_gzip("gzip; q=0.000"));
    EXPECT_FALSE(accepts_gzip("*, gzip;q=0")) << "refused by name although * is accepted";
    EXPECT_FALSE(accepts_gzip("*;q=0"));
    EXPECT_FALSE(accepts_gzip("gzipx, xgzip"));
    EXPECT_TRUE(accepts_gzip("gzip;q=0.001"));
    EXPECT_TRUE(accepts_gzip(",,gzip,"));
    EXPECT_FALSE(accepts_gzip(";q=1, ;"));
}

TEST(HttpGzip, CompressibleTypesAreTextJsonJavascriptXmlAndSvg) {
    for (const char* type : {"text/plain", "text/html; charset=utf-8", "TEXT/CSS", "application/json",
                             "application/problem+json", "application/javascript", "text/javascript", "application/xml",
                             "image/svg+xml", " application/atom+xml ;charset=utf-8"}) {
        EXPECT_TRUE(compressible_type(type)) << type;
    }
    for (const char* type : {"", "image/png", "application/octet-stream", "video/mp4", "application/zip", "text",
                             "/plain", "application/jsonx", "application/gzip"}) {
        EXPECT_FALSE(compressible_type(type)) << type;
    }
}

TEST(HttpGzip, AWholeBodyRoundTripsAndTheEncoderIsReusedForTheNext) {
    GzipEncoder encoder(1);
    for (const std::string body : {std::string(100000, 'a') + "end", std::string("short"), std::string()}) {
        std::string out;
        ASSERT_TRUE(encoder.encode(body.data(), body.size(), true, &out));
        bool complete = false;
        EXPECT_EQ(gunzip(out, &complete), body);
        EXPECT_TRUE(complete);
    }
}

TEST(HttpGzip, EachStreamedPieceCanBeDecodedBeforeTheEnd) {
    GzipEncoder encoder(6);
    std::string stream, sent;
    for (int i = 0; i < 5; ++i) {
        const std::string piece = "piece " + std::to_string(i) + std::string(1000 * i, 'x');
        ASSERT_TRUE(encoder.encode(piece.data(), piece.size(), false, &stream));
        sent += piece;
        bool complete = true;
        EXPECT_EQ(gunzip(stream, &complete), sent) << "piece " << i << " is held back in zlib";
        EXPECT_FALSE(complete);
    }
    ASSERT_TRUE(encoder.encode("", 0, true, &stream));
    bool complete = false;
    EXPECT_EQ(gunzip(stream, &complete), sent);
    EXPECT_TRUE(complete);
}

}  // namespace

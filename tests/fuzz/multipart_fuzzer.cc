// SPDX-License-Identifier: MIT
// libFuzzer target: the multipart/form-data parser (study::http::MultipartParser). Checked against what it promises:
// - the same parts, data and verdict whether the body arrives at once or in pieces of varying sizes (the first input
//   byte picks them), as the server's connection feeds it while the body arrives (the streaming path: reads of
//   whatever size the socket gives), so that no split changes what a handler sees;
// - the handler's calls come in order (a part's head, its data, its end; never data outside a part);
// - a body it reads to the closing delimiter has the parts a one-shot model of RFC 2046's framing finds (below:
//   std::string::find over the whole body), each with the same data.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "fuzz_check.h"
#include "study/multipart.h"

namespace {

using study::http::MultipartHandler;
using study::http::MultipartParser;
using study::http::MultipartPart;

const std::string kBoundary = "XyZ";

struct Recorder : MultipartHandler {
    std::vector<std::string> names, data;
    bool open = false;
    bool on_part(const MultipartPart& part) override {
        FUZZ_CHECK(!open);
        names.push_back(part.name);
        data.emplace_back();
        open = true;
        return true;
    }
    bool on_data(const char* bytes, size_t length) override {
        FUZZ_CHECK(open && length > 0);
        data.back().append(bytes, length);
        return true;
    }
    bool on_part_end() override {
        FUZZ_CHECK(open);
        open = false;
        return true;
    }
};

struct Outcome {
    Recorder recorder;
    bool ok = true, finished = false;
    std::string reason;
};

// `seed` 0: the body at once; else pieces of 1 to 23 bytes, varying with the seed.
Outcome run(const std::string& body, size_t seed) {
    Outcome outcome;
    MultipartParser::Limits limits;
    limits.max_head_size = 256;
    limits.max_parts = 16;
    MultipartParser parser(kBoundary, limits);
    size_t at = 0;
    for (size_t i = 0; at < body.size() && outcome.ok; ++i) {
        const size_t piece = seed == 0 ? body.size() : (seed + i * i) % 23 + 1;
        outcome.ok = parser.feed(body.data() + at, std::min(piece, body.size() - at), &outcome.recorder);
        at += std::min(piece, body.size() - at);
    }
    outcome.finished = parser.finished();
    outcome.reason = parser.reason();
    return outcome;
}

// The model: the data of each part of a body read whole, or false when its framing is not RFC 2046's.
bool model(const std::string& body, std::vector<std::string>* parts) {
    const std::string text = "\r\n" + body, delimiter = "\r\n--" + kBoundary;
    size_t at = text.find(delimiter);
    if (at == std::string::npos) {
        return false;
    }
    for (;;) {
        at += delimiter.size();
        if (text.compare(at, 2, "--") == 0) {
            return true;
        }
        while (at < text.size() && (text[at] == ' ' || text[at] == '\t')) {
            ++at;
        }
        if (text.compare(at, 2, "\r\n") != 0) {
            return false;
        }
        at += 2;
        const size_t head_end = text.compare(at, 2, "\r\n") == 0 ? at : text.find("\r\n\r\n", at);
        if (head_end == std::string::npos) {
            return false;
        }
        const size_t data = head_end == at ? at + 2 : head_end + 4;
        const size_t next = text.find(delimiter, data);
        if (next == std::string::npos) {
            return false;
        }
        parts->push_back(text.substr(data, next - data));
        at = next;
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* input, size_t size) {
    if (size < 1) {
        return 0;
    }
    const size_t seed = input[0] + 1u;
    const std::string body(reinterpret_cast<const char*>(input) + 1, size - 1);
    const Outcome whole = run(body, 0), split = run(body, seed);
    FUZZ_CHECK(whole.ok == split.ok && whole.finished == split.finished && whole.reason == split.reason);
    FUZZ_CHECK(whole.recorder.names == split.recorder.names && whole.recorder.data == split.recorder.data);
    if (whole.ok && whole.finished) {
        FUZZ_CHECK(!whole.recorder.open);
        std::vector<std::string> parts;
        FUZZ_CHECK(model(body, &parts));
        FUZZ_CHECK(parts == whole.recorder.data);
    }
    return 0;
}

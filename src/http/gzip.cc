// SPDX-License-Identifier: MIT
// gzip of responses with zlib: the encoder, and the two decisions around it (does the client take gzip, is the type
// worth compressing). See include/study/http.h.
#include <zlib.h>

#include <cstdlib>
#include <cstring>

#include "study/http.h"

#include "ascii.h"

namespace study {
namespace http {

namespace {

bool ends_with_lower(std::string_view text, std::string_view lower_suffix) {
    return text.size() >= lower_suffix.size() &&
           equals_ignoring_case(text.substr(text.size() - lower_suffix.size()), lower_suffix);
}

std::string_view trim(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) {
        text.remove_prefix(1);
    }
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) {
        text.remove_suffix(1);
    }
    return text;
}

// The q parameter of one Accept-Encoding element's parameters (";q=0.5"): 1 when absent, 0 for "0", "0.0", "0.000".
bool weight_positive(std::string_view parameters) {
    while (!parameters.empty()) {
        const size_t semicolon = parameters.find(';', 1);
        std::string_view parameter =
            trim(parameters.substr(1, semicolon == std::string_view::npos ? semicolon : semicolon - 1));
        if (parameter.size() >= 2 && ascii_lower(parameter[0]) == 'q' && trim(parameter.substr(1)).front() == '=') {
            std::string_view value = trim(trim(parameter.substr(1)).substr(1));
            if (value.empty() || value[0] != '0') {
                return true;  // "1", "1.000", or malformed: taken as acceptable, as most servers do
            }
            return value.find_first_not_of("0.", 1) != std::string_view::npos;
        }
        if (semicolon == std::string_view::npos) {
            break;
        }
        parameters.remove_prefix(semicolon);
    }
    return true;
}

}  // namespace

bool accepts_gzip(std::string_view accept_encoding) {
    int gzip = -1, any = -1;  // -1: not listed; 0: refused (q=0); 1: accepted
    while (!accept_encoding.empty()) {
        const size_t comma = accept_encoding.find(',');
        std::string_view element = accept_encoding.substr(0, comma);
        accept_encoding = comma == std::string_view::npos ? std::string_view() : accept_encoding.substr(comma + 1);
        const size_t semicolon = element.find(';');
        const std::string_view coding = trim(element.substr(0, semicolon));
        const bool positive = semicolon == std::string_view::npos || weight_positive(element.substr(semicolon));
        if (equals_ignoring_case(coding, "gzip") || equals_ignoring_case(coding, "x-gzip")) {
            gzip = gzip == 1 ? 1 : positive;
        } else if (coding == "*") {
            any = positive;
        }
    }
    return gzip == 1 || (gzip < 0 && any == 1);
}

bool compressible_type(std::string_view content_type) {
    const std::string_view type = trim(content_type.substr(0, content_type.find(';')));
    const size_t slash = type.find('/');
    if (slash == std::string_view::npos || slash == 0) {
        return false;
    }
    const std::string_view top = type.substr(0, slash), sub = type.substr(slash + 1);
    return equals_ignoring_case(top, "text") || equals_ignoring_case(sub, "json") || ends_with_lower(sub, "+json") ||
           equals_ignoring_case(sub, "javascript") || equals_ignoring_case(sub, "x-javascript") ||
           equals_ignoring_case(sub, "ecmascript") || equals_ignoring_case(sub, "xml") ||
           ends_with_lower(sub, "+xml");  // image/svg+xml, application/atom+xml, ...
}

GzipEncoder::GzipEncoder(int level) : level_(level < 1 ? 1 : level > 9 ? 9 : level) {}

GzipEncoder::~GzipEncoder() {
    if (stream_ != nullptr) {
        deflateEnd(stream_);
        delete stream_;
    }
}

bool GzipEncoder::encode(const char* data, size_t length, bool finish, std::string* out) {
    if (stream_ == nullptr) {
        stream_ = new z_stream();
        // 15 + 16: a 32 KiB window with the gzip wrapper (header and CRC-32 trailer) instead of zlib's.
        if (deflateInit2(stream_, level_, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
            delete stream_;
            stream_ = nullptr;
            return false;
        }
    } else if (finished_) {
        deflateReset(stream_);
    }
    finished_ = false;
    stream_->next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data));
    const int flush = finish ? Z_FINISH : Z_SYNC_FLUSH;
    size_t left = length;
    int status;
    do {
        // zlib counts input in uInt: feed a huge body in parts.
        const uInt part = left > (1u << 30) ? (1u << 30) : static_cast<uInt>(left);
        stream_->avail_in = part;
        left -= part;
        do {
            const size_t at = out->size();
            const size_t room = deflateBound(stream_, stream_->avail_in) + 64;
            out->resize(at + room);
            stream_->next_out = reinterpret_cast<Bytef*>(&(*out)[at]);
            stream_->avail_out = static_cast<uInt>(room);
            status = deflate(stream_, left > 0 ? Z_NO_FLUSH : flush);
            out->resize(at + room - stream_->avail_out);
            if (status == Z_STREAM_ERROR) {
                finished_ = true;  // the next encode() starts a new stream instead of continuing a broken one
                return false;
            }
        } while (status != Z_STREAM_END && (stream_->avail_out == 0 || stream_->avail_in > 0));
    } while (left > 0);
    if (finish) {
        finished_ = true;  // the next encode() starts a new stream on the same state
        return status == Z_STREAM_END;
    }
    return true;
}

}  // namespace http
}  // namespace study

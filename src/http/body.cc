// SPDX-License-Identifier: MIT
// Where a request's body goes as it arrives: memory, an anonymous temporary file, or a BodyReader (see Request in
// include/study/http.h).
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>

#include "study/http.h"

namespace study {
namespace http {

namespace {

bool write_all(int fd, const char* data, size_t length) {
    while (length > 0) {
        const ssize_t n = ::write(fd, data, length);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            return false;
        }
        data += n;
        length -= static_cast<size_t>(n);
    }
    return true;
}

void release(std::string* text) { std::string().swap(*text); }

}  // namespace

int open_anonymous_file(const std::string& directory) {
#ifdef O_TMPFILE
    const int fd = ::open(directory.c_str(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
    if (fd >= 0 || (errno != EOPNOTSUPP && errno != EISDIR && errno != EINVAL)) {
        return fd;
    }
#endif
    // A file system without O_TMPFILE: a named file, unlinked before anyone else can learn its name matters.
    std::string path = directory + "/study-body-XXXXXX";
    const int named = mkostemp(&path[0], O_CLOEXEC);
    if (named >= 0) {
        ::unlink(path.c_str());
    }
    return named;
}

bool read_file_start(int fd, char* out, size_t length) {
    size_t done = 0;
    while (done < length) {
        const ssize_t n = ::pread(fd, out + done, length - done, static_cast<off_t>(done));
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            return false;
        }
        done += static_cast<size_t>(n);
    }
    return true;
}

Request::~Request() {
    if (body_fd_ >= 0) {
        ::close(body_fd_);
    }
}

bool Request::append_body(const char* data, size_t length, const Limits& limits) {
    body_size_ += length;
    if (reader_ != nullptr) {
        reader_->on_body(data, length);
        // The reader has the body; a copy is kept for rawContent() only while it is small.
        if (!body_dropped_ && body_.size() + length > limits.upload_buffer_size) {
            release(&body_);
            body_dropped_ = true;
        }
        if (!body_dropped_) {
            body_.append(data, length);
        }
        return true;
    }
    if (body_fd_ < 0 && body_.size() + length <= limits.upload_buffer_size) {
        body_.append(data, length);
        return true;
    }
    if (body_fd_ < 0) {
        body_fd_ = open_anonymous_file(limits.temp_dir);
        if (body_fd_ < 0 || !write_all(body_fd_, body_.data(), body_.size())) {
            return false;
        }
        release(&body_);
    }
    return write_all(body_fd_, data, length);
}

bool Request::read_body(std::string* out) const {
    if (body_dropped_) {
        return false;
    }
    if (body_fd_ < 0) {
        *out = body_;
        return true;
    }
    out->resize(body_size_);
    return read_file_start(body_fd_, &(*out)[0], out->size());
}

}  // namespace http
}  // namespace study

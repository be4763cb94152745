/* SPDX-License-Identifier: MIT */
/* multipart/form-data request bodies into Study\Http\Request's $post and $files, as they arrive: the connection
 * hands each body to its form reader (a study::http::BodyReader), whose MultipartParser reads the parts; fields are
 * registered by PHP's own rule for $_POST (brackets in names, max_input_vars), files are written to temporary files
 * as their bytes come and described in $_FILES' shape. So an upload costs the server no more memory than a read
 * buffer, whatever its size. */
#include <unistd.h>

#include <memory>
#include <string>
#include <vector>

#include "php_study_http.h"
#include "study/multipart.h"

extern "C" {
#include "main/php_open_temporary_file.h"
#include "main/php_variables.h"
}

namespace {

/* PHP's kUploadOk, kUploadNoFile and kUploadCantWrite (main/rfc1867.c defines them for the PHP
 * constants; no header exports them). */
constexpr zend_long kUploadOk = 0;
constexpr zend_long kUploadNoFile = 4;
constexpr zend_long kUploadCantWrite = 7;

/* The parser's handler: each part into *post or *files as it ends. */
struct FormReader : study::http::MultipartHandler {
    zval *post;
    zval *files;
    std::vector<std::string> *temporary;
    study::http::MultipartPart part;
    std::string value; /* a field's value */
    int fd = -1;       /* a file's temporary file */
    std::string path;
    size_t size = 0;
    zend_long error = kUploadOk;

    bool on_part(const study::http::MultipartPart &given) override {
        part = given;
        value.clear();
        size = 0;
        error = kUploadOk;
        path.clear();
        if (!part.has_filename) {
            return true;
        }
        if (part.filename.empty()) {
            error = kUploadNoFile; /* a file input left empty, as PHP reports it */
            return true;
        }
        zend_string *opened = nullptr;
        fd = php_open_temporary_fd_ex(PG(upload_tmp_dir), "study", &opened, PHP_TMP_FILE_OPEN_BASEDIR_CHECK_ALWAYS);
        if (fd < 0) {
            error = kUploadCantWrite;
            return true;
        }
        path.assign(ZSTR_VAL(opened), ZSTR_LEN(opened));
        zend_string_release(opened);
        temporary->push_back(path); /* removed with the Request, whatever happens next */
        return true;
    }

    bool on_data(const char *data, size_t length) override {
        if (!part.has_filename) {
            value.append(data, length);
            return true;
        }
        size += length;
        while (fd >= 0 && length > 0) {
            const ssize_t n = write(fd, data, length);
            if (n < 0 && errno == EINTR) {
                continue;
            }
            if (n <= 0) {
                error = kUploadCantWrite;
                break;
            }
            data += n;
            length -= static_cast<size_t>(n);
        }
        return true;
    }

    /* files[name][key] for a plain name, files[base][key][rest] for "base[rest]", as PHP builds $_FILES. */
    void add_file_entry(const char *key, zval *entry) {
        const size_t bracket = part.name.find('[');
        std::string variable = part.name.substr(0, bracket) + "[" + key + "]";
        if (bracket != std::string::npos) {
            variable += part.name.substr(bracket);
        }
        php_register_variable_ex(variable.data(), entry, files);
    }

    bool on_part_end() override {
        if (!part.has_filename) {
            php_register_variable_safe(part.name.c_str(), value.data(), value.size(), post);
            return true;
        }
        if (fd >= 0) {
            close(fd);
            fd = -1;
        }
        zval entry;
        const size_t slash = part.filename.find_last_of("/\\");
        ZVAL_STRINGL(&entry, part.filename.data() + (slash == std::string::npos ? 0 : slash + 1),
                     part.filename.size() - (slash == std::string::npos ? 0 : slash + 1));
        add_file_entry("name", &entry);
        ZVAL_STRINGL(&entry, part.filename.data(), part.filename.size());
        add_file_entry("full_path", &entry);
        ZVAL_STRINGL(&entry, part.content_type.data(), part.content_type.size());
        add_file_entry("type", &entry);
        ZVAL_STRINGL(&entry, path.data(), path.size());
        add_file_entry("tmp_name", &entry);
        ZVAL_LONG(&entry, error);
        add_file_entry("error", &entry);
        ZVAL_LONG(&entry, error == kUploadOk ? static_cast<zend_long>(size) : 0);
        add_file_entry("size", &entry);
        return true;
    }

    ~FormReader() override {
        if (fd >= 0) {
            close(fd);
        }
    }
};

/* The form reader of a connection: takes multipart/form-data bodies, parses them as they arrive into arrays and
 * temporary files that take() hands to the Request, or discard() drops when no Request is made. */
class FormStream final : public php_study_http_form_reader {
public:
    ~FormStream() override { discard(); }

    bool begin(const study::http::Request &request) override {
        discard();
        std::string boundary;
        if (!study::http::multipart_boundary(request.find("content-type"), &boundary)) {
            return false;
        }
        parser_.reset(new study::http::MultipartParser(boundary, study::http::MultipartParser::Limits()));
        reader_.reset(new FormReader());
        array_init(&post_);
        array_init(&files_);
        reader_->post = &post_;
        reader_->files = &files_;
        reader_->temporary = new std::vector<std::string>();
        failed_ = false;
        return true;
    }

    void on_body(const char *data, size_t length) override {
        /* A malformed body keeps the parts read before the fault, as PHP's own reader does; the rest is dropped. */
        if (!failed_ && parser_ != nullptr && !parser_->feed(data, length, reader_.get())) {
            failed_ = true;
        }
    }

    bool take(zval *post, zval *files, std::vector<std::string> **temporary) override {
        if (reader_ == nullptr) {
            return false;
        }
        ZVAL_COPY_VALUE(post, &post_);
        ZVAL_COPY_VALUE(files, &files_);
        *temporary = reader_->temporary;
        reader_.reset(); /* closes a file left open by a body cut short */
        parser_.reset();
        return true;
    }

    void discard() override {
        if (reader_ == nullptr) {
            return;
        }
        std::unique_ptr<std::vector<std::string>> temporary(reader_->temporary);
        reader_.reset();
        parser_.reset();
        for (const std::string &path : *temporary) {
            unlink(path.c_str());
        }
        zval_ptr_dtor(&post_);
        zval_ptr_dtor(&files_);
    }

private:
    std::unique_ptr<study::http::MultipartParser> parser_;
    std::unique_ptr<FormReader> reader_; /* nullptr when no body is taken */
    zval post_, files_;
    bool failed_ = false;
};

}  // namespace

std::unique_ptr<php_study_http_form_reader> php_study_http_form_reader::create() {
    return std::unique_ptr<php_study_http_form_reader>(new FormStream());
}

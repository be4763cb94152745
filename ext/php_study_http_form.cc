/* SPDX-License-Identifier: MIT */
/* multipart/form-data request bodies into Study\Http\Request's $post and $files: the core's MultipartParser reads
 * the parts; fields are registered by PHP's own rule for $_POST (brackets in names, max_input_vars), files are
 * written to temporary files and described in $_FILES' shape. */
#include <unistd.h>

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

}  // namespace

bool php_study_http_read_multipart(std::string_view content_type, const std::string &body, zval *post, zval *files,
                                   std::vector<std::string> *temporary) {
    std::string boundary;
    if (!study::http::multipart_boundary(content_type, &boundary)) {
        return false;
    }
    array_init(post);
    array_init(files);
    FormReader reader;
    reader.post = post;
    reader.files = files;
    reader.temporary = temporary;
    study::http::MultipartParser parser(boundary, study::http::MultipartParser::Limits());
    /* A malformed body keeps the parts read before the fault, as PHP's own reader does. */
    parser.feed(body.data(), body.size(), &reader);
    return true;
}

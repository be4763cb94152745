/* SPDX-License-Identifier: MIT */
/* Study\Http\Request (the arrays a handler reads, made once per request) and Study\Http\Response (the writer of the
 * core's study::http::Connection, for as long as the handler runs). */
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>

#include <cerrno>

#include <cstring>
#include <ctime>
#include <string>

#include "php_study_coroutine.h"
#include "php_study_http.h"
#include "study/socket.h"

extern "C" {
#include "SAPI.h"
#include "ext/date/php_date.h"
#include "ext/standard/url.h"
#include "main/fopen_wrappers.h"
#include "main/php_variables.h"
#include "zend_exceptions.h"
}

using study::http::Connection;

zend_class_entry *php_study_http_request_ce;
zend_class_entry *php_study_http_response_ce;

namespace {

/* Request's declared properties, in the stub's order. */
enum RequestProperty : uint32_t { kMethod, kUri, kPath, kGet, kPost, kFiles, kHeader, kCookie, kServer };

struct php_study_http_request {
    zend_string *body;                   /* rawContent() of a body kept in memory */
    int body_fd;                         /* or: a duplicate of the anonymous temporary file holding it; or -1 */
    size_t body_size;                    /* its size */
    std::vector<std::string> *temporary; /* uploaded files' temporary files, removed with the Request; or nullptr */
    zend_object std;
};

struct php_study_http_response {
    php_study_http_connection *connection; /* nullptr once the handler has returned */
    zend_object std;
};

zend_object_handlers g_request_handlers;
zend_object_handlers g_response_handlers;

/* The method names, and the keys of Request::$server, made once (interned) so that a request copies none. */
zend_string *g_methods[64];
enum ServerKey {
    kRemoteAddr,
    kRemotePort,
    kServerPort,
    kProtocol,
    kTime,
    kTimeFloat,
    kRequestMethod,
    kRequestUri,
    kPathInfo,
    kQueryString,
    kServerKeyCount
};
constexpr const char *kServerKeyNames[] = {"remote_addr",  "remote_port",        "server_port",    "server_protocol",
                                           "request_time", "request_time_float", "request_method", "request_uri",
                                           "path_info",    "query_string"};
zend_string *g_server_keys[kServerKeyCount];
zend_string *g_protocols[2]; /* HTTP/1.0, HTTP/1.1 */

php_study_http_request *request_from(zend_object *object) {
    return reinterpret_cast<php_study_http_request *>(reinterpret_cast<char *>(object) -
                                                      XtOffsetOf(php_study_http_request, std));
}

php_study_http_response *response_from(zend_object *object) {
    return reinterpret_cast<php_study_http_response *>(reinterpret_cast<char *>(object) -
                                                       XtOffsetOf(php_study_http_response, std));
}

zend_object *create_request(zend_class_entry *ce) {
    auto *request = static_cast<php_study_http_request *>(zend_object_alloc(sizeof(php_study_http_request), ce));
    request->body = ZSTR_EMPTY_ALLOC();
    request->body_fd = -1;
    request->body_size = 0;
    request->temporary = nullptr;
    zend_object_std_init(&request->std, ce);
    object_properties_init(&request->std, ce);
    request->std.handlers = &g_request_handlers;
    return &request->std;
}

void free_request(zend_object *object) {
    php_study_http_request *request = request_from(object);
    zend_string_release(request->body);
    if (request->body_fd >= 0) {
        close(request->body_fd); /* the file has no name: closed, it is gone */
    }
    if (request->temporary != nullptr) {
        for (const std::string &path : *request->temporary) {
            unlink(path.c_str()); /* gone already if the handler moved it */
        }
        delete request->temporary;
    }
    zend_object_std_dtor(object);
}

zend_object *create_response(zend_class_entry *ce) {
    auto *response = static_cast<php_study_http_response *>(zend_object_alloc(sizeof(php_study_http_response), ce));
    response->connection = nullptr;
    zend_object_std_init(&response->std, ce);
    object_properties_init(&response->std, ce);
    response->std.handlers = &g_response_handlers;
    return &response->std;
}

zend_string *new_string(std::string_view text) {
    return text.empty() ? ZSTR_EMPTY_ALLOC() : zend_string_init(text.data(), text.size(), 0);
}

void set_property(zend_object *object, uint32_t index, zval *value) {
    zval *slot = OBJ_PROP_NUM(object, index);
    zval_ptr_dtor(slot);
    ZVAL_COPY_VALUE(slot, value);
}

/* name=value pairs separated by `&` into *array, by PHP's own rule for $_GET and $_POST (arg_separator.input,
 * max_input_vars, brackets in names). */
void parse_variables(std::string_view text, zval *array) {
    array_init(array);
    if (!text.empty()) {
        sapi_module.treat_data(PARSE_STRING, estrndup(text.data(), text.size()), array); /* frees the copy */
    }
}

/* The Cookie field's pairs ("a=1; b=2") into *array: values URL-decoded, names registered as PHP registers them;
 * the first of two equal names wins, as in $_COOKIE. */
void parse_cookies(std::string_view text, zval *array) {
    array_init(array);
    while (!text.empty()) {
        const size_t end = text.find(';');
        std::string_view pair = text.substr(0, end);
        text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
        while (!pair.empty() && (pair.front() == ' ' || pair.front() == '\t')) {
            pair.remove_prefix(1);
        }
        const size_t equals = pair.find('=');
        if (pair.empty() || equals == 0) {
            continue;
        }
        std::string name(pair.substr(0, equals));
        std::string value(equals == std::string_view::npos ? std::string_view() : pair.substr(equals + 1));
        name.resize(php_url_decode(&name[0], name.size()));
        value.resize(php_url_decode(&value[0], value.size()));
        if (name.find('\0') != std::string::npos ||
            zend_symtable_str_exists(Z_ARRVAL_P(array), name.data(), name.size())) {
            continue;
        }
        php_register_variable_safe(name.c_str(), value.data(), value.size(), array);
    }
}

void make_headers(const study::http::Request &request, zval *array) {
    array_init_size(array, static_cast<uint32_t>(request.field_count()));
    for (size_t i = 0; i < request.field_count(); ++i) {
        const std::string_view name = request.name(i), value = request.value(i);
        zval *existing = zend_symtable_str_find(Z_ARRVAL_P(array), name.data(), name.size());
        if (existing != nullptr && Z_TYPE_P(existing) == IS_STRING) {
            /* Repeated fields are one list (RFC 9110, section 5.3). */
            zend_string *joined =
                zend_string_concat3(Z_STRVAL_P(existing), Z_STRLEN_P(existing), ", ", 2, value.data(), value.size());
            zval_ptr_dtor(existing);
            ZVAL_STR(existing, joined);
            continue;
        }
        zval text;
        ZVAL_STR(&text, new_string(value));
        zend_symtable_str_update(Z_ARRVAL_P(array), name.data(), name.size(), &text);
    }
}

void make_server(const study::http::Request &request, const php_study_http_peer &peer, zval *method,
                 std::string_view path, std::string_view query, zval *array) {
    array_init_size(array, kServerKeyCount);
    HashTable *table = Z_ARRVAL_P(array);
    zval value;
    ZVAL_STR_COPY(&value, peer.address);
    zend_hash_add_new(table, g_server_keys[kRemoteAddr], &value);
    ZVAL_LONG(&value, peer.port);
    zend_hash_add_new(table, g_server_keys[kRemotePort], &value);
    ZVAL_LONG(&value, peer.server_port);
    zend_hash_add_new(table, g_server_keys[kServerPort], &value);
    ZVAL_INTERNED_STR(&value, g_protocols[request.version_minor() == 0 ? 0 : 1]);
    zend_hash_add_new(table, g_server_keys[kProtocol], &value);
    timeval now;
    gettimeofday(&now, nullptr);
    ZVAL_LONG(&value, now.tv_sec);
    zend_hash_add_new(table, g_server_keys[kTime], &value);
    ZVAL_DOUBLE(&value, static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_usec) / 1e6);
    zend_hash_add_new(table, g_server_keys[kTimeFloat], &value);
    Z_TRY_ADDREF_P(method);
    zend_hash_add_new(table, g_server_keys[kRequestMethod], method);
    ZVAL_STR(&value, new_string(path));
    zend_hash_add_new(table, g_server_keys[kRequestUri], &value);
    Z_TRY_ADDREF(value);
    zend_hash_add_new(table, g_server_keys[kPathInfo], &value);
    if (!query.empty()) {
        ZVAL_STR(&value, new_string(query));
        zend_hash_add_new(table, g_server_keys[kQueryString], &value);
    }
}

bool is_urlencoded_form(std::string_view type) {
    static constexpr std::string_view kForm = "application/x-www-form-urlencoded";
    if (type.size() < kForm.size() || strncasecmp(type.data(), kForm.data(), kForm.size()) != 0) {
        return false;
    }
    return type.size() == kForm.size() || type[kForm.size()] == ';' || type[kForm.size()] == ' ';
}

/* The connection of a Response that can still be written to, or nullptr. */
Connection *writable(zval *self) {
    php_study_http_connection *held = response_from(Z_OBJ_P(self))->connection;
    Connection *connection = held != nullptr ? php_study_http_connection_core(held) : nullptr;
    return connection != nullptr && !connection->response_ended() && !connection->socket()->closed() ? connection
                                                                                                     : nullptr;
}

/* writable(), for a method that writes (`method`, for the message): nullptr with Study\Coroutine\Error thrown while
 * another coroutine's write is under way, which may be waiting for the client with the output buffer on its way. */
Connection *writable_alone(zval *self, const char *method) {
    Connection *connection = writable(self);
    if (connection != nullptr && connection->writing()) {
        php_study_throw_misuse(
            "Study\\Http\\Response::%s(): another coroutine is writing this response; write it from one coroutine "
            "at a time",
            method);
        return nullptr;
    }
    return connection;
}

/* Runs `send(connection)`, a write that may wait for the client, with the connection held: if the handler returns
 * and the serving coroutine ends meanwhile, the connection lives until the write is done. */
template <typename Send>
bool held_write(zval *self, Send send) {
    php_study_http_connection *held = response_from(Z_OBJ_P(self))->connection;
    php_study_http_connection_hold(held);
    const bool sent = send(php_study_http_connection_core(held));
    php_study_http_connection_release(held);
    return sent;
}

/* What a writing method whose writable_alone() gave nullptr returns: false, or nothing after an exception. */
void return_not_writable(zval *return_value) {
    if (EG(exception) == nullptr) {
        RETVAL_FALSE;
    }
}

}  // namespace

namespace {

/* The body's variables ($post, and $files for multipart/form-data, which `form` read as it arrived); a urlencoded
 * body kept in a temporary file is read back. */
void make_form(php_study_http_request *self, const study::http::Request &request, php_study_http_form_reader *form) {
    zval post, files;
    std::vector<std::string> *temporary = nullptr;
    if (form != nullptr && request.body_taken() && form->take(&post, &files, &temporary)) {
        set_property(&self->std, kPost, &post);
        set_property(&self->std, kFiles, &files);
        if (temporary->empty()) {
            delete temporary;
        } else {
            self->temporary = temporary;
        }
        return;
    }
    std::string body;
    if (request.body_size() > 0 && is_urlencoded_form(request.find("content-type")) && request.read_body(&body)) {
        parse_variables(body, &post);
        set_property(&self->std, kPost, &post);
    }
}

/* rawContent()'s source: the body in memory, or a duplicate of its temporary file's descriptor (the connection
 * closes its own at the next request; the Request may live longer). */
void keep_body(php_study_http_request *self, const study::http::Request &request) {
    if (request.body_fd() >= 0) {
        self->body_fd = fcntl(request.body_fd(), F_DUPFD_CLOEXEC, 0);
        self->body_size = self->body_fd >= 0 ? request.body_size() : 0;
    } else if (!request.body().empty() && !request.body_dropped()) {
        zend_string_release(self->body);
        self->body = new_string(request.body());
    }
}

}  // namespace

void php_study_http_request_make(zval *out, const Connection &connection, const php_study_http_peer &peer,
                                 php_study_http_form_reader *form) {
    const study::http::Request &request = connection.request();
    object_init_ex(out, php_study_http_request_ce);
    zend_object *object = Z_OBJ_P(out);
    std::string_view path, query;
    study::http::split_target(request.target(), &path, &query);
    zval value, method;
    const int index = request.method();
    if (index >= 0 && index < 64 && g_methods[index] != nullptr) {
        ZVAL_INTERNED_STR(&method, g_methods[index]);
    } else {
        ZVAL_STR(&method, new_string(request.method_name()));
    }
    Z_TRY_ADDREF(method);
    set_property(object, kMethod, &method);
    ZVAL_STR(&value, new_string(request.target()));
    set_property(object, kUri, &value);
    ZVAL_STR(&value, new_string(path));
    set_property(object, kPath, &value);
    if (!query.empty()) {
        parse_variables(query, &value);
        set_property(object, kGet, &value);
    }
    make_form(request_from(object), request, form);
    make_headers(request, &value);
    set_property(object, kHeader, &value);
    bool has_cookie = false;
    const std::string_view cookie = request.find("cookie", &has_cookie);
    if (has_cookie) {
        parse_cookies(cookie, &value);
        set_property(object, kCookie, &value);
    }
    make_server(request, peer, &method, path, query, &value);
    set_property(object, kServer, &value);
    zval_ptr_dtor(&method);
    keep_body(request_from(object), request);
}

void php_study_http_response_make(zval *out, php_study_http_connection *connection) {
    object_init_ex(out, php_study_http_response_ce);
    response_from(Z_OBJ_P(out))->connection = connection;
}

void php_study_http_response_detach(zval *response) { response_from(Z_OBJ_P(response))->connection = nullptr; }

PHP_METHOD(Study_Http_Request, __construct) {}

PHP_METHOD(Study_Http_Request, rawContent) {
    ZEND_PARSE_PARAMETERS_NONE();
    php_study_http_request *self = request_from(Z_OBJ_P(ZEND_THIS));
    if (self->body_fd < 0) {
        RETURN_STR_COPY(self->body);
    }
    zend_string *body = zend_string_alloc(self->body_size, 0);
    if (!study::http::read_file_start(self->body_fd, ZSTR_VAL(body), self->body_size)) {
        zend_string_efree(body);
        php_error_docref(nullptr, E_WARNING, "Cannot read the body back from its temporary file: %s", strerror(errno));
        RETURN_EMPTY_STRING();
    }
    ZSTR_VAL(body)[self->body_size] = '\0';
    RETURN_NEW_STR(body);
}

PHP_METHOD(Study_Http_Response, __construct) {}

PHP_METHOD(Study_Http_Response, status) {
    zend_long code;
    zend_string *reason = nullptr;
    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_LONG(code)
        Z_PARAM_OPTIONAL
        Z_PARAM_STR(reason)
    ZEND_PARSE_PARAMETERS_END();
    /* A 1xx status is interim, never a response's final one (and 101 would need the upgrades this server has
     * not); RFC 9110 defines no class above 5xx. */
    if (code < 200 || code > 599) {
        zend_argument_value_error(1, "must be a final status code, from 200 to 599");
        RETURN_THROWS();
    }
    if (reason != nullptr && !study::http::is_reason_phrase({ZSTR_VAL(reason), ZSTR_LEN(reason)})) {
        zend_argument_value_error(2, "must not contain control characters (NUL, CR, LF, ...) other than tabs");
        RETURN_THROWS();
    }
    Connection *connection = writable(ZEND_THIS);
    if (connection == nullptr || connection->response_started()) {
        RETURN_FALSE;
    }
    connection->set_status(static_cast<int>(code), reason != nullptr
                                                       ? std::string_view(ZSTR_VAL(reason), ZSTR_LEN(reason))
                                                       : std::string_view());
    RETURN_TRUE;
}

PHP_METHOD(Study_Http_Response, header) {
    zend_string *name, *value;
    ZEND_PARSE_PARAMETERS_START(2, 2)
        Z_PARAM_STR(name)
        Z_PARAM_STR(value)
    ZEND_PARSE_PARAMETERS_END();
    Connection *connection = writable(ZEND_THIS);
    if (connection == nullptr || connection->response_started()) {
        RETURN_FALSE;
    }
    if (!connection->add_header({ZSTR_VAL(name), ZSTR_LEN(name)}, {ZSTR_VAL(value), ZSTR_LEN(value)})) {
        php_error_docref(nullptr, E_WARNING,
                         "Header field \"%s\" not added: the name must be a token and the value must not contain CR, "
                         "LF or NUL",
                         ZSTR_VAL(name));
        RETURN_FALSE;
    }
    RETURN_TRUE;
}

PHP_METHOD(Study_Http_Response, write) {
    zend_string *chunk;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_STR(chunk)
    ZEND_PARSE_PARAMETERS_END();
    if (writable_alone(ZEND_THIS, "write") == nullptr) {
        return_not_writable(return_value);
        return;
    }
    RETURN_BOOL(held_write(ZEND_THIS, [chunk](Connection *c) { return c->write(ZSTR_VAL(chunk), ZSTR_LEN(chunk)); }));
}

PHP_METHOD(Study_Http_Response, end) {
    zend_string *body = nullptr;
    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_STR(body)
    ZEND_PARSE_PARAMETERS_END();
    if (writable_alone(ZEND_THIS, "end") == nullptr) {
        return_not_writable(return_value);
        return;
    }
    RETURN_BOOL(held_write(ZEND_THIS, [body](Connection *c) {
        return c->end(body != nullptr ? ZSTR_VAL(body) : nullptr, body != nullptr ? ZSTR_LEN(body) : 0);
    }));
}

PHP_METHOD(Study_Http_Response, redirect) {
    zend_string *url;
    zend_long code = 302;
    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_STR(url)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(code)
    ZEND_PARSE_PARAMETERS_END();
    if (code < 300 || code > 399) {
        zend_argument_value_error(2, "must be a redirection status code (300 to 399)");
        RETURN_THROWS();
    }
    Connection *connection = writable_alone(ZEND_THIS, "redirect");
    if (connection == nullptr || connection->response_started()) {
        return_not_writable(return_value);
        return;
    }
    if (!connection->add_header("Location", {ZSTR_VAL(url), ZSTR_LEN(url)})) {
        zend_argument_value_error(1, "must not contain CR, LF or NUL");
        RETURN_THROWS();
    }
    connection->set_status(static_cast<int>(code), {});
    RETURN_BOOL(held_write(ZEND_THIS, [](Connection *c) { return c->end(nullptr, 0); }));
}

PHP_METHOD(Study_Http_Response, sendfile) {
    char *filename;
    size_t filename_length;
    zend_long offset = 0, length = 0;
    ZEND_PARSE_PARAMETERS_START(1, 3)
        Z_PARAM_PATH(filename, filename_length)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(offset)
        Z_PARAM_LONG(length)
    ZEND_PARSE_PARAMETERS_END();
    (void)filename_length;
    if (offset < 0) {
        zend_argument_value_error(2, "must be greater than or equal to 0");
        RETURN_THROWS();
    }
    if (length < 0) {
        zend_argument_value_error(3, "must be greater than or equal to 0");
        RETURN_THROWS();
    }
    Connection *connection = writable_alone(ZEND_THIS, "sendfile");
    if (connection == nullptr || connection->response_started() || php_check_open_basedir(filename) != 0) {
        return_not_writable(return_value);
        return;
    }
    const int fd = open(filename, O_RDONLY | O_CLOEXEC);
    struct stat info;
    if (fd < 0 || fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        php_error_docref(nullptr, E_WARNING, "Cannot send \"%s\": %s", filename,
                         fd < 0 ? strerror(errno) : "not a regular file");
        if (fd >= 0) {
            close(fd);
        }
        RETURN_FALSE;
    }
    const zend_long size = static_cast<zend_long>(info.st_size);
    if (offset > size || (length > 0 && length > size - offset)) {
        close(fd);
        zend_value_error("Study\\Http\\Response::sendfile(): the range " ZEND_LONG_FMT "+" ZEND_LONG_FMT
                         " is outside the file (" ZEND_LONG_FMT " bytes)",
                         offset, length, size);
        RETURN_THROWS();
    }
    const auto from = static_cast<uint64_t>(offset);
    const auto count = static_cast<uint64_t>(length > 0 ? length : size - offset);
    const bool sent = held_write(ZEND_THIS, [=](Connection *c) { return c->send_file(fd, from, count); });
    close(fd);
    RETURN_BOOL(sent);
}

PHP_METHOD(Study_Http_Response, isWritable) {
    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_BOOL(writable(ZEND_THIS) != nullptr);
}

PHP_METHOD(Study_Http_Response, cookie) {
    Connection *connection = writable(ZEND_THIS);
    if (!php_study_http_set_cookie(INTERNAL_FUNCTION_PARAM_PASSTHRU, connection)) {
        if (!EG(exception)) {
            RETURN_FALSE;
        }
        RETURN_THROWS();
    }
    RETURN_TRUE;
}

void php_study_http_message_minit(zend_class_entry *request_ce, zend_class_entry *response_ce) {
    php_study_http_request_ce = request_ce;
    php_study_http_request_ce->create_object = create_request;
    memcpy(&g_request_handlers, zend_get_std_object_handlers(), sizeof(g_request_handlers));
    g_request_handlers.offset = XtOffsetOf(php_study_http_request, std);
    g_request_handlers.free_obj = free_request;
    g_request_handlers.clone_obj = nullptr;
    php_study_http_response_ce = response_ce;
    php_study_http_response_ce->create_object = create_response;
    memcpy(&g_response_handlers, zend_get_std_object_handlers(), sizeof(g_response_handlers));
    g_response_handlers.offset = XtOffsetOf(php_study_http_response, std);
    g_response_handlers.clone_obj = nullptr;
    for (int i = 0; i < 64; ++i) {
        g_methods[i] = nullptr;
    }
    for (int i = 0; i <= 33; ++i) {
        const char *name = study::http::method_name(i);
        if (name != nullptr) {
            g_methods[i] = zend_string_init_interned(name, strlen(name), 1);
        }
    }
    for (int i = 0; i < kServerKeyCount; ++i) {
        g_server_keys[i] = zend_string_init_interned(kServerKeyNames[i], strlen(kServerKeyNames[i]), 1);
    }
    g_protocols[0] = zend_string_init_interned("HTTP/1.0", 8, 1);
    g_protocols[1] = zend_string_init_interned("HTTP/1.1", 8, 1);
}

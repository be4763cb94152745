/* SPDX-License-Identifier: MIT */
/* Study\Http\Server: accepts connections and runs one coroutine per connection, which reads its requests with the
 * core's study::http::Connection and calls the handler of the longest matching prefix for each, in order. */
#include <netinet/in.h>
#include <sys/socket.h>

#include <cerrno>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "php_study_coroutine.h"
#include "php_study_http.h"
#include "php_study_socket.h"

extern "C" {
#include "main/php_open_temporary_file.h"
#include "zend_exceptions.h"
}

#include "stubs/php_study_http_arginfo.h"
#include "study/address.h"
#include "study/scheduler.h"
#include "study/socket.h"
#include "study/tls.h"
#include "study/wait_group.h"

using study::Socket;
using study::http::Connection;

zend_class_entry *php_study_http_server_ce;

namespace {

struct Route {
    zend_string *prefix;
    zval handler;
    /* Resolved by handle() in its caller's scope; empty for a __call trampoline, resolved again for each call. */
    zend_fcall_info_cache fcc;
};

struct Settings {
    study::http::Limits limits;
    double shutdown_timeout = 10;
    bool reuse_port = false;
    zend_long backlog = 512;
    zend_long max_connections = 0;    /* 0: no limit but the descriptors' */
    study::TlsContext *tls = nullptr; /* HTTPS: the context of every connection (a reference); nullptr for HTTP */
    double handshake_timeout = 60;    /* seconds a connection's TLS handshake may take (the ssl option's) */
};

struct php_study_http_server {
    Socket *socket;                         /* listening; nullptr until constructed */
    Settings *settings;                     /* heap, from the constructor's options */
    std::vector<Route> *routes;             /* heap */
    php_study_http_connection *connections; /* every live connection, for shutdown() */
    study::WaitGroup *live;                 /* counts them, for start()'s wait after shutdown() */
    study::WaitGroup *slot;                 /* 1 while accept waits for a connection to end (max_connections) */
    bool running;
    zend_object std;
};

zend_object_handlers g_handlers;

}  // namespace

/* One connection, freed by the last of its holders (php_study_http.h); or, if they never end, by the server. */
struct php_study_http_connection {
    php_study_http_connection(Socket *socket, php_study_http_server *server)
        : connection(socket, server->settings->limits), server(server), form(php_study_http_form_reader::create()) {
        connection.set_body_reader(form.get());
    }
    Connection connection;
    php_study_http_server *server;
    std::unique_ptr<php_study_http_form_reader> form; /* multipart bodies, as they arrive */
    php_study_http_connection *prev = nullptr, *next = nullptr;
    php_study_http_peer peer{};
    uint32_t holders = 1; /* the serving coroutine, and a Response's write under way */
};

namespace {

php_study_http_server *server_from(zend_object *object) {
    return reinterpret_cast<php_study_http_server *>(reinterpret_cast<char *>(object) -
                                                     XtOffsetOf(php_study_http_server, std));
}

zend_object *create_object(zend_class_entry *ce) {
    auto *server = static_cast<php_study_http_server *>(zend_object_alloc(sizeof(php_study_http_server), ce));
    server->socket = nullptr;
    server->settings = new Settings();
    server->routes = new std::vector<Route>();
    server->connections = nullptr;
    server->live = new study::WaitGroup();
    server->slot = new study::WaitGroup();
    server->running = false;
    zend_object_std_init(&server->std, ce);
    object_properties_init(&server->std, ce);
    server->std.handlers = &g_handlers;
    return &server->std;
}

/* Wakes the accept loop waiting for a connection to end (at the limit, or out of descriptors). */
void free_slot(php_study_http_server *server) {
    if (server->slot->count() > 0) {
        server->slot->add(-server->slot->count());
    }
}

void unlink_connection(php_study_http_connection *connection) {
    php_study_http_server *server = connection->server;
    if (connection->prev != nullptr) {
        connection->prev->next = connection->next;
    } else {
        server->connections = connection->next;
    }
    if (connection->next != nullptr) {
        connection->next->prev = connection->prev;
    }
    if (connection->peer.address != nullptr) {
        zend_string_release(connection->peer.address);
    }
    server->live->add(-1);
    delete connection;
    free_slot(server);
}

/* Drops a holder of the connection; the last one frees it. */
void drop(php_study_http_connection *connection) {
    if (--connection->holders == 0) {
        unlink_connection(connection);
    }
}

void free_object(zend_object *object) {
    php_study_http_server *server = server_from(object);
    /* Only connections whose coroutine was abandoned (a fatal error) are left: nothing runs them any more. */
    while (server->connections != nullptr) {
        unlink_connection(server->connections);
    }
    delete server->socket;
    for (Route &route : *server->routes) {
        zend_string_release(route.prefix);
        zval_ptr_dtor(&route.handler);
    }
    delete server->routes;
    delete server->live;
    delete server->slot;
    if (server->settings->tls != nullptr) {
        server->settings->tls->release(); /* connections that use it hold their own references */
    }
    delete server->settings;
    zend_object_std_dtor(object);
}

HashTable *get_gc(zend_object *object, zval **table, int *count) {
    php_study_http_server *server = server_from(object);
    zend_get_gc_buffer *buffer = zend_get_gc_buffer_create();
    for (Route &route : *server->routes) {
        zend_get_gc_buffer_add_zval(buffer, &route.handler);
    }
    zend_get_gc_buffer_use(buffer, table, count);
    return zend_std_get_properties(object);
}

/* The "ssl" option: PHP's ssl context options, as Study\Coroutine\Server takes them (null: plain HTTP). */
bool apply_ssl(Settings *settings, zval *value) {
    if (settings->tls != nullptr) {
        settings->tls->release();
        settings->tls = nullptr;
    }
    if (Z_TYPE_P(value) == IS_NULL) {
        return true;
    }
    if (Z_TYPE_P(value) != IS_ARRAY) {
        zend_argument_type_error(3, "option \"ssl\" must be of type ?array, %s given", zend_zval_type_name(value));
        return false;
    }
    settings->tls = php_study_tls_server_context(Z_ARRVAL_P(value), 3, &settings->handshake_timeout);
    return settings->tls != nullptr;
}

/* The integer options: *known says whether `name` is one; false with a ValueError thrown for a value out of range. */
bool apply_count(Settings *settings, zend_string *name, zval *value, bool *known) {
    static constexpr const char *kCounts[] = {
        "max_header_size", "max_body_size",     "max_requests",           "backlog",
        "max_connections", "compression_level", "compression_min_length", "upload_buffer_size"};
    static constexpr zend_long kLowest[] = {1, 1, 0, 1, 0, 1, 0, 0};
    static constexpr zend_long kHighest[] = {ZEND_LONG_MAX, ZEND_LONG_MAX, UINT32_MAX, 65535, INT32_MAX, 9,
                                             ZEND_LONG_MAX, ZEND_LONG_MAX};
    for (size_t i = 0; i < sizeof(kCounts) / sizeof(kCounts[0]); ++i) {
        if (zend_string_equals_cstr(name, kCounts[i], strlen(kCounts[i]))) {
            *known = true;
            const zend_long limit = kHighest[i];
            const zend_long lowest = kLowest[i];
            if (Z_TYPE_P(value) != IS_LONG || Z_LVAL_P(value) < lowest || Z_LVAL_P(value) > limit) {
                zend_argument_value_error(3,
                                          "option \"%s\" must be an integer from " ZEND_LONG_FMT " to " ZEND_LONG_FMT,
                                          kCounts[i], lowest, limit);
                return false;
            }
            const zend_long n = Z_LVAL_P(value);
            if (i == 0) {
                settings->limits.max_header_size = static_cast<size_t>(n);
            } else if (i == 1) {
                settings->limits.max_body_size = static_cast<size_t>(n);
            } else if (i == 2) {
                settings->limits.max_requests = static_cast<uint32_t>(n);
            } else if (i == 3) {
                settings->backlog = n;
            } else if (i == 4) {
                settings->max_connections = n;
            } else if (i == 5) {
                settings->limits.compression_level = static_cast<int>(n);
            } else if (i == 6) {
                settings->limits.compression_min_length = static_cast<size_t>(n);
            } else {
                settings->limits.upload_buffer_size = static_cast<size_t>(n);
            }
            return true;
        }
    }
    return true;
}

/* One option of the constructor into *settings; false with a ValueError or TypeError thrown. */
bool apply_option(Settings *settings, zend_string *name, zval *value) {
    static constexpr const char *kSeconds[] = {"header_timeout", "body_timeout", "idle_timeout", "write_timeout",
                                               "shutdown_timeout"};
    double *seconds[] = {&settings->limits.header_timeout, &settings->limits.body_timeout,
                         &settings->limits.idle_timeout, &settings->limits.write_timeout, &settings->shutdown_timeout};
    for (size_t i = 0; i < sizeof(kSeconds) / sizeof(kSeconds[0]); ++i) {
        if (zend_string_equals_cstr(name, kSeconds[i], strlen(kSeconds[i]))) {
            if ((Z_TYPE_P(value) != IS_LONG && Z_TYPE_P(value) != IS_DOUBLE) || std::isnan(zval_get_double(value))) {
                zend_argument_value_error(3, "option \"%s\" must be a number of seconds", kSeconds[i]);
                return false;
            }
            const double given = zval_get_double(value);
            *seconds[i] = given < 0 ? -1 : given;
            return true;
        }
    }
    bool known = false;
    if (!apply_count(settings, name, value, &known) || known) {
        return known;
    }
    if (zend_string_equals_literal(name, "ssl")) {
        return apply_ssl(settings, value);
    }
    if (zend_string_equals_literal(name, "reuse_port")) {
        settings->reuse_port = zend_is_true(value);
        return true;
    }
    if (zend_string_equals_literal(name, "compression")) {
        settings->limits.compression = zend_is_true(value);
        return true;
    }
    zend_argument_value_error(3, "has an unknown option \"%s\"", ZSTR_VAL(name));
    return false;
}

bool apply_options(Settings *settings, HashTable *options) {
    zend_string *name;
    zval *value;
    ZEND_HASH_FOREACH_STR_KEY_VAL(options, name, value) {
        ZVAL_DEREF(value);
        if (name == nullptr) {
            zend_argument_value_error(3, "must have string keys (option names)");
            return false;
        }
        if (!apply_option(settings, name, value)) {
            return false;
        }
    }
    ZEND_HASH_FOREACH_END();
    return true;
}

/* Opens, binds and listens; false with Study\Coroutine\SocketException thrown. */
bool listen_on(php_study_http_server *server, zend_string *host, zend_long port) {
    std::vector<sockaddr_storage> addresses;
    const int status =
        study::resolve_host(std::string(ZSTR_VAL(host), ZSTR_LEN(host)), port, AF_UNSPEC, SOCK_STREAM, -1, &addresses);
    if (status != 0) {
        zend_throw_exception_ex(php_study_socket_exception_ce, EINVAL, "cannot listen on %s:" ZEND_LONG_FMT ": %s",
                                ZSTR_VAL(host), port, study::dns_error_message(status));
        return false;
    }
    int error = 0;
    Socket *socket = Socket::open(addresses[0].ss_family, SOCK_STREAM, 0, &error);
    if (socket != nullptr) {
        socket->set_option(SOL_SOCKET, SO_REUSEADDR, 1);
        if ((server->settings->reuse_port && !socket->set_option(SOL_SOCKET, SO_REUSEPORT, 1)) ||
            !socket->bind(reinterpret_cast<sockaddr *>(&addresses[0]), study::address_length(addresses[0])) ||
            !socket->listen(static_cast<int>(server->settings->backlog))) {
            error = socket->error();
            delete socket;
            socket = nullptr;
        }
    }
    if (socket == nullptr) {
        zend_throw_exception_ex(php_study_socket_exception_ce, error, "cannot listen on %s:" ZEND_LONG_FMT ": %s",
                                ZSTR_VAL(host), port, strerror(error));
        return false;
    }
    server->socket = socket;
    return true;
}

/* The route whose prefix is the longest one that starts `path`, or nullptr. */
const Route *find_route(const std::vector<Route> &routes, std::string_view path) {
    const Route *best = nullptr;
    for (const Route &route : routes) {
        const size_t length = ZSTR_LEN(route.prefix);
        if (length <= path.size() && memcmp(path.data(), ZSTR_VAL(route.prefix), length) == 0 &&
            (best == nullptr || length > ZSTR_LEN(best->prefix))) {
            best = &route;
        }
    }
    return best;
}

/* An exception a handler let out: reported as an uncaught exception is (the user's exception handler, else PHP's
 * message), as a warning, since the server goes on. */
void report_handler_exception() {
    if (Z_TYPE(EG(user_exception_handler)) != IS_UNDEF) {
        zend_user_exception_handler();
    }
    if (EG(exception) != nullptr) {
        zend_exception_error(EG(exception), E_WARNING);
    }
}

/* Calls the handler of `route`; the handler is copied first: handle() may replace the routes while it runs. */
void call_handler(const Route &route, zval *args) {
    zval handler;
    ZVAL_COPY(&handler, &route.handler);
    zend_fcall_info_cache fcc = route.fcc;
    char *error = nullptr;
    if (fcc.function_handler == nullptr && !zend_is_callable_ex(&handler, nullptr, 0, nullptr, &fcc, &error)) {
        php_study_throw_misuse("Study\\Http\\Server: the handler cannot be called: %s",
                               error != nullptr ? error : "unknown reason");
    } else {
        zval retval;
        zend_fcall_info fci = {};
        fci.size = sizeof(fci);
        ZVAL_COPY_VALUE(&fci.function_name, &handler);
        fci.retval = &retval;
        fci.params = args;
        fci.param_count = 2;
        if (zend_call_function(&fci, &fcc) == SUCCESS) {
            zval_ptr_dtor(&retval);
        }
    }
    if (error != nullptr) {
        efree(error);
    }
    zval_ptr_dtor(&handler);
}

/* A write that another coroutine started on the response may still be waiting for the client when the handler
 * returns: it finishes (what it was given is sent whole) before the response is ended and the next request read.
 * False when this coroutine must stop meanwhile (an exception pending, or the wait canceled); true at once when no
 * write is under way. The write is bounded by write_timeout. */
bool wait_for_writer(Connection &connection) {
    if (!connection.writing()) {
        return true;
    }
    if (!php_study_wait_begin("Study\\Http\\Server") || !php_study_wait_end(connection.wait_writer(-1))) {
        return false;
    }
    return !connection.writing(); /* canceled: still writing, the connection is cut */
}

/* Answers the connection's current request; false when the coroutine must stop (an exit, or its destruction). */
bool answer(php_study_http_connection *self) {
    Connection &connection = self->connection;
    std::string_view path, query;
    study::http::split_target(connection.request().target(), &path, &query);
    const Route *route = find_route(*self->server->routes, path);
    if (route == nullptr) {
        self->form->discard();
        connection.send_status(404);
        return true;
    }
    zval args[2];
    php_study_http_request_make(&args[0], connection, self->peer, self->form.get());
    php_study_http_response_make(&args[1], self);
    call_handler(*route, args);
    php_study_http_response_detach(&args[1]);
    zval_ptr_dtor(&args[0]);
    zval_ptr_dtor(&args[1]);
    zend_object *exception = EG(exception);
    if (exception != nullptr) {
        if (zend_is_unwind_exit(exception) || zend_is_graceful_exit(exception)) {
            connection.abort();
            return false;
        }
        report_handler_exception();
        if (EG(exception) != nullptr) {
            return false; /* the exception handler exited */
        }
        if (!connection.response_started()) {
            connection.send_status(500);
        } else {
            connection.abort(); /* a write of another coroutine under way fails at once (EBADF) */
        }
        return true;
    }
    if (!wait_for_writer(connection)) {
        connection.abort();
        return false;
    }
    if (!connection.response_ended()) {
        connection.end(nullptr, 0);
    }
    return true;
}

/* HTTPS: the TLS handshake, in the connection's own coroutine (a slow or hostile client holds only that), at most
 * handshake_timeout; false when it failed (the connection is then closed without a word). True at once for HTTP. */
bool handshake(php_study_http_connection *self) {
    const Settings &settings = *self->server->settings;
    if (settings.tls == nullptr) {
        return true;
    }
    Socket *socket = self->connection.socket();
    if (socket->enable_tls(settings.tls, study::TlsPeer(), settings.handshake_timeout)) {
        return true;
    }
    if (socket->error() == ECANCELED && EG(exception) == nullptr) {
        php_study_wait_end(study::WakeReason::kDone); /* a coroutine being destroyed unwinds */
    }
    return false;
}

/* The body of a connection's coroutine. */
void serve(void *data) {
    auto *self = static_cast<php_study_http_connection *>(data);
    if (handshake(self)) {
        while (self->connection.read_request() == Connection::ReadResult::kRequest && answer(self)) {
        }
    }
    self->form->discard(); /* an upload cut short (the client left, a limit): its temporary files go now */
    drop(self);
}

/* Starts the coroutine of a new connection; false with an exception thrown when it cannot. */
bool start_connection(php_study_http_server *server, Socket *socket, const sockaddr_storage *address,
                      socklen_t length) {
    auto *self = new php_study_http_connection(socket, server);
    int port = 0;
    if (length > 0 && length <= sizeof(*address)) {
        const std::string text = study::address_string(reinterpret_cast<const sockaddr *>(address), &port);
        self->peer.address = zend_string_init(text.data(), text.size(), 0);
    } else {
        self->peer.address = ZSTR_EMPTY_ALLOC();
    }
    self->peer.port = port;
    self->peer.server_port = Z_LVAL_P(OBJ_PROP_NUM(&server->std, 1));
    self->next = server->connections;
    if (self->next != nullptr) {
        self->next->prev = self;
    }
    server->connections = self;
    server->live->add(1);
    zval keep;
    ZVAL_OBJ(&keep, &server->std); /* the coroutine holds the server until it ends */
    if (php_study_coroutine_create_native(serve, self, &keep, 1) < 0) {
        unlink_connection(self);
        return false;
    }
    return true;
}

bool accept_error_is_transient(int error) {
    return error == EMFILE || error == ENFILE || error == ENOBUFS || error == ENOMEM || error == ECONNABORTED ||
           error == EPROTO || error == EPERM;
}

/* Waits until a connection ends (or `timeout` passes, or shutdown()); false when the coroutine must stop. Meanwhile
 * new connections wait in the listen backlog: nothing is accepted, and nothing polls. */
bool wait_for_slot(php_study_http_server *server, double timeout) {
    server->slot->add(1);
    if (!php_study_wait_begin("Study\\Http\\Server::start()")) {
        server->slot->add(-1);
        return false;
    }
    const study::WakeReason reason = server->slot->wait(timeout);
    if (server->slot->count() > 0) {
        server->slot->add(-server->slot->count());
    }
    return reason == study::WakeReason::kTimeout || php_study_wait_end(reason);
}

/* Accepts until shutdown() (or an exception, or the coroutine's destruction). */
void accept_loop(php_study_http_server *server) {
    const zend_long max = server->settings->max_connections;
    while (server->running) {
        if (max > 0 && server->live->count() >= max) {
            if (!wait_for_slot(server, -1) || EG(exception)) {
                return;
            }
            continue;
        }
        sockaddr_storage peer;
        socklen_t peer_length = sizeof(peer);
        Socket *socket = server->socket->accept(-1, &peer, &peer_length);
        if (EG(exception)) {
            delete socket;
            return;
        }
        if (socket == nullptr) {
            const int error = server->socket->error();
            if (!server->running || server->socket->closed()) {
                return;
            }
            if (error == ECANCELED && !php_study_wait_end(study::WakeReason::kDone)) {
                return;
            }
            if (!accept_error_is_transient(error)) {
                zend_throw_exception_ex(php_study_socket_exception_ce, error, "accept failed: %s", strerror(error));
                return;
            }
            /* Out of descriptors or memory: wait for a connection to end (at most a second: descriptors may also be
             * freed elsewhere), then accept again. */
            if (!wait_for_slot(server, 1) || EG(exception)) {
                return;
            }
            continue;
        }
        if (!start_connection(server, socket, &peer, peer_length)) {
            return;
        }
    }
}

}  // namespace

Connection *php_study_http_connection_core(php_study_http_connection *connection) { return &connection->connection; }

void php_study_http_connection_hold(php_study_http_connection *connection) {
    ++connection->holders;
    GC_ADDREF(&connection->server->std); /* the connection reads the server's limits */
}

void php_study_http_connection_release(php_study_http_connection *connection) {
    zend_object *server = &connection->server->std;
    drop(connection);
    OBJ_RELEASE(server);
}

PHP_METHOD(Study_Http_Server, __construct) {
    zend_string *host;
    zend_long port;
    HashTable *options = nullptr;
    ZEND_PARSE_PARAMETERS_START(2, 3)
        Z_PARAM_STR(host)
        Z_PARAM_LONG(port)
        Z_PARAM_OPTIONAL
        Z_PARAM_ARRAY_HT(options)
    ZEND_PARSE_PARAMETERS_END();
    php_study_http_server *server = server_from(Z_OBJ_P(ZEND_THIS));
    if (server->socket != nullptr) {
        zend_throw_error(nullptr, "Cannot call %s::__construct() twice", ZSTR_VAL(Z_OBJCE_P(ZEND_THIS)->name));
        RETURN_THROWS();
    }
    /* Large bodies and uploads go where PHP puts its own uploads. */
    const char *directory = PG(upload_tmp_dir) != nullptr && *PG(upload_tmp_dir) != '\0'
                                ? PG(upload_tmp_dir)
                                : php_get_temporary_directory();
    server->settings->limits.temp_dir = directory;
    if ((options != nullptr && !apply_options(server->settings, options)) || !listen_on(server, host, port)) {
        RETURN_THROWS();
    }
    sockaddr_storage bound;
    socklen_t bound_length = sizeof(bound);
    int real_port = static_cast<int>(port);
    if (getsockname(server->socket->fd(), reinterpret_cast<sockaddr *>(&bound), &bound_length) == 0) {
        study::address_string(reinterpret_cast<sockaddr *>(&bound), &real_port);
    }
    zend_update_property_str(php_study_http_server_ce, Z_OBJ_P(ZEND_THIS), "host", sizeof("host") - 1, host);
    zend_update_property_long(php_study_http_server_ce, Z_OBJ_P(ZEND_THIS), "port", sizeof("port") - 1, real_port);
}

PHP_METHOD(Study_Http_Server, handle) {
    zend_string *prefix;
    zend_fcall_info fci;
    zend_fcall_info_cache fcc;
    ZEND_PARSE_PARAMETERS_START(2, 2)
        Z_PARAM_STR(prefix)
        Z_PARAM_FUNC(fci, fcc)
    ZEND_PARSE_PARAMETERS_END();
    php_study_http_server *server = server_from(Z_OBJ_P(ZEND_THIS));
    for (Route &route : *server->routes) {
        if (zend_string_equals(route.prefix, prefix)) {
            zval old;
            ZVAL_COPY_VALUE(&old, &route.handler);
            ZVAL_COPY(&route.handler, &fci.function_name);
            route.fcc = fcc;
            zval_ptr_dtor(&old); /* last: its destructor may call handle() again */
            return;
        }
    }
    Route route;
    route.prefix = zend_string_copy(prefix);
    ZVAL_COPY(&route.handler, &fci.function_name);
    route.fcc = fcc;
    server->routes->push_back(route);
}

PHP_METHOD(Study_Http_Server, start) {
    ZEND_PARSE_PARAMETERS_NONE();
    zend_object *self = Z_OBJ_P(ZEND_THIS);
    php_study_http_server *server = server_from(self);
    if (server->socket == nullptr || server->socket->closed()) {
        php_study_throw_misuse(
            "Study\\Http\\Server::start(): the server is not listening (not constructed, or shut "
            "down already)");
        RETURN_THROWS();
    }
    if (server->running) {
        php_study_throw_misuse("Study\\Http\\Server::start(): the server is started already");
        RETURN_THROWS();
    }
    server->running = true;
    GC_ADDREF(self); /* a handler may drop the last other reference */
    accept_loop(server);
    server->running = false;
    if (!EG(exception) && server->live->count() > 0) {
        /* After shutdown(): running requests finish, up to the timeout; then what is left is cut off. */
        if (php_study_wait_begin("Study\\Http\\Server::start()")) {
            php_study_wait_end(server->live->wait(server->settings->shutdown_timeout));
        }
        for (php_study_http_connection *c = server->connections; c != nullptr; c = c->next) {
            c->connection.abort();
        }
    }
    OBJ_RELEASE(self);
}

PHP_METHOD(Study_Http_Server, shutdown) {
    ZEND_PARSE_PARAMETERS_NONE();
    php_study_http_server *server = server_from(Z_OBJ_P(ZEND_THIS));
    if (server->socket == nullptr || server->socket->closed()) {
        RETURN_FALSE;
    }
    server->running = false;
    server->socket->close(); /* wakes start() waiting in accept */
    free_slot(server);       /* or waiting for a connection to end */
    for (php_study_http_connection *c = server->connections; c != nullptr; c = c->next) {
        c->connection.close_when_idle();
    }
    RETURN_TRUE;
}

void php_study_http_server_minit(int module_number) {
    (void)module_number;
    php_study_http_server_ce = register_class_Study_Http_Server();
    php_study_http_server_ce->create_object = create_object;
    memcpy(&g_handlers, zend_get_std_object_handlers(), sizeof(g_handlers));
    g_handlers.offset = XtOffsetOf(php_study_http_server, std);
    g_handlers.free_obj = free_object;
    g_handlers.clone_obj = nullptr;
    g_handlers.get_gc = get_gc;
    php_study_http_message_minit(register_class_Study_Http_Request(), register_class_Study_Http_Response());
}

/* SPDX-License-Identifier: MIT */
/* Study\Coroutine\Server: the tutorial's server. A listening socket whose start() runs the handler in a new
 * coroutine for each connection, until shutdown(). */
#include <netinet/in.h>
#include <sys/socket.h>

#include <cerrno>
#include <cstring>
#include <string>
#include <vector>

#include "php_study_coroutine.h"
#include "php_study_error.h"

extern "C" {
#include "zend_exceptions.h"
}

#include "php_study_socket.h"
#include "stubs/php_study_server_arginfo.h"
#include "study/scheduler.h"
#include "study/socket.h"
#include "study/tls.h"

using study::Socket;

zend_class_entry *php_study_server_ce;

namespace {

struct php_study_server {
    Socket *socket;           /* the listening socket; nullptr until constructed */
    study::TlsContext *tls;   /* TLS of every connection (a reference), nullptr for plain TCP */
    double handshake_timeout; /* how long one connection's TLS handshake may take */
    zval handler;             /* owned callable, UNDEF until set_handler() */
    /* The handler resolved once, by set_handler(), in its caller's scope (a private method set from inside its class
     * is callable only from there). Empty for a __call trampoline, which one call consumes: it is made again for each
     * connection. Holds no reference of its own: `handler` keeps the object and the closure alive. */
    zend_fcall_info_cache fcc;
    bool running; /* start() is accepting */
    zend_object std;
};

zend_object_handlers g_handlers;

php_study_server *server_from(zend_object *object) {
    return reinterpret_cast<php_study_server *>(reinterpret_cast<char *>(object) - XtOffsetOf(php_study_server, std));
}

zend_object *create_object(zend_class_entry *ce) {
    auto *server = static_cast<php_study_server *>(zend_object_alloc(sizeof(php_study_server), ce));
    server->socket = nullptr;
    server->tls = nullptr;
    server->handshake_timeout = -1;
    ZVAL_UNDEF(&server->handler);
    memset(&server->fcc, 0, sizeof(server->fcc));
    server->running = false;
    zend_object_std_init(&server->std, ce);
    object_properties_init(&server->std, ce);
    server->std.handlers = &g_handlers;
    return &server->std;
}

void free_object(zend_object *object) {
    php_study_server *server = server_from(object);
    delete server->socket;
    server->socket = nullptr;
    if (server->tls != nullptr) {
        server->tls->release(); /* connections keep their own references */
        server->tls = nullptr;
    }
    zval_ptr_dtor(&server->handler);
    ZVAL_UNDEF(&server->handler);
    zend_object_std_dtor(object);
}

HashTable *get_gc(zend_object *object, zval **table, int *count) {
    php_study_server *server = server_from(object);
    *table = Z_ISUNDEF(server->handler) ? nullptr : &server->handler;
    *count = Z_ISUNDEF(server->handler) ? 0 : 1;
    return zend_std_get_properties(object);
}

php_study_error_properties g_error_properties;

void set_error(zend_object *object, int error) { php_study_set_errno(object, g_error_properties, error); }

/* The address to listen on: a numeric IPv4 or IPv6 address, or the first address of a name resolved without
 * blocking. */
bool listen_address(const std::string &host, zend_long port, sockaddr_storage *address, const char **message) {
    std::vector<sockaddr_storage> addresses;
    const int status = study::resolve_host(host, port, AF_UNSPEC, SOCK_STREAM, -1, &addresses);
    if (status != 0) {
        *message = study::dns_error_message(status);
        return false;
    }
    *address = addresses[0];
    return true;
}

/* Accepting failed with `error`: whether to go on (after a pause, for a shortage of descriptors or memory). */
bool accept_error_is_transient(int error) {
    return error == EMFILE || error == ENFILE || error == ENOBUFS || error == ENOMEM || error == ECONNABORTED ||
           error == EPROTO || error == EPERM;
}

/* The handler to call now, in `handler` (a new reference) and `fcc`: set_handler() may replace it while a connection
 * is served, and a __call trampoline is made again for each call. False, with Study\Coroutine\Error thrown, when it
 * cannot be resolved any more. */
bool current_handler(php_study_server *server, zval *handler, zend_fcall_info_cache *fcc) {
    ZVAL_COPY(handler, &server->handler);
    *fcc = server->fcc;
    char *error = nullptr;
    if (fcc->function_handler == nullptr && !zend_is_callable_ex(handler, nullptr, 0, nullptr, fcc, &error)) {
        php_study_throw_misuse("Study\\Coroutine\\Server::start(): the handler cannot be called: %s",
                               error != nullptr ? error : "unknown reason");
        if (error != nullptr) {
            efree(error);
        }
        zval_ptr_dtor(handler);
        return false;
    }
    return true;
}

/* Runs the handler in a new coroutine for one connection, after the TLS handshake when the server has TLS: a slow or
 * hostile client holds only that coroutine, for at most the handshake timeout, and a connection whose handshake fails
 * is closed without the handler. Throws when it cannot (the coroutine limit, or a __call handler that cannot be
 * resolved any more), so that start() ends with the error instead of dropping connections. */
void run_handler(php_study_server *server, zval *socket) {
    zval handler;
    zend_fcall_info_cache fcc;
    if (!current_handler(server, &handler, &fcc)) {
        return;
    }
    if (server->tls != nullptr) {
        php_study_socket_expect_tls(socket, server->tls, server->handshake_timeout);
        php_study_coroutine_create(&handler, &fcc, socket, 1, php_study_socket_handshake_prelude);
    } else {
        php_study_coroutine_create(&handler, &fcc, socket, 1);
    }
    zval_ptr_dtor(&handler);
}

/* The TLS context of a server from its `ssl` options; false with Study\Coroutine\Socket\Exception or a TypeError or
 * ValueError thrown. */
bool server_tls(php_study_server *server, HashTable *ssl) {
    server->tls = php_study_tls_server_context(ssl, 4, &server->handshake_timeout);
    return server->tls != nullptr;
}

}  // namespace

PHP_METHOD(Study_Coroutine_Server, __construct) {
    zend_string *host;
    zend_long port;
    bool reuse_port = false;
    HashTable *ssl = nullptr;
    ZEND_PARSE_PARAMETERS_START(2, 4)
        Z_PARAM_STR(host)
        Z_PARAM_LONG(port)
        Z_PARAM_OPTIONAL
        Z_PARAM_BOOL(reuse_port)
        Z_PARAM_ARRAY_HT_OR_NULL(ssl)
    ZEND_PARSE_PARAMETERS_END();
    php_study_server *server = server_from(Z_OBJ_P(ZEND_THIS));
    if (server->socket != nullptr) {
        zend_throw_error(nullptr, "Cannot call %s::__construct() twice", ZSTR_VAL(Z_OBJCE_P(ZEND_THIS)->name));
        RETURN_THROWS();
    }
    /* One TLS context for every connection, built before anything listens. */
    if (ssl != nullptr && !server_tls(server, ssl)) {
        RETURN_THROWS();
    }
    sockaddr_storage address;
    const char *message = nullptr;
    if (!listen_address(std::string(ZSTR_VAL(host), ZSTR_LEN(host)), port, &address, &message)) {
        if (!EG(exception)) {
            zend_throw_exception_ex(php_study_socket_exception_ce, EINVAL, "cannot listen on %s:" ZEND_LONG_FMT ": %s",
                                    ZSTR_VAL(host), port, message);
        }
        RETURN_THROWS();
    }
    int error = 0;
    Socket *socket = Socket::open(address.ss_family, SOCK_STREAM, 0, &error);
    if (socket != nullptr && reuse_port && !socket->set_option(SOL_SOCKET, SO_REUSEPORT, 1)) {
        error = socket->error();
    }
    if (socket != nullptr && error == 0 &&
        !(socket->bind(reinterpret_cast<sockaddr *>(&address), study::address_length(address)) &&
          socket->listen(512))) {
        error = socket->error();
    }
    if (error != 0) {
        delete socket;
        zend_throw_exception_ex(php_study_socket_exception_ce, error, "cannot listen on %s:" ZEND_LONG_FMT ": %s",
                                ZSTR_VAL(host), port, strerror(error));
        RETURN_THROWS();
    }
    server->socket = socket;
    /* Port 0 picked a free port: show the real one. */
    sockaddr_storage bound;
    socklen_t bound_length = sizeof(bound);
    int real_port = static_cast<int>(port);
    if (getsockname(socket->fd(), reinterpret_cast<sockaddr *>(&bound), &bound_length) == 0) {
        study::address_string(reinterpret_cast<sockaddr *>(&bound), &real_port);
    }
    zend_update_property_str(php_study_server_ce, Z_OBJ_P(ZEND_THIS), "host", sizeof("host") - 1, host);
    zend_update_property_long(php_study_server_ce, Z_OBJ_P(ZEND_THIS), "port", sizeof("port") - 1, real_port);
}

PHP_METHOD(Study_Coroutine_Server, set_handler) {
    zend_fcall_info fci;
    zend_fcall_info_cache fcc;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_FUNC(fci, fcc)
    ZEND_PARSE_PARAMETERS_END();
    php_study_server *server = server_from(Z_OBJ_P(ZEND_THIS));
    zval old;
    ZVAL_COPY_VALUE(&old, &server->handler);
    ZVAL_COPY(&server->handler, &fci.function_name);
    server->fcc = fcc;   /* Z_PARAM_FUNC released a __call trampoline already, leaving function_handler null */
    zval_ptr_dtor(&old); /* last: its destructor may call set_handler() again */
}

PHP_METHOD(Study_Coroutine_Server, start) {
    ZEND_PARSE_PARAMETERS_NONE();
    zend_object *self = Z_OBJ_P(ZEND_THIS);
    php_study_server *server = server_from(self);
    if (server->socket == nullptr) {
        zend_throw_error(nullptr,
                         "%s object is not constructed; a subclass constructor must call parent::__construct()",
                         ZSTR_VAL(self->ce->name));
        RETURN_THROWS();
    }
    if (Z_ISUNDEF(server->handler)) {
        php_study_throw_misuse("Study\\Coroutine\\Server::start(): set a handler with set_handler() first");
        RETURN_THROWS();
    }
    if (server->running) {
        php_study_throw_misuse("Study\\Coroutine\\Server::start(): the server is started already");
        RETURN_THROWS();
    }
    server->running = true;
    GC_ADDREF(self); /* the handler may drop the last other reference */
    bool result = true;
    while (server->running) {
        Socket *connection = server->socket->accept(-1);
        if (EG(exception)) {
            delete connection;
            break;
        }
        if (connection == nullptr) {
            const int error = server->socket->error();
            if (!server->running || server->socket->closed()) {
                break; /* shutdown() */
            }
            if (error == ECANCELED && !php_study_wait_end(study::WakeReason::kDone)) {
                break; /* this coroutine is being destroyed: it unwinds */
            }
            if (accept_error_is_transient(error)) {
                set_error(self, error);
                /* Let connections close, then accept again. */
                const study::WakeReason slept = study::scheduler::sleep(0.05, study::WaitKind::kPoll);
                if (EG(exception) ||
                    (slept == study::WakeReason::kCanceled && !php_study_wait_end(study::WakeReason::kDone))) {
                    break;
                }
                if (slept != study::WakeReason::kCanceled) {
                    continue;
                }
                set_error(self, ECANCELED);
                result = false;
                break;
            }
            set_error(self, error);
            result = false;
            break;
        }
        zval socket;
        php_study_socket_wrap(&socket, connection);
        run_handler(server, &socket);
        zval_ptr_dtor(&socket);
        if (EG(exception)) {
            break;
        }
    }
    server->running = false;
    OBJ_RELEASE(self);
    if (EG(exception)) {
        RETURN_THROWS();
    }
    RETURN_BOOL(result);
}

PHP_METHOD(Study_Coroutine_Server, shutdown) {
    ZEND_PARSE_PARAMETERS_NONE();
    php_study_server *server = server_from(Z_OBJ_P(ZEND_THIS));
    if (server->socket == nullptr || server->socket->closed()) {
        RETURN_FALSE;
    }
    server->running = false;
    server->socket->close(); /* wakes a start() waiting in accept */
    RETURN_TRUE;
}

void php_study_server_minit(int module_number) {
    (void)module_number;
    php_study_server_ce = register_class_Study_Coroutine_Server();
    php_study_server_ce->create_object = create_object;
    memcpy(&g_handlers, zend_get_std_object_handlers(), sizeof(g_handlers));
    g_handlers.offset = XtOffsetOf(php_study_server, std);
    g_handlers.free_obj = free_object;
    g_handlers.clone_obj = nullptr;
    g_handlers.get_gc = get_gc;
    g_error_properties = php_study_error_properties_of(php_study_server_ce);
}

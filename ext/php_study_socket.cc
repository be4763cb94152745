/* SPDX-License-Identifier: MIT */
/* Study\Coroutine\Socket: the core's Socket. This file turns strings and options into core calls and errno values
 * into errCode/errMsg; every wait happens in the core. */
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/un.h>

#include <time.h>

#include <cerrno>
#include <cstring>
#include <string>
#include <vector>

#include "php_study_coroutine.h"
#include "php_study_error.h"
#include "php_study_timeout.h"

extern "C" {
#include "ext/spl/spl_exceptions.h"
#include "zend_exceptions.h"
}

#include "php_study_socket.h"
#include "stubs/php_study_socket_arginfo.h"
#include "study/socket.h"

using study::Socket;

zend_class_entry *php_study_socket_ce;
zend_class_entry *php_study_socket_exception_ce;

namespace {

/* What enableCrypto() keeps across its handshake's wait: the options, the peer and a reference to the context. Owned
 * by the socket object while the call runs, not by the call's C locals: a fatal error meanwhile long-jumps over a call
 * of the main script, or abandons the coroutine that waits, and neither runs destructors; the object's free releases
 * it then. */
struct CryptoCall {
    php_study_tls_options tls;
    study::TlsPeer peer;
    study::TlsContext *context = nullptr;
    CryptoCall() = default;
    CryptoCall(const CryptoCall &) = delete;
    CryptoCall &operator=(const CryptoCall &) = delete;
    ~CryptoCall() {
        if (context != nullptr) {
            context->release();
        }
    }
};

struct php_study_socket {
    Socket *socket;                /* nullptr until constructed */
    double timeout;                /* for calls not given one; negative: none */
    zend_string *host;             /* the host given to connect(): TLS's default peer name; nullptr before */
    zend_string *peer_certificate; /* PEM, kept by enableCrypto() with capture_peer_cert; nullptr otherwise */
    bool accepted;                 /* made by accept(): the server side of TLS */
    /* A TLS server's context (a reference) and handshake timeout, for the handshake that runs before its handler
     * (php_study_socket_handshake_prelude()), until that handshake has ended; nullptr otherwise. */
    study::TlsContext *pending_tls;
    double pending_tls_timeout;
    CryptoCall *crypto_call; /* heap, while enableCrypto() runs; nullptr otherwise */
    zend_object std;
};

zend_object_handlers g_handlers;
uint32_t g_fd_offset;
php_study_error_properties g_error_properties;

php_study_socket *socket_from(zend_object *object) {
    return reinterpret_cast<php_study_socket *>(reinterpret_cast<char *>(object) - XtOffsetOf(php_study_socket, std));
}

zend_object *create_object(zend_class_entry *ce) {
    auto *sock = static_cast<php_study_socket *>(zend_object_alloc(sizeof(php_study_socket), ce));
    sock->socket = nullptr;
    sock->timeout = -1;
    sock->host = nullptr;
    sock->peer_certificate = nullptr;
    sock->accepted = false;
    sock->pending_tls = nullptr;
    sock->pending_tls_timeout = -1;
    sock->crypto_call = nullptr;
    zend_object_std_init(&sock->std, ce);
    object_properties_init(&sock->std, ce);
    sock->std.handlers = &g_handlers;
    return &sock->std;
}

void free_object(zend_object *object) {
    php_study_socket *sock = socket_from(object);
    delete sock->socket; /* closes it */
    sock->socket = nullptr;
    if (sock->host != nullptr) {
        zend_string_release(sock->host);
    }
    if (sock->peer_certificate != nullptr) {
        zend_string_release(sock->peer_certificate);
    }
    if (sock->pending_tls != nullptr) {
        sock->pending_tls->release();
    }
    delete sock->crypto_call; /* left by a call that a fatal error ended */
    sock->crypto_call = nullptr;
    zend_object_std_dtor(object);
}

void set_fd(zend_object *object, int fd) { ZVAL_LONG(OBJ_PROP(object, g_fd_offset), fd); }

/* errCode and errMsg after a call: 0 and "" on success; errMsg `message`, or the errno value's text. */
void set_error(zend_object *object, int error, const char *message = nullptr) {
    php_study_set_errno(object, g_error_properties, error, message);
}

/* errCode and errMsg after a call of `socket`: its errno value, and its own text where it has one (TLS). */
void set_socket_error(zend_object *object, const Socket *socket) {
    set_error(object, socket->error(), socket->error_message());
}

/* The core socket of $this; throws when a subclass constructor did not call parent::__construct(). */
Socket *socket_of(zval *self) {
    Socket *socket = socket_from(Z_OBJ_P(self))->socket;
    if (UNEXPECTED(socket == nullptr)) {
        zend_throw_error(nullptr,
                         "%s object is not constructed; a subclass constructor must call parent::__construct()",
                         ZSTR_VAL(Z_OBJCE_P(self)->name));
    }
    return socket;
}

/* The timeout of a call: its own when given (0 or more), else the socket's; NaN throws. */
bool timeout_of(zval *self, double given, uint32_t arg_num, double *out) {
    if (!php_study_timeout_valid(given, arg_num)) {
        return false;
    }
    *out = given >= 0 ? given : socket_from(Z_OBJ_P(self))->timeout;
    return true;
}

/* After a call that may have waited: false (an exception pending) when the caller must return at once. A wait
 * refused (a destructor, a coroutine being destroyed) threw already; a coroutine destroyed while it waited was woken
 * as canceled and unwinds now. A call that did not wait goes on, even in a coroutine being destroyed. */
bool after_wait(Socket *socket) {
    if (EG(exception) != nullptr) {
        return false;
    }
    return socket->error() != ECANCELED || php_study_wait_end(study::WakeReason::kDone);
}

bool length_valid(zend_long length, uint32_t arg_num) {
    if (length <= 0) {
        zend_argument_value_error(arg_num, "must be greater than 0");
        return false;
    }
    return true;
}

void address_array(zval *return_value, const sockaddr *address) {
    int port = 0;
    std::string text = study::address_string(address, &port);
    array_init_size(return_value, 2);
    add_assoc_stringl(return_value, "address", text.data(), text.size());
    add_assoc_long(return_value, "port", port);
}

}  // namespace

void php_study_socket_wrap(zval *out, Socket *socket) {
    object_init_ex(out, php_study_socket_ce);
    socket_from(Z_OBJ_P(out))->socket = socket;
    socket_from(Z_OBJ_P(out))->accepted = true;
    set_fd(Z_OBJ_P(out), socket->fd());
}

void php_study_socket_expect_tls(zval *object, study::TlsContext *context, double timeout) {
    php_study_socket *sock = socket_from(Z_OBJ_P(object));
    context->retain();
    if (sock->pending_tls != nullptr) {
        sock->pending_tls->release();
    }
    sock->pending_tls = context;
    sock->pending_tls_timeout = timeout;
}

bool php_study_socket_handshake_prelude(php_study_task *task) {
    zval *object = &task->args[0];
    php_study_socket *sock = socket_from(Z_OBJ_P(object));
    study::TlsContext *context = sock->pending_tls;
    if (context == nullptr) {
        return true;
    }
    /* The object keeps its reference during the wait (see CryptoCall); the connection holds one of its own. */
    const bool ok = sock->socket->enable_tls(context, study::TlsPeer(), sock->pending_tls_timeout);
    sock->pending_tls = nullptr;
    context->release();
    const int error = sock->socket->error();
    set_socket_error(Z_OBJ_P(object), sock->socket);
    if (ok) {
        return true;
    }
    sock->socket->close();
    set_fd(Z_OBJ_P(object), -1);
    if (error == ECANCELED && EG(exception) == nullptr) {
        php_study_wait_end(study::WakeReason::kDone); /* a coroutine being destroyed unwinds */
    }
    return false;
}

double php_study_monotonic_seconds(void) {
    timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) / 1e9;
}

bool php_study_socket_connect(Socket *socket, const std::string &host, zend_long port, double timeout, int *error,
                              const char **message) {
    *message = nullptr;
    if (socket->domain() == AF_UNIX) {
        sockaddr_storage address;
        socklen_t length;
        if (!study::make_address(AF_UNIX, host, 0, &address, &length)) {
            *error = EINVAL;
            *message = "invalid address";
            return false;
        }
        const bool ok = socket->connect(reinterpret_cast<sockaddr *>(&address), length, timeout);
        *error = socket->error();
        return ok;
    }
    /* The timeout limits the whole call: the lookup and every address tried. */
    const study::Deadline deadline(timeout);
    std::vector<sockaddr_storage> addresses;
    const int status = study::resolve_host(host, port, socket->domain(), socket->type(), timeout, &addresses);
    if (status != 0) {
        *message = study::dns_error_message(status);
        *error = status == -ETIMEDOUT || status == -ECANCELED || status == -EINVAL ? -status : EHOSTUNREACH;
        return false;
    }
    for (const sockaddr_storage &candidate : addresses) {
        const double left = deadline.remaining();
        if (timeout > 0 && left == 0) {
            *error = ETIMEDOUT;
            return false;
        }
        if (socket->connect(reinterpret_cast<const sockaddr *>(&candidate), study::address_length(candidate), left)) {
            *error = 0;
            return true;
        }
        if (socket->error() == ETIMEDOUT || socket->error() == ECANCELED || socket->closed() || EG(exception)) {
            break;
        }
    }
    *error = socket->error();
    return false;
}

PHP_METHOD(Study_Coroutine_Socket, __construct) {
    zend_long domain = AF_INET, type = SOCK_STREAM, protocol = 0;
    ZEND_PARSE_PARAMETERS_START(0, 3)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(domain)
        Z_PARAM_LONG(type)
        Z_PARAM_LONG(protocol)
    ZEND_PARSE_PARAMETERS_END();
    php_study_socket *sock = socket_from(Z_OBJ_P(ZEND_THIS));
    if (sock->socket != nullptr) {
        zend_throw_error(nullptr, "Cannot call %s::__construct() twice", ZSTR_VAL(Z_OBJCE_P(ZEND_THIS)->name));
        RETURN_THROWS();
    }
    int error = 0;
    Socket *socket = Socket::open(static_cast<int>(domain), static_cast<int>(type), static_cast<int>(protocol), &error);
    if (socket == nullptr) {
        zend_throw_exception_ex(php_study_socket_exception_ce, error, "cannot create a socket: %s", strerror(error));
        RETURN_THROWS();
    }
    sock->socket = socket;
    set_fd(Z_OBJ_P(ZEND_THIS), socket->fd());
}

PHP_METHOD(Study_Coroutine_Socket, bind) {
    zend_string *host;
    zend_long port = 0;
    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_STR(host)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(port)
    ZEND_PARSE_PARAMETERS_END();
    Socket *socket = socket_of(ZEND_THIS);
    if (socket == nullptr) {
        RETURN_THROWS();
    }
    sockaddr_storage address;
    socklen_t length;
    if (!study::make_address(socket->domain(), std::string(ZSTR_VAL(host), ZSTR_LEN(host)), port, &address, &length)) {
        set_error(Z_OBJ_P(ZEND_THIS), EINVAL, "invalid address");
        RETURN_FALSE;
    }
    const bool ok = socket->bind(reinterpret_cast<sockaddr *>(&address), length);
    set_socket_error(Z_OBJ_P(ZEND_THIS), socket);
    RETURN_BOOL(ok);
}

PHP_METHOD(Study_Coroutine_Socket, listen) {
    zend_long backlog = 512;
    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(backlog)
    ZEND_PARSE_PARAMETERS_END();
    Socket *socket = socket_of(ZEND_THIS);
    if (socket == nullptr) {
        RETURN_THROWS();
    }
    const bool ok = socket->listen(static_cast<int>(backlog));
    set_socket_error(Z_OBJ_P(ZEND_THIS), socket);
    RETURN_BOOL(ok);
}

PHP_METHOD(Study_Coroutine_Socket, accept) {
    double timeout = -1;
    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_DOUBLE(timeout)
    ZEND_PARSE_PARAMETERS_END();
    Socket *socket = socket_of(ZEND_THIS);
    if (socket == nullptr || !timeout_of(ZEND_THIS, timeout, 1, &timeout)) {
        RETURN_THROWS();
    }
    Socket *connection = socket->accept(timeout);
    if (!after_wait(socket)) {
        delete connection;
        RETURN_THROWS();
    }
    set_socket_error(Z_OBJ_P(ZEND_THIS), socket);
    if (connection == nullptr) {
        RETURN_FALSE;
    }
    php_study_socket_wrap(return_value, connection);
}

PHP_METHOD(Study_Coroutine_Socket, connect) {
    zend_string *host;
    zend_long port = 0;
    double timeout = -1;
    ZEND_PARSE_PARAMETERS_START(1, 3)
        Z_PARAM_STR(host)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(port)
        Z_PARAM_DOUBLE(timeout)
    ZEND_PARSE_PARAMETERS_END();
    Socket *socket = socket_of(ZEND_THIS);
    if (socket == nullptr || !timeout_of(ZEND_THIS, timeout, 3, &timeout)) {
        RETURN_THROWS();
    }
    php_study_socket *sock = socket_from(Z_OBJ_P(ZEND_THIS));
    if (sock->host != nullptr) {
        zend_string_release(sock->host);
    }
    sock->host = zend_string_copy(host);
    const char *message = nullptr;
    int error = 0;
    const bool ok =
        php_study_socket_connect(socket, std::string(ZSTR_VAL(host), ZSTR_LEN(host)), port, timeout, &error, &message);
    if (!after_wait(socket)) {
        RETURN_THROWS();
    }
    set_error(Z_OBJ_P(ZEND_THIS), error, message);
    RETURN_BOOL(ok);
}

namespace {

/* recv() and recvAll(). */
void receive(INTERNAL_FUNCTION_PARAMETERS, bool all) {
    zend_long length = 65536;
    double timeout = -1;
    ZEND_PARSE_PARAMETERS_START(0, 2)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(length)
        Z_PARAM_DOUBLE(timeout)
    ZEND_PARSE_PARAMETERS_END();
    Socket *socket = socket_of(ZEND_THIS);
    if (socket == nullptr || !length_valid(length, 1) || !timeout_of(ZEND_THIS, timeout, 2, &timeout)) {
        RETURN_THROWS();
    }
    /* The buffer is on the heap: only this coroutine reads into it, after its wait. A recv() that has to wait
     * gives its buffer back meanwhile, so idle connections do not hold $length bytes each. */
    zend_string *buffer = zend_string_alloc(static_cast<size_t>(length), 0);
    ssize_t n;
    if (all) {
        n = socket->recv_all(ZSTR_VAL(buffer), ZSTR_LEN(buffer), timeout);
    } else {
        n = socket->recv(ZSTR_VAL(buffer), ZSTR_LEN(buffer), 0);
        if (n < 0 && socket->error() == ETIMEDOUT && timeout != 0) {
            zend_string_efree(buffer);
            buffer = nullptr;
            /* The wait and the read after it share the timeout: the data that woke it may be gone by then. */
            const study::Deadline deadline(timeout);
            if (socket->wait_readable(timeout)) {
                buffer = zend_string_alloc(static_cast<size_t>(length), 0);
                n = socket->recv(ZSTR_VAL(buffer), ZSTR_LEN(buffer), deadline.remaining());
            }
        }
    }
    if (!after_wait(socket)) {
        if (buffer != nullptr) {
            zend_string_efree(buffer);
        }
        RETURN_THROWS();
    }
    set_socket_error(Z_OBJ_P(ZEND_THIS), socket);
    if (n <= 0) {
        if (buffer != nullptr) {
            zend_string_efree(buffer);
        }
        if (n < 0) {
            RETURN_FALSE;
        }
        RETURN_EMPTY_STRING();
    }
    if (static_cast<size_t>(n) < ZSTR_LEN(buffer)) {
        buffer = zend_string_truncate(buffer, static_cast<size_t>(n), 0);
    }
    ZSTR_VAL(buffer)[n] = '\0';
    RETURN_NEW_STR(buffer);
}

/* send() and sendAll(). */
void transmit(INTERNAL_FUNCTION_PARAMETERS, bool all) {
    zend_string *data;
    double timeout = -1;
    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_STR(data)
        Z_PARAM_OPTIONAL
        Z_PARAM_DOUBLE(timeout)
    ZEND_PARSE_PARAMETERS_END();
    Socket *socket = socket_of(ZEND_THIS);
    if (socket == nullptr || !timeout_of(ZEND_THIS, timeout, 2, &timeout)) {
        RETURN_THROWS();
    }
    /* The string stays referenced by this call's frame while it waits. */
    const ssize_t n = all ? socket->send_all(ZSTR_VAL(data), ZSTR_LEN(data), timeout)
                          : socket->send(ZSTR_VAL(data), ZSTR_LEN(data), timeout);
    if (!after_wait(socket)) {
        RETURN_THROWS();
    }
    set_socket_error(Z_OBJ_P(ZEND_THIS), socket);
    if (n < 0) {
        RETURN_FALSE;
    }
    RETURN_LONG(static_cast<zend_long>(n));
}

}  // namespace

PHP_METHOD(Study_Coroutine_Socket, recv) { receive(INTERNAL_FUNCTION_PARAM_PASSTHRU, false); }

PHP_METHOD(Study_Coroutine_Socket, recvAll) { receive(INTERNAL_FUNCTION_PARAM_PASSTHRU, true); }

PHP_METHOD(Study_Coroutine_Socket, send) { transmit(INTERNAL_FUNCTION_PARAM_PASSTHRU, false); }

PHP_METHOD(Study_Coroutine_Socket, sendAll) { transmit(INTERNAL_FUNCTION_PARAM_PASSTHRU, true); }

PHP_METHOD(Study_Coroutine_Socket, recvfrom) {
    zend_long length = 65536;
    zval *address_ref = nullptr, *port_ref = nullptr;
    double timeout = -1;
    ZEND_PARSE_PARAMETERS_START(0, 4)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(length)
        Z_PARAM_ZVAL(address_ref)
        Z_PARAM_ZVAL(port_ref)
        Z_PARAM_DOUBLE(timeout)
    ZEND_PARSE_PARAMETERS_END();
    Socket *socket = socket_of(ZEND_THIS);
    if (socket == nullptr || !length_valid(length, 1) || !timeout_of(ZEND_THIS, timeout, 4, &timeout)) {
        RETURN_THROWS();
    }
    zend_string *buffer = zend_string_alloc(static_cast<size_t>(length), 0);
    auto *from = static_cast<sockaddr_storage *>(emalloc(sizeof(sockaddr_storage)));
    socklen_t from_length = sizeof(*from);
    const ssize_t n = socket->recvfrom(ZSTR_VAL(buffer), ZSTR_LEN(buffer), from, &from_length, timeout);
    if (!after_wait(socket)) {
        zend_string_efree(buffer);
        efree(from);
        RETURN_THROWS();
    }
    set_socket_error(Z_OBJ_P(ZEND_THIS), socket);
    if (n < 0) {
        zend_string_efree(buffer);
        efree(from);
        RETURN_FALSE;
    }
    int port = 0;
    std::string text = from_length > 0 ? study::address_string(reinterpret_cast<sockaddr *>(from), &port) : "";
    efree(from);
    if (address_ref != nullptr) {
        ZEND_TRY_ASSIGN_REF_STRINGL(address_ref, text.data(), text.size());
    }
    if (port_ref != nullptr) {
        ZEND_TRY_ASSIGN_REF_LONG(port_ref, port);
    }
    buffer = zend_string_truncate(buffer, static_cast<size_t>(n), 0);
    ZSTR_VAL(buffer)[n] = '\0';
    RETURN_NEW_STR(buffer);
}

PHP_METHOD(Study_Coroutine_Socket, sendto) {
    zend_string *host, *data;
    zend_long port;
    ZEND_PARSE_PARAMETERS_START(3, 3)
        Z_PARAM_STR(host)
        Z_PARAM_LONG(port)
        Z_PARAM_STR(data)
    ZEND_PARSE_PARAMETERS_END();
    Socket *socket = socket_of(ZEND_THIS);
    if (socket == nullptr) {
        RETURN_THROWS();
    }
    sockaddr_storage address;
    socklen_t length;
    if (!study::make_address(socket->domain(), std::string(ZSTR_VAL(host), ZSTR_LEN(host)), port, &address, &length)) {
        set_error(Z_OBJ_P(ZEND_THIS), EINVAL, "invalid address");
        RETURN_FALSE;
    }
    const ssize_t n = socket->sendto(ZSTR_VAL(data), ZSTR_LEN(data), reinterpret_cast<sockaddr *>(&address), length,
                                     socket_from(Z_OBJ_P(ZEND_THIS))->timeout);
    if (!after_wait(socket)) {
        RETURN_THROWS();
    }
    set_socket_error(Z_OBJ_P(ZEND_THIS), socket);
    if (n < 0) {
        RETURN_FALSE;
    }
    RETURN_LONG(static_cast<zend_long>(n));
}

PHP_METHOD(Study_Coroutine_Socket, shutdown) {
    zend_long how = SHUT_RDWR;
    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(how)
    ZEND_PARSE_PARAMETERS_END();
    Socket *socket = socket_of(ZEND_THIS);
    if (socket == nullptr) {
        RETURN_THROWS();
    }
    const bool ok = socket->shutdown(static_cast<int>(how));
    set_socket_error(Z_OBJ_P(ZEND_THIS), socket);
    RETURN_BOOL(ok);
}

PHP_METHOD(Study_Coroutine_Socket, close) {
    ZEND_PARSE_PARAMETERS_NONE();
    Socket *socket = socket_of(ZEND_THIS);
    if (socket == nullptr) {
        RETURN_THROWS();
    }
    const bool ok = socket->close();
    set_socket_error(Z_OBJ_P(ZEND_THIS), socket);
    set_fd(Z_OBJ_P(ZEND_THIS), -1);
    RETURN_BOOL(ok);
}

PHP_METHOD(Study_Coroutine_Socket, setOption) {
    zend_long level, name, value;
    ZEND_PARSE_PARAMETERS_START(3, 3)
        Z_PARAM_LONG(level)
        Z_PARAM_LONG(name)
        Z_PARAM_LONG(value)
    ZEND_PARSE_PARAMETERS_END();
    Socket *socket = socket_of(ZEND_THIS);
    if (socket == nullptr) {
        RETURN_THROWS();
    }
    const bool ok = socket->set_option(static_cast<int>(level), static_cast<int>(name), static_cast<int>(value));
    set_socket_error(Z_OBJ_P(ZEND_THIS), socket);
    RETURN_BOOL(ok);
}

PHP_METHOD(Study_Coroutine_Socket, getOption) {
    zend_long level, name;
    ZEND_PARSE_PARAMETERS_START(2, 2)
        Z_PARAM_LONG(level)
        Z_PARAM_LONG(name)
    ZEND_PARSE_PARAMETERS_END();
    Socket *socket = socket_of(ZEND_THIS);
    if (socket == nullptr) {
        RETURN_THROWS();
    }
    int value = 0;
    const bool ok = socket->get_option(static_cast<int>(level), static_cast<int>(name), &value);
    set_socket_error(Z_OBJ_P(ZEND_THIS), socket);
    if (!ok) {
        RETURN_FALSE;
    }
    RETURN_LONG(value);
}

namespace {

void name_of(INTERNAL_FUNCTION_PARAMETERS, bool peer) {
    ZEND_PARSE_PARAMETERS_NONE();
    Socket *socket = socket_of(ZEND_THIS);
    if (socket == nullptr) {
        RETURN_THROWS();
    }
    sockaddr_storage address;
    socklen_t length = sizeof(address);
    std::memset(&address, 0, sizeof(address));
    const int result = socket->closed() ? (errno = EBADF, -1)
                       : peer           ? getpeername(socket->fd(), reinterpret_cast<sockaddr *>(&address), &length)
                                        : getsockname(socket->fd(), reinterpret_cast<sockaddr *>(&address), &length);
    if (result != 0) {
        set_error(Z_OBJ_P(ZEND_THIS), errno);
        RETURN_FALSE;
    }
    set_error(Z_OBJ_P(ZEND_THIS), 0);
    address_array(return_value, reinterpret_cast<sockaddr *>(&address));
}

}  // namespace

PHP_METHOD(Study_Coroutine_Socket, getsockname) { name_of(INTERNAL_FUNCTION_PARAM_PASSTHRU, false); }

PHP_METHOD(Study_Coroutine_Socket, getpeername) { name_of(INTERNAL_FUNCTION_PARAM_PASSTHRU, true); }

namespace {

/* Where a client's TLS sessions are kept: the peer's address and port (the core adds the names). */
std::string session_key_of(const Socket *socket) {
    sockaddr_storage address;
    socklen_t length = sizeof(address);
    if (socket->closed() || getpeername(socket->fd(), reinterpret_cast<sockaddr *>(&address), &length) != 0) {
        return "";
    }
    int port = 0;
    const std::string text = study::address_string(reinterpret_cast<sockaddr *>(&address), &port);
    return text + ":" + std::to_string(port);
}

/* The context of `call`'s configuration, with a reference in call->context; false with errCode EINVAL and the reason
 * when it cannot be made. */
bool crypto_context_of(zend_object *object, CryptoCall *call) {
    std::string error;
    call->context = php_study_tls_context_for(call->tls.config, &error);
    if (call->context == nullptr) {
        set_error(object, EINVAL, error.c_str());
        return false;
    }
    return true;
}

}  // namespace

PHP_METHOD(Study_Coroutine_Socket, enableCrypto) {
    HashTable *options = nullptr;
    double timeout = -1;
    ZEND_PARSE_PARAMETERS_START(0, 2)
        Z_PARAM_OPTIONAL
        Z_PARAM_ARRAY_HT(options)
        Z_PARAM_DOUBLE(timeout)
    ZEND_PARSE_PARAMETERS_END();
    Socket *socket = socket_of(ZEND_THIS);
    if (socket == nullptr || !timeout_of(ZEND_THIS, timeout, 2, &timeout)) {
        RETURN_THROWS();
    }
    php_study_socket *sock = socket_from(Z_OBJ_P(ZEND_THIS));
    if (sock->crypto_call != nullptr) {
        set_error(Z_OBJ_P(ZEND_THIS), EBUSY, "another coroutine is in enableCrypto() on this socket");
        RETURN_FALSE;
    }
    auto *call = new CryptoCall;
    if (!php_study_tls_options_read(options, sock->accepted, 1, &call->tls)) {
        delete call;
        RETURN_THROWS();
    }
    if (!crypto_context_of(Z_OBJ_P(ZEND_THIS), call)) {
        delete call;
        RETURN_FALSE;
    }
    php_study_tls_peer_of(
        call->tls, sock->host != nullptr ? std::string(ZSTR_VAL(sock->host), ZSTR_LEN(sock->host)) : "", &call->peer);
    call->peer.session_key = session_key_of(socket);
    sock->crypto_call = call;
    const bool ok = socket->enable_tls(call->context, call->peer, timeout);
    const bool capture = call->tls.capture_peer_cert;
    sock->crypto_call = nullptr;
    delete call; /* the connection holds its own reference to the context */
    if (!after_wait(socket)) {
        RETURN_THROWS();
    }
    set_socket_error(Z_OBJ_P(ZEND_THIS), socket);
    if (ok && capture) {
        const std::string pem = socket->tls()->peer_certificate_pem();
        if (sock->peer_certificate != nullptr) {
            zend_string_release(sock->peer_certificate);
        }
        sock->peer_certificate = pem.empty() ? nullptr : zend_string_init(pem.data(), pem.size(), 0);
    }
    RETURN_BOOL(ok);
}

PHP_METHOD(Study_Coroutine_Socket, getPeerCertificate) {
    ZEND_PARSE_PARAMETERS_NONE();
    zend_string *pem = socket_from(Z_OBJ_P(ZEND_THIS))->peer_certificate;
    if (pem == nullptr) {
        RETURN_FALSE;
    }
    RETURN_STR_COPY(pem);
}

PHP_METHOD(Study_Coroutine_Socket, getCryptoInfo) {
    ZEND_PARSE_PARAMETERS_NONE();
    Socket *socket = socket_of(ZEND_THIS);
    if (socket == nullptr) {
        RETURN_THROWS();
    }
    const study::TlsSession *tls = socket->tls();
    if (tls == nullptr || !tls->established()) {
        RETURN_FALSE;
    }
    const std::string protocol = tls->protocol(), cipher = tls->cipher(), alpn = tls->alpn();
    array_init_size(return_value, 4);
    add_assoc_stringl(return_value, "protocol", protocol.data(), protocol.size());
    add_assoc_stringl(return_value, "cipher_name", cipher.data(), cipher.size());
    if (alpn.empty()) {
        add_assoc_null(return_value, "alpn_protocol");
    } else {
        add_assoc_stringl(return_value, "alpn_protocol", alpn.data(), alpn.size());
    }
    add_assoc_bool(return_value, "session_reused", tls->session_reused());
}

PHP_METHOD(Study_Coroutine_Socket, setTimeout) {
    double seconds;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_DOUBLE(seconds)
    ZEND_PARSE_PARAMETERS_END();
    if (!php_study_timeout_valid(seconds, 1)) {
        RETURN_THROWS();
    }
    if (socket_of(ZEND_THIS) == nullptr) {
        RETURN_THROWS();
    }
    socket_from(Z_OBJ_P(ZEND_THIS))->timeout = seconds < 0 ? -1 : seconds;
    RETURN_TRUE;
}

void php_study_socket_minit(int module_number) {
    (void)module_number;
    php_study_socket_ce = register_class_Study_Coroutine_Socket();
    php_study_socket_ce->create_object = create_object;
    php_study_socket_exception_ce = register_class_Study_Coroutine_Socket_Exception(spl_ce_RuntimeException);
    memcpy(&g_handlers, zend_get_std_object_handlers(), sizeof(g_handlers));
    g_handlers.offset = XtOffsetOf(php_study_socket, std);
    g_handlers.free_obj = free_object;
    g_handlers.clone_obj = nullptr;
    auto offset_of = [](const char *name) {
        auto *info = static_cast<zend_property_info *>(
            zend_hash_str_find_ptr(&php_study_socket_ce->properties_info, name, strlen(name)));
        return info->offset;
    };
    g_fd_offset = offset_of("fd");
    g_error_properties = php_study_error_properties_of(php_study_socket_ce);
}

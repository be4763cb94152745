/* SPDX-License-Identifier: MIT */
/* The coroutine-aware stream transports (see php_study_stream.cc): addresses as PHP parses them, name resolution that
 * suspends only the coroutine, bind and connect with PHP's socket context options. */
#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <uv.h>

#include <cerrno>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

#include "php_study_stream.h"
#include "php_study_stream_internal.h"
#include "study/address.h"

using study::Socket;

namespace php_study_stream {

/* ---- addresses ---- */

zval *context_option(php_stream *stream, const char *name) {
    php_stream_context *context = PHP_STREAM_CONTEXT(stream);
    return context != nullptr ? php_stream_context_get_option(context, "socket", name) : nullptr;
}

void set_error_text(php_stream_xport_param *xparam, zend_string *text) {
    if (xparam->want_errortext) {
        if (xparam->outputs.error_text != nullptr) {
            zend_string_release(xparam->outputs.error_text);
        }
        xparam->outputs.error_text = text;
    } else {
        zend_string_release(text);
    }
}

/* "host:port" or "[v6]:port", parsed as PHP does (the first colon ends the host), by the core's parser, which the
 * address fuzzer checks (tests/fuzz/address_fuzzer.cc). A port out of range comes back as -1 and is refused later. */
bool parse_host_port(const char *text, size_t length, std::string *host, int *port, php_stream_xport_param *xparam) {
    if (study::split_host_port(std::string_view(text, length), host, port)) {
        return true;
    }
    const bool bracketed = length > 1 && text[0] == '[';
    set_error_text(
        xparam,
        strpprintf(0, bracketed ? "Failed to parse IPv6 address \"%s\"" : "Failed to parse address \"%s\"", text));
    return false;
}

/* The addresses of `host` with `port`, by the core's one "numeric address, else resolve" rule (study::resolve_host():
 * a name suspends only the coroutine). False with a warning and the error text set as PHP's resolver does. */
bool resolve(const std::string &host, int port, int type, double timeout, std::vector<sockaddr_storage> *out,
             php_stream_xport_param *xparam) {
    const int status = study::resolve_host(host, port, AF_UNSPEC, type, timeout, out);
    if (status == 0) {
        return true;
    }
    zend_string *text = strpprintf(0, "php_network_getaddresses: getaddrinfo for %s failed: %s", host.c_str(),
                                   php_study_resolve_error_text(status));
    php_error_docref(nullptr, E_WARNING, "%s", ZSTR_VAL(text));
    set_error_text(xparam, text);
    return false;
}

socklen_t length_of(const sockaddr_storage &address) {
    return address.ss_family == AF_INET ? sizeof(sockaddr_in) : sizeof(sockaddr_in6);
}

/* A Unix address from the stream name, binary safe (Linux's abstract names start with NUL). */
socklen_t unix_address(php_stream_xport_param *xparam, sockaddr_un *address) {
    memset(address, 0, sizeof(*address));
    address->sun_family = AF_UNIX;
    size_t length = xparam->inputs.namelen;
    if (length >= sizeof(address->sun_path)) {
        length = sizeof(address->sun_path) - 1;
        php_error_docref(nullptr, E_NOTICE,
                         "socket path exceeded the maximum allowed length of %lu bytes and was truncated",
                         static_cast<unsigned long>(sizeof(address->sun_path)));
    }
    memcpy(address->sun_path, xparam->inputs.name, length);
    return static_cast<socklen_t>(offsetof(sockaddr_un, sun_path) + length);
}

bool open_socket(NetStream *data, int domain, php_stream_xport_param *xparam) {
    delete data->socket;
    data->socket = nullptr;
    data->base.socket = -1;
    int error = 0;
    data->socket = Socket::open(domain, data->type, 0, &error);
    if (data->socket == nullptr) {
        xparam->outputs.error_code = error;
        set_error_text(xparam, strpprintf(0, "Failed to create socket: %s", strerror(error)));
        return false;
    }
    data->domain = domain;
    data->base.socket = data->socket->fd();
    return true;
}

void fail_with(php_stream_xport_param *xparam, int error) {
    xparam->outputs.error_code = error;
    set_error_text(xparam, zend_string_init(strerror(error), strlen(strerror(error)), 0));
}

bool flag_option(php_stream *stream, const char *name) {
    zval *value = context_option(stream, name);
    return value != nullptr && zend_is_true(value);
}

int do_bind(php_stream *stream, NetStream *data, php_stream_xport_param *xparam) {
    const Kind kind = kind_of(stream);
    if (kind == Kind::kUnix || kind == Kind::kUdg) {
        sockaddr_un address;
        const socklen_t length = unix_address(xparam, &address);
        if (!open_socket(data, AF_UNIX, xparam)) {
            return -1;
        }
        if (!data->socket->bind(reinterpret_cast<sockaddr *>(&address), length)) {
            fail_with(xparam, data->socket->error());
            return -1;
        }
        return 0;
    }
    std::string host;
    int port = 0;
    if (!parse_host_port(xparam->inputs.name, xparam->inputs.namelen, &host, &port, xparam)) {
        return -1;
    }
    std::vector<sockaddr_storage> addresses;
    if (!resolve(host, port, data->type, -1, &addresses, xparam)) {
        return -1;
    }
    int error = 0;
    for (const sockaddr_storage &address : addresses) {
        if (!open_socket(data, address.ss_family, xparam)) {
            return -1;
        }
        Socket *socket = data->socket;
        if (zval *v6only = context_option(stream, "ipv6_v6only");
            v6only != nullptr && Z_TYPE_P(v6only) != IS_NULL && address.ss_family == AF_INET6) {
            socket->set_option(IPPROTO_IPV6, IPV6_V6ONLY, zend_is_true(v6only) ? 1 : 0);
        }
        if (flag_option(stream, "so_reuseport")) {
            socket->set_option(SOL_SOCKET, SO_REUSEPORT, 1);
        }
        if (kind == Kind::kUdp && flag_option(stream, "so_broadcast")) {
            socket->set_option(SOL_SOCKET, SO_BROADCAST, 1);
        }
        if (socket->bind(reinterpret_cast<const sockaddr *>(&address), length_of(address))) {
            return 0;
        }
        error = socket->error();
    }
    fail_with(xparam, error);
    return -1;
}

/* The `bindto` option of a connect, as PHP applies it: a failure is a warning, and the connect goes on. */
void bind_local(Socket *socket, int family, const std::string &host, int port) {
    sockaddr_storage local;
    socklen_t length;
    in_addr ipv4;
    if (family == AF_INET && inet_aton(host.c_str(), &ipv4) != 0) { /* PHP's forms: "0", "127.1" */
        auto *in = reinterpret_cast<sockaddr_in *>(&local);
        memset(&local, 0, sizeof(local));
        in->sin_family = AF_INET;
        in->sin_port = htons(static_cast<uint16_t>(port));
        in->sin_addr = ipv4;
        length = sizeof(*in);
    } else if (!study::make_address(family, host, port, &local, &length)) {
        /* An address of the other family is skipped silently, as PHP does. */
        const int other = family == AF_INET ? AF_INET6 : AF_INET;
        if (!study::make_address(other, host, port, &local, &length)) {
            php_error_docref(nullptr, E_WARNING, "Invalid IP Address: %s", host.c_str());
        }
        return;
    }
    if (!socket->bind(reinterpret_cast<sockaddr *>(&local), length)) {
        php_error_docref(nullptr, E_WARNING, "Failed to bind to '%s:%d', system said: %s", host.c_str(), port,
                         strerror(socket->error()));
    }
}

int do_connect(php_stream *stream, NetStream *data, php_stream_xport_param *xparam) {
    const Kind kind = kind_of(stream);
    const bool async = xparam->op == php_stream_xport_param::STREAM_XPORT_OP_CONNECT_ASYNC;
    const Deadline deadline(async ? 0 : seconds_of(xparam->inputs.timeout));
    if (kind == Kind::kUnix || kind == Kind::kUdg) {
        sockaddr_un address;
        const socklen_t length = unix_address(xparam, &address);
        if (!open_socket(data, AF_UNIX, xparam)) {
            return -1;
        }
        if (data->socket->connect(reinterpret_cast<sockaddr *>(&address), length, deadline.remaining())) {
            return 0;
        }
        if (async && data->socket->error() == EINPROGRESS) {
            xparam->outputs.error_code = EINPROGRESS;
            return 1;
        }
        fail_with(xparam, data->socket->error());
        return -1;
    }
    std::string host, bind_host;
    int port = 0, bind_port = 0;
    if (!parse_host_port(xparam->inputs.name, xparam->inputs.namelen, &host, &port, xparam)) {
        return -1;
    }
    zval *bindto = context_option(stream, "bindto");
    bool bind_first = false;
    if (bindto != nullptr) {
        if (Z_TYPE_P(bindto) != IS_STRING) {
            set_error_text(xparam, strpprintf(0, "local_addr context option is not a string."));
            return -1;
        }
        /* PHP connects without binding when it cannot parse the option (Symfony's HttpClient sets it to '0'). */
        php_stream_xport_param quiet = {};
        bind_first = parse_host_port(Z_STRVAL_P(bindto), Z_STRLEN_P(bindto), &bind_host, &bind_port, &quiet);
    }
    std::vector<sockaddr_storage> addresses;
    if (!resolve(host, port, data->type, async ? -1 : deadline.remaining(), &addresses, xparam)) {
        return -1;
    }
    int error = 0;
    for (const sockaddr_storage &address : addresses) {
        if (!open_socket(data, address.ss_family, xparam)) {
            return -1;
        }
        Socket *socket = data->socket;
        if (bind_first) {
            bind_local(socket, address.ss_family, bind_host, bind_port);
        }
        if (kind == Kind::kUdp && flag_option(stream, "so_broadcast")) {
            socket->set_option(SOL_SOCKET, SO_BROADCAST, 1);
        }
        if (kind == Kind::kTcp && flag_option(stream, "tcp_nodelay")) {
            socket->set_option(IPPROTO_TCP, TCP_NODELAY, 1);
        }
        if (socket->connect(reinterpret_cast<const sockaddr *>(&address), length_of(address), deadline.remaining())) {
            xparam->outputs.error_code = 0;
            return 0;
        }
        error = socket->error();
        if (async && error == EINPROGRESS) {
            xparam->outputs.error_code = EINPROGRESS;
            return 1;
        }
        if (error == ETIMEDOUT || error == ECANCELED || EG(exception) != nullptr) {
            break;
        }
    }
    fail_with(xparam, error);
    return -1;
}

}  // namespace php_study_stream

const char *php_study_resolve_error_text(int status) {
    static const struct {
        int uv;
        int eai;
    } kCodes[] = {
        {UV_EAI_ADDRFAMILY, EAI_ADDRFAMILY}, {UV_EAI_AGAIN, EAI_AGAIN},
        {UV_EAI_BADFLAGS, EAI_BADFLAGS},     {UV_EAI_FAIL, EAI_FAIL},
        {UV_EAI_FAMILY, EAI_FAMILY},         {UV_EAI_MEMORY, EAI_MEMORY},
        {UV_EAI_NODATA, EAI_NODATA},         {UV_EAI_NONAME, EAI_NONAME},
        {UV_EAI_OVERFLOW, EAI_OVERFLOW},     {UV_EAI_SERVICE, EAI_SERVICE},
        {UV_EAI_SOCKTYPE, EAI_SOCKTYPE},
    };
    for (const auto &code : kCodes) {
        if (code.uv == status) {
            return gai_strerror(code.eai);
        }
    }
    return status == 0 ? gai_strerror(EAI_NODATA) : study::dns_error_message(status);
}

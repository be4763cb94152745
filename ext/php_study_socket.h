/* SPDX-License-Identifier: MIT */
/* What other classes of the binding (Server) use of Study\Coroutine\Socket. */
#pragma once

#include <string>
#include <vector>

#include "php.h"
#include "study/socket.h"
#include "study/tls.h"

extern zend_class_entry *php_study_socket_ce;
extern zend_class_entry *php_study_socket_exception_ce;

/* Makes `out` a new Study\Coroutine\Socket object that owns `socket`, an accepted connection (the server side of
 * TLS). */
void php_study_socket_wrap(zval *out, study::Socket *socket);
struct php_study_task;
/* Makes the coroutine that will be given the accepted Study\Coroutine\Socket `object` run the TLS handshake with
 * `context` (within `timeout` seconds) before its function: php_study_socket_handshake_prelude() as the coroutine's
 * prelude, with the socket as its first argument. */
void php_study_socket_expect_tls(zval *object, study::TlsContext *context, double timeout);
/* The prelude: the handshake; false, with the connection closed, when it failed (the function is not called). */
bool php_study_socket_handshake_prelude(php_study_task *task);

/* TLS options (ext/php_study_socket_tls.cc): PHP's `ssl` stream context options, as Socket::enableCrypto() and
 * Server's constructor take them. */
struct php_study_tls_options {
    study::TlsConfig config;
    std::string peer_name;        /* the name sent (SNI) and checked; empty: the host given to connect() */
    bool verify_peer_name = true; /* check the certificate against that name */
    bool sni_enabled = true;      /* send that name (SNI) */
    bool capture_peer_cert = false;
    std::vector<study::TlsFingerprint> fingerprints; /* peer_fingerprint: the peer's certificate must match each */
    double handshake_timeout = 60; /* Server: how long one connection's handshake may take; negative: no limit */
};
/* Reads `options` (nullptr: none) for a client or a server; false with a TypeError or ValueError naming argument
 * `arg_num` and the option for a value of the wrong type or one refused, and a ValueError for a PHP `ssl` option that
 * is not implemented (SNI_server_certs, security_level...). Other unknown names are ignored, as PHP does. */
bool php_study_tls_options_read(HashTable *options, bool server, uint32_t arg_num, php_study_tls_options *out);
/* A server's TLS context from its `ssl` options (Study\Coroutine\Server, Study\Http\Server), with a reference for the
 * caller, and the handshake timeout they give; nullptr with a TypeError or ValueError naming argument `arg_num`, or
 * Study\Coroutine\SocketException when the context cannot be made (a missing certificate). */
study::TlsContext *php_study_tls_server_context(HashTable *ssl, uint32_t arg_num, double *handshake_timeout);
/* The per-connection part: SNI and the name to verify, from peer_name or `host`. */
void php_study_tls_peer_of(const php_study_tls_options &options, const std::string &host, study::TlsPeer *peer);
/* The context for `config` with a reference for the caller: the same one for the same configuration within a request
 * (the files and the CA store are loaded once, and a client resumes the sessions of earlier connections to the same
 * peer); nullptr with *error set when it cannot be made. php_study_tls_rshutdown() drops the request's contexts. */
study::TlsContext *php_study_tls_context_for(const study::TlsConfig &config, std::string *error);
void php_study_tls_rshutdown(void);
/* Seconds on a monotonic clock, for timeouts that span several waits. */
double php_study_monotonic_seconds(void);
/* Connects to `host` (an address, a name resolved without blocking, or a Unix path; binary safe); false with *error
 * set (an errno value), and *message set when the errno value alone does not say why. The timeout limits the whole
 * call (lookup and every address). */
bool php_study_socket_connect(study::Socket *socket, const std::string &host, zend_long port, double timeout,
                              int *error, const char **message);

/* Appends the addresses in `found` as text, in order, leaving out those `addresses` has already. */
void php_study_add_unique_addresses(const std::vector<sockaddr_storage> &found, std::vector<std::string> *addresses);

void php_study_socket_minit(int module_number);
void php_study_server_minit(int module_number);
void php_study_system_minit(int module_number);
void php_study_runtime_minit(int module_number);
void php_study_runtime_mshutdown(void);
void php_study_runtime_rinit(void);
void php_study_runtime_rshutdown(void);

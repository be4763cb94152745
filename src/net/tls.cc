// SPDX-License-Identifier: MIT
#include "study/tls.h"

#include <arpa/inet.h>
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>
#include <strings.h>
#include <sys/socket.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdint>
#include <cstring>
#include <utility>

namespace study {

namespace {

// OpenSSL's reason for the oldest error in the thread's queue (the one that started the failure), and an empty
// queue after it: one connection's errors never show up in another's, or in PHP's own OpenSSL calls. *code, when
// given, is that error's code (0 when the queue was empty).
std::string take_openssl_reason(unsigned long* code = nullptr) {
    const unsigned long first = ERR_get_error();
    ERR_clear_error();
    if (code != nullptr) {
        *code = first;
    }
    if (first == 0) {
        return "unknown error";
    }
    const char* reason = ERR_reason_error_string(first);
    if (reason != nullptr) {
        return reason;
    }
    char text[256];
    ERR_error_string_n(first, text, sizeof(text));
    return text;
}

bool is_ip_address(const std::string& name) {
    unsigned char address[sizeof(in6_addr)];
    return inet_pton(AF_INET, name.c_str(), address) == 1 || inet_pton(AF_INET6, name.c_str(), address) == 1;
}

// ALPN names in the wire format: each preceded by its length, 1 to 255 bytes.
bool alpn_wire(const std::vector<std::string>& names, std::vector<unsigned char>* out) {
    out->clear();
    for (const std::string& name : names) {
        if (name.empty() || name.size() > 255) {
            return false;
        }
        out->push_back(static_cast<unsigned char>(name.size()));
        out->insert(out->end(), name.begin(), name.end());
    }
    return true;
}

int version_of(TlsVersion version) {
    switch (version) {
        case TlsVersion::kTls1_0:
            return TLS1_VERSION;
        case TlsVersion::kTls1_1:
            return TLS1_1_VERSION;
        case TlsVersion::kTls1_2:
            return TLS1_2_VERSION;
        case TlsVersion::kTls1_3:
            return TLS1_3_VERSION;
        default:
            return 0;  // OpenSSL's own bound
    }
}

// The passphrase of an encrypted key. Installed even without one: OpenSSL's default callback would ask on the
// terminal, and a server must fail instead.
int passphrase_callback(char* buffer, int size, int /*writing*/, void* data) {
    const auto* passphrase = static_cast<const std::string*>(data);
    const size_t length = std::min(passphrase->size(), static_cast<size_t>(size));
    memcpy(buffer, passphrase->data(), length);
    return static_cast<int>(length);
}

}  // namespace

// OpenSSL's callbacks, which reach into the session (a friend of TlsSession).
struct TlsCallbacks {
    // Where an SSL keeps its TlsSession.
    static int session_index() {
        static const int index = SSL_get_ex_new_index(0, nullptr, nullptr, nullptr, nullptr);
        return index;
    }

    static TlsSession* session_of(SSL* ssl) { return static_cast<TlsSession*>(SSL_get_ex_data(ssl, session_index())); }

    // The BIO between OpenSSL and the descriptor: send() with MSG_NOSIGNAL (a peer that closed must not raise
    // SIGPIPE, as OpenSSL's socket BIO would), and the errno of a real failure kept for the session.
    static int bio_write(BIO* bio, const char* data, int length) {
        auto* session = static_cast<TlsSession*>(BIO_get_data(bio));
        BIO_clear_retry_flags(bio);
        const ssize_t n = ::send(session->fd_, data, static_cast<size_t>(length), MSG_NOSIGNAL);
        if (n < 0) {
            if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR) {
                BIO_set_retry_write(bio);
            } else {
                session->io_error_ = errno;
            }
        }
        return static_cast<int>(n);
    }

    static int bio_read(BIO* bio, char* buffer, int length) {
        auto* session = static_cast<TlsSession*>(BIO_get_data(bio));
        BIO_clear_retry_flags(bio);
        const ssize_t n = ::recv(session->fd_, buffer, static_cast<size_t>(length), 0);
        if (n < 0) {
            if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR) {
                BIO_set_retry_read(bio);
            } else {
                session->io_error_ = errno;
            }
        }
        return static_cast<int>(n);
    }

    static long bio_ctrl(BIO* /*bio*/, int command, long /*number*/, void* /*pointer*/) {
        return command == BIO_CTRL_FLUSH ? 1 : 0;  // nothing is buffered here
    }

    static BIO_METHOD* bio_method() {
        static BIO_METHOD* method = [] {
            BIO_METHOD* made = BIO_meth_new(BIO_get_new_index() | BIO_TYPE_SOURCE_SINK, "study socket");
            BIO_meth_set_write(made, bio_write);
            BIO_meth_set_read(made, bio_read);
            BIO_meth_set_ctrl(made, bio_ctrl);
            return made;
        }();
        return method;
    }

    // allow_self_signed: a self-signed peer certificate passes; everything else is OpenSSL's verdict.
    static int verify(int ok, X509_STORE_CTX* store) {
        if (ok == 1) {
            return 1;
        }
        auto* ssl = static_cast<SSL*>(X509_STORE_CTX_get_ex_data(store, SSL_get_ex_data_X509_STORE_CTX_idx()));
        TlsSession* session = ssl != nullptr ? session_of(ssl) : nullptr;
        return session != nullptr && session->context_->config().allow_self_signed &&
                       X509_STORE_CTX_get_error(store) == X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT
                   ? 1
                   : 0;
    }

    // A client's new session (with TLS 1.3 it comes after the handshake, with the server's ticket): kept for the
    // next connection with the same key. Returning 1 takes the reference.
    static int new_session(SSL* ssl, SSL_SESSION* ssl_session) {
        TlsSession* session = session_of(ssl);
        if (session == nullptr || session->session_key_.empty() || !SSL_SESSION_is_resumable(ssl_session)) {
            return 0;
        }
        session->context_->keep_session(session->session_key_, ssl_session);
        return 1;
    }
};

TlsContext* TlsContext::create(const TlsConfig& config, std::string* error) {
    auto* context = new TlsContext(config);
    ERR_clear_error();
    const bool ok = context->load(error);
    ERR_clear_error();
    if (!ok) {
        context->release();
        return nullptr;
    }
    return context;
}

TlsContext::~TlsContext() {
    for (auto& entry : sessions_) {
        SSL_SESSION_free(entry.second);
    }
    SSL_CTX_free(ctx_);
}

void TlsContext::release() {
    if (--references_ == 0) {
        delete this;
    }
}

bool TlsContext::load(std::string* error) {
    const bool client = config_.role == TlsRole::kClient;
    ctx_ = SSL_CTX_new(client ? TLS_client_method() : TLS_server_method());
    if (ctx_ == nullptr) {
        *error = "cannot create a TLS context: " + take_openssl_reason();
        return false;
    }
    // A peer that closes without close_notify ends the stream as a TCP close does (most HTTP peers do that).
    // Renegotiation is refused: TLS 1.3 has none, and a peer asking for it over and over costs handshakes.
    SSL_CTX_set_options(ctx_, SSL_OP_IGNORE_UNEXPECTED_EOF | SSL_OP_NO_RENEGOTIATION);
    // send() semantics (a write returns what went out), and a retry after a wait may pass the buffer where it is
    // now; idle connections give their record buffers back.
    SSL_CTX_set_mode(ctx_,
                     SSL_MODE_ENABLE_PARTIAL_WRITE | SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER | SSL_MODE_RELEASE_BUFFERS);
    // Each recv() takes what the socket has, up to a record buffer, rather than a record's 5-byte header and then its
    // body: one system call per small record instead of two. What is read ahead stays in OpenSSL (see pending()).
    SSL_CTX_set_read_ahead(ctx_, 1);
    if (!set_versions(error) || !load_certificate(error) || !load_trust(error) || !set_alpn(error)) {
        return false;
    }
    if (!config_.ciphers.empty() && SSL_CTX_set_cipher_list(ctx_, config_.ciphers.c_str()) != 1) {
        *error = "invalid cipher list '" + config_.ciphers + "': " + take_openssl_reason();
        return false;
    }
    if (client) {
        // Sessions are kept here, by key, not in OpenSSL's internal cache (which only servers look up).
        SSL_CTX_set_session_cache_mode(ctx_, SSL_SESS_CACHE_CLIENT | SSL_SESS_CACHE_NO_INTERNAL_STORE);
        SSL_CTX_sess_set_new_cb(ctx_, TlsCallbacks::new_session);
    } else {
        static const unsigned char kSessionContext[] = "study";
        SSL_CTX_set_session_id_context(ctx_, kSessionContext, sizeof(kSessionContext) - 1);
        // Clients resume with session tickets, which the server does not store. OpenSSL would also keep every session
        // it issues a ticket for in its internal cache, and walk that cache to expire entries every 255 handshakes.
        SSL_CTX_set_session_cache_mode(
            ctx_, SSL_SESS_CACHE_SERVER | SSL_SESS_CACHE_NO_INTERNAL_STORE | SSL_SESS_CACHE_NO_AUTO_CLEAR);
    }
    return true;
}

bool TlsContext::set_versions(std::string* error) {
    const int min = version_of(config_.min_version);
    const int max = version_of(config_.max_version);
    if ((min != 0 && SSL_CTX_set_min_proto_version(ctx_, min) != 1) ||
        (max != 0 && SSL_CTX_set_max_proto_version(ctx_, max) != 1)) {
        *error = "unsupported TLS protocol version bound: " + take_openssl_reason();
        return false;
    }
    if (min != 0 && max != 0 && min > max) {
        *error = "the lowest TLS protocol version allowed is above the highest";
        return false;
    }
    return true;
}

bool TlsContext::load_certificate(std::string* error) {
    SSL_CTX_set_default_passwd_cb(ctx_, passphrase_callback);
    SSL_CTX_set_default_passwd_cb_userdata(ctx_, &config_.passphrase);
    if (config_.certificate_file.empty()) {
        if (config_.role == TlsRole::kServer) {
            *error = "a TLS server needs a certificate";
            return false;
        }
        return true;
    }
    const std::string& key_file = config_.key_file.empty() ? config_.certificate_file : config_.key_file;
    if (SSL_CTX_use_certificate_chain_file(ctx_, config_.certificate_file.c_str()) != 1) {
        *error = "cannot load the certificate from '" + config_.certificate_file + "': " + take_openssl_reason();
        return false;
    }
    if (SSL_CTX_use_PrivateKey_file(ctx_, key_file.c_str(), SSL_FILETYPE_PEM) != 1) {
        unsigned long code = 0;
        const std::string reason = take_openssl_reason(&code);
        // OpenSSL compares the key with the certificate as it loads it.
        *error = ERR_GET_LIB(code) == ERR_LIB_X509 && ERR_GET_REASON(code) == X509_R_KEY_VALUES_MISMATCH
                     ? "the private key does not match the certificate: " + reason
                     : "cannot load the private key from '" + key_file + "': " + reason;
        return false;
    }
    if (SSL_CTX_check_private_key(ctx_) != 1) {
        *error = "the private key does not match the certificate: " + take_openssl_reason();
        return false;
    }
    return true;
}

bool TlsContext::load_trust(std::string* error) {
    const bool server = config_.role == TlsRole::kServer;
    const int mode = !config_.verify_peer ? SSL_VERIFY_NONE
                     : server             ? SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT
                                          : SSL_VERIFY_PEER;
    SSL_CTX_set_verify(ctx_, mode, TlsCallbacks::verify);
    if (config_.verify_depth >= 0) {
        SSL_CTX_set_verify_depth(ctx_, config_.verify_depth);
    }
    if (!config_.verify_peer) {
        return true;  // nothing is checked against a store: loading one would only cost time
    }
    const char* file = config_.ca_file.empty() ? nullptr : config_.ca_file.c_str();
    const char* path = config_.ca_path.empty() ? nullptr : config_.ca_path.c_str();
    if (file != nullptr || path != nullptr) {
        if (SSL_CTX_load_verify_locations(ctx_, file, path) != 1) {
            *error = "cannot load the trusted certificates from '" +
                     (file != nullptr ? config_.ca_file : config_.ca_path) + "': " + take_openssl_reason();
            return false;
        }
        if (server && file != nullptr) {
            // The CAs a server names when it asks for a client certificate.
            SSL_CTX_set_client_CA_list(ctx_, SSL_load_client_CA_file(file));
        }
    } else if (config_.default_ca && SSL_CTX_set_default_verify_paths(ctx_) != 1) {
        *error = "cannot load the system's trusted certificates: " + take_openssl_reason();
        return false;
    }
    return true;
}

bool TlsContext::set_alpn(std::string* error) {
    if (config_.alpn.empty()) {
        return true;
    }
    if (!alpn_wire(config_.alpn, &alpn_wire_)) {
        *error = "an ALPN protocol name must have 1 to 255 bytes";
        return false;
    }
    if (config_.role == TlsRole::kServer) {
        SSL_CTX_set_alpn_select_cb(ctx_, select_alpn, this);
    } else if (SSL_CTX_set_alpn_protos(ctx_, alpn_wire_.data(), static_cast<unsigned int>(alpn_wire_.size())) != 0) {
        *error = "cannot set the ALPN protocols: " + take_openssl_reason();
        return false;
    }
    return true;
}

int TlsContext::select_alpn(SSL* /*ssl*/, const unsigned char** out, unsigned char* out_length, const unsigned char* in,
                            unsigned int in_length, void* arg) {
    auto* self = static_cast<TlsContext*>(arg);
    unsigned char* selected = nullptr;
    // The server's list first: its order of preference decides.
    if (SSL_select_next_proto(&selected, out_length, self->alpn_wire_.data(),
                              static_cast<unsigned int>(self->alpn_wire_.size()), in,
                              in_length) != OPENSSL_NPN_NEGOTIATED) {
        return SSL_TLSEXT_ERR_NOACK;  // nothing in common: the handshake goes on without ALPN
    }
    *out = selected;
    return SSL_TLSEXT_ERR_OK;
}

SSL_SESSION* TlsContext::take_session(const std::string& key) {
    auto found = sessions_.find(key);
    if (found == sessions_.end()) {
        return nullptr;
    }
    SSL_SESSION_up_ref(found->second);
    return found->second;
}

void TlsContext::keep_session(const std::string& key, SSL_SESSION* session) {
    auto found = sessions_.find(key);
    if (found != sessions_.end()) {
        SSL_SESSION_free(found->second);
        found->second = session;
        return;
    }
    if (sessions_.size() >= config_.session_cache_size) {
        if (sessions_.empty()) {
            SSL_SESSION_free(session);  // no cache
            return;
        }
        // Full: one entry makes room (the map's first; any would do, a client talks to few servers).
        SSL_SESSION_free(sessions_.begin()->second);
        sessions_.erase(sessions_.begin());
    }
    sessions_.emplace(key, session);
}

void TlsContext::forget_session(const std::string& key) {
    auto found = sessions_.find(key);
    if (found != sessions_.end()) {
        SSL_SESSION_free(found->second);
        sessions_.erase(found);
    }
}

TlsSession* TlsSession::create(TlsContext* context, int fd, const TlsPeer& peer, std::string* error) {
    ERR_clear_error();
    SSL* ssl = SSL_new(context->ssl_ctx());
    BIO* bio = ssl != nullptr ? BIO_new(TlsCallbacks::bio_method()) : nullptr;
    if (bio == nullptr) {
        *error = "cannot create a TLS connection: " + take_openssl_reason();
        SSL_free(ssl);
        return nullptr;
    }
    auto* session = new TlsSession(context, ssl);
    context->retain();
    session->fd_ = fd;
    BIO_set_data(bio, session);
    BIO_set_init(bio, 1);
    SSL_set_bio(ssl, bio, bio);
    SSL_set_ex_data(ssl, TlsCallbacks::session_index(), session);
    if (!session->set_up(peer, error)) {
        ERR_clear_error();
        delete session;
        return nullptr;
    }
    return session;
}

bool TlsSession::set_up(const TlsPeer& peer, std::string* error) {
    const TlsConfig& config = context_->config();
    verify_name_ = peer.verify_name;
    for (const TlsFingerprint& fingerprint : peer.fingerprints) {
        if (EVP_get_digestbyname(fingerprint.digest.c_str()) == nullptr) {
            *error = "unknown digest algorithm '" + fingerprint.digest + "' for a certificate fingerprint";
            return false;
        }
    }
    fingerprints_ = peer.fingerprints;
    if (config.role == TlsRole::kServer) {
        SSL_set_accept_state(ssl_);
        return true;
    }
    SSL_set_connect_state(ssl_);
    if (!peer.server_name.empty() && !is_ip_address(peer.server_name) &&
        SSL_set_tlsext_host_name(ssl_, peer.server_name.c_str()) != 1) {
        *error = "invalid TLS server name '" + peer.server_name + "': " + take_openssl_reason();
        return false;
    }
    if (!verify_name_.empty() && config.verify_peer) {
        // Part of the chain's verification, so a mismatch fails the handshake with OpenSSL's reason.
        X509_VERIFY_PARAM* param = SSL_get0_param(ssl_);
        const int set = is_ip_address(verify_name_) ? X509_VERIFY_PARAM_set1_ip_asc(param, verify_name_.c_str())
                                                    : X509_VERIFY_PARAM_set1_host(param, verify_name_.c_str(), 0);
        if (set != 1) {
            *error = "invalid host name to verify '" + verify_name_ + "': " + take_openssl_reason();
            return false;
        }
    }
    if (!peer.alpn.empty()) {
        std::vector<unsigned char> wire;
        if (!alpn_wire(peer.alpn, &wire) ||
            SSL_set_alpn_protos(ssl_, wire.data(), static_cast<unsigned>(wire.size()))) {
            *error = "an ALPN protocol name must have 1 to 255 bytes";
            return false;
        }
    }
    if (!peer.session_key.empty() && config.session_cache_size > 0) {
        // A session is resumed only where it was made for the same names: OpenSSL does not check the host name
        // again on resumption.
        session_key_ = peer.session_key + '\0' + peer.server_name + '\0' + verify_name_;
        if (SSL_SESSION* cached = context_->take_session(session_key_)) {
            SSL_set_session(ssl_, cached);
            SSL_SESSION_free(cached);
        }
    }
    return true;
}

TlsSession::~TlsSession() {
    SSL_free(ssl_);  // and the BIO
    context_->release();
}

ssize_t TlsSession::failed(int result, const char* what, bool* want_write) {
    const int error = SSL_get_error(ssl_, result);
    if (error == SSL_ERROR_WANT_READ || error == SSL_ERROR_WANT_WRITE) {
        *want_write = error == SSL_ERROR_WANT_WRITE;
        ERR_clear_error();
        errno = EAGAIN;
        return -1;
    }
    broken_ = true;
    failure_.clear();
    if (error == SSL_ERROR_SYSCALL && io_error_ != 0) {
        ERR_clear_error();
        errno = io_error_;  // the socket's own failure (ECONNRESET, EPIPE...): its errno text says it
        return -1;
    }
    if (error == SSL_ERROR_SSL) {
        unsigned long code = 0;
        failure_ = std::string("TLS ") + what + " failed: " + take_openssl_reason(&code);
        const long verified = SSL_get_verify_result(ssl_);
        // Why the certificate did not verify, when that is what failed.
        if (ERR_GET_LIB(code) == ERR_LIB_SSL && ERR_GET_REASON(code) == SSL_R_CERTIFICATE_VERIFY_FAILED &&
            verified != X509_V_OK) {
            failure_ += std::string(" (") + X509_verify_cert_error_string(verified) + ")";
        }
        errno = EPROTO;
        return -1;
    }
    // The peer closed the connection (with or without close_notify) before the handshake was over.
    ERR_clear_error();
    failure_ = std::string("TLS ") + what + " failed: the peer closed the connection";
    errno = ECONNRESET;
    return -1;
}

bool TlsSession::check_name() {
    X509* certificate = SSL_get0_peer_certificate(ssl_);
    if (certificate == nullptr) {
        failure_ = "TLS handshake failed: the peer sent no certificate to check the name against";
        return false;
    }
    const bool matches = is_ip_address(verify_name_)
                             ? X509_check_ip_asc(certificate, verify_name_.c_str(), 0) == 1
                             : X509_check_host(certificate, verify_name_.c_str(), verify_name_.size(), 0, nullptr) == 1;
    if (!matches) {
        failure_ = std::string("TLS handshake failed: certificate verify failed (") +
                   X509_verify_cert_error_string(is_ip_address(verify_name_) ? X509_V_ERR_IP_ADDRESS_MISMATCH
                                                                             : X509_V_ERR_HOSTNAME_MISMATCH) +
                   ")";
    }
    return matches;
}

bool TlsSession::check_fingerprints() {
    X509* certificate = SSL_get0_peer_certificate(ssl_);
    for (const TlsFingerprint& expected : fingerprints_) {
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int length = 0;
        const EVP_MD* md = EVP_get_digestbyname(expected.digest.c_str());
        if (certificate == nullptr || md == nullptr || X509_digest(certificate, md, digest, &length) != 1) {
            failure_ = "TLS handshake failed: no peer certificate to compare with the expected fingerprint";
            return false;
        }
        std::string hex;
        static const char kDigits[] = "0123456789abcdef";
        for (unsigned int i = 0; i < length; i++) {
            hex += kDigits[digest[i] >> 4];
            hex += kDigits[digest[i] & 15];
        }
        if (strcasecmp(hex.c_str(), expected.hex.c_str()) != 0) {
            failure_ = "TLS handshake failed: the peer certificate does not match the expected " + expected.digest +
                       " fingerprint";
            return false;
        }
    }
    return true;
}

ssize_t TlsSession::handshake(bool* want_write) {
    ERR_clear_error();
    io_error_ = 0;
    const int result = SSL_do_handshake(ssl_);
    if (result != 1) {
        const ssize_t failure = failed(result, "handshake", want_write);
        if (failure < 0 && errno != EAGAIN && !session_key_.empty()) {
            context_->forget_session(session_key_);  // a session that failed is not offered again
        }
        return failure;
    }
    // Without chain verification the name is still checked, by OpenSSL, once the certificate is there.
    if ((!verify_name_.empty() && !context_->config().verify_peer && !check_name()) || !check_fingerprints()) {
        ERR_clear_error();
        broken_ = true;
        errno = EPROTO;
        return -1;
    }
    established_ = true;
    return 0;
}

ssize_t TlsSession::not_established() {
    failure_ = "the TLS handshake has not completed: enable_tls() must finish it first";
    errno = ENOTCONN;
    return -1;
}

ssize_t TlsSession::write_refused() {
    failure_ =
        "an earlier TLS send stopped in the middle of a record (it timed out or was canceled): nothing more "
        "can be sent on this connection";
    errno = EPIPE;
    return -1;
}

void TlsSession::abandon_write() {
    write_broken_ = write_broken_ || write_pending_;
    write_pending_ = false;
}

ssize_t TlsSession::read(char* buffer, size_t length, bool* want_write) {
    if (!established_) {
        return not_established();
    }
    ERR_clear_error();
    io_error_ = 0;
    const int result = SSL_read(ssl_, buffer, static_cast<int>(std::min(length, static_cast<size_t>(INT_MAX))));
    read_wants_write_ = false;
    if (result > 0) {
        return result;
    }
    const int error = SSL_get_error(ssl_, result);
    if (error == SSL_ERROR_ZERO_RETURN || (error == SSL_ERROR_SYSCALL && io_error_ == 0)) {
        ERR_clear_error();
        return 0;  // the peer closed: close_notify, or a plain close (SSL_OP_IGNORE_UNEXPECTED_EOF)
    }
    const ssize_t failure = failed(result, "read", want_write);
    read_wants_write_ = failure < 0 && errno == EAGAIN && *want_write;
    return failure;
}

ssize_t TlsSession::write(const char* data, size_t length, bool* want_write) {
    if (!established_) {
        return not_established();
    }
    if (write_broken_) {
        return write_refused();
    }
    if (length == 0) {
        return 0;
    }
    ERR_clear_error();
    io_error_ = 0;
    const int result = SSL_write(ssl_, data, static_cast<int>(std::min(length, static_cast<size_t>(INT_MAX))));
    if (result > 0) {
        write_pending_ = false;
        return result;
    }
    const ssize_t failure = failed(result, "write", want_write);
    write_pending_ = failure < 0 && errno == EAGAIN;
    return failure;
}

ssize_t TlsSession::shutdown(bool* want_write) {
    if (!established_) {
        return not_established();
    }
    if (write_broken_) {
        return write_refused();
    }
    ERR_clear_error();
    io_error_ = 0;
    const int result = SSL_shutdown(ssl_);
    if (result >= 0) {
        ERR_clear_error();
        return 0;  // ours is sent; the peer's close_notify is not waited for
    }
    return failed(result, "shutdown", want_write);
}

void TlsSession::close_notify() {
    // After an abandoned or unfinished write, the peer would read the alert as the rest of that write's record.
    if (!established_ || broken_ || write_pending_ || write_broken_ ||
        (SSL_get_shutdown(ssl_) & SSL_SENT_SHUTDOWN) != 0) {
        return;
    }
    ERR_clear_error();
    SSL_shutdown(ssl_);  // once, without waiting: a full send buffer loses it, as a plain close loses data
    ERR_clear_error();
}

// SSL_has_pending(), not SSL_pending(): with read-ahead, a whole record can sit unprocessed in OpenSSL's buffer,
// which SSL_pending() does not count, and no readiness of the descriptor announces it any more.
bool TlsSession::pending() const { return SSL_has_pending(ssl_) == 1; }

std::string TlsSession::take_failure() { return std::move(failure_); }

std::string TlsSession::alpn() const {
    const unsigned char* name = nullptr;
    unsigned int length = 0;
    SSL_get0_alpn_selected(ssl_, &name, &length);
    return name != nullptr ? std::string(reinterpret_cast<const char*>(name), length) : std::string();
}

bool TlsSession::session_reused() const { return SSL_session_reused(ssl_) == 1; }

std::string TlsSession::protocol() const { return SSL_get_version(ssl_); }

std::string TlsSession::cipher() const {
    const char* name = SSL_get_cipher_name(ssl_);
    return name != nullptr ? name : "";
}

std::string TlsSession::peer_certificate_pem() const {
    X509* certificate = SSL_get0_peer_certificate(ssl_);
    if (certificate == nullptr) {
        return "";
    }
    BIO* memory = BIO_new(BIO_s_mem());
    std::string pem;
    if (memory != nullptr && PEM_write_bio_X509(memory, certificate) == 1) {
        char* data = nullptr;
        const long length = BIO_get_mem_data(memory, &data);
        pem.assign(data, static_cast<size_t>(length));
    }
    BIO_free(memory);
    ERR_clear_error();
    return pem;
}

}  // namespace study

// SPDX-License-Identifier: MIT
#pragma once

#include <sys/types.h>

#include <cstddef>
#include <map>
#include <string>
#include <vector>

struct ssl_ctx_st;
struct ssl_st;
struct ssl_session_st;

namespace study {

// TLS for Socket, done by OpenSSL: this module only ties OpenSSL's non-blocking calls to the socket's waits
// (Socket::enable_tls() and the Socket calls after it) and turns its errors into the socket's errno value and text.

enum class TlsRole { kClient, kServer };

// A protocol version bound; kDefault leaves OpenSSL's (and the system configuration's) own.
enum class TlsVersion { kDefault, kTls1_0, kTls1_1, kTls1_2, kTls1_3 };

// What every connection of a context shares. Empty strings are "not set".
struct TlsConfig {
    TlsRole role = TlsRole::kClient;
    std::string certificate_file;  // PEM: the certificate, then its chain; may hold the private key too
    std::string key_file;          // PEM private key; empty: read from certificate_file
    std::string passphrase;        // of an encrypted private key
    std::string ca_file;           // PEM file of trusted certificates
    std::string ca_path;           // folder of trusted certificates named by hash (c_rehash)
    bool default_ca = true;        // with neither ca_file nor ca_path: trust the system's default store
    // Client: verify the server's certificate. Server: ask for a client certificate, and fail the handshake when
    // none comes or it does not verify.
    bool verify_peer = true;
    int verify_depth = -1;           // longest accepted chain (OpenSSL's verify depth); negative: OpenSSL's default
    bool allow_self_signed = false;  // accept a self-signed peer certificate that is not in the store
    std::string ciphers;             // OpenSSL cipher list for TLS 1.2 and below; empty: the default
    TlsVersion min_version = TlsVersion::kDefault;
    TlsVersion max_version = TlsVersion::kDefault;
    // ALPN protocol names. A client offers them in this order; a server picks the first of its own that the client
    // offers, and completes the handshake without ALPN when there is none in common.
    std::vector<std::string> alpn;
    size_t session_cache_size = 256;  // client: sessions kept for resumption (0: none)
};

// A certificate fingerprint: the digest's OpenSSL name ("sha256") and its value in hexadecimal (either case).
struct TlsFingerprint {
    std::string digest;
    std::string hex;
};

// What one connection adds to its context.
struct TlsPeer {
    std::string server_name;  // client: SNI name sent (never for an IP address, as RFC 6066 asks); empty: none
    // Client (and a server verifying clients): the host name or IP address the peer's certificate must match, checked
    // by OpenSSL (X509_check_host, X509_check_ip_asc); empty: not checked. It is checked even when the context does
    // not verify the chain.
    std::string verify_name;
    std::vector<std::string> alpn;  // client: offered instead of the context's list when not empty
    // The peer's certificate must match each of these, whether or not the chain is verified; the handshake fails with
    // EPROTO otherwise. An unknown digest name makes enable_tls() fail with EINVAL.
    std::vector<TlsFingerprint> fingerprints;
    // Client: the cached session to resume, and under which the new one is kept: connections with equal keys (and
    // equal server and verify names) resume each other's sessions. Empty: no resumption.
    std::string session_key;
};

// An SSL_CTX built once from a TlsConfig, shared by the connections that use it. Reference counted (one thread):
// each socket with TLS on holds a reference, so its creator may release it while connections still use it.
class TlsContext {
public:
    // A context with one reference, owned by the caller; nullptr with *error set to why (OpenSSL's reason, and the
    // file it was loading) when a file cannot be read, the key does not match the certificate, a version bound or
    // the cipher list is refused, or a server has no certificate.
    static TlsContext* create(const TlsConfig& config, std::string* error);
    TlsContext(const TlsContext&) = delete;
    TlsContext& operator=(const TlsContext&) = delete;
    void retain() { ++references_; }
    // Drops a reference; the last one frees the context and its cached sessions.
    void release();
    const TlsConfig& config() const { return config_; }
    ssl_ctx_st* ssl_ctx() const { return ctx_; }
    // How many client sessions are kept for resumption.
    size_t cached_sessions() const { return sessions_.size(); }

    // Internal, for the connections: the cached session for `key` (a new reference) or nullptr; keeping a session
    // (taking the caller's reference); forgetting one that failed.
    ssl_session_st* take_session(const std::string& key);
    void keep_session(const std::string& key, ssl_session_st* session);
    void forget_session(const std::string& key);

private:
    explicit TlsContext(const TlsConfig& config) : config_(config) {}
    ~TlsContext();
    bool load(std::string* error);
    bool load_certificate(std::string* error);
    bool load_trust(std::string* error);
    bool set_versions(std::string* error);
    bool set_alpn(std::string* error);
    static int select_alpn(ssl_st* ssl, const unsigned char** out, unsigned char* out_length, const unsigned char* in,
                           unsigned int in_length, void* arg);

    TlsConfig config_;
    ssl_ctx_st* ctx_ = nullptr;
    int references_ = 1;
    std::vector<unsigned char> alpn_wire_;             // the server's ALPN list, in the wire format
    std::map<std::string, ssl_session_st*> sessions_;  // client sessions by key, one reference each
};

// The TLS state of one connection (an SSL), owned by its Socket. Its calls never wait: they tell the socket what
// OpenSSL waits for. What a connection reports once the handshake is done is public.
class TlsSession {
public:
    // A session on the connected descriptor `fd`, holding a reference to `context`; nullptr with *error set.
    static TlsSession* create(TlsContext* context, int fd, const TlsPeer& peer, std::string* error);
    ~TlsSession();
    TlsSession(const TlsSession&) = delete;
    TlsSession& operator=(const TlsSession&) = delete;

    bool established() const { return established_; }
    // The ALPN protocol agreed on, empty when none.
    std::string alpn() const;
    // Whether the handshake resumed a session.
    bool session_reused() const;
    // The protocol ("TLSv1.3") and cipher names.
    std::string protocol() const;
    std::string cipher() const;
    // The peer's certificate in PEM, empty when it sent none.
    std::string peer_certificate_pem() const;

    // The steps, for Socket. Each returns what its OpenSSL call gives (>= 0) or -1 with errno set: EAGAIN when
    // OpenSSL waits for the socket (*want_write says for which direction), else the failure (EPROTO for TLS itself,
    // with take_failure() giving OpenSSL's reason; ECONNRESET when the peer closed during the handshake; the
    // socket's errno value). The OpenSSL error queue is empty after each. read(), write() and shutdown() before
    // the handshake has completed fail with ENOTCONN (OpenSSL would finish the handshake itself, without the name and
    // fingerprint checks); write() and shutdown() after abandon_write() with EPIPE.
    ssize_t handshake(bool* want_write);
    ssize_t read(char* buffer, size_t length, bool* want_write);
    ssize_t write(const char* data, size_t length, bool* want_write);
    // Sends close_notify: 0 when sent, -1 as above.
    ssize_t shutdown(bool* want_write);
    // Whether the last write would block: OpenSSL holds a record of that write's data, partly sent, and only a retry
    // of the same write may finish it (a write of other data would send that record and count it as its own).
    bool write_pending() const { return write_pending_; }
    // Called when a write call ends (after a failure: its wait timed out or was canceled): a record it left pending
    // can never be finished, so every later write and shutdown fails with EPIPE, and no close_notify is sent.
    void abandon_write();
    // Decrypted bytes OpenSSL holds already: readable without the socket being readable.
    bool pending() const;
    // Whether the last read waited for the socket to become writable (a read may have to send first).
    bool read_wants_write() const { return read_wants_write_; }
    // The text of the last failure, moved out (empty when the errno value says all).
    std::string take_failure();
    // Sends close_notify if it can without waiting; for a close.
    void close_notify();

private:
    TlsSession(TlsContext* context, ssl_st* ssl) : context_(context), ssl_(ssl) {}
    // The per-connection settings: role, SNI, the name to verify, ALPN, the session to resume.
    bool set_up(const TlsPeer& peer, std::string* error);
    friend struct TlsCallbacks;  // OpenSSL's callbacks (tls.cc) reach the session's state
    // Turns a failed OpenSSL call's result into -1 with errno and failure_ set; `what` names the step.
    ssize_t failed(int result, const char* what, bool* want_write);
    ssize_t write_refused();    // -1, EPIPE
    ssize_t not_established();  // -1, ENOTCONN
    bool check_name();
    bool check_fingerprints();

    TlsContext* context_;
    ssl_st* ssl_;
    int fd_ = -1;
    int io_error_ = 0;         // errno of the last send or recv that failed for real
    std::string session_key_;  // with the names: where this connection's session is cached; empty: not cached
    std::string verify_name_;
    std::vector<TlsFingerprint> fingerprints_;
    std::string failure_;
    bool established_ = false;
    bool broken_ = false;  // a fatal error happened: no close_notify
    bool read_wants_write_ = false;
    bool write_pending_ = false;  // the last write would block (see write_pending())
    bool write_broken_ = false;   // a pending write was abandoned: nothing can be sent any more
};

}  // namespace study

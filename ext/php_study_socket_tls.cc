/* SPDX-License-Identifier: MIT */
/* TLS options of Study\Coroutine\Socket::enableCrypto() and Study\Coroutine\Server: PHP's `ssl` stream context option
 * names and meanings, read into the core's TlsConfig and TlsPeer. One table of options, one wording of their errors.
 * And the request's cache of the contexts enableCrypto() makes. */
#include <cerrno>
#include <climits>
#include <cmath>
#include <cstring>
#include <map>
#include <string>
#include <vector>

#include "php_study_socket.h"
#include "php_study_timeout.h"

extern "C" {
#include "zend_exceptions.h"
}

namespace {

enum class Kind { kBool, kString, kInt, kNumber, kStringOrArray };

/* What a value of `kind` is called in a TypeError. */
const char *kind_name(Kind kind) {
    switch (kind) {
        case Kind::kBool:
            return "bool";
        case Kind::kString:
            return "string";
        case Kind::kInt:
            return "int";
        case Kind::kStringOrArray:
            return "string|array";
        default:
            return "float";
    }
}

/* One option: its name, the type it takes, and where it goes. The setter gets a value of that type, and reports a
 * value it refuses by returning the reason (nullptr when it takes it). */
struct Option {
    const char *name;
    Kind kind;
    const char *(*set)(php_study_tls_options *out, zval *value);
    bool server_only; /* a Server's option: ignored by enableCrypto(), as unknown names are */
};

std::string string_of(zval *value) { return std::string(Z_STRVAL_P(value), Z_STRLEN_P(value)); }

/* STREAM_CRYPTO_METHOD_* bits of the TLS versions (the client constants add bit 0). */
constexpr zend_long kTlsBits[] = {1 << 3, 1 << 4, 1 << 5, 1 << 6};
constexpr study::TlsVersion kTlsVersions[] = {study::TlsVersion::kTls1_0, study::TlsVersion::kTls1_1,
                                              study::TlsVersion::kTls1_2, study::TlsVersion::kTls1_3};

/* The lowest and highest TLS version in a crypto_method; versions between them that it leaves out are allowed too
 * (OpenSSL takes a range). */
const char *set_crypto_method(php_study_tls_options *out, zval *value) {
    const zend_long method = Z_LVAL_P(value);
    int lowest = -1, highest = -1;
    for (int i = 0; i < 4; i++) {
        if ((method & kTlsBits[i]) != 0) {
            lowest = lowest < 0 ? i : lowest;
            highest = i;
        }
    }
    if (lowest < 0) {
        return "must include a TLS version (a STREAM_CRYPTO_METHOD_TLS* constant); SSLv2 and SSLv3 are not supported";
    }
    out->config.min_version = kTlsVersions[lowest];
    out->config.max_version = kTlsVersions[highest];
    return nullptr;
}

const char *set_alpn(php_study_tls_options *out, zval *value) {
    std::vector<std::string> names;
    const std::string list = string_of(value);
    size_t start = 0;
    for (;;) {
        const size_t comma = list.find(',', start);
        const std::string name = list.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
        if (name.empty() || name.size() > 255) {
            return "must be a comma-separated list of protocol names of 1 to 255 bytes each";
        }
        names.push_back(name);
        if (comma == std::string::npos) {
            break;
        }
        start = comma + 1;
    }
    out->config.alpn = std::move(names);
    return nullptr;
}

/* min_proto_version / max_proto_version: one STREAM_CRYPTO_PROTO_* constant (the bits of the crypto methods), which
 * replaces that bound of crypto_method, as in PHP. */
template <bool kMin>
const char *set_proto_version(php_study_tls_options *out, zval *value) {
    for (int i = 0; i < 4; i++) {
        if (Z_LVAL_P(value) == kTlsBits[i]) {
            (kMin ? out->config.min_version : out->config.max_version) = kTlsVersions[i];
            return nullptr;
        }
    }
    return "must be a STREAM_CRYPTO_PROTO_TLSv1_* constant; SSLv3 is not supported";
}

/* peer_fingerprint, as PHP reads it: a string is an MD5 (32 hex digits) or SHA-1 (40) fingerprint; an array maps
 * digest names to fingerprints, all of which must match. */
const char *set_peer_fingerprint(php_study_tls_options *out, zval *value) {
    constexpr const char *kArrayForm = "must be a non-empty array of digest name => fingerprint strings";
    out->fingerprints.clear();
    if (Z_TYPE_P(value) == IS_STRING) {
        const size_t length = Z_STRLEN_P(value);
        if (length != 32 && length != 40) {
            return "must be an MD5 (32 hex digits) or SHA-1 (40 hex digits) fingerprint, or an array of digest name "
                   "=> fingerprint";
        }
        out->fingerprints.push_back({length == 32 ? "md5" : "sha1", string_of(value)});
        return nullptr;
    }
    if (zend_hash_num_elements(Z_ARRVAL_P(value)) == 0) {
        return kArrayForm;
    }
    zend_string *digest;
    zval *fingerprint;
    ZEND_HASH_FOREACH_STR_KEY_VAL(Z_ARRVAL_P(value), digest, fingerprint) {
        ZVAL_DEREF(fingerprint);
        if (digest == nullptr || Z_TYPE_P(fingerprint) != IS_STRING) {
            return kArrayForm;
        }
        out->fingerprints.push_back({std::string(ZSTR_VAL(digest), ZSTR_LEN(digest)), string_of(fingerprint)});
    }
    ZEND_HASH_FOREACH_END();
    return nullptr;
}

const char *set_verify_depth(php_study_tls_options *out, zval *value) {
    if (Z_LVAL_P(value) < 0 || Z_LVAL_P(value) > INT_MAX) {
        return "must be between 0 and 2147483647";
    }
    out->config.verify_depth = static_cast<int>(Z_LVAL_P(value));
    return nullptr;
}

const char *set_handshake_timeout(php_study_tls_options *out, zval *value) {
    const double seconds = Z_TYPE_P(value) == IS_LONG ? static_cast<double>(Z_LVAL_P(value)) : Z_DVAL_P(value);
    if (std::isnan(seconds)) {
        return "must be a number of seconds, not NaN";
    }
    out->handshake_timeout = seconds < 0 ? -1 : seconds;
    return nullptr;
}

/* Setters of the plain options: a string or a truthy value stored as it is. */
using Setter = const char *(*)(php_study_tls_options *out, zval *value);
template <std::string php_study_tls_options::*Field>
const char *set_string(php_study_tls_options *out, zval *value) {
    out->*Field = string_of(value);
    return nullptr;
}
template <std::string study::TlsConfig::*Field>
const char *set_config_string(php_study_tls_options *out, zval *value) {
    out->config.*Field = string_of(value);
    return nullptr;
}
template <bool php_study_tls_options::*Field>
const char *set_bool(php_study_tls_options *out, zval *value) {
    out->*Field = zend_is_true(value);
    return nullptr;
}
template <bool study::TlsConfig::*Field>
const char *set_config_bool(php_study_tls_options *out, zval *value) {
    out->config.*Field = zend_is_true(value);
    return nullptr;
}

using O = php_study_tls_options;
using C = study::TlsConfig;
const Option kOptions[] = {
    {"verify_peer", Kind::kBool, set_config_bool<&C::verify_peer>, false},
    {"verify_peer_name", Kind::kBool, set_bool<&O::verify_peer_name>, false},
    {"allow_self_signed", Kind::kBool, set_config_bool<&C::allow_self_signed>, false},
    {"SNI_enabled", Kind::kBool, set_bool<&O::sni_enabled>, false},
    {"capture_peer_cert", Kind::kBool, set_bool<&O::capture_peer_cert>, false},
    {"peer_name", Kind::kString, set_string<&O::peer_name>, false},
    {"cafile", Kind::kString, set_config_string<&C::ca_file>, false},
    {"capath", Kind::kString, set_config_string<&C::ca_path>, false},
    {"local_cert", Kind::kString, set_config_string<&C::certificate_file>, false},
    {"local_pk", Kind::kString, set_config_string<&C::key_file>, false},
    {"passphrase", Kind::kString, set_config_string<&C::passphrase>, false},
    {"ciphers", Kind::kString, set_config_string<&C::ciphers>, false},
    {"crypto_method", Kind::kInt, set_crypto_method, false},
    {"alpn_protocols", Kind::kString, set_alpn, false},
    {"min_proto_version", Kind::kInt, set_proto_version<true>, false},
    {"max_proto_version", Kind::kInt, set_proto_version<false>, false},
    {"peer_fingerprint", Kind::kStringOrArray, set_peer_fingerprint, false},
    {"verify_depth", Kind::kInt, set_verify_depth, false},
    {"handshake_timeout", Kind::kNumber, set_handshake_timeout, true},
};

/* PHP's `ssl` options that are not implemented here: given one, the call throws a ValueError rather than run without
 * what it asks for. With the reason, or the option to use instead. */
const struct {
    const char *name;
    const char *why;
} kUnsupported[] = {
    {"SNI_server_name", "is not supported (PHP 8 does not read it either): use peer_name"},
    {"CN_match", "is not supported (PHP 8 does not read it either): use peer_name"},
    {"capture_peer_cert_chain", "is not supported"},
    {"security_level", "is not supported"},
    {"disable_compression", "is not supported (OpenSSL 3 never compresses)"},
    {"no_ticket", "is not supported"},
    {"SNI_server_certs", "is not supported"},
    {"honor_cipher_order", "is not supported"},
    {"single_dh_use", "is not supported"},
    {"dh_param", "is not supported"},
    {"ecdh_curve", "is not supported"},
    {"rsa_key_size", "is not supported"},
    {"reneg_limit", "is not supported (renegotiation is refused)"},
    {"reneg_window", "is not supported (renegotiation is refused)"},
    {"session_meta", "is not supported"},
};

/* Whether `value` has the type `kind` takes. A bool option also takes an int (PHP's options are read as truthy), a
 * float option an int. */
bool type_matches(Kind kind, zval *value) {
    switch (kind) {
        case Kind::kBool:
            return Z_TYPE_P(value) == IS_TRUE || Z_TYPE_P(value) == IS_FALSE || Z_TYPE_P(value) == IS_LONG;
        case Kind::kString:
            return Z_TYPE_P(value) == IS_STRING;
        case Kind::kInt:
            return Z_TYPE_P(value) == IS_LONG;
        case Kind::kStringOrArray:
            return Z_TYPE_P(value) == IS_STRING || Z_TYPE_P(value) == IS_ARRAY;
        default:
            return Z_TYPE_P(value) == IS_LONG || Z_TYPE_P(value) == IS_DOUBLE;
    }
}

/* A ValueError for the first option of `options` that kUnsupported names; false then. */
bool refuse_unsupported(HashTable *options, uint32_t arg_num) {
    for (const auto &option : kUnsupported) {
        if (zend_hash_str_find(options, option.name, strlen(option.name)) != nullptr) {
            zend_argument_value_error(arg_num, "option \"%s\" %s", option.name, option.why);
            return false;
        }
    }
    return true;
}

}  // namespace

bool php_study_tls_options_read(HashTable *options, bool server, uint32_t arg_num, php_study_tls_options *out) {
    out->config.role = server ? study::TlsRole::kServer : study::TlsRole::kClient;
    /* A server does not ask for client certificates unless told to; a client verifies the server. */
    out->config.verify_peer = !server;
    if (options == nullptr) {
        return true;
    }
    if (!refuse_unsupported(options, arg_num)) {
        return false;
    }
    for (const Option &option : kOptions) {
        zval *value = zend_hash_str_find_deref(options, option.name, strlen(option.name));
        if (value == nullptr || (option.server_only && !server)) {
            continue;
        }
        if (!type_matches(option.kind, value)) {
            zend_argument_type_error(arg_num, "option \"%s\" must be of type %s, %s given", option.name,
                                     kind_name(option.kind), zend_zval_type_name(value));
            return false;
        }
        if (option.kind == Kind::kString && memchr(Z_STRVAL_P(value), '\0', Z_STRLEN_P(value)) != nullptr) {
            zend_argument_value_error(arg_num, "option \"%s\" must not contain any null bytes", option.name);
            return false;
        }
        if (const char *refused = option.set(out, value)) {
            zend_argument_value_error(arg_num, "option \"%s\" %s", option.name, refused);
            return false;
        }
    }
    if (server && !out->fingerprints.empty()) {
        zend_argument_value_error(arg_num, "option \"peer_fingerprint\" is not supported on the server side");
        return false;
    }
    return true;
}

study::TlsContext *php_study_tls_server_context(HashTable *ssl, uint32_t arg_num, double *handshake_timeout) {
    php_study_tls_options options;
    if (!php_study_tls_options_read(ssl, true, arg_num, &options)) {
        return nullptr;
    }
    std::string error;
    study::TlsContext *context = study::TlsContext::create(options.config, &error);
    if (context == nullptr) {
        zend_throw_exception_ex(php_study_socket_exception_ce, EINVAL, "cannot set up TLS: %s", error.c_str());
        return nullptr;
    }
    *handshake_timeout = options.handshake_timeout;
    return context;
}

void php_study_tls_peer_of(const php_study_tls_options &options, const std::string &host, study::TlsPeer *peer) {
    const std::string &name = options.peer_name.empty() ? host : options.peer_name;
    peer->server_name = options.sni_enabled ? name : std::string();
    peer->verify_name = options.verify_peer_name ? name : std::string();
    peer->fingerprints = options.fingerprints;
}

namespace {

/* The TLS contexts made by enableCrypto() in this request, by their configuration (one reference each). */
std::map<std::string, study::TlsContext *> g_contexts;
/* Beyond this many different configurations in one request, the cache starts again. */
constexpr size_t kMaxContexts = 32;

/* Every field of `config`, each preceded by its length, so that no two configurations share a key. */
std::string key_of(const study::TlsConfig &config) {
    std::string key;
    auto add = [&key](const std::string &field) {
        key += std::to_string(field.size());
        key += ':';
        key += field;
    };
    add(config.role == study::TlsRole::kServer ? "server" : "client");
    add(config.certificate_file);
    add(config.key_file);
    add(config.passphrase);
    add(config.ca_file);
    add(config.ca_path);
    add(config.ciphers);
    add(std::to_string(config.default_ca) + std::to_string(config.verify_peer) + std::to_string(config.verify_depth) +
        std::to_string(config.allow_self_signed) + std::to_string(static_cast<int>(config.min_version)) +
        std::to_string(static_cast<int>(config.max_version)) + std::to_string(config.session_cache_size));
    for (const std::string &name : config.alpn) {
        add(name);
    }
    return key;
}

void release_contexts() {
    for (auto &entry : g_contexts) {
        entry.second->release(); /* sockets that use one hold their own reference */
    }
    g_contexts.clear();
}

}  // namespace

study::TlsContext *php_study_tls_context_for(const study::TlsConfig &config, std::string *error) {
    const std::string key = key_of(config);
    auto found = g_contexts.find(key);
    if (found != g_contexts.end()) {
        found->second->retain();
        return found->second;
    }
    study::TlsContext *context = study::TlsContext::create(config, error);
    if (context == nullptr) {
        return nullptr;
    }
    if (g_contexts.size() >= kMaxContexts) {
        release_contexts();
    }
    context->retain(); /* one for the cache, one for the caller */
    g_contexts.emplace(key, context);
    return context;
}

void php_study_tls_rshutdown(void) { release_contexts(); }

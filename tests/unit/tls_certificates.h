// SPDX-License-Identifier: MIT
// Certificates for the TLS tests, made at run time with OpenSSL's API and written as PEM files into a temporary
// folder: no private key is ever committed.
#pragma once

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <string>

namespace study_test {

// A key and its certificate, both owned.
struct Identity {
    EVP_PKEY* key = nullptr;
    X509* certificate = nullptr;
    std::string certificate_file;  // PEM of the certificate
    std::string key_file;          // PEM of the key

    Identity() = default;
    Identity(const Identity&) = delete;
    Identity& operator=(const Identity&) = delete;
    ~Identity() {
        X509_free(certificate);
        EVP_PKEY_free(key);
    }
};

// What a certificate says about itself.
struct CertificateSpec {
    std::string common_name;
    std::string subject_alt_names;  // e.g. "DNS:localhost,IP:127.0.0.1"; empty: none
    bool is_ca = false;
    long valid_from = -3600;  // seconds from now
    long valid_to = 86400;
};

inline void add_extension(X509* certificate, X509* issuer, int nid, const std::string& value) {
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, issuer, certificate, nullptr, nullptr, 0);
    X509_EXTENSION* extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value.c_str());
    X509_add_ext(certificate, extension, -1);
    X509_EXTENSION_free(extension);
}

inline bool write_pem(const std::string& path, X509* certificate, EVP_PKEY* key) {
    FILE* file = fopen(path.c_str(), "w");
    if (file == nullptr) {
        return false;
    }
    const bool ok = certificate != nullptr
                        ? PEM_write_X509(file, certificate) == 1
                        : PEM_write_PrivateKey(file, key, nullptr, nullptr, 0, nullptr, nullptr) == 1;
    fclose(file);
    return ok;
}

// Makes `out` a new P-256 key and a certificate for `spec`, signed by `issuer` (self-signed when nullptr), written to
// `folder`/`name`.crt and .key.
inline void make_identity(const std::string& folder, const std::string& name, const CertificateSpec& spec,
                          const Identity* issuer, Identity* out) {
    static long serial = 1;
    out->key = EVP_EC_gen("P-256");
    out->certificate = X509_new();
    X509* certificate = out->certificate;
    X509_set_version(certificate, 2);
    ASN1_INTEGER_set(X509_get_serialNumber(certificate), serial++);
    X509_gmtime_adj(X509_getm_notBefore(certificate), spec.valid_from);
    X509_gmtime_adj(X509_getm_notAfter(certificate), spec.valid_to);
    X509_set_pubkey(certificate, out->key);
    X509_NAME* subject = X509_get_subject_name(certificate);
    X509_NAME_add_entry_by_txt(subject, "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char*>(spec.common_name.c_str()), -1, -1, 0);
    X509* issuer_certificate = issuer != nullptr ? issuer->certificate : certificate;
    X509_set_issuer_name(certificate, X509_get_subject_name(issuer_certificate));
    add_extension(certificate, issuer_certificate, NID_basic_constraints, spec.is_ca ? "critical,CA:TRUE" : "CA:FALSE");
    add_extension(certificate, issuer_certificate, NID_subject_key_identifier, "hash");
    if (spec.is_ca) {
        add_extension(certificate, issuer_certificate, NID_key_usage, "critical,keyCertSign,cRLSign");
    } else {
        add_extension(certificate, issuer_certificate, NID_authority_key_identifier, "keyid:always");
    }
    if (!spec.subject_alt_names.empty()) {
        add_extension(certificate, issuer_certificate, NID_subject_alt_name, spec.subject_alt_names);
    }
    X509_sign(certificate, issuer != nullptr ? issuer->key : out->key, EVP_sha256());
    out->certificate_file = folder + "/" + name + ".crt";
    out->key_file = folder + "/" + name + ".key";
    write_pem(out->certificate_file, certificate, nullptr);
    write_pem(out->key_file, nullptr, out->key);
}

// A temporary folder, removed with its files.
struct TemporaryFolder {
    std::string path;
    TemporaryFolder() {
        char pattern[] = "/tmp/study-tls-XXXXXX";
        path = mkdtemp(pattern);
    }
    ~TemporaryFolder() {
        const std::string command = "rm -rf '" + path + "'";
        if (system(command.c_str()) != 0) {
            perror("rm");
        }
    }
};

// The test PKI: a CA, a leaf it signed for localhost and 127.0.0.1, an expired leaf, a self-signed one, and a
// second CA with a leaf of its own (untrusted by clients that trust only the first).
struct TestPki {
    TemporaryFolder folder;
    Identity ca, leaf, expired, self_signed, other_ca, other_leaf;
    TestPki() {
        const std::string& dir = folder.path;
        make_identity(dir, "ca", {"study test CA", "", true}, nullptr, &ca);
        make_identity(dir, "leaf", {"localhost", "DNS:localhost,IP:127.0.0.1"}, &ca, &leaf);
        make_identity(dir, "expired", {"localhost", "DNS:localhost,IP:127.0.0.1", false, -172800, -86400}, &ca,
                      &expired);
        make_identity(dir, "self", {"localhost", "DNS:localhost,IP:127.0.0.1"}, nullptr, &self_signed);
        make_identity(dir, "other-ca", {"another CA", "", true}, nullptr, &other_ca);
        make_identity(dir, "other-leaf", {"localhost", "DNS:localhost,IP:127.0.0.1"}, &other_ca, &other_leaf);
    }
};

}  // namespace study_test

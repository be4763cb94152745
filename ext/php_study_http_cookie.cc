/* SPDX-License-Identifier: MIT */
/* Response::cookie(): setcookie()'s arguments, checked and worded as setcookie() does, into a Set-Cookie field. */
#include <cstring>
#include <ctime>
#include <string>

#include "php_study_http.h"

extern "C" {
#include "ext/date/php_date.h"
#include "ext/standard/url.h"
#include "zend_smart_str.h"
}

namespace {

struct CookieOptions {
    zend_long expires = 0;
    zend_string *path = nullptr, *domain = nullptr, *samesite = nullptr;
    bool secure = false, httponly = false;
};

/* Sets a string option; a key given twice in other case ("path", "Path") replaces the first value, as in setcookie().
 */
void set_string(zend_string **slot, zval *value) {
    if (*slot != nullptr) {
        zend_string_release(*slot);
    }
    *slot = zval_get_string(value);
}

/* The options array of the second form: expires, path, domain, secure, httponly, samesite. */
bool read_options(HashTable *options, CookieOptions *out) {
    zend_string *key;
    zval *value;
    ZEND_HASH_FOREACH_STR_KEY_VAL(options, key, value) {
        if (key == nullptr) {
            zend_argument_value_error(3, "option array cannot have numeric keys");
            return false;
        }
        if (zend_string_equals_literal_ci(key, "expires")) {
            out->expires = zval_get_long(value);
        } else if (zend_string_equals_literal_ci(key, "path")) {
            set_string(&out->path, value);
        } else if (zend_string_equals_literal_ci(key, "domain")) {
            set_string(&out->domain, value);
        } else if (zend_string_equals_literal_ci(key, "secure")) {
            out->secure = zend_is_true(value);
        } else if (zend_string_equals_literal_ci(key, "httponly")) {
            out->httponly = zend_is_true(value);
        } else if (zend_string_equals_literal_ci(key, "samesite")) {
            set_string(&out->samesite, value);
        } else {
            zend_argument_value_error(3, "option \"%s\" is invalid", ZSTR_VAL(key));
            return false;
        }
    }
    ZEND_HASH_FOREACH_END();
    return true;
}

/* The first expiry time in the year 10000 (UTC): a date the Expires attribute cannot write in four digits. */
constexpr zend_long kYear10000 = 253402300800;

/* setcookie()'s checks of the name and of the attributes. */
bool valid(zend_string *name, const CookieOptions &options) {
    if (options.expires >= kYear10000) {
        zend_value_error("Study\\Http\\Response::cookie(): \"expires\" option cannot have a year greater than 9999");
        return false;
    }
    if (ZSTR_LEN(name) == 0) {
        zend_argument_value_error(1, "cannot be empty");
        return false;
    }
    if (strpbrk(ZSTR_VAL(name), "=,; \t\r\n\013\014") != nullptr || memchr(ZSTR_VAL(name), 0, ZSTR_LEN(name))) {
        zend_argument_value_error(1,
                                  "cannot contain \"=\", \",\", \";\", \" \", \"\\t\", \"\\r\", \"\\n\", \"\\013\", "
                                  "or \"\\014\"");
        return false;
    }
    zend_string *attributes[] = {options.path, options.domain, options.samesite};
    for (zend_string *attribute : attributes) {
        if (attribute != nullptr && (strpbrk(ZSTR_VAL(attribute), ",; \t\r\n\013\014") != nullptr ||
                                     memchr(ZSTR_VAL(attribute), 0, ZSTR_LEN(attribute)))) {
            zend_value_error(
                "Study\\Http\\Response::cookie(): the path, domain and samesite options cannot contain \",\", \";\", "
                "\" \", \"\\t\", \"\\r\", \"\\n\", \"\\013\", or \"\\014\"");
            return false;
        }
    }
    return true;
}

void append_expiry(smart_str *out, zend_long expires) {
    zend_string *date = php_format_date("D, d M Y H:i:s \\G\\M\\T", sizeof("D, d M Y H:i:s \\G\\M\\T") - 1, expires, 0);
    smart_str_appends(out, "; expires=");
    smart_str_append(out, date);
    zend_string_release(date);
    const zend_long left = expires - static_cast<zend_long>(time(nullptr));
    smart_str_appends(out, "; Max-Age=");
    smart_str_append_long(out, left > 0 ? left : 0);
}

zend_string *format(zend_string *name, zend_string *value, const CookieOptions &options) {
    smart_str out = {};
    smart_str_append(&out, name);
    smart_str_appendc(&out, '=');
    if (value == nullptr || ZSTR_LEN(value) == 0) {
        /* As setcookie(): an empty value deletes the cookie. */
        smart_str_appends(&out, "deleted; expires=Thu, 01 Jan 1970 00:00:01 GMT; Max-Age=0");
    } else {
        zend_string *encoded = php_url_encode(ZSTR_VAL(value), ZSTR_LEN(value));
        smart_str_append(&out, encoded);
        zend_string_release(encoded);
        if (options.expires > 0) {
            append_expiry(&out, options.expires);
        }
    }
    const std::pair<const char *, zend_string *> attributes[] = {
        {"; path=", options.path}, {"; domain=", options.domain}, {"; SameSite=", options.samesite}};
    for (const auto &attribute : attributes) {
        if (attribute.second != nullptr && ZSTR_LEN(attribute.second) > 0) {
            smart_str_appends(&out, attribute.first);
            smart_str_append(&out, attribute.second);
        }
    }
    if (options.secure) {
        smart_str_appends(&out, "; secure");
    }
    if (options.httponly) {
        smart_str_appends(&out, "; HttpOnly");
    }
    return smart_str_extract(&out);
}

}  // namespace

bool php_study_http_set_cookie(INTERNAL_FUNCTION_PARAMETERS, study::http::Connection *connection) {
    (void)return_value;
    zend_string *name, *value = nullptr, *path = nullptr, *domain = nullptr;
    HashTable *array = nullptr;
    zend_long expires = 0;
    bool secure = false, httponly = false;
    ZEND_PARSE_PARAMETERS_START(1, 7)
        Z_PARAM_STR(name)
        Z_PARAM_OPTIONAL
        Z_PARAM_STR(value)
        Z_PARAM_ARRAY_HT_OR_LONG(array, expires)
        Z_PARAM_STR(path)
        Z_PARAM_STR(domain)
        Z_PARAM_BOOL(secure)
        Z_PARAM_BOOL(httponly)
        ZEND_PARSE_PARAMETERS_END_EX(return false);
        CookieOptions options;
        bool ok = true;
        if (array != nullptr) {
            if (ZEND_NUM_ARGS() > 3) {
                zend_argument_count_error(
                    "Study\\Http\\Response::cookie(): Expects exactly 3 arguments when argument #3 "
                    "($expires_or_options) is an array");
                return false;
            }
            ok = read_options(array, &options);
        } else {
            options.expires = expires;
            options.path = path != nullptr ? zend_string_copy(path) : nullptr;
            options.domain = domain != nullptr ? zend_string_copy(domain) : nullptr;
            options.secure = secure;
            options.httponly = httponly;
        }
        ok = ok && valid(name, options);
        if (ok && connection != nullptr && !connection->response_started()) {
            zend_string *field = format(name, value, options);
            ok = connection->add_header("Set-Cookie", {ZSTR_VAL(field), ZSTR_LEN(field)});
            zend_string_release(field);
        } else {
            ok = false;
        }
        for (zend_string *owned : {options.path, options.domain, options.samesite}) {
            if (owned != nullptr) {
                zend_string_release(owned);
            }
        }
        return ok;
}

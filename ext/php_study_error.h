/* SPDX-License-Identifier: MIT */
/* The one way errCode and errMsg are set on the objects that have them (Socket, Server, Channel). */
#pragma once

#include <cstdint>
#include <cstring>

#include "php.h"

/* Where a class keeps errCode and errMsg, looked up once at MINIT. */
struct php_study_error_properties {
    static constexpr uint32_t kNone = UINT32_MAX;
    uint32_t code = kNone;    /* offset of the int errCode */
    uint32_t message = kNone; /* offset of the string errMsg; kNone when the class has none */
};

/* The errCode (and errMsg, when declared) properties of `ce`. */
inline php_study_error_properties php_study_error_properties_of(zend_class_entry *ce) {
    php_study_error_properties properties;
    auto offset_of = [ce](const char *name) {
        auto *info =
            static_cast<zend_property_info *>(zend_hash_str_find_ptr(&ce->properties_info, name, strlen(name)));
        return info != nullptr ? info->offset : php_study_error_properties::kNone;
    };
    properties.code = offset_of("errCode");
    properties.message = offset_of("errMsg");
    return properties;
}

/* Sets errCode to `code` and errMsg (when the class has it) to `message`. The properties are typed (int, string), so
 * each holds a value of its type, nothing (unset: set again here), or a reference to one (written through). */
inline void php_study_set_error(zend_object *object, const php_study_error_properties &properties, zend_long code,
                                const char *message) {
    zval *slot = OBJ_PROP(object, properties.code);
    ZVAL_DEREF(slot);
    ZVAL_LONG(slot, code);
    if (properties.message == php_study_error_properties::kNone) {
        return;
    }
    slot = OBJ_PROP(object, properties.message);
    ZVAL_DEREF(slot);
    zval old;
    ZVAL_COPY_VALUE(&old, slot);
    if (message == nullptr || *message == '\0') {
        ZVAL_EMPTY_STRING(slot);
    } else {
        ZVAL_STRING(slot, message);
    }
    zval_ptr_dtor(&old);
}

/* For the errno values of sockets: errCode `error` and errMsg `message`, or strerror(error) when none is given; 0 and
 * "" after a call that worked. */
inline void php_study_set_errno(zend_object *object, const php_study_error_properties &properties, int error,
                                const char *message = nullptr) {
    php_study_set_error(object, properties, error, error == 0 ? "" : message != nullptr ? message : strerror(error));
}

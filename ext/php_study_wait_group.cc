/* SPDX-License-Identifier: MIT */
/* Study\Coroutine\WaitGroup: the core's WaitGroup, a counter coroutines wait on until it reaches zero. */

#include "php_study_coroutine.h"
#include "php_study_timeout.h"
#include "stubs/php_study_wait_group_arginfo.h"
#include "study/wait_group.h"

zend_class_entry *php_study_wait_group_ce;

namespace {

struct php_study_wait_group {
    study::WaitGroup *group; /* made with the object, so a subclass that skips the constructor still works */
    zend_object std;
};

zend_object_handlers g_handlers;

php_study_wait_group *wait_group_from(zend_object *object) {
    return reinterpret_cast<php_study_wait_group *>(reinterpret_cast<char *>(object) -
                                                    XtOffsetOf(php_study_wait_group, std));
}

study::WaitGroup *group_of(zval *self) { return wait_group_from(Z_OBJ_P(self))->group; }

zend_object *create_object(zend_class_entry *ce) {
    auto *wg = static_cast<php_study_wait_group *>(zend_object_alloc(sizeof(php_study_wait_group), ce));
    wg->group = new study::WaitGroup;
    zend_object_std_init(&wg->std, ce);
    object_properties_init(&wg->std, ce);
    wg->std.handlers = &g_handlers;
    return &wg->std;
}

void free_object(zend_object *object) {
    php_study_wait_group *wg = wait_group_from(object);
    delete wg->group;
    wg->group = nullptr;
    zend_object_std_dtor(object);
}

/* Adds delta; throws ValueError (argument arg_num) or Error when the counter would go below zero. */
bool add(study::WaitGroup *group, zend_long delta, uint32_t arg_num) {
    if (group->add(delta)) {
        return true;
    }
    if (arg_num != 0) {
        zend_argument_value_error(arg_num, "would make the counter negative or overflow it (it is " ZEND_LONG_FMT ")",
                                  static_cast<zend_long>(group->count()));
    } else {
        php_study_throw_misuse("Study\\Coroutine\\WaitGroup::done() was called more times than add() counted");
    }
    return false;
}

}  // namespace

PHP_METHOD(Study_Coroutine_WaitGroup, __construct) {
    zend_long delta = 0;
    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(delta)
    ZEND_PARSE_PARAMETERS_END();
    if (!add(group_of(ZEND_THIS), delta, 1)) {
        RETURN_THROWS();
    }
}

PHP_METHOD(Study_Coroutine_WaitGroup, add) {
    zend_long delta = 1;
    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(delta)
    ZEND_PARSE_PARAMETERS_END();
    if (!add(group_of(ZEND_THIS), delta, 1)) {
        RETURN_THROWS();
    }
}

PHP_METHOD(Study_Coroutine_WaitGroup, done) {
    ZEND_PARSE_PARAMETERS_NONE();
    if (!add(group_of(ZEND_THIS), -1, 0)) {
        RETURN_THROWS();
    }
}

PHP_METHOD(Study_Coroutine_WaitGroup, wait) {
    double timeout = -1;
    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_DOUBLE(timeout)
    ZEND_PARSE_PARAMETERS_END();
    if (!php_study_timeout_valid(timeout, 1)) {
        RETURN_THROWS();
    }
    study::WaitGroup *group = group_of(ZEND_THIS);
    if (group->count() == 0) {
        RETURN_TRUE;
    }
    if (timeout == 0) {
        RETURN_FALSE;
    }
    if (!php_study_wait_begin("Study\\Coroutine\\WaitGroup::wait()")) {
        RETURN_THROWS();
    }
    const study::WakeReason reason = group->wait(timeout < 0 ? -1 : timeout);
    if (!php_study_wait_end(reason)) {
        RETURN_THROWS();
    }
    if (reason == study::WakeReason::kCanceled) {
        php_study_throw_canceled("Study\\Coroutine\\WaitGroup::wait()");
        RETURN_THROWS();
    }
    RETURN_BOOL(reason == study::WakeReason::kDone);
}

PHP_METHOD(Study_Coroutine_WaitGroup, count) {
    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_LONG(static_cast<zend_long>(group_of(ZEND_THIS)->count()));
}

void php_study_wait_group_minit(int module_number) {
    (void)module_number;
    php_study_wait_group_ce = register_class_Study_Coroutine_WaitGroup();
    php_study_wait_group_ce->create_object = create_object;
    memcpy(&g_handlers, zend_get_std_object_handlers(), sizeof(g_handlers));
    g_handlers.offset = XtOffsetOf(php_study_wait_group, std);
    g_handlers.free_obj = free_object;
    g_handlers.clone_obj = nullptr;
}

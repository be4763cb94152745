/* SPDX-License-Identifier: MIT */
#ifndef PHP_STUDY_H
#define PHP_STUDY_H

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

extern "C" {
#include "php.h"
}

#define PHP_STUDY_VERSION "0.2.0"

extern zend_module_entry study_module_entry;
#define phpext_study_ptr &study_module_entry

ZEND_BEGIN_MODULE_GLOBALS(study)
    zend_long stack_size;     /* study.stack_size: C stack bytes per coroutine */
    zend_long max_coroutines; /* study.max_coroutines: 0 for no limit */
    zend_long hook_flags;     /* study.hook_flags: Study\Runtime hooks enabled at the start of every request */
    zend_long dump_signal;    /* study.dump_signal: the signal that dumps every coroutine to stderr, 0 for none */
    bool shutdown_registered; /* the end-of-script coroutine cleanup is registered for this request */
ZEND_END_MODULE_GLOBALS(study)

ZEND_EXTERN_MODULE_GLOBALS(study)
#define STUDY_G(v) ZEND_MODULE_GLOBALS_ACCESSOR(study, v)

#endif /* PHP_STUDY_H */

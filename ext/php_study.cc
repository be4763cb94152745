/* SPDX-License-Identifier: MIT */
/* The study module: INI settings, lifecycle, phpinfo(), and the table of class initialisers. */
#include "php_study.h"

extern "C" {
#include "ext/standard/info.h"
}

#include "php_study_coroutine.h"
#include "php_study_curl.h"
#include "php_study_http.h"
#include "php_study_pgsql.h"
#include "php_study_socket.h"
#include "stubs/php_study_arginfo.h"
#include "study/context.h"
#include "study/coroutine.h"
#include "study/version.h"

ZEND_DECLARE_MODULE_GLOBALS(study)

bool php_study_stack_size_valid(zend_long size);
bool php_study_hook_flags_valid(zend_long flags);

namespace {

ZEND_INI_MH(php_study_on_update_stack_size) {
    zend_long size = zend_ini_parse_quantity_warn(new_value, entry->name);
    if (!php_study_stack_size_valid(size)) {
        php_error_docref(nullptr, E_WARNING, "study.stack_size must be between 64K and 512M, \"%s\" given",
                         ZSTR_VAL(new_value));
        return FAILURE;
    }
    STUDY_G(stack_size) = size;
    study::Coroutine::set_stack_size(static_cast<size_t>(size));
    return SUCCESS;
}

ZEND_INI_MH(php_study_on_update_max_coroutines) {
    zend_long max = ZEND_STRTOL(ZSTR_VAL(new_value), nullptr, 10);
    if (max < 0) {
        php_error_docref(nullptr, E_WARNING, "study.max_coroutines must be 0 (no limit) or more, \"%s\" given",
                         ZSTR_VAL(new_value));
        return FAILURE;
    }
    STUDY_G(max_coroutines) = max;
    study::Coroutine::set_max(static_cast<size_t>(max));
    return SUCCESS;
}

ZEND_INI_MH(php_study_on_update_hook_flags) {
    const zend_long flags = ZEND_STRTOL(ZSTR_VAL(new_value), nullptr, 0);
    if (!php_study_hook_flags_valid(flags)) {
        php_error_docref(nullptr, E_WARNING,
                         "study.hook_flags must be a combination of Study\\Runtime::HOOK_* bits, \"%s\" given",
                         ZSTR_VAL(new_value));
        return FAILURE;
    }
    STUDY_G(hook_flags) = flags;
    return SUCCESS;
}

/* PHP_INI_SYSTEM: the signal is taken at the start of every request, and the engine's interrupt hook is installed at
 * startup only when a signal is set (ext/php_study_dump.cc). */
ZEND_INI_MH(php_study_on_update_dump_signal) {
    zend_long signo = 0;
    if (!php_study_dump_signal_parse(new_value, &signo)) {
        return FAILURE; /* warned; at startup the default applies: off */
    }
    STUDY_G(dump_signal) = signo;
    return SUCCESS;
}

PHP_INI_BEGIN()
    PHP_INI_ENTRY("study.stack_size", "2M", PHP_INI_ALL, php_study_on_update_stack_size)
    PHP_INI_ENTRY("study.max_coroutines", "0", PHP_INI_ALL, php_study_on_update_max_coroutines)
    PHP_INI_ENTRY("study.hook_flags", "0", PHP_INI_SYSTEM | PHP_INI_PERDIR, php_study_on_update_hook_flags)
    PHP_INI_ENTRY("study.dump_signal", "", PHP_INI_SYSTEM, php_study_on_update_dump_signal)
PHP_INI_END()

/* Each PHP class of the binding registers itself here. */
using php_study_minit_fn = void (*)(int module_number);
constexpr php_study_minit_fn kClassInitializers[] = {
    php_study_coroutine_minit,   php_study_timer_minit,  php_study_channel_minit, php_study_wait_group_minit,
    php_study_socket_minit,      php_study_server_minit, php_study_system_minit,  php_study_runtime_minit,
    php_study_http_server_minit, php_study_pool_minit,
};

PHP_GINIT_FUNCTION(study) { memset(study_globals, 0, sizeof(*study_globals)); }

PHP_MINIT_FUNCTION(study) {
    REGISTER_INI_ENTRIES();
    for (php_study_minit_fn minit : kClassInitializers) {
        minit(module_number);
    }
    php_study_dump_minit();
    return SUCCESS;
}

PHP_MSHUTDOWN_FUNCTION(study) {
    php_study_runtime_mshutdown();
    php_study_dump_mshutdown();
    php_study_script_end_mshutdown();
    php_study_origin_mshutdown();
    UNREGISTER_INI_ENTRIES();
    /* The module may be unloaded right after this: give back what the core keeps for reuse. */
    study::Coroutine::release_caches();
    return SUCCESS;
}

PHP_RINIT_FUNCTION(study) {
    php_study_coroutine_rinit();
    php_study_runtime_rinit();
    php_study_signal_rinit();
    php_study_dump_rinit(); /* the dump signal is taken before the script runs */
    return SUCCESS;
}

PHP_RSHUTDOWN_FUNCTION(study) {
    php_study_runtime_rshutdown(); /* streams closed from now on do not wait for abandoned coroutines */
    php_study_wait_rshutdown();    /* it releases the waits of the coroutines abandoned next */
    php_study_signal_rshutdown();  /* after the waits: every signal gets its disposition back */
    php_study_dump_rshutdown();
    php_study_coroutine_rshutdown();
    php_study_tls_rshutdown();
    return SUCCESS;
}

PHP_MINFO_FUNCTION(study) {
    php_info_print_table_start();
    php_info_print_table_row(2, "study support", "enabled");
    php_info_print_table_row(2, "Version", PHP_STUDY_VERSION);
    php_info_print_table_row(2, "Context backend", study::context_backend());
    for (const auto &[name, version] : study::library_versions()) {
        php_info_print_table_row(2, name.c_str(), version.c_str());
    }
    php_info_print_table_row(2, "HOOK_CURL", php_study_curl_built_with());
    php_info_print_table_row(
        2, "HOOK_PGSQL, HOOK_PDO_PGSQL",
        php_study_pgsql_built() ? "built (libpq 14+ headers)" : "not built (no libpq 14+ headers)");
    php_info_print_table_end();
    DISPLAY_INI_ENTRIES();
}

}  // namespace

zend_module_entry study_module_entry = {
    STANDARD_MODULE_HEADER,
    "study",
    ext_functions,
    PHP_MINIT(study),
    PHP_MSHUTDOWN(study),
    PHP_RINIT(study),
    PHP_RSHUTDOWN(study),
    PHP_MINFO(study),
    PHP_STUDY_VERSION,
    PHP_MODULE_GLOBALS(study),
    PHP_GINIT(study),
    nullptr,
    nullptr,
    STANDARD_MODULE_PROPERTIES_EX,
};

#ifdef COMPILE_DL_STUDY
ZEND_GET_MODULE(study)
#endif

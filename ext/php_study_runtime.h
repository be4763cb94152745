/* SPDX-License-Identifier: MIT */
/* Study\Runtime's hooks of PHP functions (ext/php_study_runtime.cc), shared with the files that hook more of them. */
#pragma once

#include "php.h"

/* One PHP function whose handler a hook replaces. */
struct php_study_hook {
    const char *name;
    zend_long flag; /* the Study\Runtime::HOOK_* bit that turns it on */
    zif_handler handler;
    zif_handler original; /* PHP's handler, saved each time the hook is applied and put back when it is removed */
    bool hooked;
};

/* Puts the hook's handler in place of PHP's (on) or PHP's back (off); nothing when the function does not exist. */
void php_study_set_hook(php_study_hook &hook, bool on);

/* HOOK_PROC and HOOK_FILE (ext/php_study_proc.cc): hooks what `flags` names, unhooks the rest; at the end of the
 * request everything is PHP's again. */
bool php_study_proc_hook(zend_long flags, bool request_end);

/* SPDX-License-Identifier: MIT */
/* Study\Runtime::HOOK_CURL (ext/php_study_curl.cc): the curl extension's calls into libcurl that wait, redirected at
 * their import slots so that they wait as coroutines. */
#pragma once

/* Redirects (true) or gives back (false) the curl extension's imports of libcurl's waiting calls. Called by
 * Study\Runtime's apply(); the curl extension must be loaded by then (it is, at enableCoroutine() and at RINIT). */
void php_study_curl_hook(bool on);
/* The end of a request: frees the private multi handles that served curl_easy_perform(). */
void php_study_curl_rshutdown(void);
/* The module is unloaded next: every import slot gets libcurl's function back. */
void php_study_curl_mshutdown(void);
/* The libcurl version whose headers the hooks were built with, for `php --ri study`. */
const char *php_study_curl_built_with(void);

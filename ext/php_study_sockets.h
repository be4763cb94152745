/* SPDX-License-Identifier: MIT */
/* HOOK_SOCKETS (ext/php_study_sockets.cc): the sockets extension's blocking calls wait as coroutines. */
#pragma once

/* Study\Runtime's bit for the sockets extension. */
#define PHP_STUDY_HOOK_SOCKETS (1 << 14)

/* Redirects (on) or gives back (off) the C library calls through which the sockets extension (sockets.so) blocks.
 * Nothing when the extension is not loaded or is built into the php binary. */
void php_study_sockets_hook(bool on);

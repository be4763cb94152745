// SPDX-License-Identifier: MIT
// Preloaded before the sanitizer runtimes when PHP loads the ASan build of study.so: PHP 8.2 opens extensions with
// RTLD_DEEPBIND, which ASan refuses (it would bypass its interceptors), so the flag is dropped here and the call
// passed on to the next dlopen (ASan's, then libc's).
#define _GNU_SOURCE
#include <dlfcn.h>

void *dlopen(const char *file, int mode) {
    static void *(*next)(const char *, int);
    if (next == 0) {
        next = (void *(*)(const char *, int))dlsym(RTLD_NEXT, "dlopen");
    }
    return next(file, mode & ~RTLD_DEEPBIND);
}

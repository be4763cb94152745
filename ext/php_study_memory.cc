/* SPDX-License-Identifier: MIT */
/* Memory trimming: after a burst of many coroutines has ended, the memory the allocators keep for reuse goes back to
 * the system, so that the process shrinks back near its size before the burst. */
#include <malloc.h>

#include "php_study_coroutine.h"
#include "study/coroutine.h"

using study::Coroutine;

namespace {

constexpr size_t kBurstSize = 65536;
size_t g_burst_peak = 0;

}  // namespace

void php_study_memory_after_create(void) {
    if (Coroutine::count() > g_burst_peak) {
        g_burst_peak = Coroutine::count();
    }
}

void php_study_memory_after_close(void) {
    const size_t live = Coroutine::count();
    if (live > g_burst_peak) {
        g_burst_peak = live;
    } else if (g_burst_peak >= kBurstSize && live * 8 < g_burst_peak) {
        g_burst_peak = live;
        zend_mm_gc(zend_mm_get_heap());
#ifdef __GLIBC__
        malloc_trim(0);
#endif
    }
}

/* SPDX-License-Identifier: MIT */
/* Study\Runtime::metrics(): the core's counters (study::write_core_metrics(), src/base/metrics.cc) and PHP's memory
 * use, as Prometheus text. */
#include "php_study_coroutine.h"
#include "study/metrics.h"

namespace {

/* memory_get_usage() and memory_get_peak_usage(), with and without $real_usage. Zend's allocator keeps these figures;
 * with USE_ZEND_ALLOC=0 (valgrind) it is not used and they are 0. */
void write_memory(study::MetricsText *out) {
    out->gauge("study_memory_used_bytes", "PHP's memory in use, as memory_get_usage().", zend_memory_usage(false));
    out->gauge("study_memory_allocated_bytes", "PHP's memory taken from the system, as memory_get_usage(true).",
               zend_memory_usage(true));
    out->gauge("study_memory_peak_used_bytes", "The most of PHP's memory in use at once, as memory_get_peak_usage().",
               zend_memory_peak_usage(false));
    out->gauge("study_memory_peak_allocated_bytes",
               "The most memory PHP took from the system at once, as memory_get_peak_usage(true).",
               zend_memory_peak_usage(true));
}

}  // namespace

PHP_METHOD(Study_Runtime, metrics) {
    ZEND_PARSE_PARAMETERS_NONE();
    study::MetricsText out;
    study::write_core_metrics(&out);
    write_memory(&out);
    RETURN_STRINGL(out.text().data(), out.text().size());
}

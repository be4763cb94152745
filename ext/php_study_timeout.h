/* SPDX-License-Identifier: MIT */
/* The one rule for arguments that are seconds, and the one wording of their errors.
 * - A timeout (how long a call may wait): negative waits without limit, 0 does not wait, above 0 waits up to that
 *   long, infinity has no limit. Only NaN is refused.
 * - A duration (Study\Coroutine::sleep(), a timer's delay): finite and 0 or more (above 0 for a repeating timer). */
#pragma once

#include <cmath>

#include "php.h"

/* False, with a ValueError naming argument `arg_num`, when `seconds` is not a timeout (NaN). */
inline bool php_study_timeout_valid(double seconds, uint32_t arg_num) {
    if (UNEXPECTED(std::isnan(seconds))) {
        zend_argument_value_error(arg_num, "must be a number of seconds, not NaN");
        return false;
    }
    return true;
}

/* A checked timeout as the core takes it in *out: -1 (no limit) for any negative value, else `seconds`. */
inline bool php_study_timeout_arg(double seconds, uint32_t arg_num, double *out) {
    if (!php_study_timeout_valid(seconds, arg_num)) {
        return false;
    }
    *out = seconds < 0 ? -1 : seconds;
    return true;
}

/* False, with a ValueError naming argument `arg_num`, when `seconds` is not a duration: finite, and 0 or more (above
 * 0 when `above_zero`). */
inline bool php_study_duration_valid(double seconds, uint32_t arg_num, bool above_zero = false) {
    if (UNEXPECTED(!std::isfinite(seconds) || seconds < 0 || (above_zero && seconds == 0))) {
        zend_argument_value_error(arg_num, above_zero ? "must be a finite number of seconds above 0"
                                                      : "must be a finite number of seconds, 0 or more");
        return false;
    }
    return true;
}

// SPDX-License-Identifier: MIT
#include "study/error.h"

namespace study {

namespace {
thread_local Error g_last_error = Error::kOk;

constexpr const char* kMessages[] = {
#define STUDY_ERROR_MESSAGE(name, message) message,
    STUDY_ERROR_MAP(STUDY_ERROR_MESSAGE)
#undef STUDY_ERROR_MESSAGE
};
}  // namespace

Error last_error() { return g_last_error; }

const char* error_message(Error error) { return kMessages[static_cast<int>(error)]; }

bool set_last_error(Error error) {
    g_last_error = error;
    return false;
}

}  // namespace study

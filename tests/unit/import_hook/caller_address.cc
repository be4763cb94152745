// SPDX-License-Identifier: MIT
// The address-taking half of the caller library (caller.cc).
extern "C" int study_import_target(int value);

extern "C" __attribute__((visibility("default"))) void* study_import_address() {
    return reinterpret_cast<void*>(&study_import_target);
}

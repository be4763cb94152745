// SPDX-License-Identifier: MIT
// The library that defines the function the ImportHook tests redirect.
extern "C" __attribute__((visibility("default"))) int study_import_target(int value) { return value + 1; }

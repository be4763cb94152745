// SPDX-License-Identifier: MIT
// A library that imports study_import_target(): calls through its PLT (a JUMP_SLOT relocation) and takes its address
// (a GLOB_DAT relocation, in caller_address.cc; the linker may still route the call through the same GOT slot). Built
// twice: with -z now -z relro (the slots read-only after loading) and with lazy binding.
extern "C" int study_import_target(int value);

extern "C" __attribute__((visibility("default"))) int study_import_call(int value) {
    return study_import_target(value);
}

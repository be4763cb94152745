// SPDX-License-Identifier: MIT
#include "study/import_hook.h"

#include <dlfcn.h>
#include <gtest/gtest.h>

#include <string>

namespace {

using Call = int (*)(int);
using Address = void* (*)();

study::ImportHook* g_hook = nullptr;

// Adds 100 to what the original gives, so a test sees both that it ran and that it called through.
int replacement(int value) { return reinterpret_cast<Call>(g_hook->original())(value) + 100; }

struct Caller {
    void* library;
    Call call;
    Address address;
};

Caller open_caller(const char* path) {
    void* library = dlopen(path, RTLD_NOW | RTLD_GLOBAL);
    EXPECT_NE(library, nullptr) << dlerror();
    return {library, reinterpret_cast<Call>(dlsym(library, "study_import_call")),
            reinterpret_cast<Address>(dlsym(library, "study_import_address"))};
}

void check_redirected(const char* path) {
    Caller caller = open_caller(path);
    ASSERT_NE(caller.call, nullptr);
    EXPECT_EQ(caller.call(1), 2);
    void* before = caller.address();

    study::ImportHook hook("study_import_target", reinterpret_cast<void*>(&replacement));
    g_hook = &hook;
    EXPECT_GE(hook.install(), 1u) << "the call and the address (the linker may make them share one GOT slot)";
    EXPECT_EQ(hook.original(), before);
    EXPECT_EQ(caller.call(1), 102);
    EXPECT_EQ(caller.address(), reinterpret_cast<void*>(&replacement));
    EXPECT_EQ(hook.install(), 0u) << "installing again patches nothing twice";

    hook.uninstall();
    EXPECT_EQ(hook.patched(), 0u);
    EXPECT_EQ(caller.call(1), 2);
    EXPECT_EQ(caller.address(), before);
    g_hook = nullptr;
    dlclose(caller.library);
}

TEST(ImportHook, RedirectsAndRestoresReadOnlySlots) { check_redirected(STUDY_IMPORT_CALLER_NOW); }

TEST(ImportHook, RedirectsAndRestoresLazySlots) { check_redirected(STUDY_IMPORT_CALLER_LAZY); }

TEST(ImportHook, PatchesAnObjectLoadedAfterTheFirstInstall) {
    Caller first = open_caller(STUDY_IMPORT_CALLER_NOW);
    study::ImportHook hook("study_import_target", reinterpret_cast<void*>(&replacement));
    g_hook = &hook;
    const size_t patched = hook.install();
    EXPECT_GE(patched, 1u);
    Caller second = open_caller(STUDY_IMPORT_CALLER_LAZY);
    EXPECT_EQ(second.call(1), 2) << "loaded after install(): not patched yet";
    EXPECT_GE(hook.install(), 1u);
    EXPECT_EQ(first.call(1), 102);
    EXPECT_EQ(second.call(1), 102);
    hook.uninstall();
    EXPECT_EQ(first.call(1), 2);
    EXPECT_EQ(second.call(1), 2);
    g_hook = nullptr;
    dlclose(second.library);
    dlclose(first.library);
}

TEST(ImportHook, OnlyInPatchesTheNamedObjectAlone) {
    Caller now = open_caller(STUDY_IMPORT_CALLER_NOW);
    Caller lazy = open_caller(STUDY_IMPORT_CALLER_LAZY);
    const std::string path = STUDY_IMPORT_CALLER_LAZY;
    study::ImportHook hook("study_import_target", reinterpret_cast<void*>(&replacement),
                           path.substr(path.rfind('/') + 1));
    g_hook = &hook;
    EXPECT_GE(hook.install(), 1u);
    EXPECT_EQ(lazy.call(1), 102);
    EXPECT_EQ(now.call(1), 2) << "another object's imports stay as they were";
    hook.uninstall();
    EXPECT_EQ(lazy.call(1), 2);
    g_hook = nullptr;
    dlclose(lazy.library);
    dlclose(now.library);
}

TEST(ImportHook, RedirectsAPltSlotNotBoundYet) {
    // Not called before install(): the lazy slot still points into the caller's PLT, and install() must not take
    // that for the original.
    Caller caller = open_caller(STUDY_IMPORT_CALLER_PLT);
    ASSERT_NE(caller.call, nullptr);
    study::ImportHook hook("study_import_target", reinterpret_cast<void*>(&replacement));
    g_hook = &hook;
    EXPECT_EQ(hook.install(), 1u);
    EXPECT_EQ(caller.call(1), 102);
    hook.uninstall();
    EXPECT_EQ(caller.call(1), 2) << "the slot is back to the PLT stub, which binds on this call";
    EXPECT_EQ(caller.call(1), 2);
    g_hook = nullptr;
    dlclose(caller.library);
}

TEST(ImportHook, InstallInPatchesOnlyTheObjectNamed) {
    Caller first = open_caller(STUDY_IMPORT_CALLER_NOW);
    Caller second = open_caller(STUDY_IMPORT_CALLER_LAZY);
    study::ImportHook hook("study_import_target", reinterpret_cast<void*>(&replacement));
    g_hook = &hook;
    EXPECT_GE(hook.install_in(reinterpret_cast<void*>(second.call)), 1u);
    EXPECT_EQ(first.call(1), 2) << "another object's imports stay as they were";
    EXPECT_EQ(second.call(1), 102);
    EXPECT_EQ(hook.install_in(nullptr), 0u);
    hook.uninstall();
    EXPECT_EQ(second.call(1), 2);
    g_hook = nullptr;
    dlclose(second.library);
    dlclose(first.library);
}

TEST(ImportHook, UnknownSymbolPatchesNothing) {
    study::ImportHook hook("study_no_such_function_anywhere", reinterpret_cast<void*>(&replacement));
    EXPECT_EQ(hook.install(), 0u);
    EXPECT_EQ(hook.original(), nullptr);
    hook.uninstall();
}

}  // namespace

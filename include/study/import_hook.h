// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace study {

// Redirects the calls that loaded shared objects (and the executable) make to one imported function, by rewriting
// their import slots: the PLT's GOT entries (R_X86_64_JUMP_SLOT) and the GOT entries of address-taken imports
// (R_X86_64_GLOB_DAT). It is how a hook reaches a library's function without the caller's source or private
// structures: the curl extension's calls into libcurl, say.
//
// install() walks every object loaded now (dl_iterate_phdr) and points each import of `symbol` at `replacement`,
// except in the object that defines the symbol and in the one that holds `replacement` (so the replacement can
// call the original without going through itself). An object loaded after install() is not patched: call
// install() again, which patches only the slots not patched yet. RELRO pages (-z now, -z relro) are made writable
// for the write and read-only again. uninstall() puts back what each slot held, in every slot that still holds the
// replacement. Not thread-safe: call it while no other thread calls the function.
class ImportHook {
public:
    ImportHook(std::string symbol, void* replacement) : symbol_(std::move(symbol)), replacement_(replacement) {}
    // Patches only the imports of the objects whose file name (the last component of their path) is `only_in`:
    // "pgsql.so" and "pdo_pgsql.so" import the same libpq functions and are hooked by separate flags.
    ImportHook(std::string symbol, void* replacement, std::string only_in)
        : symbol_(std::move(symbol)), replacement_(replacement), only_in_(std::move(only_in)) {}
    ~ImportHook() { uninstall(); }
    ImportHook(const ImportHook&) = delete;
    ImportHook& operator=(const ImportHook&) = delete;

    // Returns the number of slots patched in this call; original() is set from the first install() that finds the
    // symbol defined in the global scope (dlsym(RTLD_DEFAULT): the definer must be loaded RTLD_GLOBAL, as PHP loads
    // extensions and their libraries), nullptr while none does (nothing is patched then).
    size_t install();
    // As install(), but patches only the object that holds `address_in_object` (a function of it): where a symbol
    // as common as recv() is to be redirected for one library only (the sockets extension). 0 when no loaded object
    // holds the address.
    size_t install_in(const void* address_in_object);
    void uninstall();
    // The function the imports pointed at: what the replacement calls.
    void* original() const { return original_; }
    // Slots patched now.
    size_t patched() const { return slots_.size(); }
    const std::string& symbol() const { return symbol_; }

private:
    struct Slot {
        void** address;
        void* previous;
        bool relro;  // in a range made read-only after relocation: writable only around our writes
    };
    friend struct ImportScan;

    std::string symbol_;
    void* replacement_;
    std::string only_in_;  // empty: every object
    void* original_ = nullptr;
    std::vector<Slot> slots_;
};

}  // namespace study

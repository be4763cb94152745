// SPDX-License-Identifier: MIT
#include "study/import_hook.h"

#include <dlfcn.h>
#include <elf.h>
#include <link.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>
#include <cstring>

namespace study {

namespace {

#if defined(__x86_64__)
constexpr uint32_t kJumpSlot = R_X86_64_JUMP_SLOT;
constexpr uint32_t kGlobDat = R_X86_64_GLOB_DAT;
#elif defined(__aarch64__)
constexpr uint32_t kJumpSlot = R_AARCH64_JUMP_SLOT;
constexpr uint32_t kGlobDat = R_AARCH64_GLOB_DAT;
#else
#error "ImportHook knows the relocation types of x86-64 and AArch64 only"
#endif

// What the dynamic section of one object says about its imports.
struct DynamicInfo {
    const ElfW(Sym) * symbols = nullptr;
    const char* strings = nullptr;
    const ElfW(Rela) * plt = nullptr;  // DT_JMPREL
    size_t plt_size = 0;
    const ElfW(Rela) * rela = nullptr;  // DT_RELA (GLOB_DAT entries are there)
    size_t rela_size = 0;
};

// glibc relocates the address entries of a loaded object's dynamic section in place; the vDSO's are not, and are
// offsets then. An address below the object's base is such an offset.
template <typename T>
const T* address_of(ElfW(Addr) value, ElfW(Addr) base) {
    return reinterpret_cast<const T*>(value < base ? value + base : value);
}

bool read_dynamic(const dl_phdr_info* info, DynamicInfo* out) {
    const ElfW(Dyn)* dynamic = nullptr;
    for (int i = 0; i < info->dlpi_phnum; i++) {
        if (info->dlpi_phdr[i].p_type == PT_DYNAMIC) {
            dynamic = reinterpret_cast<const ElfW(Dyn)*>(info->dlpi_addr + info->dlpi_phdr[i].p_vaddr);
        }
    }
    if (dynamic == nullptr) {
        return false;
    }
    const ElfW(Addr) base = info->dlpi_addr;
    bool plt_is_rela = true;
    for (const ElfW(Dyn)* entry = dynamic; entry->d_tag != DT_NULL; entry++) {
        switch (entry->d_tag) {
            case DT_SYMTAB:
                out->symbols = address_of<ElfW(Sym)>(entry->d_un.d_ptr, base);
                break;
            case DT_STRTAB:
                out->strings = address_of<char>(entry->d_un.d_ptr, base);
                break;
            case DT_JMPREL:
                out->plt = address_of<ElfW(Rela)>(entry->d_un.d_ptr, base);
                break;
            case DT_PLTRELSZ:
                out->plt_size = entry->d_un.d_val;
                break;
            case DT_PLTREL:
                plt_is_rela = entry->d_un.d_val == DT_RELA;
                break;
            case DT_RELA:
                out->rela = address_of<ElfW(Rela)>(entry->d_un.d_ptr, base);
                break;
            case DT_RELASZ:
                out->rela_size = entry->d_un.d_val;
                break;
            default:
                break;
        }
    }
    return out->symbols != nullptr && out->strings != nullptr && plt_is_rela;
}

// The read-only-after-relocation range of an object, if it has one.
bool relro_range(const dl_phdr_info* info, uintptr_t* start, uintptr_t* end) {
    for (int i = 0; i < info->dlpi_phnum; i++) {
        if (info->dlpi_phdr[i].p_type == PT_GNU_RELRO) {
            *start = info->dlpi_addr + info->dlpi_phdr[i].p_vaddr;
            *end = *start + info->dlpi_phdr[i].p_memsz;
            return true;
        }
    }
    return false;
}

// Writes a slot, making its page writable for the write when it lies in a RELRO range (and read-only again after).
bool write_slot(void** slot, void* value, bool in_relro) {
    if (!in_relro) {
        *slot = value;
        return true;
    }
    const uintptr_t page_size = static_cast<uintptr_t>(sysconf(_SC_PAGESIZE));
    void* page = reinterpret_cast<void*>(reinterpret_cast<uintptr_t>(slot) & ~(page_size - 1));
    if (mprotect(page, page_size, PROT_READ | PROT_WRITE) != 0) {
        return false;
    }
    *slot = value;
    mprotect(page, page_size, PROT_READ);
    return true;
}

// The base address of the object holding `address`; 0 when none does.
uintptr_t object_base(const void* address) {
    Dl_info info;
    if (address == nullptr || dladdr(address, &info) == 0) {
        return 0;
    }
    return reinterpret_cast<uintptr_t>(info.dli_fbase);
}

}  // namespace

// One install() walk over the loaded objects.
struct ImportScan {
    ImportHook* hook;
    uintptr_t skip_definer;
    uintptr_t skip_replacement;
    uintptr_t only = 0;  // when set, the one object to patch
    size_t count = 0;

    bool is_patched(void** slot) const {
        for (const ImportHook::Slot& known : hook->slots_) {
            if (known.address == slot) {
                return true;
            }
        }
        return false;
    }

    void patch_table(const dl_phdr_info* info, const DynamicInfo& dynamic, const ElfW(Rela) * table, size_t size) {
        if (table == nullptr) {
            return;
        }
        uintptr_t relro_start = 0, relro_end = 0;
        const bool has_relro = relro_range(info, &relro_start, &relro_end);
        for (size_t i = 0; i < size / sizeof(ElfW(Rela)); i++) {
            const ElfW(Rela)& relocation = table[i];
            const uint32_t type = ELF64_R_TYPE(relocation.r_info);
            if (type != kJumpSlot && type != kGlobDat) {
                continue;
            }
            const ElfW(Sym)& symbol = dynamic.symbols[ELF64_R_SYM(relocation.r_info)];
            if (symbol.st_shndx != SHN_UNDEF || hook->symbol_ != dynamic.strings + symbol.st_name) {
                continue;  // not an import of this symbol
            }
            auto** slot = reinterpret_cast<void**>(info->dlpi_addr + relocation.r_offset);
            if (is_patched(slot) || *slot == hook->replacement_) {
                continue;
            }
            const auto where = reinterpret_cast<uintptr_t>(slot);
            void* previous = *slot;
            const bool relro = has_relro && where >= relro_start && where < relro_end;
            if (write_slot(slot, hook->replacement_, relro)) {
                hook->slots_.push_back({slot, previous, relro});
                count++;
            }
        }
    }

    // Whether the hook is limited to objects of another file name than this one's.
    bool excluded(const dl_phdr_info* info) const {
        if (hook->only_in_.empty()) {
            return false;
        }
        const char* path = info->dlpi_name != nullptr ? info->dlpi_name : "";
        const char* slash = std::strrchr(path, '/');
        return hook->only_in_ != (slash != nullptr ? slash + 1 : path);
    }

    static int visit(dl_phdr_info* info, size_t, void* data) {
        auto* scan = static_cast<ImportScan*>(data);
        const uintptr_t base = info->dlpi_addr;
        if (scan->excluded(info) || (scan->skip_definer != 0 && base == scan->skip_definer) ||
            (scan->skip_replacement != 0 && base == scan->skip_replacement) ||
            (scan->only != 0 && base != scan->only)) {
            return 0;
        }
        DynamicInfo dynamic;
        if (!read_dynamic(info, &dynamic)) {
            return 0;
        }
        scan->patch_table(info, dynamic, dynamic.plt, dynamic.plt_size);
        scan->patch_table(info, dynamic, dynamic.rela, dynamic.rela_size);
        return 0;
    }
};

size_t ImportHook::install() {
    if (original_ == nullptr) {
        original_ = dlsym(RTLD_DEFAULT, symbol_.c_str());
        if (original_ == nullptr) {
            return 0;
        }
    }
    ImportScan scan{this, object_base(original_), object_base(replacement_)};
    dl_iterate_phdr(ImportScan::visit, &scan);
    return scan.count;
}

size_t ImportHook::install_in(const void* address_in_object) {
    const uintptr_t only = object_base(address_in_object);
    if (only == 0) {
        return 0;
    }
    if (original_ == nullptr) {
        original_ = dlsym(RTLD_DEFAULT, symbol_.c_str());
        if (original_ == nullptr) {
            return 0;
        }
    }
    ImportScan scan{this, object_base(original_), object_base(replacement_), only};
    dl_iterate_phdr(ImportScan::visit, &scan);
    return scan.count;
}

void ImportHook::uninstall() {
    for (const Slot& slot : slots_) {
        // An object unloaded since took its slots with it: dladdr() no longer finds them.
        Dl_info info;
        if (dladdr(slot.address, &info) != 0 && *slot.address == replacement_) {
            write_slot(slot.address, slot.previous, slot.relro);
        }
    }
    slots_.clear();
}

}  // namespace study

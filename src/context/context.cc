// SPDX-License-Identifier: MIT
#include "study/context.h"

#include <boost/context/detail/fcontext.hpp>
#include <boost/version.hpp>
#include <cstdlib>

namespace study {

namespace bctx = boost::context::detail;

namespace {
void fcontext_entry(bctx::transfer_t transfer);
}  // namespace

const char* context_backend() { return "Boost.Context fcontext (Boost " BOOST_LIB_VERSION ")"; }

void Context::init(const Stack& stack, Entry entry, void* arg) {
    entry_ = entry;
    arg_ = arg;
    finished_ = false;
    caller_ = nullptr;
    void* top = static_cast<char*>(stack.base) + stack.size;
    self_ = bctx::make_fcontext(top, stack.size, fcontext_entry);
}

void Context::resume() {
    bctx::transfer_t back = bctx::jump_fcontext(self_, this);
    // Whoever jumped back (suspend() or the end of entry) left its own fcontext in the transfer.
    self_ = back.fctx;
}

void Context::suspend() {
    bctx::transfer_t back = bctx::jump_fcontext(caller_, nullptr);
    caller_ = back.fctx;
}

void Context::trampoline(void* transfer_fctx, void* transfer_data) {
    auto* self = static_cast<Context*>(transfer_data);
    self->caller_ = transfer_fctx;
    self->entry_(self->arg_);
    self->finished_ = true;
    bctx::jump_fcontext(self->caller_, nullptr);
    // A finished context is never resumed; reaching this line means the caller broke that rule.
    std::abort();
}

namespace {
void fcontext_entry(bctx::transfer_t transfer) { Context::trampoline(transfer.fctx, transfer.data); }
}  // namespace

}  // namespace study

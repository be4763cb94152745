// SPDX-License-Identifier: MIT
#include "study/coroutine.h"

#include <algorithm>
#include <cstdlib>

#include "study/error.h"

namespace study {

namespace {
CoroutineHooks g_hooks;
constexpr size_t kDefaultStackSize = 2 * 1024 * 1024;
constexpr size_t kMaxSharedStacks = 16;

// Freed Coroutine objects kept for reuse, linked through their first bytes; bounded.
struct FreeObject {
    FreeObject* next;
};
FreeObject* g_free_objects = nullptr;
size_t g_free_count = 0;
constexpr size_t kMaxFreeObjects = 1024;

}  // namespace

ExecContext Coroutine::main_context_;
Coroutine* Coroutine::current_ = nullptr;
Coroutine* Coroutine::finished_ = nullptr;
IdMap<Coroutine> Coroutine::registry_;
int64_t Coroutine::last_id_ = 0;
size_t Coroutine::peak_ = 0;
uint64_t Coroutine::created_ = 0;
uint64_t Coroutine::switches_ = 0;
size_t Coroutine::stack_size_ = kDefaultStackSize;
size_t Coroutine::max_ = 0;
void (*Coroutine::switch_hook_)(Coroutine* from, Coroutine* to) = nullptr;

void* Coroutine::operator new(size_t size) {
    if (g_free_objects != nullptr) {
        FreeObject* object = g_free_objects;
        g_free_objects = object->next;
        --g_free_count;
        return object;
    }
    return ::operator new(size);
}

void Coroutine::operator delete(void* memory) {
    if (g_free_count < kMaxFreeObjects) {
        auto* object = static_cast<FreeObject*>(memory);
        object->next = g_free_objects;
        g_free_objects = object;
        ++g_free_count;
        return;
    }
    ::operator delete(memory);
}

void Coroutine::release_caches() {
    while (g_free_objects != nullptr) {
        FreeObject* object = g_free_objects;
        g_free_objects = object->next;
        ::operator delete(object);
    }
    g_free_count = 0;
    trim_stacks();
}

void set_coroutine_hooks(const CoroutineHooks& hooks) {
    g_hooks = hooks;
    Coroutine::switch_hook_ = hooks.on_switch;
}

Coroutine* Coroutine::create(Entry entry, void* arg) {
    if (max_ != 0 && registry_.size() >= max_) {
        set_last_error(Error::kCoroutineLimit);
        return nullptr;
    }
    auto* coroutine = new Coroutine(entry, arg, last_id_ + 1, current_ ? current_->id_ : -1);
    if (!attach_stack(&coroutine->context_, &Coroutine::run, coroutine)) {
        delete coroutine;
        return nullptr;
    }
    ++last_id_;
    ++created_;
    coroutine->context_.owner = coroutine;
    registry_.insert(coroutine->id_, coroutine);
    if (registry_.size() > peak_) {
        peak_ = registry_.size();
    }
    return coroutine;
}

void Coroutine::reap_finished() {
    Coroutine* dead = finished_;
    finished_ = nullptr;
    dead->destroy();
}

bool Coroutine::transfer(Coroutine* next) {
    Coroutine* self = current_;
    if (self == nullptr) {
        return set_last_error(Error::kNotInCoroutine);
    }
    if (next == self) {
        return set_last_error(Error::kResumeSelf);
    }
    if (next->state_ != CoroutineState::kInit && next->state_ != CoroutineState::kSuspended) {
        return set_last_error(Error::kNotSuspended);
    }
    self->state_ = CoroutineState::kSuspended;
    next->origin_ = self->origin_;
    switch_between(self, next);
    return true;
}

void Coroutine::abandon() {
    if (state_ == CoroutineState::kSuspended || state_ == CoroutineState::kInit) {
        destroy();
    }
}

Coroutine* Coroutine::get(int64_t id) { return registry_.find(id); }

std::vector<int64_t> Coroutine::ids() {
    std::vector<int64_t> ids;
    ids.reserve(registry_.size());
    registry_.for_each([&ids](int64_t id, Coroutine*) { ids.push_back(id); });
    std::sort(ids.begin(), ids.end());
    return ids;
}

CoroutineStats Coroutine::stats() {
    return CoroutineStats{registry_.size(), peak_, last_id_, stack_size_, max_, created_, switches_};
}

void Coroutine::reset_counters() {
    created_ = 0;
    switches_ = 0;
    peak_ = registry_.size();
}

void Coroutine::set_stack_size(size_t size) {
    stack_size_ = round_to_pages(size);
    configure_stacks(stack_size_, kMaxSharedStacks);
}

void Coroutine::run(void* arg) {
    auto* self = static_cast<Coroutine*>(arg);
    self->entry_(self->arg_);
    // The entry returned: hand control back for the last time; the resumer frees this coroutine.
    self->state_ = CoroutineState::kDead;
    finished_ = self;
    self->context_.finished = true;
    switch_between(self, self->origin_);
    // A finished context is never switched to again.
    std::abort();
}

void Coroutine::destroy() {
    if (g_hooks.on_close) {
        g_hooks.on_close(this);
    }
    registry_.erase(id_);
    detach_stack(&context_);
    delete this;
}

}  // namespace study

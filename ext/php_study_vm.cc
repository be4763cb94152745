/* SPDX-License-Identifier: MIT */
#include "php_study_vm.h"

#include "php_study_coroutine.h"

#include <algorithm>
#include <cstddef>
#include <cstdlib>

#include "study/coroutine.h"

namespace {

/* A coroutine's first VM stack page is small (a fast small-bin allocation, and little memory for an idle
 * coroutine); the engine grows the stack with pages of kVmStackPageSize (EG(vm_stack_page_size)) as needed. */
constexpr size_t kVmStackFirstPageSize = 1024;
constexpr size_t kVmStackPageSize = 8 * 1024;

/* Bottom frame of every coroutine's VM stack, so that the engine always has a frame to unwind to and
 * uncaught exceptions come back to the coroutine's entry instead of being reported early. */
zend_function php_study_bottom_function = {ZEND_INTERNAL_FUNCTION};

int php_study_ini_error_reporting() {
    /* The engine caches the entry in EG(error_reporting_ini_entry) once error_reporting() was called (and clears it
     * for each request); until then, look it up and cache it the same way, so that a create pays one lookup per
     * request, not one each (a hash lookup was a tenth of a create). */
    zend_ini_entry *entry = EG(error_reporting_ini_entry);
    if (UNEXPECTED(entry == nullptr)) {
        entry = static_cast<zend_ini_entry *>(zend_hash_str_find_ptr(EG(ini_directives), ZEND_STRL("error_reporting")));
        EG(error_reporting_ini_entry) = entry;
    }
    if (entry == nullptr || entry->value == nullptr) {
        return E_ALL;
    }
    return static_cast<int>(ZEND_STRTOL(ZSTR_VAL(entry->value), nullptr, 10));
}

/* The VM stack block of the executor globals, vm_stack_top to jit_trace_num (to current_observed_frame on 8.4+),
 * has the same layout in php_study_vm_state; where it does (checked at compile time), one copy moves it all. */
#if PHP_VERSION_ID >= 80400
constexpr size_t kEgBlockEnd = offsetof(zend_executor_globals, current_observed_frame) + sizeof(zend_execute_data *);
constexpr size_t kStateBlockEnd = offsetof(php_study_vm_state, current_observed_frame) + sizeof(zend_execute_data *);
#else
constexpr size_t kEgBlockEnd = offsetof(zend_executor_globals, jit_trace_num) + sizeof(uint32_t);
constexpr size_t kStateBlockEnd = offsetof(php_study_vm_state, jit_trace_num) + sizeof(uint32_t);
#endif
constexpr size_t kBlockSize = kEgBlockEnd - offsetof(zend_executor_globals, vm_stack_top);
constexpr bool kBlockMatches =
    kStateBlockEnd - offsetof(php_study_vm_state, vm_stack_top) == kBlockSize &&
    offsetof(php_study_vm_state, jit_trace_num) - offsetof(php_study_vm_state, vm_stack_top) ==
        offsetof(zend_executor_globals, jit_trace_num) - offsetof(zend_executor_globals, vm_stack_top) &&
    offsetof(zend_executor_globals, current_execute_data) - offsetof(zend_executor_globals, vm_stack_top) ==
        offsetof(php_study_vm_state, current_execute_data) - offsetof(php_study_vm_state, vm_stack_top) &&
    offsetof(zend_executor_globals, vm_stack) - offsetof(zend_executor_globals, vm_stack_top) ==
        offsetof(php_study_vm_state, vm_stack) - offsetof(php_study_vm_state, vm_stack_top);

inline void copy_vm_block(php_study_vm_state *state, bool save) {
    if constexpr (kBlockMatches) {
        if (save) {
            memcpy(&state->vm_stack_top, &EG(vm_stack_top), kBlockSize);
        } else {
            memcpy(&EG(vm_stack_top), &state->vm_stack_top, kBlockSize);
        }
    } else if (save) {
        state->vm_stack_top = EG(vm_stack_top);
        state->vm_stack_end = EG(vm_stack_end);
        state->vm_stack = EG(vm_stack);
        state->vm_stack_page_size = EG(vm_stack_page_size);
        state->current_execute_data = EG(current_execute_data);
        state->fake_scope = EG(fake_scope);
        state->jit_trace_num = EG(jit_trace_num);
#if PHP_VERSION_ID >= 80400
        state->current_observed_frame = EG(current_observed_frame);
#endif
    } else {
        EG(vm_stack_top) = state->vm_stack_top;
        EG(vm_stack_end) = state->vm_stack_end;
        EG(vm_stack) = state->vm_stack;
        EG(vm_stack_page_size) = state->vm_stack_page_size;
        EG(current_execute_data) = state->current_execute_data;
        EG(fake_scope) = state->fake_scope;
        EG(jit_trace_num) = state->jit_trace_num;
#if PHP_VERSION_ID >= 80400
        EG(current_observed_frame) = state->current_observed_frame;
#endif
    }
}

/* Non-zero while the running context is inside a serialize(), unserialize() or usort()-like call whose state lives
 * in BG(). Outside such calls all of it is zero (RINIT clears it, and each call restores what it found on entry). */
inline unsigned basic_call_bits() {
    return BG(serialize_lock) | BG(serialize).level | BG(unserialize).level |
           static_cast<unsigned>(BG(user_compare_fci).size);
}

/* Moves the running context's call state out of BG() (to the heap, rare) and leaves BG() as outside any call. */
php_study_basic_state *take_basic_state() {
    auto *basic = static_cast<php_study_basic_state *>(emalloc(sizeof(php_study_basic_state)));
    basic->serialize_lock = BG(serialize_lock);
    basic->serialize = BG(serialize);
    basic->unserialize = BG(unserialize);
    basic->user_compare_fci = BG(user_compare_fci);
    basic->user_compare_fci_cache = BG(user_compare_fci_cache);
    BG(serialize_lock) = 0;
    memset(&BG(serialize), 0, sizeof(BG(serialize)));
    memset(&BG(unserialize), 0, sizeof(BG(unserialize)));
    BG(user_compare_fci) = empty_fcall_info;
    BG(user_compare_fci_cache) = empty_fcall_info_cache;
    return basic;
}

/* Puts a context's call state back into BG(), which the context that left has cleared, and frees the copy. */
void give_basic_state(php_study_basic_state *basic) {
    BG(serialize_lock) = basic->serialize_lock;
    BG(serialize) = basic->serialize;
    BG(unserialize) = basic->unserialize;
    BG(user_compare_fci) = basic->user_compare_fci;
    BG(user_compare_fci_cache) = basic->user_compare_fci_cache;
    efree(basic);
}

/* The rare part of the state (output buffers, serialize/sort calls), moved out of the engine only when set, out of
 * line so that the common switch pays one test for all of it. */
[[gnu::noinline]] void take_extras(php_study_vm_state *state) {
    /* zend_stack's `top` is the element count. */
    state->has_output = OG(handlers).top > 0;
    if (state->has_output) {
        state->output_handlers = OG(handlers);
        state->output_active = OG(active);
        state->output_running = OG(running);
        zend_stack_init(&OG(handlers), sizeof(php_output_handler *));
        OG(active) = nullptr;
        OG(running) = nullptr;
    }
    state->basic = basic_call_bits() != 0 ? take_basic_state() : nullptr;
}

[[gnu::noinline]] void give_extras(php_study_vm_state *state) {
    if (state->has_output) {
        /* The context that just left took its own buffers with it, so OG() holds an empty stack here. */
        zend_stack_destroy(&OG(handlers));
        OG(handlers) = state->output_handlers;
        OG(active) = state->output_active;
        OG(running) = state->output_running;
        state->has_output = false;
    }
    if (state->basic != nullptr) {
        give_basic_state(state->basic);
        state->basic = nullptr;
    }
}

inline void save_state(php_study_vm_state *state) {
    copy_vm_block(state, true);
    state->bailout = EG(bailout);
    state->error_reporting = EG(error_reporting);
    state->current_fiber_context = EG(current_fiber_context);
    state->active_fiber = EG(active_fiber);
    state->error_handling = EG(error_handling);
    state->exception_class = EG(exception_class);
    php_study_save_stack_bounds(&state->stack_bounds);
    state->has_extras = (static_cast<unsigned>(OG(handlers).top) | basic_call_bits()) != 0;
    if (UNEXPECTED(state->has_extras)) {
        take_extras(state);
    }
}

inline void restore_state(php_study_vm_state *state) {
    copy_vm_block(state, false);
    EG(bailout) = state->bailout;
    EG(error_reporting) = state->error_reporting;
    EG(current_fiber_context) = state->current_fiber_context;
    EG(active_fiber) = state->active_fiber;
    EG(error_handling) = state->error_handling;
    EG(exception_class) = state->exception_class;
    php_study_restore_stack_bounds(&state->stack_bounds);
    if (UNEXPECTED(state->has_extras)) {
        give_extras(state);
        state->has_extras = false;
    }
}

/* Engine state of the main script while a coroutine runs. */
php_study_vm_state g_main_vm;

/* The context a coroutine's first run switched away from: announced to the fiber observers by php_study_vm_init(),
 * once the new coroutine's context exists. */
zend_fiber_context *g_first_run_from = nullptr;

/* Tells the fiber observers of a switch with the statuses the engine gives a Fiber's contexts around it: `to` is INIT
 * on its first run (observers make their state for it then: Xdebug its stack) and SUSPENDED after that, `from` is
 * RUNNING, or DEAD when its coroutine has ended (observers drop their state for it). */
void notify_switch(zend_fiber_context *from, zend_fiber_context *to) {
    zend_observer_fiber_switch_notify(from, to);
    to->status = ZEND_FIBER_STATUS_RUNNING;
    if (from->status == ZEND_FIBER_STATUS_RUNNING) {
        from->status = ZEND_FIBER_STATUS_SUSPENDED;
    }
}

/* Announces a switch, with the engine's state of `from` saved and that of `to` not yet loaded. A coroutine's first
 * switch is announced by php_study_vm_init(), once its context exists. Out of line: without observers a switch pays
 * one test of the flag. */
[[gnu::noinline]] void announce_switch(study::Coroutine *from, study::Coroutine *to) {
    using study::CoroutineState;
    zend_fiber_context *from_context = EG(current_fiber_context);
    if (from != nullptr && from->state() == CoroutineState::kDead) {
        from_context->status = ZEND_FIBER_STATUS_DEAD; /* the observers end what it left observed (a bailout) */
    }
    if (to != nullptr && to->state() == CoroutineState::kInit) {
        g_first_run_from = from_context;
        return;
    }
    notify_switch(from_context, (to == nullptr ? &g_main_vm : &php_study_task_of(to)->vm)->current_fiber_context);
}

}  // namespace

void php_study_vm_on_switch(study::Coroutine *from, study::Coroutine *to) {
    using study::CoroutineState;
    if (from == nullptr) {
        save_state(&g_main_vm);
    } else if (from->state() != CoroutineState::kDead) {
        save_state(&php_study_task_of(from)->vm);
    }
    /* Between the two: the engine's notify moves current_observed_frame from one fiber context to the other, which on
     * PHP 8.4+ is also in the saved block; saved before it and restored after it, each context keeps its own. */
    if (UNEXPECTED(php_study_fibers_observed())) {
        announce_switch(from, to);
    }
    if (to == nullptr) {
        restore_state(&g_main_vm);
    } else if (to->state() != CoroutineState::kInit) {
        restore_state(&php_study_task_of(to)->vm);
    }
}

zend_execute_data *php_study_vm_main_frame(void) {
    return study::Coroutine::current() != nullptr ? g_main_vm.current_execute_data : EG(current_execute_data);
}

bool php_study_fibers_observed_flag = false;

void php_study_vm_rinit(void) {
    bool other = false;
    for (zend_llist_element *element = zend_extensions.head; element != nullptr && !other; element = element->next) {
        other = strcmp(static_cast<zend_extension *>(static_cast<void *>(element->data))->name, "Zend OPcache") != 0;
    }
    php_study_fibers_observed_flag = ZEND_OBSERVER_ENABLED || other;
}

void php_study_vm_on_close(zend_fiber_context *fiber_context) {
    if (php_study_fibers_observed() && fiber_context->kind != nullptr) {
        zend_observer_fiber_destroy_notify(fiber_context);
    }
}

void php_study_vm_init(zend_fiber_context *fiber_context, study::Coroutine *coroutine) {
    /* Fibers started inside this coroutine switch back to this context, never to another coroutine's. */
    memset(fiber_context, 0, sizeof(zend_fiber_context));
    fiber_context->kind = &php_study_bottom_function;
    fiber_context->status = ZEND_FIBER_STATUS_RUNNING;
    /* The observers hear of the first switch while the engine still holds the resumer's state, as for a Fiber's
     * start (Xdebug reads the running file then). */
    if (php_study_fibers_observed() && g_first_run_from != nullptr) {
        fiber_context->status = ZEND_FIBER_STATUS_INIT;
        zend_observer_fiber_init_notify(fiber_context);
        notify_switch(g_first_run_from, fiber_context);
    }
    g_first_run_from = nullptr;
    /* The resumer's VM stack was saved with its state. Until this coroutine has its own, the engine holds none, so
     * that a bailout out of the allocation (memory_limit) frees nothing of the resumer's. */
    EG(vm_stack) = nullptr;
    EG(vm_stack_top) = nullptr;
    EG(vm_stack_end) = nullptr;
    zend_vm_stack stack = zend_vm_stack_new_page(kVmStackFirstPageSize, nullptr);
    EG(vm_stack) = stack;
    EG(vm_stack_top) = stack->top + ZEND_CALL_FRAME_SLOT;
    EG(vm_stack_end) = stack->end;
    EG(vm_stack_page_size) = kVmStackPageSize;

    auto *bottom = reinterpret_cast<zend_execute_data *>(stack->top);
    memset(bottom, 0, sizeof(zend_execute_data));
    bottom->func = &php_study_bottom_function;
    EG(current_execute_data) = bottom;

    EG(error_reporting) = php_study_ini_error_reporting();
    EG(jit_trace_num) = 0;
#if PHP_VERSION_ID >= 80400
    /* Observed frames of other contexts are not this coroutine's callers. */
    EG(current_observed_frame) = nullptr;
#endif
    EG(fake_scope) = nullptr;
    EG(error_handling) = EH_NORMAL;
    EG(exception_class) = nullptr;
    EG(exception) = nullptr;
    EG(prev_exception) = nullptr;
    EG(opline_before_exception) = nullptr;

    EG(current_fiber_context) = fiber_context;
    EG(active_fiber) = nullptr;

    /* The engine's own stack-limit check (8.3+) sees the shared stack this coroutine runs on. */
    const study::SharedStack *c_stack = coroutine->stack();
    php_study_set_stack_bounds(c_stack->top, c_stack->base);
}

void php_study_vm_release(void) {
    if (zend_stack_count(&OG(handlers)) > 0) {
        php_output_end_all();
    }
    zend_vm_stack_destroy();
}

void php_study_vm_discard(php_study_vm_state *state) {
    zend_vm_stack page = state->vm_stack;
    while (page != nullptr) {
        zend_vm_stack prev = page->prev;
        efree(page);
        page = prev;
    }
    state->vm_stack = nullptr;
    if (!state->has_extras) {
        return;
    }
    state->has_extras = false;
    if (state->has_output) {
        php_output_handler **handler;
        while ((handler = static_cast<php_output_handler **>(zend_stack_top(&state->output_handlers))) != nullptr) {
            php_output_handler_free(handler);
            zend_stack_del_top(&state->output_handlers);
        }
        zend_stack_destroy(&state->output_handlers);
        state->has_output = false;
    }
    if (state->basic != nullptr) {
        /* The tables of a serialize() call it was inside are left to the request's memory manager: freeing them
         * would need the call's own cleanup, which never runs for an abandoned context. */
        efree(state->basic);
        state->basic = nullptr;
    }
}

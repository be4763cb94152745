/* SPDX-License-Identifier: MIT */
/* Where a coroutine came from, as Go's "created by": the file and line of the call that created it, recorded at
 * creation (a reference to the file name, no copy), and the frame that ends its backtraces (Study\Coroutine::
 * getBackTrace(), the deadlock report, and the trace of every exception created inside it). */
#include "php_study_coroutine.h"

extern "C" {
#include "zend_exceptions.h"
}

#include "study/coroutine.h"

using study::Coroutine;

namespace {

/* The create_object handlers of Exception and Error (zend_default_exception_new) before this module's, which every
 * exception class inherits. */
zend_object *(*g_exception_new)(zend_class_entry *ce) = nullptr;
zend_object *(*g_error_new)(zend_class_entry *ce) = nullptr;

/* Appends the origin frame to the trace an exception was just created with, when it was created in a coroutine:
 * the trace then goes on, as a Fiber's goes on into its resumer, to the place that created the coroutine. */
void add_origin_to_trace(zend_object *exception) {
    Coroutine *coroutine = Coroutine::current();
    if (coroutine == nullptr) {
        return;
    }
    zend_class_entry *base = instanceof_function(exception->ce, zend_ce_exception) ? zend_ce_exception : zend_ce_error;
    zval rv;
    zval *trace = zend_read_property_ex(base, exception, ZSTR_KNOWN(ZEND_STR_TRACE), true, &rv);
    if (Z_TYPE_P(trace) != IS_ARRAY) {
        return;
    }
    zval extended;
    ZVAL_ARR(&extended, zend_array_dup(Z_ARRVAL_P(trace)));
    php_study_add_origin_frame(coroutine, &extended);
    zend_update_property_ex(base, exception, ZSTR_KNOWN(ZEND_STR_TRACE), &extended);
    zval_ptr_dtor(&extended);
}

zend_object *exception_new(zend_class_entry *ce) {
    zend_object *exception = g_exception_new(ce);
    add_origin_to_trace(exception);
    return exception;
}

zend_object *error_new(zend_class_entry *ce) {
    zend_object *exception = g_error_new(ce);
    add_origin_to_trace(exception);
    return exception;
}

/* Replaces `from` by `to` as the create_object handler of every class registered now (the classes of the engine and
 * of the extensions loaded before this one copied it at their registration; those declared later inherit it). */
void swap_create_object(zend_object *(*from)(zend_class_entry *), zend_object *(*to)(zend_class_entry *)) {
    zval *entry;
    ZEND_HASH_MAP_FOREACH_VAL(CG(class_table), entry) {
        auto *ce = static_cast<zend_class_entry *>(Z_PTR_P(entry));
        if (ce->create_object == from) {
            ce->create_object = to;
        }
    }
    ZEND_HASH_FOREACH_END();
}

}  // namespace

void php_study_origin_here(php_study_origin *origin) {
    zend_execute_data *frame = EG(current_execute_data);
    while (frame != nullptr && (frame->func == nullptr || !ZEND_USER_CODE(frame->func->type))) {
        frame = frame->prev_execute_data;
    }
    if (frame != nullptr && frame->opline != nullptr) {
        origin->file = zend_string_copy(frame->func->op_array.filename);
        origin->line = frame->opline->lineno;
    } else {
        origin->file = nullptr; /* created while no PHP code ran (the loop at the end of the script) */
        origin->line = 0;
    }
    origin->timer = 0;
}

void php_study_origin_release(php_study_origin *origin) {
    if (origin->file != nullptr) {
        zend_string_release(origin->file);
        origin->file = nullptr;
    }
}

void php_study_add_origin_frame(Coroutine *coroutine, zval *trace) {
    const php_study_task *task = php_study_task_of(coroutine);
    const auto timer = static_cast<zend_long>(task->origin_timer);
    zval frame;
    array_init_size(&frame, 6);
    if (task->origin_file != nullptr) {
        add_assoc_str(&frame, "file", zend_string_copy(task->origin_file));
        add_assoc_long(&frame, "line", static_cast<zend_long>(task->origin_line));
    }
    const zend_long parent = static_cast<zend_long>(coroutine->parent_id());
    zend_string *name;
    if (timer != 0) {
        name = zend_strpprintf(0, "{coroutine " ZEND_LONG_FMT ", created by timer " ZEND_LONG_FMT "}",
                               static_cast<zend_long>(coroutine->id()), timer);
    } else if (parent < 0) {
        name = zend_strpprintf(0, "{coroutine " ZEND_LONG_FMT ", created by the main script}",
                               static_cast<zend_long>(coroutine->id()));
    } else {
        name = zend_strpprintf(0, "{coroutine " ZEND_LONG_FMT ", created by coroutine " ZEND_LONG_FMT "}",
                               static_cast<zend_long>(coroutine->id()), parent);
    }
    add_assoc_str(&frame, "function", name);
    add_assoc_long(&frame, "coroutine", static_cast<zend_long>(coroutine->id()));
    add_assoc_long(&frame, "created_by", parent);
    if (timer != 0) {
        add_assoc_long(&frame, "timer", timer);
    }
    add_next_index_zval(trace, &frame);
}

void php_study_origin_minit(void) {
    g_exception_new = zend_ce_exception->create_object;
    g_error_new = zend_ce_error->create_object;
    if (g_exception_new == g_error_new) {
        swap_create_object(g_exception_new, exception_new);
    } else {
        swap_create_object(g_exception_new, exception_new);
        swap_create_object(g_error_new, error_new);
    }
}

void php_study_origin_mshutdown(void) {
    if (g_exception_new == nullptr) {
        return;
    }
    swap_create_object(exception_new, g_exception_new);
    swap_create_object(error_new, g_error_new);
}

/* SPDX-License-Identifier: MIT */
/* Waiting in Study\Coroutine: sleep(), cancel(), join(); and the event loop functions study_event_init() and
 * study_event_wait(). */
#include <unordered_map>
#include <vector>

#include "php_study_coroutine.h"
#include "php_study_timeout.h"

extern "C" {
#include "zend_exceptions.h"
}

#include "study/scheduler.h"

using study::Coroutine;
using study::WakeReason;
namespace scheduler = study::scheduler;

namespace {

/* A join(): how many of its coroutines are still alive, and which ones. */
struct JoinState {
    size_t remaining;
    std::vector<zend_long> cids;
};
/* The waits of join() callers, by the id of a coroutine they wait for. */
std::unordered_map<zend_long, std::vector<study::WaitPoint *>> g_joiners;

void forget_join(study::WaitPoint *wait) {
    auto *state = static_cast<JoinState *>(wait->data);
    for (zend_long cid : state->cids) {
        auto it = g_joiners.find(cid);
        if (it == g_joiners.end()) {
            continue;
        }
        auto &waits = it->second;
        for (size_t i = 0; i < waits.size(); ++i) {
            if (waits[i] == wait) {
                waits.erase(waits.begin() + static_cast<std::ptrdiff_t>(i));
                break;
            }
        }
        if (waits.empty()) {
            g_joiners.erase(it);
        }
    }
}

/* Turns how a wait of Study\Coroutine::<what>() ended into PHP: true when it ended as wanted, false on timeout;
 * a cancel throws. */
bool finish_wait(WakeReason reason, const char *what) {
    if (!php_study_wait_end(reason)) {
        return false;
    }
    switch (reason) {
        case WakeReason::kDone:
            return true;
        case WakeReason::kTimeout:
            return !strcmp(what, "sleep");
        case WakeReason::kCanceled: {
            char name[64];
            snprintf(name, sizeof(name), "Study\\Coroutine::%s()", what);
            php_study_throw_canceled(name);
            return false;
        }
        case WakeReason::kDeadlock:
        case WakeReason::kAborted:
        case WakeReason::kWaiting:
            return false;
    }
    return false;
}

}  // namespace

void php_study_notify_joiners(zend_long cid) {
    auto it = g_joiners.find(cid);
    if (it == g_joiners.end()) {
        return;
    }
    std::vector<study::WaitPoint *> waits = std::move(it->second);
    g_joiners.erase(it);
    for (study::WaitPoint *wait : waits) {
        auto *state = static_cast<JoinState *>(wait->data);
        if (--state->remaining == 0) {
            forget_join(wait);
            scheduler::wake(wait, WakeReason::kDone);
        }
    }
}

void php_study_join_targets(const study::WaitPoint *wait, zval *ids) {
    array_init(ids);
    for (zend_long cid : static_cast<const JoinState *>(wait->data)->cids) {
        if (Coroutine::get(cid) != nullptr) {
            add_next_index_long(ids, cid);
        }
    }
}

PHP_METHOD(Study_Coroutine, sleep) {
    double seconds;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_DOUBLE(seconds)
    ZEND_PARSE_PARAMETERS_END();
    if (!php_study_duration_valid(seconds, 1)) {
        RETURN_THROWS();
    }
    if (!php_study_may_suspend()) {
        scheduler::sleep(seconds); /* the thread sleeps, as PHP's usleep() would */
        RETURN_TRUE;
    }
    if (!php_study_wait_begin("Study\\Coroutine::sleep()")) {
        RETURN_THROWS();
    }
    const bool result = finish_wait(scheduler::sleep(seconds), "sleep");
    if (EG(exception)) {
        RETURN_THROWS();
    }
    RETURN_BOOL(result);
}

PHP_METHOD(Study_Coroutine, cancel) {
    zend_long cid;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_LONG(cid)
    ZEND_PARSE_PARAMETERS_END();
    if (!php_study_switching_allowed("Study\\Coroutine::cancel()")) { /* the canceled coroutine runs at once */
        RETURN_THROWS();
    }
    Coroutine *coroutine = Coroutine::get(cid);
    if (coroutine == nullptr || !scheduler::cancel(coroutine)) {
        php_error_docref(nullptr, E_WARNING, "coroutine " ZEND_LONG_FMT " is not waiting in a cancellable point", cid);
        RETURN_FALSE;
    }
    if (EG(exception)) {
        RETURN_THROWS();
    }
    RETURN_TRUE;
}

PHP_METHOD(Study_Coroutine, join) {
    HashTable *cids;
    double timeout = -1;
    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_ARRAY_HT(cids)
        Z_PARAM_OPTIONAL
        Z_PARAM_DOUBLE(timeout)
    ZEND_PARSE_PARAMETERS_END();
    if (!php_study_timeout_valid(timeout, 2)) {
        RETURN_THROWS();
    }
    Coroutine *self = Coroutine::current();
    auto *state = new JoinState{0, {}};
    zval *entry;
    ZEND_HASH_FOREACH_VAL(cids, entry) {
        if (Z_TYPE_P(entry) != IS_LONG) {
            delete state;
            zend_argument_type_error(1, "must contain only coroutine ids (int), %s given", zend_zval_type_name(entry));
            RETURN_THROWS();
        }
        if (self != nullptr && Z_LVAL_P(entry) == self->id()) {
            delete state;
            php_study_throw_misuse("Study\\Coroutine::join(): coroutine " ZEND_LONG_FMT
                                   " cannot wait for itself to end; join it from another coroutine",
                                   Z_LVAL_P(entry));
            RETURN_THROWS();
        }
        if (Coroutine::get(Z_LVAL_P(entry)) != nullptr) {
            state->cids.push_back(Z_LVAL_P(entry));
        }
    }
    ZEND_HASH_FOREACH_END();
    state->remaining = state->cids.size();
    if (state->remaining == 0) {
        delete state;
        RETURN_TRUE;
    }
    if (!php_study_wait_begin("Study\\Coroutine::join()")) {
        delete state;
        RETURN_THROWS();
    }
    auto *wait = new study::WaitPoint;
    wait->data = state;
    wait->forget = forget_join;
    wait->kind = study::WaitKind::kJoin;
    wait->detail = static_cast<int64_t>(state->remaining);
    wait->release = [](study::WaitPoint *abandoned) { /* reset() drops the wait of an abandoned join() */
                                                      delete static_cast<JoinState *>(abandoned->data);
                                                      delete abandoned;
    };
    for (zend_long cid : state->cids) {
        g_joiners[cid].push_back(wait);
    }
    const WakeReason reason = scheduler::wait(wait, timeout < 0 ? -1 : timeout);
    if (reason == WakeReason::kAborted || reason == WakeReason::kDeadlock) {
        forget_join(wait);
    }
    delete wait;
    delete state;
    const bool result = finish_wait(reason, "join");
    if (EG(exception)) {
        RETURN_THROWS();
    }
    RETURN_BOOL(result);
}

PHP_FUNCTION(study_event_init) {
    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_TRUE;
}

PHP_FUNCTION(study_event_wait) {
    ZEND_PARSE_PARAMETERS_NONE();
    if (Coroutine::current() != nullptr) {
        php_study_throw_misuse(
            "study_event_wait() runs the event loop from the main script; inside a coroutine, wait with "
            "Study\\Coroutine::sleep() or Study\\Coroutine::join() instead");
        RETURN_THROWS();
    }
    if (!php_study_switching_allowed("study_event_wait()")) {
        RETURN_THROWS();
    }
    scheduler::run();
    if (EG(exception)) {
        RETURN_THROWS();
    }
    RETURN_TRUE;
}

void php_study_wait_rshutdown(void) {
    g_joiners.clear();
    scheduler::reset();
}

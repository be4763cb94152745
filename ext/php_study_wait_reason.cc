/* SPDX-License-Identifier: MIT */
/* Wait reasons as PHP sees them: what each coroutine waits for and since when (Study\Coroutine::list(true),
 * stats()['waits'], the deadlock report, the dump). The core records a wait's kind and a number when it starts; this
 * file makes text of them only when asked. */
#include <sys/time.h>

#include <algorithm>

#include "php_study_coroutine.h"

extern "C" {
#include "zend_smart_str.h"
}

#include "study/coroutine.h"
#include "study/scheduler.h"

using study::Coroutine;
using study::CoroutineState;
using study::WaitKind;
using study::WaitPoint;
namespace scheduler = study::scheduler;

namespace {

/* "join of coroutines 3, 4" from the ids a join still waits for. */
zend_string *join_text(const char *kind, zval *ids) {
    smart_str text = {};
    smart_str_appends(&text, kind);
    smart_str_appends(&text, " of coroutine");
    if (zend_hash_num_elements(Z_ARRVAL_P(ids)) != 1) {
        smart_str_appendc(&text, 's');
    }
    const char *separator = " ";
    zval *id;
    ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(ids), id) {
        smart_str_appends(&text, separator);
        smart_str_append_long(&text, Z_LVAL_P(id));
        separator = ", ";
    }
    ZEND_HASH_FOREACH_END();
    smart_str_0(&text);
    return text.s;
}

/* What a wait is for, as text ("channel pop on channel #5"), and its target into `target`: the channel's id, the
 * descriptor, the process id, the name looked up, the ids joined, or null. */
zend_string *describe(const WaitPoint *wait, zval *target) {
    const char *kind = study::wait_kind_name(wait->kind);
    const auto detail = static_cast<zend_long>(wait->detail);
    ZVAL_NULL(target);
    switch (wait->kind) {
        case WaitKind::kChannelPop:
        case WaitKind::kChannelPush:
            ZVAL_LONG(target, detail);
            return zend_strpprintf(0, "%s on channel #" ZEND_LONG_FMT, kind, detail);
        case WaitKind::kChannelSelect:
            ZVAL_LONG(target, detail);
            return zend_strpprintf(0, "%s of " ZEND_LONG_FMT " operations", kind, detail);
        case WaitKind::kSocketRead:
        case WaitKind::kSocketWrite:
        case WaitKind::kSocketAccept:
        case WaitKind::kSocketConnect:
        case WaitKind::kFdRead:
        case WaitKind::kFdWrite:
        case WaitKind::kFileRead:
        case WaitKind::kFileLock:
            ZVAL_LONG(target, detail);
            return zend_strpprintf(0, "%s on fd " ZEND_LONG_FMT, kind, detail);
        case WaitKind::kSocketSelect:
        case WaitKind::kFdSelect:
            ZVAL_LONG(target, detail);
            return zend_strpprintf(0, "%s of " ZEND_LONG_FMT " descriptors", kind, detail);
        case WaitKind::kDnsLookup:
            ZVAL_STRING(target, wait->text != nullptr ? wait->text : "");
            return zend_strpprintf(0, "%s of %s", kind, Z_STRVAL_P(target));
        case WaitKind::kChildExit:
            ZVAL_LONG(target, detail);
            return zend_strpprintf(0, "%s " ZEND_LONG_FMT, kind, detail);
        case WaitKind::kSignal:
            if (detail == 0) {
                break; /* one of several signals */
            }
            ZVAL_LONG(target, detail);
            return zend_strpprintf(0, "%s " ZEND_LONG_FMT, kind, detail);
        case WaitKind::kJoin:
            if (wait->data == nullptr) { /* the main script's join that ended in a deadlock: its state is gone */
                ZVAL_LONG(target, detail);
                return zend_strpprintf(0, "%s of " ZEND_LONG_FMT " coroutine%s", kind, detail, detail == 1 ? "" : "s");
            }
            php_study_join_targets(wait, target);
            return join_text(kind, target);
        case WaitKind::kUnknown:
        case WaitKind::kSleep:
        case WaitKind::kPoll:
        case WaitKind::kWaitGroup:
        case WaitKind::kStreamClose:
            break;
    }
    return zend_string_init(kind, strlen(kind), false);
}

/* The function a context waits in, its innermost frame's: "Study\Coroutine\Channel->pop", "curl_exec". */
zend_string *function_of(const zend_execute_data *frame) {
    if (frame == nullptr || frame->func == nullptr || frame->func->common.function_name == nullptr) {
        return nullptr;
    }
    const zend_function *func = frame->func;
    if (func->common.scope == nullptr) {
        return zend_string_copy(func->common.function_name);
    }
    return zend_strpprintf(0, "%s%s%s", ZSTR_VAL(func->common.scope->name),
                           Z_TYPE(frame->This) == IS_OBJECT ? "->" : "::", ZSTR_VAL(func->common.function_name));
}

/* The function a suspended coroutine waits in. */
zend_string *waiting_function(Coroutine *coroutine) {
    return function_of(php_study_task_of(coroutine)->vm.current_execute_data);
}

/* A time of the monotonic clock of study::scheduler::wait_times() as a Unix time (microtime(true)). */
double unix_time_of(double monotonic) {
    timeval now;
    gettimeofday(&now, nullptr);
    const double wall = static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_usec) / 1e6;
    return wall - (scheduler::monotonic_now() - monotonic);
}

/* The coroutine that `coroutine` resumed and waits for (it is running, but not current), or nullptr. */
Coroutine *resumed_by(Coroutine *coroutine) {
    for (int64_t id : Coroutine::ids()) {
        Coroutine *other = Coroutine::get(id);
        if (other->origin() == coroutine && other->state() == CoroutineState::kRunning) {
            return other;
        }
    }
    return nullptr;
}

/* What a coroutine does, for list(): its state, and the kind and text of what it waits for (nullptr, nullptr while it
 * runs). */
enum class State { kRunning, kNew, kResuming, kWaiting, kYielded, kSuspended };

/* list()'s "state", by State. */
constexpr const char *kStateNames[] = {"running", "new", "resuming", "waiting", "yielded", "suspended"};

struct Activity {
    State state;
    const char *kind = nullptr;
    zend_string *reason = nullptr; /* owned */
    const WaitPoint *wait = nullptr;
};

State state_of(Coroutine *coroutine) {
    if (coroutine == Coroutine::current()) {
        return State::kRunning;
    }
    switch (coroutine->state()) {
        case CoroutineState::kInit:
            return State::kNew;
        case CoroutineState::kRunning:
            return State::kResuming;
        case CoroutineState::kSuspended:
        case CoroutineState::kDead:
            break;
    }
    if (scheduler::waiting(coroutine) != nullptr) {
        return State::kWaiting;
    }
    return php_study_task_of(coroutine)->user_yielded ? State::kYielded : State::kSuspended;
}

/* list()'s "wait" of a coroutine in that state ("channel pop", "yield", "resume"), or nullptr: the kind alone, without
 * the text, for stats(). */
const char *kind_of(Coroutine *coroutine, State state) {
    switch (state) {
        case State::kWaiting:
            return study::wait_kind_name(scheduler::waiting(coroutine)->kind);
        case State::kYielded:
            return "yield";
        case State::kResuming:
            return "resume";
        case State::kRunning:
        case State::kNew:
        case State::kSuspended:
            break;
    }
    return nullptr;
}

Activity activity_of(Coroutine *coroutine, zval *target) {
    ZVAL_NULL(target);
    Activity activity{state_of(coroutine)};
    activity.kind = kind_of(coroutine, activity.state);
    if (activity.kind == nullptr) {
        return activity;
    }
    if (const WaitPoint *wait = scheduler::waiting(coroutine)) {
        activity.reason = describe(wait, target);
        activity.wait = wait;
    } else if (Coroutine *resumed = activity.state == State::kResuming ? resumed_by(coroutine) : nullptr) {
        ZVAL_LONG(target, static_cast<zend_long>(resumed->id()));
        activity.reason =
            zend_strpprintf(0, "resume of coroutine " ZEND_LONG_FMT, static_cast<zend_long>(resumed->id()));
    } else {
        activity.reason = zend_string_init(activity.kind, strlen(activity.kind), false);
    }
    return activity;
}

}  // namespace

void php_study_coroutine_info(Coroutine *coroutine, zval *info) {
    array_init_size(info, 11);
    add_assoc_long(info, "id", static_cast<zend_long>(coroutine->id()));
    add_assoc_long(info, "parent", static_cast<zend_long>(coroutine->parent_id()));
    zval target;
    Activity activity = activity_of(coroutine, &target);
    add_assoc_string(info, "state", kStateNames[static_cast<int>(activity.state)]);
    if (activity.kind != nullptr) {
        add_assoc_string(info, "wait", activity.kind);
        add_assoc_str(info, "reason", activity.reason);
    } else {
        add_assoc_null(info, "wait");
        add_assoc_null(info, "reason");
    }
    add_assoc_zval(info, "target", &target);
    zend_string *function = activity.kind != nullptr ? waiting_function(coroutine) : nullptr;
    if (function != nullptr) {
        add_assoc_str(info, "function", function);
    } else {
        add_assoc_null(info, "function");
    }
    if (activity.wait != nullptr) {
        const study::WaitTimes times = scheduler::wait_times(activity.wait);
        add_assoc_double(info, "since", unix_time_of(times.since));
        if (times.until >= 0) {
            add_assoc_double(info, "until", unix_time_of(times.until));
        } else {
            add_assoc_null(info, "until");
        }
    } else {
        add_assoc_null(info, "since");
        add_assoc_null(info, "until");
    }
    const php_study_task *task = php_study_task_of(coroutine);
    if (task->origin_file != nullptr) {
        add_assoc_str(info, "created_file", zend_string_copy(task->origin_file));
        add_assoc_long(info, "created_line", static_cast<zend_long>(task->origin_line));
    } else {
        add_assoc_null(info, "created_file");
        add_assoc_null(info, "created_line");
    }
}

void php_study_wait_counts(zval *counts) {
    array_init(counts);
    for (int64_t id : Coroutine::ids()) {
        Coroutine *coroutine = Coroutine::get(id);
        const char *kind = kind_of(coroutine, state_of(coroutine));
        if (kind == nullptr) {
            continue;
        }
        zval *count = zend_hash_str_find(Z_ARRVAL_P(counts), kind, strlen(kind));
        if (count != nullptr) {
            Z_LVAL_P(count)++;
        } else {
            add_assoc_long(counts, kind, 1);
        }
    }
}

namespace {

/* A reason and the function it waits in: "channel pop on channel #3 in Study\Coroutine\Channel->pop()". Takes
 * `reason` (owned); `function` may be nullptr. */
void append_reason(smart_str *line, zend_string *reason, zend_string *function) {
    smart_str_append(line, reason);
    zend_string_release(reason);
    if (function != nullptr) {
        smart_str_appends(line, " in ");
        smart_str_append(line, function);
        smart_str_appends(line, "()");
        zend_string_release(function);
    }
}

/* The activity's reason with its function, or the state's name when it does nothing (running, new, suspended). */
void append_activity(smart_str *line, Coroutine *coroutine, const Activity &activity) {
    if (activity.reason == nullptr) {
        smart_str_appends(line, kStateNames[static_cast<int>(activity.state)]);
        return;
    }
    append_reason(line, activity.reason, activity.kind != nullptr ? waiting_function(coroutine) : nullptr);
}

/* How long a wait has lasted and, with a timeout, the time left: ", for 1.250 s, 3.750 s left". */
void append_wait_times(smart_str *line, const WaitPoint *wait) {
    const study::WaitTimes times = scheduler::wait_times(wait);
    const double now = scheduler::monotonic_now();
    smart_str_append_printf(line, ", for %.3f s", std::max(0.0, now - times.since));
    if (times.until >= 0) {
        smart_str_append_printf(line, ", %.3f s left", std::max(0.0, times.until - now));
    }
}

/* Where the running context is: " at /app/x.php:12", its innermost PHP frame's line (nothing where no PHP code runs).
 */
void append_position(smart_str *line) {
    php_study_origin here;
    php_study_origin_here(&here);
    if (here.file != nullptr) {
        smart_str_append_printf(line, " at %s:%u", ZSTR_VAL(here.file), here.line);
    }
    php_study_origin_release(&here);
}

}  // namespace

zend_string *php_study_wait_reason_line(Coroutine *coroutine) {
    zval target;
    Activity activity = activity_of(coroutine, &target);
    zval_ptr_dtor(&target);
    smart_str line = {};
    append_activity(&line, coroutine, activity);
    if (activity.wait != nullptr) {
        /* As Go's goroutine dump: the time only once it is long enough to matter (whole minutes). */
        const double waited = scheduler::monotonic_now() - scheduler::wait_times(activity.wait).since;
        const auto minutes = static_cast<zend_long>(waited / 60);
        if (minutes > 0) {
            smart_str_append_printf(&line, ", " ZEND_LONG_FMT " minute%s", minutes, minutes == 1 ? "" : "s");
        }
    }
    smart_str_0(&line);
    return line.s;
}

zend_string *php_study_main_wait_reason_line(void) {
    const WaitPoint *wait = scheduler::main_wait();
    if (wait == nullptr) {
        return nullptr;
    }
    zval target;
    zend_string *reason = describe(wait, &target);
    zval_ptr_dtor(&target);
    return reason;
}

zend_string *php_study_dump_line(Coroutine *coroutine) {
    zval target;
    Activity activity = activity_of(coroutine, &target);
    zval_ptr_dtor(&target);
    smart_str line = {};
    smart_str_appends(&line, kStateNames[static_cast<int>(activity.state)]);
    if (activity.reason != nullptr) {
        smart_str_appends(&line, ": ");
        append_activity(&line, coroutine, activity);
    }
    if (activity.wait != nullptr) {
        append_wait_times(&line, activity.wait);
    }
    if (activity.state == State::kRunning) {
        append_position(&line);
    }
    smart_str_0(&line);
    return line.s;
}

zend_string *php_study_main_dump_line(void) {
    smart_str line = {};
    if (const WaitPoint *wait = scheduler::main_wait()) {
        smart_str_appends(&line, "waiting: ");
        zval target;
        append_reason(&line, describe(wait, &target), function_of(php_study_vm_main_frame()));
        zval_ptr_dtor(&target);
        append_wait_times(&line, wait);
    } else if (Coroutine::current() != nullptr) {
        smart_str_appends(&line, "resuming");
        if (Coroutine *resumed = resumed_by(nullptr)) {
            smart_str_append_printf(&line, ": resume of coroutine " ZEND_LONG_FMT,
                                    static_cast<zend_long>(resumed->id()));
        }
    } else {
        smart_str_appends(&line, "running");
        append_position(&line);
    }
    smart_str_0(&line);
    return line.s;
}

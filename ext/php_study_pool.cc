/* SPDX-License-Identifier: MIT */
/* Study\Process\Pool: worker processes supervised by the master (the core's study::Pool, include/study/pool.h). The
 * binding reads the options, checks that the fork happens where the child can start clean (the main script, no
 * coroutine or timer alive), and in a worker runs the callable as its main coroutine and ends the process. */

#include <cmath>

#include "php_study_coroutine.h"
#include "stubs/php_study_pool_arginfo.h"
#include "study/coroutine.h"
#include "study/pool.h"

zend_class_entry *php_study_pool_ce;

namespace {

struct php_study_pool {
    study::PoolOptions options;
    study::Pool *running; /* the core's pool while start() runs in this process (the master), else nullptr */
    zend_object std;
};

zend_object_handlers g_handlers;

php_study_pool *pool_from(zend_object *object) {
    return reinterpret_cast<php_study_pool *>(reinterpret_cast<char *>(object) - XtOffsetOf(php_study_pool, std));
}

zend_object *create_object(zend_class_entry *ce) {
    auto *pool = static_cast<php_study_pool *>(zend_object_alloc(sizeof(php_study_pool), ce));
    new (&pool->options) study::PoolOptions();
    pool->running = nullptr;
    zend_object_std_init(&pool->std, ce);
    object_properties_init(&pool->std, ce);
    pool->std.handlers = &g_handlers;
    return &pool->std;
}

void free_object(zend_object *object) {
    /* Still set only when a fatal error in a master-side handler jumped out of start(). */
    delete pool_from(object)->running;
    pool_from(object)->options.~PoolOptions();
    zend_object_std_dtor(object);
}

/* One option in seconds: a finite number, 0 or more; false with a TypeError or ValueError thrown. */
bool seconds_option(zval *value, const char *name, double *out) {
    ZVAL_DEREF(value);
    if (Z_TYPE_P(value) != IS_LONG && Z_TYPE_P(value) != IS_DOUBLE) {
        zend_argument_type_error(2, "option \"%s\" must be a number of seconds (int|float), %s given", name,
                                 zend_zval_type_name(value));
        return false;
    }
    const double seconds = zval_get_double(value);
    if (!std::isfinite(seconds) || seconds < 0) {
        zend_argument_value_error(2, "option \"%s\" must be 0 or more seconds", name);
        return false;
    }
    *out = seconds;
    return true;
}

bool read_options(HashTable *options, study::PoolOptions *out) {
    zend_string *key;
    zval *value;
    ZEND_HASH_FOREACH_STR_KEY_VAL(options, key, value) {
        if (key != nullptr && zend_string_equals_literal(key, "stop_timeout")) {
            if (!seconds_option(value, "stop_timeout", &out->stop_timeout)) {
                return false;
            }
        } else if (key != nullptr && zend_string_equals_literal(key, "restart_backoff_max")) {
            if (!seconds_option(value, "restart_backoff_max", &out->restart_backoff_max)) {
                return false;
            }
        } else {
            zend_argument_value_error(2, "has an unknown option \"%s\" (known: stop_timeout, restart_backoff_max)",
                                      key != nullptr ? ZSTR_VAL(key) : "(an integer key)");
            return false;
        }
    }
    ZEND_HASH_FOREACH_END();
    return true;
}

/* Where a fork leaves the child a clean runtime: the main script, outside any wait, with nothing of the runtime alive
 * that the child would inherit half-way (a coroutine's stack, a timer, a pool already running). */
bool may_start(void) {
    if (study::Coroutine::current() != nullptr) {
        php_study_throw_misuse(
            "Study\\Process\\Pool::start() must be called from the main script, not inside a coroutine: the workers "
            "are forks of this process and must not inherit its coroutines");
        return false;
    }
    if (study::Coroutine::count() > 0) {
        php_study_throw_misuse(
            "Study\\Process\\Pool::start() must be called with no coroutine alive (%zu are alive): the workers are "
            "forks of this process and must not inherit them",
            study::Coroutine::count());
        return false;
    }
    if (!study::scheduler::timer_ids().empty()) {
        php_study_throw_misuse(
            "Study\\Process\\Pool::start() must be called with no Study\\Timer running: the workers are forks of this "
            "process and must not inherit it");
        return false;
    }
    if (study::Pool::worker_id() >= 0 || study::Pool::master_pid() != 0) {
        php_study_throw_misuse("Study\\Process\\Pool::start() cannot start a pool inside a worker or a running pool");
        return false;
    }
    return php_study_switching_allowed("Study\\Process\\Pool::start()");
}

/* In a worker: $fn($workerId) as the main coroutine, the loop until nothing is left, then the end of the process
 * with status 0 (an exit, so shutdown functions and destructors run as at a script's end). An uncaught exception or a
 * fatal error ends it as it ends a script. */
void run_worker(zend_fcall_info *fci, zend_fcall_info_cache *fcc) {
    zval id;
    ZVAL_LONG(&id, study::Pool::worker_id());
    if (php_study_coroutine_create(&fci->function_name, fcc, &id, 1) < 0 || EG(exception) != nullptr) {
        return;
    }
    study::scheduler::run();
    if (EG(exception) == nullptr) {
        EG(exit_status) = 0;
        zend_throw_unwind_exit();
    }
}

}  // namespace

PHP_METHOD(Study_Process_Pool, __construct) {
    zend_long workers;
    HashTable *options = nullptr;
    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_LONG(workers)
        Z_PARAM_OPTIONAL
        Z_PARAM_ARRAY_HT(options)
    ZEND_PARSE_PARAMETERS_END();
    php_study_pool *pool = pool_from(Z_OBJ_P(ZEND_THIS));
    study::PoolOptions read;
    read.workers = workers < 0 ? 0 : (workers > INT_MAX ? INT_MAX : static_cast<int>(workers));
    if (options != nullptr && !read_options(options, &read)) {
        RETURN_THROWS();
    }
    pool->options = read;
}

PHP_METHOD(Study_Process_Pool, start) {
    zend_fcall_info fci;
    zend_fcall_info_cache fcc;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_FUNC(fci, fcc)
    ZEND_PARSE_PARAMETERS_END();
    php_study_pool *pool = pool_from(Z_OBJ_P(ZEND_THIS));
    if (!may_start()) {
        RETURN_THROWS();
    }
    auto *core = new study::Pool(pool->options);
    pool->running = core;
    const study::Pool::Outcome outcome = core->run();
    pool->running = nullptr;
    const std::string error = core->error();
    delete core;
    switch (outcome) {
        case study::Pool::Outcome::kWorker:
            run_worker(&fci, &fcc);
            RETURN_FALSE; /* only an exception or exit ends up here, which the caller sees instead */
        case study::Pool::Outcome::kStopped:
            RETURN_TRUE;
        case study::Pool::Outcome::kFailed:
            php_error_docref(nullptr, E_WARNING, "%s", error.c_str());
            RETURN_FALSE;
        case study::Pool::Outcome::kAborted:
            RETURN_FALSE;
    }
}

namespace {

/* The pool's master running in this process, or nullptr (not started, ended, or this is one of its workers). */
study::Pool *running_here(zend_object *object) {
    php_study_pool *pool = pool_from(object);
    return study::Pool::worker_id() >= 0 ? nullptr : pool->running;
}

}  // namespace

PHP_METHOD(Study_Process_Pool, reload) {
    ZEND_PARSE_PARAMETERS_NONE();
    study::Pool *running = running_here(Z_OBJ_P(ZEND_THIS));
    if (running == nullptr) {
        RETURN_FALSE;
    }
    running->reload();
    RETURN_TRUE;
}

PHP_METHOD(Study_Process_Pool, stop) {
    ZEND_PARSE_PARAMETERS_NONE();
    study::Pool *running = running_here(Z_OBJ_P(ZEND_THIS));
    if (running == nullptr) {
        RETURN_FALSE;
    }
    running->stop();
    RETURN_TRUE;
}

PHP_METHOD(Study_Process_Pool, workerId) {
    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_LONG(study::Pool::worker_id());
}

PHP_METHOD(Study_Process_Pool, masterPid) {
    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_LONG(study::Pool::master_pid());
}

void php_study_pool_minit(int module_number) {
    (void)module_number;
    php_study_pool_ce = register_class_Study_Process_Pool();
    php_study_pool_ce->create_object = create_object;
    memcpy(&g_handlers, zend_get_std_object_handlers(), sizeof(g_handlers));
    g_handlers.offset = XtOffsetOf(php_study_pool, std);
    g_handlers.free_obj = free_object;
    g_handlers.clone_obj = nullptr;
}

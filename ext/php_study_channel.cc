/* SPDX-License-Identifier: MIT */
/* Study\Coroutine\Channel: the core's Channel<T> over zvals. The core queues, hands over and wakes; this file only
 * owns zvals, maps statuses to errCode, and builds select()'s result. */
#include <vector>

#include "php_study_coroutine.h"
#include "php_study_error.h"
#include "php_study_timeout.h"

extern "C" {
#include "zend_exceptions.h"
#include "zend_interfaces.h"
}

#include "study/channel.h"

/* errCode values, also used by the stub's @cvalue. */
#define STUDY_CHANNEL_OK static_cast<zend_long>(study::ChannelStatus::kOk)
#define STUDY_CHANNEL_TIMEOUT static_cast<zend_long>(study::ChannelStatus::kTimeout)
#define STUDY_CHANNEL_CLOSED static_cast<zend_long>(study::ChannelStatus::kClosed)
#define STUDY_CHANNEL_CANCELED static_cast<zend_long>(study::ChannelStatus::kCanceled)

#include "stubs/php_study_channel_arginfo.h"

using study::ChannelStatus;

zend_class_entry *php_study_channel_ce;

namespace {

/* One owned reference to a zval, moved (never copied) through the core's channel. */
struct OwnedZval {
    zval value;
    OwnedZval() { ZVAL_UNDEF(&value); }
    OwnedZval(OwnedZval &&other) noexcept {
        ZVAL_COPY_VALUE(&value, &other.value);
        ZVAL_UNDEF(&other.value);
    }
    OwnedZval &operator=(OwnedZval &&other) noexcept {
        if (this != &other) {
            zval old;
            ZVAL_COPY_VALUE(&old, &value);
            ZVAL_COPY_VALUE(&value, &other.value);
            ZVAL_UNDEF(&other.value);
            if (Z_REFCOUNTED(old)) {
                zval_ptr_dtor(&old); /* last: a destructor it runs sees this object consistent */
            }
        }
        return *this;
    }
    ~OwnedZval() {
        if (Z_REFCOUNTED(value)) {
            zval_ptr_dtor(&value);
        }
    }
};

using ZvalChannel = study::Channel<OwnedZval>;

struct php_study_channel {
    ZvalChannel *channel; /* nullptr until the constructor ran */
    zend_object std;
};

zend_object_handlers g_handlers;
uint32_t g_capacity_offset;
php_study_error_properties g_error_properties;

php_study_channel *channel_from(zend_object *object) {
    return reinterpret_cast<php_study_channel *>(reinterpret_cast<char *>(object) - XtOffsetOf(php_study_channel, std));
}

zend_object *create_object(zend_class_entry *ce) {
    auto *chan = static_cast<php_study_channel *>(zend_object_alloc(sizeof(php_study_channel), ce));
    chan->channel = nullptr;
    zend_object_std_init(&chan->std, ce);
    object_properties_init(&chan->std, ce);
    chan->std.handlers = &g_handlers;
    return &chan->std;
}

void free_object(zend_object *object) {
    php_study_channel *chan = channel_from(object);
    /* Waiters wake with CLOSED; queued values are released. (A waiting push or pop keeps its channel alive, so
     * only the end of a request after a fatal error gets here with waiters.) */
    delete chan->channel;
    chan->channel = nullptr;
    zend_object_std_dtor(object);
}

HashTable *get_gc(zend_object *object, zval **table, int *count) {
    php_study_channel *chan = channel_from(object);
    zend_get_gc_buffer *buffer = zend_get_gc_buffer_create();
    if (chan->channel != nullptr) {
        chan->channel->for_each_value(
            [buffer](OwnedZval &owned) { zend_get_gc_buffer_add_zval(buffer, &owned.value); });
    }
    zend_get_gc_buffer_use(buffer, table, count);
    return zend_std_get_properties(object);
}

/* The core channel of $this; throws when a subclass constructor did not call parent::__construct(). */
ZvalChannel *channel_of(zend_object *object) {
    ZvalChannel *channel = channel_from(object)->channel;
    if (UNEXPECTED(channel == nullptr)) {
        zend_throw_error(nullptr,
                         "%s object is not constructed; a subclass constructor must call parent::__construct()",
                         ZSTR_VAL(object->ce->name));
    }
    return channel;
}

void set_err_code(zend_object *object, ChannelStatus status) {
    php_study_set_error(object, g_error_properties, static_cast<zend_long>(status), nullptr);
}

/* After an operation that may have waited: false (with an exception pending) when the caller must return at once. */
bool wait_ended(ChannelStatus status) {
    switch (status) {
        case ChannelStatus::kDeadlock:
            return php_study_wait_end(study::WakeReason::kDeadlock);
        case ChannelStatus::kAborted:
            return php_study_wait_end(study::WakeReason::kAborted);
        default:
            return php_study_wait_end(study::WakeReason::kDone);
    }
}

}  // namespace

PHP_METHOD(Study_Coroutine_Channel, __construct) {
    zend_long capacity = 1;
    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(capacity)
    ZEND_PARSE_PARAMETERS_END();
    php_study_channel *chan = channel_from(Z_OBJ_P(ZEND_THIS));
    if (chan->channel != nullptr) {
        zend_throw_error(nullptr, "Cannot call %s::__construct() twice", ZSTR_VAL(Z_OBJCE_P(ZEND_THIS)->name));
        RETURN_THROWS();
    }
    if (capacity < 0) {
        zend_argument_value_error(1, "must be 0 (unbuffered) or more");
        RETURN_THROWS();
    }
    chan->channel = new ZvalChannel(static_cast<size_t>(capacity));
    chan->channel->set_tag(static_cast<int64_t>(chan->std.handle)); /* spl_object_id(), in wait reasons */
    ZVAL_LONG(OBJ_PROP(&chan->std, g_capacity_offset), capacity);
}

PHP_METHOD(Study_Coroutine_Channel, push) {
    zval *value;
    double timeout = -1;
    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_ZVAL(value)
        Z_PARAM_OPTIONAL
        Z_PARAM_DOUBLE(timeout)
    ZEND_PARSE_PARAMETERS_END();
    ZvalChannel *channel = channel_of(Z_OBJ_P(ZEND_THIS));
    if (channel == nullptr || !php_study_timeout_arg(timeout, 2, &timeout)) {
        RETURN_THROWS();
    }
    /* A wait where the context may not suspend is refused by the scheduler (its `refused` hook throws). */
    const bool waits = timeout != 0 && channel->push_would_wait();
    OwnedZval owned;
    ZVAL_COPY(&owned.value, value);
    const ChannelStatus status = channel->push(owned, timeout);
    if (waits && !wait_ended(status)) {
        RETURN_THROWS();
    }
    set_err_code(Z_OBJ_P(ZEND_THIS), status);
    RETURN_BOOL(status == ChannelStatus::kOk);
}

PHP_METHOD(Study_Coroutine_Channel, pop) {
    double timeout = -1;
    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_DOUBLE(timeout)
    ZEND_PARSE_PARAMETERS_END();
    ZvalChannel *channel = channel_of(Z_OBJ_P(ZEND_THIS));
    if (channel == nullptr || !php_study_timeout_arg(timeout, 1, &timeout)) {
        RETURN_THROWS();
    }
    const bool waits = timeout != 0 && channel->pop_would_wait();
    OwnedZval owned;
    const ChannelStatus status = channel->pop(&owned, timeout);
    if (waits && !wait_ended(status)) {
        RETURN_THROWS();
    }
    set_err_code(Z_OBJ_P(ZEND_THIS), status);
    if (status != ChannelStatus::kOk) {
        RETURN_FALSE;
    }
    RETVAL_COPY_VALUE(&owned.value);
    ZVAL_UNDEF(&owned.value);
}

PHP_METHOD(Study_Coroutine_Channel, close) {
    ZEND_PARSE_PARAMETERS_NONE();
    ZvalChannel *channel = channel_of(Z_OBJ_P(ZEND_THIS));
    if (channel == nullptr) {
        RETURN_THROWS();
    }
    RETURN_BOOL(channel->close());
}

PHP_METHOD(Study_Coroutine_Channel, length) {
    ZEND_PARSE_PARAMETERS_NONE();
    ZvalChannel *channel = channel_of(Z_OBJ_P(ZEND_THIS));
    if (channel == nullptr) {
        RETURN_THROWS();
    }
    RETURN_LONG(static_cast<zend_long>(channel->length()));
}

PHP_METHOD(Study_Coroutine_Channel, isEmpty) {
    ZEND_PARSE_PARAMETERS_NONE();
    ZvalChannel *channel = channel_of(Z_OBJ_P(ZEND_THIS));
    if (channel == nullptr) {
        RETURN_THROWS();
    }
    RETURN_BOOL(channel->length() == 0);
}

PHP_METHOD(Study_Coroutine_Channel, isFull) {
    ZEND_PARSE_PARAMETERS_NONE();
    ZvalChannel *channel = channel_of(Z_OBJ_P(ZEND_THIS));
    if (channel == nullptr) {
        RETURN_THROWS();
    }
    RETURN_BOOL(channel->length() >= channel->capacity());
}

PHP_METHOD(Study_Coroutine_Channel, isClosed) {
    ZEND_PARSE_PARAMETERS_NONE();
    ZvalChannel *channel = channel_of(Z_OBJ_P(ZEND_THIS));
    if (channel == nullptr) {
        RETURN_THROWS();
    }
    RETURN_BOOL(channel->closed());
}

PHP_METHOD(Study_Coroutine_Channel, stats) {
    ZEND_PARSE_PARAMETERS_NONE();
    ZvalChannel *channel = channel_of(Z_OBJ_P(ZEND_THIS));
    if (channel == nullptr) {
        RETURN_THROWS();
    }
    array_init_size(return_value, 3);
    add_assoc_long(return_value, "consumer_num", static_cast<zend_long>(channel->consumers()));
    add_assoc_long(return_value, "producer_num", static_cast<zend_long>(channel->producers()));
    add_assoc_long(return_value, "queue_num", static_cast<zend_long>(channel->length()));
}

namespace {

/* What select() needs besides the core's ops: where each op came from. Both zvals are owned (released by
 * release_sources()): an array element that is a reference may be overwritten while select() waits. */
struct SelectSource {
    zval key;     /* its key in $pop or $push */
    zval channel; /* the channel object */
};

void release_sources(std::vector<SelectSource> *sources) {
    for (SelectSource &source : *sources) {
        zval_ptr_dtor(&source.key);
        zval_ptr_dtor(&source.channel);
    }
    sources->clear();
}

/* The channel object in `entry`, constructed; throws and returns nullptr otherwise. */
ZvalChannel *select_channel(zval *entry, uint32_t arg_num, const char *shape) {
    if (Z_TYPE_P(entry) != IS_OBJECT || !instanceof_function(Z_OBJCE_P(entry), php_study_channel_ce)) {
        zend_argument_type_error(arg_num, "must contain only %s, %s given", shape, zend_zval_type_name(entry));
        return nullptr;
    }
    return channel_of(Z_OBJ_P(entry));
}

void set_key(zval *out, zend_string *key, zend_ulong index) {
    if (key != nullptr) {
        ZVAL_STR_COPY(out, key);
    } else {
        ZVAL_LONG(out, static_cast<zend_long>(index));
    }
}

/* Reads $pop and $push into ops (push values copied) and their sources; false with an exception thrown. */
bool collect_ops(HashTable *pops, HashTable *pushes, std::vector<ZvalChannel::Op> *ops,
                 std::vector<SelectSource> *sources) {
    zend_ulong index;
    zend_string *key;
    zval *entry;
    ZEND_HASH_FOREACH_KEY_VAL(pops, index, key, entry) {
        ZVAL_DEREF(entry);
        ZvalChannel *channel = select_channel(entry, 1, "Study\\Coroutine\\Channel objects");
        if (channel == nullptr) {
            return false;
        }
        ops->push_back(ZvalChannel::Op{channel, false, OwnedZval{}});
        sources->push_back(SelectSource{});
        set_key(&sources->back().key, key, index);
        ZVAL_COPY(&sources->back().channel, entry);
    }
    ZEND_HASH_FOREACH_END();
    if (pushes == nullptr) {
        return true;
    }
    ZEND_HASH_FOREACH_KEY_VAL(pushes, index, key, entry) {
        ZVAL_DEREF(entry);
        zval *target = Z_TYPE_P(entry) == IS_ARRAY ? zend_hash_index_find_deref(Z_ARRVAL_P(entry), 0) : nullptr;
        zval *value = Z_TYPE_P(entry) == IS_ARRAY ? zend_hash_index_find(Z_ARRVAL_P(entry), 1) : nullptr;
        if (target == nullptr || value == nullptr || zend_hash_num_elements(Z_ARRVAL_P(entry)) != 2) {
            zend_argument_value_error(2, "must contain only [Study\\Coroutine\\Channel, value] pairs");
            return false;
        }
        ZvalChannel *channel = select_channel(target, 2, "[Study\\Coroutine\\Channel, value] pairs");
        if (channel == nullptr) {
            return false;
        }
        ops->push_back(ZvalChannel::Op{channel, true, OwnedZval{}});
        ZVAL_COPY_DEREF(&ops->back().value.value, value);
        sources->push_back(SelectSource{});
        set_key(&sources->back().key, key, index);
        ZVAL_COPY(&sources->back().channel, target);
    }
    ZEND_HASH_FOREACH_END();
    return true;
}

}  // namespace

PHP_METHOD(Study_Coroutine_Channel, select) {
    HashTable *pops, *pushes = nullptr;
    double timeout = -1;
    ZEND_PARSE_PARAMETERS_START(1, 3)
        Z_PARAM_ARRAY_HT(pops)
        Z_PARAM_OPTIONAL
        Z_PARAM_ARRAY_HT(pushes)
        Z_PARAM_DOUBLE(timeout)
    ZEND_PARSE_PARAMETERS_END();
    if (!php_study_timeout_arg(timeout, 3, &timeout)) {
        RETURN_THROWS();
    }
    std::vector<ZvalChannel::Op> ops;
    std::vector<SelectSource> sources;
    if (!collect_ops(pops, pushes, &ops, &sources)) {
        release_sources(&sources);
        RETURN_THROWS();
    }
    if (ops.empty()) {
        zend_argument_value_error(1, "and argument #2 ($push) cannot both be empty");
        RETURN_THROWS();
    }
    /* A wait where the context may not suspend is refused by the scheduler; a select that completes at once never
     * waits. */
    const ZvalChannel::Selected selected =
        php_study_wait_releasing([&] { return ZvalChannel::select(ops.data(), ops.size(), timeout); },
                                 [&] {
                                     release_sources(&sources);
                                     std::vector<SelectSource>().swap(sources);
                                     std::vector<ZvalChannel::Op>().swap(ops);
                                 });
    bool go_on = EG(exception) == nullptr;
    if (selected.status == ChannelStatus::kDeadlock || selected.status == ChannelStatus::kCanceled) {
        go_on = wait_ended(selected.status); /* reports a deadlock, or unwinds a coroutine being destroyed */
        if (go_on && selected.status == ChannelStatus::kCanceled) {
            php_study_throw_canceled("Study\\Coroutine\\Channel::select()");
            go_on = false;
        }
    }
    if (!go_on || selected.status == ChannelStatus::kTimeout || selected.status == ChannelStatus::kAborted) {
        release_sources(&sources);
        if (!go_on || EG(exception)) {
            RETURN_THROWS();
        }
        RETURN_FALSE;
    }
    ZvalChannel::Op &op = ops[selected.index];
    SelectSource &source = sources[selected.index];
    array_init_size(return_value, 5);
    add_assoc_string(return_value, "op", op.push ? "push" : "pop");
    Z_TRY_ADDREF(source.key);
    add_assoc_zval(return_value, "key", &source.key);
    Z_ADDREF(source.channel);
    add_assoc_zval(return_value, "channel", &source.channel);
    if (op.push) {
        add_assoc_null(return_value, "value");
    } else if (selected.status == ChannelStatus::kOk) {
        add_assoc_zval(return_value, "value", &op.value.value);
        ZVAL_UNDEF(&op.value.value);
    } else {
        add_assoc_bool(return_value, "value", false);
    }
    release_sources(&sources);
    add_assoc_long(return_value, "errCode", static_cast<zend_long>(selected.status));
}

void php_study_channel_minit(int module_number) {
    (void)module_number;
    php_study_channel_ce = register_class_Study_Coroutine_Channel();
    php_study_channel_ce->create_object = create_object;
    memcpy(&g_handlers, zend_get_std_object_handlers(), sizeof(g_handlers));
    g_handlers.offset = XtOffsetOf(php_study_channel, std);
    g_handlers.free_obj = free_object;
    g_handlers.clone_obj = nullptr;
    g_handlers.get_gc = get_gc;
    auto offset_of = [](const char *name) {
        auto *info = static_cast<zend_property_info *>(
            zend_hash_str_find_ptr(&php_study_channel_ce->properties_info, name, strlen(name)));
        return info->offset;
    };
    g_capacity_offset = offset_of("capacity");
    g_error_properties = php_study_error_properties_of(php_study_channel_ce);
}

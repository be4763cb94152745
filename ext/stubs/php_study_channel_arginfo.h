/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 236c05fb3fc2b7ecf0f8d2933d3be638a7deb145 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Study_Coroutine_Channel___construct, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, capacity, IS_LONG, 0, "1")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Study_Coroutine_Channel_push, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, value, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timeout, IS_DOUBLE, 0, "-1")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Study_Coroutine_Channel_pop, 0, 0, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timeout, IS_DOUBLE, 0, "-1")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Study_Coroutine_Channel_close, 0, 0, _IS_BOOL, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Study_Coroutine_Channel_length, 0, 0, IS_LONG, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Study_Coroutine_Channel_isEmpty arginfo_class_Study_Coroutine_Channel_close

#define arginfo_class_Study_Coroutine_Channel_isFull arginfo_class_Study_Coroutine_Channel_close

#define arginfo_class_Study_Coroutine_Channel_isClosed arginfo_class_Study_Coroutine_Channel_close

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Study_Coroutine_Channel_stats, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_class_Study_Coroutine_Channel_select, 0, 1, MAY_BE_ARRAY|MAY_BE_FALSE)
	ZEND_ARG_TYPE_INFO(0, pop, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, push, IS_ARRAY, 0, "[]")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timeout, IS_DOUBLE, 0, "-1")
ZEND_END_ARG_INFO()


ZEND_METHOD(Study_Coroutine_Channel, __construct);
ZEND_METHOD(Study_Coroutine_Channel, push);
ZEND_METHOD(Study_Coroutine_Channel, pop);
ZEND_METHOD(Study_Coroutine_Channel, close);
ZEND_METHOD(Study_Coroutine_Channel, length);
ZEND_METHOD(Study_Coroutine_Channel, isEmpty);
ZEND_METHOD(Study_Coroutine_Channel, isFull);
ZEND_METHOD(Study_Coroutine_Channel, isClosed);
ZEND_METHOD(Study_Coroutine_Channel, stats);
ZEND_METHOD(Study_Coroutine_Channel, select);


static const zend_function_entry class_Study_Coroutine_Channel_methods[] = {
	ZEND_ME(Study_Coroutine_Channel, __construct, arginfo_class_Study_Coroutine_Channel___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(Study_Coroutine_Channel, push, arginfo_class_Study_Coroutine_Channel_push, ZEND_ACC_PUBLIC)
	ZEND_ME(Study_Coroutine_Channel, pop, arginfo_class_Study_Coroutine_Channel_pop, ZEND_ACC_PUBLIC)
	ZEND_ME(Study_Coroutine_Channel, close, arginfo_class_Study_Coroutine_Channel_close, ZEND_ACC_PUBLIC)
	ZEND_ME(Study_Coroutine_Channel, length, arginfo_class_Study_Coroutine_Channel_length, ZEND_ACC_PUBLIC)
	ZEND_ME(Study_Coroutine_Channel, isEmpty, arginfo_class_Study_Coroutine_Channel_isEmpty, ZEND_ACC_PUBLIC)
	ZEND_ME(Study_Coroutine_Channel, isFull, arginfo_class_Study_Coroutine_Channel_isFull, ZEND_ACC_PUBLIC)
	ZEND_ME(Study_Coroutine_Channel, isClosed, arginfo_class_Study_Coroutine_Channel_isClosed, ZEND_ACC_PUBLIC)
	ZEND_ME(Study_Coroutine_Channel, stats, arginfo_class_Study_Coroutine_Channel_stats, ZEND_ACC_PUBLIC)
	ZEND_ME(Study_Coroutine_Channel, select, arginfo_class_Study_Coroutine_Channel_select, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_Study_Coroutine_Channel(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Study\\Coroutine", "Channel", class_Study_Coroutine_Channel_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_NOT_SERIALIZABLE;

	zval const_OK_value;
	ZVAL_LONG(&const_OK_value, STUDY_CHANNEL_OK);
	zend_string *const_OK_name = zend_string_init_interned("OK", sizeof("OK") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_OK_name, &const_OK_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_OK_name);

	zval const_TIMEOUT_value;
	ZVAL_LONG(&const_TIMEOUT_value, STUDY_CHANNEL_TIMEOUT);
	zend_string *const_TIMEOUT_name = zend_string_init_interned("TIMEOUT", sizeof("TIMEOUT") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_TIMEOUT_name, &const_TIMEOUT_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_TIMEOUT_name);

	zval const_CLOSED_value;
	ZVAL_LONG(&const_CLOSED_value, STUDY_CHANNEL_CLOSED);
	zend_string *const_CLOSED_name = zend_string_init_interned("CLOSED", sizeof("CLOSED") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CLOSED_name, &const_CLOSED_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CLOSED_name);

	zval const_CANCELED_value;
	ZVAL_LONG(&const_CANCELED_value, STUDY_CHANNEL_CANCELED);
	zend_string *const_CANCELED_name = zend_string_init_interned("CANCELED", sizeof("CANCELED") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CANCELED_name, &const_CANCELED_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CANCELED_name);

	zval property_capacity_default_value;
	ZVAL_UNDEF(&property_capacity_default_value);
	zend_string *property_capacity_name = zend_string_init("capacity", sizeof("capacity") - 1, 1);
	zend_declare_typed_property(class_entry, property_capacity_name, &property_capacity_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_capacity_name);

	zval property_errCode_default_value;
	ZVAL_LONG(&property_errCode_default_value, 0);
	zend_string *property_errCode_name = zend_string_init("errCode", sizeof("errCode") - 1, 1);
	zend_declare_typed_property(class_entry, property_errCode_name, &property_errCode_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_errCode_name);

	return class_entry;
}

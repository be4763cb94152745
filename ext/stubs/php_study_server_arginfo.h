/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 41c51970987910c22d1f9b9d918b313fcf449756 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Study_Coroutine_Server___construct, 0, 0, 2)
	ZEND_ARG_TYPE_INFO(0, host, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, port, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, reuse_port, _IS_BOOL, 0, "false")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, ssl, IS_ARRAY, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Study_Coroutine_Server_set_handler, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, fn, IS_CALLABLE, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Study_Coroutine_Server_setHandler arginfo_class_Study_Coroutine_Server_set_handler

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Study_Coroutine_Server_start, 0, 0, _IS_BOOL, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Study_Coroutine_Server_shutdown arginfo_class_Study_Coroutine_Server_start


ZEND_METHOD(Study_Coroutine_Server, __construct);
ZEND_METHOD(Study_Coroutine_Server, set_handler);
ZEND_METHOD(Study_Coroutine_Server, start);
ZEND_METHOD(Study_Coroutine_Server, shutdown);


static const zend_function_entry class_Study_Coroutine_Server_methods[] = {
	ZEND_ME(Study_Coroutine_Server, __construct, arginfo_class_Study_Coroutine_Server___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(Study_Coroutine_Server, set_handler, arginfo_class_Study_Coroutine_Server_set_handler, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(Study_Coroutine_Server, setHandler, set_handler, arginfo_class_Study_Coroutine_Server_setHandler, ZEND_ACC_PUBLIC)
	ZEND_ME(Study_Coroutine_Server, start, arginfo_class_Study_Coroutine_Server_start, ZEND_ACC_PUBLIC)
	ZEND_ME(Study_Coroutine_Server, shutdown, arginfo_class_Study_Coroutine_Server_shutdown, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_Study_Coroutine_Server(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Study\\Coroutine", "Server", class_Study_Coroutine_Server_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_NOT_SERIALIZABLE;

	zval property_host_default_value;
	ZVAL_UNDEF(&property_host_default_value);
	zend_string *property_host_name = zend_string_init("host", sizeof("host") - 1, 1);
	zend_declare_typed_property(class_entry, property_host_name, &property_host_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_host_name);

	zval property_port_default_value;
	ZVAL_UNDEF(&property_port_default_value);
	zend_string *property_port_name = zend_string_init("port", sizeof("port") - 1, 1);
	zend_declare_typed_property(class_entry, property_port_name, &property_port_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_port_name);

	zval property_errCode_default_value;
	ZVAL_LONG(&property_errCode_default_value, 0);
	zend_string *property_errCode_name = zend_string_init("errCode", sizeof("errCode") - 1, 1);
	zend_declare_typed_property(class_entry, property_errCode_name, &property_errCode_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_errCode_name);

	zval property_errMsg_default_value;
	ZVAL_EMPTY_STRING(&property_errMsg_default_value);
	zend_string *property_errMsg_name = zend_string_init("errMsg", sizeof("errMsg") - 1, 1);
	zend_declare_typed_property(class_entry, property_errMsg_name, &property_errMsg_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_errMsg_name);

	return class_entry;
}

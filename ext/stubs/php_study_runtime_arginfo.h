/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: dcf8979d7eea0eca5107dd135699a91c682120dd */

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Study_Runtime_enableCoroutine, 0, 0, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, flags, IS_LONG, 0, "Study\\Runtime::HOOK_ALL")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Study_Runtime_disableCoroutine, 0, 0, _IS_BOOL, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Study_Runtime_getHookFlags, 0, 0, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Study_Runtime_metrics, 0, 0, IS_STRING, 0)
ZEND_END_ARG_INFO()


ZEND_METHOD(Study_Runtime, enableCoroutine);
ZEND_METHOD(Study_Runtime, disableCoroutine);
ZEND_METHOD(Study_Runtime, getHookFlags);
ZEND_METHOD(Study_Runtime, metrics);


static const zend_function_entry class_Study_Runtime_methods[] = {
	ZEND_ME(Study_Runtime, enableCoroutine, arginfo_class_Study_Runtime_enableCoroutine, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Study_Runtime, disableCoroutine, arginfo_class_Study_Runtime_disableCoroutine, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Study_Runtime, getHookFlags, arginfo_class_Study_Runtime_getHookFlags, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Study_Runtime, metrics, arginfo_class_Study_Runtime_metrics, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_Study_Runtime(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Study", "Runtime", class_Study_Runtime_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL;

	zval const_HOOK_SLEEP_value;
	ZVAL_LONG(&const_HOOK_SLEEP_value, 1);
	zend_string *const_HOOK_SLEEP_name = zend_string_init_interned("HOOK_SLEEP", sizeof("HOOK_SLEEP") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_HOOK_SLEEP_name, &const_HOOK_SLEEP_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_HOOK_SLEEP_name);

	zval const_HOOK_TCP_value;
	ZVAL_LONG(&const_HOOK_TCP_value, 2);
	zend_string *const_HOOK_TCP_name = zend_string_init_interned("HOOK_TCP", sizeof("HOOK_TCP") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_HOOK_TCP_name, &const_HOOK_TCP_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_HOOK_TCP_name);

	zval const_HOOK_UDP_value;
	ZVAL_LONG(&const_HOOK_UDP_value, 4);
	zend_string *const_HOOK_UDP_name = zend_string_init_interned("HOOK_UDP", sizeof("HOOK_UDP") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_HOOK_UDP_name, &const_HOOK_UDP_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_HOOK_UDP_name);

	zval const_HOOK_UNIX_value;
	ZVAL_LONG(&const_HOOK_UNIX_value, 8);
	zend_string *const_HOOK_UNIX_name = zend_string_init_interned("HOOK_UNIX", sizeof("HOOK_UNIX") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_HOOK_UNIX_name, &const_HOOK_UNIX_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_HOOK_UNIX_name);

	zval const_HOOK_UDG_value;
	ZVAL_LONG(&const_HOOK_UDG_value, 16);
	zend_string *const_HOOK_UDG_name = zend_string_init_interned("HOOK_UDG", sizeof("HOOK_UDG") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_HOOK_UDG_name, &const_HOOK_UDG_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_HOOK_UDG_name);

	zval const_HOOK_DNS_value;
	ZVAL_LONG(&const_HOOK_DNS_value, 32);
	zend_string *const_HOOK_DNS_name = zend_string_init_interned("HOOK_DNS", sizeof("HOOK_DNS") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_HOOK_DNS_name, &const_HOOK_DNS_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_HOOK_DNS_name);

	zval const_HOOK_STREAM_SELECT_value;
	ZVAL_LONG(&const_HOOK_STREAM_SELECT_value, 64);
	zend_string *const_HOOK_STREAM_SELECT_name = zend_string_init_interned("HOOK_STREAM_SELECT", sizeof("HOOK_STREAM_SELECT") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_HOOK_STREAM_SELECT_name, &const_HOOK_STREAM_SELECT_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_HOOK_STREAM_SELECT_name);

	zval const_HOOK_SSL_value;
	ZVAL_LONG(&const_HOOK_SSL_value, 128);
	zend_string *const_HOOK_SSL_name = zend_string_init_interned("HOOK_SSL", sizeof("HOOK_SSL") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_HOOK_SSL_name, &const_HOOK_SSL_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_HOOK_SSL_name);

	zval const_HOOK_TLS_value;
	ZVAL_LONG(&const_HOOK_TLS_value, 256);
	zend_string *const_HOOK_TLS_name = zend_string_init_interned("HOOK_TLS", sizeof("HOOK_TLS") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_HOOK_TLS_name, &const_HOOK_TLS_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_HOOK_TLS_name);

	zval const_HOOK_CURL_value;
	ZVAL_LONG(&const_HOOK_CURL_value, 512);
	zend_string *const_HOOK_CURL_name = zend_string_init_interned("HOOK_CURL", sizeof("HOOK_CURL") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_HOOK_CURL_name, &const_HOOK_CURL_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_HOOK_CURL_name);

	zval const_HOOK_PROC_value;
	ZVAL_LONG(&const_HOOK_PROC_value, 1024);
	zend_string *const_HOOK_PROC_name = zend_string_init_interned("HOOK_PROC", sizeof("HOOK_PROC") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_HOOK_PROC_name, &const_HOOK_PROC_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_HOOK_PROC_name);

	zval const_HOOK_FILE_value;
	ZVAL_LONG(&const_HOOK_FILE_value, 2048);
	zend_string *const_HOOK_FILE_name = zend_string_init_interned("HOOK_FILE", sizeof("HOOK_FILE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_HOOK_FILE_name, &const_HOOK_FILE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_HOOK_FILE_name);

	zval const_HOOK_PDO_PGSQL_value;
	ZVAL_LONG(&const_HOOK_PDO_PGSQL_value, 4096);
	zend_string *const_HOOK_PDO_PGSQL_name = zend_string_init_interned("HOOK_PDO_PGSQL", sizeof("HOOK_PDO_PGSQL") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_HOOK_PDO_PGSQL_name, &const_HOOK_PDO_PGSQL_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_HOOK_PDO_PGSQL_name);

	zval const_HOOK_PGSQL_value;
	ZVAL_LONG(&const_HOOK_PGSQL_value, 8192);
	zend_string *const_HOOK_PGSQL_name = zend_string_init_interned("HOOK_PGSQL", sizeof("HOOK_PGSQL") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_HOOK_PGSQL_name, &const_HOOK_PGSQL_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_HOOK_PGSQL_name);

	zval const_HOOK_SOCKETS_value;
	ZVAL_LONG(&const_HOOK_SOCKETS_value, 16384);
	zend_string *const_HOOK_SOCKETS_name = zend_string_init_interned("HOOK_SOCKETS", sizeof("HOOK_SOCKETS") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_HOOK_SOCKETS_name, &const_HOOK_SOCKETS_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_HOOK_SOCKETS_name);

	zval const_HOOK_ALL_value;
	ZVAL_LONG(&const_HOOK_ALL_value, 32767);
	zend_string *const_HOOK_ALL_name = zend_string_init_interned("HOOK_ALL", sizeof("HOOK_ALL") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_HOOK_ALL_name, &const_HOOK_ALL_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_HOOK_ALL_name);

	return class_entry;
}

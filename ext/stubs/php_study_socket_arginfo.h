/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 0736d3c67d09ccd5eb41b3507bb07ce46d126f16 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Study_Coroutine_Socket___construct, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, domain, IS_LONG, 0, "Study\\Coroutine\\Socket::AF_INET")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, type, IS_LONG, 0, "Study\\Coroutine\\Socket::SOCK_STREAM")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, protocol, IS_LONG, 0, "0")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Study_Coroutine_Socket_bind, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, address, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, port, IS_LONG, 0, "0")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Study_Coroutine_Socket_listen, 0, 0, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, backlog, IS_LONG, 0, "512")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_TYPE_MASK_EX(arginfo_class_Study_Coroutine_Socket_accept, 0, 0, Study\\Coroutine\\Socket, MAY_BE_FALSE)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timeout, IS_DOUBLE, 0, "-1")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Study_Coroutine_Socket_connect, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, host, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, port, IS_LONG, 0, "0")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timeout, IS_DOUBLE, 0, "-1")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_class_Study_Coroutine_Socket_recv, 0, 0, MAY_BE_STRING|MAY_BE_FALSE)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, length, IS_LONG, 0, "65536")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timeout, IS_DOUBLE, 0, "-1")
ZEND_END_ARG_INFO()

#define arginfo_class_Study_Coroutine_Socket_recvAll arginfo_class_Study_Coroutine_Socket_recv

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_class_Study_Coroutine_Socket_send, 0, 1, MAY_BE_LONG|MAY_BE_FALSE)
	ZEND_ARG_TYPE_INFO(0, data, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timeout, IS_DOUBLE, 0, "-1")
ZEND_END_ARG_INFO()

#define arginfo_class_Study_Coroutine_Socket_sendAll arginfo_class_Study_Coroutine_Socket_send

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_class_Study_Coroutine_Socket_recvfrom, 0, 0, MAY_BE_STRING|MAY_BE_FALSE)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, length, IS_LONG, 0, "65536")
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(1, address, "null")
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(1, port, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timeout, IS_DOUBLE, 0, "-1")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_class_Study_Coroutine_Socket_sendto, 0, 3, MAY_BE_LONG|MAY_BE_FALSE)
	ZEND_ARG_TYPE_INFO(0, address, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, port, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, data, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Study_Coroutine_Socket_shutdown, 0, 0, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, how, IS_LONG, 0, "2")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Study_Coroutine_Socket_close, 0, 0, _IS_BOOL, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Study_Coroutine_Socket_setOption, 0, 3, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, level, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, name, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, value, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_class_Study_Coroutine_Socket_getOption, 0, 2, MAY_BE_LONG|MAY_BE_FALSE)
	ZEND_ARG_TYPE_INFO(0, level, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, name, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_class_Study_Coroutine_Socket_getsockname, 0, 0, MAY_BE_ARRAY|MAY_BE_FALSE)
ZEND_END_ARG_INFO()

#define arginfo_class_Study_Coroutine_Socket_getpeername arginfo_class_Study_Coroutine_Socket_getsockname

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Study_Coroutine_Socket_enableCrypto, 0, 0, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timeout, IS_DOUBLE, 0, "-1")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_MASK_EX(arginfo_class_Study_Coroutine_Socket_getPeerCertificate, 0, 0, MAY_BE_STRING|MAY_BE_FALSE)
ZEND_END_ARG_INFO()

#define arginfo_class_Study_Coroutine_Socket_getCryptoInfo arginfo_class_Study_Coroutine_Socket_getsockname

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Study_Coroutine_Socket_setTimeout, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, seconds, IS_DOUBLE, 0)
ZEND_END_ARG_INFO()


ZEND_METHOD(Study_Coroutine_Socket, __construct);
ZEND_METHOD(Study_Coroutine_Socket, bind);
ZEND_METHOD(Study_Coroutine_Socket, listen);
ZEND_METHOD(Study_Coroutine_Socket, accept);
ZEND_METHOD(Study_Coroutine_Socket, connect);
ZEND_METHOD(Study_Coroutine_Socket, recv);
ZEND_METHOD(Study_Coroutine_Socket, recvAll);
ZEND_METHOD(Study_Coroutine_Socket, send);
ZEND_METHOD(Study_Coroutine_Socket, sendAll);
ZEND_METHOD(Study_Coroutine_Socket, recvfrom);
ZEND_METHOD(Study_Coroutine_Socket, sendto);
ZEND_METHOD(Study_Coroutine_Socket, shutdown);
ZEND_METHOD(Study_Coroutine_Socket, close);
ZEND_METHOD(Study_Coroutine_Socket, setOption);
ZEND_METHOD(Study_Coroutine_Socket, getOption);
ZEND_METHOD(Study_Coroutine_Socket, getsockname);
ZEND_METHOD(Study_Coroutine_Socket, getpeername);
ZEND_METHOD(Study_Coroutine_Socket, enableCrypto);
ZEND_METHOD(Study_Coroutine_Socket, getPeerCertificate);
ZEND_METHOD(Study_Coroutine_Socket, getCryptoInfo);
ZEND_METHOD(Study_Coroutine_Socket, setTimeout);


static const zend_function_entry class_Study_Coroutine_Socket_methods[] = {
	ZEND_ME(Study_Coroutine_Socket, __construct, arginfo_class_Study_Coroutine_Socket___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(Study_Coroutine_Socket, bind, arginfo_class_Study_Coroutine_Socket_bind, ZEND_ACC_PUBLIC)
	ZEND_ME(Study_Coroutine_Socket, listen, arginfo_class_Study_Coroutine_Socket_listen, ZEND_ACC_PUBLIC)
	ZEND_ME(Study_Coroutine_Socket, accept, arginfo_class_Study_Coroutine_Socket_accept, ZEND_ACC_PUBLIC)
	ZEND_ME(Study_Coroutine_Socket, connect, arginfo_class_Study_Coroutine_Socket_connect, ZEND_ACC_PUBLIC)
	ZEND_ME(Study_Coroutine_Socket, recv, arginfo_class_Study_Coroutine_Socket_recv, ZEND_ACC_PUBLIC)
	ZEND_ME(Study_Coroutine_Socket, recvAll, arginfo_class_Study_Coroutine_Socket_recvAll, ZEND_ACC_PUBLIC)
	ZEND_ME(Study_Coroutine_Socket, send, arginfo_class_Study_Coroutine_Socket_send, ZEND_ACC_PUBLIC)
	ZEND_ME(Study_Coroutine_Socket, sendAll, arginfo_class_Study_Coroutine_Socket_sendAll, ZEND_ACC_PUBLIC)
	ZEND_ME(Study_Coroutine_Socket, recvfrom, arginfo_class_Study_Coroutine_Socket_recvfrom, ZEND_ACC_PUBLIC)
	ZEND_ME(Study_Coroutine_Socket, sendto, arginfo_class_Study_Coroutine_Socket_sendto, ZEND_ACC_PUBLIC)
	ZEND_ME(Study_Coroutine_Socket, shutdown, arginfo_class_Study_Coroutine_Socket_shutdown, ZEND_ACC_PUBLIC)
	ZEND_ME(Study_Coroutine_Socket, close, arginfo_class_Study_Coroutine_Socket_close, ZEND_ACC_PUBLIC)
	ZEND_ME(Study_Coroutine_Socket, setOption, arginfo_class_Study_Coroutine_Socket_setOption, ZEND_ACC_PUBLIC)
	ZEND_ME(Study_Coroutine_Socket, getOption, arginfo_class_Study_Coroutine_Socket_getOption, ZEND_ACC_PUBLIC)
	ZEND_ME(Study_Coroutine_Socket, getsockname, arginfo_class_Study_Coroutine_Socket_getsockname, ZEND_ACC_PUBLIC)
	ZEND_ME(Study_Coroutine_Socket, getpeername, arginfo_class_Study_Coroutine_Socket_getpeername, ZEND_ACC_PUBLIC)
	ZEND_ME(Study_Coroutine_Socket, enableCrypto, arginfo_class_Study_Coroutine_Socket_enableCrypto, ZEND_ACC_PUBLIC)
	ZEND_ME(Study_Coroutine_Socket, getPeerCertificate, arginfo_class_Study_Coroutine_Socket_getPeerCertificate, ZEND_ACC_PUBLIC)
	ZEND_ME(Study_Coroutine_Socket, getCryptoInfo, arginfo_class_Study_Coroutine_Socket_getCryptoInfo, ZEND_ACC_PUBLIC)
	ZEND_ME(Study_Coroutine_Socket, setTimeout, arginfo_class_Study_Coroutine_Socket_setTimeout, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_Study_Coroutine_Socket_Exception_methods[] = {
	ZEND_FE_END
};

static zend_class_entry *register_class_Study_Coroutine_Socket(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Study\\Coroutine", "Socket", class_Study_Coroutine_Socket_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_NOT_SERIALIZABLE;

	zval const_AF_INET_value;
	ZVAL_LONG(&const_AF_INET_value, AF_INET);
	zend_string *const_AF_INET_name = zend_string_init_interned("AF_INET", sizeof("AF_INET") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_AF_INET_name, &const_AF_INET_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_AF_INET_name);

	zval const_AF_INET6_value;
	ZVAL_LONG(&const_AF_INET6_value, AF_INET6);
	zend_string *const_AF_INET6_name = zend_string_init_interned("AF_INET6", sizeof("AF_INET6") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_AF_INET6_name, &const_AF_INET6_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_AF_INET6_name);

	zval const_AF_UNIX_value;
	ZVAL_LONG(&const_AF_UNIX_value, AF_UNIX);
	zend_string *const_AF_UNIX_name = zend_string_init_interned("AF_UNIX", sizeof("AF_UNIX") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_AF_UNIX_name, &const_AF_UNIX_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_AF_UNIX_name);

	zval const_SOCK_STREAM_value;
	ZVAL_LONG(&const_SOCK_STREAM_value, SOCK_STREAM);
	zend_string *const_SOCK_STREAM_name = zend_string_init_interned("SOCK_STREAM", sizeof("SOCK_STREAM") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_SOCK_STREAM_name, &const_SOCK_STREAM_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_SOCK_STREAM_name);

	zval const_SOCK_DGRAM_value;
	ZVAL_LONG(&const_SOCK_DGRAM_value, SOCK_DGRAM);
	zend_string *const_SOCK_DGRAM_name = zend_string_init_interned("SOCK_DGRAM", sizeof("SOCK_DGRAM") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_SOCK_DGRAM_name, &const_SOCK_DGRAM_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_SOCK_DGRAM_name);

	zval const_IPPROTO_IP_value;
	ZVAL_LONG(&const_IPPROTO_IP_value, IPPROTO_IP);
	zend_string *const_IPPROTO_IP_name = zend_string_init_interned("IPPROTO_IP", sizeof("IPPROTO_IP") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_IPPROTO_IP_name, &const_IPPROTO_IP_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_IPPROTO_IP_name);

	zval property_fd_default_value;
	ZVAL_UNDEF(&property_fd_default_value);
	zend_string *property_fd_name = zend_string_init("fd", sizeof("fd") - 1, 1);
	zend_declare_typed_property(class_entry, property_fd_name, &property_fd_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_fd_name);

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

static zend_class_entry *register_class_Study_Coroutine_Socket_Exception(zend_class_entry *class_entry_RuntimeException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Study\\Coroutine\\Socket", "Exception", class_Study_Coroutine_Socket_Exception_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_RuntimeException);
	class_entry->ce_flags |= ZEND_ACC_FINAL;

	return class_entry;
}

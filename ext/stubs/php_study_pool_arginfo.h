/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: d30612d542703f78cba3f3c78fb912dcf4a136f2 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Study_Process_Pool___construct, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, workers, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Study_Process_Pool_start, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, fn, IS_CALLABLE, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Study_Process_Pool_reload, 0, 0, _IS_BOOL, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Study_Process_Pool_stop arginfo_class_Study_Process_Pool_reload

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Study_Process_Pool_workerId, 0, 0, IS_LONG, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Study_Process_Pool_masterPid arginfo_class_Study_Process_Pool_workerId


ZEND_METHOD(Study_Process_Pool, __construct);
ZEND_METHOD(Study_Process_Pool, start);
ZEND_METHOD(Study_Process_Pool, reload);
ZEND_METHOD(Study_Process_Pool, stop);
ZEND_METHOD(Study_Process_Pool, workerId);
ZEND_METHOD(Study_Process_Pool, masterPid);


static const zend_function_entry class_Study_Process_Pool_methods[] = {
	ZEND_ME(Study_Process_Pool, __construct, arginfo_class_Study_Process_Pool___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(Study_Process_Pool, start, arginfo_class_Study_Process_Pool_start, ZEND_ACC_PUBLIC)
	ZEND_ME(Study_Process_Pool, reload, arginfo_class_Study_Process_Pool_reload, ZEND_ACC_PUBLIC)
	ZEND_ME(Study_Process_Pool, stop, arginfo_class_Study_Process_Pool_stop, ZEND_ACC_PUBLIC)
	ZEND_ME(Study_Process_Pool, workerId, arginfo_class_Study_Process_Pool_workerId, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Study_Process_Pool, masterPid, arginfo_class_Study_Process_Pool_masterPid, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_Study_Process_Pool(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Study\\Process", "Pool", class_Study_Process_Pool_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NOT_SERIALIZABLE;

	return class_entry;
}

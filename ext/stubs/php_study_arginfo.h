/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 8f89a41db8e0aa1e78cd7d89d0ddb28348e79929 */

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_study_coroutine_create, 0, 1, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, func, IS_CALLABLE, 0)
	ZEND_ARG_VARIADIC_TYPE_INFO(0, args, IS_MIXED, 0)
ZEND_END_ARG_INFO()

#define arginfo_Sgo arginfo_study_coroutine_create


ZEND_FUNCTION(study_coroutine_create);


static const zend_function_entry ext_functions[] = {
	ZEND_FE(study_coroutine_create, arginfo_study_coroutine_create)
	ZEND_FALIAS(Sgo, study_coroutine_create, arginfo_Sgo)
	ZEND_FE_END
};

/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 92024d94639f629b4fe0514954f10c7cd6eb3681 */

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_study_coroutine_create, 0, 1, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, func, IS_CALLABLE, 0)
	ZEND_ARG_VARIADIC_TYPE_INFO(0, args, IS_MIXED, 0)
ZEND_END_ARG_INFO()

#define arginfo_sgo arginfo_study_coroutine_create


ZEND_FUNCTION(study_coroutine_create);


static const zend_function_entry ext_functions[] = {
	ZEND_FE(study_coroutine_create, arginfo_study_coroutine_create)
	ZEND_FALIAS(sgo, study_coroutine_create, arginfo_sgo)
	ZEND_FE_END
};

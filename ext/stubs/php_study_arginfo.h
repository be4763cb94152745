/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: f81ec6687bd19eb95ad02d3431b49cdb986f6f0b */

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_study_coroutine_create, 0, 1, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, func, IS_CALLABLE, 0)
	ZEND_ARG_VARIADIC_TYPE_INFO(0, args, IS_MIXED, 0)
ZEND_END_ARG_INFO()

#define arginfo_Sgo arginfo_study_coroutine_create

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_study_event_init, 0, 0, _IS_BOOL, 0)
ZEND_END_ARG_INFO()

#define arginfo_study_event_wait arginfo_study_event_init


ZEND_FUNCTION(study_coroutine_create);
ZEND_FUNCTION(study_event_init);
ZEND_FUNCTION(study_event_wait);


static const zend_function_entry ext_functions[] = {
	ZEND_FE(study_coroutine_create, arginfo_study_coroutine_create)
	ZEND_FALIAS(Sgo, study_coroutine_create, arginfo_Sgo)
	ZEND_FE(study_event_init, arginfo_study_event_init)
	ZEND_FE(study_event_wait, arginfo_study_event_wait)
	ZEND_FE_END
};

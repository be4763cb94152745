dnl SPDX-License-Identifier: MIT
dnl Builds modules/study.so from the binding (ext/) and the Zend-free core (src/).
PHP_ARG_ENABLE([study],
  [whether to enable study support],
  [AS_HELP_STRING([--enable-study], [Enable study coroutine support])],
  [yes])

if test "$PHP_STUDY" != "no"; then
  PHP_REQUIRE_CXX()
  PHP_CXX_COMPILE_STDCXX(17, mandatory, PHP_STUDY_STDCXX)

  AC_LANG_PUSH([C++])
  AC_CHECK_HEADER([boost/context/detail/fcontext.hpp], [],
    [AC_MSG_ERROR([Boost.Context headers not found: install libboost-context-dev])])
  AC_LANG_POP([C++])
  dnl The php binary exports jump_fcontext() and make_fcontext() of its own (Zend's fibers, another Boost layout) but
  dnl no ontop_fcontext(). PHP 8.2 on glibc opens extensions with RTLD_DEEPBIND, so study.so's references bind to
  dnl Boost's copies; a PHP that does not (built with ASan, or without deep binding) would bind them to the php
  dnl binary's, and the first switch back to a suspended coroutine would crash. Boost.Context's static archive is
  dnl linked in with its symbols kept local to study.so, so the switch never depends on how PHP loads the module;
  dnl the shared library is the fallback where no archive is installed.
  STUDY_BOOST_CONTEXT_ARCHIVE=`$CXX -print-file-name=libboost_context.a`
  if test -f "$STUDY_BOOST_CONTEXT_ARCHIVE"; then
    dnl Given to the linker through -Wl, so that libtool does not warn that a static library in a module is not
    dnl portable (it is position-independent code, and the warning would fail the build checks of test.sh).
    STUDY_SHARED_LIBADD="$STUDY_SHARED_LIBADD -Wl,$STUDY_BOOST_CONTEXT_ARCHIVE -Wl,--exclude-libs,libboost_context.a"
  else
    PHP_ADD_LIBRARY(boost_context, 1, STUDY_SHARED_LIBADD)
  fi

  AC_CHECK_HEADER([uv.h], [], [AC_MSG_ERROR([libuv headers not found: install libuv1-dev])])
  PHP_ADD_LIBRARY(uv, 1, STUDY_SHARED_LIBADD)

  AC_CHECK_HEADER([http_parser.h], [], [AC_MSG_ERROR([http-parser headers not found: install libhttp-parser-dev])])
  PHP_ADD_LIBRARY(http_parser, 1, STUDY_SHARED_LIBADD)

  dnl gzip of HTTP responses is zlib's (Debian zlib1g-dev).
  AC_CHECK_HEADER([zlib.h], [], [AC_MSG_ERROR([zlib headers not found: install zlib1g-dev])])
  PHP_ADD_LIBRARY(z, 1, STUDY_SHARED_LIBADD)

  dnl TLS on the coroutine Socket and Server is OpenSSL's (Debian libssl-dev).
  PKG_CHECK_MODULES([STUDY_OPENSSL], [openssl >= 1.1.1], [],
    [AC_MSG_ERROR([OpenSSL not found by pkg-config: install libssl-dev])])
  PHP_EVAL_INCLINE($STUDY_OPENSSL_CFLAGS)
  PHP_EVAL_LIBLINE($STUDY_OPENSSL_LIBS, STUDY_SHARED_LIBADD)

  dnl HOOK_PDO_PGSQL and HOOK_PGSQL use libpq's header only (Debian libpq-dev): study.so calls libpq through dlsym(),
  dnl so it does not link it, and without the header the two flags do nothing.
  PKG_CHECK_MODULES([STUDY_LIBPQ], [libpq], [PHP_EVAL_INCLINE($STUDY_LIBPQ_CFLAGS)],
    [AC_MSG_WARN([libpq not found by pkg-config (libpq-dev): HOOK_PDO_PGSQL and HOOK_PGSQL will do nothing])])

  dnl A switch runs through the core and the binding; link-time optimisation lets it inline across them.
  STUDY_LTO=""
  AC_LANG_PUSH([C++])
  AX_CHECK_COMPILE_FLAG([-flto=auto], [STUDY_LTO="-flto=auto"])
  AC_LANG_POP([C++])
  LDFLAGS="$LDFLAGS $STUDY_LTO"

  dnl Coroutines run on shared stacks mapped one below the other, each above a guard area: stack clash protection
  dnl makes a frame or alloca larger than the guard touch every page on the way down, so it faults in the guard
  dnl instead of writing into the neighbour's frames.
  STUDY_STACK_CLASH=""
  AC_LANG_PUSH([C++])
  AX_CHECK_COMPILE_FLAG([-fstack-clash-protection], [STUDY_STACK_CLASH="-fstack-clash-protection"])
  AC_LANG_POP([C++])
  PHP_ADD_LIBRARY(stdc++, 1, STUDY_SHARED_LIBADD)
  PHP_SUBST(STUDY_SHARED_LIBADD)

  study_core_sources="src/base/error.cc src/context/context.cc src/context/shared_stack.cc src/coroutine/coroutine.cc src/event/scheduler.cc src/event/signal.cc src/sync/wait_group.cc src/net/socket.cc src/net/dns.cc src/net/address.cc src/http/parser.cc src/http/connection.cc src/http/gzip.cc src/http/multipart.cc src/http/body.cc src/net/tls.cc src/base/import_hook.cc src/process/process.cc src/process/pool.cc src/event/descriptor_set.cc src/base/version.cc src/base/metrics.cc src/net/netpoll.cc src/event/epoll_set.cc src/event/loop_watch.cc"
  study_ext_sources="ext/php_study.cc ext/php_study_vm.cc ext/php_study_coroutine.cc ext/php_study_task.cc ext/php_study_suspend.cc ext/php_study_script_end.cc ext/php_study_memory.cc ext/php_study_coroutine_wait.cc ext/php_study_origin.cc ext/php_study_wait_reason.cc ext/php_study_dump.cc ext/php_study_overflow.cc ext/php_study_timer.cc ext/php_study_channel.cc ext/php_study_wait_group.cc ext/php_study_socket.cc ext/php_study_socket_tls.cc ext/php_study_server.cc ext/php_study_system.cc ext/php_study_signal.cc ext/php_study_stream.cc ext/php_study_stream_connect.cc ext/php_study_stream_close.cc ext/php_study_stream_tls.cc ext/php_study_runtime.cc ext/php_study_curl.cc ext/php_study_pgsql.cc ext/php_study_pipe.cc ext/php_study_proc.cc ext/php_study_sockets.cc ext/php_study_http_server.cc ext/php_study_http_message.cc ext/php_study_http_cookie.cc ext/php_study_http_form.cc ext/php_study_pool.cc ext/php_study_metrics.cc"

  PHP_NEW_EXTENSION(study, $study_core_sources $study_ext_sources, $ext_shared, ,
    [$PHP_STUDY_STDCXX -fvisibility=hidden -Wall -MP $STUDY_LTO $STUDY_STACK_CLASH -DZEND_ENABLE_STATIC_TSRMLS_CACHE=1], cxx)
  PHP_ADD_INCLUDE([$ext_srcdir/include])
  PHP_ADD_INCLUDE([$ext_srcdir/ext])
fi

/* SPDX-License-Identifier: MIT */
/* Pipe streams for Study\Runtime's HOOK_PROC and HOOK_FILE (ext/php_study_pipe.cc, ext/php_study_proc.cc). */
#pragma once

#include <sys/types.h>

#include "php.h"

/* Study\Runtime's bits for child processes and for pipes, FIFOs and terminals. */
enum : zend_long {
    PHP_STUDY_HOOK_PROC = 1 << 10,
    PHP_STUDY_HOOK_FILE = 1 << 11,
};

/* Makes a plain-file stream (php_stream_stdio_ops) over a pipe, a FIFO or a terminal wait as a coroutine before each
 * read and write, and one over a regular file wait as a coroutine in a read whose data must come from the disk, for
 * as long as HOOK_PROC or HOOK_FILE is on; other streams are left alone (false). `child` is the process at the other
 * end of a popen() pipe (0: none or unknown), waited for as a coroutine when the stream is closed by
 * php_study_pipe_close_process(). The descriptor is found by php_study_pipe_stdio_fd(), without a seek, so that any
 * such stream is adopted as it stands: STDOUT after echo, and a stream with filters appended (the filters run above
 * the operations adopted, and see the same bytes). */
bool php_study_pipe_adopt(php_stream *stream, pid_t child = 0);

/* fclose() of an adopted stream while a call of another coroutine waits in it: ends that wait (the call fails, as
 * after a close) and waits for the call to leave the stream; false when PHP's own fclose() is to close it now (every
 * such stream, once no call is inside), true when another fclose() closed it meanwhile. Where the closer may not
 * suspend, the stream stays open until the waiting call has left (PHP's fclose() finds it held). */
bool php_study_pipe_fclose(zend_resource *resource);

/* Whether the stream is PHP's plain-file stream, adopted or not: php_stream_is(stream, PHP_STREAM_IS_STDIO) is false
 * for an adopted one, whose operations table is a copy. */
bool php_study_pipe_is_stdio(php_stream *stream);

/* The descriptor of a plain-file stream (php_study_pipe_is_stdio()), or -1: found as stream_select() finds it, without
 * side effects, also when filters are appended (which PHP's cast refuses). A cast to PHP_STREAM_AS_FD would first seek
 * the descriptor to the stream's own idea of its position, which for STDOUT written by echo (straight to descriptor 1,
 * the stream never moves) is 0: what was written after would overwrite the output before it, when STDOUT is a regular
 * file. */
int php_study_pipe_stdio_fd(php_stream *stream);

/* Whether reads and writes of adopted streams wait as coroutines (a hook that adopts streams is on). */
void php_study_pipe_enable(bool on);

/* The descriptor of an adopted stream, -1 for any other stream. */
int php_study_pipe_fd(php_stream *stream);

/* Before PHP closes a popen() stream (pclose(), the end of an exec): our end of the pipe is closed first (the child
 * then sees the end of its input, or its output has nowhere to go, as after PHP's own close) and the child's end is
 * waited for as a coroutine, so that PHP's close then reaps it at once and returns its status. False when the wait
 * was canceled (an exception is pending when the coroutine is being destroyed); PHP's close then waits, blocking. */
bool php_study_pipe_end_process(php_stream *stream);

/* Waits as a coroutine, where the context may, until the child `pid` has ended, so that a waitpid() after it does not
 * block. False when the wait was canceled (or the coroutine is being destroyed: an exception is pending then). */
bool php_study_pipe_wait_child(pid_t pid);

/* fopen() of a FIFO for reading or for writing only, which PHP's open() would block in until the other end is
 * opened: opened here without blocking the thread (a reader at once; a writer waits as a coroutine for a reader) and
 * returned as an adopted stream. nullptr when it is not such a call (PHP's fopen() then runs), or with *failed set
 * when the wait was canceled (fopen() gives false). */
php_stream *php_study_pipe_open_fifo(const char *path, size_t path_length, const char *mode, bool *failed);

/* stream_select() whose arrays hold only adopted pipe streams: waits as a coroutine until one is ready or `timeout`
 * (seconds, negative: none) passes; PHP's own stream_select() then gives the result without waiting. */
enum php_study_pipe_select_result {
    PHP_STUDY_PIPE_SELECT_NOT_PIPES, /* other streams too (or none, or out-of-band data asked): not done here */
    PHP_STUDY_PIPE_SELECT_WAITED,    /* ready, or the time is up, or the wait was canceled */
    PHP_STUDY_PIPE_SELECT_THREW,     /* an exception is pending */
};
php_study_pipe_select_result php_study_pipe_select(zval *read, zval *write, zval *except, double timeout);

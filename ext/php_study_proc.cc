/* SPDX-License-Identifier: MIT */
/* Study\Runtime's HOOK_PROC and HOOK_FILE (pipes, FIFOs and terminals): PHP's functions that start child processes
 * and open pipes run as PHP's own, and the pipe streams they make are adopted (ext/php_study_pipe.cc), so that reads
 * and writes on them wait as coroutines. The exec family (shell_exec(), backticks, exec(), system(), passthru())
 * makes its stream inside PHP, out of reach: it is done here on the same popen() and stream functions PHP's uses,
 * with the same output, return values and exit status. Closing a process (proc_close(), pclose(), the end of an exec)
 * waits for the child's end as a coroutine first, so that PHP's own waitpid() then returns at once. */
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <string>
#include <vector>

extern "C" {
#include "SAPI.h"
#include "ext/standard/flock_compat.h"
#include "ext/standard/proc_open.h"
#include "main/php_output.h"
}

#include "php_study.h"
#include "php_study_coroutine.h"
#include "php_study_pipe.h"
#include "php_study_runtime.h"
#include "study/scheduler.h"

namespace {

enum HookIndex {
    kProcOpen,
    kProcClose,
    kPopen,
    kPclose,
    kShellExec,
    kExec,
    kSystem,
    kPassthru,
    kFopen,
    kFlock,
    kFileGetContents
};

void hooked_proc_open(INTERNAL_FUNCTION_PARAMETERS);
void hooked_proc_close(INTERNAL_FUNCTION_PARAMETERS);
void hooked_popen(INTERNAL_FUNCTION_PARAMETERS);
void hooked_pclose(INTERNAL_FUNCTION_PARAMETERS);
void hooked_shell_exec(INTERNAL_FUNCTION_PARAMETERS);
void hooked_exec(INTERNAL_FUNCTION_PARAMETERS);
void hooked_system(INTERNAL_FUNCTION_PARAMETERS);
void hooked_passthru(INTERNAL_FUNCTION_PARAMETERS);
void hooked_fopen(INTERNAL_FUNCTION_PARAMETERS);
void hooked_flock(INTERNAL_FUNCTION_PARAMETERS);
void hooked_file_get_contents(INTERNAL_FUNCTION_PARAMETERS);

php_study_hook g_hooks[] = {
    {"proc_open", PHP_STUDY_HOOK_PROC, hooked_proc_open, nullptr, false},
    {"proc_close", PHP_STUDY_HOOK_PROC, hooked_proc_close, nullptr, false},
    {"popen", PHP_STUDY_HOOK_PROC, hooked_popen, nullptr, false},
    {"pclose", PHP_STUDY_HOOK_PROC, hooked_pclose, nullptr, false},
    {"shell_exec", PHP_STUDY_HOOK_PROC, hooked_shell_exec, nullptr, false},
    {"exec", PHP_STUDY_HOOK_PROC, hooked_exec, nullptr, false},
    {"system", PHP_STUDY_HOOK_PROC, hooked_system, nullptr, false},
    {"passthru", PHP_STUDY_HOOK_PROC, hooked_passthru, nullptr, false},
    {"fopen", PHP_STUDY_HOOK_FILE, hooked_fopen, nullptr, false},
    {"flock", PHP_STUDY_HOOK_FILE, hooked_flock, nullptr, false},
    {"file_get_contents", PHP_STUDY_HOOK_FILE, hooked_file_get_contents, nullptr, false},
};

inline void call_original(HookIndex index, INTERNAL_FUNCTION_PARAMETERS) {
    g_hooks[index].original(INTERNAL_FUNCTION_PARAM_PASSTHRU);
}

/* The children of this thread now (Linux's /proc/<pid>/task/<tid>/children), to learn which process a popen()
 * started: glibc keeps its pid private. Empty where the file does not exist (then the close blocks as PHP's). */
std::vector<pid_t> children() {
    std::vector<pid_t> pids;
    const std::string path = "/proc/self/task/" + std::to_string(static_cast<long>(syscall(SYS_gettid))) + "/children";
    FILE *file = fopen(path.c_str(), "re");
    if (file == nullptr) {
        return pids;
    }
    long pid;
    while (fscanf(file, "%ld", &pid) == 1) {
        pids.push_back(static_cast<pid_t>(pid));
    }
    fclose(file);
    return pids;
}

/* The one child in `after` that is not in `before`; 0 when that is not exactly one. */
pid_t new_child(const std::vector<pid_t> &before, const std::vector<pid_t> &after) {
    pid_t found = 0;
    for (pid_t pid : after) {
        if (std::find(before.begin(), before.end(), pid) == before.end()) {
            if (found != 0) {
                return 0;
            }
            found = pid;
        }
    }
    return found;
}

/* Whether a hooked call does the work here: where the context may not suspend, PHP's own function runs. */
bool ours() { return php_study_may_suspend(); }

void hooked_proc_open(INTERNAL_FUNCTION_PARAMETERS) {
    call_original(kProcOpen, INTERNAL_FUNCTION_PARAM_PASSTHRU);
    if (Z_TYPE_P(return_value) != IS_RESOURCE || ZEND_NUM_ARGS() < 3) {
        return;
    }
    zval *pipes = ZEND_CALL_ARG(execute_data, 3);
    ZVAL_DEREF(pipes);
    if (Z_TYPE_P(pipes) != IS_ARRAY) {
        return;
    }
    zval *element;
    ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(pipes), element) {
        php_stream *stream;
        if (Z_TYPE_P(element) == IS_RESOURCE) {
            php_stream_from_zval_no_verify(stream, element);
            php_study_pipe_adopt(stream);
        }
    }
    ZEND_HASH_FOREACH_END();
}

/* proc_close(): the pipes PHP still holds are closed first, as PHP's proc_close() does (a child that reads its input
 * to the end ends then), and the child is waited for as a coroutine; PHP's proc_close() then reaps it at once. */
void hooked_proc_close(INTERNAL_FUNCTION_PARAMETERS) {
    zval *argument;
    ZEND_PARSE_PARAMETERS_START_EX(ZEND_PARSE_PARAMS_QUIET, 1, 1)
        Z_PARAM_RESOURCE(argument)
        ZEND_PARSE_PARAMETERS_END_EX(call_original(kProcClose, INTERNAL_FUNCTION_PARAM_PASSTHRU); return );
        zend_resource *resource = Z_RES_P(argument);
        const char *type = zend_rsrc_list_get_rsrc_type(resource);
        if (ours() && type != nullptr && strcmp(type, "process") == 0 && resource->ptr != nullptr) {
            auto *process = static_cast<php_process_handle *>(resource->ptr);
            for (int i = 0; i < process->npipes; i++) {
                if (process->pipes[i] != nullptr) {
                    zend_list_close(process->pipes[i]); /* PHP's own close of them later finds them closed */
                }
            }
            if (!php_study_pipe_wait_child(process->child) && EG(exception) != nullptr) {
                RETURN_THROWS();
            }
        }
        call_original(kProcClose, INTERNAL_FUNCTION_PARAM_PASSTHRU);
}

void hooked_popen(INTERNAL_FUNCTION_PARAMETERS) {
    if (!ours()) {
        call_original(kPopen, INTERNAL_FUNCTION_PARAM_PASSTHRU);
        return;
    }
    const std::vector<pid_t> before = children();
    call_original(kPopen, INTERNAL_FUNCTION_PARAM_PASSTHRU);
    if (Z_TYPE_P(return_value) == IS_RESOURCE) {
        php_stream *stream;
        php_stream_from_zval_no_verify(stream, return_value);
        php_study_pipe_adopt(stream, new_child(before, children()));
    }
}

void hooked_pclose(INTERNAL_FUNCTION_PARAMETERS) {
    zval *argument;
    ZEND_PARSE_PARAMETERS_START_EX(ZEND_PARSE_PARAMS_QUIET, 1, 1)
        Z_PARAM_RESOURCE(argument)
        ZEND_PARSE_PARAMETERS_END_EX(call_original(kPclose, INTERNAL_FUNCTION_PARAM_PASSTHRU); return );
        php_stream *stream;
        php_stream_from_zval_no_verify(stream, argument);
        if (stream != nullptr && ours() && !php_study_pipe_end_process(stream) && EG(exception) != nullptr) {
            RETURN_THROWS();
        }
        call_original(kPclose, INTERNAL_FUNCTION_PARAM_PASSTHRU);
}

/* The command of the exec family, as PHP checks it; false when PHP's own function is to answer (its errors). */
bool valid_command(zend_string *command) {
    return ZSTR_LEN(command) > 0 && strlen(ZSTR_VAL(command)) == ZSTR_LEN(command);
}

/* Starts `command` as PHP's exec family does (popen(command, "r")) and returns its output as an adopted stream, or
 * nullptr with PHP's warning (`failure` words it). */
php_stream *start_command(const char *command, const char *failure) {
    const std::vector<pid_t> before = children();
    FILE *file = VCWD_POPEN(command, "r");
    if (file == nullptr) {
        php_error_docref(nullptr, E_WARNING, failure, command);
        return nullptr;
    }
    const pid_t child = new_child(before, children());
    php_stream *stream = php_stream_fopen_from_pipe(file, "rb");
    php_study_pipe_adopt(stream, child);
    return stream;
}

/* Closes the output stream of a command and returns its exit status as PHP's exec family gives it. */
int finish_command(php_stream *stream) {
    php_study_pipe_end_process(stream); /* a canceled wait leaves the waiting to PHP's close */
    return php_stream_close(stream);
}

void hooked_shell_exec(INTERNAL_FUNCTION_PARAMETERS) {
    zend_string *command;
    ZEND_PARSE_PARAMETERS_START_EX(ZEND_PARSE_PARAMS_QUIET, 1, 1)
        Z_PARAM_STR(command)
        ZEND_PARSE_PARAMETERS_END_EX(call_original(kShellExec, INTERNAL_FUNCTION_PARAM_PASSTHRU); return );
        if (!valid_command(command) || !ours()) {
            call_original(kShellExec, INTERNAL_FUNCTION_PARAM_PASSTHRU);
            return;
        }
        php_stream *stream = start_command(ZSTR_VAL(command), "Unable to execute '%s'");
        if (stream == nullptr) {
            RETURN_FALSE;
        }
        zend_string *output = php_stream_copy_to_mem(stream, PHP_STREAM_COPY_ALL, 0);
        finish_command(stream);
        if (output != nullptr && ZSTR_LEN(output) > 0) {
            RETURN_STR(output);
        }
        if (output != nullptr) {
            zend_string_release(output);
        }
        if (EG(exception) != nullptr) {
            RETURN_THROWS();
        }
        RETURN_NULL();
}

/* What the exec family does with the output: as PHP's exec() without and with its array, system(), passthru(). */
enum class Mode { kLastLine, kLines, kPrintLines, kPrintRaw };

/* The length of `line` without its trailing whitespace, as PHP strips it. */
size_t stripped_length(const char *line, size_t length) {
    while (length > 0 && isspace(static_cast<unsigned char>(line[length - 1]))) {
        --length;
    }
    return length;
}

/* Reads the output line by line (or raw, for passthru()) and sets the return value as PHP's exec family does: the
 * last line without its trailing whitespace, "" when there was none, nothing for passthru(). */
void read_output(php_stream *stream, Mode mode, zval *lines, zval *return_value) {
    if (mode == Mode::kPrintRaw) {
        char buffer[4096];
        ssize_t got;
        while ((got = php_stream_read(stream, buffer, sizeof(buffer))) > 0) {
            PHPWRITE(buffer, static_cast<size_t>(got));
        }
        return;
    }
    char *last = nullptr;
    size_t last_length = 0, length = 0;
    while (char *line = php_stream_get_line(stream, nullptr, 0, &length)) {
        if (mode == Mode::kPrintLines) {
            PHPWRITE(line, length);
            if (php_output_get_level() < 1) {
                sapi_flush();
            }
        }
        const size_t kept = stripped_length(line, length);
        if (mode == Mode::kLines) {
            add_next_index_stringl(lines, line, kept);
        }
        if (last != nullptr) {
            efree(last);
        }
        last = line;
        last_length = kept;
    }
    if (last == nullptr) {
        RETVAL_EMPTY_STRING();
        return;
    }
    RETVAL_STRINGL(last, last_length);
    efree(last);
}

/* exec(), system() and passthru(), as PHP's php_exec_ex() takes their arguments. */
void exec_family(INTERNAL_FUNCTION_PARAMETERS, HookIndex index, Mode mode) {
    zend_string *command;
    zval *lines = nullptr, *status = nullptr;
    const bool with_lines = mode == Mode::kLastLine;
    ZEND_PARSE_PARAMETERS_START_EX(ZEND_PARSE_PARAMS_QUIET, 1, with_lines ? 3 : 2)
        Z_PARAM_STR(command)
        Z_PARAM_OPTIONAL
        if (with_lines) {
            Z_PARAM_ZVAL(lines)
        }
        Z_PARAM_ZVAL(status)
        ZEND_PARSE_PARAMETERS_END_EX(call_original(index, INTERNAL_FUNCTION_PARAM_PASSTHRU); return );
        if (!valid_command(command) || !ours()) {
            call_original(index, INTERNAL_FUNCTION_PARAM_PASSTHRU);
            return;
        }
        if (lines != nullptr) {
            if (Z_TYPE_P(Z_REFVAL_P(lines)) == IS_ARRAY) {
                ZVAL_DEREF(lines);
                SEPARATE_ARRAY(lines);
            } else if ((lines = zend_try_array_init(lines)) == nullptr) {
                RETURN_THROWS();
            }
            mode = Mode::kLines;
        }
        int exit_status = -1;
        php_stream *stream = start_command(ZSTR_VAL(command), "Unable to fork [%s]");
        if (stream == nullptr) {
            RETVAL_FALSE;
        } else {
            read_output(stream, mode, lines, return_value);
            exit_status = finish_command(stream);
        }
        if (status != nullptr) {
            ZEND_TRY_ASSIGN_REF_LONG(status, exit_status);
        }
}

void hooked_exec(INTERNAL_FUNCTION_PARAMETERS) {
    exec_family(INTERNAL_FUNCTION_PARAM_PASSTHRU, kExec, Mode::kLastLine);
}
void hooked_system(INTERNAL_FUNCTION_PARAMETERS) {
    exec_family(INTERNAL_FUNCTION_PARAM_PASSTHRU, kSystem, Mode::kPrintLines);
}
void hooked_passthru(INTERNAL_FUNCTION_PARAMETERS) {
    exec_family(INTERNAL_FUNCTION_PARAM_PASSTHRU, kPassthru, Mode::kPrintRaw);
}

/* fopen(): a FIFO opened here without blocking the thread; anything else PHP's own, its stream adopted when it is a
 * pipe, a FIFO or a terminal (php://stdin, /dev/tty, a FIFO opened "r+"). */
void hooked_fopen(INTERNAL_FUNCTION_PARAMETERS) {
    zval *path = ZEND_NUM_ARGS() == 2 ? ZEND_CALL_ARG(execute_data, 1) : nullptr;
    zval *mode = ZEND_NUM_ARGS() == 2 ? ZEND_CALL_ARG(execute_data, 2) : nullptr;
    if (path != nullptr && Z_TYPE_P(path) == IS_STRING && Z_TYPE_P(mode) == IS_STRING && ours()) {
        bool failed = false;
        php_stream *stream = php_study_pipe_open_fifo(Z_STRVAL_P(path), Z_STRLEN_P(path), Z_STRVAL_P(mode), &failed);
        if (stream != nullptr) {
            php_stream_to_zval(stream, return_value);
            return;
        }
        if (failed) {
            if (EG(exception) != nullptr) {
                RETURN_THROWS();
            }
            RETURN_FALSE;
        }
    }
    call_original(kFopen, INTERNAL_FUNCTION_PARAM_PASSTHRU);
    if (Z_TYPE_P(return_value) == IS_RESOURCE) {
        php_stream *stream;
        php_stream_from_zval_no_verify(stream, return_value);
        php_study_pipe_adopt(stream);
    }
}

/* The longest pause between two tries of a lock another process holds: how late a waiting flock() may see the lock
 * freed, and at most 50 wake-ups a second while it waits. */
constexpr double kLongestLockPause = 0.02;

/* Takes the lock without blocking, trying again after pauses that grow from 1 ms to kLongestLockPause, as a
 * coroutine. The kernel has no readiness for a lock to wait on, and a blocking flock() on the thread pool could not
 * be called off: after a cancel it would still take the lock, for a script that was told it failed. 0 once the lock
 * is held, or an errno value (ECANCELED when the coroutine was canceled). */
int wait_for_lock(int fd, int operation) {
    double pause = 0.001;
    while (::flock(fd, operation | LOCK_NB) != 0) {
        if (errno != EWOULDBLOCK) {
            return errno;
        }
        php_study_wait_begin(nullptr);
        const study::WakeReason slept = study::scheduler::sleep(pause, study::WaitKind::kFileLock, fd);
        if (slept != study::WakeReason::kTimeout && slept != study::WakeReason::kDone) {
            php_study_wait_end(study::WakeReason::kDone); /* a coroutine destroyed meanwhile unwinds */
            return ECANCELED;
        }
        pause = std::min(pause * 2, kLongestLockPause);
    }
    return 0;
}

/* flock() of a plain file with LOCK_SH or LOCK_EX and without LOCK_NB waits as a coroutine for a lock another process
 * (or another open of the file) holds; once it is held, PHP's own flock() runs and finds it taken already (the same
 * open file asks again), which keeps PHP's bookkeeping and return values. Everything else is PHP's own. */
void hooked_flock(INTERNAL_FUNCTION_PARAMETERS) {
    zval *argument, *would_block = nullptr;
    zend_long operation;
    ZEND_PARSE_PARAMETERS_START_EX(ZEND_PARSE_PARAMS_QUIET, 2, 3)
        Z_PARAM_RESOURCE(argument)
        Z_PARAM_LONG(operation)
        Z_PARAM_OPTIONAL
        Z_PARAM_ZVAL(would_block)
        ZEND_PARSE_PARAMETERS_END_EX(call_original(kFlock, INTERNAL_FUNCTION_PARAM_PASSTHRU); return );
        const zend_long kind = operation & PHP_LOCK_UN;
        php_stream *stream = nullptr;
        int fd = -1;
        if (ours() && (operation & PHP_LOCK_NB) == 0 && (kind == PHP_LOCK_SH || kind == PHP_LOCK_EX) &&
            (Z_RES_P(argument)->type == php_file_le_stream() || Z_RES_P(argument)->type == php_file_le_pstream())) {
            stream = static_cast<php_stream *>(Z_RES_P(argument)->ptr);
        }
        if (stream != nullptr && (fd = php_study_pipe_stdio_fd(stream)) >= 0) {
            const int error = wait_for_lock(fd, kind == PHP_LOCK_EX ? LOCK_EX : LOCK_SH);
            if (error == ECANCELED) {
                if (EG(exception) != nullptr) {
                    RETURN_THROWS();
                }
                if (would_block != nullptr) {
                    ZEND_TRY_ASSIGN_REF_LONG(would_block, 0);
                }
                RETURN_FALSE; /* canceled: the lock was not taken */
            }
        }
        call_original(kFlock, INTERNAL_FUNCTION_PARAM_PASSTHRU);
}

/* Reads the whole stream into the return value and closes it, as PHP's file_get_contents() does. */
void return_contents(php_stream *stream, zval *return_value) {
    zend_string *contents = php_stream_copy_to_mem(stream, PHP_STREAM_COPY_ALL, 0);
    php_stream_close(stream);
    if (EG(exception) != nullptr) {
        if (contents != nullptr) {
            zend_string_release(contents);
        }
        RETURN_THROWS();
    }
    if (contents == nullptr) {
        RETURN_EMPTY_STRING();
    }
    RETURN_STR(contents);
}

/* file_get_contents() of a FIFO: opened without waiting for a writer and read as a coroutine
 * (php_study_pipe_open_fifo()), where PHP's open() would block the process until a writer comes. Of a regular file:
 * opened as PHP opens it and read with the adopted stream's read, which waits as a coroutine for data that must come
 * from the disk. Only the plain form (a path, with or without use_include_path false and a context); everything else
 * is PHP's own. */
void hooked_file_get_contents(INTERNAL_FUNCTION_PARAMETERS) {
    zval *path = ZEND_NUM_ARGS() >= 1 ? ZEND_CALL_ARG(execute_data, 1) : nullptr;
    const bool plain =
        ZEND_NUM_ARGS() <= 3 && (ZEND_NUM_ARGS() < 2 || zend_is_true(ZEND_CALL_ARG(execute_data, 2)) == 0);
    struct stat info;
    if (path == nullptr || Z_TYPE_P(path) != IS_STRING || !plain || !ours() ||
        strlen(Z_STRVAL_P(path)) != Z_STRLEN_P(path) || strstr(Z_STRVAL_P(path), "://") != nullptr ||
        stat(Z_STRVAL_P(path), &info) != 0 || (!S_ISFIFO(info.st_mode) && !S_ISREG(info.st_mode))) {
        call_original(kFileGetContents, INTERNAL_FUNCTION_PARAM_PASSTHRU);
        return;
    }
    if (S_ISREG(info.st_mode)) {
        /* With a context, PHP's own: the plain-file wrapper uses none, but PHP checks the argument's type. */
        if (ZEND_NUM_ARGS() >= 3 && Z_TYPE_P(ZEND_CALL_ARG(execute_data, 3)) != IS_NULL) {
            call_original(kFileGetContents, INTERNAL_FUNCTION_PARAM_PASSTHRU);
            return;
        }
        php_stream *stream = php_stream_open_wrapper_ex(Z_STRVAL_P(path), "rb", REPORT_ERRORS, nullptr, nullptr);
        if (stream == nullptr) {
            RETURN_FALSE;
        }
        php_study_pipe_adopt(stream);
        return_contents(stream, return_value);
        return;
    }
    bool failed = false;
    php_stream *stream = php_study_pipe_open_fifo(Z_STRVAL_P(path), Z_STRLEN_P(path), "rb", &failed);
    if (stream == nullptr) {
        if (failed) {
            if (EG(exception) != nullptr) {
                RETURN_THROWS();
            }
            RETURN_FALSE;
        }
        call_original(kFileGetContents, INTERNAL_FUNCTION_PARAM_PASSTHRU);
        return;
    }
    return_contents(stream, return_value);
}

/* STDIN, STDOUT and STDERR of the CLI, when they are pipes, FIFOs or terminals. */
void adopt_standard_streams() {
    for (const char *name : {"STDIN", "STDOUT", "STDERR"}) {
        zval *constant = zend_get_constant_str(name, strlen(name));
        if (constant != nullptr && Z_TYPE_P(constant) == IS_RESOURCE) {
            php_stream *stream;
            php_stream_from_zval_no_verify(stream, constant);
            php_study_pipe_adopt(stream);
        }
    }
}

}  // namespace

bool php_study_proc_hook(zend_long flags, bool request_end) {
    for (php_study_hook &hook : g_hooks) {
        php_study_set_hook(hook, !request_end && (flags & hook.flag) != 0);
    }
    if (!request_end && (flags & PHP_STUDY_HOOK_FILE) != 0) {
        adopt_standard_streams();
    }
    php_study_pipe_enable(!request_end && (flags & (PHP_STUDY_HOOK_PROC | PHP_STUDY_HOOK_FILE)) != 0);
    return true;
}

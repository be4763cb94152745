/* SPDX-License-Identifier: MIT */
/* Pipe streams: PHP's own plain-file streams over a pipe, a FIFO or a terminal (proc_open() and popen() pipes, STDIN,
 * an fopen()ed FIFO), whose reads and writes wait as coroutines. PHP's stream is kept whole; only its operations
 * table is swapped for a copy of php_stream_stdio_ops whose read and write wait for readiness first and then call
 * PHP's own, which cannot block any more: a readable descriptor has data or the end of the stream, and a writable
 * pipe takes PIPE_BUF bytes. The descriptor stays blocking (other processes share it). See docs/ARCHITECTURE.md.
 *
 * Regular files are adopted too, with a table of their own whose read waits only for the disk: what the page cache
 * holds is read at once (study::read_if_cached()), and a read that would wait for the disk first waits as a coroutine
 * while libuv's thread pool brings its data into the cache (study::wait_file_cached()). Their writes stay PHP's: a
 * write goes to the page cache, and the kernel makes a writer wait only under heavy writeback. */
#include "php_study_pipe.h"

#include <fcntl.h>
#include <limits.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <unordered_map>
#include <vector>

#include "php_study.h"
#include "php_study_coroutine.h"
#include "study/process.h"

extern "C" {
#include "ext/standard/file.h"
#include "main/fopen_wrappers.h"
}

namespace {

php_stream_ops g_pipe_ops;
php_stream_ops g_file_ops;
bool g_enabled = false;

/* The most a read of a regular file has the thread pool bring into the cache before it reads: a larger read gets the
 * rest in its next calls (PHP's stream layer reads again for what it still needs). */
constexpr size_t kLargestFileWait = 1024 * 1024;

/* Read-ahead of a regular file read in sequence. PHP's stream layer fills its read buffer a chunk at a time, one read
 * per chunk (8 KiB), for fread() and fgets() alike. Once kSequentialFills reads in a row began where the one before
 * ended, the stream's chunk size becomes kReadAhead, so that one system call fills the buffer for eight 8 KiB
 * fread()s; a read after a seek out of the buffer puts PHP's size back, so that scattered reads do not copy 64 KiB
 * each. A chunk size the script chose, with stream_set_chunk_size() or before the hooks adopted the stream, is left
 * alone. */
constexpr size_t kReadAhead = 64 * 1024;
constexpr int kSequentialFills = 2;

struct PipeState {
    int fd;
    pid_t child;
    int inside = 0;          /* calls waiting in the stream now */
    bool closing = false;    /* an fclose() waits for those calls to leave: no call waits any more */
    uint64_t waiting = 0;    /* the core wait of the one suspended call, for study::end_fd_wait(); 0 when none */
    bool read_ahead = false; /* a regular file whose chunk size is PHP's default: the read-ahead above manages it */
    bool grown = false;      /* read-ahead has grown the stream's read buffer */
    int fills = 0;           /* reads in sequence, up to kSequentialFills */
    zend_off_t end = 0;      /* the file offset where the last read ended */
};

/* Adopted streams and what the operations need of them (the stream's own data is PHP's private structure). */
std::unordered_map<php_stream *, PipeState> g_pipes;

/* Elements of an unordered_map stay where they are until erased (only by the stream's close). */
PipeState *state_of(php_stream *stream) {
    auto found = g_pipes.find(stream);
    return found == g_pipes.end() ? nullptr : &found->second;
}

/* Whether this call waits as a coroutine: the hooks are on, the context may suspend, and the stream is blocking
 * (stream_set_blocking(false) leaves PHP's own non-blocking call as it is). */
bool waits(const PipeState *state) {
    if (state == nullptr || !g_enabled || !php_study_may_suspend()) {
        return false;
    }
    const int flags = fcntl(state->fd, F_GETFL);
    return flags >= 0 && (flags & O_NONBLOCK) == 0;
}

enum class Waited { kReady, kFallBack, kFailed };

/* Runs one suspended wait of a call inside the stream: `wait(id)` is the core's wait, which keeps its id in *id for
 * study::end_fd_wait(). While the coroutine is suspended, the stream's in_free guard keeps it from being freed (the
 * waiting call touches it on its way out); an fclose() meanwhile ends the wait with EBADF and waits for the call to
 * leave (php_study_pipe_fclose()). kFallBack: the kernel cannot wait for it, PHP's blocking call runs; kFailed: the
 * wait was canceled or the stream is being closed, or another coroutine waits on the same descriptor (an Error is
 * thrown then). */
template <typename Wait>
Waited wait_inside(php_stream *stream, PipeState *state, Wait wait) {
    if (state->closing) {
        return Waited::kFailed;
    }
    php_study_wait_begin(nullptr); /* in the main script: the loop then also runs at the script's end */
    ++stream->in_free;
    ++state->inside;
    const int error = wait(&state->waiting);
    --state->inside;
    --stream->in_free;
    switch (error) {
        case 0:
            return Waited::kReady;
        case EBUSY:
            zend_throw_error(nullptr,
                             "Pipe stream (fd %d) is already being waited on by another coroutine; a pipe can be "
                             "waited on by one coroutine at a time",
                             state->fd);
            return Waited::kFailed;
        case EBADF:
            return Waited::kFailed; /* fclose() by another coroutine */
        case ECANCELED:
        case EINTR:
        case EDEADLK:
            php_study_wait_end(study::WakeReason::kDone); /* a coroutine destroyed meanwhile unwinds */
            return Waited::kFailed;
        default:
            return Waited::kFallBack;
    }
}

/* Waits until the descriptor is ready (wait_inside()). */
Waited wait_ready(php_stream *stream, PipeState *state, bool write) {
    const int fd = state->fd;
    if (study::fd_ready(fd, write)) {
        return Waited::kReady;
    }
    return wait_inside(stream, state, [fd, write](uint64_t *id) { return study::wait_fd(fd, write, -1, id); });
}

ssize_t pipe_read(php_stream *stream, char *buffer, size_t count) {
    PipeState *state = state_of(stream);
    if (waits(state)) {
        if (wait_ready(stream, state, false) == Waited::kFailed) {
            return -1; /* fread() gives false; the stream stays usable */
        }
    }
    return php_stream_stdio_ops.read(stream, buffer, count);
}

/* Writes in steps of at most PIPE_BUF bytes, each once the descriptor is writable, so that none can block. */
ssize_t pipe_write(php_stream *stream, const char *data, size_t count) {
    PipeState *state = state_of(stream);
    if (!waits(state)) {
        return php_stream_stdio_ops.write(stream, data, count);
    }
    size_t done = 0;
    while (done < count) {
        const Waited waited = wait_ready(stream, state, true);
        if (waited == Waited::kFailed) {
            return done > 0 ? static_cast<ssize_t>(done) : -1;
        }
        const size_t step = waited == Waited::kReady ? std::min<size_t>(count - done, PIPE_BUF) : count - done;
        const ssize_t written = php_stream_stdio_ops.write(stream, data + done, step);
        if (written <= 0) {
            return done > 0 ? static_cast<ssize_t>(done) : written;
        }
        done += static_cast<size_t>(written);
    }
    return static_cast<ssize_t>(done);
}

/* Waits while the thread pool brings `count` bytes at the descriptor's offset into the page cache (wait_inside()). */
Waited wait_cached(php_stream *stream, PipeState *state, size_t count) {
    const int fd = state->fd;
    const off_t offset = lseek(fd, 0, SEEK_CUR);
    if (offset < 0) {
        return Waited::kFallBack;
    }
    const size_t length = std::min(count, kLargestFileWait);
    return wait_inside(stream, state,
                       [fd, offset, length](uint64_t *id) { return study::wait_file_cached(fd, offset, length, id); });
}

/* The file offset of a fill of PHP's read buffer: the reader's position plus what the buffer holds ahead of it. PHP
 * keeps the two in step with the descriptor for a plain file read alone; a seek inside the buffer moves neither.
 * Where they are not in step (a write in append mode, a descriptor another stream shares), only the size of the next
 * read is guessed wrong. */
zend_off_t fill_offset(const php_stream *stream) { return stream->position + (stream->writepos - stream->readpos); }

/* Whether read-ahead may change this stream's chunk size: a plain file (for other wrappers an fread() gives at most
 * one chunk, so a larger chunk would be seen), buffered (PHP reads the caller's whole size otherwise), and without
 * a read filter (a filtered fill reads chunk-size pieces into a buffer it allocated for the size it found first). */
bool read_ahead_applies(const php_stream *stream) {
    return stream->wrapper == &php_plain_files_wrapper && stream->readfilters.head == nullptr &&
           (stream->flags & PHP_STREAM_FLAG_NO_BUFFER) == 0 && stream->chunk_size != 1;
}

/* Read-ahead (above), before a fill reads `*count` bytes: PHP's size back for a fill out of sequence or with the hooks
 * off, and a grown buffer's fill no larger than PHP's own. */
void plan_fill(php_stream *stream, PipeState *state, size_t *count) {
    if (state->read_ahead && (!g_enabled || fill_offset(stream) != state->end)) {
        state->fills = 0;
        stream->chunk_size = FG(def_chunk_size);
    }
    if (state->grown) {
        /* PHP asks to fill what its buffer has room for, and a buffer read-ahead grew stays large: after a seek, or
         * once the script chose a chunk size, a fill takes what PHP's own would take. */
        *count = std::min(*count, std::max(stream->chunk_size, FG(def_chunk_size)));
    }
}

/* Read-ahead after a fill in sequence has read: the chunk size grows for the next fill. Never before or during a read,
 * which may wait with its target inside PHP's buffer: a larger chunk would make another fill reallocate that buffer. */
void count_fill(php_stream *stream, PipeState *state, zend_off_t offset, ssize_t got) {
    if (state->read_ahead && g_enabled && state->inside == 0 && offset == state->end &&
        state->fills < kSequentialFills && ++state->fills == kSequentialFills) {
        stream->chunk_size = kReadAhead;
        state->grown = true;
    }
    state->end = offset + std::max<ssize_t>(got, 0);
}

/* A read of a regular file: at once from the page cache, or after the thread pool brought the data in. Anything else
 * (an error, a file system that cannot tell what is cached, data evicted again before the second try, a context that
 * may not suspend) is PHP's own read, which reports errors in its words and, in the last cases, waits for the disk
 * itself. A read of cached data never waits, so it is tried first wherever the hooks are on. */
ssize_t read_cached_or_php(php_stream *stream, PipeState *state, char *buffer, size_t count) {
    if (state != nullptr && g_enabled) {
        for (int tries = 0; tries < 2; ++tries) {
            const ssize_t got = study::read_if_cached(state->fd, buffer, count);
            if (got > 0) {
                return got;
            }
            if (got == 0) {
                stream->eof = 1; /* as PHP's read marks the end of the file */
                return 0;
            }
            if (errno != EAGAIN || tries > 0 || !php_study_may_suspend()) {
                break;
            }
            const Waited waited = wait_cached(stream, state, count);
            if (waited == Waited::kFailed) {
                return -1; /* fread() gives false; the stream stays usable */
            }
            if (waited == Waited::kFallBack) {
                break;
            }
        }
    }
    return php_stream_stdio_ops.read(stream, buffer, count);
}

ssize_t file_read(php_stream *stream, char *buffer, size_t count) {
    PipeState *state = state_of(stream);
    if (state != nullptr && state->inside > 0) {
        /* Another coroutine's read waits for the disk, its target inside PHP's read buffer, where this one would go
         * too: one of them would overwrite the other's bytes. */
        zend_throw_error(nullptr,
                         "File stream (fd %d) is already being read by another coroutine; a stream can be read by "
                         "one coroutine at a time",
                         state->fd);
        return -1;
    }
    if (state == nullptr || !read_ahead_applies(stream)) {
        return read_cached_or_php(stream, state, buffer, count);
    }
    const zend_off_t offset = fill_offset(stream);
    plan_fill(stream, state, &count);
    const ssize_t got = read_cached_or_php(stream, state, buffer, count);
    count_fill(stream, state, offset, got);
    return got;
}

/* stream_set_chunk_size(): the script's size from now on, and PHP's own size reported as the one before. */
int file_set_option(php_stream *stream, int option, int value, void *parameter) {
    PipeState *state = state_of(stream);
    if (option == PHP_STREAM_OPTION_SET_CHUNK_SIZE && state != nullptr && state->read_ahead) {
        state->read_ahead = false;
        stream->chunk_size = FG(def_chunk_size);
    }
    return php_stream_stdio_ops.set_option(stream, option, value, parameter);
}

int pipe_close(php_stream *stream, int close_handle) {
    g_pipes.erase(stream);
    return php_stream_stdio_ops.close(stream, close_handle);
}

enum class Kind { kOther, kPipe, kRegular };

Kind kind_of(int fd) {
    struct stat info;
    if (fstat(fd, &info) != 0) {
        return Kind::kOther;
    }
    if (S_ISFIFO(info.st_mode) || (S_ISCHR(info.st_mode) && isatty(fd))) {
        return Kind::kPipe;
    }
    return S_ISREG(info.st_mode) ? Kind::kRegular : Kind::kOther;
}

/* Replaces the descriptor by /dev/null, which closes our end of the pipe while the number stays valid for PHP's own
 * close later. */
void close_end(int fd) {
    const int null_fd = open("/dev/null", O_RDWR | O_CLOEXEC);
    if (null_fd >= 0) {
        dup2(null_fd, fd);
        close(null_fd);
    }
}

}  // namespace

bool php_study_pipe_adopt(php_stream *stream, pid_t child) {
    if (stream == nullptr || !php_study_pipe_is_stdio(stream)) {
        return false;
    }
    if (g_pipe_ops.read == nullptr) {
        g_pipe_ops = php_stream_stdio_ops;
        g_pipe_ops.read = pipe_read;
        g_pipe_ops.write = pipe_write;
        g_pipe_ops.close = pipe_close;
        g_file_ops = php_stream_stdio_ops;
        g_file_ops.read = file_read;
        g_file_ops.set_option = file_set_option;
        g_file_ops.close = pipe_close;
    }
    if (state_of(stream) != nullptr && (stream->ops == &g_pipe_ops || stream->ops == &g_file_ops)) {
        /* Adopted already (enableCoroutine() adopts STDIN, STDOUT and STDERR each time): a call may wait inside, and
         * its wait, the read-ahead and fclose() need the state as it is. */
        return true;
    }
    const int fd = php_study_pipe_stdio_fd(stream);
    if (fd < 0) {
        return false;
    }
    const Kind kind = kind_of(fd);
    if (kind == Kind::kOther) {
        return false;
    }
    PipeState state{fd, child};
    state.read_ahead = kind == Kind::kRegular && stream->chunk_size == FG(def_chunk_size);
    state.end = fill_offset(stream);
    g_pipes[stream] = state;
    stream->ops = kind == Kind::kPipe ? &g_pipe_ops : &g_file_ops;
    return true;
}

bool php_study_pipe_is_stdio(php_stream *stream) {
    return stream->ops == &php_stream_stdio_ops || stream->ops == &g_pipe_ops || stream->ops == &g_file_ops;
}

int php_study_pipe_stdio_fd(php_stream *stream) {
    /* The plain-file stream's own cast, which for select hands out the descriptor and does nothing else (no seek, no
     * flush). PHP's php_stream_cast() would refuse a stream with filters appended, even for select; the filters work
     * above the stream's operations and see the same bytes whichever operations run below them. */
    int fd = -1; /* php_socket_t, an int on POSIX */
    if (!php_study_pipe_is_stdio(stream) || stream->ops->cast == nullptr ||
        stream->ops->cast(stream, PHP_STREAM_AS_FD_FOR_SELECT, reinterpret_cast<void **>(&fd)) != SUCCESS) {
        return -1;
    }
    return fd;
}

void php_study_pipe_enable(bool on) { g_enabled = on; }

bool php_study_pipe_fclose(zend_resource *resource) {
    auto *stream = static_cast<php_stream *>(resource->ptr);
    PipeState *state =
        stream != nullptr && (stream->ops == &g_pipe_ops || stream->ops == &g_file_ops) ? state_of(stream) : nullptr;
    if (state == nullptr || state->inside == 0 || !php_study_may_suspend()) {
        return false;
    }
    state->closing = true;
    study::end_fd_wait(state->waiting, EBADF);
    php_study_wait_begin(nullptr);
    /* The woken call leaves the stream when it next runs; another fclose() may have closed it meanwhile. */
    for (;;) {
        if (resource->ptr != stream) {
            return true;
        }
        state = state_of(stream);
        if (state == nullptr || state->inside == 0) {
            return false;
        }
        study::end_fd_wait(state->waiting, EBADF); /* a call that began to wait meanwhile */
        const study::WakeReason slept = study::scheduler::sleep(0, study::WaitKind::kPoll);
        if (slept != study::WakeReason::kTimeout && slept != study::WakeReason::kDone) {
            php_study_wait_end(study::WakeReason::kDone);
            return false; /* PHP's fclose() finds the stream held: it stays open until the call has left */
        }
    }
}

int php_study_pipe_fd(php_stream *stream) {
    const PipeState *state = stream->ops == &g_pipe_ops ? state_of(stream) : nullptr;
    return state == nullptr ? -1 : state->fd;
}

bool php_study_pipe_wait_child(pid_t pid) {
    if (pid <= 0 || !g_enabled || !php_study_may_suspend()) {
        return true;
    }
    php_study_wait_begin(nullptr);
    const int error = study::wait_child_exit(pid, -1);
    if (error == 0) {
        return true;
    }
    php_study_wait_end(study::WakeReason::kDone); /* a coroutine destroyed meanwhile unwinds */
    return false;
}

bool php_study_pipe_end_process(php_stream *stream) {
    const PipeState *state = state_of(stream);
    if (state == nullptr || state->child <= 0 || !g_enabled || !php_study_may_suspend()) {
        return true;
    }
    const pid_t child = state->child;
    php_stream_flush(stream);
    close_end(state->fd);
    return php_study_pipe_wait_child(child);
}

php_stream *php_study_pipe_open_fifo(const char *path, size_t path_length, const char *mode, bool *failed) {
    *failed = false;
    const bool read = strcmp(mode, "r") == 0 || strcmp(mode, "rb") == 0;
    const bool write = strcmp(mode, "w") == 0 || strcmp(mode, "wb") == 0;
    struct stat info;
    if ((!read && !write) || strlen(path) != path_length || strstr(path, "://") != nullptr || !g_enabled ||
        !php_study_may_suspend() || stat(path, &info) != 0 || !S_ISFIFO(info.st_mode) ||
        php_check_open_basedir_ex(path, 0) != 0) {
        return nullptr;
    }
    int fd = open(path, (read ? O_RDONLY : O_WRONLY) | O_NONBLOCK | O_CLOEXEC);
    /* A writer may open only once a reader has: it looks again every 10 ms, as a coroutine. */
    while (fd < 0 && errno == ENXIO && write) {
        php_study_wait_begin(nullptr);
        const study::WakeReason slept = study::scheduler::sleep(0.01, study::WaitKind::kPoll);
        if (slept != study::WakeReason::kTimeout && slept != study::WakeReason::kDone) {
            php_study_wait_end(study::WakeReason::kDone);
            *failed = true; /* canceled: fopen() gives false */
            return nullptr;
        }
        fd = open(path, O_WRONLY | O_NONBLOCK | O_CLOEXEC);
    }
    if (fd < 0) {
        return nullptr; /* PHP's fopen() tries again and reports why */
    }
    fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK); /* blocking, as PHP's own open() leaves it */
    php_stream *stream = php_stream_fopen_from_fd(fd, mode, nullptr);
    if (stream == nullptr) {
        close(fd);
        return nullptr;
    }
    stream->wrapper = &php_plain_files_wrapper;
    stream->orig_path = estrndup(path, path_length);
    php_study_pipe_adopt(stream);
    return stream;
}

namespace {

/* Adds the descriptors of the streams in `array`; false when one is not an adopted pipe stream, or has a filter
 * appended (PHP's stream_select() refuses it, and so does the hook, through PHP's). Sets *buffered when a stream to
 * read has data in its buffer already. */
bool collect_pipes(zval *array, bool write, std::vector<study::FdInterest> *interests, bool *buffered) {
    if (array == nullptr) {
        return true;
    }
    zval *element;
    ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(array), element) {
        ZVAL_DEREF(element);
        if (Z_TYPE_P(element) != IS_RESOURCE) {
            return false;
        }
        php_stream *stream;
        php_stream_from_zval_no_verify(stream, element);
        const int fd = stream == nullptr || php_stream_is_filtered(stream) ? -1 : php_study_pipe_fd(stream);
        if (fd < 0) {
            return false;
        }
        if (!write && stream->writepos > stream->readpos) {
            *buffered = true;
        }
        interests->push_back({fd, write});
    }
    ZEND_HASH_FOREACH_END();
    return true;
}

}  // namespace

php_study_pipe_select_result php_study_pipe_select(zval *read, zval *write, zval *except, double timeout) {
    std::vector<study::FdInterest> interests;
    bool buffered = false;
    if (!g_enabled || !collect_pipes(read, false, &interests, &buffered) ||
        !collect_pipes(write, true, &interests, &buffered) || interests.empty() ||
        (except != nullptr && zend_hash_num_elements(Z_ARRVAL_P(except)) > 0)) {
        return PHP_STUDY_PIPE_SELECT_NOT_PIPES;
    }
    if (buffered || study::any_fd_ready(interests.data(), interests.size())) {
        return PHP_STUDY_PIPE_SELECT_WAITED;
    }
    php_study_wait_begin(nullptr);
    const int error =
        php_study_wait_releasing([&] { return study::wait_any_fd(interests.data(), interests.size(), timeout); },
                                 [&] { std::vector<study::FdInterest>().swap(interests); });
    if (error == EBUSY) {
        zend_throw_error(nullptr,
                         "stream_select(): a pipe in the arrays is already being waited on by another coroutine; a "
                         "pipe can be waited on by one coroutine at a time");
        return PHP_STUDY_PIPE_SELECT_THREW;
    }
    if (error != 0 && error != ETIMEDOUT && !php_study_wait_end(study::WakeReason::kDone)) {
        return PHP_STUDY_PIPE_SELECT_THREW;
    }
    return PHP_STUDY_PIPE_SELECT_WAITED;
}

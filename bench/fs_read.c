/* SPDX-License-Identifier: MIT */
/* Regular-file reads of cached data: pread() in the calling thread, preadv2(RWF_NOWAIT) (which fails with EAGAIN
 * instead of waiting for the disk), and a round trip through libuv's thread pool (uv_fs_read), per read, for sizes
 * from 4 KiB to 4 MiB. What HOOK_FILE's decision for regular files rests on (README's hook table).
 * Build and run: gcc -O2 bench/fs_read.c -o /tmp/fs_read -luv && /tmp/fs_read */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/uio.h>
#include <time.h>
#include <unistd.h>
#include <uv.h>

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static void on_read(uv_fs_t *request) { (void)request; }

int main(void) {
    const size_t sizes[] = {4096, 65536, 262144, 1048576, 4194304};
    uv_loop_t *loop = uv_default_loop();
    for (size_t s = 0; s < sizeof(sizes) / sizeof(sizes[0]); s++) {
        const size_t n = sizes[s];
        char path[] = "/tmp/study-fs-read-XXXXXX";
        const int fd = mkstemp(path);
        char *buffer = malloc(n);
        for (size_t i = 0; i < n; i++) {
            buffer[i] = (char)i;
        }
        if (fd < 0 || write(fd, buffer, n) != (ssize_t)n) {
            return 1;
        }
        const int rounds = n <= 65536 ? 20000 : n <= 1048576 ? 2000 : 300;
        double start = now();
        for (int i = 0; i < rounds; i++) {
            if (pread(fd, buffer, n, 0) != (ssize_t)n) {
                return 1;
            }
        }
        const double direct = (now() - start) / rounds;
        struct iovec vector = {buffer, n};
        int not_cached = 0;
        start = now();
        for (int i = 0; i < rounds; i++) {
            if (preadv2(fd, &vector, 1, 0, RWF_NOWAIT) < 0 && errno == EAGAIN) {
                not_cached++;
            }
        }
        const double nowait = (now() - start) / rounds;
        start = now();
        for (int i = 0; i < rounds; i++) {
            uv_fs_t request;
            uv_buf_t view = uv_buf_init(buffer, (unsigned)n);
            uv_fs_read(loop, &request, fd, &view, 1, 0, on_read);
            uv_run(loop, UV_RUN_DEFAULT);
            if (request.result != (ssize_t)n) {
                return 1;
            }
            uv_fs_req_cleanup(&request);
        }
        const double pool = (now() - start) / rounds;
        printf("%8zu bytes: pread %7.2f us, preadv2(RWF_NOWAIT) %7.2f us (%d not cached), thread pool %7.2f us\n", n,
               direct * 1e6, nowait * 1e6, not_cached, pool * 1e6);
        close(fd);
        unlink(path);
        free(buffer);
    }
    return 0;
}

<?php

/** @generate-class-entries */

namespace Study {
    /**
     * Makes PHP's own blocking functions suspend only the calling coroutine: the sleep family, the tcp, udp, unix
     * and udg stream transports (stream_socket_client(), fsockopen(), mysqlnd, the http:// wrapper...), TLS over
     * them (ssl://, tls://, tlsv1.x://, the https:// wrapper, stream_socket_enable_crypto() on a hooked tcp
     * stream), name resolution, stream_select(), the curl extension, child processes and pipes,
     * PostgreSQL through PDO and the pgsql extension. Hooked functions keep
     * PHP's signatures, return values and warnings; in the main script they block it as before while the coroutines
     * go on. Hooks last until disabled or the request ends.
     */
    final class Runtime
    {
        /**
         * sleep(), usleep(), time_nanosleep(), time_sleep_until()
         * @var int
         */
        public const HOOK_SLEEP = 1;
        /**
         * the tcp:// stream transport
         * @var int
         */
        public const HOOK_TCP = 2;
        /**
         * the udp:// stream transport
         * @var int
         */
        public const HOOK_UDP = 4;
        /**
         * the unix:// stream transport
         * @var int
         */
        public const HOOK_UNIX = 8;
        /**
         * the udg:// stream transport
         * @var int
         */
        public const HOOK_UDG = 16;
        /**
         * gethostbyname(), gethostbynamel()
         * @var int
         */
        public const HOOK_DNS = 32;
        /**
         * stream_select() on hooked streams
         * @var int
         */
        public const HOOK_STREAM_SELECT = 64;
        /**
         * the ssl:// stream transport (and so the https:// and ftps:// wrappers); PHP's OpenSSL does the TLS work
         * @var int
         */
        public const HOOK_SSL = 128;
        /**
         * the tls://, tlsv1.0://, tlsv1.1://, tlsv1.2:// and tlsv1.3:// stream transports
         * @var int
         */
        public const HOOK_TLS = 256;
        /**
         * the curl extension: curl_exec() and the curl_multi_exec() + curl_multi_select() loop wait as coroutines
         * (libcurl's waiting calls are redirected where the extension imports them; multi handles made with
         * curl_multi_init() while the hook is off keep blocking in curl_multi_select())
         * @var int
         */
        public const HOOK_CURL = 512;
        /**
         * proc_open() pipes (reads, writes, stream_select() on them) and proc_close(), popen() and pclose(),
         * shell_exec() and backticks, exec(), system(), passthru(): the child's output, exit status and return values
         * as PHP gives them
         * @var int
         */
        public const HOOK_PROC = 1024;
        /**
         * reads and writes on pipes, FIFOs and terminals opened with fopen(), and on STDIN, STDOUT and STDERR when
         * they are such; fopen() of a FIFO does not wait for the other end. Regular files stay PHP's.
         * @var int
         */
        public const HOOK_FILE = 2048;
        /**
         * PDO's pgsql driver (pdo_pgsql.so): connecting, queries, prepared statements and lazy fetching wait as
         * coroutines on libpq's asynchronous API; a cancel of the coroutine cancels the query on the server
         * @var int
         */
        public const HOOK_PDO_PGSQL = 4096;
        /**
         * the pgsql extension (pgsql.so): pg_connect(), pg_query(), pg_query_params(), pg_prepare(), pg_execute(),
         * pg_get_result() and the other calls that run one command wait as coroutines, as HOOK_PDO_PGSQL
         * @var int
         */
        public const HOOK_PGSQL = 8192;
        /**
         * the sockets extension: socket_accept(), socket_connect(), socket_read(), socket_recv(), socket_recvfrom(),
         * socket_recvmsg(), socket_write(), socket_send(), socket_sendto(), socket_sendmsg() and socket_select() on
         * blocking sockets wait as coroutines, within SO_RCVTIMEO/SO_SNDTIMEO (the C library calls of sockets.so are
         * redirected; a sockets extension built into the php binary stays blocking)
         * @var int
         */
        public const HOOK_SOCKETS = 16384;
        /** @var int */
        public const HOOK_ALL = 32767;

        /** Hooks exactly what $flags names (and unhooks the rest); ValueError for unknown bits. */
        public static function enableCoroutine(int $flags = Runtime::HOOK_ALL): bool {}

        /** Gives every hooked function and transport back to PHP. */
        public static function disableCoroutine(): bool {}

        public static function getHookFlags(): int {}

        /**
         * The runtime's counters and PHP's memory use in Prometheus' text format (version 0.0.4): coroutines, switches,
         * the event loop's turns and lag, timers, waits by kind, sockets and their bytes, stacks, memory. Serve it as
         * "text/plain; version=0.0.4". The counts are this process's (a Process\Pool worker's start from zero); README
         * "Metrics" lists them.
         */
        public static function metrics(): string {}
    }
}

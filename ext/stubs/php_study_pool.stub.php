<?php

/** @generate-class-entries */

namespace Study\Process {
    /**
     * A pool of worker processes forked from this one (the master), which supervises them. See README "Processes:
     * Pool".
     * @not-serializable
     */
    final class Pool
    {
        /**
         * $options: 'stop_timeout' (seconds a worker has to end after SIGTERM before SIGKILL, default 3),
         * 'restart_backoff_max' (the longest delay before a worker that died is restarted, default 30; 0 restarts at
         * once). ValueError for an unknown option or a negative value, TypeError for one that is not a number.
         */
        public function __construct(int $workers, array $options = []) {}

        /**
         * Forks the workers; each runs $fn($workerId) as its main coroutine and exits (status 0) when its coroutines
         * have ended. In the master: supervises until SIGTERM, SIGINT or stop() stops the pool, or until every worker
         * exited with 0, and returns true once every worker is reaped; false with a warning when the pool cannot start
         * (fewer than 1 worker, a fork failure). Call it from the main script with no coroutine or timer alive
         * (Study\Coroutine\Error otherwise).
         */
        public function start(callable $fn): bool {}

        /** Asks the running master for a rolling reload, as SIGHUP does; false where this pool is not running. */
        public function reload(): bool {}

        /** Asks the running master to stop the pool, as SIGTERM does; false where this pool is not running. */
        public function stop(): bool {}

        /** The worker's id (0 to workers - 1) in a worker, -1 in the master and outside any pool. */
        public static function workerId(): int {}

        /** The master's pid in a worker (and in the master while it runs a pool), 0 elsewhere. */
        public static function masterPid(): int {}
    }
}

<?php

/** @generate-class-entries */

namespace Study {
    /** @not-serializable */
    final class Coroutine
    {
        public static function create(callable $func, mixed ...$args): int {}

        public static function yield(): bool {}

        public static function resume(int $cid): bool {}

        public static function getCid(): int {}

        public static function getPcid(?int $cid = null): int {}

        public static function isExist(int $cid): bool {}

        /** @implementation-alias Study\Coroutine::isExist */
        public static function exists(int $cid): bool {}

        public static function defer(callable $fn): void {}

        /**
         * The live coroutines, ascending by id. Without $details: a list of their ids. With $details: an array by id
         * of what each one does (the format is in README.md, "Wait reasons"):
         * - id, parent (-1: created by the main script or a timer)
         * - state: "running" (the caller), "resuming" (it started or resumed another coroutine and waits for it to
         *   yield or end), "waiting" (in a wait), "yielded" (in Study\Coroutine::yield()), "suspended" (another
         *   suspension), "new"
         * - wait: what it waits for, a short kind ("sleep", "poll", "channel pop", "channel push", "channel select",
         *   "socket read", "socket write", "socket accept", "socket connect", "socket select", "fd read", "fd write",
         *   "fd select", "file read", "file lock", "DNS lookup", "child process", "join", "wait group", "signal",
         *   "stream close", "yield", "resume", "unknown"); null while it runs
         * - reason: the same as text with its target ("channel pop on channel #5", "socket read on fd 7",
         *   "DNS lookup of example.com", "join of coroutines 3, 4", "child process 1234", "signal 10"); null while
         *   it runs
         * - target: the channel's spl_object_id(), the descriptor, the process id, the name looked up, the ids
         *   joined, the signal number, or null
         * - function: the function it waits in ("Study\Coroutine\Channel->pop", "curl_exec", "PDO->query")
         * - since, until: when the wait began and when its timeout ends, as Unix times (microtime(true)); null
         *   when it does not wait or has no timeout. `since` is the event loop's clock, so a wait that began after a
         *   long stretch of work without a turn of the loop shows as older by that stretch.
         * - created_file, created_line: the call that created it (null where no PHP code ran)
         * @return array<int, int>|array<int, array<string, mixed>>
         */
        public static function list(bool $details = false): array {}

        /**
         * Counters of coroutines and stacks, and "waits": how many coroutines wait for each kind of thing
         * (["channel pop" => 3, "sleep" => 1], the kinds of list()'s "wait").
         */
        public static function stats(): array {}

        /**
         * The frames of a coroutine (the caller's with $cid 0) as debug_backtrace() gives them, and last the place that
         * created it: ['file' => ..., 'line' => ..., 'function' => '{coroutine 5, created by coroutine 2}',
         * 'coroutine' => 5, 'created_by' => 2 (-1: the main script), 'timer' => id (only for a timer's callback)].
         * Exceptions created in a coroutine end their trace with the same frame. False for an unknown id.
         */
        public static function getBackTrace(int $cid = 0, int $options = DEBUG_BACKTRACE_PROVIDE_OBJECT, int $limit = 0): array|false {}

        public static function set(array $options): void {}

        public static function sleep(float $seconds): bool {}

        public static function cancel(int $cid): bool {}

        /** Waits until every coroutine in $cids has ended; false when $timeout seconds pass first. */
        public static function join(array $cids, float $timeout = -1): bool {}
    }
}

namespace Study\Coroutine {
    /** Thrown when the coroutine API is misused; the message says what to do instead. */
    class Error extends \Error
    {
    }

    /** Thrown at the wait point of a coroutine that Study\Coroutine::cancel() woke. */
    final class CanceledException extends \Exception
    {
    }
}

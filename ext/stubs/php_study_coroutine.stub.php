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

        /** @return array<int, int> */
        public static function list(): array {}

        public static function stats(): array {}

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

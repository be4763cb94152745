<?php

/** @generate-class-entries */

namespace Study\Coroutine {
    final class System
    {
        /**
         * The first address of $name, resolved on libuv's thread pool; false (with a warning) when none.
         * $timeout limits the lookup as every timeout does: negative waits without limit, 0 does not wait (a lookup
         * always waits for the thread pool, so it fails at once: "timed out").
         */
        public static function gethostbyname(string $name, int $family = Socket::AF_INET, float $timeout = -1): string|false {}

        /**
         * Every address of $name for $family (AF_INET, AF_INET6, or 0 for both) and $service; $timeout as for
         * gethostbyname().
         * @return array<int, string>|false
         */
        public static function getaddrinfo(string $name, int $family = 0, int $socktype = Socket::SOCK_STREAM, int $protocol = 0, ?string $service = null, float $timeout = -1): array|false {}

        /**
         * Suspends the calling coroutine (the main script runs the loop meanwhile) until one of $signals arrives, and
         * returns its number; false when $timeout passes first (negative: no limit; 0: does not wait). Every
         * coroutine waiting for a signal wakes when it comes. While something waits for a signal, it
         * does not have its usual effect (SIGTERM does not end the process); a handler set with pcntl_signal() still
         * runs. A cancel throws Study\Coroutine\CanceledException. ValueError for a number that is not a signal
         * (1 to 64), SIGKILL, SIGSTOP, the fault signals (SIGSEGV, SIGBUS, SIGFPE, SIGILL) and the C library's own
         * (32, 33); an empty array too; TypeError for an element that is not an int.
         * @param int|int[] $signals
         */
        public static function waitSignal(int|array $signals, float $timeout = -1): int|false {}
    }
}

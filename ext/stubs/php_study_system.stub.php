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
    }
}

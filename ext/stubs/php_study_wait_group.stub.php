<?php

/** @generate-class-entries */

namespace Study\Coroutine {
    /**
     * Waits for a group of coroutines to finish, as Go's sync.WaitGroup.
     * @not-serializable
     */
    class WaitGroup
    {
        public function __construct(int $delta = 0) {}

        /** Adds $delta (may be negative) to the counter; waiters wake when it reaches 0. Below 0 throws. */
        public function add(int $delta = 1): void {}

        public function done(): void {}

        /** Waits until the counter is 0: false on timeout; a cancel throws CanceledException. */
        public function wait(float $timeout = -1): bool {}

        public function count(): int {}
    }
}

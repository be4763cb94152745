<?php

/** @generate-class-entries */

namespace Study {
    /** @not-serializable */
    final class Timer
    {
        /** Runs $fn(...$args) once, in a new coroutine, after $seconds; returns the timer's id. */
        public static function after(float $seconds, callable $fn, mixed ...$args): int {}

        /** Runs $fn(...$args) every $seconds, each time in a new coroutine, until cleared; returns the timer's id. */
        public static function tick(float $seconds, callable $fn, mixed ...$args): int {}

        public static function clear(int $id): bool {}

        /** @return array<int, int> */
        public static function list(): array {}
    }
}

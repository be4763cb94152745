<?php

/** @generate-class-entries */

namespace Study\Coroutine {
    /**
     * A queue of values between coroutines (and the main script), as Go's channels. Values are kept by reference
     * count while queued, never copied. With a capacity of 0 a push waits until a pop takes the value.
     * @not-serializable
     */
    class Channel
    {
        /**
         * @var int
         * @cvalue STUDY_CHANNEL_OK
         */
        public const OK = UNKNOWN;
        /**
         * @var int
         * @cvalue STUDY_CHANNEL_TIMEOUT
         */
        public const TIMEOUT = UNKNOWN;
        /**
         * @var int
         * @cvalue STUDY_CHANNEL_CLOSED
         */
        public const CLOSED = UNKNOWN;
        /**
         * @var int
         * @cvalue STUDY_CHANNEL_CANCELED
         */
        public const CANCELED = UNKNOWN;

        public readonly int $capacity;
        /** How the last push() or pop() on this channel ended: OK, TIMEOUT, CLOSED or CANCELED. */
        public int $errCode = 0;

        /** $capacity 0 makes an unbuffered channel; a negative capacity throws ValueError. */
        public function __construct(int $capacity = 1) {}

        /**
         * Waits up to $timeout seconds (negative: no limit, 0: no wait) for room, then queues $value or hands it to
         * a waiting pop(). False on timeout, when closed, or when canceled (see errCode).
         */
        public function push(mixed $value, float $timeout = -1): bool {}

        /** The oldest value; false on timeout, when closed and empty, or when canceled (see errCode). */
        public function pop(float $timeout = -1): mixed {}

        /** Wakes every waiting push() and pop() with CLOSED; queued values can still be popped. False if closed already. */
        public function close(): bool {}

        public function length(): int {}

        public function isEmpty(): bool {}

        public function isFull(): bool {}

        public function isClosed(): bool {}

        /** @return array{consumer_num: int, producer_num: int, queue_num: int} */
        public function stats(): array {}

        /**
         * Waits until one of the pops in $pop (channels) or the pushes in $push ([channel, value] pairs) can
         * complete, does it, and returns which: ['op' => 'pop'|'push', 'key' => its key, 'channel' => the channel,
         * 'value' => the popped value (null for a push), 'errCode' => OK or CLOSED]. When several are ready the
         * first in order wins, pops before pushes. False on timeout; a cancel throws CanceledException.
         */
        public static function select(array $pop, array $push = [], float $timeout = -1): array|false {}
    }
}

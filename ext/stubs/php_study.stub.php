<?php

/** @generate-class-entries */

/** Creates a coroutine running $func(...$args) and runs it at once until it first suspends or ends. */
function study_coroutine_create(callable $func, mixed ...$args): int {}

/** @alias study_coroutine_create */
function Sgo(callable $func, mixed ...$args): int {}

/** Starts the event loop; kept for the tutorial's scripts (the loop starts by itself). */
function study_event_init(): bool {}

/** Runs the event loop from the main script until no coroutine, timer or wait is pending. */
function study_event_wait(): bool {}

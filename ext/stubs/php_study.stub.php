<?php

/** @generate-class-entries */

/** Creates a coroutine running $func(...$args) and runs it at once until it first suspends or ends. */
function study_coroutine_create(callable $func, mixed ...$args): int {}

/** @alias study_coroutine_create */
function Sgo(callable $func, mixed ...$args): int {}

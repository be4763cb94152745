--TEST--
Study\Coroutine\System::waitSignal(): a number that is not a signal, SIGKILL, SIGSTOP, a fault signal, a signal the C library keeps, an empty array are ValueErrors; an element that is not an int, or an argument that is neither int nor array, a TypeError; each names the argument and what to do
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\System;

$cases = [0, -1, 65, PHP_INT_MAX, 9, 19, 11, 7, 8, 4, 32, 33, [], [10, 'x'], [10, 1.5], [10, null], [[10]], 'x', new stdClass()];
foreach ($cases as $case) {
    try {
        System::waitSignal($case, 0);
        echo json_encode($case), ": NOT REFUSED\n";
    } catch (Throwable $e) {
        echo json_encode($case), ": ", get_class($e), ": ", $e->getMessage(), "\n";
    }
}
echo "-- numeric strings are ints, as for any int argument\n";
var_dump(System::waitSignal('10', 0));
?>
--EXPECT--
0: ValueError: Study\Coroutine\System::waitSignal(): Argument #1 ($signals) must be a signal number from 1 to 64, 0 given
-1: ValueError: Study\Coroutine\System::waitSignal(): Argument #1 ($signals) must be a signal number from 1 to 64, -1 given
65: ValueError: Study\Coroutine\System::waitSignal(): Argument #1 ($signals) must be a signal number from 1 to 64, 65 given
9223372036854775807: ValueError: Study\Coroutine\System::waitSignal(): Argument #1 ($signals) must be a signal number from 1 to 64, 9223372036854775807 given
9: ValueError: Study\Coroutine\System::waitSignal(): Argument #1 ($signals) cannot wait for SIGKILL (9): it cannot be caught
19: ValueError: Study\Coroutine\System::waitSignal(): Argument #1 ($signals) cannot wait for SIGSTOP (19): it cannot be caught
11: ValueError: Study\Coroutine\System::waitSignal(): Argument #1 ($signals) cannot wait for SIGSEGV (11): it reports a fault to the thread that caused it
7: ValueError: Study\Coroutine\System::waitSignal(): Argument #1 ($signals) cannot wait for SIGBUS (7): it reports a fault to the thread that caused it
8: ValueError: Study\Coroutine\System::waitSignal(): Argument #1 ($signals) cannot wait for SIGFPE (8): it reports a fault to the thread that caused it
4: ValueError: Study\Coroutine\System::waitSignal(): Argument #1 ($signals) cannot wait for SIGILL (4): it reports a fault to the thread that caused it
32: ValueError: Study\Coroutine\System::waitSignal(): Argument #1 ($signals) cannot wait for signal 32: the C library reserves it
33: ValueError: Study\Coroutine\System::waitSignal(): Argument #1 ($signals) cannot wait for signal 33: the C library reserves it
[]: ValueError: Study\Coroutine\System::waitSignal(): Argument #1 ($signals) must not be empty
[10,"x"]: TypeError: Study\Coroutine\System::waitSignal(): Argument #1 ($signals) must contain only signal numbers (int), string given
[10,1.5]: TypeError: Study\Coroutine\System::waitSignal(): Argument #1 ($signals) must contain only signal numbers (int), float given
[10,null]: TypeError: Study\Coroutine\System::waitSignal(): Argument #1 ($signals) must contain only signal numbers (int), null given
[[10]]: TypeError: Study\Coroutine\System::waitSignal(): Argument #1 ($signals) must contain only signal numbers (int), array given
"x": TypeError: Study\Coroutine\System::waitSignal(): Argument #1 ($signals) must be of type array|int, string given
{}: TypeError: Study\Coroutine\System::waitSignal(): Argument #1 ($signals) must be of type array|int, stdClass given
-- numeric strings are ints, as for any int argument
bool(false)

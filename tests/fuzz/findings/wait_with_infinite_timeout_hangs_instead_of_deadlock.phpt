--TEST--
Finding (not fixed here; not run by the suite): a wait whose timeout is INF or beyond a year keeps the loop alive forever instead of counting as no limit, so a wait nothing can end hangs the script instead of the deadlock report a timeout of -1 gives
--DESCRIPTION--
Found by the PHP-level fuzzer (tests/fuzz/php), seeds 400745316 and 400745522. Deadline (include/study/scheduler.h)
documents "a timeout beyond a year (or infinite) is no limit", but scheduler::wait() (src/event/scheduler.cc) starts a
libuv timer for every timeout >= 0; to_milliseconds() caps it at 1e15 ms, and that timer keeps the loop alive, so the
end of the script never sees "nothing alive" and never reports the deadlock. Affects every call with a timeout:
Channel::push/pop/select, WaitGroup::wait, Coroutine::join, sockets. Suggested fix: in scheduler::wait(), treat a
timeout that is not finite or beyond a year like a negative one (no timer), as Deadline does.
--EXTENSIONS--
study
--FILE--
<?php
$chan = new Study\Coroutine\Channel(0);
Sgo(function () use ($chan) {
    var_dump($chan->pop(INF));  // hangs here: the same script with -1 reports the deadlock
});
echo "end\n";
?>
--EXPECTF--
end

Warning: all coroutines are asleep - deadlock: %s

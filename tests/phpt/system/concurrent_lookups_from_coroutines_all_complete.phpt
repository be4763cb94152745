--TEST--
Study\Coroutine\System: 50 coroutines calling gethostbyname() and getaddrinfo() at once all suspend (none completes before the loop runs: the lookups run on libuv's thread pool) and all complete with the right answer
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\System;
use Study\Coroutine\WaitGroup;

$wg = new WaitGroup();
$done = 0;
$right = 0;
for ($i = 0; $i < 50; $i++) {
    $wg->add();
    Sgo(function () use ($i, $wg, &$done, &$right) {
        $ok = $i % 2
            ? System::gethostbyname('localhost') === '127.0.0.1'
            : in_array('127.0.0.1', System::getaddrinfo('localhost') ?: [], true);
        $done++;
        $right += $ok ? 1 : 0;
        $wg->done();
    });
}
echo "completed before the loop ran: $done\n";
$wg->wait();
echo "completed: $done, right: $right\n";
?>
--EXPECT--
completed before the loop ran: 0
completed: 50, right: 50

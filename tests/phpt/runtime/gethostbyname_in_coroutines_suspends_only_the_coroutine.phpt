--TEST--
With HOOK_DNS, 20 coroutines calling gethostbyname('localhost') or gethostbynamel('localhost') at once each suspend (none has its answer before the main script goes on: the lookups do not block the process) and all get the right answer
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\WaitGroup;

Study\Runtime::enableCoroutine(Study\Runtime::HOOK_DNS);
$wg = new WaitGroup();
$done = 0;
$right = 0;
for ($i = 0; $i < 20; $i++) {
    $wg->add();
    Sgo(function () use ($i, $wg, &$done, &$right) {
        $ok = $i % 2
            ? gethostbyname('localhost') === '127.0.0.1'
            : in_array('127.0.0.1', gethostbynamel('localhost') ?: [], true);
        $done++;
        $right += $ok ? 1 : 0;
        $wg->done();
    });
}
echo "answered before the main script went on: $done\n";
$wg->wait();
echo "answered: $done, right: $right\n";
?>
--EXPECT--
answered before the main script went on: 0
answered: 20, right: 20

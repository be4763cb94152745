--TEST--
Study\Coroutine\Channel::select() in the main script blocks only the main script: coroutines run meanwhile, and the select completes with whichever operation becomes possible first (a pop of a value pushed after a sleep, a push into room freed by a pop)
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Channel;

$results = new Channel(1);
$jobs = new Channel(1);
$jobs->push('job 0');
Sgo(function () use ($jobs) {
    Sco::sleep(0.01);
    echo "worker: took " . $jobs->pop() . "\n";
});
for ($round = 0; $round < 2; $round++) {
    if ($round === 1) {
        // Started only now, so that it cannot run before the first select completed, however slow the run.
        Sgo(function () use ($results) {
            Sco::sleep(0.01);
            echo "reporter: pushes\n";
            $results->push('result 1');
        });
    }
    $result = Channel::select(['results' => $results], ['jobs' => [$jobs, "job " . ($round + 1)]]);
    echo "main: op {$result['op']}, key {$result['key']}, value ", var_export($result['value'], true), "\n";
}
echo "main: jobs queued " . $jobs->length() . ": " . $jobs->pop(0) . "\n";
?>
--EXPECT--
worker: took job 0
main: op push, key jobs, value NULL
reporter: pushes
main: op pop, key results, value 'result 1'
main: jobs queued 1: job 1

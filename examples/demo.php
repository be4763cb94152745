<?php
// A tour of the coroutine API: create, yield, resume, defer, ids. Run: bash scripts/demo.sh

echo "main script: getCid() = ", Sco::getCid(), "\n";

$worker = Sgo(function (string $name) {
    Sco::defer(fn() => print("[{$name}] defer runs as coroutine " . Sco::getCid() . " ends\n"));
    echo "[{$name}] coroutine ", Sco::getCid(), " starts, created by ", Sco::getPcid(), "\n";

    $child = Sgo(function () {
        echo "  [child] coroutine ", Sco::getCid(), " created by ", Sco::getPcid(), ", yielding\n";
        Sco::yield();
        echo "  [child] resumed, ending\n";
    });

    echo "[{$name}] child {$child} is suspended; yielding to the main script\n";
    Sco::yield();
    echo "[{$name}] resumed by the main script; resuming child {$child}\n";
    Sco::resume($child);
    echo "[{$name}] ending\n";
}, 'worker');

echo "main script: coroutine {$worker} yielded; live coroutines: ", implode(', ', Sco::list()), "\n";
echo "main script: it waits at ", Sco::getBackTrace($worker)[0]['class'], '::', Sco::getBackTrace($worker)[0]['function'],
    "() on line ", Sco::getBackTrace($worker)[0]['line'], "\n";
Sco::resume($worker);

echo "main script: live coroutines now: ", count(Sco::list()), "; stats: ", json_encode(Sco::stats()), "\n";
